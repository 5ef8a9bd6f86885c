/**
 * Article structure from the tree-sitter-newstext grammar, parsed with web-tree-sitter.
 *
 * Pure: no vscode, no Node fs. The caller supplies the wasm files (bytes, or a URL/path via
 * `locateFile` for the runtime and a path/URL string for the language), so the same code runs in
 * the Node extension host, a browser worker and the tests.
 *
 * All offsets are UTF-16 code units (web-tree-sitter parses JavaScript strings as UTF-16, so node
 * indices and point columns are UTF-16 units, like VS Code document offsets).
 *
 * The output has the shapes of `parseStructure` (./structure.ts): blocks of
 * {kind, start, end, text} with trimmed ranges, and sentence spans in which the headline, headings,
 * datelines and bylines are one span each.
 */
import { Language, Parser, type Edit, type Node, type Point, type Tree } from 'web-tree-sitter';
import type { Span } from './structure';

export type NewsBlockKind = 'headline' | 'heading' | 'dateline' | 'byline' | 'paragraph';

export interface NewsBlock extends Span {
  kind: NewsBlockKind;
  text: string;
}

/** A text change in UTF-16 offsets of the text before the change: replace [start, end) by text. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** A tree-sitter style edit in UTF-16 offsets; points are computed when absent. */
export interface IndexEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
  startPosition?: Point;
  oldEndPosition?: Point;
  newEndPosition?: Point;
}

export interface NewsTree {
  /** The text this tree was parsed from. */
  readonly text: string;
  /** The underlying web-tree-sitter tree (owned by this object). */
  readonly tree: Tree;
  /** True when the tree contains ERROR or MISSING nodes (blocks() still covers every line). */
  readonly hasError: boolean;
  /**
   * Applies one change (or several, each relative to the text after the previous ones), re-parses
   * incrementally and returns the ranges to re-analyse, in UTF-16 offsets of the new text: the
   * inserted text of each change merged with the ranges whose syntax changed
   * (`tree.getChangedRanges(old)`, which alone is empty when the structure did not change).
   */
  edit(change: TextChange | readonly TextChange[]): Span[];
  /** Low-level form: the caller gives the edit and the full new text. */
  editIndices(edit: IndexEdit, newText: string): Span[];
  blocks(): NewsBlock[];
  sentences(): Span[];
  /** blocks() and sentences() together, like parseStructure. */
  structure(): { blocks: NewsBlock[]; sentences: Span[] };
  delete(): void;
}

export interface NewsParser {
  parse(text: string): NewsTree;
  readonly language: Language;
  delete(): void;
}

export interface LoadNewsParserOptions {
  /** Where web-tree-sitter finds its runtime `tree-sitter.wasm` (Emscripten locateFile). */
  locateFile?: (name: string, scriptDirectory?: string) => string;
  /** The runtime `tree-sitter.wasm` bytes (instead of locateFile). */
  wasm?: Uint8Array;
  /** `tree-sitter-newstext.wasm`: its bytes, or a path (Node) / URL (browser) web-tree-sitter loads. */
  languageWasm: Uint8Array | string;
}

const MAX_HEADING_WORDS = 12;

// "TRIPOLI, Jan. 8 (Xinhua) --", "WASHINGTON \u2014", "Beirut (Reuters) -": an all-caps place, or a
// capitalised place with a news agency, optional ", Month Day" parts, then a dash.
const DATELINE =
  /^(?:[A-Z][A-Z'.\-]+(?:[ \t]+[A-Z][A-Z'.\-]+){0,3}(?:,[ \t]+[A-Z][A-Za-z]*\.?(?:[ \t]+\d{1,2})?){0,2}(?:[ \t]*\([A-Za-z][A-Za-z .&\-]{0,30}\))?|[A-Z][A-Za-z'.\-]+(?:[ \t]+[A-Z][A-Za-z'.\-]+){0,3}(?:,[ \t]+[A-Z][A-Za-z]*\.?(?:[ \t]+\d{1,2})?){0,2}[ \t]*\([A-Za-z][A-Za-z .&\-]{0,30}\))(?:[ \t]+(?:--?|\u2014|\u2013)|--|\u2014|\u2013)/;

