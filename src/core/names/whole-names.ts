import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { capitalisedPairAt, fold, isCapitalized, type Token } from '../text/tokens';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { TITLE_WORDS } from '../text/name-cues';
import { Memo, PairMemo } from '../memo';
import type { TransliterationIndex } from './transliteration-index';
import { letters, similarity, similarityOfLetters } from './weighted-distance';
import { pinyinSyllables } from './romanisation';
import { givenNameAfterPinyinSurname } from './pinyin-name-parts';
import { articleScripts, SCRIPTS, scriptOfCountry, spellingsBefore, throughScript, type SourceScript } from './script-round-trips';
import { caseEndingOf, DECLINED_SIMILARITY } from './slavic-case-endings';
import { rankSpan } from './ranker';
import { addPersonFix } from './person-fix';
import { titleBefore } from './titles';
import type { NameCandidate } from './candidates';
import { writesFamilyNameFirst } from './surname-first';

/**
 * Names garbled word by word: two or three capitalised words that are, each of them, a word of
 * one person's name as another script or a declension brings it back ("Fladimir Butin" through
 * Arabic script, "Antoniu Gutteres", "Sergei Lavrova" with a Russian case ending). One word
 * that sounds like a name may be chance; every word of the name in order is not. The fix covers
 * the whole span and writes the whole name.
 *
 * A script's correspondences count only where the article plausibly came through that script:
 * the person's country writes it, a country that writes it is in the article, or the name shows
 * two letters the script lacks. Otherwise the words are compared at the weighted distance's
 * plain prices (the Chinese round trip's).
 */

type Route = 'plain' | SourceScript;
const ROUTES: readonly Route[] = ['plain', 'arabic', 'cyrillic', 'kana', 'hangul'];

/** Which script the article came through is the article's to say (candidateOf): a span is kept if any route reads it. */
const ALL_SCRIPTS: ReadonlySet<SourceScript> = new Set(['arabic', 'cyrillic', 'kana', 'hangul']);

/** Each word must be at least this close, and the words on average this close. */
const MIN_WORD = 0.75;
const MIN_MEAN = 0.85;
/** A word that differs from the name's has at least this many letters. */
const MIN_CHANGED_LETTERS = 4;

interface WordMatch {
  /** Similarity on each route (plain: the weighted distance, or a case ending). */
  byRoute: Record<Route, number>;
  notes: Partial<Record<Route, string[]>>;
  telling: Partial<Record<SourceScript, number>>;
  exact: boolean;
  /** The case ending that is the only difference ("a" of "Lavrova"). */
  ending?: string;
}

/** One reading of a span as one person's name. */
interface SpanMatch {
  entity: KbEntity;
  /** The name form whose words the span's words are. */
  form: string;
  words: WordMatch[];
  /**
   * A word that differs from the name's is how some person of the KB writes their own ("Frank"
   * for Franz, "Mehmet" for Ahmet): likely that other name, spelled right.
   */
  otherName: boolean;
}

export function findWholeNames(ctx: ArticleContext, sounds: TransliterationIndex, out: MentionSet): void {
  const scripts = articleScripts(ctx);
  for (let i = 0; i + 1 < ctx.tokens.length; i++) {
    const a = ctx.tokens[i];
    const b = ctx.tokens[i + 1];
    if (!capitalisedPairAt(ctx.tokens, i) && !(isCapitalized(a.text) && (NAME_PARTICLES.has(b.text) || ARTICLE_WORD.test(b.text)))) continue;
    // The given name of a name in pinyin is no name without its surname ("Jian Fang" of "Chen Jian Fang").
    if (givenNameAfterPinyinSurname(ctx.text, ctx.tokens, i)) continue;
    // A known name over both words, or a place or a demonym in them (most capitalised pairs): a binary search.
    if (!replaceable(out, a.start, b.end)) continue;
    const n = windowAt(ctx, i);
    if (!n) continue;
    const words = ctx.tokens.slice(i, i + n);
    const start = words[0].start;
    const end = words[n - 1].end;
    if (n > 2 && !replaceable(out, start, end)) continue;
    const matches = spanMatches(sounds, words.map((t) => t.text).join(' '));
    if (!matches.length) continue;
    const title = titleBefore(ctx, words[0]);
    const candidates = matches.flatMap((m) => candidateOf(m, start, end, scripts) ?? []);
    const best = candidates.length ? rankSpan(ctx, candidates, title) : undefined;
    if (!best) continue;
    addPersonFix(ctx, out, start, end, best);
    i += n - 1;
  }
}

/**
 * How many words (2 or 3) a name window starting at token i has, or 0. Not English words only
 * ("White House"): a garbled name has at least one word no dictionary has.
 */
