/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD.
 *
 * The file is a JSON array of complete, self-contained `Annotation`s, each with its own
 * `"@context": "http://www.w3.org/ns/anno.jsonld"` (valid JSON-LD; each item can be POSTed as it is
 * to a Web Annotation Protocol server, which takes one annotation per request). No
 * AnnotationCollection wrapper.
 *
 * One annotation per mention:
 * - `id`: `urn:news-annotator:<file>#<annotation id>` (both percent-encoded), stable across exports.
 * - `motivation`: `identifying` when linked to a knowledge-base entity, else `classifying`.
 * - `target`: `{ source: <file name>, selector: [TextQuoteSelector {exact, prefix, suffix},
 *   TextPositionSelector {start, end}] }`, positions in code points as the model requires;
 *   prefix and suffix are up to 32 code points of the current text.
 * - `body`: `TextualBody` purpose `classifying` with the label; a `SpecificResource` purpose
 *   `identifying` with `source` `http://www.wikidata.org/entity/Q…` (or `kb:<kbId>`); for a
 *   correction a `TextualBody` purpose `editing` with the replacement and one purpose `commenting`
 *   with kind, confidence and reason; for a resolved DATE a `TextualBody` purpose `describing`
 *   with the ISO value (`start/end` for a range).
 */
import { dateValue, prepare, stemOf, wikidataId, type ExportFile } from './common';
import type { Sidecar } from '../sidecar';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

export function annotationIri(baseName: string, id: string): string {
  return `urn:news-annotator:${encodeURIComponent(baseName)}#${encodeURIComponent(id)}`;
}

export function exportW3c(text: string, sidecar: Sidecar, baseName: string): ExportFile[] {
  const { spans, conv } = prepare(text, sidecar, baseName);
  const items = spans.map((s) => {
    const a = s.annotation;
    const body: Array<Record<string, unknown>> = [{ type: 'TextualBody', purpose: 'classifying', value: s.label, format: 'text/plain' }];
    const qid = wikidataId(a);
    const linked = Boolean(qid || a.kbId);
    if (linked) {
      const resource: Record<string, unknown> = { type: 'SpecificResource', purpose: 'identifying', source: qid ? `http://www.wikidata.org/entity/${qid}` : `kb:${a.kbId}` };
      body.push(resource);
    }
    if (a.correction) {
      body.push({ type: 'TextualBody', purpose: 'editing', value: a.correction.replacement, format: 'text/plain' });
      body.push({
        type: 'TextualBody',
        purpose: 'commenting',
        // A --compact sidecar has no reason: the comment then ends at the confidence.
        value: `${a.correction.kind} (confidence ${a.correction.confidence})${a.correction.reason ? `: ${a.correction.reason}` : ''}`,
        format: 'text/plain',
      });
    }
    const v = dateValue(a);
    if (v) body.push({ type: 'TextualBody', purpose: 'describing', value: v, format: 'text/plain' });
    const prefixStart = conv.toUtf16(Math.max(0, s.start - CONTEXT_CHARS));
    const suffixEnd = conv.toUtf16(Math.min(conv.codePointLength, s.end + CONTEXT_CHARS));
    return {
      '@context': W3C_CONTEXT,
      id: annotationIri(baseName, a.id),
      type: 'Annotation',
      motivation: linked ? 'identifying' : 'classifying',
      generator: { id: 'urn:news-annotator', type: 'Software', name: 'News Annotator' },
      body,
      target: {
        source: baseName,
        selector: [
          { type: 'TextQuoteSelector', exact: s.text, prefix: text.slice(prefixStart, s.start16), suffix: text.slice(s.end16, suffixEnd) },
          { type: 'TextPositionSelector', start: s.start, end: s.end },
        ],
      },
    };
  });
  return [{ name: `${stemOf(baseName)}.jsonld`, content: `${JSON.stringify(items, null, 2)}\n` }];
}
