/**
 * How much of a document its structure (headline, headings, paragraphs, sentences) covers. A
 * news article is a few hundred lines; a data dump of a million short lines is no article, and
 * parsing it whole held the editor for seconds on opening and on every keystroke (issue 21,
 * finding 7). So the structure covers the document's head: its first STRUCTURE_MAX_LINES lines
 * and at most STRUCTURE_MAX_CHARS characters (about 500 KB of ordinary news, a hundred articles);
 * a tree-sitter parse of that much takes tens of milliseconds. The outline, folding and headline
 * colours show that part; the analysis (names, dates) covers the whole document as before.
 */
export const STRUCTURE_MAX_LINES = 2_500;
export const STRUCTURE_MAX_CHARS = 500_000;

/** Work counted by the tests (no timing): line breaks looked at to find heads. */
export const headWork = { steps: 0 };

/**
 * The end of the head of `text`: after the STRUCTURE_MAX_LINES-th line break, or at the last line
 * break before STRUCTURE_MAX_CHARS (cut there, between two UTF-16 units of one character never,
 * when one line is longer), or the end of the text when it is shorter. Reads at most the head.
 */
export function structureHeadEnd(text: string, maxLines = STRUCTURE_MAX_LINES, maxChars = STRUCTURE_MAX_CHARS): number {
  // Line breaks are looked for within reach only (a 5 MB line is not scanned to its end).
  const reach = text.length > maxChars ? text.slice(0, maxChars + 1) : text;
  let end = 0;
  for (let lines = 0; lines < maxLines; lines++) {
    headWork.steps++;
    const br = reach.indexOf('\n', end);
    if (br < 0) return text.length <= maxChars ? text.length : end || cut(text, maxChars); // the last line
    if (br + 1 > maxChars) return end || cut(text, maxChars); // one line longer than the limit
    end = br + 1;
  }
  return end;
}

/** `at`, moved back one unit when it would split a surrogate pair. */
function cut(text: string, at: number): number {
  const high = text.charCodeAt(at - 1);
  return high >= 0xd800 && high <= 0xdbff ? at - 1 : at;
}

/** Line breaks in `text` between `start` and `end`. */
export function lineBreaks(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
