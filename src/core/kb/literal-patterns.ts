import type { EntityLabel } from '../types';
import type { CompiledKb, KbEntity } from './model';
import { FUNCTION_WORDS } from '../text/english';
import { namedInOwnCharacters } from './own-characters';

/**
 * Literal-translation patterns (build time): machine translation renders the Chinese name of an
 * organisation, outlet, event or place word by word, and each word by one of its dictionary
 * glosses. For each such entity whose zh name segments into two or more words, the pattern is
 * the list of its segments, each with its English glosses (from data/cedict/glosses.json, a
 * CC-CEDICT subset written by scripts/import-cedict.mjs) or, for a segment that is itself a KB
 * place or people (利比亚), that entity, whose English name, aliases and demonyms the matcher
 * reads from the KB at run time. Stored compactly in out/kb.literal.json; matched by
 * src/core/names/literal-translation.ts.
 */
export interface StoredLiterals {
  version: 1;
  /**
   * The distinct segments: [zh word, its glosses joined by "|" (lower case), the index in the
   * KB of the place or people it names, or -1, and for a transcription or a place its reading
   * in pinyin as one word ("aohusi" for 奥胡斯), or ''].
   */
  words: Array<[string, string, number, string]>;
  /**
   * The patterns, flat: entity index in the KB, index of the zh name in `names.zh`, number of
   * segments n, then n indexes into `words`; repeated.
   */
  patterns: number[];
}

/** The types that get patterns (people's names are transliterated, not translated; NORP are single words). */
export const PATTERN_TYPES: ReadonlySet<EntityLabel> = new Set(['ORG', 'MEDIA', 'EVENT', 'FAC', 'LOC', 'GPE']);
/** The types whose zh names are words of the segmentation lexicon (keep in step with scripts/import-cedict.mjs). */
export const PLACE_TYPES: ReadonlySet<EntityLabel> = new Set(['GPE', 'LOC', 'NORP']);

/**
 * The few head-word renderings the dictionary lacks: English synonyms added to a gloss wherever
 * it occurs (a newspaper is also a "paper"; CC-CEDICT has "television" but news write "TV").
 * English-to-English only; no Chinese word and no entity name is rendered here.
 */
const HEAD_SYNONYMS: Record<string, string[]> = {
  newspaper: ['paper', 'news'],
  automobile: ['motor', 'motors'],
  'daily newspaper': ['daily'],
  'television station': ['tv station', 'tv', 'television'],
  television: ['tv'],
  'news service': ['news agency'],
  office: ['bureau'],
  organization: ['organisation'],
  center: ['centre'],
};

const HAN = /\p{Script=Han}/u;

/**
 * The participle a one-word gloss would have as a verb, which a name uses as an adjective: 联合
 * "unite" is the "United" of a name, 合并 "combine" its "Combined", 统一 "unify" its "Unified".
 * The dictionary does not say which glosses are verbs: the caller keeps the forms the English
 * lexicon has (no "nationed").
 */
export function participleOf(gloss: string): string | undefined {
  if (!/^[a-z]{3,}$/.test(gloss) || gloss.endsWith('ed')) return undefined;
  if (gloss.endsWith('e')) return `${gloss}d`;
  if (/[^aeiou]y$/.test(gloss)) return `${gloss.slice(0, -1)}ied`;
  // One syllable ending consonant-vowel-consonant doubles it ("ban": "banned").
  if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(gloss)) return `${gloss}${gloss.slice(-1)}ed`;
  return `${gloss}ed`;
}

/** Forward maximum matching (as scripts/import-cedict.mjs): longest word first, the whole name excluded, one character as fallback; Latin/digit runs are segments, other non-Han characters dropped. */
export function segmentName(name: string, isWord: (w: string) => boolean, maxLen: number): string[] {
  const chars = [...name];
  const out: string[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!HAN.test(chars[i])) {
      let j = i;
      while (j < chars.length && /[0-9A-Za-z]/.test(chars[j])) j++;
      if (j > i) out.push(chars.slice(i, j).join(''));
      i = Math.max(j, i + 1);
      continue;
    }
    let len = Math.min(maxLen, chars.length - i);
    for (; len > 1; len--) {
      if (len === chars.length) continue;
      const part = chars.slice(i, i + len);
      if (part.every((ch) => HAN.test(ch)) && isWord(part.join(''))) break;
    }
    len = Math.max(len, 1);
    out.push(chars.slice(i, i + len).join(''));
    i += len;
  }
  return out;
}

