import assert from 'node:assert/strict';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { serializeSidecar } from '../../src/core/annotations/sidecar';
import { shiftAnnotations } from '../../src/core/annotations/edits';
import type { Annotation } from '../../src/core/types';
import { smallAnalyzer } from './helpers';

const TEXT = 'Khalifa Haftar met Erdogan in Tripoli.\n\nLibya talks went on. Haftar left Tripoli.';

function manual(text: string, s: string, n = 1): Annotation {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(s, at + 1);
  return { id: `m-${s}-${n}`, start: at, end: at + s.length, text: s, label: 'PERSON', status: 'accepted', source: 'manual' };
}

describe('annotations survive edits', () => {
  it('shift after an insertion before them, unchanged before it', () => {
    const a = manual(TEXT, 'Haftar', 2);
    const b = manual(TEXT, 'Khalifa Haftar');
    const out = shiftAnnotations([a, b], { start: 40, end: 40, text: 'New paragraph.\n\n' }, '');
    assert.equal(out.find((x) => x.id === a.id)!.start, a.start + 16);
    assert.equal(out.find((x) => x.id === b.id)!.start, b.start);
  });

  it('an edit that moves a decided name to the very start of the text keeps the annotation on it (#20)', () => {
    // "Gen. Haftar met ..." rewritten as "Haftar, the general, met ...": the name is now at offset 0.
    const text = 'Gen. Haftar met Erdogan in Tripoli.';
    const m = manual(text, 'Haftar');
    const change = { start: 0, end: 11, text: 'Haftar, the general,' };
    const newText = change.text + text.slice(change.end);
    const out = shiftAnnotations([m], change, newText);
    assert.deepEqual(out.map((a) => [a.status, a.start, a.end, newText.slice(a.start, a.end)]), [['accepted', 0, 6, 'Haftar']]);
  });

  it('re-anchors a decided name on the whole word, not on the nearer end of a longer word (#20)', () => {
    const text = 'Gen. Haftar met Erdogan in Tripoli.';
    const m = manual(text, 'Haftar');
    const change = { start: 0, end: 11, text: 'Haftar and AbuHaftar' };
    const newText = change.text + text.slice(change.end);
    const out = shiftAnnotations([m], change, newText);
    assert.deepEqual(out.map((a) => [a.status, a.start, a.end]), [['accepted', 0, 6]], 'on "Haftar", not inside "AbuHaftar" at 14');
  });

  it('an edit inside an annotation orphans a decision whose words are gone, drops a suggestion', () => {
    const text = TEXT;
    const m = manual(text, 'Erdogan');
    const s: Annotation = { ...m, id: 's', status: 'suggested', source: 'auto' };
    const change = { start: m.start + 2, end: m.start + 4, text: 'XX' };
    const newText = text.slice(0, change.start) + change.text + text.slice(change.end);
    const out = shiftAnnotations([m, s], change, newText);
    assert.equal(out.length, 1);
    assert.equal(out[0].status, 'orphaned');
  });

  it('re-anchors a sidecar when the text changed outside the editor: position, quote, fuzzy, orphan', () => {
    const doc = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
    doc.annotations = [manual(TEXT, 'Erdogan'), manual(TEXT, 'Haftar', 2), manual(TEXT, 'Libya talks'), manual(TEXT, 'Khalifa Haftar')];
    const json = serializeSidecar(doc.toSidecar());
    const changed = 'Breaking news.\n\n' + TEXT.replace('Libya talks', 'Libyan talks').replace('Khalifa Haftar', 'The marshal');
    const again = new AnnotatedDocument(smallAnalyzer, changed, 'a.txt');
    const report = again.restore(json);
    const by = (id: string) => again.get(id)!;
    assert.equal(changed.slice(by('m-Erdogan-1').start, by('m-Erdogan-1').end), 'Erdogan');
    assert.equal(changed.slice(by('m-Haftar-2').start, by('m-Haftar-2').end), 'Haftar');
    assert.equal(changed.slice(by('m-Libya talks-1').start, by('m-Libya talks-1').end), 'Libyan talks');
    assert.equal(by('m-Khalifa Haftar-1').status, 'orphaned');
    assert.deepEqual(report.anchoring, { position: 0, quote: 2, fuzzy: 1, orphaned: 1 });
  });

  it('re-analysis keeps manual and accepted annotations untouched', () => {
    const doc = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
    const m = { ...manual(TEXT, 'Libya talks'), label: 'EVENT' as const };
    doc.annotations = [m];
    doc.analyze();
    assert.deepEqual(doc.get(m.id), m);
    assert.equal(doc.annotations.filter((a) => a.start < m.end && m.start < a.end).length, 1);
  });
});
