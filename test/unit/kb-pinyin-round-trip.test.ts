// A quality floor generated from the KB, not from any article: people whose names are written in
// Chinese characters, their name read back in pinyin by a translation that does not know them
// (surname, then the given name in one word; a Japanese name of four characters two and two), in
// a news sentence naming their country. Every tenth such person of the KB (about 550): the share
// fixed to that very person, and the share fixed to someone else. Reached in the twelfth session:
// 0.958 and 0.008 over all 5,926; a KB growth or a matcher change that loses the mechanism fails here.
import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import type { KbEntity } from '../../src/core/kb/model';
import type { Annotation } from '../../src/core/types';

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

function pinyinName(e: KbEntity): string | undefined {
  const syllables = e.pinyin?.[0]?.split(' ');
  if (!syllables || syllables.length < 2 || syllables.length > 4) return undefined;
  const family = e.country === 'country:JP' && syllables.length === 4 ? 2 : 1;
  return `${capital(syllables.slice(0, family).join(''))} ${capital(syllables.slice(family).join(''))}`;
}

const letters = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
/** Letters without their marks ("Fernández" is "fernandez"). */
const plain = (s: string) => letters(s.normalize('NFD'));

/** The built-in KB, an analyzer on it and its entities by id: built once, for every round trip. */
let shared: { kb: ReturnType<typeof builtinKb>; analyzer: ReturnType<typeof createBuiltinAnalyzer>; byId: Map<string, KbEntity> } | undefined;
function setup(): NonNullable<typeof shared> {
  if (!shared) {
    const kb = builtinKb();
    shared = { kb, analyzer: createBuiltinAnalyzer(), byId: new Map(kb.entities.map((e) => [e.id, e])) };
  }
  return shared;
}

describe('KB round trip: Han names read back in pinyin', function () {
  this.timeout(120_000);
  it('fixes at least 94 % of the sampled people to themselves, at most 2 % to someone else', () => {
    const { kb, analyzer, byId } = setup();
    const people = kb.entities.filter((e) => {
      const name = e.type === 'PERSON' ? pinyinName(e) : undefined;
      // Written in pinyin already: a name, not a garbling.
      return name !== undefined && ![e.name, ...(e.aliases ?? [])].some((n) => letters(n) === letters(name));
    });
    const sample = people.filter((_, k) => k % 10 === 0);
    let right = 0;
    let wrong = 0;
    for (const e of sample) {
      const name = pinyinName(e)!;
      const demonym = (e.country && byId.get(e.country)?.demonyms?.[0]) ?? '';
      const text = `The ${demonym} delegation arrived on Tuesday. ${name} said the talks had been useful.`;
      const at = text.indexOf(name);
      const fix = analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.correction && a.start < at + name.length && a.end > at);
      if (fix?.kbId === e.id) right++;
      else if (fix) wrong++;
    }
    assert.ok(sample.length >= 400, `${sample.length} people sampled`);
    assert.ok(right / sample.length >= 0.94, `${right} of ${sample.length} fixed to themselves`);
    assert.ok(wrong / sample.length <= 0.02, `${wrong} of ${sample.length} fixed to someone else`);
  });
});

// The same for transcribed foreign names with one part read in pinyin and the others as the person
// writes them ("Roman Abulamoweiqi" for 罗曼·阿布拉莫维奇): every fifth person whose Chinese name has
// as many parts as the English name has words, the surname read, then the given name read (444
// names). Reached in the twenty-first session: 0.97 to the person (0.76 before), one to someone else.
function mixedNames(e: KbEntity): string[] {
  const zh = e.names?.zh?.[0];
  const syllables = e.pinyin?.[0]?.split(' ');
  if (e.type !== 'PERSON' || !zh?.includes('·') || !syllables) return [];
  const parts = zh.split('·');
  const words = e.name.split(' ');
  if (parts.length !== 2 || words.length !== 2 || !words.every((w) => /^[A-Za-z]+$/.test(w))) return [];
  const read: string[] = [];
  let at = 0;
  for (const p of parts) {
    read.push(capital(syllables.slice(at, at + p.length).join('')));
    at += p.length;
  }
  if (at !== syllables.length) return [];
  // A part read in pinyin that is the English word itself (Budi Gunawan) is no garbling.
  return [0, 1].filter((k) => letters(read[k]) !== letters(words[k]) && read[k].length >= 4).map((k) => words.map((w, i) => (i === k ? read[k] : w)).join(' '));
}

/** Countries whose people's names are written in Chinese characters: read back by their own route. */
const HAN_WRITTEN = /^country:(?:CN|TW|HK|MO|SG|JP|KR|KP|VN)$/;

/** `name` said in an article that names only the person's country; the fix over it, if any. */
function fixInCountryArticle(analyzer: ReturnType<typeof createBuiltinAnalyzer>, country: KbEntity | undefined, name: string) {
  const text = `The ${country?.demonyms?.[0] ?? country?.name} side said on Tuesday that talks would go on. ${name} said the plan was fair.`;
  const at = text.indexOf(name, text.indexOf('go on.'));
  return analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.correction && a.start < at + name.length && a.end > at);
}

