import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';
import { alignReadings, normaliseRomaji, spellingsOf, withRendaku } from '../../src/core/names/kanji-readings-data';

// Invented people with real characters; the readings lists are written out here (not read from
// data/kanjidic), so that the tests say what the mechanism does with them.
const READINGS: Record<string, string[]> = {
  桜: ['o', 'sakura'],
  川: ['sen', 'kawa'],
  春: ['shun', 'haru', 'sun', 'ten'],
  斗: ['to', 'der'],
  森: ['shin', 'mori'],
};
const readingsOf = (ch: string): string[] | undefined => READINGS[ch];

describe('romaji spellings of Japanese names', () => {
  it('writes the romanisations of one name alike (long vowels, m before b, apostrophes)', () => {
    assert.deepEqual(['Ōno', 'Ohno', 'Oono', 'Ouno'].map(normaliseRomaji), ['ono', 'ono', 'ono', 'ono']);
    assert.equal(normaliseRomaji('Shimbun'), 'shinbun');
    assert.equal(normaliseRomaji("Jun'ichirō"), 'junichiro');
    assert.equal(normaliseRomaji('Yūko'), normaliseRomaji('Yuuko'));
  });

  it('voices the first consonant of a later character (rendaku)', () => {
    assert.deepEqual(withRendaku('kawa'), ['kawa', 'gawa']);
    assert.deepEqual(withRendaku('hara'), ['hara', 'bara', 'para']);
    assert.deepEqual(withRendaku('oka'), ['oka']);
  });

  it('splits a name into family and given name where the English name reads out of the characters, the readings used first', () => {
    const e = { type: 'PERSON' as const, country: 'country:JP', name: 'Haruto Sakuragawa', names: { ja: ['桜川春斗'] } };
    assert.deepEqual(alignReadings(e, readingsOf), [
      ['sakura o', 'gawa sen kawa'],
      ['haru shun sun ten', 'to der'],
    ]);
    // Nobody's name reads out of these characters: no split is guessed.
    assert.equal(alignReadings({ ...e, name: 'Kenji Watanabe' }, readingsOf), undefined);
    assert.equal(alignReadings({ ...e, country: 'country:CN' }, readingsOf), undefined);
  });

  it('spells a part every way its characters read, the way the person writes it first', () => {
    const spellings = spellingsOf([
      ['sakura', 'o'],
      ['gawa', 'sen', 'kawa'],
    ]);
    assert.equal(spellings[0], 'sakuragawa');
    for (const s of ['sakurasen', 'osen', 'ogawa', 'okawa', 'sakurazen']) assert.ok(spellings.includes(s), s);
  });
});

describe('a Japanese name read with other readings of its characters', () => {
  const kb: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:JP', type: 'GPE', name: 'Japan', demonyms: ['Japanese'], description: 'Country' },
      {
        id: 'person:haruto-sakuragawa',
        type: 'PERSON',
        name: 'Haruto Sakuragawa',
        names: { ja: ['桜川春斗'] },
        jaReadings: [
          ['sakura o', 'gawa sen kawa'],
          ['haru shun sun ten', 'to der'],
        ],
        description: 'Invented Japanese trade minister',
        country: 'country:JP',
        roles: ['minister'],
      },
      {
        id: 'person:sunto-morikawa',
        type: 'PERSON',
        name: 'Sunto Morikawa',
        names: { ja: ['森川春斗'] },
        jaReadings: [
          ['mori shin', 'kawa sen'],
          ['sun', 'to'],
        ],
        description: 'Invented Japanese novelist',
        country: 'country:JP',
      },
    ],
  };
  const analyzer = new Analyzer(kb);
  const fixes = (text: string) =>
    analyzer
      .analyze(text, '2024-06-12')
      .annotations.filter((a) => a.correction)
      .map((a) => `${a.text} -> ${a.correction!.replacement} (${a.canonical})`);
  const confidence = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.correction)?.correction?.confidence;

  it('fixes the given name read another way, in the order the article writes the name', () => {
    assert.deepEqual(fixes('Japanese trade minister Sakuragawa Shunto spoke in Tokyo.'), ['Sakuragawa Shunto -> Sakuragawa Haruto (Haruto Sakuragawa)']);
    assert.deepEqual(fixes('Japanese trade minister Shunto Sakuragawa spoke in Tokyo.'), ['Shunto Sakuragawa -> Haruto Sakuragawa (Haruto Sakuragawa)']);
  });

  it('fixes a family name read another way, and says which characters and readings in the reason', () => {
    const found = analyzer.analyze('Japan: the minister Haruto Osen spoke.', '2024-06-12').annotations.find((a) => a.correction);
    assert.equal(found?.correction?.replacement, 'Haruto Sakuragawa');
    assert.match(found!.correction!.reason!, /reads 桜川春斗 with other readings of its characters \("Osen"; KANJIDIC\)/);
  });

  it('offers only a hint without the article\'s support, and nothing when both parts are misread', () => {
    assert.ok((confidence('Shunto Sakuragawa spoke.') ?? 0) < 0.6, String(confidence('Shunto Sakuragawa spoke.')));
    assert.deepEqual(fixes('Shunto Osen spoke.'), []);
  });

  it('takes neither a real name part of someone the KB knows nor an English word as a misreading', () => {
    // 春斗 reads "sunto" too, but "Sunto" is how the novelist writes her given name; "Tender" is an English word.
    assert.deepEqual(fixes('Japanese trade minister Sakuragawa Tender spoke in Tokyo.'), []);
    assert.deepEqual(fixes('Japanese trade minister Sakuragawa Sunto spoke in Tokyo.'), []);
    // The control: the same sentence with a reading nobody writes is fixed.
    assert.equal(fixes('Japanese trade minister Sakuragawa Shunto spoke in Tokyo.').length, 1);
  });

  it('writes the fix in the text\'s order even for a person whose English name puts the family name first', () => {
    const familyFirst = new Analyzer({
      ...kb,
      entities: kb.entities.map((e) => (e.id === 'person:haruto-sakuragawa' ? { ...e, name: 'Sakuragawa Haruto' } : e)),
    });
    const fixed = (text: string) => familyFirst.analyze(text, '2024-06-12').annotations.find((a) => a.correction)?.correction?.replacement;
    assert.equal(fixed('Japanese trade minister Shunto Sakuragawa spoke in Tokyo.'), 'Haruto Sakuragawa');
    assert.equal(fixed('Japanese trade minister Sakuragawa Shunto spoke in Tokyo.'), 'Sakuragawa Haruto');
  });

  it('leaves the name alone when both parts are read the way the person writes them', () => {
    assert.deepEqual(fixes('Japanese trade minister Haruto Sakuragawa spoke in Tokyo.'), []);
  });
});
