import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

describe('an East Slavic name with its patronymic', () => {
  const analyzer = createBuiltinAnalyzer();
  const annotations = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.label !== 'DATE');

  it('links the three words to the person, with no fix (the patronymic is no garbling)', () => {
    const text = 'Russian Foreign Minister Sergey Viktorovich Lavrov said the talks would go on.';
    const [person] = annotations(text).filter((a) => a.label === 'PERSON');
    assert.equal(person.text, 'Sergey Viktorovich Lavrov');
    assert.equal(person.kbId, 'person:sergey-lavrov');
    assert.equal(person.correction, undefined);
  });

  it('links the official order too, surname first ("Lavrov Sergey Viktorovich")', () => {
    const [person] = annotations('The decree was signed by Lavrov Sergey Viktorovich, the foreign minister.').filter((a) => a.label === 'PERSON');
    assert.equal(person.text, 'Lavrov Sergey Viktorovich');
    assert.equal(person.kbId, 'person:sergey-lavrov');
    assert.equal(person.correction, undefined);
  });

  it('leaves a word that only ends like a patronymic between two names alone', () => {
    // "Zurich" is no patronymic; "Lavrov Zurich Putin" names nobody as a whole.
    const people = annotations('They met Sergey Zurich Lavrov on Monday.').filter((a) => a.label === 'PERSON' && a.text.includes('Zurich'));
    assert.ok(people.every((a) => a.kbId !== 'person:sergey-lavrov'), JSON.stringify(people));
  });

  // Generated from the KB: every Russian, Ukrainian and Belarusian person named in two words, a
  // patronymic between them (the male or female form by the given name's ending).
  const people = builtinKb().entities.filter((e) => e.type === 'PERSON' && ['country:RU', 'country:UA', 'country:BY'].includes(e.country ?? '') && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(e.name));
  it(`links at least 95 % of ${people.length} people whole, none with a fix`, () => {
    let linked = 0;
    let fixed = 0;
    for (const e of people) {
      const [given, surname] = e.name.split(' ');
      const written = `${given} ${/a$/.test(given) ? 'Petrovna' : 'Petrovich'} ${surname}`;
      const a = annotations(`On Monday ${written} told reporters in Moscow that the plan would go ahead.`).find((x) => x.text === written);
      if (a?.kbId === e.id) linked++;
      if (a?.correction) fixed++;
    }
    assert.ok(people.length >= 100, `${people.length} people`);
    assert.ok(linked >= 0.95 * people.length, `${linked} of ${people.length}`);
    assert.equal(fixed, 0);
  });
});
