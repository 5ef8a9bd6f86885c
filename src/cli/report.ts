import type { Annotation } from '../core/types';
import type { AnnotatedDocument, LoadReport } from '../core/annotated-document';
import { LIKELY_CONFIDENCE } from '../core/types';

/** Line:column (1-based) of a UTF-16 offset. */
export function lineColIn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${offset - last}`;
}

/** What the CLI says about one file: printed as text, or as JSON with --json. */
export interface FileSummary {
  file: string;
  sidecar: string;
  characters: number;
  referenceDate: string | null;
  referenceSource: string;
  /** Live annotations per label. */
  labels: Record<string, number>;
  misrendered: Array<{ at: string; text: string; replacement: string; kind: string; confidence: number; reason: string }>;
  flaggedDates: Array<{ at: string; text: string; value: string | null; flags: string[]; likelyValue: string | null; reason?: string }>;
  /** How annotations were found again when the text changed since the sidecar. */
  reanchored?: Record<string, number>;
  /** fix: the corrections applied, at their place in the text as it was. */
  fixed?: Array<{ at: string; from: string; to: string; kind: string }>;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function summarizeFile(file: string, doc: AnnotatedDocument, sidecarPath: string, load: LoadReport): FileSummary {
  const live = doc.annotations.filter((a) => a.status !== 'rejected' && a.status !== 'orphaned');
  const labels: Record<string, number> = {};
  for (const a of live) labels[a.label] = (labels[a.label] ?? 0) + 1;
  const at = (a: Annotation) => `${file}:${lineColIn(doc.text, a.start)}`;
  return {
    file,
    sidecar: sidecarPath,
    characters: doc.text.length,
    referenceDate: doc.referenceDate,
    referenceSource: doc.referenceSource,
    labels,
    misrendered: live
      .filter((a) => a.correction)
      .map((a) => ({ at: at(a), text: a.text, replacement: a.correction!.replacement, kind: a.correction!.kind, confidence: round2(a.correction!.confidence), reason: a.correction!.reason })),
    flaggedDates: live
      .filter((a) => a.label === 'DATE' && a.flags?.length)
      .map((a) => ({ at: at(a), text: a.text, value: a.value ?? null, flags: [...a.flags!], likelyValue: a.likelyValue ?? null, ...(a.description ? { reason: a.description } : {}) })),
    ...(load.anchoring ? { reanchored: { ...load.anchoring } } : {}),
  };
}

const countsText = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((s, n) => s + n, 0);

/** The human-readable report of one analysed file; locations read FILE:LINE:COL (terminals link them). */
export function formatReport(s: FileSummary): string {
  const { DATE: dates = 0, ...entities } = s.labels;
  const source = s.referenceSource !== 'none' ? ` from ${s.referenceSource}` : '';
  const lines = [
    `${s.file}  (${s.characters.toLocaleString('en')} characters; reference date ${s.referenceDate ?? 'unknown'}${source})`,
    `  entities ${total(entities)}: ${countsText(entities) || 'none'}`,
    `  dates ${dates}${s.flaggedDates.length ? ` (${s.flaggedDates.length} flagged)` : ''}`,
  ];
  if (s.reanchored) lines.push(`  text changed since the sidecar: re-anchored ${Object.entries(s.reanchored).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const kinds: Record<string, number> = {};
  for (const m of s.misrendered) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
  lines.push(`  misrendered names ${s.misrendered.length}${s.misrendered.length ? `: ${countsText(kinds)}` : ''}`);
  for (const m of s.misrendered) {
    const strength = m.confidence >= LIKELY_CONFIDENCE ? 'likely' : 'weak';
    // A decision kept from a --compact sidecar may have no reason.
    lines.push(`    ${m.at}  ${m.text} -> ${m.replacement}  [${m.kind}, ${strength} ${m.confidence.toFixed(2)}]${m.reason ? ` ${m.reason}` : ''}`);
  }
  for (const d of s.flaggedDates) {
    lines.push(`    ${d.at}  date "${d.text}" = ${d.value ?? '?'}: ${d.flags.join(', ')}${d.reason ? ` (${d.reason})` : ''}`);
  }
  lines.push(`  sidecar: ${s.sidecar}`);
  return lines.join('\n');
}

/** What `fix` changed in one file, one line per correction. */
export function formatFixes(s: FileSummary): string {
  const fixed = s.fixed ?? [];
  if (!fixed.length) return `${s.file}: nothing to fix`;
  return [...fixed.map((f) => `${f.at}  ${f.from} -> ${f.to}  [${f.kind}]`), `${s.file}: ${fixed.length} name${fixed.length === 1 ? '' : 's'} fixed`].join('\n');
}

/** Totals over a run. */
export class RunSummary {
  files = 0;
  failed = 0;
  labels: Record<string, number> = {};
  misrendered = 0;
  flaggedDates = 0;
  fixed = 0;

  add(s: FileSummary): void {
    this.files++;
    for (const [k, n] of Object.entries(s.labels)) this.labels[k] = (this.labels[k] ?? 0) + n;
    this.misrendered += s.misrendered.length;
    this.flaggedDates += s.flaggedDates.length;
    this.fixed += s.fixed?.length ?? 0;
  }

  toJSON(ms: number): Record<string, unknown> {
    return { files: this.files + this.failed, analysed: this.files, failed: this.failed, annotations: total(this.labels), labels: this.labels, misrendered: this.misrendered, flaggedDates: this.flaggedDates, fixed: this.fixed, seconds: round2(ms / 1000) };
  }

  /** One line: files, annotations per label, misrendered names, flagged dates, time. */
  line(command: string, ms: number): string {
    const all = this.files + this.failed;
    const head = `${this.files} of ${all} file${all === 1 ? '' : 's'} ${command === 'fix' ? 'fixed' : 'analysed'} in ${(ms / 1000).toFixed(1)} s`;
    const what = `${total(this.labels).toLocaleString('en')} annotations (${countsText(this.labels) || 'none'}), ${this.misrendered} misrendered names${command === 'fix' ? ` (${this.fixed} fixed)` : ''}, ${this.flaggedDates} flagged dates`;
    return `${head}: ${what}`;
  }
}