/** Places English writes in pinyin already (the mainland's, Taiwan's): their reading is their name. */
const PINYIN_PLACES = /^country:(?:CN|TW|HK|MO)$/;
const readAsForeign = (e: KbEntity): boolean => e.id !== 'country:CN' && !(e.country && PINYIN_PLACES.test(e.country));

const placeRank = (e: KbEntity): number => (e.id.startsWith('country:') ? 0 : e.type === 'GPE' ? 1 : e.type === 'LOC' ? 2 : 3);

/**
 * A name that the dictionary does not know is a transcription of a foreign name: segmented, it
 * falls into single characters and syllable words whose glosses are names themselves
 * (纳|戈尔|诺|卡拉|巴赫 for Nagorno-Karabakh). Translators render it by sound, so a pattern of
 * its pieces' meanings would never match. Two such pieces in a row (not counting a KB place or
 * the head) mark one.
 */
function looksTranscribed(segments: string[], nameLike: (w: string) => boolean): boolean {
  let run = 0;
  for (let i = 0; i < segments.length; i++) {
    run = i < segments.length - 1 && nameLike(segments[i]) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/**
 * The pieces of a transcription as one segment (奥|胡|斯|大学 -> 奥胡斯|大学): a translation that
 * does not know the name reads the transcribed part in pinyin and translates the rest ("Aohusi
 * University" for 奥胡斯大学 Aarhus University). Runs of two name-like pieces or more are joined;
 * the last segment stays apart, as in looksTranscribed: a head of one character (报, 党, 省) is
 * translated.
 */
function joinTranscriptions(segments: string[], nameLike: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; ) {
    let j = i;
    while (j < segments.length - 1 && nameLike(segments[j])) j++;
    if (j - i >= 2) {
      out.push(segments.slice(i, j).join(''));
      i = j;
    } else out.push(segments[i++]);
  }
  return out;
}

/**
 * The pinyin of each segment from the name's reading (one toneless syllable per Han character,
 * space-separated, as the KB stores it), joined into one word; undefined where the characters
 * and syllables do not line up.
 */
function segmentReadings(segments: string[], pinyin: string | undefined): Array<string | undefined> {
  const syllables = pinyin?.split(' ') ?? [];
  const hanCount = segments.reduce((n, s) => n + (HAN.test(s) ? [...s].length : 0), 0);
  if (hanCount !== syllables.length) return segments.map(() => undefined);
  let at = 0;
  return segments.map((s) => {
    if (!HAN.test(s)) return undefined;
    const n = [...s].length;
    at += n;
    return syllables.slice(at - n, at).join('').replace(/ü/g, 'u');
  });
}

/**
 * The patterns of a compiled KB, from the dictionary subset (word -> glosses); and the zh names
 * that are transcriptions of foreign names (莫克姆 for Morecambe): read back by sound, never
 * translated (the syllable readings take them). `isEnglishWord` (the build's word list) keeps
 * the participles of glosses that are words.
 */
export function compileLiteralPatterns(kb: CompiledKb, glosses: Record<string, string[]>, isEnglishWord: (word: string) => boolean = () => false): { stored: StoredLiterals; transcribed: Set<string>; stats: { entities: number; patterns: number; unknownChars: number } } {
  const places = new Map<string, number>();
  kb.entities.forEach((e, i) => {
    if (!PLACE_TYPES.has(e.type)) return;
    for (const z of e.names?.zh ?? []) {
      const j = places.get(z);
      if (j === undefined || placeRank(e) < placeRank(kb.entities[j])) places.set(z, i);
    }
  });
  const has = (w: string) => Object.prototype.hasOwnProperty.call(glosses, w);
  let maxLen = 1;
  for (const w of [...Object.keys(glosses), ...places.keys()]) maxLen = Math.max(maxLen, [...w].length);
  const isWord = (w: string) => has(w) || places.has(w);
  const placeOf = (w: string) => places.get(w) ?? -1;
  // A piece of a transcription: one character, or a word glossed only by names ("Gore", "Bach").
  const nameLike = (w: string) =>
    HAN.test(w) && placeOf(w) < 0 && ([...w].length === 1 || (has(w) && glosses[w].length > 0 && glosses[w].every((g) => /^\p{Lu}/u.test(g))));

  const headEndsName = (e: KbEntity, head: string): boolean => {
    const renderings = new Set((has(head) ? glosses[head] : []).flatMap((g) => [g.toLowerCase(), ...(HEAD_SYNONYMS[g.toLowerCase()] ?? [])]));
    return [e.name, ...(e.aliases ?? [])].some((n) => renderings.has(n.toLowerCase().split(/\s+/).pop()!));
  };
  const wordIds = new Map<string, number>();
  const stored: StoredLiterals = { version: 1, words: [], patterns: [] };
  // A transcription (a word of several characters glossed only by names, or pieces joined) or a
  // place is also read in pinyin: its reading is one of its renderings.
  const readable = (w: string) => [...w].length >= 2 && (placeOf(w) >= 0 ? readAsForeign(kb.entities[placeOf(w)]) : nameLike(w) || !isWord(w));
  // `read`: the name is its own characters (a Japanese or Korean company's: 现代 is Hyundai before it is "modern").
  const wordId = (w: string, reading: string | undefined, read = false): number => {
    let id = wordIds.get(w);
    const takes = (all: string): boolean => !!reading && (read ? HAN.test(w) && [...w].length >= 2 : readable(w)) && !all.split('|').includes(reading);
    // A word met first in a name without a reading (an entity with no pinyin) takes a later one's.
    if (id !== undefined && !stored.words[id][3] && takes(stored.words[id][1])) stored.words[id][3] = reading!;
    if (id === undefined) {
      let list = HAN.test(w) ? (has(w) ? glosses[w] : []) : [w];
      // A character whose first sense is a function word (和 "and", 之 "him", 的 "of") is a
      // particle: translators drop it or write it as a connector. Function words never match.
      const isFunction = (g: string) => FUNCTION_WORDS.has(g.toLowerCase());
      if ([...w].length === 1 && list.length && isFunction(list[0])) list = [];
      const all: string[] = [];
      for (const g of list.filter((x) => !isFunction(x))) {
        const key = g.toLowerCase();
        const adjective = participleOf(key);
        for (const x of [key, ...(HEAD_SYNONYMS[key] ?? []), ...(adjective && isEnglishWord(adjective) ? [adjective] : [])]) if (!all.includes(x)) all.push(x);
      }
      id = stored.words.length;
      stored.words.push([w, all.join('|'), placeOf(w), takes(all.join('|')) ? reading! : '']);
      wordIds.set(w, id);
    }
    return id;
  };

  let entities = 0;
  let unknownChars = 0;
  const transcribed = new Set<string>();
  kb.entities.forEach((e, i) => {
    if (!PATTERN_TYPES.has(e.type)) return;
    let any = false;
    (e.names?.zh ?? []).forEach((zh, z) => {
      const pieces = segmentName(zh, isWord, maxLen);
      for (const s of pieces) if (HAN.test(s) && !isWord(s)) unknownChars++;
      if (looksTranscribed(pieces, nameLike)) transcribed.add(zh);
      // A Chinese place name of single characters (江苏, 大连) is read, never translated.
      if ((e.type === 'GPE' || e.type === 'LOC') && pieces.every((s) => [...s].length === 1 && placeOf(s) < 0)) return;
      const segments = transcribed.has(zh) ? joinTranscriptions(pieces, nameLike) : pieces;
      // A transcription is translated only in its head, the word its English name ends with too
      // (奥胡斯大学 Aarhus University); else it is read whole (莫克姆 Morecambe: 姆 is no head).
      if (transcribed.has(zh) && !headEndsName(e, segments[segments.length - 1])) return;
      const readings = segmentReadings(segments, e.pinyin?.[z]);
      // Segments a translator can render: a gloss, a KB place, or the reading of a
      // transcription. Particles (之, 的) have none.
      const own = namedInOwnCharacters(e);
      const rendered = segments.filter((s, k) => placeOf(s) >= 0 || (HAN.test(s) ? (has(s) && glosses[s].length > 0) || (!!readings[k] && (own || readable(s))) : true));
      if (rendered.length < 2) return;
      stored.patterns.push(i, z, segments.length, ...segments.map((s, k) => wordId(s, readings[k], own)));
      any = true;
    });
    if (any) entities++;
  });
  return { stored, transcribed, stats: { entities, patterns: countPatterns(stored), unknownChars } };
}

function countPatterns(stored: StoredLiterals): number {
  let n = 0;
  for (let i = 0; i < stored.patterns.length; i += 3 + stored.patterns[i + 2]) n++;
  return n;
}
