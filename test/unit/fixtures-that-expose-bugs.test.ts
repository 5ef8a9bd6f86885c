/**
 * Issue 20: fixtures shaped to expose the bugs users would see. The seed article is pure ASCII
 * and names each person once per paragraph, so a code point / UTF-16 confusion or a re-anchoring
 * that ignores the quote's context passed every test. These invented articles put emoji, CJK and
 * combining marks before the names, and repeat a name with only the second occurrence decided.
 */
import assert from 'node:assert/strict';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { serializeSidecar } from '../../src/core/annotations/sidecar';
import { exportAnnotations } from '../../src/core/annotations/exporters';
import { smallAnalyzer } from './helpers';

/** Code point slice, computed independently of the code under test. */
const cpSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

// Before the names: an emoji with a skin-tone modifier and a flag (4 UTF-16 units each, 2 code
// points), CJK, and a letter with a combining accent, so every offset after them differs by
// counting method.
const UNICODE_ARTICLE = [
  'Reporters 👋🏾 filed from 🇱🇾 and 北京 on the cafe\u0301 terrace.',
  '',
  'Khalifa Haftar met Sarraj in Tripoli on Monday, 利比亚 officials said.',
].join('\n');

const NAMES = ['Khalifa Haftar', 'Sarraj', 'Tripoli'];

function analysed(text: string): AnnotatedDocument {
  const doc = new AnnotatedDocument(smallAnalyzer, text, 'unicode.txt');
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  return doc;
}

describe('fixture: emoji, CJK and combining marks before the names', () => {
  it('finds each name at offsets that slice out the name, in the editor and in the sidecar', () => {
    const doc = analysed(UNICODE_ARTICLE);
    const sidecar = doc.toSidecar();
    for (const name of NAMES) {
      const a = doc.annotations.find((x) => x.text === name);
      assert.ok(a, `${name} is found`);
      assert.equal(UNICODE_ARTICLE.slice(a.start, a.end), name, `${name}: editor offsets (UTF-16)`);
      const stored = sidecar.annotations.find((x) => x.id === a.id)!;
      assert.equal(cpSlice(UNICODE_ARTICLE, stored.start, stored.end), name, `${name}: sidecar offsets (code points)`);
      assert.ok(stored.start < a.start, `${name}: code point offset below the UTF-16 one after the emoji`);
    }
  });

  it('exports brat offsets in code points', () => {
    const doc = analysed(UNICODE_ARTICLE);
    const ann = exportAnnotations('brat', UNICODE_ARTICLE, doc.toSidecar(), 'unicode.txt').find((f) => f.name.endsWith('.ann'))!;
    for (const name of NAMES) {
      const line = ann.content.split('\n').find((l) => l.startsWith('T') && l.endsWith(`\t${name}`));
      assert.ok(line, `a T line for ${name}`);
      const [start, end] = line.split('\t')[1]!.split(' ').slice(1).map(Number);
      assert.equal(cpSlice(UNICODE_ARTICLE, start!, end!), name, `brat offsets of ${name}`);
    }
  });

  it('restores the sidecar on the same text by position, and finds the names again after an edit before them', () => {
    const doc = analysed(UNICODE_ARTICLE);
    const haftar = doc.annotations.find((x) => x.text === 'Khalifa Haftar')!;
    doc.setStatus(haftar.id, 'accepted');
    const json = serializeSidecar(doc.toSidecar());

    // A different copy of the text forces re-anchoring; unchanged offsets must be found by position.
    const same = new AnnotatedDocument(smallAnalyzer, UNICODE_ARTICLE + '\n', 'unicode.txt');
    const sameReport = same.restore(json);
    assert.equal(sameReport.anchoring?.position, doc.annotations.length, `all found by position: ${JSON.stringify(sameReport.anchoring)}`);

    const edited = UNICODE_ARTICLE.replace('北京', '北京 🎉🎉 and 東京');
    const again = new AnnotatedDocument(smallAnalyzer, edited, 'unicode.txt');
    again.restore(json);
    const moved = again.get(haftar.id)!;
    assert.equal(edited.slice(moved.start, moved.end), 'Khalifa Haftar');
    assert.equal(moved.status, 'accepted');
  });
});

describe('fixture: one name twice, only the second occurrence accepted', () => {
  const ARTICLE = [
    'Haftar was mentioned in an early wire report about the port.',
    '',
    'Later the marshal spoke: Haftar said the talks in Tripoli would go on.',
  ].join('\n');

  it('re-anchoring after a long insertion at the top keeps the decision on the second "Haftar"', () => {
    const doc = analysed(ARTICLE);
    const second = ARTICLE.indexOf('Haftar', 1);
    const a = doc.annotations.find((x) => x.start === second && x.text === 'Haftar');
    assert.ok(a, 'the second Haftar is annotated');
    doc.setStatus(a.id, 'accepted');
    const json = serializeSidecar(doc.toSidecar());

    // The insertion is longer than the gap between the two names, so the second name's old
    // offset now lies nearer the first one: only the quote's context tells them apart.
    const inserted = 'Editor\u2019s note: this story was updated with comments from both sides and a correction. '.repeat(2) + '\n\n';
    const changed = inserted + ARTICLE;
    const again = new AnnotatedDocument(smallAnalyzer, changed, 'unicode.txt');
    again.restore(json);
    const kept = again.get(a.id)!;
    assert.equal(kept.status, 'accepted');
    assert.equal(
      kept.start,
      changed.indexOf('Haftar', inserted.length + 1),
      `the accepted Haftar should stay the second one ("...spoke: Haftar said"), not jump to "${changed.slice(kept.start - 20, kept.end + 10)}"`,
    );
  });
});
