import type { KbEntity } from '../kb/model';
import type { KbIndex } from '../kb/index';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import type { Token } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { perKbIndex } from '../slices';
import type { NameCandidate } from './candidates';
import { fixPersonsAtPairs } from './person-fix';
import { replaceable } from './whole-names';
import { latinSpellings, palladius, polivanov } from './russian-systems';
import { pinyinSyllables } from './romanisation';
import { pushTo } from '../collections';

/**
 * Chinese and Japanese names that came through Russian: "Si Tszinpin" for Xi Jinping (习近平,
 * Palladius Си Цзиньпин), "Fumio Kisida" for Fumio Kishida (Polivanov Фумио Кисида). Two
 * capitalised words that are the two words of one Chinese or Japanese person's name, at least one
 * of them as the Russian system writes it, read back from Cyrillic (russian-systems.ts), are that
 * person. A system's spelling that is an English word, or shorter than three letters, is never
 * taken as one.
 */

/** One word of a person's name as Russian writes it, read back. */
interface RussianWord {
  entity: KbEntity;
  /** The word of the English name it stands for. */
  english: string;
  /** The other word of the English name. */
  other: string;
  /** The Cyrillic it reads back from. */
  cyrillic: string;
  /** The whole name in Cyrillic, in the English name's order (for the reason). */
  inCyrillic: string;
  system: 'Palladius' | 'Polivanov';
}

const PEOPLE_PER_STEP = 500;
/** Countries whose people's names Russian writes from Mandarin (the Palladius system). */
const MANDARIN = new Set(['country:CN', 'country:TW', 'country:HK', 'country:MO', 'country:SG']);
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

function* buildIndex(index: KbIndex): Generator<void, Map<string, RussianWord[]>> {
  const bySpelling = new Map<string, RussianWord[]>();
  let n = 0;
  for (const e of index.byId.values()) {
    if (e.type !== 'PERSON' || !e.country) continue;
    if (++n % PEOPLE_PER_STEP === 0) yield;
    for (const w of russianWords(e)) for (const s of latinSpellings(w.cyrillic)) if (telling(s, w)) pushTo(bySpelling, s, w);
  }
  return bySpelling;
}

/**
 * A spelling that tells the Russian route: not the English word itself, three letters at least, no
 * English word, and for a Chinese name no pinyin ("Yun", 云 in pinyin, is also how Russian writes
 * yong: a correct name of someone else).
 */
const telling = (s: string, w: RussianWord): boolean =>
  s.length >= 3 && s !== w.english && !isEnglishWord(s) && (w.system !== 'Palladius' || pinyinSyllables(s) === undefined);

const russianIndex = perKbIndex(buildIndex);

/** Builds the index in steps (the editor's thread is never held for the whole build). */
export const prepareRussianSpellings = (index: KbIndex, pause: () => Promise<void>): Promise<void> => russianIndex.prepare(index, pause);

/** The two words of the person's English name as Russian writes them, or none. */
function russianWords(e: KbEntity): RussianWord[] {
  const english = e.name.toLowerCase().split(' ');
  if (english.length !== 2) return [];
  if (e.country === 'country:JP') {
    // Hepburn in the English name, each word by itself.
    const words = english.map(polivanov);
    if (words.some((w) => w === undefined)) return [];
    return words.map((cyrillic, k) => ({ entity: e, english: english[k], other: english[1 - k], cyrillic: cyrillic!, inCyrillic: capitalised(words as string[]), system: 'Polivanov' as const }));
  }
  const zh = e.names?.zh?.[0];
  const syllables = e.pinyin?.[0]?.split(' ');
  if (!MANDARIN.has(e.country!) || !zh || !HAN_NAME.test(zh) || !syllables || syllables.length !== zh.length) return [];
  // The family name is the first character (two of four); the English name writes it first.
  const family = zh.length === 4 ? 2 : 1;
  const parts = [syllables.slice(0, family), syllables.slice(family)].map((p) => p.map(palladius));
  if (parts.some((p) => p.some((s) => s === undefined))) return [];
  const words = parts.map((p) => p.join(''));
  return words.map((cyrillic, k) => ({ entity: e, english: english[k], other: english[1 - k], cyrillic, inCyrillic: capitalised(words), system: 'Palladius' as const }));
}

const capitalised = (words: string[]): string => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

export function findNamesViaRussian(ctx: ArticleContext, out: MentionSet): void {
  const idx = russianIndex.get(ctx.index);
  if (!idx.size) return;
  const tokens = ctx.tokens;
  fixPersonsAtPairs(ctx, out, (i) => {
    const [a, b] = [tokens[i], tokens[i + 1]];
    const first = idx.get(a.lower);
    const second = idx.get(b.lower);
    if ((!first && !second) || !replaceable(out, a.start, b.end)) return undefined;
    return { candidates: [...candidatesOf(first, b, a, b), ...candidatesOf(second, a, a, b)], last: i + 1 };
  });
}

/**
 * The people one word (`words`: the entries its spelling has) names with `partner`, the other word
 * of the span: the partner is the other word of the same name, written right or as Russian writes it.
 */
function candidatesOf(words: RussianWord[] | undefined, partner: Token, a: Token, b: Token): NameCandidate[] {
  if (!words) return [];
  const out: NameCandidate[] = [];
  for (const w of words) {
    const right = partner.lower === w.other;
    const viaRussian = !right && latinSpellingsOf(w.entity).get(partner.lower) === w.other;
    if (!right && !viaRussian) continue;
    // Written in the span's order, word for word.
    const first = a === partner ? w.other : w.english;
    const second = a === partner ? w.english : w.other;
    const name = w.entity.name.split(' ');
    const replacement = [first, second].map((lower) => name.find((n) => n.toLowerCase() === lower) ?? lower).join(' ');
    out.push({
      start: a.start,
      end: b.end,
      entity: w.entity,
      replacement,
      kind: 'transliteration',
      generator: 'via-russian',
      similarity: 0.93,
      basis: 'reading',
      part: 'full',
      evidence: `is ${w.entity.names?.zh?.[0] ?? w.entity.names?.ja?.[0] ?? w.entity.name} as Russian writes it (${w.inCyrillic}, the ${w.system} system), read back from Cyrillic`,
    });
  }
  return out;
}

// Per person, each Latin spelling of its Russian words -> the English word it stands for (rarely asked: both words garbled).
const spellingsByPerson = new WeakMap<KbEntity, Map<string, string>>();

function latinSpellingsOf(e: KbEntity): Map<string, string> {
  let map = spellingsByPerson.get(e);
  if (!map) {
    map = new Map();
    for (const w of russianWords(e)) for (const s of latinSpellings(w.cyrillic)) map.set(s, w.english);
    spellingsByPerson.set(e, map);
  }
  return map;
}
