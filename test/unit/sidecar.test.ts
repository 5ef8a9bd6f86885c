import assert from 'node:assert/strict';
import { AnnotatedDocument, SidecarProblem } from '../../src/core/annotated-document';
import { parseSidecar, serializeSidecar, sidecarTextInPieces, textSha256 } from '../../src/core/annotations/sidecar';
import { smallAnalyzer } from './helpers';

const TEXT = '😀 Prime Minister salaj met haftal in Tripoli on Monday.\nLibya and Libya.';

function analysed(text = TEXT): AnnotatedDocument {
  const doc = new AnnotatedDocument(smallAnalyzer, text, 'a.txt');
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  return doc;
}

describe('sidecar', () => {
  it('stores code point offsets, quote context, sorted annotations, and validates', () => {
    const s = analysed().toSidecar();
    assert.equal(s.format, 'news-annotator');
    assert.equal(s.version, 1);
    assert.equal(s.document.sha256, textSha256(TEXT));
    assert.equal(s.document.length, [...TEXT].length);
    assert.equal(s.document.referenceDate, '2020-01-08');
    const cps = [...TEXT];
    for (const a of s.annotations) assert.equal(cps.slice(a.start, a.end).join(''), a.text, `${a.id} covers its text`);
    const salaj = s.annotations.find((a) => a.text === 'salaj')!;
    assert.equal(salaj.start, 17, 'the emoji counts as one code point (UTF-16 would say 18)');
    assert.equal(salaj.prefix, '😀 Prime Minister ');
    assert.deepEqual(s.annotations.map((a) => a.start), [...s.annotations.map((a) => a.start)].sort((x, y) => x - y));
    assert.deepEqual(parseSidecar(serializeSidecar(s)).ok, true);
  });

  it('round-trips: restore gives the same annotations', () => {
    const doc = analysed();
    const json = serializeSidecar(doc.toSidecar());
    const again = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
    again.restore(json);
    assert.deepEqual(
      again.annotations.map((a) => [a.start, a.end, a.text, a.label]),
      doc.annotations.map((a) => [a.start, a.end, a.text, a.label]),
    );
    assert.equal(serializeSidecar(again.toSidecar()), json);
  });

  it('refuses broken, invalid and newer sidecars with a reason', () => {
    const doc = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
    assert.throws(() => doc.restore('{ "format": "news-annotator", '), (e: SidecarProblem) => e.kind === 'syntax' && /not valid JSON/.test(e.message));
    assert.throws(() => doc.restore('{"format":"news-annotator","version":1,"document":{}}'), (e: SidecarProblem) => e.kind === 'schema');
    assert.throws(() => doc.restore('{"format":"news-annotator","version":7,"document":{},"annotations":[]}'), (e: SidecarProblem) => e.kind === 'newer-version' && /version 7/.test(e.message));
  });

  it('applying a correction edits the text, shifts later annotations and logs it', () => {
    const doc = analysed();
    const salaj = doc.annotations.find((a) => a.text === 'salaj')!;
    const tripoliBefore = doc.annotations.find((a) => a.text === 'Tripoli')!.start;
    doc.correct(salaj.id, new Date('2026-01-01T00:00:00Z'));
    assert.ok(doc.text.includes('Prime Minister Sarraj met'));
    assert.equal(doc.annotations.find((a) => a.text === 'Tripoli')!.start, tripoliBefore + 1);
    assert.deepEqual(doc.history.at(-1), { at: '2026-01-01T00:00:00.000Z', action: 'correct', id: salaj.id, from: 'salaj', to: 'Sarraj' });
    const fixed = doc.get(salaj.id)!;
    assert.equal(fixed.status, 'accepted');
    assert.equal(fixed.correction, undefined);
  });

  it('an editor edit that puts the replacement over the name counts as the correction', () => {
    const doc = analysed();
    const haftal = doc.annotations.find((a) => a.text === 'haftal')!;
    doc.applyEdit({ start: haftal.start, end: haftal.end, text: 'Haftar' });
    assert.equal(doc.history.at(-1)?.to, 'Haftar');
  });

  it('rejected suggestions stay rejected after re-analysis', () => {
    const doc = analysed();
    const haftal = doc.annotations.find((a) => a.text === 'haftal')!;
    doc.setStatus(haftal.id, 'rejected');
    doc.analyze();
    const again = doc.annotations.filter((a) => a.text === 'haftal');
    assert.deepEqual(again.map((a) => a.status), ['rejected']);
  });

  it('fix all applies every likely correction', () => {
    const doc = analysed();
    const n = doc.correctAll();
    assert.ok(n.length >= 2);
    assert.ok(!/salaj|haftal/.test(doc.text));
    doc.analyze();
    assert.equal(doc.annotations.filter((a) => a.correction && a.correction.confidence >= 0.7).length, 0);
  });
});

describe('accepting never locks a garbled name in (issue 17)', () => {
  it('Accept All accepts the names but leaves the corrections on offer for Fix All', () => {
    const doc = analysed();
    doc.acceptAll();
    const haftal = doc.annotations.find((a) => a.text === 'haftal')!;
    assert.equal(haftal.status, 'suggested');
    doc.correctAll();
    assert.ok(!/haftal/.test(doc.text), 'Fix All after Accept All corrected "haftal"');
  });

  it('an accepted annotation that still carries its correction (an older sidecar) is corrected by Fix All', () => {
    const doc = analysed();
    const salaj = doc.annotations.find((a) => a.text === 'salaj')!;
    doc.setStatus(salaj.id, 'accepted');
    doc.correctAll();
    assert.ok(doc.text.includes('Minister Sarraj met'), doc.text);
  });
});

