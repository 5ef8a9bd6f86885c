import type { CompiledKb, KbEntity } from '../../src/core/kb/model';
import { pinyinSyllables } from '../../src/core/names/romanisation';
import { arabicSkeleton } from '../../src/core/names/romanisation-variants';

/**
 * Invented sentences with names garbled the way a translation from another language garbles them,
 * generated from the KB's people: each person's name is put through a source script's spelling
 * (written here from the scripts' sound systems, independently of the matcher's tables) or
 * declined, and set in a sentence that names a place where that language is written. Used by
 * foreign-names.test.ts and by the before/after count.
 */
export interface Case {
  set: string;
  text: string;
  /** The garbled span. */
  span: string;
  entity: KbEntity;
  /** 'fix': the span is linked to the entity with a correction; 'link': linked, no correction; 'none': no preferred fix to the entity (a hint at most). */
  expect: 'fix' | 'link' | 'none';
}

const ARABIC_SCRIPT = new Set(['SA', 'AE', 'EG', 'IQ', 'SY', 'JO', 'LB', 'KW', 'QA', 'BH', 'OM', 'YE', 'LY', 'TN', 'DZ', 'MA', 'SD', 'IR', 'AF', 'PK']);
const LATIN_WEST = new Set(['US', 'GB', 'DE', 'FR', 'IT', 'ES', 'CA', 'AU', 'NL', 'BE', 'SE', 'NO', 'DK', 'IE', 'AT', 'CH', 'PT', 'BR', 'AR', 'MX']);
const SLAVIC = new Set(['RU', 'UA', 'BY', 'PL', 'CZ', 'SK', 'RS', 'HR', 'BG', 'SI']);
const EAST_ASIAN = new Set(['JP', 'KR']);

const code = (e: KbEntity): string => e.country?.replace(/^country:/, '') ?? '';
const words = (e: KbEntity): string[] => e.name.split(' ');
const VOWEL = /[aeiou]/;
const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** People with a plain two-word Latin name (ASCII letters only, both words of 4+ letters). */
function twoWordPeople(kb: CompiledKb, countries: ReadonlySet<string>): KbEntity[] {
  return kb.entities.filter((e) => e.type === 'PERSON' && countries.has(code(e)) && /^[A-Z][a-z]{3,} [A-Z][a-z]{3,}$/.test(e.name));
}

/** Arabic has no p, v or hard g and writes three vowels: p -> b, v -> f, g -> j, e -> i, o -> u. */
function throughArabic(w: string): string {
  return cap(w.toLowerCase().replace(/p/g, 'b').replace(/v/g, 'f').replace(/g(?!h)/g, 'j').replace(/o/g, 'u').replace(/e(?!$)/g, 'i'));
}

/** Russian: h -> kh, w -> v, j -> dzh, hard c -> k, th -> t, x -> ks, final y -> i. */
function throughCyrillic(w: string): string {
  return cap(w.toLowerCase().replace(/th/g, 't').replace(/(?<![cspgt])h/g, 'kh').replace(/w/g, 'v').replace(/j/g, 'dzh').replace(/c(?![eih])/g, 'k').replace(/x/g, 'ks').replace(/y$/, 'i'));
}

/** Katakana: l -> r, v -> b, th -> s, hard c -> k, a vowel after every consonant but n (o after t, d). */
function throughKana(w: string): string {
  const s = w.toLowerCase().replace(/th/g, 's').replace(/l/g, 'r').replace(/v/g, 'b').replace(/c(?![eih])/g, 'k').replace(/(.)\1/g, '$1');
  return cap(s.replace(/([bcdfghjkmprstvz])(?![aeiouy])/g, (_m, c: string) => (c === 't' || c === 'd' ? `${c}o` : `${c}u`)));
}

/** Hangul: f -> p, v -> b, z -> j, th -> s, "eu" after a consonant that cannot end a syllable. */
function throughHangul(w: string): string {
  const s = w.toLowerCase().replace(/th/g, 's').replace(/f/g, 'p').replace(/v/g, 'b').replace(/z/g, 'j').replace(/(.)\1/g, '$1');
  return cap(s.replace(/([bcdfgjkprstvz])(?![aeiouy])/g, '$1eu'));
}

/** Every k-th of a list, up to n: a spread over the KB, not its first names. */
function spread<T>(list: T[], n: number): T[] {
  const step = Math.max(1, Math.floor(list.length / n));
  return list.filter((_, i) => i % step === 0).slice(0, n);
}

/** Names whose letters a script writes one by one (no digraphs, doubled or silent letters): the tables above do not cover English spelling rules. */
const plainLetters = (e: KbEntity): boolean => !/ch|sh|ph|gh|th|ck|qu|[qxwy]|(.)\1|e$|e /i.test(e.name);

function scriptCases(kb: CompiledKb, set: string, people: KbEntity[], garble: (w: string) => string, place: string, n: number, expect: (span: string, e: KbEntity) => Case['expect'] = () => 'fix'): Case[] {
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  const garbled = people.filter((e) => {
    const [g, s] = words(e);
    // Both words changed (or the surname at least), and still a name: a few letters changed, not all.
    return garble(s) !== s && garble(g) !== g;
  });
  return spread(garbled, n).map((e) => {
    const span = words(e).map(garble).join(' ');
    const country = byId.get(e.country!)!.name;
    return { set, text: `Speaking to reporters in ${place} on Monday, ${span} of ${country} said the talks would resume next week.`, span, entity: e, expect: expect(span, e) };
  });
}

