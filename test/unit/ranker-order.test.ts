// Of two readings of one garbled span, the fix offers the one with the higher score, whatever
// order the generators proposed them in (mutation-sample survivor, issue 20: the comparator with
// && for || let the proposal order decide).
import assert from 'node:assert/strict';
import type { ArticleContext } from '../../src/core/entities/context';
import type { KbEntity } from '../../src/core/kb/model';
import type { NameCandidate } from '../../src/core/names/candidates';
import { rankSpan } from '../../src/core/names/ranker';

const person = (id: string, name: string): KbEntity => ({ id, type: 'PERSON', name, description: 'Invented person' });

const candidate = (entity: KbEntity, similarity: number): NameCandidate => ({
  start: 0, end: 7, entity, replacement: entity.name, kind: 'transliteration', generator: 'syllables', similarity, part: 'full', evidence: 'invented',
});

/** An article that names nobody else: no support for either reading. */
const emptyArticle = {
  entityCounts: new Map(), pinyinNamed: new Set(), countryCounts: new Map(), namedCountries: new Set(),
  index: { countryOf: () => undefined },
} as unknown as ArticleContext;

describe('name ranker', () => {
  it('offers the closer reading (0.95 over 0.86) in either order of proposal, as the gate\'s hint (0.6: nothing in the article for either)', () => {
    const close = candidate(person('person:vardan-oskin', 'Vardan Oskin'), 0.95);
    const far = candidate(person('person:vadim-orkin', 'Vadim Orkin'), 0.86);
    for (const order of [[close, far], [far, close]]) {
      const best = rankSpan(emptyArticle, order);
      assert.equal(best?.replacement, 'Vardan Oskin', order.map((c) => c.replacement).join(', '));
      assert.equal(best?.confidence, 0.6);
    }
  });
});
