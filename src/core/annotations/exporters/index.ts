/**
 * Exports of the annotations of one document to annotation-tool and NLP formats. Pure (no Node,
 * no vscode). Every exporter:
 * - exports what stands in the current `text` (offsets checked against it: a sidecar whose
 *   sha256 does not match the text raises `ExportError`), corrections as metadata only;
 * - leaves out annotations with status `rejected` or `orphaned`, and empty or out-of-range spans.
 */
import type { Sidecar } from '../sidecar';
import { exportBrat } from './brat';
import { exportConll } from './conll';
import { exportJsonl } from './jsonl';
import { exportLabelStudio } from './labelstudio';
import { exportW3c } from './w3c';
import type { ExportFile } from './common';

export { ExportError, type ExportFile } from './common';
export { CONLL_LABELS } from './conll';
export { LABEL_STUDIO_CONFIG } from './labelstudio';

export const EXPORT_FORMATS = ['brat', 'conll', 'jsonl', 'w3c', 'labelstudio'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  /** File name endings written for a text `X.txt` (brat also writes the text copy `X.txt`). */
  extensions: string[];
  description: string;
}

export const FORMATS: Record<ExportFormat, FormatInfo> = {
  brat: { extensions: ['.ann', '.txt'], description: 'brat standoff: X.ann (code point offsets, KB links as N lines, corrections and dates as AnnotatorNotes) and a copy of the text' },
  conll: { extensions: ['.conll'], description: 'CoNLL-2003 columns "token _ _ TAG", IOB2; PERSON->PER, ORG/MEDIA->ORG, GPE/LOC/FAC->LOC, NORP/EVENT->MISC, DATE left out' },
  jsonl: { extensions: ['.jsonl'], description: 'spaCy/Prodigy JSONL, one line per document: text, spans (code point offsets), meta with KB links, corrections, dates' },
  w3c: { extensions: ['.jsonld'], description: 'W3C Web Annotation JSON-LD: an array of Annotations with TextQuote and TextPosition selectors (code points)' },
  labelstudio: { extensions: ['.labelstudio.json'], description: 'Label Studio import JSON: one task, mentions as predictions (code point offsets, from_name "label", to_name "text")' },
};

export function isExportFormat(s: string | undefined): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s ?? '');
}

const EXPORTERS: Record<ExportFormat, (text: string, sidecar: Sidecar, baseName: string) => ExportFile[]> = {
  brat: exportBrat,
  conll: exportConll,
  jsonl: exportJsonl,
  w3c: exportW3c,
  labelstudio: exportLabelStudio,
};

/**
 * The export files of one document. `text` is the document's current text, `sidecar` its
 * annotations (for that text), `baseName` the text's file name ("000_x.txt"): the output names
 * derive from it. Throws `ExportError` when the sidecar does not belong to the text.
 */
export function exportAnnotations(format: ExportFormat, text: string, sidecar: Sidecar, baseName: string): ExportFile[] {
  return EXPORTERS[format](text, sidecar, baseName);
}
