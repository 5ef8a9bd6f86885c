import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import validateSidecar from '../../../out/validate-sidecar.js';
import type { Annotation, Correction, DateFlag, Label, Source, Status } from '../types';
import { offsetConverter, type OffsetConverter } from '../text/offsets';
import { byPosition } from '../text/spans';
import { parseArrayInSlices } from './json-array-slices';
import { mapInSlices } from '../slices';

export const SIDECAR_FORMAT = 'news-annotator';
export const SIDECAR_VERSION = 1;
const CONTEXT = 32;

/** An annotation as stored (code point offsets, quote context). */
export interface StoredAnnotation {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
  label: Label;
  kbId?: string;
  canonical?: string;
  wikidata?: string;
  correction?: Correction;
  value?: string | null;
  endValue?: string | null;
  likelyValue?: string | null;
  flags?: DateFlag[] | string[];
  rule?: string;
  status: Status;
  source: Source;
}

export interface HistoryEvent {
  at: string;
  action: 'correct' | 'accept' | 'reject' | 'annotate' | 'remove' | 'relabel' | 'reanchor' | 'orphan';
  id?: string;
  from?: string;
  to?: string;
}

export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  version: number;
  document: { path: string; sha256: string; length: number; referenceDate?: string | null };
  annotations: StoredAnnotation[];
  history: HistoryEvent[];
}

export const sidecarPathFor = (textPath: string): string => `${textPath}.annotations.json`;

export function textSha256(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Core annotations (UTF-16) -> the sidecar (code points, sorted, with quote context). */
export function toSidecar(
  text: string,
  fileName: string,
  annotations: Annotation[],
  referenceDate: string | null,
  history: HistoryEvent[] = [],
): Sidecar {
  const conv = offsetConverter(text);
  return sidecarOf(text, fileName, conv, annotations.map((a) => stored(text, conv, a)), referenceDate, history);
}

/**
 * `serializeSidecar(toSidecar(...))`, the annotations converted and written in slices with
 * `pause` between them: the same text, without holding the editor while a long article's
 * sidecar (tens of thousands of annotations) is written. The caller passes a snapshot.
 */
export async function sidecarTextInPieces(
  text: string,
  fileName: string,
  annotations: Annotation[],
  referenceDate: string | null,
  history: HistoryEvent[],
  pause: () => Promise<void>,
  slice = 2_000,
): Promise<string> {
  const conv = offsetConverter(text);
  const list = await mapInSlices(annotations, (a) => stored(text, conv, a), pause, slice);
  const sidecar = sidecarOf(text, fileName, conv, list, referenceDate, history);
  await pause();
  // The indented shell around an empty array, whose lines are made slice by slice.
  const shell = JSON.stringify({ ...sidecar, annotations: [] }, null, 2);
  const lines: string[] = [];
  for (let i = 0; i < sidecar.annotations.length; i += slice) {
    for (const s of sidecar.annotations.slice(i, i + slice)) lines.push(annotationLine(s));
    await pause();
  }
  return withAnnotationLines(shell, lines);
}

function stored(text: string, conv: OffsetConverter, a: Annotation): StoredAnnotation {
  const s = fieldsBut(a, 'description'); // the KB's, not stored
  s.start = conv.toCodePoint(a.start);
  s.end = conv.toCodePoint(a.end);
  s.prefix = text.slice(Math.max(0, a.start - CONTEXT), a.start);
  s.suffix = text.slice(a.end, a.end + CONTEXT);
  return s as unknown as StoredAnnotation;
}

function sidecarOf(text: string, fileName: string, conv: OffsetConverter, annotations: StoredAnnotation[], referenceDate: string | null, history: HistoryEvent[]): Sidecar {
  annotations.sort((a, b) => byPosition(a, b) || a.id.localeCompare(b.id));
  return {
    format: SIDECAR_FORMAT,
    version: SIDECAR_VERSION,
    document: { path: fileName, sha256: textSha256(text), length: conv.codePointLength, referenceDate },
    annotations,
    history,
  };
}

/** The stored annotations back in UTF-16 offsets of `text` (which must be the text they refer to). */
export function fromSidecar(text: string, sidecar: Sidecar): Annotation[] {
  return sidecar.annotations.map(storedToAnnotation(text));
}

/** The conversion of fromSidecar, one stored annotation at a time. */
export function storedToAnnotation(text: string): (s: StoredAnnotation) => Annotation {
  const conv = offsetConverter(text);
  return (s) => {
    const a = fieldsBut(s, 'prefix', 'suffix');
    a.flags = s.flags as DateFlag[] | undefined;
    a.start = conv.toUtf16(s.start);
    a.end = conv.toUtf16(s.end);
    return a as unknown as Annotation;
  };
}

/**
 * The sidecar's text: 2-space indented JSON with each annotation on one line (its fields in the
 * same order, `"key": value` as in the indented layout). One line per annotation keeps diffs
 * readable and the file a quarter smaller than with one line per field (measured on the seed:
 * 13.4 times the text's size before, 10.3 after).
 */
export function serializeSidecar(s: Sidecar): string {
  return withAnnotationLines(JSON.stringify({ ...s, annotations: [] }, null, 2), s.annotations.map(annotationLine));
}

/** One annotation as one line of JSON (JSON strings hold no raw line break, so joining is safe). */
const annotationLine = (a: StoredAnnotation): string => `    ${JSON.stringify(a, null, 1).replace(/\n */g, ' ')}`;

/** The indented shell (with `"annotations": []`) with the annotation lines put in the array. */
function withAnnotationLines(shell: string, lines: string[]): string {
  if (!lines.length) return `${shell}\n`;
  const at = shell.indexOf('"annotations": []') + '"annotations": '.length;
  return `${shell.slice(0, at)}[\n${lines.join(',\n')}\n  ]${shell.slice(at + 2)}\n`;
}

export type ParseResult = { ok: true; sidecar: Sidecar } | { ok: false; problem: string; kind: 'syntax' | 'schema' | 'newer-version' };

/** Parses and validates a sidecar. Never throws: a problem comes back as a sentence for the user. */
export function parseSidecar(json: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(withoutBom(json));
  } catch (e) {
    return { ok: false, kind: 'syntax', problem: `not valid JSON (${(e as Error).message})` };
  }
  const newer = newerVersion(data);
  if (newer) return newer;
  if (!validateSidecar(data)) return schemaProblem();
  return checkedOffsets(data as Sidecar);
}

