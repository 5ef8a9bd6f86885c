import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Translations inflect the words of a body's name: a possessive added or dropped ("People's
// Power Party" for the People Power Party, "People Liberation Army" for the People's Liberation
// Army), an apostrophe left out ("Workers Party of Korea").
describe('a body named with a word\'s ending changed', () => {
  const analyzer = createBuiltinAnalyzer();
  const named = (text: string) =>
    analyzer
      .analyze(text, '2024-05-01')
      .annotations.filter((a) => a.label !== 'DATE' && a.label !== 'GPE')
      .map((a) => [a.text, a.canonical, a.correction?.replacement ?? null]);

  it('is that body, with its name as the fix', () => {
    assert.deepEqual(named("Lawmakers of the People's Power Party walked out in Seoul."), [["People's Power Party", 'People Power Party', 'People Power Party']]);
    assert.deepEqual(named('The Peoples Power Party walked out in Seoul.'), [['Peoples Power Party', 'People Power Party', 'People Power Party']]);
    assert.deepEqual(named('The People Liberation Army drilled near Taiwan.'), [['People Liberation Army', "People's Liberation Army", "People's Liberation Army"]]);
  });

  it('a name with only its punctuation changed is that body, with no fix (and no "lower case" one)', () => {
    assert.deepEqual(named('The Workers Party of Korea met in Pyongyang.'), [['Workers Party of Korea', "Workers' Party of Korea", null]]);
    // In lower case it is a case fix, as before.
    assert.deepEqual(named('the workers party of korea met in Pyongyang.'), [['workers party of korea', "Workers' Party of Korea", "Workers' Party of Korea"]]);
  });

  it('a run the KB has no such name for is a guess, as before', () => {
    assert.deepEqual(named('Officials at Gaolin Holdings said the plant would close.'), [['Gaolin Holdings', undefined, null]]);
  });
});
