/**
 * spaCy / Prodigy JSONL: one line per document,
 * `{"text", "spans": [{"start", "end", "label", "text"}], "meta": {"source", "referenceDate", "annotations"}}`.
 *
 * Offsets are code points, as Python counts them: `text[start:end] == span["text"]` with the
 * `text` of the same line (which keeps CRLF as it is). Labels are the sidecar's (OntoNotes names,
 * as spaCy's English models use, plus MEDIA and DATE). `meta.annotations` has one entry per span,
 * in the same order, with the id, status, KB link, correction and date value.
 */
import { metadataOf, prepare, stemOf, type ExportFile } from './common';
import type { Sidecar } from '../sidecar';

export function exportJsonl(text: string, sidecar: Sidecar, baseName: string): ExportFile[] {
  const { spans } = prepare(text, sidecar, baseName);
  const record = {
    text,
    spans: spans.map((s) => ({ start: s.start, end: s.end, label: s.label, text: s.text })),
    meta: {
      source: baseName,
      referenceDate: sidecar.document.referenceDate ?? null,
      annotations: spans.map(metadataOf),
    },
  };
  return [{ name: `${stemOf(baseName)}.jsonl`, content: `${JSON.stringify(record)}\n` }];
}
