import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// The same words of a person's name written another way: the Arabic article as "el-" or "al-",
// a compound given name hyphenated (Persian and Arabic names). Linked, never fixed: both are the
// press's own spellings.
describe('a person named with the same words written another way', () => {
  const analyzer = createBuiltinAnalyzer();
  const kb = builtinKb();
  const linkedWhole = (written: string, id: string): boolean => {
    const text = `On Monday ${written} told reporters that the plan would go ahead.`;
    const a = analyzer.analyze(text, '2024-06-12').annotations.find((x) => x.text === written);
    return a?.kbId === id && !a.correction;
  };

  it('the Arabic article written the other way: every person of the KB with "al-" or "el-"', () => {
    const people = kb.entities.filter((e) => e.type === 'PERSON' && /(?:^|\s)[ae]l-\p{Lu}/u.test(e.name));
    const other = (name: string) => name.replace(/(^|\s)([ae])l-(?=\p{Lu})/gu, (_, b: string, v: string) => `${b}${v === 'a' ? 'e' : 'a'}l-`);
    const linked = people.filter((e) => linkedWhole(other(e.name), e.id)).length;
    assert.ok(people.length >= 50, `${people.length} people`);
    assert.ok(linked >= 0.9 * people.length, `${linked} of ${people.length}`);
  });

  it('a compound given name hyphenated: the people of Iran, Afghanistan and the Arab states named in three words', () => {
    const countries = new Set(['IR', 'AF', 'IQ', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM', 'YE', 'SY', 'JO', 'LB', 'EG', 'LY', 'TN', 'DZ', 'MA'].map((c) => `country:${c}`));
    const people = kb.entities.filter((e) => e.type === 'PERSON' && countries.has(e.country ?? '') && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(e.name));
    const linked = people.filter((e) => linkedWhole(e.name.replace(' ', '-'), e.id)).length;
    assert.ok(people.length >= 50, `${people.length} people`);
    assert.ok(linked >= 0.9 * people.length, `${linked} of ${people.length}`);
  });

  it('a Hungarian name in the Hungarian order, family name first: every Hungarian person of the KB named in two words', () => {
    const people = kb.entities.filter((e) => e.type === 'PERSON' && e.country === 'country:HU' && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(e.name));
    const linked = people.filter((e) => linkedWhole(e.name.split(' ').reverse().join(' '), e.id)).length;
    assert.ok(people.length >= 15, `${people.length} people`);
    assert.ok(linked >= 0.9 * people.length, `${linked} of ${people.length}`);
  });

  it('"Abdel" written Abdul, Abd al-, Abd el-: every person of the KB whose name has it as a word', () => {
    const people = kb.entities.filter((e) => e.type === 'PERSON' && /(?:^|\s)Abdel \p{Lu}/u.test(e.name));
    const linked = people.filter((e) => ['Abdul ', 'Abd al-', 'Abd el-'].every((other) => linkedWhole(e.name.replace('Abdel ', other), e.id))).length;
    assert.ok(people.length >= 10, `${people.length} people`);
    assert.equal(linked, people.length, `${linked} of ${people.length}`);
  });
});
