import type { KbEntity } from '../kb/model';
import { countedAsLastWord, countedInside, countryInArticle, type ArticleContext } from '../entities/context';
import type { NameCandidate } from './candidates';
import { topicalOf } from '../entities/sports';
import { countryBeforeTitle, ofCountryOrConfusable } from './titles';
import { firstEndingAfter } from '../text/spans';

/**
 * One ranker for the proposals of every name generator, and one gate. The ranker adds what the
 * article says to what the form says: the entity named elsewhere in the article (in full, or
 * by a variant already tied to it), its country in the article, a title before the name that
 * fits the entity's roles. The gate turns the result into a preferred fix, a hint or nothing.
 */
export interface RankedCandidate extends NameCandidate {
  /** Similarity plus the article's support. */
  score: number;
  /** 0..1 as the correction's confidence; below HINT_FLOOR the candidate is dropped. */
  confidence: number;
  /** The article's support, in words for the reason. */
  support: string[];
}

export const HINT_FLOOR = 0.5;

interface Support {
  own: number;
  country: boolean;
  title: boolean;
}

/** What the article says about an entity: how often it is named, its country, a fitting title. */
function supportOf(ctx: ArticleContext, c: NameCandidate, titleRoles?: readonly string[]): Support {
  const e = c.entity;
  // The counting pass counted this very span when it read it confidently, or a part of it (one
  // word read alone, "Xuan" of "Xuan Nghi"), and the same spelling wherever else the article
  // repeats it: those counts (and their country's) say nothing about the rest of the article
  // ("Xini" twice is no sign of Sydney).
  const counted = ctx.countedReadings?.get(e.id);
  const spelling = counted ? ctx.text.slice(c.start, c.end).toLowerCase() : '';
  let self = 0;
  if (counted) for (const [at, s] of counted) if (s === spelling || (at < c.end && at + s.length > c.start)) self++;
  const namedInPinyin = ctx.pinyinNamed.has(e.id) && (!counted || counted.size > self);
  // A KB name of the entity counted inside the span ("Kuleba" in "Dmitry Kuleba") is the span itself.
  // Nor is the span's own surname alone elsewhere a sign that its given name is the entity's.
  const inside = countedInside(ctx, e.id, c.start, c.end) + countedAsLastWord(ctx, e.id, c.start, c.end);
  const own = (ctx.entityCounts.get(e.id) ?? 0) - self - inside + (namedInPinyin ? 1 : 0);
  const inCountry = countryInArticle(ctx, e);
  const title = !!titleRoles && !!e.roles?.some((r) => titleRoles.includes(r));
  return { own, country: inCountry, title };
}

/** The support in words, for the reason (only for candidates past the gate). */
function supportNotes(ctx: ArticleContext, e: KbEntity, s: Support): string[] {
  const notes: string[] = [];
  const country = ctx.index.countryOf(e);
  if (s.own > 0) notes.push(`${e.name} is named elsewhere in the article`);
  if (s.country && country && country !== e) notes.push(`${country.name} is in the article`);
  if (s.title) notes.push('the title before it fits');
  return notes;
}

/**
 * Ranks the candidates of one span (any generators) and applies the gate. A preferred fix needs
 * the article's support, a near-exact full reading too (without it, a hint); weaker or partial
 * ones need more of it; a rival of nearly the same score that would write something else makes
 * the fix doubtful.
 */
export function rankSpan(ctx: ArticleContext, candidates: readonly NameCandidate[], titleRoles?: readonly string[], pinyinName = false): RankedCandidate | undefined {
  // Scored without copies or words: most spans have no candidate past the gate, and only the
  // winner's support is put into words.
  const ranked: Scored[] = [];
  // The country before the title is the person's ("Icelandic Prime Minister Lumumbe" is no Lumumba).
  const nationality = titleRoles && candidates.length ? countryBeforeTitleAt(ctx, candidates[0].start) : undefined;
  for (const c of candidates) {
    if (nationality && c.entity.type === 'PERSON' && !ofCountryOrConfusable(ctx, nationality, c.entity)) continue;
    const s = supportOf(ctx, c, titleRoles);
    const gated = c.otherName && s.own <= 0 ? otherNameGate(c, s) : gate(c, s);
    const confidence = pinyinName ? asPinyinName(c, s, gated) : gated;
    if (confidence >= HINT_FLOOR) ranked.push({ c, s, confidence, score: c.similarity + (s.own > 0 ? 0.08 : 0) + (s.country ? 0.04 : 0) + (s.title ? 0.04 : 0) });
  }
  if (!ranked.length) return undefined;
  ranked.sort((a, b) => b.score - a.score || (a.c.part === 'full' ? -1 : 1));
  // A club and the place it is named after read alike (both written "Burgos", or "FC Basel" and
  // "Basel"): the article's topic decides, no doubt left.
  // The city's other clubs may rank between them (釜山: Busan, and two clubs of Busan); of two
  // clubs of one city, the game the article is about decides.
  const namesake = ranked.find((r) => r.c.entity !== ranked[0].c.entity && ranked[0].score - r.score < 0.03 && topicalOf(ctx.text, ranked[0].c.entity, r.c.entity));
  const topical = namesake ? topicalOf(ctx.text, ranked[0].c.entity, namesake.c.entity) : undefined;
  const best = topical && topical === namesake!.c.entity ? namesake! : ranked[0];
  const result: RankedCandidate = { ...best.c, score: best.score, confidence: best.confidence, support: supportNotes(ctx, best.c.entity, best.s) };
  // The topic set the best against the others of its kind: no rival among those it won against
  // (two clubs of one city and one game stay rivals).
  const otherSide = (r: Scored): boolean => !!topical && topicalOf(ctx.text, best.c.entity, r.c.entity) === best.c.entity;
  const rival = ranked.find((r) => r.c.entity !== best.c.entity && r.c.replacement !== best.c.replacement && !otherSide(r));
  if (rival && best.score - rival.score < 0.03) {
    const doubtful = best.confidence - 0.15;
    return doubtful >= HINT_FLOOR ? { ...result, confidence: doubtful, support: [...result.support, `also close to ${rival.c.entity.name}`] } : undefined;
  }
  return result;
}