/** JSON characters of annotations per slice when a long sidecar is read in slices (about 2,000). */
const SLICE_CHARS = 1_000_000;

/**
 * parseSidecar for a long sidecar, in slices of about 1 MB of annotations with `pause` between
 * them (the editor reading a long article's sidecar). The same result; a sidecar not laid out as
 * this extension writes it, or one that does not parse, is read by parseSidecar in one go.
 */
export async function parseSidecarInSlices(json: string, pause: () => Promise<void>, sliceChars = SLICE_CHARS): Promise<ParseResult> {
  const parsed = await parseArrayInSlices(withoutBom(json), 'annotations', sliceChars, pause);
  if (!parsed) return parseSidecar(json);
  const { head, runs } = parsed;
  const newer = newerVersion(head);
  if (newer) return newer;
  // In the order one validation of the whole goes: the top-level fields, the annotations, the history.
  const shell = fieldsBut(head, 'history');
  if (!validateSidecar(shell)) return schemaProblem();
  const annotations: unknown[] = [];
  for (const run of runs) {
    shell.annotations = run;
    if (!validateSidecar(shell)) return schemaProblem(annotations.length);
    for (const a of run) annotations.push(a);
    await pause();
  }
  if (!validateSidecar(head)) return schemaProblem();
  head.annotations = annotations;
  return checkedOffsets(head as unknown as Sidecar);
}

const withoutBom = (json: string): string => (json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);

function newerVersion(data: unknown): ParseResult | undefined {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version !== 'number' || version <= SIDECAR_VERSION) return undefined;
  return { ok: false, kind: 'newer-version', problem: `written by a newer News Annotator (format version ${version}; this one reads ${SIDECAR_VERSION})` };
}

/** The validator's first error as a sentence; `offset`: the annotations were validated from that one on. */
function schemaProblem(offset = 0): ParseResult {
  const first = validateSidecar.errors?.[0];
  const where = (first?.instancePath || '(top level)').replace(/^\/annotations\/(\d+)/, (_, i: string) => `/annotations/${Number(i) + offset}`);
  return { ok: false, kind: 'schema', problem: `does not match the sidecar schema: ${where} ${first?.message ?? ''}`.trim() };
}

/** A sidecar that matches the schema, with its last checks (the schema cannot compare two fields). */
function checkedOffsets(sidecar: Sidecar): ParseResult {
  sidecar.history ??= [];
  const bad = sidecar.annotations.find((a) => a.end < a.start);
  if (bad) return { ok: false, kind: 'schema', problem: `annotation ${bad.id} ends before it starts` };
  return { ok: true, sidecar };
}

/** Member names that reach an object's prototype machinery when assigned: never copied. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A copy of `o`'s own fields but `skip`, by a plain loop: object rest and spread cost three times
 * as much, and a 1 MB article's sidecar holds 28,000 annotations to store or restore. Own keys
 * only, and never `__proto__`, `constructor` or `prototype`: JSON.parse makes `"__proto__"` an
 * own member, and assigning it would make a sidecar's object the copy's prototype (its fields
 * then read through, unchecked by the schema).
 */
export function fieldsBut(o: object, ...skip: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (!UNSAFE_KEYS.has(k) && !skip.includes(k)) copy[k] = (o as Record<string, unknown>)[k];
  return copy;
}
