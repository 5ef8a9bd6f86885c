/**
 * Issue 21, finding 7: a document of a million tiny paragraphs held the editor for seconds on
 * opening (a tree-sitter parse and a structure of the whole text) and on every keystroke. The
 * structure now covers the document's head (core/structure/budget.ts); these tests count the work
 * (characters parsed, nodes and blocks collected, line breaks read), never time.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { collectWork, loadNewsParser, type NewsParser } from '../../src/core/structure/tree-sitter';
import { HeadTree, headTreeWork } from '../../src/core/structure/head-tree';
import { headWork, STRUCTURE_MAX_CHARS, STRUCTURE_MAX_LINES, structureHeadEnd } from '../../src/core/structure/budget';
import type { Structure } from '../../src/core/structure/structure';
import { prng, smallAnalyzer } from './helpers';

const root = path.resolve(__dirname, '../..');
const require_ = createRequire(path.join(root, 'package.json'));
const runtimeWasm = path.join(path.dirname(require_.resolve('web-tree-sitter')), 'tree-sitter.wasm');
const languageWasm = path.join(root, 'tree-sitter-newstext', 'tree-sitter-newstext.wasm');

/** About `chars` characters of tiny paragraphs ("ab", blank line), the shape of the finding. */
const tinyParagraphs = (chars: number): string => 'ab\n\n'.repeat(Math.ceil(chars / 4));

/** Work done by `f`: characters handed to whole parses, whole parses, collect steps. */
function work(f: () => void): { parsedChars: number; parses: number; collected: number } {
  const before = { ...headTreeWork, collected: collectWork.steps };
  f();
  return { parsedChars: headTreeWork.parsedChars - before.parsedChars, parses: headTreeWork.parses - before.parses, collected: collectWork.steps - before.collected };
}

/** Blocks of `s` that end before `end`, as plain data. */
const blocksBefore = (s: Structure, end: number) => s.blocks.filter((b) => b.end < end).map((b) => ({ ...b }));

