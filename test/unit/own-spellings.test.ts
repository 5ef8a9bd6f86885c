import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { ownSpelling } from '../../src/core/names/own-spellings';

// Names absent from the KB, spelled the way their own language writes them, are no garbling of
// the KB name they sound like: an article translated from Russian, Persian or Turkish is full
// of them. The names below are ordinary names of those languages, none of them in the KB.
describe('names written as their own language spells them', () => {
  const analyzer = createBuiltinAnalyzer();
  const at = (text: string, span: string) => analyzer.analyze(text, '2024-05-01').annotations.find((x) => x.text === span || x.text.includes(span));

  it('a surname in another romanisation of the same letters is no misrendering', () => {
    // Soloviev and Solovyov, Vorobiev and Vorobyov, Heidari and Heydari: ie, yo or y for the same letters.
    for (const [text, name] of [
      ['Russian deputy minister Soloviev said the talks would go on.', 'Soloviev'],
      ['Russian officials said Vorobiev would travel to Geneva.', 'Vorobiev'],
      ['Iranian officials said Heidari would travel to Geneva.', 'Heidari'],
    ]) {
      const a = at(text, name);
      assert.equal(a?.correction, undefined, text);
      assert.equal(a?.kbId, undefined, `${text}: not linked to the KB's namesake either`);
    }
  });

  it('the same spelling is the person, without a fix, when the article names them as the KB does', () => {
    const a = at('Vladimir Solovyov hosted the show. Soloviev said the talks would go on.', 'Soloviev');
    assert.equal(a?.kbId, 'person:vladimir-solovyov');
    assert.equal(a?.correction, undefined);
  });

  it("a surname's other gender or a surname made of a given name names someone else", () => {
    assert.equal(at('Russian diplomat Zakharov said the talks would go on.', 'Zakharov')?.correction, undefined);
    assert.equal(at('Iranian lawmaker Sadeghi said the talks would go on.', 'Sadeghi')?.correction, undefined);
    // A surname made of a place is no garbling of the place either.
    assert.equal(at('Iranian officials said Tehrani would travel to Geneva next week.', 'Tehrani')?.correction, undefined);
  });

  it('a name with letters English does not write was written by someone who knew it', () => {
    assert.equal(at('Turkish striker Kılıç scored twice on Sunday.', 'Kılıç')?.correction, undefined);
  });

  it("a given name that is another person's name as written needs a title or the name elsewhere", () => {
    assert.equal(at('German official Frank Wagner said the talks would go on.', 'Frank')?.correction, undefined);
    // An English word that begins KB people's names ("Matt") is a given name too, though it keys no sound.
    assert.equal(at('The South African delegation arrived on Tuesday. Matt Mthethwa said the talks had been useful.', 'Matt')?.correction, undefined);
    // The Russian form of a Ukrainian minister's given name, after his title, is still fixed.
    const fixed = at('Ukrainian Foreign Minister Dmitry Kuleba met his counterparts in Brussels.', 'Dmitry Kuleba');
    assert.equal(fixed?.correction?.replacement, 'Dmytro Kuleba');
  });

  it('a surname alone is the person the article named in full with it', () => {
    // Conti sounds like Giuseppe Conte; after "Giovanni Conti" it is Giovanni Conti, and no fix
    // of it spreads back into the full name.
    const text = 'Italian official Giovanni Conti said on Monday that the talks would continue. Conti added that the delegation would return.';
    const fixes = analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.correction);
    assert.deepEqual(fixes, []);
    // With the person's own given name, or one that sounds like it, the full name is theirs garbled.
    const garbled = 'German Chancellor Olaf Sholts said on Monday that the talks would continue. Sholts added that the delegation would return.';
    const fixed = analyzer.analyze(garbled, '2024-05-01').annotations.filter((a) => a.correction).map((a) => [a.text, a.correction!.replacement]);
    assert.deepEqual(fixed, [['Olaf Sholts', 'Olaf Scholz'], ['Sholts', 'Scholz']]);
  });

  it('garblings stay garblings: the relations are narrow', () => {
    assert.equal(ownSpelling('Vasiliev', 'Vasilyev'), 'variant');
    assert.equal(ownSpelling('Zakharov', 'Zakharova'), 'derived');
    assert.equal(ownSpelling('Güneş', 'Gennes'), 'marks');
    // kh/h, ou/u and doubled letters are what a garbling changes; a lower-case name is no own spelling.
    assert.equal(ownSpelling('Hamenei', 'Khamenei'), undefined);
    assert.equal(ownSpelling('Bukadum', 'Boukadoum'), undefined);
    assert.equal(ownSpelling('Gutteres', 'Guterres'), undefined);
    assert.equal(ownSpelling('vasiliev', 'Vasilyev'), undefined);
  });
});
