import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Names the KB lacks are highlighted as guesses, typed by the words around them. News from China
// names many towns and counties the KB does not know ("Liyong County"), often right after a group
// of people that opens the sentence ("Residents of ..."): that group was part of a guessed person.
describe('names the KB lacks, guessed', () => {
  const analyzer = createBuiltinAnalyzer();
  const guesses = (text: string) =>
    analyzer
      .analyze(text, '2024-05-01')
      .annotations.filter((a) => a.rule === 'guess:capitalised-run')
      .map((a) => [a.text, a.label]);

  it('a group of people opening the sentence is no part of the name after it', () => {
    assert.deepEqual(guesses('Residents of Liyong County were evacuated on Tuesday as the river rose.'), [['Liyong County', 'GPE']]);
    assert.deepEqual(guesses('Officials of Gaolin Township said the road was closed.'), [['Gaolin Township', 'GPE']]);
  });

  // Every word of "Anna Smith" is also an English word: her given name, the KB's people's, and a
  // verb of saying after it (or a title before it) make the pair a name all the same.
  it('a given name and a surname that are English words are a person with a title or "according to" before or a verb of saying after', () => {
    assert.deepEqual(guesses('Anna Smith said on Tuesday that the plan was ready.'), [['Anna Smith', 'PERSON']]);
    assert.deepEqual(guesses('The talks ended. Minister Grace Wood arrived on Monday.'), [['Grace Wood', 'PERSON']]);
    assert.deepEqual(guesses('Emma Dumas said on Tuesday that the plan was ready.'), [['Emma Dumas', 'PERSON']]);
    assert.deepEqual(guesses('According to Anna Smith, the plan was ready.'), [['Anna Smith', 'PERSON']]);
    assert.deepEqual(guesses('The Rose Garden was closed on Tuesday.'), []);
  });

  it('a name ending in a kind of place is a place: a political one, or a natural feature', () => {
    assert.deepEqual(guesses('Thousands of Gaolin Township residents were evacuated.'), [['Gaolin Township', 'GPE']]);
    assert.deepEqual(guesses('Villagers along the Qinglong River were moved to higher ground.'), [['Qinglong River', 'LOC']]);
  });

  it('an organisation opening the sentence keeps its head ("Bank of ...")', () => {
    assert.deepEqual(guesses('Ministry of Water Resources officials inspected the dam.'), [['Ministry of Water Resources', 'ORG']]);
  });
});

describe('a body of a place the KB does not know', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const names = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.label !== 'DATE').map((a) => [a.text, a.label, a.kbId ?? null]);

  it('is one organisation with its place, not the place and another body\'s short name', () => {
    assert.deepEqual(names('The Wuhan Municipal Health Commission said on Monday that cases rose.'), [['Wuhan Municipal Health Commission', 'ORG', null]]);
    assert.deepEqual(names('The Texas Railroad Commission said so.'), [['Texas Railroad Commission', 'ORG', null]]);
    // The short name alone, and a KB body of the place, stay what they are.
    assert.deepEqual(names('The Commission said the plan was fair.'), [['Commission', 'ORG', 'org:european-commission']]);
    // After the body it belongs to, it is that body's ("EU Commission").
    assert.deepEqual(names('The EU Commission agreed.').map(([, , id]) => id), ['org:european-union', 'org:european-commission']);
    assert.deepEqual(names('Students at Wuhan University said so.'), [['Wuhan University', 'ORG', 'org:wuhan-university']]);
    assert.deepEqual(names("Russia's Health Ministry said so.").map(([t]) => t), ['Russia', 'Health Ministry']);
    // An outlet of the place where something is reported in it; elsewhere the place and a word.
    assert.deepEqual(names('The Macau Monthly reported on Tuesday that the casino closed.'), [['Macau Monthly', 'MEDIA', null]]);
    assert.deepEqual(names('Gdansk Weekly sales rose.'), [['Gdansk', 'GPE', 'city:gdansk-pl']]);
  });
});

describe('a lone word the KB lacks opening a sentence', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const names = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.label !== 'DATE').map((a) => [a.text, a.label]);

  it('is a person before a verb of saying, and nothing without one (a sentence capitalises any word)', () => {
    assert.deepEqual(names('Mokoena said on Monday that two men were held.'), [['Mokoena', 'PERSON']]);
    assert.deepEqual(names('Meanwhile said nothing.'), []);
    assert.deepEqual(names('Mokoena arrived on Monday.'), []);
  });
});
