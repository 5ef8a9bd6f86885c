import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Short names that are English words: an outlet's ("Nation" for the Daily Nation) and a party's
// ("Labor" for the Australian Labor Party) name it only where the article is about it.
describe('short names that are English words', () => {
  const analyzer = createBuiltinAnalyzer();
  const linked = (text: string) => analyzer.analyze(text, '2025-06-01').annotations.filter((a) => a.label !== 'DATE').map((a) => [a.text, a.kbId ?? null]);

  it("an outlet's one-word short name only with its country, its full name or something reported in it", () => {
    assert.deepEqual(linked('He was the first to come up with the concept of "Japan Nation."'), []);
    assert.deepEqual(linked('Kenyan police fired tear gas, Nation reported.'), [
      ['Kenyan', 'country:KE'],
      ['Nation', 'media:daily-nation'],
    ]);
  });

  it("a party's short name in an article about its country", () => {
    assert.deepEqual(linked('The Australian Labor government led by Anthony Albanese has recovered.'), [
      ['Australian', 'country:AU'],
      ['Labor', 'org:australian-labor-party'],
      ['Anthony Albanese', 'person:anthony-albanese'],
    ]);
    assert.deepEqual(linked('Labor Day parades were held in Chicago.').filter(([t]) => String(t).startsWith('Labor')), []);
  });
});
