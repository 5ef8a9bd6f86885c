import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import { LIKELY_CONFIDENCE } from '../types';
import { fold, isCapitalized, type Token } from '../text/tokens';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { isPinyinWord } from './phonetic';
import { soundSimilarity } from './romanisation';

/**
 * One name, one reading per article: once a garbled spelling has a likely fix, the same
 * spelling elsewhere in the article is the same person or place, even where it stands alone
 * without the title or context that made the first one sure ("Prime Minister Albanesi's visit",
 * then "led by Albanesi"). Copies the fix to every uncovered occurrence of the spelling.
 */
export function spreadLikelyFixes(ctx: ArticleContext, out: MentionSet): void {
  const fixes = new Map<string, Mention>();
  for (const m of out.all()) {
    const c = m.correction;
    // A likely fix, or a hint that ties variants (a sound-alike with its person's country in the
    // article: Mention.tiesVariants): a name garbled several ways is one person, the variants no
    // surer than the fix they are tied to.
    if (!c || c.kind !== 'transliteration' || !(c.confidence >= LIKELY_CONFIDENCE || m.tiesVariants) || !m.entity) continue;
    const surface = bare(ctx.text.slice(m.start, m.end));
    if (surface.length >= 4 && !fixes.has(surface)) fixes.set(surface, m);
  }
  // A variant found in one round can tie the next one ("Drumlasko" sounds like a variant more than
  // like the first fix): two rounds, each only with the spellings the round before added.
  let from: ReadonlyMap<string, Mention> = fixes;
  for (let round = 0; round < 2 && from.size; round++) from = spreadRound(ctx, out, from);
}

/** Spreads the fixes of `fixes` to same spellings and variants; returns the variants it added. */
function spreadRound(ctx: ArticleContext, out: MentionSet, fixes: ReadonlyMap<string, Mention>): Map<string, Mention> {
  // Words recur: which fix a spelling sounds like is worked out once per spelling.
  const variants = new Map<string, Variant | undefined>();
  const added = new Map<string, Mention>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    // Fixes are four letters or more, variants five: shorter words are none of them.
    if (t.text.length < 4) continue;
    const word = bare(t.text);
    const m = fixes.get(word);
    if (!m) {
      // A variant is capitalised and five letters long (variantOf), and what it sounds like is
      // the word's, wherever it stands: most words are passed before the look-up of what covers them.
      if (word.length < 5 || !isCapitalized(word)) continue;
      if (!variants.has(word)) variants.set(word, variantOf(ctx, word, fixes));
      const best = variants.get(word);
      if (!best || out.covers(t.start, t.start + word.length) || nameGoesOn(ctx, i, best.m)) continue;
      const v = spreadToVariant(ctx, out, i, word, best);
      if (v && !added.has(word)) added.set(word, v);
      continue;
    }
    if (out.covers(t.start, t.start + word.length) || nameGoesOn(ctx, i, m)) continue;
    out.add({
      ...m,
      start: t.start,
      end: t.start + word.length,
      rule: `${m.rule}+same-spelling`,
      correction: { ...m.correction!, confidence: Math.min(m.correction!.confidence, 0.8), reason: `${m.correction!.reason} (the same spelling as a likely fix elsewhere in the article)` },
    });
  }
  return added;
}

// Asked for nearly every word: the possessive is told by its last two characters, without a regex.
const bare = (s: string): string => (s.charCodeAt(s.length - 1) === 115 && isApostrophe(s.charCodeAt(s.length - 2)) ? s.slice(0, -2) : s);
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * How alike a spelling must sound to one with a likely fix to take the same fix; a little less
 * to a one-word fix that is near certain (a garbled name is often respelt several ways in one
 * article). A word against a two-word spelling keeps the stricter bar: its shape differs.
 */
const VARIANT_SIMILARITY = 0.8;
const VARIANT_OF_SURE_SIMILARITY = 0.75;
const SURE_CONFIDENCE = 0.9;

