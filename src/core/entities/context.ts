import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { Token } from '../text/tokens';

/** What the detectors know about the article as a whole. */
export interface ArticleContext {
  text: string;
  tokens: Token[];
  index: KbIndex;
  /** Token indices that start a sentence or a line. */
  sentenceStarts: Set<number>;
  /** Exact mentions per entity id, and per country id (the country itself, its demonyms, its cities and people). */
  entityCounts: Map<string, number>;
  countryCounts: Map<string, number>;
  /** Countries named by their name (not only a demonym) somewhere in the article. */
  namedCountries: Set<string>;
}

export function countMention(ctx: ArticleContext, e: KbEntity): void {
  ctx.entityCounts.set(e.id, (ctx.entityCounts.get(e.id) ?? 0) + 1);
  const country = ctx.index.countryOf(e);
  if (country) ctx.countryCounts.set(country.id, (ctx.countryCounts.get(country.id) ?? 0) + 1);
}

/** How much an entity belongs to this article: its own mentions and its country's. */
export function salience(ctx: ArticleContext, e: KbEntity): number {
  const own = ctx.entityCounts.get(e.id) ?? 0;
  const country = ctx.index.countryOf(e);
  const inCountry = country ? (ctx.countryCounts.get(country.id) ?? 0) : 0;
  return own * 2 + Math.min(inCountry, 10);
}

/** Token indices that begin a sentence: the first token of a line, or after . ! ? : */
export function findSentenceStarts(text: string, tokens: Token[]): Set<number> {
  const starts = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const gap = text.slice(i ? tokens[i - 1].end : 0, tokens[i].start);
    if (i === 0 || /[.!?:\n"“]/.test(gap)) starts.add(i);
  }
  return starts;
}
