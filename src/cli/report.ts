import type { Annotation } from '../core/types';
import type { AnnotatedDocument, LoadReport } from '../core/annotated-document';
import { LIKELY_CONFIDENCE } from '../core/types';

/** Line:column (1-based) of a UTF-16 offset. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${offset - last}`;
}

const count = (xs: Annotation[], f: (a: Annotation) => string): string =>
  [...xs.reduce((m, a) => m.set(f(a), (m.get(f(a)) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** The human-readable report of one analysed file. */
export function formatReport(file: string, doc: AnnotatedDocument, sidecarPath: string, load: LoadReport): string {
  const live = doc.annotations.filter((a) => a.status !== 'rejected' && a.status !== 'orphaned');
  const entities = live.filter((a) => a.label !== 'DATE');
  const dates = live.filter((a) => a.label === 'DATE');
  const fixes = live.filter((a) => a.correction);
  const lines = [
    `${file}  (${doc.text.length.toLocaleString('en')} characters; reference date ${doc.referenceDate ?? 'unknown'}${doc.referenceSource !== 'none' ? ` from ${doc.referenceSource}` : ''})`,
    `  entities ${entities.length}: ${count(entities, (a) => a.label) || 'none'}`,
    `  dates ${dates.length}${dates.some((d) => d.flags?.length) ? ` (${dates.filter((d) => d.flags?.length).length} flagged)` : ''}`,
  ];
  if (load.anchoring) lines.push(`  text changed since the sidecar: re-anchored ${Object.entries(load.anchoring).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push(`  misrendered names ${fixes.length}${fixes.length ? `: ${count(fixes, (a) => a.correction!.kind)}` : ''}`);
  for (const a of fixes) {
    const c = a.correction!;
    const strength = c.confidence >= LIKELY_CONFIDENCE ? 'likely' : 'weak';
    lines.push(`    ${lineCol(doc.text, a.start).padEnd(7)} ${a.text} -> ${c.replacement}  [${c.kind}, ${strength} ${c.confidence.toFixed(2)}] ${c.reason}`);
  }
  for (const d of dates.filter((x) => x.flags?.length)) {
    lines.push(`    ${lineCol(doc.text, d.start).padEnd(7)} date "${d.text}" = ${d.value ?? '?'}: ${d.flags!.join(', ')}${d.description ? ` (${d.description})` : ''}`);
  }
  lines.push(`  sidecar: ${sidecarPath}`);
  return lines.join('\n');
}