/** The country before the title before the span starting at `start` (see countryBeforeTitle). */
function countryBeforeTitleAt(ctx: ArticleContext, start: number): KbEntity | undefined {
  const i = firstEndingAfter(ctx.tokens, start);
  return ctx.tokens[i]?.start === start ? countryBeforeTitle(ctx, i) : undefined;
}

/**
 * A word of the span is another name as its own bearers write it ("Ahmed Salah" by Mohamed
 * Salah): without the person named elsewhere, a fitting title makes it a hint ("Egypt striker
 * Ahmed Salah" is as likely another striker), nothing else does.
 */
const otherNameGate = (c: NameCandidate, s: Support): number => (s.title ? Math.min(gate(c, s), OTHER_NAME_HINT) : 0);

const OTHER_NAME_HINT = 0.6;

/** A long transcribed surname alone, read exactly, with only its country in the article. */
const LONG_SURNAME_HINT = 0.55;

/** Most a reading of a whole name in pinyin gets without the article's support: a hint. */
const PINYIN_NAME_HINT = 0.55;

/**
 * A span that is a whole Chinese name in pinyin, a one-syllable surname and a given name ("Li
 * Ming", "Tang Shan"), is first of all that: a person the KB does not know, written right (news
 * translated from Chinese names many). It reads as a KB entity's Chinese name only with the
 * article's support: a place or an organisation only where the article names it otherwise too
 * (a name is no garbled 唐山 Tangshan or 荷兰 Netherlands), a person where their country or a
 * fitting title is there as well; else a person is a hint at most.
 */
function asPinyinName(c: NameCandidate, s: Support, confidence: number): number {
  if (s.own > 0) return confidence;
  if (c.entity.type !== 'PERSON') return 0;
  return s.country || s.title ? confidence : Math.min(confidence, PINYIN_NAME_HINT);
}

/** A candidate past the gate, before it is written out as a RankedCandidate. */
interface Scored {
  c: NameCandidate;
  s: Support;
  score: number;
  confidence: number;
}

/** The gate: how sure a fix is, from the form's similarity and the article's support. */
function gate(c: NameCandidate, s: Support): number {
  const sim = c.similarity;
  const named = s.own > 0;
  const titled = s.title;
  const related = s.country || titled;
  // The entity's own name, word for word: as sure as the name itself.
  if (c.sameWords) return 0.92;
  if (c.needsCue && !named && !related) return 0;
  if (c.part === 'part') {
    // A part of a name is someone the article names in full; a surname also one whose roles
    // the title before it names, in an article about their country ("Canadian singer Diweng":
    // Celine, not Stephane, Dion; "Japanese Prime Minister Shipo"). Not any part: a pinyin name
    // cut short is most often someone the KB lacks.
    if (named) return sim >= 0.93 ? 0.8 : sim >= 0.85 ? 0.65 : 0;
    if (titled && s.country && c.familyName && sim >= 0.93) return 0.72;
    // A foreign surname read out exactly in three syllables or more, in an article about the
    // person's country, without their full name or title: a hint (others may share the surname).
    return c.longTranscription && s.country && sim >= 0.97 ? LONG_SURNAME_HINT : 0;
  }
  if (c.wholeName) {
    // Every word of one person's name in order: one word alike may be chance, all of them are
    // not; still a preferred fix only with the article's support (or only grammar differs).
    // Without it, a hint when near, nothing when only a little alike: a given name shared and a
    // surname a little alike is most often someone the KB does not know (Marco Rossi is no
    // Marco Reus, Andrei Novikov no Andrei Ravkov).
    if (c.grammatical) return 0.85;
    if (sim >= 0.9) return named ? 0.9 : related ? 0.8 : 0.55;
    if (sim >= 0.85) return named ? 0.8 : related ? 0.7 : 0;
    return 0;
  }
  // A variant of a name the article already gives: tied by sound to a confident reading.
  if (c.variant) return sim >= 0.85 ? 0.75 : 0.6;
  if (c.basis === 'sound') {
    // Only sounds alike: a respelling of a name the article gives reason to expect.
    if (sim >= 0.9) return named ? 0.8 : related ? 0.6 : 0;
    return sim >= 0.85 && named ? 0.7 : 0;
  }
  // Near-exact: likely with the article's support, else a hint (a name the KB does not know may read so).
  if (sim >= 0.93) return named || related ? 0.92 : 0.6;
  // A person's name read in pinyin a syllable apart is someone else as often as a garble of it
  // (a syllable is a character: 吉田洋子 is no 吉田阳菜 Hana Yoshida): their country, which every
  // name of that country in the article has, does not make it likely; a fitting title or the
  // person named elsewhere does.
  const supported = c.entity.type === 'PERSON' && c.generator === 'syllables' ? titled : related;
  if (sim >= 0.85) return named ? 0.8 : supported ? 0.72 : 0.55;
  if (sim >= 0.8) return named ? 0.7 : supported ? 0.55 : 0;
  return 0;
}
