import assert from 'node:assert/strict';
import { reanchor } from '../../src/core/annotations/anchor';
import type { StoredAnnotation } from '../../src/core/annotations/sidecar';

// Which occurrence a stored annotation lands on when the text changed outside the editor
// (src/core/annotations/anchor.ts). Stryker found the choice untested: the prefix and the suffix
// could be ignored or counted backwards, ties broken the other way, the fuzzy ranking reversed, an
// orphan put past the end of the text, all with every test passing. ASCII texts: UTF-16 offsets
// are code points here.
function stored(text: string, start: number, extra: Partial<StoredAnnotation> = {}): StoredAnnotation {
  return { id: 'a', start, end: start + text.length, text, label: 'PERSON', status: 'accepted', source: 'manual', ...extra } as StoredAnnotation;
}
const one = (text: string, s: StoredAnnotation) => {
  const [r] = reanchor(text, [s]);
  return { start: r!.annotation.start, end: r!.annotation.end, method: r!.method, status: r!.annotation.status, text: r!.annotation.text };
};
const nth = (text: string, needle: string, n: number): number => {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(needle, at + 1);
  return at;
};

describe('re-anchoring picks the right occurrence', () => {
  const TEXT = 'Haftar spoke first in Sirte. Much later the marshal Haftar answered in Tripoli.';

  it('by position when the words there are unchanged, at that very span', () => {
    const at = nth(TEXT, 'Haftar', 1);
    assert.deepEqual(one(TEXT, stored('Haftar', at)), { start: at, end: at + 6, method: 'position', status: 'accepted', text: 'Haftar' });
  });

  it('the prefix decides between two occurrences, even against a nearer one', () => {
    // The old position (3) is nearer the first "Haftar" but not on a word of it.
    const s = stored('Haftar', 3, { prefix: 'the marshal ' });
    assert.deepEqual(one(TEXT, s), { start: nth(TEXT, 'Haftar', 1), end: nth(TEXT, 'Haftar', 1) + 6, method: 'quote', status: 'accepted', text: 'Haftar' });
  });

  it('a prefix that agrees only in its last characters still counts them', () => {
    const s = stored('Haftar', 3, { prefix: 'XXXXXXX marshal ' });
    assert.equal(one(TEXT, s).start, nth(TEXT, 'Haftar', 1));
  });

  it('the suffix decides when there is no prefix', () => {
    const s = stored('Haftar', 3, { suffix: ' answered in' });
    assert.equal(one(TEXT, s).start, nth(TEXT, 'Haftar', 1));
    const first = stored('Haftar', 60, { suffix: ' spoke first' });
    assert.equal(one(TEXT, first).start, 0, 'the first occurrence, at offset 0');
  });

  it('with the same context everywhere, the occurrence nearest the old position wins', () => {
    const text = 'Sarraj met Sarraj and then Sarraj again.';
    assert.equal(one(text, stored('Sarraj', 2)).start, 0);
    assert.equal(one(text, stored('Sarraj', 25)).start, nth(text, 'Sarraj', 2));
    assert.equal(one(text, stored('Sarraj', 13)).start, nth(text, 'Sarraj', 1));
  });

  it('a fuzzy match with fewer differences beats a nearer one with more', () => {
    // "Zorbulan" stored at 0; the text has "Zorbulon" (1 change) far away and "Zarbulon" (2) near.
    const text = 'Zarbulon came first. ' + 'Then many other things happened in the long meantime. '.repeat(3) + 'Zorbulon came last.';
    assert.deepEqual(one(text, stored('Zorbulan', 0)), { start: text.indexOf('Zorbulon'), end: text.indexOf('Zorbulon') + 8, method: 'fuzzy', status: 'accepted', text: 'Zorbulon' });
  });

  it('among fuzzy matches as good as each other, the one nearest the old position', () => {
    const text = 'Zorbulon came first. ' + 'Then many other things happened. '.repeat(3) + 'Zorbulon came last.';
    const last = text.lastIndexOf('Zorbulon');
    assert.equal(one(text, stored('Zorbulan', 0)).start, 0);
    assert.equal(one(text, stored('Zorbulan', last)).start, last);
  });

  it('an orphan found again is a suggestion again', () => {
    const at = nth(TEXT, 'Haftar', 1);
    assert.equal(one(TEXT, stored('Haftar', at, { status: 'orphaned' })).status, 'suggested');
  });

  it('an annotation that cannot be found is an orphan at its old place, kept inside a shorter text', () => {
    const text = 'Nothing of it is left.';
    assert.deepEqual(one(text, stored('Qexo Varnath', 500)), { start: text.length, end: text.length, method: 'orphaned', status: 'orphaned', text: 'Qexo Varnath' });
    assert.deepEqual(one(text, stored('Qexo Varnath', 3)), { start: 3, end: 3, method: 'orphaned', status: 'orphaned', text: 'Qexo Varnath' });
  });
});