function windowAt(ctx: ArticleContext, i: number): number {
  let n = 0;
  let named = 0;
  // Up to three words, four in a name with particles (Arabic names: "Tamim bin Hamad Al Thani").
  for (; named < (n > named ? 4 : 3) && i + n < ctx.tokens.length; n++) {
    const t = ctx.tokens[i + n];
    if (n > 0 && (t.start !== ctx.tokens[i + n - 1].end + 1 || ctx.text.charCodeAt(t.start - 1) !== 32)) break;
    if (nameWord(t)) named++;
    // A particle between the words of a name ("Muhammad bin Salman", "Ursula von der Leyen").
    else if (!(n > 0 && n - named < 2 && NAME_PARTICLES.has(t.text) && nameWord(ctx.tokens[i + n + 1] ?? t))) break;
  }
  if (named < 2) return 0;
  for (let k = 0; k < n; k++) if (!NAME_PARTICLES.has(ctx.tokens[i + k].text) && !isEnglishWord(ctx.tokens[i + k].lower)) return n;
  return 0;
}

/** Lower-case particles inside names (Arabic bin, ibn, al; Romance de, da; Germanic van, von, der). */
const NAME_PARTICLES = new Set('bin bint ibn al el ad abu de del della der di da dos das du la le van von'.split(' '));

const nameWord = (t: Token): boolean => t.text.length >= 2 && (isCapitalized(t.text) || ARTICLE_WORD.test(t.text)) && !/\d|\./.test(t.text) && !TITLE_WORDS.has(t.lower) && !FUNCTION_WORDS.has(t.lower);

/** A name word after the Arabic article, the article joined with a hyphen ("al-Houthi", "el-Sisi", "ash-Sharaa"). */
const ARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-\p{Lu}/u;

/**
 * Nothing covers [start, end) but exact, uncorrected names strictly inside it: a surname the KB
 * knows alone, a given name that is also a place's ("Vladimir"). A demonym is no part of a
 * person's name ("Russian Foreign").
 */
export function replaceable(out: MentionSet, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const m = out.at(at, end);
    if (!m) return true;
    if (m.start <= start && m.end >= end) return false;
    if (m.start < start || m.end > end || m.correction || m.rule === 'kb:demonym' || !m.rule.startsWith('kb:')) return false;
    at = m.end;
  }
  return true;
}

// The readings of a span depend on its words only: remembered across articles.
const spans = new WeakMap<TransliterationIndex, Memo<SpanMatch[]>>();

function spanMatches(sounds: TransliterationIndex, text: string): SpanMatch[] {
  let memo = spans.get(sounds);
  if (!memo) spans.set(sounds, (memo = new Memo((t) => matchSpan(sounds, t.split(' ')), 20_000)));
  return memo.get(text);
}

/** The people whose n-word name (or alias) the n words are, word for word, on some route. */
function matchSpan(sounds: TransliterationIndex, words: string[]): SpanMatch[] {
  const out: SpanMatch[] = [];
  for (const e of peopleSoundingLike(sounds, words[words.length - 1])) {
    // A Chinese, Japanese or Korean name comes back by its syllables' readings (reading-names.ts),
    // and a two-syllable given name one letter off is another person's ("Wang Yun", Wang Yong).
    if (writesFamilyNameFirst(e)) continue;
    let best: SpanMatch | undefined;
    let bestScore = 0;
    for (const form of [e.name, ...(e.aliases ?? [])]) {
      const parts = form.split(/\s+/);
      if (parts.length !== words.length) continue;
      // Pinyin against pinyin (a Chinese-born player of another country): a syllable is a
      // character, one off is another person's name; the syllable readings judge those.
      if (allPinyin(parts) && allPinyin(words)) continue;
      const matched = matchWords(words, parts);
      const score = matched && bestRoute(matched, ALL_SCRIPTS).similarity;
      if (matched && score && score > bestScore) [best, bestScore] = [{ entity: e, form, words: matched, otherName: matched.some((m, k) => !m.exact && isOtherName(sounds, words[k], parts[k])) }, score];
    }
    if (best) out.push(best);
  }
  return out;
}

/**
 * `word` is how some person of the KB writes a name and has other consonants than the name's
 * `part` ("Frank" for Franz): another name. Vowels alone differ between transliterations of one
 * name ("Khalid", "Khaled"), above all from Arabic script, which writes few of them.
 */
function isOtherName(sounds: TransliterationIndex, word: string, part: string): boolean {
  return consonants(word) !== consonants(part) && sounds.isPersonNameWord(fold(word));
}

