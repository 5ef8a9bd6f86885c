import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// News names a person in full once and by the surname after. Most of the KB's people have no
// short name of their own, and some surnames are another person's short name (Conte).
describe('a surname after the full name is the person named', function () {
  this.timeout(120_000);
  const analyzer = createBuiltinAnalyzer();
  const linked = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.label === 'PERSON').map((a) => [a.text, a.kbId ?? null]);

  it('links the surname to the person named in full before it, whoever else has it as a short name', () => {
    assert.deepEqual(linked('Antonio Conte arrived in Tokyo on Monday. Conte met the press. Later, Conte\'s team left.'), [
      ['Antonio Conte', 'person:antonio-conte'],
      ['Conte', 'person:antonio-conte'],
      ['Conte', 'person:antonio-conte'],
    ]);
    assert.deepEqual(linked('Jhumpa Lahiri arrived in Tokyo on Monday. Later Lahiri met the press.'), [
      ['Jhumpa Lahiri', 'person:jhumpa-lahiri'],
      ['Lahiri', 'person:jhumpa-lahiri'],
    ]);
  });

  it('leaves a surname inside another name, an English word opening a sentence, and a surname two people share', () => {
    assert.deepEqual(linked('Hugh Grant arrived. Grant applications rose. Grant Thornton said so.'), [
      ['Hugh Grant', 'person:hugh-grant'],
      ['Grant Thornton', null],
    ]);
    assert.deepEqual(linked('Hugh Grant arrived. Grant said the film was over.'), [
      ['Hugh Grant', 'person:hugh-grant'],
      ['Grant', 'person:hugh-grant'],
    ]);
    // Before the full name the surname is not yet anyone's; two Contes in the article: not decided here.
    assert.deepEqual(linked('Lahiri spoke first. Then Jhumpa Lahiri arrived.').find(([t]) => t === 'Lahiri')?.[1] ?? null, null);
    assert.notEqual(linked('Antonio Conte and Giuseppe Conte met. Conte said.').find(([t]) => t === 'Conte')?.[1], 'person:antonio-conte');
  });

  it('links the surname of a person the KB does not know to the full name, a Chinese one by its first word', () => {
    const people = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.label !== 'DATE').map((a) => [a.text, a.label, a.canonical ?? null, a.correction?.replacement ?? null]);
    // Not the place a lone word is guessed to be, nor "Duma's" with its apostrophe dropped.
    assert.deepEqual(people('Local businessman Marco Dumas was detained on Monday. Dumas said he was innocent. On Tuesday, Dumas left.'), [
      ['Marco Dumas', 'PERSON', null, null],
      ['Dumas', 'PERSON', 'Marco Dumas', null],
      ['Dumas', 'PERSON', 'Marco Dumas', null],
    ]);
    assert.deepEqual(
      people('Wang Jianguo, a professor, said the plan would fail. Wang added that talks would go on.').filter(([t]) => t === 'Wang'),
      [['Wang', 'PERSON', 'Wang Jianguo', null]],
    );
    // A given name the KB lacks, in a person's place (after a title, before a verb of saying).
    assert.deepEqual(
      people('Police chief Pieter Mokoena said on Monday that two men were held. Mokoena added that more arrests were likely.').filter(([t]) => t === 'Mokoena'),
      [['Mokoena', 'PERSON', 'Pieter Mokoena', null]],
    );
    // An English word is a surname only where some KB person has it as one: "River" is no one's.
    assert.deepEqual(people('Tourists met Jordan River on Monday. The River was high.').filter(([t]) => t === 'River'), []);
  });

  // Generated from the KB: every 30th person with a two-word name of plain letters whose surname
  // is no KB name of any entity, named in full and then by the surname (182). Twenty-first session:
  // 178 linked (29 before: those that had the surname as a short name of their own).
  it('links at least 95 % of sampled people by their surname after their full name', () => {
    const kb = builtinKb();
    const names = new Set(kb.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase())));
    const people = kb.entities.filter((e) => e.type === 'PERSON' && /^[A-Z][a-z]+ [A-Z][a-z]{3,}$/.test(e.name) && !names.has(e.name.split(' ')[1].toLowerCase()));
    let n = 0;
    let right = 0;
    for (const e of people.filter((_, k) => k % 30 === 0)) {
      const surname = e.name.split(' ')[1];
      const text = `${e.name} arrived in the capital on Monday. On Tuesday, ${surname} met the press at the embassy.`;
      const at = text.lastIndexOf(surname);
      const a = analyzer.analyze(text, '2024-06-12').annotations.find((x) => x.start === at && x.end === at + surname.length);
      n++;
      if (a?.kbId === e.id) right++;
    }
    assert.ok(n >= 150, `${n} people`);
    assert.ok(right / n >= 0.95, `${right} of ${n} linked`);
  });
});

// A surname that is one person's short name in the KB, in an article about sport, is the one
// namesake in sport (surname alone, no full name in the article).
describe('a surname in an article about sport is the namesake in sport', function () {
  this.timeout(120_000);
  const analyzer = createBuiltinAnalyzer();
  const person = (text: string, word: string) => analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === word)?.kbId;

  it('"Conte" at Tottenham is the football manager, in politics the prime minister; a namesake of another sport is not', () => {
    assert.equal(person('If Conte stays at Tottenham, the club will sign a striker in the transfer window.', 'Conte'), 'person:antonio-conte');
    assert.equal(person('If Conte stays, the government will fall, Italian media said.', 'Conte'), 'person:giuseppe-conte');
    // Judd Trump plays snooker: no namesake at an American football game.
    assert.equal(person('Trump attended the Super Bowl, where the quarterback threw three touchdowns.', 'Trump'), 'person:donald-trump');
  });

  // Generated from the KB: every short name of a person not in sport that is the family name of
  // exactly one person in sport, in a sentence about a match. Twenty-first session: all of them
  // the person in sport (none before).
  it('takes the one namesake in sport for the KB\'s short names that have one', () => {
    const kb = builtinKb();
    // Names written family name last (the KB's East Asian people write it first).
    const inSport = (e: (typeof kb.entities)[number]) => e.type === 'PERSON' && !/^country:(?:CN|TW|HK|JP|KR|KP|VN|SG)$/.test(e.country ?? '') && !!e.roles?.some((r) => /footballer|football manager/.test(r));
    const bySurname = new Map<string, string[]>();
    for (const e of kb.entities) if (inSport(e) && e.name.includes(' ')) bySurname.set(e.name.split(' ').pop()!, [...(bySurname.get(e.name.split(' ').pop()!) ?? []), e.id]);
    const cases = kb.entities.flatMap((e) => (e.type === 'PERSON' && !e.roles?.some((r) => /footballer|player|coach|manager|athlete/.test(r)) ? (e.aliases ?? []).filter((a) => /^[A-Z][a-z]{3,}$/.test(a) && bySurname.get(a)?.length === 1) : []));
    let right = 0;
    for (const word of cases) if (person(`On Sunday, ${word} scored twice as the club won the Premier League match with a penalty kick.`, word) === bySurname.get(word)![0]) right++;
    assert.ok(cases.length >= 6, `${cases.length} short names`);
    assert.ok(right >= 0.8 * cases.length, `${right} of ${cases.length}`);
  });
});