/** A surname alone after the full name was given: a single garbled word, tied to the person named before. */
function surnameCases(set: string, people: KbEntity[], garble: (w: string) => string, place: string, n: number): Case[] {
  const garbled = people.filter((e) => garble(words(e)[1]) !== words(e)[1]);
  return spread(garbled, n).map((e) => {
    const span = garble(words(e)[1]);
    return { set, text: `${e.name} arrived in ${place} on Monday. Later ${span} met the press at the embassy.`, span, entity: e, expect: 'fix' as const };
  });
}

/** Russian, Ukrainian, Polish... cases of a consonant-final surname: genitive -a, dative -u, instrumental -om/-ym. */
function slavicCases(kb: CompiledKb, n: number): Case[] {
  const people = twoWordPeople(kb, SLAVIC).filter((e) => !VOWEL.test(words(e)[1].slice(-1)) && !/[yi]$/.test(words(e)[1]));
  const endings = ['a', 'u', 'ym', 'om', 'e'];
  return spread(people, n).flatMap((e, k) => {
    const [given, surname] = words(e);
    const ending = endings[k % endings.length];
    const declined = surname + ending;
    return [
      { set: 'slavic case, full name', text: `The talks with ${given} ${declined} in Warsaw ended without a statement.`, span: `${given} ${declined}`, entity: e, expect: 'fix' as const },
      { set: 'slavic case, surname named before', text: `${e.name} arrived in Kyiv on Tuesday. Reporters waited for ${declined} outside the ministry.`, span: declined, entity: e, expect: 'fix' as const },
      // A woman of the same surname (female form, another given name): not that person.
      { set: 'slavic case, another person (negative)', text: `The singer Anna ${surname}a opened the festival in Minsk.`, span: `Anna ${surname}a`, entity: e, expect: 'none' as const },
      // The female form alone, with nothing in the article for the man: not corrected.
      { set: 'slavic case, no support (negative)', text: `Critics praised ${surname}a for the new exhibition.`, span: `${surname}a`, entity: e, expect: 'none' as const },
    ];
  });
}

/** Japanese and Korean people written family name first. */
function surnameFirstCases(kb: CompiledKb, n: number): Case[] {
  const people = twoWordPeople(kb, EAST_ASIAN).filter((e) => e.names?.ja?.length || e.names?.ko?.length);
  return spread(people, n).map((e) => {
    const [given, family] = words(e);
    return { set: 'surname first', text: `On Friday ${family} ${given} spoke to the press after the meeting.`, span: `${family} ${given}`, entity: e, expect: 'link' as const };
  });
}

/** Names the KB lacks, and Chinese names one syllable off a KB person's: never corrected by the new matchers. */
function unrelatedNames(kb: CompiledKb, n: number): Case[] {
  const chinese = twoWordPeople(kb, new Set(['CN'])).filter((e) => words(e).every((w) => pinyinSyllables(w)));
  return spread(chinese, n).map((e) => {
    const [family, given] = words(e);
    // Another given name: the family name and the given name's first syllable kept.
    const other = `${family} ${given.slice(0, 2)}ng`;
    return { set: 'Chinese name one syllable off (negative)', text: `Police said ${other} was questioned in Shanghai.`, span: other, entity: e, expect: 'none' as const };
  });
}

export function foreignNameCases(kb: CompiledKb, perSet = 30): Case[] {
  const west = twoWordPeople(kb, LATIN_WEST);
  return [
    // Their own names back from Arabic script with only the vowels or a doubled letter changed are
    // the same name in another romanisation (romanisation-variants.ts): linked, with no correction.
    ...scriptCases(kb, 'Arabic script, people of Arabic-script countries', twoWordPeople(kb, ARABIC_SCRIPT), throughArabic, 'Cairo', perSet, (span, e) => (arabicSkeleton(span) === arabicSkeleton(e.name) ? 'link' : 'fix')),
    ...scriptCases(kb, 'Arabic script, western people', west, throughArabic, 'Tehran', perSet),
    ...scriptCases(kb, 'Cyrillic, western people', west, throughCyrillic, 'Moscow', perSet),
    ...scriptCases(kb, 'Japanese kana, western people', west.filter(plainLetters), throughKana, 'Tokyo', perSet),
    ...scriptCases(kb, 'Korean hangul, western people', west.filter(plainLetters), throughHangul, 'Seoul', perSet),
    ...surnameCases('Arabic script, surname alone', west, throughArabic, 'Cairo', perSet),
    ...surnameCases('Cyrillic, surname alone', west, throughCyrillic, 'Moscow', perSet),
    ...surnameCases('Japanese kana, surname alone', west.filter(plainLetters), throughKana, 'Tokyo', perSet),
    ...slavicCases(kb, perSet),
    ...surnameFirstCases(kb, perSet),
    ...unrelatedNames(kb, perSet),
  ];
}
