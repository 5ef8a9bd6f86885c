import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { addToSet, pushTo } from '../collections';
import { perKbIndex } from '../slices';
import { Memo } from '../memo';
import { fold, isCapitalized, type Token } from '../text/tokens';
import { scriptOfCountry } from './script-round-trips';
import { TITLE_WORDS } from '../text/name-cues';
import { replaceable } from './whole-names';

/**
 * Names first written in another script have several English spellings, all right, and a
 * translation from that language writes its people's names by any of them. The script's own
 * spelling decides which differences are a system's and which a garbling's:
 * - Arabic script (Arabic, Persian, Urdu, Pashto) writes no short vowels and marks a doubled
 *   consonant only with a sign: "Mohammed", "Muhammad" and "Mohamed" are one name, as are
 *   "Haftar" and "Hafter", "Nasrallah" and "Nasr Allah", "Abdullah" and "Abd Allah"; the son-of
 *   particle is written bin, ibn or ben, the article al, el or assimilated (ash-, ad-), or left
 *   out; Persian writes q or gh, v or w for one letter ("Araqchi", "Araghchi"; "Jawad", "Javad").
 * - Cyrillic is written back by several systems: y or i (Dmitry, Dmitri; Kadyrov, Kadirov), -iy,
 *   -yy or -y (Zelenskiy, Zelensky), ya or ia (Mariya, Maria), ye or e (Yevgeny, Evgeny), x or ks,
 *   j or y (Sergej, Sergey), zh or j (Zhomart, Jomart), a doubled letter or not (Vassily, Vasily).
 *   Greek, Armenian and Georgian names vary the same way (Kyriakos, Kiriakos; Pashinyan,
 *   Pashinian; Irakli, Irakly).
 * A skeleton per script writes a name the way all its systems agree: the consonants a garbling
 * changes (kh and h, q and k, r and l) stay apart. A run of capitalised words whose skeleton is the
 * full name of exactly one KB person of such a country is that person, spelled another way:
 * linked, with no correction (the text is right), before the sound-alike generators would
 * "correct" it to the KB's spelling; so is the surname alone as the article wrote it in the name.
 */
export function arabicSkeleton(name: string): string {
  const words = fold(name)
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w && !ARTICLES.has(w))
    // A final h after a vowel is silent (Abdullah, Abdulla); so is the French final e (Tebboune, Amine).
    .map((w) => (SON_OF.has(w) ? 'b' : DAUGHTER_OF.has(w) ? 'bt' : w.replace(/([aeiou])h$/, '$1').replace(/([^aeiou])e$/, '$1')));
  return (
    words
      .join('')
      // Abdel, Abdul, Abd al-: the servant-of prefix with its article written in or not.
      .replace(/abd[aeiou]?l/g, 'abd')
      // -allah, -ullah, -ollah: the name of God with its article, after a word (Nasrallah, Abdullah).
      .replace(/([^aeiou])[aeiou]lla/g, '$1lla')
      // French dj for the j of ج (Abdelmadjid, Abdelmajid); Persian gh or q for ق and غ (Araghchi,
      // Araqchi), v or w for و (Javad, Jawad).
      .replace(/dj/g, 'j')
      .replace(/gh/g, 'q')
      .replace(/w/g, 'v')
      .replace(/(.)\1+/g, '$1')
      // y before no vowel is a vowel (Shukry, Shukri); before one a consonant (Yusuf, Sayyid).
      .replace(/y(?![aeiou])/g, 'i')
      // The vowels the script does not write: o and u for its u (Mohammed, Muhammad), the rest for
      // its a and i, which romanisations write a, e or i (Haftar, Hafter; Nasser, Nassir). Kept
      // apart, the two tell Hussein from Hassan.
      .replace(/[aeiou]+/g, (run) => (/^[ou]+$/.test(run) ? 'u' : '*'))
  );
}

/** A name as every system of writing Cyrillic in Latin letters writes it (see the module's comment). */
export function cyrillicSkeleton(name: string): string {
  return fold(name)
    .split(/[\s-]+/)
    .map((w) =>
      w
        .replace(/[^a-z]/g, '')
        .replace(/x/g, 'ks')
        .replace(/w/g, 'v')
        // zh or j for Ж (Zhomart, Jomart), then j or y for Й (Sergej, Sergey).
        .replace(/zh/g, 'j')
        .replace(/[jy]/g, 'i')
        // ye, yo at a word's start or after a vowel are the vowel's soft form (Yevgeny, Fyodor).
        .replace(/i([eo])/g, '$1')
        .replace(/(.)\1+/g, '$1'),
    )
    .filter(Boolean)
    .join(' ');
}

