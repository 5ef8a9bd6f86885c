import assert from 'node:assert/strict';
import type { CompiledKb } from '../../src/core/kb/model';
import { KbIndex } from '../../src/core/kb/index';
import { placeTypeWords, trailingTypeWord, typeNounAround } from '../../src/core/names/place-type';
import { readingCandidates, spanWord, SyllableIndex } from '../../src/core/names/syllable-readings';

// A dictionary excerpt in the shape of data/cedict/glosses.json, and an invented province.
const glosses = { 省: ['province', 'save', 'ministry'], 岛: ['island'], 坎: ['pit'], 群岛: ['archipelago', 'group of islands'], 大学: ['university'] };
const kb: CompiledKb = {
  version: 1,
  abbreviations: [],
  entities: [
    { id: 'country:NG', type: 'GPE', name: 'Nigeria', description: 'Country' },
    { id: 'region:ng-qd', type: 'GPE', name: 'Qandor', aliases: ['Qandor Province'], names: { zh: ['坎多省'] }, pinyin: ['kan duo sheng'], description: 'Invented province', country: 'country:NG' },
  ],
};

describe('a place read without its type character (坎多省: "Kando province")', () => {
  it('takes the type words and their English nouns from the dictionary', () => {
    const types = placeTypeWords(glosses);
    assert.deepEqual([...types.entries()].sort(), [['岛', ['island']], ['省', ['province']], ['群岛', ['archipelago']]]);
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
});
