import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { Token } from '../text/tokens';
import type { Mention } from './mention';

export interface NameVariant {
  entity: KbEntity;
  replacement: string;
  /** The confident spelling it was tied to. */
  via: string;
  similarity: number;
}

/** What the detectors know about the article as a whole. */
export interface ArticleContext {
  text: string;
  /** The article's date (ISO), when known: entities that came into being later are not named in it. */
  referenceDate?: string;
  tokens: Token[];
  /** The tokens are a part's (whole paragraphs of a longer analysis, or one analysed again), not the whole text's. */
  partial?: boolean;
  index: KbIndex;
  /** Token indices that start a sentence or a line. */
  sentenceStarts: Set<number>;
  /** Exact mentions per entity id, and per country id (the country itself, its demonyms, its cities and people). */
  entityCounts: Map<string, number>;
  countryCounts: Map<string, number>;
  /** Countries named by their name (not only a demonym) somewhere in the article. */
  namedCountries: Set<string>;
  /** People named in full in pinyin somewhere in the article ("An Tianwenxiong"): their surname alone is theirs. */
  pinyinNamed: Set<string>;
  /**
   * Spellings of names tied to an entity in this article (their joined sound, see soundForm):
   * the confident readings and the variants that sound like them ("Dagou Shanpei" after
   * "Dagu Xiangping"), with the text each should read.
   */
  nameVariants: Map<string, NameVariant>;
  /** Lower-case acronyms introduced so far, by their first introduction (see findAcronyms). */
  acronyms?: Map<string, Mention>;
  /**
   * Where the counting pass counted a confident reading, per entity id (span start to its
   * spelling, lower case): a name's own count, or its same spelling's elsewhere, is no sign that
   * the article names the entity elsewhere (see ranker's supportOf). Only a full pass has them; a
   * re-analysed paragraph goes without.
   */
  countedReadings?: Map<string, Map<number, string>>;
  /**
   * Where the counting pass counted a KB name, per entity id (span starts): a name counted inside
   * the span a fix is for ("Kuleba" in "Dmitry Kuleba") is that span, not the entity named
   * elsewhere (see ranker's supportOf). Only a full pass has them.
   */
  countedNames?: Map<string, number[]>;
  /**
   * Surnames as the article writes them in the full name of a person of an Arabic- or
   * Cyrillic-script country by another romanisation ("Hafter" of "Khalifa Hafter"), counted over
   * the whole article (see names/romanisation-variants.ts).
   */
  variantSurnames?: Map<string, KbEntity>;
  /**
   * Surnames (lower case) of names the article writes whole in pinyin, a one-syllable surname
   * before a given name ("Xiao" of "Xiao Yizhi"), counted over the whole article (see
   * names/reading-names.ts): alone, such a word is that person, not a reading of something else.
   */
  pinyinSurnames?: Set<string>;
}

export function countMention(ctx: ArticleContext, e: KbEntity): void {
  ctx.entityCounts.set(e.id, (ctx.entityCounts.get(e.id) ?? 0) + 1);
  const country = ctx.index.countryOf(e);
  if (country) ctx.countryCounts.set(country.id, (ctx.countryCounts.get(country.id) ?? 0) + 1);
}

/** How many of the entity's KB names the counting pass counted inside [start, end) (the span itself, not elsewhere). */
export function countedInside(ctx: ArticleContext, id: string, start: number, end: number): number {
  return ctx.countedNames?.get(id)?.filter((at) => at >= start && at < end).length ?? 0;
}

/**
 * How many of the entity's mentions the counting pass counted elsewhere are the last word of
 * [start, end) alone ("Yermak" after "Anatoliy Yermak"): the surname the span has as written,
 * which says nothing of whether its other words are the entity's (it may be another Yermak's).
 */
export function countedAsLastWord(ctx: ArticleContext, id: string, start: number, end: number): number {
  const at = ctx.countedNames?.get(id);
  if (!at) return 0;
  const space = ctx.text.lastIndexOf(' ', end - 1);
  if (space < start) return 0;
  const last = ctx.text.slice(space + 1, end);
  let n = 0;
  for (const p of at) if ((p < start || p >= end) && ctx.text.startsWith(last, p) && !/[\p{L}\p{N}]/u.test(ctx.text[p + last.length] ?? '')) n++;
  return n;
}

/** How much an entity belongs to this article: its own mentions and its country's. */
export function salience(ctx: ArticleContext, e: KbEntity): number {
  const own = ctx.entityCounts.get(e.id) ?? 0;
  const country = ctx.index.countryOf(e);
  const inCountry = country ? (ctx.countryCounts.get(country.id) ?? 0) : 0;
  return own * 2 + Math.min(inCountry, 10);
}

/**
 * The entity's country is in the article: named, or something of it other than the entity
 * itself mentioned (the ranker's support, and what a place spelt another way needs).
 */
export function countryInArticle(ctx: ArticleContext, e: KbEntity): boolean {
  const country = ctx.index.countryOf(e);
  return !!country && ((ctx.countryCounts.get(country.id) ?? 0) - (ctx.entityCounts.get(e.id) ?? 0) > 0 || ctx.namedCountries.has(country.id));
}

/** Token indices that begin a sentence: the first token of a line, or after . ! ? : */
export function findSentenceStarts(text: string, tokens: Token[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || breaksSentence(text, tokens[i - 1].end, tokens[i].start)) starts.add(i);
  }
  return starts;
}

/** Whether text[from, to) holds . ! ? : a line break or an opening quote (no slice: once per token). */
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10 || c === 34 || c === 0x201c) return true;
  }
  return false;
}

/** The entity did not exist yet at `referenceDate` (ISO; its `from` may be a year or a month). */
export function notYet(e: KbEntity, referenceDate: string | undefined): boolean {
  return !!e.from && !!referenceDate && referenceDate.slice(0, e.from.length) < e.from;
}
