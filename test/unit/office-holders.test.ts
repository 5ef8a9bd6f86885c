import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';
import { inventedKb } from './invented-kb';
import { termsOf } from '../../src/core/names/office-holders';

// Invented countries and office holders, with their terms in the descriptions as the KB writes them.
const kb: CompiledKb = inventedKb([
  { id: 'person:tovar-kelling', type: 'PERSON', name: 'Tovar Kelling', description: 'Aldorian foreign minister (2019–2023)', country: 'country:AA', roles: ['foreign minister'] },
  { id: 'person:mira-dostane', type: 'PERSON', name: 'Mira Dostane', description: 'Aldorian foreign minister (2023–), former trade minister (2018–2023)', country: 'country:AA', roles: ['foreign minister', 'trade minister'] },
  { id: 'person:ivo-brask', type: 'PERSON', name: 'Ivo Brask', description: 'Belmoran foreign minister (2021–)', country: 'country:BB', roles: ['foreign minister'] },
  { id: 'org:wfo', type: 'ORG', name: 'World Forestry Office', aliases: ['WFO'], description: 'Invented international body' },
  { id: 'person:selam-tekle-haile', type: 'PERSON', name: 'Selam Tekle Haile', description: 'Director-general of the World Forestry Office (2020–)', country: 'country:BB', roles: ['director-general'] },
]);
const analyzer = new Analyzer(kb);
const fixes = (text: string, date = '2024-05-02') =>
  analyzer.analyze(text, date).annotations.filter((a) => a.correction).map((a) => `${a.text} -> ${a.correction!.replacement} ${a.correction!.confidence} [${a.canonical}]`);

