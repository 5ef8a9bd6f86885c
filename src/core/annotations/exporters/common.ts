/**
 * Shared ground of the exporters: which annotations are exported and where they stand in the
 * current text. Pure (no Node, no vscode): runs in the browser worker too.
 */
import type { Label } from '../../types';
import { offsetConverter, type OffsetConverter } from '../../text/offsets';
import { textSha256, type Sidecar, type StoredAnnotation } from '../sidecar';

/** A file produced by an exporter: `name` is a bare file name (no folder). */
export interface ExportFile {
  name: string;
  content: string;
}

/** The sidecar does not describe this text (or is otherwise unusable for an export). */
export class ExportError extends Error {}

/** One exported mention, located in the current text both ways. */
export interface ExportSpan {
  annotation: StoredAnnotation;
  label: Label;
  /** Code points, end exclusive (sidecar, brat, spaCy, W3C, Label Studio). */
  start: number;
  end: number;
  /** UTF-16 code units into `text` (for slicing in JavaScript). */
  start16: number;
  end16: number;
  /** What stands in the text at start..end (not the stored `text`, should they ever differ). */
  text: string;
}

export interface ExportInput {
  text: string;
  sidecar: Sidecar;
  baseName: string;
  conv: OffsetConverter;
  spans: ExportSpan[];
}

/** Statuses that are not exported: rejected (kept only so it is not suggested again) and orphaned. */
export const NOT_EXPORTED = new Set(['rejected', 'orphaned']);

/**
 * Checks that the sidecar describes `text` and collects the exportable annotations, sorted by
 * start, then longer first. Throws `ExportError` when the sidecar is out of date.
 */
export function prepare(text: string, sidecar: Sidecar, baseName: string): ExportInput {
  if (sidecar.document.sha256 !== textSha256(text)) {
    throw new ExportError('sidecar is out of date; run analyze first');
  }
  const conv = offsetConverter(text);
  const spans: ExportSpan[] = [];
  for (const a of sidecar.annotations) {
    if (NOT_EXPORTED.has(a.status)) continue;
    // Empty or out-of-range spans cannot stand in any target format.
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= conv.codePointLength)) continue;
    const start16 = conv.toUtf16(a.start);
    const end16 = conv.toUtf16(a.end);
    spans.push({ annotation: a, label: a.label, start: a.start, end: a.end, start16, end16, text: text.slice(start16, end16) });
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end || x.annotation.id.localeCompare(y.annotation.id));
  return { text, sidecar, baseName, conv, spans };
}

/** "000_x.txt" -> "000_x"; a name without an extension stays as it is. */
export function stemOf(baseName: string): string {
  const dot = baseName.lastIndexOf('.');
  return dot > 0 ? baseName.slice(0, dot) : baseName;
}

/** The ISO value of a DATE ("2020-01-06", or "2020-01-06/2020-01-10" for a range), or undefined. */
export function dateValue(a: StoredAnnotation): string | undefined {
  if (a.label !== 'DATE' || !a.value) return undefined;
  return a.endValue ? `${a.value}/${a.endValue}` : a.value;
}

/** Wikidata QID of an annotation, when it looks like one. */
export function wikidataId(a: StoredAnnotation): string | undefined {
  return a.wikidata && /^Q\d+$/.test(a.wikidata) ? a.wikidata : undefined;
}

/** Metadata kept beside a mention in formats that have room for it (jsonl, Label Studio). */
export function metadataOf(s: ExportSpan): Record<string, unknown> {
  const a = s.annotation;
  const m: Record<string, unknown> = { id: a.id, start: s.start, end: s.end, label: a.label, status: a.status, source: a.source };
  if (a.kbId !== undefined) m.kbId = a.kbId;
  if (a.canonical !== undefined) m.canonical = a.canonical;
  if (a.wikidata !== undefined) m.wikidata = a.wikidata;
  if (a.correction) m.correction = { ...a.correction };
  if (a.label === 'DATE') {
    m.value = a.value ?? null;
    if (a.endValue !== undefined) m.endValue = a.endValue;
    if (a.likelyValue !== undefined) m.likelyValue = a.likelyValue;
    if (a.flags?.length) m.flags = [...a.flags];
  }
  return m;
}

/** Short human-readable notes for a mention: correction, date value, flags, KB entity. */
export function notesOf(a: StoredAnnotation): string[] {
  const notes: string[] = [];
  if (a.correction) notes.push(`correction: ${a.correction.replacement} (${a.correction.kind}, ${a.correction.confidence})`);
  const v = dateValue(a);
  if (v) notes.push(`value: ${v}`);
  else if (a.label === 'DATE' && a.value === null) notes.push('value: unresolved');
  if (a.likelyValue) notes.push(`likely value: ${a.likelyValue}`);
  if (a.flags?.length) notes.push(`flags: ${a.flags.join(', ')}`);
  return notes;
}
