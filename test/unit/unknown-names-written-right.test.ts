// People the KB does not know, their names written right in Latin letters after a nationality
// and a role ("French actor Perrot"), as news translated from any language names them: a
// sound-alike of a KB person of that country is no likely fix (Fix All would apply it). Their
// country alone makes it a hint at most. Surnames from faker's lists per locale (fixed seed),
// those that are no word of a KB name.
import assert from 'node:assert/strict';
import { fakerDE, fakerEN_US, fakerES, fakerFR, fakerIT, fakerNL, fakerPL, fakerPT_BR, type Faker } from '@faker-js/faker';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { LIKELY_CONFIDENCE } from '../../src/core/types';
import { isEnglishWord } from '../../src/core/text/english';
import { KbIndex } from '../../src/core/kb/index';

const LOCALES: Array<[Faker, string]> = [[fakerEN_US, 'American'], [fakerDE, 'German'], [fakerFR, 'French'], [fakerES, 'Spanish'], [fakerIT, 'Italian'], [fakerNL, 'Dutch'], [fakerPL, 'Polish'], [fakerPT_BR, 'Brazilian']];
const ROLES = ['actor', 'singer', 'footballer', 'economist', 'writer', 'politician', 'official', 'coach', 'striker', 'minister'];

describe('names the KB lacks, written right after a nationality and a role', function () {
  this.timeout(120_000);
  const kb = builtinKb();
  const kbWords = new Set(kb.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((n) => n.toLowerCase().split(/\s+/)));

  it('get no likely fix, and seldom a hint', () => {
    const analyzer = createBuiltinAnalyzer();
    let n = 0;
    const hints: string[] = [];
    const likely: string[] = [];
    for (const [faker, demonym] of LOCALES) {
      faker.seed(7);
      for (let i = 0; i < 150; i++) {
        const surname = faker.person.lastName();
        if (kbWords.has(surname.toLowerCase()) || /[\s-]/.test(surname)) continue;
        const text = `${demonym} ${ROLES[i % ROLES.length]} ${surname} said on Tuesday that the talks had been useful.`;
        n++;
        for (const a of analyzer.analyze(text, '2024-06-12').annotations) {
          if (!a.correction) continue;
          (a.correction.confidence >= LIKELY_CONFIDENCE ? likely : hints).push(`${a.text} -> ${a.correction.replacement}`);
        }
      }
    }
    assert.ok(n >= 600, `${n} names`);
    assert.ok(likely.length <= n * 0.01, `${likely.length} likely fixes of ${n}: ${likely.join(', ')}`);
    assert.ok(hints.length <= n * 0.07, `${hints.length} hints of ${n}`);
  });

  /** Given names and surnames from faker's lists (`tries` draws a locale, fixed seed) that `keep` takes; no KB surname. */
  const namePairs = (seed: number, tries: number, keep: (given: string, surname: string) => boolean): Array<[string, string]> => {
    const pairs: Array<[string, string]> = [];
    for (const [faker] of LOCALES) {
      faker.seed(seed);
      for (let i = 0; i < tries; i++) {
        const [given, surname] = [faker.person.firstName(), faker.person.lastName()];
        if (!kbWords.has(surname.toLowerCase()) && !/[\s-]/.test(given + surname) && keep(given, surname)) pairs.push([given, surname]);
      }
    }
    return pairs;
  };

  // "Emma Sundberg ... Sundberg added": a given name that is also an English word still makes the
  // next word a surname written in full, not a lone word to read as a KB person's (Sandberg).
  it('after a given name that is also an English word, get no fix', () => {
    const index = new KbIndex(kb);
    const analyzer = createBuiltinAnalyzer();
    const pairs = namePairs(11, 400, (given) => isEnglishWord(given.toLowerCase()) && index.isGivenName(given.toLowerCase())).slice(0, 800);
    const fixed: string[] = [];
    for (const [given, surname] of pairs) {
      const text = `${given} ${surname} said on Tuesday that the talks had been useful.\n\n${surname} added that more would follow.`;
      for (const a of analyzer.analyze(text, '2024-06-12').annotations) if (a.correction) fixed.push(`${a.text} -> ${a.correction.replacement}`);
    }
    assert.ok(pairs.length >= 150, `${pairs.length} names`);
    assert.ok(fixed.length <= pairs.length * 0.02, `${fixed.length} fixes of ${pairs.length}: ${fixed.join(', ')}`);
  });

  // "Angela Novak said": the first word of a name written in full is a given name, not a place or
  // an organisation read from its syllables (安哥拉 Angola).
  it('a given name before a surname is read as nothing else', () => {
    const analyzer = createBuiltinAnalyzer();
    const pairs = namePairs(13, 300, (_, surname) => !isEnglishWord(surname.toLowerCase()));
    const read: string[] = [];
    for (const [given, surname] of pairs) {
      const text = `${given} ${surname} said on Tuesday that the talks had been useful.`;
      const first = analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.start === 0 && a.end === given.length);
      if (first?.correction) read.push(`${given} -> ${first.correction.replacement}`);
    }
    assert.ok(pairs.length >= 600, `${pairs.length} names`);
    assert.ok(read.length <= pairs.length * 0.002, `${read.length} of ${pairs.length}: ${read.join(', ')}`);
  });

  /**
   * People the KB lacks whose names have the right shape: one KB person's given name and another's
   * surname, of the same country (not a KB person's name), each in `frame` with the country, then
   * the surname alone. The corrections and the likely ones among them.
   */
  const recombined = (frame: (name: string, country: string) => string): { n: number; fixes: string[]; likely: string[] } => {
    const analyzer = createBuiltinAnalyzer();
    const full = new Set(kb.entities.filter((e) => e.type === 'PERSON').map((e) => e.name.toLowerCase()));
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let n = 0;
    const fixes: string[] = [];
    const likely: string[] = [];
    for (const code of ['JP', 'KR', 'RU', 'SA', 'IR', 'EG', 'TR', 'IN', 'DE', 'FR', 'BR', 'NG', 'UA', 'IQ', 'PK', 'ID', 'VN']) {
      const country = kb.entities.find((e) => e.id === `country:${code}`)!;
      const people = kb.entities.filter((e) => e.type === 'PERSON' && e.country === country.id && /^[A-Za-z]+ [A-Za-z]+$/.test(e.name));
      for (let i = 0; i < 40; i++) {
        const [a, b] = [people[Math.floor(random() * people.length)], people[Math.floor(random() * people.length)]];
        const name = `${a.name.split(' ')[0]} ${b.name.split(' ')[1]}`;
        if (a === b || full.has(name.toLowerCase())) continue;
        n++;
        const text = `${frame(name, country.name)}\n\n${name.split(' ')[1]} added that more would follow.`;
        for (const x of analyzer.analyze(text, '2024-05-01').annotations) {
          if (!x.correction) continue;
          fixes.push(`${x.text} -> ${x.correction.replacement}`);
          if (x.correction.confidence >= LIKELY_CONFIDENCE) likely.push(`${x.text} -> ${x.correction.replacement}`);
        }
      }
    }
    return { n, fixes, likely };
  };

  // The surname alone is theirs too: it is no sign that the given name is a garbled KB person's
  // ("Anatoliy Yermak" is no Andriy Yermak).
  it('recombined from two KB people of one country: seldom a fix, almost never a likely one', () => {
    const { n, fixes, likely } = recombined((name, country) => `${name} said on Tuesday that the talks in ${country} would continue.`);
    assert.ok(n >= 500, `${n} names`);
    assert.ok(fixes.length <= n * 0.02, `${fixes.length} fixes of ${n}: ${fixes.join(', ')}`);
    assert.ok(likely.length <= n * 0.002, `${likely.length} likely fixes of ${n}: ${likely.join(', ')}`);
  });

  // After their country's title the office's holder and the KB's people of that trade are near:
  // a given name before another KB person's surname is no holder garbled ("Germany Foreign
  // Minister Klara Zipse" is no Annalena), nor "India Foreign" 印度洋 the Indian Ocean; a given
  // name another person writes is a hint at most ("Egypt striker Ahmed Salah").
  it('recombined, after a title of their country: few fixes, almost never a likely one', () => {
    let k = 0;
    const { n, fixes, likely } = recombined((name, country) => (k++ % 2 ? `${country} Foreign Minister ${name} said on Tuesday that the talks would continue.` : `The ${country} striker ${name} scored twice on Sunday.`));
    assert.ok(n >= 500, `${n} names`);
    assert.ok(fixes.length <= n * 0.06, `${fixes.length} fixes of ${n}: ${fixes.join(', ')}`);
    assert.ok(likely.length <= n * 0.005, `${likely.length} likely fixes of ${n}: ${likely.join(', ')}`);
  });

  // "talks in Paskov", "in Port Brenda": a town the KB lacks, after a preposition of place, is no
  // garbled person (Peskov, Brende). Towns from faker's lists per locale: one word no KB name
  // has, or English words before it.
  it('a town after a preposition of place is no person sound-alike', () => {
    const analyzer = createBuiltinAnalyzer();
    let n = 0;
    const people: string[] = [];
    for (const [faker] of LOCALES) {
      faker.seed(17);
      for (let i = 0; i < 150; i++) {
        const town = faker.location.city();
        // One word, or English words before one ("Port Brenda", "Upper Bednar").
        const word = town.split(' ').pop()!;
        if (!/^(?:\p{Lu}\p{L}* )*\p{Lu}\p{L}+$/u.test(town) || kbWords.has(word.toLowerCase()) || isEnglishWord(word.toLowerCase()) || !town.split(' ').slice(0, -1).every((w) => isEnglishWord(w.toLowerCase()))) continue;
        n++;
        const text = `The talks in ${town} would continue on Tuesday, officials said.`;
        const a = analyzer.analyze(text, '2024-06-12').annotations.find((x) => x.correction && x.start >= text.indexOf(town) && x.end <= text.indexOf(town) + town.length);
        if (a?.correction && a.label === 'PERSON') people.push(`${town} -> ${a.correction.replacement}`);
      }
    }
    assert.ok(n >= 300, `${n} towns`);
    assert.equal(people.length, 0, people.join(', '));
  });
});