describe('a garbled name after the title of an office: the holder of that office on the article\'s date', () => {
  it('is the holder in the country named before the title, that year, as a hint when only somewhat alike', () => {
    assert.deepEqual(fixes('Aldorian Foreign Minister Dastrovin met reporters on Monday.'), ['Dastrovin -> Dostane 0.6 [Mira Dostane]']);
    assert.deepEqual(fixes('Aldorian Foreign Minister Dastrovin met reporters on Monday.', '2021-05-02'), []);
    assert.deepEqual(fixes('Aldorian Foreign Minister Kellington met reporters on Monday.', '2021-05-02'), ['Kellington -> Kelling 0.75 [Tovar Kelling]']);
  });

  // A name in full after the title is the holder's only with the holder's surname: the given name
  // shared says nothing ("Mira Halvorsen" is someone else), and another KB given name before the
  // holder's surname makes it a hint ("Tovar Dostanne").
  it('takes a name in full by its surname: another surname is someone else, another given name a hint', () => {
    assert.deepEqual(fixes('Aldorian Foreign Minister Mira Halvorsen met reporters on Monday.'), []);
    assert.deepEqual(fixes('Aldorian Foreign Minister Mira Dostanne met reporters on Monday.'), ['Mira Dostanne -> Mira Dostane 0.8 [Mira Dostane]']);
    assert.deepEqual(fixes('Aldorian Foreign Minister Tovar Dostanne met reporters on Monday.'), ['Tovar Dostanne -> Mira Dostane 0.6 [Mira Dostane]']);
  });

  it('links a family name written right to the holder, with nothing to fix', () => {
    const [a] = analyzer.analyze('Aldorian Foreign Minister Dostane met reporters on Monday.', '2024-05-02').annotations.filter((x) => x.text === 'Dostane');
    assert.equal(a.canonical, 'Mira Dostane');
    assert.equal(a.correction, undefined);
  });

  it('knows the office under its other English titles ("Minister of Foreign Affairs" for a foreign minister)', () => {
    assert.deepEqual(fixes('The Aldorian Minister of Foreign Affairs Dastrovin met reporters on Monday.'), ['Dastrovin -> Dostane 0.6 [Mira Dostane]']);
  });

  it('reads the reason a person can check: the title, the year, the holder, how alike', () => {
    const [a] = analyzer.analyze('Belmoran Foreign Minister Brasikov said so.', '2024-05-02').annotations.filter((x) => x.correction);
    assert.equal(a.correction!.reason, '"Brasikov" follows the title "Foreign Minister" of Belmora: in 2024 that was Ivo Brask (Belmoran foreign minister (2021–)); the spelling is 78% alike');
  });

  it('takes the article\'s country when none is named before the title, and fixes the same spelling elsewhere', () => {
    const found = fixes('Aldoria and its neighbours met in Aldoria. Foreign Minister Dastrovin spoke first. Later Dastrovin left.');
    assert.deepEqual(found, ['Dastrovin -> Dostane 0.6 [Mira Dostane]', 'Dastrovin -> Dostane 0.6 [Mira Dostane]']);
  });

  it('an international body\'s officer: the holder whose description names the body, by the given name the surface is like', () => {
    assert.deepEqual(fixes('WFO Director-General Selan said the forests were shrinking.'), ['Selan -> Selam 0.75 [Selam Tekle Haile]']);
    assert.deepEqual(fixes('WFO Director-General Selan said the forests were shrinking.', '2018-05-02'), []);
  });

  it('after "former", a holder whose term had ended, alike enough to stand out among them', () => {
    assert.deepEqual(fixes('Aldorian former Foreign Minister Kellington spoke.'), ['Kellington -> Kelling 0.75 [Tovar Kelling]']);
    assert.deepEqual(fixes('Former Aldorian Foreign Minister Kellington spoke.'), ['Kellington -> Kelling 0.75 [Tovar Kelling]']);
    assert.deepEqual(fixes('Aldorian former Foreign Minister Dastrovin spoke.'), []);
  });

  it('reads the name after an honorific ("Seyed", "Ayatollah"), and never the honorific as the name', () => {
    assert.deepEqual(fixes('Aldorian Foreign Minister Seyed Dastrovin met reporters on Monday.'), ['Dastrovin -> Dostane 0.6 [Mira Dostane]']);
    const found = analyzer.analyze('Aldorian Foreign Minister Seyed Mira Dostane met reporters.', '2024-05-02').annotations;
    assert.ok(!found.some((a) => a.text.startsWith('Seyed')), found.map((a) => a.text).join('; '));
  });

  it('leaves a name alone after "deputy", without the article\'s date, or when it is not alike at all', () => {
    assert.deepEqual(fixes('Aldorian former Foreign Minister Dastrovin spoke.'), []);
    assert.deepEqual(fixes('Aldorian Deputy Foreign Minister Dastrovin spoke.'), []);
    assert.deepEqual(analyzer.analyze('Aldorian Foreign Minister Dastrovin spoke.').annotations.filter((a) => a.correction), []);
    assert.deepEqual(fixes('Aldorian Foreign Minister Haverford spoke.'), []);
  });
});

describe('termsOf: the years of a role in a description', () => {
  it('the range after the role, open-ended ranges too, others only where the role is not written out', () => {
    assert.deepEqual(termsOf('Aldorian foreign minister (2023–), former trade minister (2018–2023)', 'foreign minister'), [[2023, Infinity]]);
    assert.deepEqual(termsOf('Aldorian foreign minister (2023–), former trade minister (2018–2023)', 'trade minister'), [[2018, 2023]]);
    assert.deepEqual(termsOf('Head of government of Aldoria (2010-2014, 2019-2022)', 'prime minister'), [[2010, 2014], [2019, 2022]]);
    assert.deepEqual(termsOf('Aldorian writer', 'prime minister'), []);
  });
});

describe('a holder whose name is written family name first, in more words than the text has', () => {
  // Invented: a Korean president of three words, the given name spaced in the KB.
  const korea: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:KR', type: 'GPE', name: 'South Korea', demonyms: ['South Korean'], description: 'Country' },
      { id: 'person:baek-jin-ho', type: 'PERSON', name: 'Baek Jin Ho', description: 'President of South Korea (2022–)', country: 'country:KR', roles: ['president'] },
    ],
  };
  const a = new Analyzer(korea);

  it('is fixed to the whole name, family name first, not to its last two words', () => {
    const fixed = a.analyze('South Korean President Baik Jinhoo met reporters.', '2024-05-02').annotations.find((x) => x.correction);
    assert.equal(fixed?.correction?.replacement, 'Baek Jin Ho');
  });
});
