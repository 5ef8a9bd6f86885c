import type { KbEntity } from '../kb/model';
import type { KbIndex } from '../kb/index';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { fold, type Token } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { Memo } from '../memo';
import { perKbIndex } from '../slices';
import { pushTo } from '../collections';
import { normaliseRomaji } from './kanji-readings-data';
import type { NameCandidate } from './candidates';
import { replaceable } from './whole-names';
import { fixPersonsAtPairs } from './person-fix';

/**
 * Japanese names in another romanisation: Japanese is written in Latin letters by several
 * systems, and a translation from Japanese that does not know the person picks one: long vowels
 * spelled out (Kōno as "Kouno", Ōtani as "Ootani" or "Ohtani", Yūko as "Yuuko"), the Kunrei-shiki
 * of Japanese schools ("Hukuda" for Fukuda, "Tanizaki Zyun'itiro"), n for m before b, m, p. Two
 * capitalised words that are, in either order, the two words of one Japanese person's name once
 * both are brought to one spelling, but not written as the person writes them, are that person.
 */

interface JapaneseName {
  entity: KbEntity;
  /** The name's two words as the KB writes them. */
  words: [string, string];
  /** Each way the person writes the name (name and aliases), folded: what is no misspelling. */
  own: Array<[string, string]>;
}

const PEOPLE_PER_STEP = 2000;

/** The Kunrei-shiki and Nihon-shiki syllables Hepburn writes otherwise (si shi, ti chi, tu tsu, hu fu, zi ji, di ji, du zu, sy sh, ty ch, zy j). */
const KUNREI: Array<[RegExp, string]> = [
  [/(?<![sc])hu/g, 'fu'],
  [/si/g, 'shi'],
  [/ti/g, 'chi'],
  [/tu/g, 'tsu'],
  [/[zd]i/g, 'ji'],
  [/du/g, 'zu'],
  [/sy/g, 'sh'],
  [/ty/g, 'ch'],
  [/[zj]y/g, 'j'],
];

/** One spelling for a Japanese name word in any romanisation: Hepburn, long vowels once (see normaliseRomaji). */
export function japaneseSpelling(word: string): string {
  let s = fold(word).replace(/[^a-z]/g, '');
  for (const [re, to] of KUNREI) s = s.replace(re, to);
  return normaliseRomaji(s);
}

// Words recur: each is brought to one spelling once.
const spelled = new Memo(japaneseSpelling, 20_000);

/** The key of a pair of words: both in one spelling, in the text's order. */
const pairKey = (a: string, b: string): string => `${spelled.get(a)} ${spelled.get(b)}`;

/** The two words of a name ("Taro Kono"), or undefined. */
function twoWords(name: string): [string, string] | undefined {
  const w = name.split(/\s+/);
  return w.length === 2 && w.every((x) => /^\p{L}[\p{L}'’-]*$/u.test(x)) ? [w[0], w[1]] : undefined;
}

/** A Japanese person whose name is two words: the name, and its two-word forms (name, then aliases). */
function japaneseName(e: KbEntity): { words: [string, string]; forms: Array<[string, string]> } | undefined {
  const words = e.type === 'PERSON' && e.country === 'country:JP' ? twoWords(e.name) : undefined;
  if (!words) return undefined;
  const aliases = (e.aliases ?? []).map(twoWords).filter((w): w is [string, string] => w !== undefined);
  return { words, forms: [words, ...aliases] };
}

function* buildIndex(index: KbIndex): Generator<void, Map<string, JapaneseName[]>> {
  const byKey = new Map<string, JapaneseName[]>();
  let n = 0;
  for (const e of index.byId.values()) {
    if (++n % PEOPLE_PER_STEP === 0) yield;
    const found = japaneseName(e);
    if (!found) continue;
    const { words, forms } = found;
    const name: JapaneseName = { entity: e, words, own: forms.map(([a, b]) => [fold(a), fold(b)]) };
    // Either order: the family name first as in Japanese, or last as in most English text.
    const keys = new Set(forms.flatMap(([a, b]) => [pairKey(a, b), pairKey(b, a)]));
    for (const k of keys) pushTo(byKey, k, name);
  }
  return byKey;
}

const namesIndex = perKbIndex(buildIndex);

/** Builds the index in steps (the editor's thread is never held for the whole build). */
export const prepareJapaneseSpellings = (index: KbIndex, pause: () => Promise<void>): Promise<void> => namesIndex.prepare(index, pause);

export function findJapaneseRomanisations(ctx: ArticleContext, out: MentionSet): void {
  const idx = namesIndex.get(ctx.index);
  if (!idx.size) return;
  const tokens = ctx.tokens;
  fixPersonsAtPairs(ctx, out, (i) => {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (!romaji(a) || !romaji(b)) return undefined;
    const names = idx.get(pairKey(a.text, b.text));
    if (!names || !replaceable(out, a.start, b.end)) return undefined;
    const candidates = names.flatMap((n) => candidateOf(n, a, b) ?? []);
    return { candidates, last: i + 1 };
  });
}

/** A word of romaji: Latin letters (macrons too), two at least. */
const romaji = (t: Token): boolean => t.text.length >= 2 && /^[A-Za-zĀāĒēĪīŌōŪū]+$/.test(t.text);

/** The fix of words a, b to the person's name, unless they are written as the person writes them. */
function candidateOf(n: JapaneseName, a: Token, b: Token): NameCandidate | undefined {
  // Which of the name's words the text writes first (the family name first, Japanese order, or last).
  const flipped = spelled.get(a.text) !== spelled.get(n.words[0]) || spelled.get(b.text) !== spelled.get(n.words[1]);
  const [first, second] = flipped ? [n.words[1], n.words[0]] : n.words;
  const written: [string, string] = [a.folded, b.folded];
  if (n.own.some(([x, y]) => (flipped ? [y, x] : [x, y]).every((w, k) => w === written[k]))) return undefined;
  const changed = [a, b].filter((t, k) => t.folded !== fold([first, second][k]));
  // A respelling that is an English word ("Tone", "Sake") is that word, not a name.
  if (changed.some((t) => isEnglishWord(t.lower))) return undefined;
  return {
    start: a.start,
    end: b.end,
    entity: n.entity,
    replacement: `${first} ${second}`,
    kind: 'transliteration',
    generator: 'japanese-romanisation',
    // Both words respelled is a little less telling than one (the other written as the person does).
    similarity: changed.length === 1 ? 0.95 : 0.93,
    basis: 'reading',
    part: 'full',
    evidence: `writes the Japanese name in another romanisation (${changed.map((t) => `"${t.text}": ${howRespelled(t.text)}`).join(', ')})`,
  };
}

/** What a word's romanisation does that the person's own spelling does not, in words. */
function howRespelled(word: string): string {
  const s = word.toLowerCase();
  const notes: string[] = [];
  if (/ou|oo|oh(?=[^aeiouy]|$)|uu/.test(s)) notes.push('a long vowel spelled out');
  if (KUNREI.some(([re]) => new RegExp(re.source).test(s))) notes.push('Kunrei-shiki spelling');
  if (/n(?=[bmp])/.test(s)) notes.push('n before b, m or p');
  return notes.length ? notes.join(', ') : 'another spelling of the same sounds';
}
