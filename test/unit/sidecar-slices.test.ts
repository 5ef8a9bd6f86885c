// A long article's sidecar is read in slices in the editor: the result must be exactly what one
// parse of the whole gives, for the sidecars the extension writes and for broken ones.
import assert from 'node:assert/strict';
import { AnnotatedDocument, SidecarProblem } from '../../src/core/annotated-document';
import { parseSidecar, parseSidecarInSlices, serializeSidecar } from '../../src/core/annotations/sidecar';
import { arraySlicesUnderKey } from '../../src/core/annotations/json-array-slices';
import { prng, smallAnalyzer } from './helpers';

// Quotes, backslashes, brackets, commas and an astral character near the names: the sidecar's
// context fields carry them as JSON escapes.
const LINES = [
  'Prime Minister salaj met haftal in Tripoli on Monday, January 6, 2020.',
  'He said "Libya [and] Turkey, {both}" would talk \\ again 😀 next week.',
  'The Libyan National Army (LNA) and the GNA met in Tripoli on the 5th.',
  'Mevlut Cavusoglu said "salaj\\" was in Ankara, Turkey, on Sunday.',
];

/** An analysed article of `lines` lines (several annotations per line). */
function article(lines: number): AnnotatedDocument {
  const text = Array.from({ length: lines }, (_, i) => `${LINES[i % LINES.length]} (${i})`).join('\n\n');
  const doc = new AnnotatedDocument(smallAnalyzer, text, 'long.txt');
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  return doc;
}

let pauses = 0;
const pause = async (): Promise<void> => {
  pauses++;
};

describe('sidecar read in slices', () => {
  const doc = article(300);
  const json = serializeSidecar(doc.toSidecar());

  it('cuts the annotations between elements only, into runs that parse on their own', () => {
    const s = arraySlicesUnderKey(json, 'annotations', 5_000)!;
    assert.ok(s.runs.length > 5, `several runs (${s.runs.length})`);
    assert.equal(json[s.open], '[');
    assert.equal(json[s.close], ']');
    const elements = s.runs.flatMap(([a, b]) => JSON.parse(`[${json.slice(a, b)}]`) as unknown[]);
    assert.deepEqual(elements, JSON.parse(json).annotations);
  });

  it('gives what one parse gives, pausing between slices', async () => {
    pauses = 0;
    const sliced = await parseSidecarInSlices(json, pause, 5_000);
    assert.deepEqual(sliced, parseSidecar(json));
    assert.ok(sliced.ok && sliced.sidecar.annotations.length > 1_000);
    assert.ok(pauses > 10, `paused ${pauses} times`);
  });

  it('gives what one parse gives on 600 damaged copies (syntax and schema errors in any slice)', async () => {
    const small = serializeSidecar(article(60).toSidecar());
    const rnd = prng(17);
    const at = () => Math.floor(rnd() * small.length);
    const damages: Array<(s: string) => string> = [
      (s) => { const i = at(); return s.slice(0, i) + s.slice(i + 1); },
      (s) => { const i = at(); return s.slice(0, i) + '"{}[],:\\\n 1x'[Math.floor(rnd() * 13)] + s.slice(i); },
      (s) => { const i = s.indexOf('"label": "', at()); return i < 0 ? s : `${s.slice(0, i)}"label": "NOPE${s.slice(i + 10)}`; },
      (s) => { const i = s.indexOf('"start": ', at()); return i < 0 ? s : `${s.slice(0, i)}"start": "${s.slice(i + 9)}`; },
      (s) => { const i = s.indexOf('\n', at()); const j = s.indexOf('\n', i + 1); return i < 0 || j < 0 ? s : s.slice(0, i) + s.slice(j); },
      (s) => { const i = s.indexOf('\n', at()); const j = s.indexOf('\n', i + 1); return i < 0 || j < 0 ? s : s.slice(0, j) + s.slice(i, j) + s.slice(j); },
    ];
    const kinds = new Map<string, number>();
    for (let k = 0; k < 600; k++) {
      const broken = damages[k % damages.length](small);
      const whole = parseSidecar(broken);
      assert.deepEqual(await parseSidecarInSlices(broken, pause, 2_000), whole, `damage ${k}`);
      const kind = whole.ok ? 'ok' : whole.kind;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    assert.ok((kinds.get('syntax') ?? 0) > 50 && (kinds.get('schema') ?? 0) > 50 && (kinds.get('ok') ?? 0) > 20, JSON.stringify([...kinds]));
  });

  it('names the right annotation when one in a late slice breaks the schema', async () => {
    const stored = doc.toSidecar();
    stored.annotations[900].label = 'NOPE' as never;
    const broken = serializeSidecar(stored);
    const sliced = await parseSidecarInSlices(broken, pause, 5_000);
    assert.deepEqual(sliced, parseSidecar(broken));
    assert.ok(!sliced.ok && sliced.problem.includes('/annotations/900/label'), !sliced.ok ? sliced.problem : '');
  });

  it('reads other layouts whole: compact JSON, a BOM, the key also in a value, no annotations', async () => {
    const variants = [
      JSON.stringify(doc.toSidecar()),
      `\uFEFF${json}`,
      serializeSidecar({ ...doc.toSidecar(), document: { ...doc.toSidecar().document, path: 'annotations' } }),
      serializeSidecar({ ...doc.toSidecar(), annotations: [] }),
    ];
    for (const v of variants) assert.deepEqual(await parseSidecarInSlices(v, pause, 5_000), parseSidecar(v));
  });

  it('restores in slices what restore gives: same text, changed text, and a broken sidecar', async () => {
    const long = article(700); // more than 2,000 annotations: two restoring slices
    const stored = serializeSidecar(long.toSidecar());
    assert.ok(long.annotations.length > 2_000, `${long.annotations.length} annotations`);
    for (const text of [long.text, `A new first line.\n\n${long.text.replace('haftal', 'Haftar')}`]) {
      const one = new AnnotatedDocument(smallAnalyzer, text, 'long.txt');
      const reportOne = one.restore(stored);
      const sliced = new AnnotatedDocument(smallAnalyzer, text, 'long.txt');
      pauses = 0;
      const reportSliced = await sliced.restoreInSlices(stored, pause);
      assert.deepEqual(reportSliced, reportOne);
      assert.deepEqual(sliced.annotations, one.annotations);
      assert.deepEqual([sliced.history, sliced.referenceDate], [one.history, one.referenceDate]);
      assert.ok(pauses >= 3);
    }
    const broken = stored.replace('"version": 1', '"version": 9');
    await assert.rejects(new AnnotatedDocument(smallAnalyzer, long.text, 'long.txt').restoreInSlices(broken, pause), (e: SidecarProblem) => e.kind === 'newer-version');
  });
});
