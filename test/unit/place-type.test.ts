import assert from 'node:assert/strict';
import type { CompiledKb } from '../../src/core/kb/model';
import { KbIndex } from '../../src/core/kb/index';
import { placeTypeWords, trailingTypeWord, typeNounAround } from '../../src/core/names/place-type';
import { readingCandidates, spanWord, SyllableIndex } from '../../src/core/names/syllable-readings';
import { pinyinSyllables, storedSyllable } from '../../src/core/names/romanisation';

// A dictionary excerpt in the shape of data/cedict/glosses.json, and an invented province.
const glosses = { 省: ['province', 'save', 'ministry'], 岛: ['island'], 湖: ['lake'], 坎: ['pit'], 群岛: ['archipelago', 'group of islands'], 大学: ['university'] };
const kb: CompiledKb = {
  version: 1,
  abbreviations: [],
  entities: [
    { id: 'country:NG', type: 'GPE', name: 'Nigeria', description: 'Country' },
    { id: 'loc:lake-qorin', type: 'LOC', name: 'Lake Qorin', names: { zh: ['坎略湖'] }, pinyin: ['kan lüe hu'], description: 'Invented lake', country: 'country:NG' },
    { id: 'region:ng-qd', type: 'GPE', name: 'Qandor', aliases: ['Qandor Province'], names: { zh: ['坎多省'] }, pinyin: ['kan duo sheng'], description: 'Invented province', country: 'country:NG' },
  ],
};

describe('a place read without its type character (坎多省: "Kando province")', () => {
  it('takes the type words and their English nouns from the dictionary', () => {
    const types = placeTypeWords(glosses);
    assert.deepEqual([...types.entries()].sort(), [['岛', ['island']], ['湖', ['lake']], ['省', ['province']], ['群岛', ['archipelago']]]);
    assert.deepEqual(trailingTypeWord('坎多省', types), { word: '省', nouns: ['province'] });
    assert.equal(trailingTypeWord('坎省', types), undefined, 'one character left is a name, not a name and its type');
  });

  it('finds the noun after the name or before it with "of", in either case and number', () => {
    const around = (s: string, nouns: string[]) => typeNounAround(s, s.indexOf('Kando'), s.indexOf('Kando') + 5, nouns);
    assert.ok(around('riots in Kando Province spread', ['province']));
    assert.ok(around('the province of Kando was calm', ['province']));
    assert.ok(around('two Kando islands', ['island']));
    assert.ok(!around('Kando said on Monday', ['province']));
    assert.ok(!around('the province said Kando', ['province']));
  });

  const text = (s: string) => ({ s, start: s.indexOf('Kando'), end: s.indexOf('Kando') + 5 });
  const near = (index: SyllableIndex, s: string) => {
    const t = text(s);
    return readingCandidates(index, [spanWord('kando')], t.start, t.end, 0.8, t.s).map((c) => [c.entity.name, c.replacement, c.basis]);
  };

  it('proposes the place where its type noun stands by the reading, and nowhere else', () => {
    const index = new SyllableIndex(new KbIndex(kb), undefined, placeTypeWords(glosses));
    assert.deepEqual(near(index, 'Unrest spread to Kando province.'), [['Qandor', 'Qandor', 'reading']]);
    assert.deepEqual(near(index, 'Unrest spread to the province of Kando.'), [['Qandor', 'Qandor', 'reading']]);
    assert.deepEqual(near(index, 'Kando said the talks went well.'), []);
  });

  it('keeps the forms through the build step\'s storage', async () => {
    const kbIndex = new KbIndex(kb);
    const stored = new SyllableIndex(kbIndex, undefined, placeTypeWords(glosses)).toStored(kbIndex);
    const loaded = await SyllableIndex.build(kbIndex, stored, async () => undefined);
    assert.deepEqual(near(loaded, 'Unrest spread to Kando province.'), [['Qandor', 'Qandor', 'reading']]);
  });

  it('without the dictionary\'s type words, no reading drops a character', () => {
    assert.deepEqual(near(new SyllableIndex(new KbIndex(kb)), 'Unrest spread to Kando province.'), []);
  });

  it('takes the noun after the reading into a name that opens with it ("Kanlue Lake" is Lake Qorin)', () => {
    const index = new SyllableIndex(new KbIndex(kb), undefined, placeTypeWords(glosses));
    const s = 'Floods reached Kanlue Lake on Monday.';
    const start = s.indexOf('Kanlue');
    const found = readingCandidates(index, [spanWord('Kanlue')], start, start + 6, 0.8, s);
    assert.deepEqual(found.map((c) => [c.replacement, s.slice(c.start, c.end)]), [['Lake Qorin', 'Kanlue Lake']]);
    // The province's English name does not open with its noun: the span stays the reading.
    const p = 'Unrest spread to Kando province.';
    const at = p.indexOf('Kando');
    assert.deepEqual(readingCandidates(index, [spanWord('kando')], at, at + 5, 0.8, p).map((c) => p.slice(c.start, c.end)), ['Kando']);
  });
});

describe('lüe and nüe in plain letters', () => {
  it('reads "lue", "lve" and "lüe" as the one syllable 略 the readings store', () => {
    assert.deepEqual(pinyinSyllables('Andalue'), ['an', 'da', 'lue']);
    assert.deepEqual(pinyinSyllables('Andalve'), ['an', 'da', 'lue']);
    assert.deepEqual(pinyinSyllables('Andalüe'), ['an', 'da', 'lue']);
    assert.deepEqual(pinyinSyllables('Nuedai'), ['nue', 'dai']);
    assert.deepEqual(pinyinSyllables('Lv'), ['lu']);
    assert.deepEqual(['lüe', 'nüe', 'lü', 'xue'].map(storedSyllable), ['lue', 'nue', 'lu', 'xue']);
  });

  it('matches a reading with lüe written "lue"', () => {
    const index = new SyllableIndex(new KbIndex(kb), undefined, placeTypeWords(glosses));
    const s = 'Floods reached Kanlue Lake on Monday.';
    const at = s.indexOf('Kanlue');
    for (const w of ['Kanlue', 'Kanlve']) assert.deepEqual(readingCandidates(index, [spanWord(w)], at, at + 6, 0.8, s).map((c) => [c.entity.id, c.similarity]), [['loc:lake-qorin', 1]], w);
  });
});
