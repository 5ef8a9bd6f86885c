/**
 * Label Studio import JSON: one task with the mentions as predictions (pre-annotations),
 * `[{ data: { text, source, referenceDate }, predictions: [{ model_version: "news-annotator",
 * result: [{ id, from_name: "label", to_name: "text", type: "labels",
 * value: { start, end, text, labels: [label] }, meta?: { text: [notes] } }] }] }]`.
 *
 * Offsets: Unicode CODE POINTS, not UTF-16 units. Label Studio's Text tag stores code point
 * offsets since its emoji fix (HumanSignal/label-studio PR #1559 -> label-studio-frontend #308;
 * its e2e test "NER - Emoji - Text: Should calculate offsets by code points in text" expects
 * "test" at 21..25 in "🐱 Warning: This is a test text"), so that `text[start:end]` works in
 * Python. CRLF counts as two characters, as Label Studio counts it.
 *
 * Labels are the sidecar's; the project's labeling config must declare them, e.g.
 * `<View><Labels name="label" toName="text"><Label value="PERSON"/>…<Label value="DATE"/></Labels>
 * <Text name="text" value="$text"/></View>`. Corrections, KB links and date values go into the
 * region's `meta.text` (shown as the region's meta in the editor).
 */
import { LABELS } from '../../types';
import { notesOf, prepare, stemOf, type ExportFile } from './common';
import type { Sidecar } from '../sidecar';

/** A labeling config matching this export. */
export const LABEL_STUDIO_CONFIG = `<View>
  <Labels name="label" toName="text">
${LABELS.map((l) => `    <Label value="${l}"/>`).join('\n')}
  </Labels>
  <Text name="text" value="$text"/>
</View>
`;

export function exportLabelStudio(text: string, sidecar: Sidecar, baseName: string): ExportFile[] {
  const { spans } = prepare(text, sidecar, baseName);
  const result = spans.map((s) => {
    const a = s.annotation;
    const notes = notesOf(a);
    if (a.kbId || a.wikidata) notes.unshift(`entity: ${[a.canonical, a.wikidata, a.kbId].filter(Boolean).join(' | ')}`);
    return {
      id: a.id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: s.start, end: s.end, text: s.text, labels: [s.label] },
      ...(notes.length ? { meta: { text: notes } } : {}),
    };
  });
  const task = [
    {
      data: { text, source: baseName, referenceDate: sidecar.document.referenceDate ?? null },
      predictions: [{ model_version: 'news-annotator', result }],
    },
  ];
  return [{ name: `${stemOf(baseName)}.labelstudio.json`, content: `${JSON.stringify(task, null, 2)}\n` }];
}