// The Arabic skeleton is no key for names that differ in the a or i only: Salah and Saleh (two
// names in Arabic) are one skeleton, so a whole name must match, and a skeleton two people have
// links neither.

/** The Arabic article as a word of its own (al-Sisi, el-Sisi, ash-Sharaa, ad-Din), dropped. */
const ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ed', 'an', 'en', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'az', 'ez', 'ath', 'adh']);
/** The son-of and daughter-of particles (bin Salman, ibn Salman, ben Salman; bint Bandar), each written one way. */
const SON_OF = new Set(['bin', 'ibn', 'ben', 'bn']);
const DAUGHTER_OF = new Set(['bint', 'bent']);

type Script = 'arabic' | 'cyrillic';
const SKELETONS: Record<Script, (name: string) => string> = { arabic: arabicSkeleton, cyrillic: cyrillicSkeleton };
const SCRIPTS = Object.keys(SKELETONS) as Script[];

/** Finds the people of Arabic- and Cyrillic-script countries named by another romanisation of their full name. */
export function findRomanisationVariants(ctx: ArticleContext, out: MentionSet): void {
  // The surnames come from the counting pass over the whole article (a paragraph analysed again
  // alone still knows them); a caller without one finds them here.
  const surnames = ctx.variantSurnames ?? new Map<string, KbEntity>();
  const found = eachFullName(ctx, (person, first, last) => {
    const start = startWithTitle(out, person, ctx.tokens[first].start, ctx.tokens[last].end);
    return replaceable(out, start, ctx.tokens[last].end) ? start : undefined;
  });
  for (const f of found) {
    const mention = { start: f.start, end: f.end, label: 'PERSON' as const, entity: f.person, rule: 'names:romanisation-variant' };
    if (out.covers(mention.start, mention.end)) out.replace(mention);
    else out.add(mention);
    if (!ctx.variantSurnames) addSurname(surnames, ctx, f);
  }
  if (surnames.size) linkSurnames(ctx, out, surnames);
}

/**
 * Pass 1: the surname of each full name of such a person the article writes by another
 * romanisation, as written ("Hafter" of "Khalifa Hafter"), into `ctx.variantSurnames`.
 */
export function countRomanisationVariants(ctx: ArticleContext): void {
  const surnames = (ctx.variantSurnames ??= new Map());
  for (const f of eachFullName(ctx, (_, first) => ctx.tokens[first].start)) addSurname(surnames, ctx, f);
}

interface FullName {
  person: KbEntity;
  start: number;
  end: number;
  /** The index of its last token. */
  last: number;
}

function addSurname(surnames: Map<string, KbEntity>, ctx: ArticleContext, f: FullName): void {
  const surname = ctx.tokens[f.last];
  if (surname.text.length >= 4 && !surnames.has(surname.text)) surnames.set(surname.text, f.person);
}

/**
 * The full names of people of these scripts in the text, by another romanisation, longest first in
 * each run of name words; `take` says where a name's mention starts (undefined: not free to take).
 */
function eachFullName(ctx: ArticleContext, take: (person: KbEntity, first: number, last: number) => number | undefined): FullName[] {
  const people = skeletons.get(ctx.index);
  const out: FullName[] = [];
  if (!people.byName.size) return out;
  const { tokens } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isCapitalized(tokens[i].text)) continue;
    const end = nameRunEnd(ctx, i);
    const found = end - i >= 2 ? longestName(ctx, people, i, end, take) : undefined;
    if (found) out.push(found);
    i = end - 1;
  }
  return out;
}

/**
 * The surname alone where the article wrote it in a full name it named: the same person, spelled
 * as the article spells them (a sound-alike would "fix" it to the KB's spelling otherwise).
 */
function linkSurnames(ctx: ArticleContext, out: MentionSet, surnames: ReadonlyMap<string, KbEntity>): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const person = surnames.get(t.text);
    // Capitalised as the name was; a word that opens a sentence and that the article also writes
    // in lower case ("Said the minister", "... said") is that word.
    if (!person || out.covers(t.start, t.end) || (ctx.sentenceStarts.has(i) && writtenInLowerCase(ctx.text, t.lower))) continue;
    out.add({ start: t.start, end: t.end, label: 'PERSON', entity: person, rule: 'names:romanisation-variant+surname' });
  }
}