/** A garbled form in its sentence, and what the fix over it must be to be right. */
interface RoundTrip {
  fix: Annotation | undefined;
  right: (fix: Annotation) => boolean;
}

/** How many cases there are, how many got the right fix and how many another one. */
function tally(cases: Iterable<RoundTrip>): { n: number; right: number; wrong: number } {
  const count = { n: 0, right: 0, wrong: 0 };
  for (const c of cases) {
    count.n++;
    if (c.fix && c.right(c.fix)) count.right++;
    else if (c.fix) count.wrong++;
  }
  return count;
}

describe('KB round trip: transcribed names with one part read in pinyin', function () {
  this.timeout(120_000);
  it('fixes at least 94 % to the person, at most 2 % to someone else', () => {
    const { kb, analyzer, byId } = setup();
    const people = kb.entities.filter((e) => e.country && !HAN_WRITTEN.test(e.country) && mixedNames(e).length);
    const { n, right, wrong } = tally(
      people.filter((_, k) => k % 5 === 0).flatMap((e) => mixedNames(e).map((name) => ({ fix: fixInCountryArticle(analyzer, byId.get(e.country!), name), right: (f: Annotation) => f.kbId === e.id }))),
    );
    assert.ok(n >= 300, `${n} names`);
    assert.ok(right / n >= 0.94, `${right} of ${n} fixed to the person`);
    assert.ok(wrong / n <= 0.02, `${wrong} of ${n} fixed to someone else`);
  });
});

// A foreign surname alone, read out in pinyin in three syllables or more ("Abulamoweiqi"), in an
// article that names the person's country and nothing else of them: a hint at least, written as
// the surname (another person of that surname may be meant, so the text counts, not the entity).
// Every second such person whose surname is one word of letters (468). Reached in the twenty-first
// session: 0.93 offered the surname, 0.06 another (before: 0.37 and 0.14, from the sound-alike
// matcher; most of the others are one transcription of two surnames, 施密特 Schmidt and Schmit).
describe('KB round trip: a long transcribed surname alone', function () {
  this.timeout(120_000);
  it('offers the surname for at least 88 % of them, another name for at most 8 %', () => {
    const { kb, analyzer, byId } = setup();
    const people = kb.entities.filter((e) => e.type === 'PERSON' && e.country && !HAN_WRITTEN.test(e.country) && e.names?.zh?.[0]?.includes('·') && e.pinyin?.[0]);
    const cases = people.filter((_, k) => k % 2 === 0).flatMap((e): RoundTrip[] => {
      const parts = e.names!.zh![0].split('·');
      const surname = e.name.split(' ').pop()!;
      const syllables = e.pinyin![0].split(' ');
      const last = parts[parts.length - 1];
      if (last.length < 3 || !/^[A-Za-z]+$/.test(surname) || syllables.length !== parts.join('').length) return [];
      const read = capital(syllables.slice(-last.length).join(''));
      if (letters(read) === letters(surname)) return [];
      // The surname may be several words ("dos Santos", "Al Thani"): the name's last words.
      return [{ fix: fixInCountryArticle(analyzer, byId.get(e.country!), read), right: (f) => plain(e.name).endsWith(plain(f.correction!.replacement)) }];
    });
    const { n, right, wrong } = tally(cases);
    assert.ok(n >= 400, `${n} surnames`);
    assert.ok(right / n >= 0.88, `${right} of ${n} offered the surname`);
    assert.ok(wrong / n <= 0.08, `${wrong} of ${n} offered another name`);
  });
});

// Japanese and Korean companies and outlets: their zh names are their own characters (丰田 Toyota,
// 三星 Samsung), read in pinyin by a translation from Chinese. Every one of the KB whose first zh
// name is two to four characters and no English name of it is its reading (246), in a sentence
// naming its country's people. Twenty-first session: 243 fixed to it (93 before, from the
// sound-alike matcher), the others to a duplicate entry of the same company.
describe('KB round trip: Japanese and Korean companies read in pinyin', function () {
  this.timeout(120_000);
  it('fixes at least 95 % of them to the company, at most 3 % to something else', () => {
    const { kb, analyzer, byId } = setup();
    const cases = kb.entities.flatMap((e): RoundTrip[] => {
      const zh = e.names?.zh?.[0];
      if (!(e.type === 'ORG' || e.type === 'MEDIA') || !/^country:(?:JP|KR)$/.test(e.country ?? '') || !zh || !/^\p{Script=Han}{2,4}$/u.test(zh) || !e.pinyin?.[0]) return [];
      const read = capital(e.pinyin[0].split(' ').join(''));
      if ([e.name, ...(e.aliases ?? [])].some((x) => letters(x) === letters(read))) return [];
      const text = `${byId.get(e.country!)?.demonyms?.[0]} company ${read} said on Tuesday that sales rose.`;
      const at = text.indexOf(read);
      return [{ fix: analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.correction && a.start <= at && a.end > at), right: (f) => f.kbId === e.id }];
    });
    const { n, right, wrong } = tally(cases);
    assert.ok(n >= 200, `${n} companies`);
    assert.ok(right / n >= 0.95, `${right} of ${n} fixed to the company`);
    assert.ok(wrong / n <= 0.03, `${wrong} of ${n} fixed to something else`);
  });
});