describe('corrections applied by an editor', () => {
  it('are recorded when the editor splits the replacement into minimal changes', () => {
    const doc = analysed();
    const salaj = doc.annotations.find((a) => a.text === 'salaj')!;
    // "salaj" -> "Sarraj" as two minimal changes, in descending order: "l" -> "rr", then "s" -> "S".
    doc.applyEdits([
      { start: salaj.start + 2, end: salaj.start + 3, text: 'rr' },
      { start: salaj.start, end: salaj.start + 1, text: 'S' },
    ]);
    assert.ok(doc.text.includes('Minister Sarraj met'));
    assert.deepEqual([doc.history.at(-1)?.from, doc.history.at(-1)?.to], ['salaj', 'Sarraj']);
    assert.equal(doc.get(salaj.id)?.text, 'Sarraj');
  });

  it('are not recorded for an edit that does not produce the replacement', () => {
    const doc = analysed();
    const salaj = doc.annotations.find((a) => a.text === 'salaj')!;
    doc.applyEdit({ start: salaj.start, end: salaj.start + 1, text: 'S' });
    assert.equal(doc.history.length, 0);
  });
});

describe('two copies of a sidecar', () => {
  it('merging keeps the decisions of both, the later one winning where they differ', () => {
    const ours = analysed();
    const theirs = analysed();
    const [a, b, c] = ours.annotations.filter((x) => x.label !== 'DATE');
    ours.setStatus(a.id, 'accepted', new Date('2026-01-01T10:00:00Z'));
    theirs.setStatus(b.id, 'rejected', new Date('2026-01-01T11:00:00Z'));
    theirs.setStatus(c.id, 'accepted', new Date('2026-01-01T09:00:00Z'));
    ours.setStatus(c.id, 'rejected', new Date('2026-01-01T12:00:00Z'));
    const manual = theirs.annotate(0, 2, 'MEDIA', undefined, new Date('2026-01-01T08:00:00Z'));
    ours.mergeFrom(serializeSidecar(theirs.toSidecar()));
    assert.equal(ours.get(a.id)?.status, 'accepted', 'ours kept');
    assert.equal(ours.get(b.id)?.status, 'rejected', 'theirs taken');
    assert.equal(ours.get(c.id)?.status, 'rejected', 'the later decision wins');
    assert.equal(ours.get(manual.id)?.source, 'manual', 'their manual annotation added');
    assert.equal(ours.history.length, 5);
  });
});

describe('orphaned annotations', () => {
  it('can be re-attached to text the person selects, and the history says so', () => {
    const doc = analysed();
    const manual = doc.annotate(doc.text.indexOf('Tripoli'), doc.text.indexOf('Tripoli') + 7, 'GPE');
    const at = doc.text.indexOf('Tripoli');
    doc.applyEdit({ start: at, end: at + 7, text: 'the capital' });
    assert.equal(doc.get(manual.id)?.status, 'orphaned');
    const start = doc.text.indexOf('the capital');
    assert.ok(doc.reattach(manual.id, start, start + 11));
    assert.deepEqual([doc.get(manual.id)?.text, doc.get(manual.id)?.status], ['the capital', 'accepted']);
    assert.equal(doc.history.at(-1)?.action, 'reanchor');
  });
});

describe('sidecar written in slices (long articles in the editor)', () => {
  it('is the same text as the sidecar written at once, and edits during the pauses do not reach it', async () => {
    const long = Array(12).fill(TEXT).join('\n\n');
    for (const doc of [analysed(), analysed(long), analysed('No names here.')]) {
      doc.history.push({ at: '2026-11-24T00:00:00.000Z', action: 'accept', id: doc.annotations[0]?.id ?? 'x' });
      const expected = serializeSidecar(doc.toSidecar());
      let pauses = 0;
      // Slices of 3 annotations; an edit lands during the first pause.
      const text = await sidecarTextInPieces(doc.text, doc.fileName, doc.annotations.map((a) => ({ ...a })), doc.referenceDate, [...doc.history], async () => void pauses++, 3);
      assert.equal(text, expected);
      if (doc.annotations.length > 6) assert.ok(pauses > 2, `paused ${pauses} times`);
      const snapshot = doc.sidecarTextInPieces(async () => {
        if (doc.text.startsWith('😀')) doc.applyEdit({ start: 0, end: 0, text: 'Breaking: ' });
      });
      assert.equal(await snapshot, expected);
    }
  });
});

describe('sidecar size (issue 17, item 12)', () => {
  it('writes one line per annotation, which parses back to the same annotations, at most 11 times the text on the seed', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { createBuiltinAnalyzer } = await import('../../src/core/kb/builtin');
    const seed = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_5427bc860031b65b.txt'), 'utf8');
    const doc = new AnnotatedDocument(createBuiltinAnalyzer(), seed, 'seed.txt');
    doc.analyze();
    const sidecar = doc.toSidecar();
    const json = serializeSidecar(sidecar);
    const lines = json.split('\n').filter((l) => l.startsWith('    { "id": '));
    assert.equal(lines.length, sidecar.annotations.length);
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(sidecar)));
    const ratio = Buffer.byteLength(json) / Buffer.byteLength(seed);
    assert.ok(ratio <= 11, `sidecar ${ratio.toFixed(1)} times the text`);
  });
});
