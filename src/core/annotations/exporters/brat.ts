/**
 * brat standoff (https://brat.nlplab.org/standoff.html): `X.ann` beside a copy of the text.
 *
 * - Offsets are Unicode code points into the text as it stands (CR of a CRLF counts: brat reads
 *   the .txt without newline translation).
 * - A T line's text must equal the text at its offsets and may not contain line breaks or tabs,
 *   so a span crossing a line break becomes brat fragments `start end;start end`, each trimmed of
 *   surrounding whitespace; the text field is then the fragments joined by single spaces (brat's
 *   convention). A span that is only whitespace is not exported.
 * - Entity types are the sidecar labels unchanged (PERSON ORG GPE LOC NORP MEDIA FAC EVENT DATE).
 * - KB links: `N1\tReference T1 Wikidata:Q567\tAngela Merkel`, or `KB:<kbId>` without a QID.
 * - Corrections, date values and date flags: one `#1\tAnnotatorNotes T1\t...` per mention,
 *   notes separated by "; " (e.g. `correction: Haftar (transliteration, 0.95); ...`, `value: 2020-01-06`).
 */
import { notesOf, prepare, stemOf, wikidataId, type ExportFile } from './common';
import type { Sidecar } from '../sidecar';

/** Characters that may not appear inside a fragment: line breaks and the field separator. */
const BREAK = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;

/** brat fragments (UTF-16 offsets) of text[start16, end16): split at breaks, trimmed, non-empty. */
export function fragments(text: string, start16: number, end16: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s < e) out.push([s, e]);
  };
  const body = text.slice(start16, end16);
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(body); m; m = BREAK.exec(body)) {
    push(start16 + from, start16 + m.index);
    from = m.index + m[0].length;
  }
  push(start16 + from, end16);
  return out;
}

/** One-line field content: no tabs or line breaks. */
const oneLine = (s: string): string => s.replace(BREAK, ' ').trim();

export function exportBrat(text: string, sidecar: Sidecar, baseName: string): ExportFile[] {
  const { spans, conv } = prepare(text, sidecar, baseName);
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  let note = 0;
  for (const s of spans) {
    const frags = fragments(text, s.start16, s.end16);
    if (!frags.length) continue;
    const tid = `T${++t}`;
    const offsets = frags.map(([a, b]) => `${conv.toCodePoint(a)} ${conv.toCodePoint(b)}`).join(';');
    lines.push(`${tid}\t${s.label} ${offsets}\t${frags.map(([a, b]) => text.slice(a, b)).join(' ')}`);
    const a = s.annotation;
    const qid = wikidataId(a);
    if (qid || a.kbId) {
      const ref = qid ? `Wikidata:${qid}` : `KB:${a.kbId}`;
      lines.push(`N${++n}\tReference ${tid} ${ref.replace(/\s+/g, '_')}\t${oneLine(a.canonical ?? a.kbId ?? qid ?? '')}`);
    }
    const notes = notesOf(a);
    if (notes.length) lines.push(`#${++note}\tAnnotatorNotes ${tid}\t${oneLine(notes.join('; '))}`);
  }
  return [
    { name: `${stemOf(baseName)}.ann`, content: lines.length ? `${lines.join('\n')}\n` : '' },
    { name: baseName, content: text },
  ];
}