function wordCount(text: string, start: number, end: number): number {
  return text.slice(start, end).trim().split(/\s+/).length;
}

/** Nodes and lines read to collect blocks and sentences (counted for the tests, no timing). */
export const collectWork = { steps: 0 };

let initialised: Promise<void> | undefined;

/** Initialises the web-tree-sitter runtime once per realm and loads the newstext language. */
export async function loadNewsParser(options: LoadNewsParserOptions): Promise<NewsParser> {
  if (!initialised) {
    const moduleOptions: Record<string, unknown> = {};
    if (options.locateFile) moduleOptions.locateFile = options.locateFile;
    if (options.wasm) moduleOptions.wasmBinary = options.wasm;
    initialised = Parser.init(moduleOptions).catch((err: unknown) => {
      initialised = undefined;
      throw err;
    });
  }
  await initialised;
  const language = await Language.load(options.languageWasm);
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    language,
    parse(text: string): NewsTree {
      return new NewsTreeImpl(parser, parseOrThrow(parser, text, null), text);
    },
    delete() {
      parser.delete();
    },
  };
}

function parseOrThrow(parser: Parser, text: string, old: Tree | null): Tree {
  const tree = parser.parse(text, old);
  if (!tree) throw new Error('tree-sitter-newstext: parse failed');
  return tree;
}

class NewsTreeImpl implements NewsTree {
  private cachedBlocks?: NewsBlock[];
  private cachedSentences?: Span[];

  constructor(
    private readonly parser: Parser,
    public tree: Tree,
    public text: string,
  ) {}

  get hasError(): boolean {
    return this.tree.rootNode.hasError;
  }

  edit(change: TextChange | readonly TextChange[]): Span[] {
    const changes: readonly TextChange[] = Array.isArray(change) ? change : [change as TextChange];
    let text = this.text;
    let edited: Span[] = [];
    for (const c of changes) {
      if (!(c.start >= 0 && c.start <= c.end && c.end <= text.length)) {
        throw new RangeError(`bad change [${c.start}, ${c.end}) for a text of ${text.length}`);
      }
      const next = text.slice(0, c.start) + c.text + text.slice(c.end);
      this.tree.edit(makeEdit(text, next, c.start, c.end, c.start + c.text.length));
      const delta = c.text.length - (c.end - c.start);
      edited = edited.map((r) => ({
        start: r.start <= c.start ? r.start : Math.max(c.start, r.start + delta),
        end: r.end <= c.start ? r.end : Math.max(c.start + c.text.length, r.end + delta),
      }));
      edited.push({ start: c.start, end: c.start + c.text.length });
      text = next;
    }
    return mergeSpans([...edited, ...this.reparse(text)]);
  }

  editIndices(e: IndexEdit, newText: string): Span[] {
    this.tree.edit({
      startIndex: e.start,
      oldEndIndex: e.oldEnd,
      newEndIndex: e.newEnd,
      startPosition: e.startPosition ?? pointAt(this.text, e.start),
      oldEndPosition: e.oldEndPosition ?? pointAt(this.text, e.oldEnd),
      newEndPosition: e.newEndPosition ?? pointAt(newText, e.newEnd),
    });
    return mergeSpans([{ start: e.start, end: e.newEnd }, ...this.reparse(newText)]);
  }

  /** Re-parses against the edited old tree; returns tree-sitter's changed (structure) ranges. */
  private reparse(text: string): Span[] {
    const old = this.tree;
    const tree = parseOrThrow(this.parser, text, old);
    const ranges = old.getChangedRanges(tree);
    old.delete();
    this.tree = tree;
    this.text = text;
    this.cachedBlocks = undefined;
    this.cachedSentences = undefined;
    return ranges.map((r) => ({ start: r.startIndex, end: r.endIndex }));
  }

  blocks(): NewsBlock[] {
    if (!this.cachedBlocks) this.collect();
    return this.cachedBlocks!;
  }

