import type { Analyzer } from '../core/analyzer';
import { AnnotatedDocument } from '../core/annotated-document';
import { compactSidecar } from '../core/annotations/compact';
import type { InputLine } from './jsonl-lines';

/** What one input line gave: the output line (no line break) and what the summary counts. */
export interface ArticleResult {
  line: string;
  failed: boolean;
  annotations: number;
}

export interface ArticleOptions {
  /** --reference-date: for lines without their own referenceDate. */
  referenceDate?: string;
  /** Texts above this many UTF-8 bytes are declined (--max-size). */
  maxBytes: number;
  compact: boolean;
}

type Id = string | number | null;

class LineProblem extends Error {
  constructor(
    message: string,
    readonly id: Id,
  ) {
    super(message);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One input line analysed; every problem with the line is an error line, never an exception. */
export function analyzeLine(analyzer: Analyzer, input: InputLine, options: ArticleOptions): ArticleResult {
  try {
    if ('tooLong' in input) throw new LineProblem(`line of ${megabytes(input.tooLong.bytes)} is above the ${megabytes(lineLimit(options.maxBytes))} line limit (raise it with --max-size MB); not read`, idIn(input.tooLong.head));
    const article = parseArticle(input.text, options.maxBytes);
    const doc = new AnnotatedDocument(analyzer, article.text, String(article.id));
    const referenceDate = article.referenceDate ?? options.referenceDate;
    if (referenceDate) doc.setReferenceDate(referenceDate);
    doc.analyze();
    const sidecar = options.compact ? compactSidecar(doc.toSidecar()) : doc.toSidecar();
    return { line: JSON.stringify({ id: article.id, ...sidecar }), failed: false, annotations: sidecar.annotations.length };
  } catch (e) {
    if (!(e instanceof LineProblem)) throw e;
    return { line: JSON.stringify({ id: e.id, line: input.number, error: e.message }), failed: true, annotations: 0 };
  }
}

/**
 * The longest input line read: the text's limit, room for JSON escapes (a writer that escapes
 * every non-ASCII character, as Python's json.dumps does, makes a CJK character 6 bytes out of 3,
 * an emoji 12 out of 4), and 1 MB for the other fields.
 */
export const lineLimit = (maxBytes: number): number => 3 * maxBytes + 1024 * 1024;

function parseArticle(line: string, maxBytes: number): { id: string | number; text: string; referenceDate?: string } {
  let data: unknown;
  try {
    data = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (e) {
    throw new LineProblem(`not valid JSON (${(e as Error).message})`, idIn(line));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new LineProblem('not a JSON object {"id", "text"}', null);
  const { id, text, referenceDate } = data as Record<string, unknown>;
  const validId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
  if (validId === null) throw new LineProblem(id === undefined ? 'no "id"' : '"id" must be a string or a number', null);
  if (typeof text !== 'string') throw new LineProblem(text === undefined ? 'no "text"' : '"text" must be a string', validId);
  // As the per-file CLI declines a text file with NUL bytes: binary data is not analysed.
  if (text.includes('\0')) throw new LineProblem('"text" looks binary (contains NUL characters); not analysed', validId);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new LineProblem(`"text" of ${megabytes(bytes)} is above the ${megabytes(maxBytes)} limit (raise it with --max-size MB); not analysed`, validId);
  if (referenceDate !== undefined && referenceDate !== null && (typeof referenceDate !== 'string' || !DATE.test(referenceDate) || Number.isNaN(Date.parse(`${referenceDate}T00:00:00Z`)))) {
    throw new LineProblem(`"referenceDate" must be YYYY-MM-DD or null, got ${JSON.stringify(referenceDate)}`, validId);
  }
  return { id: validId, text: text.replace(/^\uFEFF/, ''), ...(typeof referenceDate === 'string' ? { referenceDate } : {}) };
}

/** The "id" of a line that cannot be parsed (broken or too long), when it is readable near its start. */
function idIn(head: string): Id {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,15}(?:\.\d+)?)/.exec(head) ?? /[{,]\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,15}(?:\.\d+)?)\s*[,}]/.exec(head);
  if (!m) return null;
  try {
    return JSON.parse(m[1]) as string | number;
  } catch {
    return null;
  }
}

/** A size in MB with two significant digits, as the per-file CLI says it. */
const megabytes = (bytes: number): string => `${Number((bytes / 1048576).toPrecision(2))} MB`;
