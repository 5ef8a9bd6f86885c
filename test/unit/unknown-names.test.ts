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

  it('a name ending in a kind of place is a place: a political one, or a natural feature', () => {
    assert.deepEqual(guesses('Thousands of Gaolin Township residents were evacuated.'), [['Gaolin Township', 'GPE']]);
    assert.deepEqual(guesses('Villagers along the Qinglong River were moved to higher ground.'), [['Qinglong River', 'LOC']]);
  });

  it('an organisation opening the sentence keeps its head ("Bank of ...")', () => {
    assert.deepEqual(guesses('Ministry of Water Resources officials inspected the dam.'), [['Ministry of Water Resources', 'ORG']]);
  });
});
