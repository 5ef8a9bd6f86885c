/**
 * Article structure: headline, section headings, paragraphs and sentences, from line shapes.
 * Offsets are UTF-16.
 */
export interface Span {
  start: number;
  end: number;
}
export interface Block extends Span {
  kind: 'headline' | 'heading' | 'dateline' | 'byline' | 'paragraph';
  text: string;
}
export interface Structure {
  blocks: Block[];
  sentences: Span[];
}

const MAX_HEADING_WORDS = 12;

/**
 * Splits text into headline, headings and paragraphs (one block per non-empty line). `range`
 * (whole lines, see `lineRanges`) parses a piece; `headlineSeen`: an earlier piece had a block.
 */
export function parseStructure(text: string, range: Span = { start: 0, end: text.length }, headlineSeen = false): Structure {
  const blocks: Block[] = [];
  const lineRe = /[^\r\n]+/g;
  lineRe.lastIndex = range.start;
  for (let m = lineRe.exec(text); m && m.index < range.end; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const span = { start, end: start + body.length, text: body };
    blocks.push({ ...span, kind: blocks.length === 0 && !headlineSeen ? 'headline' : isHeading(body) ? 'heading' : 'paragraph' });
  }
  const sentences = blocks.flatMap((b) => (b.kind === 'paragraph' ? splitSentences(text, b) : [{ start: b.start, end: b.end }]));
  return { blocks, sentences };
}

/** Pieces of about `size` characters that end after a line break (or at the end). */
export function lineRanges(text: string, size: number): Span[] {
  const out: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const br = text.indexOf('\n', Math.min(text.length, start + size));
    const end = br < 0 ? text.length : br + 1;
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** A heading is a short line without final punctuation. */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS && !/[.!?:;,"'”)]$/.test(line);
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt rev st jr sr inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e'.split(' '),
);

/** Sentence spans inside a block: ends at . ! ? followed by space, not after abbreviations, initials or decimals. */
export function splitSentences(text: string, block: Span): Span[] {
  const out: Span[] = [];
  let start = block.start;
  const re = /[.!?]+["”']?(?=\s+|$)/g;
  const body = text.slice(block.start, block.end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const end = block.start + m.index + m[0].length;
    const before = wordBefore(body, m.index).toLowerCase();
    if (m[0] === '.' && (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before))) continue;
    out.push({ start, end });
    start = end;
    while (start < block.end && /\s/.test(text[start])) start++;
  }
  if (start < block.end) out.push({ start, end: block.end });
  return out;
}

const LETTER_OR_DOT = /[\p{L}.]/u;

/**
 * The letters and dots right before `end` ("U.S" in "U.S."), read backwards: a regex anchored
 * at the end would rescan the paragraph from its start at every full stop.
 */
function wordBefore(body: string, end: number): string {
  let start = end;
  while (start > 0) {
    const low = body.charCodeAt(start - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1; // a letter beyond the BMP
    if (!LETTER_OR_DOT.test(body.slice(start - width, start))) break;
    start -= width;
  }
  return body.slice(start, end);
}
