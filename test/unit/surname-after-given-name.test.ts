import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// A place's or an organisation's one-word name right after a given name is a surname: the person
// is one unknown name, not a first name and a city.
describe('a surname that is also the name of a place or an organisation', () => {
  const analyzer = createBuiltinAnalyzer();
  const spans = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.label !== 'DATE').map((a) => [a.text, a.label, a.kbId ?? null]);

  it('after a given name is part of a person\'s name', () => {
    assert.deepEqual(spans('Local resident Emily Washington said the flood came fast.'), [['Emily Washington', 'PERSON', null]]);
    assert.deepEqual(spans('German official Frank Wagner said the talks would continue.'), [['German', 'NORP', 'country:DE'], ['Frank Wagner', 'PERSON', null]]);
  });

  // Given names the KB's people lack ("Eriberto"), before a city's name and a verb of saying.
  it('after a given name no dictionary or KB has, before a verb of saying, is part of a person\'s name', () => {
    assert.deepEqual(spans('Eriberto Ferrara said on Tuesday that the talks would continue.'), [['Eriberto Ferrara', 'PERSON', null]]);
    assert.deepEqual(spans('Floods hit Ferrara on Tuesday. Rome said nothing.'), [['Ferrara', 'GPE', 'city:ferrara-it'], ['Rome', 'GPE', 'city:rome-it']]);
  });

  it('an English word opening the sentence before a given name is no part of the name', () => {
    assert.deepEqual(spans('Coach Peter Houston said the team was ready.'), [['Peter Houston', 'PERSON', null]]);
  });

  it('the place is still the place elsewhere, and a KB person keeps their whole name', () => {
    assert.deepEqual(spans('Will London host the Games? Officials met in Washington.'), [
      ['London', 'GPE', 'city:london-gb'],
      ['Washington', 'GPE', 'city:washington-us'],
    ]);
    assert.deepEqual(spans('Jordan Henderson scored, and the Tottenham club must wait.').slice(0, 1), [['Jordan Henderson', 'PERSON', 'person:jordan-henderson']]);
  });
});