/**
 * Another spelling of a name fixed elsewhere in the article ("Dromlesko" after "Drumlesco" was
 * fixed to Lo Celso): a capitalised word that is no English word and sounds like it takes the
 * same fix as a hint-to-likely suggestion, never more sure than the fix it copies.
 */
function spreadToVariant(ctx: ArticleContext, out: MentionSet, i: number, word: string, best: Variant): Mention | undefined {
  const t = ctx.tokens[i];
  const c = best.m.correction!;
  const given = givenNameBefore(ctx, out, i, best.m);
  const m: Mention = {
    ...best.m,
    start: given ? given.start : t.start,
    end: t.start + word.length,
    rule: `${best.m.rule}+variant`,
    correction: {
      ...c,
      ...(given ? { replacement: best.m.entity!.name } : {}),
      confidence: Math.min(c.confidence, best.sim >= 0.9 ? 0.75 : 0.6),
      reason: `sounds like "${best.surface}", fixed to ${c.replacement} elsewhere in the article`,
    },
  };
  return out.add(m) ? m : undefined;
}

/**
 * "Dagou Shanpei" where "Shanpei" is a variant of a person's surname fixed elsewhere: the
 * capitalised word right before it, no English word (a romanised syllable may be one) and no known name, is the same person's
 * other name, garbled too. The fix then covers both and writes the full name.
 */
function givenNameBefore(ctx: ArticleContext, out: MentionSet, i: number, fixed: Mention): Token | undefined {
  const e = fixed.entity;
  if (!e || e.type !== 'PERSON' || !e.name.includes(' ') || fixed.correction!.replacement === e.name) return undefined;
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (!prev || ctx.text.slice(prev.end, t.start) !== ' ' || !isCapitalized(prev.text) || prev.text.length < 2) return undefined;
  // A romanised syllable ("Yu", "Li") is in the English lexicon too: it counts as a name here,
  // unless it is a function word or starts the sentence ("He").
  if (FUNCTION_WORDS.has(prev.lower) || ctx.sentenceStarts.has(i - 1)) return undefined;
  if ((isEnglishWord(prev.lower) && !isPinyinWord(prev.text)) || ctx.index.lookup(prev.folded) || out.covers(prev.start, prev.end)) return undefined;
  return prev;
}

/**
 * "General Abdul Rahman" where "abdul" was fixed elsewhere: a capitalised word right after the
 * spelling or variant that is no word of the fixed entity's name makes it part of another full
 * name, not the fixed one.
 */
function nameGoesOn(ctx: ArticleContext, i: number, fixed: Mention): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!next || ctx.text.slice(t.end, next.start) !== ' ' || !isCapitalized(next.text) || FUNCTION_WORDS.has(next.lower) || ctx.sentenceStarts.has(i + 1)) return false;
  return !fixed.entity?.name.split(/[\s-]+/).some((w) => fold(w) === next.folded);
}

interface Variant {
  m: Mention;
  surface: string;
  sim: number;
}

/** The likely fix whose spelling `word` sounds most like, if one is near enough. */
function variantOf(ctx: ArticleContext, word: string, fixes: ReadonlyMap<string, Mention>): Variant | undefined {
  if (word.length < 5 || !isCapitalized(word) || isEnglishWord(word.toLowerCase()) || ctx.index.lookup(fold(word))) return undefined;
  let best: Variant | undefined;
  for (const [surface, m] of fixes) {
    const sim = soundSimilarity(word, surface, VARIANT_OF_SURE_SIMILARITY); // the lower of the two floors
    const floor = m.correction!.confidence >= SURE_CONFIDENCE && !surface.includes(' ') ? VARIANT_OF_SURE_SIMILARITY : VARIANT_SIMILARITY;
    if (sim >= floor && (!best || sim > best.sim)) best = { m, surface, sim };
  }
  return best;
}