/**
 * The longest span of the run of name words i..end-1 (two words or more, from a capitalised word
 * to a name word) that is the full name of exactly one person, and free to take: "Mohammed bin
 * Salman Al Saud" before "Mohammed bin Salman", and the name before an alias that has a title in
 * it ("Crown Prince Muhammad" of "Crown Prince Muhammad ibn Salman").
 */
function longestName(ctx: ArticleContext, people: Skeletons, i: number, end: number, take: (person: KbEntity, first: number, last: number) => number | undefined): FullName | undefined {
  const { tokens, text } = ctx;
  // The spans whose first and last words begin and end some KB name, by their words' skeletons
  // alone (remembered per word): most capitalised runs have none, and no span's skeleton is built.
  const spans: Array<{ first: number; last: number; script: Script }> = [];
  for (let first = i; first + 1 < end; first++) {
    if (!isCapitalized(tokens[first].text)) continue;
    for (const script of SCRIPTS) {
      const lasts = people.ends.get(firstSkeleton(script, tokens[first].lower));
      if (!lasts) continue;
      for (let last = first + 1; last < end && last - first < MAX_WORDS; last++) {
        if (endsName(tokens[last]) && lasts.has(lastSkeleton(script, tokens[last].lower))) spans.push({ first, last, script });
      }
    }
  }
  spans.sort((x, y) => y.last - y.first - (x.last - x.first) || x.first - y.first);
  // A run of nothing but name words (a list of names, a hostile text) tries its longest spans only.
  for (const { first, last, script } of spans.slice(0, MAX_TRIED)) {
    const found = people.byName.get(spanSkeletons[script].get(text.slice(tokens[first].start, tokens[last].end)));
    if (found?.length !== 1) continue;
    const start = take(found[0], first, last);
    if (start !== undefined) return { person: found[0], start, end: tokens[last].end, last };
  }
  return undefined;
}

/**
 * Where the mention starts: at the name, or where the KB's form of the same person that ends inside
 * it begins ("Crown Prince Mohammed Ben Salman": "Crown Prince Mohammed" is the KB's; the whole is
 * the one mention).
 */
function startWithTitle(out: MentionSet, person: KbEntity, start: number, end: number): number {
  const m = out.at(start, end);
  return m && m.entity === person && !m.correction && m.start < start && m.end < end && m.rule.startsWith('kb:') ? m.start : start;
}

/** The article writes `lower` as a word of its own somewhere (a plain search: the word is the text's, no pattern). */
function writtenInLowerCase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isLetter(text[at - 1] ?? ' ') && !isLetter(text[at + lower.length] ?? ' ')) return true;
  }
  return false;
}
const isLetter = (c: string): boolean => /\p{L}/u.test(c);

/** The most words a full name of the KB has, particles included ("Abdullah bin Nasser bin Khalifa Al Thani"). */
const MAX_WORDS = 8;
/** The most spans of one run whose skeleton is built. */
const MAX_TRIED = 24;
/** The longest run of capitalised words looked at (titles and a name: "Emirati President Mohamed bin Zayed Al Nahyan"). */
const MAX_RUN = 12;

/** The end (exclusive) of the run of name words from token i: capitalised words and lower-case particles, one space or hyphen apart. */
function nameRunEnd(ctx: ArticleContext, i: number): number {
  const { tokens, text } = ctx;
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_RUN && nameWord(tokens[j]) && separated(text, tokens[j - 1], tokens[j])) j++;
  return j;
}

const nameWord = (t: Token): boolean => endsName(t) || SON_OF.has(t.text) || DAUGHTER_OF.has(t.text) || ARTICLES.has(t.text);
/** A capitalised word, or one with the article before it in lower case ("al-Sudani"). */
const endsName = (t: Token): boolean => isCapitalized(t.text) || (ARTICLE_BEFORE.test(t.text) && isCapitalized(t.text.slice(t.text.indexOf('-') + 1)));
const ARTICLE_BEFORE = /^(?:al|el|ad|ed|an|en|ar|er|as|es|ash|esh|at|et|az|ez|ath|adh)-/;
const separated = (text: string, a: Token, b: Token): boolean => b.start === a.end + 1 && (text.charCodeAt(a.end) === 32 || text.charCodeAt(a.end) === 45);

