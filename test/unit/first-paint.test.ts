import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledKb } from '../../src/core/kb/model';
import type { PrecompiledIndexes } from '../../src/core/kb/precompiled';
import { addDetails, splitDetails, withoutDetails } from '../../src/core/kb/details';

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

describe('the KB in two parts: the first paint reads it without descriptions and pinyin, the details follow', () => {
  const out = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../out', name), 'utf8'));
  const seed = fs.readFileSync(path.join(__dirname, '../../seeds/000_5427bc860031b65b.txt'), 'utf8');
  const indexes = (): PrecompiledIndexes => ({ forms: out('kb.precompiled.json'), sounds: () => out('kb.sounds.json'), literals: () => out('kb.literal.json'), readings: () => out('kb.readings.json') });
  const cards = (a: Analyzer) => a.analyze(seed, '2020-01-08').annotations.map((x) => `${x.text} | ${x.canonical ?? ''} | ${x.description ?? ''} | ${x.correction?.replacement ?? ''}`);

  it('splitting and adding back gives the whole KB, entity by entity', () => {
    const whole = out('kb.index.json') as CompiledKb;
    const { first, details } = splitDetails(whole);
    assert.ok(first.entities.every((e) => e.description === undefined && e.pinyin === undefined));
    addDetails(withoutDetails(first), details);
    assert.deepEqual(first.entities, whole.entities);
  });

  it('the first paint names Haftar without his description; once the details are in, the hover card has it and every annotation is as with the whole KB', async () => {
    const whole = cards(new Analyzer(out('kb.index.json'), [], indexes()));
    const kb = withoutDetails(out('kb.first.json'));
    const a = new Analyzer(kb, [], indexes());
    a.deferNamesUntilPrepared(async () => addDetails(kb, out('kb.details.json')));
    const haftar = (lines: string[]) => lines.find((l) => l.startsWith('haftar | Khalifa Haftar'));
    assert.equal(haftar(cards(a)), 'haftar | Khalifa Haftar |  | Haftar');
    await a.prepare(async () => undefined);
    assert.match(haftar(cards(a)) ?? '', /^haftar \| Khalifa Haftar \| \S.* \| Haftar$/);
    assert.deepEqual(cards(a), whole);
  });

  it('details for another KB are refused with a message, not put on the wrong entities', () => {
    const kb = withoutDetails(out('kb.first.json'));
    const details = out('kb.details.json');
    details.description.pop();
    assert.throws(() => addDetails(kb, details), /details are for \d+ entities, the KB has \d+/);
  });
});
