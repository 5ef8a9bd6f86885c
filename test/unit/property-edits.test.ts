/**
 * Annotation workflow: a person's annotations (manual and accepted) survive editing.
 * Random edit sequences (insert, delete, replace, paste of a paragraph, undo) on the seed and on
 * generated articles, through AnnotatedDocument.applyEdit, with decisions and re-analysis in
 * between; invariants checked after every edit, then through the sidecar.
 * FUZZ_SCALE multiplies the number of edits; FUZZ_SEED changes the seed.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { AnchorMethod } from '../../src/core/annotations/anchor';
import type { TextChange } from '../../src/core/annotations/edits';
import type { Annotation } from '../../src/core/types';
import { smallAnalyzer } from './helpers';
import { articleArb, concreteEdit, editSpecArb, FC_SEED, paragraphs, scaled, SEED, structuralProblems, wordSpans } from '../fuzz/generators';

const EDITS_PER_RUN = 100;
const RUNS = scaled(100); // 100 x 100 = 10,000 edits by default

type Kind =
  | 'decided-dropped'
  | 'text-mismatch'
  | 'orphaned-though-unchanged'
  | 'moved-by-disjoint-edit'
  | 'orphaned-though-in-paragraph'
  | `structure:${string}`
  | 'sidecar-invalid'
  | 'roundtrip-differs'
  | 'reanchor-lost'
  | 'reanchor-structure';

const stats = {
  runs: 0,
  edits: 0,
  editsByKind: {} as Record<string, number>,
  analyses: 0,
  manual: 0,
  accepted: 0,
  checked: 0,
  checkedDisjoint: 0,
  checkedTouched: 0,
  orphaned: 0,
  roundtrips: 0,
  reanchored: { position: 0, quote: 0, fuzzy: 0, orphaned: 0 } as Record<AnchorMethod, number>,
  reanchorChecked: 0,
};
const violations = new Map<Kind, { count: number; runs: Set<number>; first: string }>();

function violation(kind: Kind, run: number, detail: () => string): void {
  let v = violations.get(kind);
  if (!v) violations.set(kind, (v = { count: 0, runs: new Set(), first: detail() }));
  v.count++;
  v.runs.add(run);
}

const isDecidedSnap = (a: Annotation) => (a.source === 'manual' || a.status === 'accepted') && a.status !== 'orphaned';
const show = (s: string) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s);

function paragraphOf(text: string, at: number): string {
  const p = paragraphs(text).find((x) => x.start <= at && at <= x.end);
  return p ? text.slice(p.start, p.end) : '';
}

/** One run: returns nothing, records statistics and violations. */
function runOne(run: number, text0: string, steps: [Parameters<typeof concreteEdit>[1], number, number][]): void {
  stats.runs++;
  const doc = new AnnotatedDocument(smallAnalyzer, text0, 'a.txt');
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  stats.analyses++;
  // Decisions before editing: accept every third suggestion, annotate some words by hand.
  doc.annotations.filter((a, i) => a.status === 'suggested' && i % 3 === 0).forEach((a) => doc.setStatus(a.id, 'accepted') && stats.accepted++);
  const spans = wordSpans(doc.text);
  for (let k = 0; k < 4 && spans.length; k++) {
    const s = spans[(run * 7 + k * 13) % spans.length];
    if (!doc.annotations.some((a) => a.source === 'manual' && a.start < s.end && s.start < a.end)) {
      doc.annotate(s.start, s.end, 'PERSON');
      stats.manual++;
    }
  }
  const sidecar0 = serializeSidecar(doc.toSidecar());
  let previous: { change: TextChange; before: string } | undefined;
  const log: string[] = [];

  for (const [spec, dice, pick] of steps) {
    const change = concreteEdit(doc.text, spec, previous);
    if (!change) continue;
    const before = doc.text;
    const idCount = new Map<string, number>();
    for (const a of doc.annotations) idCount.set(a.id, (idCount.get(a.id) ?? 0) + 1);
    // Annotations sharing an id cannot be followed by id (the duplicate is reported by 'structure').
    const snap = doc.annotations.filter((a) => isDecidedSnap(a) && idCount.get(a.id) === 1).map((a) => ({ ...a }));
    doc.applyEdit(change);
    stats.edits++;
    stats.editsByKind[spec.kind] = (stats.editsByKind[spec.kind] ?? 0) + 1;
    log.push(JSON.stringify(change));
    previous = { change, before };
    const text = doc.text;
    const delta = change.text.length - (change.end - change.start);
    const where = () => `run ${run}, edit #${log.length} ${JSON.stringify(change)} on a text of ${before.length}`;

    for (const s of snap) {
      stats.checked++;
      const a = doc.get(s.id);
      if (!a) {
        violation('decided-dropped', run, () => `${where()}: ${s.source}/${s.status} ${s.id} ${show(s.text)} at [${s.start}, ${s.end}) disappeared`);
        continue;
      }
      const disjoint = change.end <= s.start || change.start >= s.end;
      const shifted = change.end <= s.start ? s.start + delta : s.start;
      if (a.status === 'orphaned') stats.orphaned++;
      else if (text.slice(a.start, a.end) !== a.text) violation('text-mismatch', run, () => `${where()}: ${s.id} claims ${show(a.text)} at [${a.start}, ${a.end}), text has ${show(text.slice(a.start, a.end))}`);
      if (disjoint) {
        stats.checkedDisjoint++;
        // The text at its shifted position is unchanged by construction.
        if (a.status === 'orphaned') violation('orphaned-though-unchanged', run, () => `${where()}: ${s.id} ${show(s.text)} at [${s.start}, ${s.end}) orphaned by an edit that does not touch it`);
        else if (a.start !== shifted || a.end !== shifted + s.text.length) violation('moved-by-disjoint-edit', run, () => `${where()}: ${s.id} ${show(s.text)} [${s.start}, ${s.end}) -> [${a.start}, ${a.end}), expected start ${shifted}`);
      } else {
        stats.checkedTouched++;
        const still = [s.start, s.start + delta].some((p) => p >= 0 && text.slice(p, p + s.text.length) === s.text);
        if (a.status === 'orphaned' && still) violation('orphaned-though-unchanged', run, () => `${where()}: ${s.id} ${show(s.text)} orphaned though its text still stands at its position`);
        else if (a.status === 'orphaned') {
          const natural = s.start <= change.start ? s.start : change.start + change.text.length;
          if (paragraphOf(text, Math.min(natural, text.length)).includes(s.text)) {
            violation('orphaned-though-in-paragraph', run, () => `${where()}: ${s.id} ${show(s.text)} orphaned though its paragraph still contains it`);
          }
        }
      }
    }
    const problems = structuralProblems(text, doc.annotations);
    for (const p of problems) violation(`structure:${p.split(':')[0]}` as Kind, run, () => `${where()}: ${p}`);

    // Occasional re-analysis and decisions, as in the editor.
    if (dice < 2) {
      doc.analyze();
      stats.analyses++;
      const p = structuralProblems(doc.text, doc.annotations);
      for (const q of p) violation(`structure:${q.split(':')[0]}` as Kind, run, () => `${where()} then analyze(): ${q}`);
    } else if (dice < 5) {
      const open = doc.annotations.filter((a) => a.status === 'suggested');
      if (open.length) {
        doc.setStatus(open[pick % open.length].id, 'accepted');
        stats.accepted++;
      }
    } else if (dice < 7) {
      const ws = wordSpans(doc.text);
      if (ws.length) {
        const w = ws[pick % ws.length];
        doc.annotate(w.start, w.end, 'ORG');
        stats.manual++;
      }
    }
  }

  // Through the sidecar, same text: serialize -> restore gives the same annotations.
  const json = serializeSidecar(doc.toSidecar());
  const parsed = parseSidecar(json);
  if (!parsed.ok) violation('sidecar-invalid', run, () => `run ${run}: the sidecar of the edited document does not parse: ${parsed.problem}`);
  else {
    stats.roundtrips++;
    const again = new AnnotatedDocument(smallAnalyzer, doc.text, 'a.txt');
    again.restore(json);
    const key = (l: Annotation[]) => l.map((a) => `${a.id} ${a.start} ${a.end} ${a.status} ${a.label} ${JSON.stringify(a.text)}`).sort().join('\n');
    const k1 = key(doc.annotations).split('\n');
    const k2 = key(again.annotations).split('\n');
    if (k1.join('\n') !== k2.join('\n')) {
      violation('roundtrip-differs', run, () => `run ${run}: restore(serialize(toSidecar())) differs: before ${JSON.stringify(k1.filter((l) => !k2.includes(l)).slice(0, 2))}, after ${JSON.stringify(k2.filter((l) => !k1.includes(l)).slice(0, 2))} (text length ${doc.text.length})`);
    }
  }
  // Through the sidecar written before the edits: re-anchoring on the edited text.
  const re = new AnnotatedDocument(smallAnalyzer, doc.text, 'a.txt');
  const report = re.restore(sidecar0);
  for (const [m, n] of Object.entries(report.anchoring ?? {})) stats.reanchored[m as AnchorMethod] += n;
  const rp = structuralProblems(re.text, re.annotations);
  if (rp.length) violation('reanchor-structure', run, () => `run ${run}: restore(sidecar before edits) on the edited text: ${rp.slice(0, 3).join('; ')}`);
  for (const a of re.annotations) {
    if (a.source !== 'manual' && a.status !== 'accepted' && a.status !== 'orphaned') continue;
    stats.reanchorChecked++;
    const live = doc.get(a.id);
    if (a.status === 'orphaned' && live && live.status !== 'orphaned' && a.text !== '' && doc.text.includes(live.text) && live.text === JSON.parse(sidecar0).annotations.find((x: { id: string }) => x.id === a.id)?.text) {
      violation('reanchor-lost', run, () => `run ${run}: ${a.id} ${show(live.text)} orphaned by re-anchoring although its text is in the edited text at ${live.start}`);
    }
  }
}

