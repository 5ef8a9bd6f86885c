/**
 * Where a knowledge-base form stands inside a longer phrase that changes what it names, read from
 * the words around it (never from entity names):
 * - "the National Army": an English-word name ("The National") followed by another capitalised
 *   word is the start of a longer name, not the outlet;
 * - "the Minsk group": a place between "the" and a group or agreement noun names the group;
 * - "the Korean government": a people's demonym before a state's institution is the state's.
 */
import type { ArticleContext } from './context';
import type { GazetteerMatch } from './gazetteer';
import { joined } from './gazetteer';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { CALENDAR_WORD, GROUP_HEAD_WORDS, MEETING_HEAD_WORDS, STATE_WORDS, TITLE_WORDS } from '../text/name-cues';
import type { EntityLabel } from '../types';
import { isCapitalized, type Token } from '../text/tokens';
import { titleStartsAt } from '../names/titles';

/** The word (token) after the match when only a space separates them (else undefined). */
function wordAfter(ctx: ArticleContext, m: GazetteerMatch): Token | undefined {
  const next = ctx.tokens[m.last];
  return next && joined(ctx.text, ctx.tokens[m.last - 1], next) ? next : undefined;
}

/** The word (token) before the match when only a space separates them (else undefined). */
function wordBefore(ctx: ArticleContext, m: GazetteerMatch): Token | undefined {
  const previous = ctx.tokens[m.first - 1];
  return previous && joined(ctx.text, previous, ctx.tokens[m.first]) ? previous : undefined;
}

// Title Case lines (headlines) capitalise every word: no capital there says a name goes on.
const titleCaseLines = new WeakMap<ArticleContext, Map<number, boolean>>();

function inTitleCaseLine(ctx: ArticleContext, offset: number): boolean {
  const lineStart = ctx.text.lastIndexOf('\n', offset - 1) + 1;
  const cache = titleCaseLines.get(ctx) ?? new Map<number, boolean>();
  titleCaseLines.set(ctx, cache);
  let titled = cache.get(lineStart);
  if (titled === undefined) {
    const end = ctx.text.indexOf('\n', lineStart);
    const line = ctx.text.slice(lineStart, end < 0 ? ctx.text.length : end);
    // A sentence has lower-case words of four letters or more; a Title Case headline has none.
    titled = !/(?:^|\s)\p{Ll}{4,}/u.test(line);
    cache.set(lineStart, titled);
  }
  return titled;
}

/**
 * "the National Army": a name of one English content word, followed by a capitalised word that
 * is not a title, a date word or a function word, is part of a longer name.
 */
export function continuesIntoLongerName(ctx: ArticleContext, m: GazetteerMatch): boolean {
  // "Russia's Putin": a possessive ends the name.
  if (POSSESSIVE_AFTER.test(ctx.text.slice(m.end, m.end + 2))) return false;
  const next = wordAfter(ctx, m);
  if (!next || !isCapitalized(next.text)) return false;
  const lower = next.lower;
  if (TITLE_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || CALENDAR_WORD.test(lower)) return false;
  // One content word ("The National", "Time"): a name of two or more ("Global Times", "People's
  // Daily") is specific enough to stand before another capitalised word.
  // "India Foreign Minister Ramesh Sen", "Russia Defense Minister Shoigu": the country before a
  // title is the title's, named, not the head of a longer name.
  return oneEnglishWordOutsideTitleCase(ctx, m) && !titleStartsAt(ctx, m.last);
}

/** The match is one English content word (a function word aside), not in a Title Case line. */
function oneEnglishWordOutsideTitleCase(ctx: ArticleContext, m: GazetteerMatch): boolean {
  const words = m.surface.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return words.length === 1 && isEnglishWord(words[0].toLowerCase()) && !inTitleCaseLine(ctx, m.start);
}

const POSSESSIVE_AFTER = /^['’]s$/;

/**
 * "the Wuhan Municipal Health Commission": a name of one English content word ("Commission",
 * the European Commission's short name) after a capitalised word that is neither a function
 * word, a title nor a nationality is the head of a longer name, another body's.
 */
export function endsLongerName(ctx: ArticleContext, m: GazetteerMatch): boolean {
  const before = wordBefore(ctx, m);
  if (!before || !isCapitalized(before.text) || /['’]s$/.test(before.text)) return false;
  const lower = before.lower;
  if (TITLE_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || CALENDAR_WORD.test(lower)) return false;
  // A nationality describes the body ("European Commission"); a union or an organisation owns it ("EU Commission").
  if (ctx.index.lookup(before.folded)?.some((f) => f.kind === 'demonym' || ((f.kind === 'name' || f.kind === 'alias') && f.entity.type === 'ORG'))) return false;
  return oneEnglishWordOutsideTitleCase(ctx, m);
}

/**
 * "Minister of Foreign Affairs", "Ministry of Culture": the words after an office's or a body's
 * head word and "of" belong to that name, not to an outlet or body that has them as its own.
 */
export function afterInstitutionHead(ctx: ArticleContext, m: GazetteerMatch): boolean {
  let k = m.first - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  if (!/^(?:of|for|on)$/.test(ctx.tokens[k]?.lower ?? '')) return false;
  const head = ctx.tokens[k - 1];
  return !!head && /^\p{Lu}/u.test(head.text) && INSTITUTION_HEADS.has(head.lower) && joined(ctx.text, head, ctx.tokens[k]);
}

const INSTITUTION_HEADS = new Set(['minister', 'ministry', 'department', 'secretary', 'committee', 'office', 'bureau', 'council', 'commission', 'institute', 'academy', 'chamber', 'agency', 'administration', 'board', 'division', 'directorate', 'authority', 'service']);

/**
 * "the Minsk group", "the Astana format": a place's name used as the name of a group (ORG) or of
 * a meeting or agreement (EVENT). The phrase's end and label; undefined when it is the place.
 */
export function namedAfterPlace(ctx: ArticleContext, m: GazetteerMatch): { end: number; label: EntityLabel } | undefined {
  const before = wordBefore(ctx, m);
  const after = wordAfter(ctx, m);
  if (before?.lower !== 'the' || after === undefined) return undefined;
  const label = GROUP_HEAD_WORDS.has(after.text) ? 'ORG' : MEETING_HEAD_WORDS.has(after.text) ? 'EVENT' : undefined;
  return label && { end: ctx.tokens[m.last].end, label };
}

/** "the Korean government": a state's institution follows the word. */
export function stateWordFollows(ctx: ArticleContext, m: GazetteerMatch): boolean {
  const after = wordAfter(ctx, m);
  return after !== undefined && STATE_WORDS.has(after.lower);
}
