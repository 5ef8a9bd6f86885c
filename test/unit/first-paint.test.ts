import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';

// Invented entities: a country the KB writes as the text does, and a person whose Chinese name
// comes back in pinyin (found only by the syllable readings).
const kb: CompiledKb = {
  version: 1,
  abbreviations: [],
  entities: [
    { id: 'country:KR', type: 'GPE', name: 'South Korea', demonyms: ['South Korean'], description: 'Country' },
    { id: 'person:moon-jae-in', type: 'PERSON', name: 'Moon Jae-in', names: { zh: ['文在寅'] }, pinyin: ['wen zai yin'], description: 'President of South Korea', country: 'country:KR', roles: ['president'] },
  ],
};
const TEXT = 'South Korean President Wen Zaiyin met reporters in South Korea on Monday.';
const seen = (a: Analyzer) => a.analyze(TEXT, '2020-01-08').annotations.map((x) => [x.text, x.correction?.replacement ?? x.canonical ?? x.label]);

describe('the first paint: names the KB writes as the text does at once, the name matchers once prepared', () => {
  it('before prepare, a deferred analyzer gives known names and dates, and the garbled name as an unknown person, not its reading', async () => {
    const a = new Analyzer(kb);
    a.deferNamesUntilPrepared();
    assert.equal(a.namesComplete, false);
    assert.deepEqual(seen(a), [['South Korean', 'South Korea'], ['Wen Zaiyin', 'PERSON'], ['South Korea', 'South Korea'], ['Monday', 'DATE']]);
    await a.prepare(async () => undefined);
    assert.equal(a.namesComplete, true);
    assert.deepEqual(seen(a), [['South Korean', 'South Korea'], ['Wen Zaiyin', 'Moon Jae-in'], ['South Korea', 'South Korea'], ['Monday', 'DATE']]);
  });

  it('an analyzer that does not defer runs every detector from the start (the CLI, tests)', () => {
    const a = new Analyzer(kb);
    assert.equal(a.namesComplete, true);
    assert.ok(seen(a).some(([t, r]) => t === 'Wen Zaiyin' && r === 'Moon Jae-in'));
  });

  it('concurrent callers share one preparation', async () => {
    const a = new Analyzer(kb);
    assert.equal(a.prepare(async () => undefined), a.prepare(async () => undefined));
  });
});
