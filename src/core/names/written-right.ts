import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { formKey } from '../kb/forms';
import { beforeOrganisationHead, TITLE_WORDS } from '../text/name-cues';
import { isEnglishWord } from '../text/english';
import { capitalisedPairs, isCapitalized, type Token } from '../text/tokens';
import { givenNameAfterPinyinSurname } from './pinyin-name-parts';
import { calledAPlace, isPlaceTypeNoun } from './place-type';
import type { RankedCandidate } from './ranker';
import { spanWord, type SpanWord } from './syllable-readings';

/**
 * Spans of name-like words that are names written right, not garbled ones, for the syllable
 * readings (reading-names.ts): news translated from Chinese names many people, places and
 * organisations the KB does not know, in exact pinyin or in their own system, and a span that
 * spells some KB entity's Chinese name is often one of them.
 */

/** A span of one to three name-like words the readings look at. */
export interface Span {
  start: number;
  end: number;
  words: SpanWord[];
  /** The span is a whole run of name-like words, not a part of a longer one. */
  whole: boolean;
  /** Index of the span's first token (a title before it is read only when a candidate needs it). */
  first: number;
}

/** Tokens a and b are separated by one space. */
export const spaced = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && text[a.end] === ' ';

/**
 * The surnames of the names the article writes whole in pinyin ("Xiao" of "Xiao Yizhi"), into
 * `ctx.pinyinSurnames`: counted over the whole article, so that a paragraph analysed alone reads
 * the surname standing alone ("Xiao added") as the person, as one pass over the article does.
 */
export function countPinyinSurnames(ctx: ArticleContext): void {
  const surnames = (ctx.pinyinSurnames ??= new Set());
  for (const i of capitalisedPairs(ctx.tokens)) if (givenNameAfterPinyinSurname(ctx.text, ctx.tokens, i + 1, 1)) surnames.add(ctx.tokens[i].lower);
}

/** The text calls the span a place, or it begins an organisation's name. */
export function notAPerson(ctx: ArticleContext, span: Span): boolean {
  const last = span.first + span.words.length - 1;
  return calledAPlace(ctx.text, span.start, span.end) || (ctx.tokens[last]?.end === span.end && beforeOrganisationHead(ctx.text, ctx.tokens, last));
}

/** The replacement is the span's words and a type noun after them ("Taixing" -> "Taixing City"). */
export function typeNounAdded(span: string, replacement: string): boolean {
  const cut = replacement.lastIndexOf(' ');
  // Letters only: "Bei'an City" for "Beian".
  const letters = (s: string) => formKey(s).replace(/[^\p{L}]/gu, '');
  return cut > 0 && isPlaceTypeNoun(replacement.slice(cut + 1)) && letters(replacement.slice(0, cut)) === letters(span);
}

/**
 * One word right after a place's name is the rest of a name that begins with it, a club's or a
 * company's ("Hebei Huasha", "Beijing Guoan"), not another place read alone (华沙 Warsaw).
 */
export function afterPlaceName(ctx: ArticleContext, out: MentionSet, span: Span): boolean {
  const prev = ctx.tokens[span.first - 1];
  if (span.words.length !== 1 || !prev || !spaced(ctx.text, prev, ctx.tokens[span.first])) return false;
  const place = out.at(prev.start, prev.end);
  return !!place && !place.correction && place.end === prev.end && (place.label === 'GPE' || place.label === 'LOC');
}

/**
 * One word before a surname written in full, the first word of a person's name: a given name
 * the KB's people have ("Angela Novak" is no 安哥拉 Angola), or any word before a surname in no
 * system of the readings (not pinyin, not English: "Katarina Löfgren" is no 卡塔赫纳 Cartagena).
 * It is read as nothing else. A word before a name in pinyin may be a place's ("Shouer
 * Jiangnan"); before an English word, a body's ("Xini Harbour").
 */
export function givenNameBeforeSurname(ctx: ArticleContext, span: Span): boolean {
  const next = ctx.tokens[span.first + 1];
  if (span.words.length !== 1 || !next || !spaced(ctx.text, ctx.tokens[span.first], next) || !isCapitalized(next.text)) return false;
  if (TITLE_WORDS.has(next.lower) || isEnglishWord(next.lower)) return false;
  if (ctx.index.isGivenName(ctx.tokens[span.first].folded)) return true;
  return !spanWord(next.lower).syllables && !ctx.index.forms.has(formKey(next.text));
}

/**
 * One word of a longer name read as a whole person's name run together ("Chengyi" of "Qiaoben
 * Chengyi" as 程颐 Cheng Yi): the word is a part of that name, not someone's surname and given
 * name at once.
 */
export const wholeNameInsideName = (span: Span, r: RankedCandidate): boolean => span.words.length === 1 && !span.whole && r.entity.type === 'PERSON' && r.part === 'full' && r.generator === 'syllables';

/** Below this similarity a name in its own system is someone else's. */
const OWN_SYSTEM_SIMILARITY = 0.95;

/**
 * A given name written with its syllables hyphenated ("Park Ji-hoon", "Kim Min-jun") is written
 * in its own romanisation, not read from characters by a translation (which gives pinyin or runs
 * the syllables together): only a near-exact reading is that person; a near one is someone else
 * of a similar name (Ji-won, Min-jeong), of whom a language with few syllables has many.
 */
export function anotherOwnSpelling(ctx: ArticleContext, span: Span, r: RankedCandidate): boolean {
  if (r.similarity >= OWN_SYSTEM_SIMILARITY) return false;
  for (let k = span.first; k < ctx.tokens.length && ctx.tokens[k].start < span.end; k++) if (HYPHENATED.test(ctx.tokens[k].text)) return true;
  return false;
}

const HYPHENATED = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * A word alone that the article writes elsewhere as the surname of a whole name in pinyin ("Xiao
 * added", after "Xiao Yizhi"): that person, by the surname news uses for them, not a reading of
 * something else (西澳 xi ao, Western Australia).
 */
export function surnameOfPinyinName(ctx: ArticleContext, span: Span): boolean {
  return span.words.length === 1 && !!ctx.pinyinSurnames?.has(ctx.tokens[span.first].lower);
}