/** The consonants, with the letters that spell one sound in several ways (c, k, q; th, t; ph, f) made one. */
export const consonants = (word: string): string =>
  fold(word)
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/[cq]/g, 'k')
    .replace(/[^a-z]|[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');

const allPinyin = (words: readonly string[]): boolean => words.every((w) => pinyinSyllables(w) !== undefined);

/** Below this a surname is not worth comparing word by word (the scripts' spellings are probed too). */
const PROBE_FLOOR = 0.6;

/** People with a name word near `last`, as written or as it was before a script's round trip ("dzhozef": jozef). */
function peopleSoundingLike(sounds: TransliterationIndex, last: string): Set<KbEntity> {
  const probes = [last, ...spellingsBefore(last)];
  const probeLetters = probes.map(letters);
  const people = new Set<KbEntity>();
  for (const probe of probes) {
    for (const k of sounds.candidates(probe)) {
      if (k.entity.type !== 'PERSON' || people.has(k.entity)) continue;
      const keyL = (k.letters ??= letters(k.spoken));
      if (probeLetters.some((p) => similarityOfLetters(p, keyL, PROBE_FLOOR) >= PROBE_FLOOR)) people.add(k.entity);
    }
  }
  return people;
}

/** Each word against the name's word in the same place; undefined when one is too far on every route or all are exact. */
function matchWords(words: string[], parts: string[]): WordMatch[] | undefined {
  const out: WordMatch[] = new Array(words.length);
  // The last word first: the people come by it, and their surnames repeat (namesakes, and the
  // same surname in the spans of other given names), so its comparison is most often remembered.
  for (let k = words.length - 1; k >= 0; k--) {
    const m = wordMatches.get(words[k], parts[k]);
    if (m === TOO_FAR) return undefined;
    out[k] = m;
  }
  // A short word one letter off is too many names' word: the words that differ carry the match.
  return out.every((m) => m.exact) || words.some((w, k) => !out[k].exact && letters(w).length < MIN_CHANGED_LETTERS) ? undefined : out;
}

/** Below this at plain prices no script brings a word back to the name (a kana or hangul spelling of a short word is about 0.4). */
const FAR = 0.35;

// A word of the text against a name's word: the same pairs recur across spans and articles.
// Most are too far on every route: they share one value.
const wordMatches = new PairMemo<WordMatch>((written, name) => {
  const m = matchWord(written, name);
  return Math.max(...Object.values(m.byRoute)) < MIN_WORD ? TOO_FAR : m;
}, 50_000);
const TOO_FAR: WordMatch = { byRoute: { plain: 0, arabic: 0, cyrillic: 0, kana: 0, hangul: 0 }, notes: {}, telling: {}, exact: false };

function matchWord(written: string, name: string): WordMatch {
  if (fold(written) === fold(name)) return { byRoute: { plain: 1, arabic: 1, cyrillic: 1, kana: 1, hangul: 1 }, notes: {}, telling: {}, exact: true };
  const ending = caseEndingOf(written, name);
  const plain = ending ? DECLINED_SIMILARITY : similarity(written, name);
  const m: WordMatch = { byRoute: { plain, arabic: plain, cyrillic: plain, kana: plain, hangul: plain }, notes: {}, telling: {}, exact: false, ending };
  if (ending) m.notes.plain = [`case ending "-${ending}"`];
  if (plain < FAR) return m;
  for (const script of Object.keys(SCRIPTS) as SourceScript[]) {
    const trip = throughScript(written, name, script);
    if (!trip || trip.similarity <= plain) continue;
    m.byRoute[script] = trip.similarity;
    m.notes[script] = trip.notes;
    m.telling[script] = trip.telling;
  }
  return m;
}

/** The best route the words allow: plain always, a script when `plausible` or shown twice in the name. */
function bestRoute(words: WordMatch[], plausible: ReadonlySet<SourceScript>): { route: Route; similarity: number } {
  let best: { route: Route; similarity: number } = { route: 'plain', similarity: 0 };
  for (const route of ROUTES) {
    if (route !== 'plain' && !plausible.has(route) && words.reduce((n, w) => n + (w.telling[route] ?? 0), 0) < 2) continue;
    const sims = words.map((w) => w.byRoute[route]);
    const mean = sims.reduce((a, b) => a + b, 0) / sims.length;
    if (Math.min(...sims) >= MIN_WORD && mean >= MIN_MEAN && mean > best.similarity) best = { route, similarity: mean };
  }
  return best;
}

/** The candidate for the ranker: the span read on its best plausible route. */
function candidateOf(m: SpanMatch, start: number, end: number, articleScripts: ReadonlySet<SourceScript>): NameCandidate | undefined {
  const own = scriptOfCountry(m.entity.country?.startsWith('country:') ? m.entity.country.slice(8) : undefined);
  const plausible = own ? new Set([...articleScripts, own]) : articleScripts;
  const { route, similarity: sim } = bestRoute(m.words, plausible);
  if (!sim) return undefined;
  const changed = m.words.filter((w) => !w.exact);
  // Only grammar differs, the rest of the name written right: the given name is the support a female form needs.
  const grammatical = changed.every((w) => w.ending) && m.words.some((w) => w.exact);
  const notes = [...new Set(changed.flatMap((w) => w.notes[route] ?? w.notes.plain ?? []))];
  const how = route === 'plain' ? (grammatical ? `is ${m.form} with the Slavic ${notes.join(', ')}` : `sounds like ${m.form}, word for word`) : `reads as ${m.form} through ${SCRIPTS[route].label}: ${notes.join(', ')}`;
  return {
    start,
    end,
    entity: m.entity,
    replacement: preferredForm(m),
    kind: 'transliteration',
    generator: route !== 'plain' ? 'script-round-trip' : grammatical ? 'case-ending' : 'whole-name',
    similarity: sim,
    part: 'full',
    basis: 'sound',
    wholeName: true,
    grammatical,
    otherName: m.otherName,
    evidence: how,
  };
}

/** The form the words were matched to (an alias keeps the article's spelling of the given name: "Sergei Lavrov"). */
const preferredForm = (m: SpanMatch): string => m.form;