describe('pathological structure (issue 21, finding 7): bounded work', function () {
  this.timeout(120_000);
  let parser: NewsParser;
  before(async () => {
    parser = await loadNewsParser({ wasm: new Uint8Array(fs.readFileSync(runtimeWasm)), languageWasm: new Uint8Array(fs.readFileSync(languageWasm)) });
  });
  after(() => parser?.delete());

  it('opening 5 MB of 1.3 million tiny paragraphs parses and collects the head only: the same work as 0.5 MB', () => {
    const measure = (text: string) => {
      let tree!: HeadTree;
      let structure!: Structure;
      const w = work(() => {
        tree = new HeadTree(parser, text);
        structure = tree.structure();
      });
      tree.delete();
      return { ...w, blocks: structure.blocks.length, lastEnd: structure.blocks.at(-1)!.end };
    };
    const big = measure(tinyParagraphs(5_000_000));
    const small = measure(tinyParagraphs(500_000));
    assert.deepEqual(big, small);
    assert.ok(big.parsedChars <= STRUCTURE_MAX_CHARS, `${big.parsedChars} characters parsed`);
    assert.ok(big.blocks <= STRUCTURE_MAX_LINES, `${big.blocks} blocks`);
    assert.ok(big.collected <= 4 * STRUCTURE_MAX_LINES, `${big.collected} collect steps`);
  });

  it('120 keystrokes all over a 5 MB document: no keystroke parses the whole head again but the few that cross its end, and each collects at most the head', () => {
    let text = tinyParagraphs(5_000_000);
    const tree = new HeadTree(parser, text);
    const random = prng(7);
    let parses = 0;
    let maxCollected = 0;
    for (let k = 0; k < 120; k++) {
      // One keystroke in three inside the head, the others anywhere.
      const at = Math.floor(random() * (k % 3 === 0 ? tree.headEnd : text.length));
      const change = random() < 0.5 ? { start: at, end: at, text: random() < 0.2 ? '\n' : 'x' } : { start: at, end: Math.min(text.length, at + 1), text: '' };
      const w = work(() => {
        text = text.slice(0, change.start) + change.text + text.slice(change.end);
        tree.edit([change], () => text);
        tree.structure();
      });
      parses += w.parses;
      maxCollected = Math.max(maxCollected, w.collected);
    }
    assert.ok(parses <= 10, `${parses} whole parses of the head in 120 keystrokes`);
    assert.ok(maxCollected <= 4 * 2 * STRUCTURE_MAX_LINES, `at most ${maxCollected} collect steps for one keystroke`);
    assert.equal(tree.documentLength, text.length);
    // What the tree holds is the structure of the head of the text now.
    const fresh = new HeadTree(parser, text);
    const upTo = Math.min(tree.headEnd, fresh.headEnd) - 8;
    assert.deepEqual(blocksBefore(tree.structure(), upTo), blocksBefore(fresh.structure(), upTo));
    tree.delete();
    fresh.delete();
  });

  it('an article under the budget is covered whole, also after edits (the structure of a fresh parse)', () => {
    let text = 'A headline of the day\n\nFirst paragraph says a thing. Then another.\n\nA Section\n\nMore text here, in it.\n'.repeat(40);
    const tree = new HeadTree(parser, text);
    assert.ok(tree.whole);
    const random = prng(11);
    for (let k = 0; k < 200; k++) {
      const at = Math.floor(random() * (text.length + 1));
      const end = Math.min(text.length, at + Math.floor(random() * 3));
      const change = { start: at, end, text: ['', 'x', '\n', '\n\nNew Heading\n\n', '. '][Math.floor(random() * 5)]! };
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
      tree.edit([change], () => text);
    }
    const fresh = parser.parse(text);
    assert.ok(tree.whole);
    assert.deepEqual(tree.structure(), fresh.structure());
    fresh.delete();
    tree.delete();
  });

  it('a paste that makes the head twice the budget takes the head again; the document keeps its length', () => {
    let text = 'Title\n\nOne line.\n';
    const tree = new HeadTree(parser, text, 100, 10_000);
    const paste = 'ab\n\n'.repeat(200);
    const w = work(() => {
      text = text + paste;
      tree.edit([{ start: text.length - paste.length, end: text.length - paste.length, text: paste }], () => text);
    });
    assert.equal(w.parses, 1);
    assert.equal(tree.documentLength, text.length);
    assert.equal(tree.headEnd, structureHeadEnd(text, 100, 10_000));
    assert.ok(!tree.whole);
    tree.delete();
  });

  it('the head is found by reading at most its line breaks; a 5 MB line is cut at the character limit', () => {
    const before = headWork.steps;
    const end = structureHeadEnd(tinyParagraphs(5_000_000));
    assert.ok(headWork.steps - before <= STRUCTURE_MAX_LINES);
    assert.equal(end, STRUCTURE_MAX_LINES * 2);
    assert.equal(structureHeadEnd('x'.repeat(5_000_000)), STRUCTURE_MAX_CHARS);
    assert.equal(structureHeadEnd('\u{1F600}'.repeat(3), 5, 3), 2, 'a surrogate pair is not cut');
    assert.equal(structureHeadEnd('short\ntext'), 10);
  });

  it('the analysis\'s own (line-shape) structure covers the same head, in one pass and in blocks', async () => {
    const text = 'Ab cd.\n'.repeat(12_000);
    const full = smallAnalyzer.analyze(text, '2020-01-08');
    const end = structureHeadEnd(text);
    assert.ok(STRUCTURE_MAX_LINES < 12_000);
    assert.equal(full.structure.blocks.length, STRUCTURE_MAX_LINES, 'one block per line of the head, none after it');
    assert.ok(full.structure.blocks.every((b) => b.end <= end));
    const chunked = await smallAnalyzer.analyzeInChunks(text, '2020-01-08', async () => {}, () => false, 4_000);
    assert.deepEqual(chunked!.structure, full.structure);
  });
});