describe('property: annotations survive edits (annotation workflow)', function () {
  this.timeout(120000);

  before(() => {
    const t0 = Date.now();
    const textArb = fc.oneof(fc.constant(SEED), articleArb);
    const stepArb = fc.tuple(editSpecArb, fc.noBias(fc.integer({ min: 0, max: 99 })), fc.noBias(fc.nat()));
    let run = 0;
    fc.assert(
      fc.property(textArb, fc.array(stepArb, { minLength: EDITS_PER_RUN, maxLength: EDITS_PER_RUN }), (text, steps) => {
        runOne(run++, text, steps);
      }),
      { seed: FC_SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(
      `      [property-edits] seed ${FC_SEED}: ${stats.runs} runs, ${stats.edits} edits ${JSON.stringify(stats.editsByKind)}, ${stats.analyses} analyses, ` +
        `${stats.manual} manual + ${stats.accepted} accepted decisions, ${stats.checked} annotation checks (${stats.checkedDisjoint} disjoint, ${stats.checkedTouched} touched), ` +
        `${stats.orphaned} orphaned observations, ${stats.roundtrips} sidecar round trips, re-anchored ${JSON.stringify(stats.reanchored)} (${stats.reanchorChecked} decided checked), ${Date.now() - t0} ms`,
    );
    for (const [k, v] of violations) console.log(`      [property-edits] VIOLATION ${k}: ${v.count} times in ${v.runs.size} runs; first: ${v.first}`);
  });

  const expectNone = (kind: Kind) => {
    const v = violations.get(kind);
    assert.ok(!v, v && `${kind}: ${v.count} times in ${v.runs.size} runs; first: ${v.first}`);
  };

  it('ran the full number of edits on the seed and on generated articles', () => {
    assert.ok(stats.edits >= RUNS * EDITS_PER_RUN * 0.95, `only ${stats.edits} edits applied`);
    assert.ok(stats.checked > stats.edits, `only ${stats.checked} annotation checks`);
    assert.ok(stats.checkedTouched > 100, `only ${stats.checkedTouched} edits touched a decided annotation`);
    for (const k of ['insert', 'delete', 'replace', 'paste', 'undo']) assert.ok((stats.editsByKind[k] ?? 0) > 0, `no ${k} edit`);
  });
  it('a decided annotation is never dropped by an edit', () => expectNone('decided-dropped'));
  it('every manual/accepted annotation covers exactly its text or is orphaned', () => expectNone('text-mismatch'));
  it('never orphaned while the text at its (shifted) position is unchanged', () => expectNone('orphaned-though-unchanged'));
  it('an edit elsewhere shifts an annotation by exactly the edit delta', () => expectNone('moved-by-disjoint-edit'));
  it('orphaned only when its text is gone from its paragraph', () => expectNone('orphaned-though-in-paragraph'));
  for (const sub of ['out of bounds', 'duplicate id', 'not sorted', 'empty span', 'text mismatch']) {
    it(`after every edit and analyze(): no "${sub}" (annotations sorted, within bounds, ids unique, non-empty and matching unless orphaned)`, () => expectNone(`structure:${sub}`));
  }
  it('the sidecar of the edited document is valid and round-trips', () => {
    assert.ok(stats.roundtrips > 0 || violations.has('sidecar-invalid'));
    expectNone('sidecar-invalid');
    expectNone('roundtrip-differs');
  });
  it('re-anchoring the pre-edit sidecar on the edited text keeps decided annotations whose text is still there', () => {
    assert.ok(stats.reanchorChecked > 0);
    expectNone('reanchor-structure');
    expectNone('reanchor-lost');
  });
});
