/**
 * The tree-sitter structure of a document's head (./budget.ts), kept up to date by edits: a
 * document of any size costs at most one parse of STRUCTURE_MAX_LINES lines on opening, and an
 * edit costs an incremental re-parse of the head (when it falls inside) or nothing (after it).
 * The head is taken again, a bounded parse, only when an edit crosses its end or it has grown to
 * twice the budget or shrunk to half of it while more text follows.
 */
import type { Span, Structure } from './structure';
import type { NewsParser, NewsTree, TextChange } from './tree-sitter';
import { lineBreaks, STRUCTURE_MAX_CHARS, STRUCTURE_MAX_LINES, structureHeadEnd } from './budget';

/** Characters handed to tree-sitter in whole parses (counted for the tests, across all trees). */
export const headTreeWork = { parsedChars: 0, parses: 0 };

export class HeadTree {
  private tree!: NewsTree;
  /** Length of the whole document the head belongs to. */
  private docLength = 0;
  /** Line breaks in the head. */
  private headLines = 0;
  /** The head's size when it was last taken. */
  private taken = { lines: 0, end: 0 };

  constructor(
    private readonly parser: NewsParser,
    text: string,
    private readonly maxLines = STRUCTURE_MAX_LINES,
    private readonly maxChars = STRUCTURE_MAX_CHARS,
  ) {
    this.take(text);
  }

  /** The head's end in the document (UTF-16 offset). */
  get headEnd(): number {
    return this.tree.text.length;
  }

  /** Whether the head is the whole document. */
  get whole(): boolean {
    return this.headEnd === this.docLength;
  }

  /** The length of the document this tree follows (to notice a missed event). */
  get documentLength(): number {
    return this.docLength;
  }

  /**
   * Follows the changes of one editor event (each relative to the text after the previous ones);
   * `text` gives the document's whole new text, read only when the head must be taken again.
   * Returns the ranges whose structure changed (document offsets of the new text).
   */
  edit(changes: readonly TextChange[], text: () => string): Span[] {
    let retake = false;
    const changed: Span[] = [];
    for (const c of changes) {
      if (!retake && (this.whole || c.end < this.headEnd)) {
        this.headLines += lineBreaks(c.text) - lineBreaks(this.tree.text, c.start, c.end);
        for (const r of this.tree.edit(c)) changed.push(r);
      } else if (c.start < this.headEnd) {
        // The change reaches the head's end (it may join its last line to the next): taken again.
        retake = true;
      } // else after the head, whose own text did not change
      this.docLength += c.text.length - (c.end - c.start);
    }
    const over = this.headLines > 2 * this.maxLines || this.headEnd > 2 * this.maxChars;
    // Shrunk to half of what was taken while more text follows: the head takes in more of it.
    const under = !this.whole && this.headLines < this.taken.lines / 2 && this.headEnd < this.taken.end / 2;
    if (retake || over || under) {
      this.tree.delete();
      this.take(text());
      changed.push({ start: 0, end: this.headEnd });
    }
    return changed;
  }

  /** The head's blocks and sentences (collected once per version of the text). */
  structure(): Structure {
    return this.tree.structure();
  }

  delete(): void {
    this.tree.delete();
  }

  private take(text: string): void {
    const end = structureHeadEnd(text, this.maxLines, this.maxChars);
    const head = end === text.length ? text : text.slice(0, end);
    headTreeWork.parsedChars += head.length;
    headTreeWork.parses++;
    this.tree = this.parser.parse(head);
    this.docLength = text.length;
    this.headLines = lineBreaks(head);
    this.taken = { lines: this.headLines, end: head.length };
  }
}