interface Skeletons {
  /** The people by the skeleton of each full name of theirs, in their script ("arabic:m*h*m*d..."). */
  byName: Map<string, KbEntity[]>;
  /** The skeletons of each name's first and last words, alone (see firstSkeleton): the last words by the first. */
  ends: Map<string, Set<string>>;
}

/**
 * The skeleton of a name's first word before a hyphen, or of its last word after one ("Abdel" of
 * "Abdel-Fattah", "Sudani" of "al-Sudani"), alone: remembered per word.
 */
const firstSkeleton = (script: Script, word: string): string => firstParts[script].get(word);
const lastSkeleton = (script: Script, word: string): string => lastParts[script].get(word);
const partMemos = (part: (w: string) => string): Record<Script, Memo<string>> => ({
  arabic: new Memo((w) => `arabic:${arabicSkeleton(part(w))}`, 20_000),
  cyrillic: new Memo((w) => `cyrillic:${cyrillicSkeleton(part(w))}`, 20_000),
});
const firstParts = partMemos((w) => w.split('-')[0]);
// A span's skeleton, remembered: names recur through an article and across articles, and the
// counting and the finding pass both ask.
const spanSkeletons = partMemos((w) => w);
const lastParts = partMemos((w) => w.slice(w.lastIndexOf('-') + 1));

/**
 * The KB's people of Arabic- and Cyrillic-script countries by the skeleton of each full name of
 * theirs (two words or more besides the particles: a single word is too short a key to say who).
 */
function* buildSkeletons(index: KbIndex): Generator<void, Skeletons> {
  const out = new Map<string, KbEntity[]>();
  const ends = new Map<string, Set<string>>();
  let n = 0;
  for (const e of index.byId.values()) {
    if (++n % 2_000 === 0) yield;
    const script = e.type === 'PERSON' ? skeletonScript(e.country?.replace(/^country:/, '')) : undefined;
    if (!script) continue;
    const keys = new Set<string>();
    // A form that opens with a title ("Crown Prince Mohammed", "Sheikh Zayed") is no spelling of
    // the name; a title word further in is a name's ("Zayed bin Sultan").
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      if (nameWords(form) < 2 || fold(form).split(/\s+/).slice(0, 2).some((w) => TITLE_WORDS.has(w))) continue;
      keys.add(`${script}:${SKELETONS[script](form)}`);
      const parts = form.split(/\s+/);
      for (const a of endWords(parts[0], 'first')) for (const b of endWords(parts[parts.length - 1], 'last')) addToSet(ends, firstSkeleton(script, fold(a)), lastSkeleton(script, fold(b)));
    }
    for (const k of keys) {
      const list = out.get(k);
      if (!list?.includes(e)) pushTo(out, k, e);
    }
  }
  return { byName: out, ends };
}

/**
 * The words a name's first or last word may be written as at the end of a span: itself, or its
 * part before or after the article or God's name when written apart ("Abd Allah" of "Abdullah",
 * "Nasr Allah" of "Nasrallah"; "al-Sudani" is one word either way).
 */
function endWords(word: string, end: 'first' | 'last'): string[] {
  const w = fold(word);
  const out = [word];
  if (end === 'first' && w.startsWith('abd')) out.push('abd');
  if (end === 'last' && /[aeiou]ll?ah?$/.test(w)) out.push('allah');
  return out;
}

const nameWords = (form: string): number => fold(form).split(/[\s-]+/).filter((w) => w && !ARTICLES.has(w) && !SON_OF.has(w) && !DAUGHTER_OF.has(w)).length;

/** Which skeleton a country's people's names take: their script's, Greek, Armenian and Georgian as Cyrillic. */
function skeletonScript(country: string | undefined): Script | undefined {
  const script = scriptOfCountry(country);
  if (script === 'arabic' || script === 'cyrillic') return script;
  return country && ROMANISED_LIKE_CYRILLIC.has(country) ? 'cyrillic' : undefined;
}
const ROMANISED_LIKE_CYRILLIC = new Set(['GR', 'CY', 'AM', 'GE']);

const skeletons = perKbIndex(buildSkeletons);

/** Builds the index in steps (the editor's thread is never held for the whole build). */
export const prepareRomanisationVariants = (index: KbIndex, pause: () => Promise<void>): Promise<void> => skeletons.prepare(index, pause);
