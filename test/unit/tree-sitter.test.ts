import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { loadNewsParser, pointAt, type NewsParser } from '../../src/core/structure/tree-sitter';
import { parseStructure } from '../../src/core/structure/structure';

const root = path.resolve(__dirname, '../..');
const require_ = createRequire(path.join(root, 'package.json'));
const runtimeWasm = path.join(path.dirname(require_.resolve('web-tree-sitter')), 'tree-sitter.wasm');
const languageWasm = path.join(root, 'tree-sitter-newstext', 'tree-sitter-newstext.wasm');
const seed = fs.readFileSync(path.join(root, 'seeds', '000_5427bc860031b65b.txt'), 'utf8');

const sentencesOf = (p: NewsParser, text: string) => {
  const tree = p.parse(text);
  try {
    return tree.sentences().map((s) => text.slice(s.start, s.end));
  } finally {
    tree.delete();
  }
};

describe('tree-sitter-newstext', () => {
  let parser: NewsParser;

  before(async () => {
    parser = await loadNewsParser({
      wasm: new Uint8Array(fs.readFileSync(runtimeWasm)),
      languageWasm: new Uint8Array(fs.readFileSync(languageWasm)),
    });
  });
  after(() => parser?.delete());

  it('finds the headline, the three headings and the paragraphs of the seed', () => {
    const tree = parser.parse(seed);
    try {
      assert.equal(tree.hasError, false);
      const blocks = tree.blocks();
      const kinds = blocks.map((b) => b.kind);
      assert.equal(kinds[0], 'headline');
      assert.equal(blocks[0].text, 'Libyan armed groups capture Gaddafis hometown and plan to fight Turkish army');
      assert.deepEqual(
        blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
        ['Sirte war', 'Turkish troops', 'Asking for help from the government'],
      );
      const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
      assert.equal(paragraphs.length, 7);
      assert.ok(paragraphs[4].text.endsWith('soldiers and civilians..'));
      for (const b of blocks) assert.equal(seed.slice(b.start, b.end), b.text);
      // Same blocks as the line-based parser it replaces.
      assert.deepEqual(blocks, parseStructure(seed).blocks);
    } finally {
      tree.delete();
    }
  });

  it('splits the seed into the same sentences as parseStructure', () => {
    const tree = parser.parse(seed);
    try {
      assert.deepEqual(tree.sentences(), parseStructure(seed).sentences);
    } finally {
      tree.delete();
    }
  });

  it('does not end sentences at U.S., Mr., Jan. 8, 3.5 or initials', () => {
    const text =
      'Headline\n\nMr. Smith flew to the U.S. on Jan. 8 with 3.5 tonnes. The author J. K. Rowling agreed. Dr. Jones did not!\n';
    assert.deepEqual(sentencesOf(parser, text), [
      'Headline',
      'Mr. Smith flew to the U.S. on Jan. 8 with 3.5 tonnes.',
      'The author J. K. Rowling agreed.',
      'Dr. Jones did not!',
    ]);
  });

  it('keeps quotations inside their sentence', () => {
    const text = 'Headline\n\nHe called it "a good sign" and left. “We will fight. We will win,” he said. "Go." She left.';
    assert.deepEqual(sentencesOf(parser, text), [
      'Headline',
      'He called it "a good sign" and left.',
      '“We will fight. We will win,” he said.',
      '"Go."',
      'She left.',
    ]);
  });

  it('finds datelines and bylines', () => {
    const text = 'Headline\n\nBy John Smith\n\nTRIPOLI, Jan. 8 (Xinhua) -- Libya said so. Then it left.\n';
    const tree = parser.parse(text);
    try {
      assert.deepEqual(
        tree.blocks().map((b) => [b.kind, b.text]),
        [
          ['headline', 'Headline'],
          ['byline', 'By John Smith'],
          ['dateline', 'TRIPOLI, Jan. 8 (Xinhua) --'],
          ['paragraph', 'Libya said so. Then it left.'],
        ],
      );
    } finally {
      tree.delete();
    }
  });

  it('gives the same blocks after an incremental edit as after a fresh parse', () => {
    const tree = parser.parse(seed);
    try {
      const at = seed.indexOf('strategic area.') + 'strategic area'.length;
      // Turn the end of a sentence into an abbreviation-free continuation, then insert a heading.
      const changed = tree.edit({ start: at, end: at + 1, text: ', said Mr. Smith.' });
      const edited = seed.slice(0, at) + ', said Mr. Smith.' + seed.slice(at + 1);
      assert.equal(tree.text, edited);
      const fresh = parser.parse(edited);
      try {
        assert.deepEqual(tree.blocks(), fresh.blocks());
        assert.deepEqual(tree.sentences(), fresh.sentences());
        assert.equal(tree.tree.rootNode.toString(), fresh.tree.rootNode.toString());
      } finally {
        fresh.delete();
      }
      assert.ok(changed.length > 0, 'a changed range is reported');
      assert.ok(
        changed.some((r) => r.start <= at + 17 && r.end >= at),
        `a changed range covers the edit: ${JSON.stringify(changed)}`,
      );
      // The changed ranges stay local: nothing before the edited paragraph changed.
      const paraStart = seed.lastIndexOf('\n', at) + 1;
      assert.ok(changed.every((r) => r.start >= paraStart), JSON.stringify(changed));

      // A second edit makes a new heading out of a paragraph: still equal to a fresh parse.
      const p = tree.text.indexOf('In December last year');
      tree.edit([{ start: p, end: p, text: 'A new heading\n\n' }]);
      const fresh2 = parser.parse(tree.text);
      try {
        assert.deepEqual(tree.blocks(), fresh2.blocks());
        assert.ok(tree.blocks().some((b) => b.kind === 'heading' && b.text === 'A new heading'));
      } finally {
        fresh2.delete();
      }
    } finally {
      tree.delete();
    }
  });

  it('survives random edits: incremental and fresh parses agree', () => {
    let seedState = 42;
    const rnd = (n: number) => {
      seedState = (seedState * 1103515245 + 12345) % 2 ** 31;
      return seedState % n;
    };
    const tree = parser.parse(seed);
    try {
      const inserts = ['.', ' ', '\n', '\n\n', 'U.S.', '"', 'x', 'Mr. ', '“', '”', ''];
      for (let i = 0; i < 60; i++) {
        const start = rnd(tree.text.length + 1);
        const end = Math.min(tree.text.length, start + rnd(4));
        tree.edit({ start, end, text: inserts[rnd(inserts.length)] });
        const fresh = parser.parse(tree.text);
        try {
          assert.equal(tree.tree.rootNode.toString(), fresh.tree.rootNode.toString(), `edit ${i}`);
          assert.deepEqual(tree.blocks(), fresh.blocks(), `edit ${i}`);
        } finally {
          fresh.delete();
        }
      }
    } finally {
      tree.delete();
    }
  });

  it('handles CRLF line endings', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const tree = parser.parse(crlf);
    try {
      const lf = parseStructure(seed).blocks;
      const blocks = tree.blocks();
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        lf.map((b) => [b.kind, b.text]),
      );
      for (const b of blocks) assert.ok(!b.text.includes('\r'));
    } finally {
      tree.delete();
    }
  });

  it('handles an empty file, whitespace only and no final newline', () => {
    for (const text of ['', '   ', '\n\n', ' \r\n\t\r\n']) {
      const tree = parser.parse(text);
      try {
        assert.deepEqual(tree.blocks(), [], JSON.stringify(text));
        assert.deepEqual(tree.sentences(), []);
      } finally {
        tree.delete();
      }
    }
    const tree = parser.parse('Only a headline');
    try {
      assert.deepEqual(tree.blocks(), [{ kind: 'headline', start: 0, end: 15, text: 'Only a headline' }]);
    } finally {
      tree.delete();
    }
  });

  it('uses UTF-16 offsets', () => {
    const text = 'Emoji 😀 headline\n\nÇavuşoğlu said “yes” 😀. Done.';
    const tree = parser.parse(text);
    try {
      const b = tree.blocks();
      assert.equal(b[1].text, 'Çavuşoğlu said “yes” 😀. Done.');
      assert.equal(text.slice(b[1].start, b[1].end), b[1].text);
      assert.deepEqual(
        tree.sentences().map((s) => text.slice(s.start, s.end)),
        ['Emoji 😀 headline', 'Çavuşoğlu said “yes” 😀.', 'Done.'],
      );
    } finally {
      tree.delete();
    }
  });

  it('computes points as tree-sitter does', () => {
    assert.deepEqual(pointAt('ab\ncd\r\nef', 0), { row: 0, column: 0 });
    assert.deepEqual(pointAt('ab\ncd\r\nef', 4), { row: 1, column: 1 });
    assert.deepEqual(pointAt('ab\ncd\r\nef', 8), { row: 2, column: 1 });
  });
});