  sentences(): Span[] {
    if (!this.cachedSentences) this.collect();
    return this.cachedSentences!;
  }

  structure(): { blocks: NewsBlock[]; sentences: Span[] } {
    return { blocks: this.blocks(), sentences: this.sentences() };
  }

  delete(): void {
    this.tree.delete();
  }

  private collect(): void {
    const blocks: NewsBlock[] = [];
    const sentences: Span[] = [];
    const text = this.text;
    const push = (kind: NewsBlockKind, start: number, end: number): NewsBlock | undefined => {
      // Trim like parseStructure (heading and byline tokens include their line break).
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      if (start >= end) return undefined;
      const block = { kind, start, end, text: text.slice(start, end) };
      collectWork.steps++;
      blocks.push(block);
      return block;
    };
    const visit = (node: Node): void => {
      collectWork.steps++;
      switch (node.type) {
        case 'headline':
        case 'heading':
        case 'byline': {
          // parseStructure's rule: a heading has at most 12 words (not checked by the grammar).
          const kind = node.type === 'heading' && wordCount(text, node.startIndex, node.endIndex) > MAX_HEADING_WORDS ? 'paragraph' : node.type;
          const b = push(kind, node.startIndex, node.endIndex);
          if (b) sentences.push({ start: b.start, end: b.end });
          return;
        }
        case 'paragraph': {
          let start = node.startIndex;
          const first = node.firstNamedChild;
          // A dateline opening the paragraph ("TRIPOLI, Jan. 8 (Xinhua) --") becomes its own block.
          const m = DATELINE.exec(text.slice(start, Math.min(node.endIndex, start + 120)));
          if (m && first && first.endIndex > start + m[0].length) {
            const d = push('dateline', start, start + m[0].length);
            if (d) sentences.push({ start: d.start, end: d.end });
            start += m[0].length;
          }
          const b = push('paragraph', start, node.endIndex);
          if (!b) return;
          for (const s of node.namedChildren) {
            if (!s) continue;
            const sStart = Math.max(s.startIndex, b.start);
            if (s.type === 'sentence') sentences.push({ start: sStart, end: s.endIndex });
            else sentences.push(...this.fallbackSentences(sStart, s.endIndex));
          }
          return;
        }
        case 'section':
        case 'document':
          for (const child of node.namedChildren) if (child) visit(child);
          return;
        default:
          // ERROR (or anything unexpected): one paragraph per line, whole lines as sentences.
          for (const line of lines(text, node.startIndex, node.endIndex)) {
            const b = push(blocks.length === 0 ? 'headline' : 'paragraph', line.start, line.end);
            if (b) sentences.push({ start: b.start, end: b.end });
          }
      }
    };
    visit(this.tree.rootNode);
    this.cachedBlocks = blocks;
    this.cachedSentences = sentences;
  }

  private fallbackSentences(start: number, end: number): Span[] {
    const out: Span[] = [];
    for (const line of lines(this.text, start, end)) out.push(line);
    return out;
  }
}

/** Sorted union of spans (touching spans are merged). */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter((r) => r.end >= r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x3000 || c === 0x200b;
}

function* lines(text: string, start: number, end: number): Generator<Span> {
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (i > s) yield { start: s, end: i };
      s = i + 1;
    }
  }
}

/** Tree-sitter point of a UTF-16 offset: rows end at "\n", columns count UTF-16 units. */
export function pointAt(text: string, offset: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

function makeEdit(oldText: string, newText: string, start: number, oldEnd: number, newEnd: number): Edit {
  const startPosition = pointAt(oldText, start);
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition,
    oldEndPosition: advance(startPosition, oldText, start, oldEnd),
    newEndPosition: advance(startPosition, newText, start, newEnd),
  };
}

/** The point at `to`, given the point at `from` (avoids rescanning the text from 0). */
function advance(p: Point, text: string, from: number, to: number): Point {
  let { row, column } = p;
  let lineStart = from - column;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  column = to - lineStart;
  return { row, column };
}
