import type { EntityLabel } from '../types';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { CALENDAR_WORD, ORG_HEADS, reportingFrame, speechFollows, TITLE_WORDS } from '../text/name-cues';
import { isCapitalized, type Token } from '../text/tokens';
import { joined } from './gazetteer';
import { firstStartingAt } from '../text/spans';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';
import { namedWithOtherEndings } from './name-endings';
import { isFeatureNoun, isPlaceTypeNoun } from '../names/place-type';

/** Capitalised words that introduce or describe a name but are not part of it: titles and their qualifiers. */
/** Words of a title before a name ("Defense Minister X") that are words of a body's name after its head ("Ministry of National Defense"). */
const FIELD_WORDS = new Set('foreign defence defense interior finance state supreme'.split(' '));
const NOT_NAME = new Set([...TITLE_WORDS, ...FIELD_WORDS, ...'presidents ministers former acting interim new said according'.split(' ')]);
const MEDIA_HEADS = new Set(['times', 'post', 'news', 'tribune', 'journal', 'herald', 'daily', 'television', 'tv', 'radio', 'broadcasting', 'monthly', 'weekly', 'gazette', 'chronicle', 'telegraph', 'observer']);
const PLACE_CUES = new Set('in to from near at across into outside inside'.split(' '));
// Lower-case words that may sit inside a name ("Bank of England", "bin Salman").
const CONNECTORS = new Set(['of', 'bin', 'ibn', 'al', 'el', 'de', 'du', 'da', 'van', 'von', 'der', 'la']);

/**
 * Capitalised runs that no KB form matched: names the KB lacks. Typed by their last word (org
 * heads), a preceding title or following "said" (person), or a preceding place preposition; they
 * carry no correction and the rule "guess" so the hover says they are unconfirmed.
 */
export function findUnknownNames(ctx: ArticleContext, out: MentionSet): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsName(tokens[i]) || out.covers(tokens[i].start, tokens[i].end)) continue;
    let j = i + 1;
    while (j < tokens.length && joined(ctx.text, tokens[j - 1], tokens[j]) && !out.covers(tokens[j].start, tokens[j].end) && (continuesName(tokens, j) || fieldOfBody(tokens, i, j))) j++;
    while (j > i + 1 && !startsName(tokens[j - 1]) && !fieldOfBody(tokens, i, j - 1)) j--; // never end on a connector
    // "Analyst Sarah Chase said": an English word opening the sentence before a given name is no part of the name.
    if (j - i >= 3 && ctx.sentenceStarts.has(i) && isEnglishWord(tokens[i].lower) && !ctx.index.isGivenName(tokens[i].folded) && ctx.index.isGivenName(tokens[i + 1].folded)) i++;
    // "Residents of Liyong County": a group of people opening the sentence, then the name.
    else if (j - i >= 3 && ctx.sentenceStarts.has(i) && tokens[i + 1].lower === 'of' && groupOfPeople(tokens[i].lower)) i += 2;
    const run = tokens.slice(i, j);
    const variant = run.length >= 2 && run.length <= 4 ? namedWithOtherEndings(ctx, run) : undefined;
    if (variant) out.add(variant);
    else if (acceptRun(ctx, run, i)) {
      out.add({ start: run[0].start, end: run[run.length - 1].end, label: guessLabel(ctx, run, i, j), rule: 'guess:capitalised-run' });
    }
    i = j - 1;
  }
}

/**
 * A place the KB knows, then capitalised words ending in an organisation's head, is a body of
 * that place the KB does not know: "Wuhan Municipal Health Commission", "Hubei Provincial Health
 * Commission" are one organisation each, not the city and a guess after it. Runs before the
 * unknown names, which would take the words after the place alone.
 */
export function findBodiesOfPlaces(ctx: ArticleContext, out: MentionSet): void {
  const { tokens } = ctx;
  for (const m of out.all()) {
    if ((m.entity?.type !== 'GPE' && m.entity?.type !== 'LOC') || m.correction || m.label === 'NORP') continue;
    let i = firstStartingAt(tokens, m.start);
    while (i < tokens.length && tokens[i].end <= m.end) i++;
    // The place ends where a word does ("Russia's" ends past the place: a possessive, no body's name).
    if (i === 0 || tokens[i - 1].end !== m.end) continue;
    let j = i;
    while (j < tokens.length && j - i < 4 && joined(ctx.text, tokens[j - 1], tokens[j]) && startsName(tokens[j]) && !out.covers(tokens[j].start, tokens[j].end)) j++;
    // An outlet of the place, something reported in it ("the Macau Monthly reported"); or two
    // words at least after the place, the last a body's head ("Municipal Health Commission").
    const head = tokens[j - 1]?.lower ?? '';
    const outlet = j > i && MEDIA_HEADS.has(head) && reportingFrame(ctx.text, m.start, tokens[j - 1].end);
    if (!outlet && (j - i < 2 || !ORG_HEADS.has(head) || MEDIA_HEADS.has(head))) continue;
    out.replace({ start: m.start, end: tokens[j - 1].end, label: outlet ? 'MEDIA' : 'ORG', rule: outlet ? 'guess:outlet-of-place' : 'guess:body-of-place' });
  }
}

const startsName = (t: Token): boolean => isCapitalized(t.text) && !NOT_NAME.has(t.lower) && !CALENDAR_WORD.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !hyphenatedTitle(t.lower);

/** A title written with hyphens ("Director-General", "Secretary-General", "Commander-in-Chief"): every part a title or a function word. */
const hyphenatedTitle = (lower: string): boolean => lower.includes('-') && lower.split('-').every((p) => NOT_NAME.has(p) || FUNCTION_WORDS.has(p));
const continuesName = (tokens: Token[], j: number): boolean => startsName(tokens[j]) || (CONNECTORS.has(tokens[j].lower) && !!tokens[j + 1] && startsName(tokens[j + 1]));

// Prizes and awards are no entity of the annotation scheme (no person, organisation, place, outlet or event).
const AWARD_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'medals']);

function acceptRun(ctx: ArticleContext, run: Token[], i: number): boolean {
  if (AWARD_HEADS.has(run[run.length - 1].lower)) return false;
  const words = run.filter((t) => !CONNECTORS.has(t.lower));
  const unknownWords = words.filter((t) => !isEnglishWord(t.lower));
  if (run.length === 1) {
    const t = run[0];
    // A nationality the KB knows and the known-name pass left out (a language: "in English"), or
    // two joined ("Sino-Japanese"), is no unknown name.
    if (isDemonym(ctx, t.folded) || (t.folded.includes('-') && t.folded.split('-').every((p) => isDemonym(ctx, p)))) return false;
    // Opening a sentence, a word that is no English word is a name where a verb of saying follows ("Mokoena said").
    const opens = ctx.sentenceStarts.has(i) && !(unknownWords.length === 1 && speechFollows(ctx.text, t.end));
    return !opens && t.text.length >= 3 && (unknownWords.length === 1 || /^\p{Lu}{2,6}$/u.test(t.text));
  }
  if (personByGivenName(ctx, run, i)) return true;
  if (ctx.sentenceStarts.has(i) && isEnglishWord(run[0].lower) && unknownWords.length === 0 && !headOfName(run)) return false;
  return unknownWords.length > 0 || ORG_HEADS.has(run[run.length - 1].lower) || headOfName(run);
}

/**
 * "Anna Smith said", "Minister Grace Wood", "according to Anna Smith": a given name the KB's
 * people have, then a surname, with a title or "according to" before or a verb of saying after,
 * is a person, when every word is also an English word (a guess otherwise needs a word no
 * dictionary has).
 */
function personByGivenName(ctx: ArticleContext, run: Token[], i: number): boolean {
  if (run.length < 2 || run.length > 3 || !ctx.index.isGivenName(run[0].folded) || ORG_HEADS.has(run[run.length - 1].lower)) return false;
  const prev = ctx.tokens[i - 1];
  const source = !!prev && prev.lower === 'to' && ctx.tokens[i - 2]?.lower === 'according';
  return (!!prev && TITLE_WORDS.has(prev.lower)) || source || speechFollows(ctx.text, run[run.length - 1].end);
}

/** A nationality the KB knows ("english"; the parts of "sino-japanese"). */
const isDemonym = (ctx: ArticleContext, folded: string): boolean => ctx.index.lookup(folded)?.some((f) => f.kind === 'demonym') ?? false;

/** "Defense" in "Ministry of National Defense": a field word after an organisation's head and "of". */
const fieldOfBody = (tokens: Token[], i: number, j: number): boolean => isCapitalized(tokens[j].text) && FIELD_WORDS.has(tokens[j].lower) && headOfName(tokens.slice(i, j));

/** An organisation's head word before "of" ("Ministry of National Defense", "Bank of Korea"). */
const headOfName = (run: Token[]): boolean => run.some((t, k) => k > 0 && t.lower === 'of' && ORG_HEADS.has(run[k - 1].lower));

/**
 * A plural English noun that is no organisation's head ("residents", "officials", "villagers"):
 * capitalised only as the sentence's first word, never the start of a name.
 */
const groupOfPeople = (lower: string): boolean =>
  lower.length > 3 && lower.endsWith('s') && !ORG_HEADS.has(lower) && isEnglishWord(lower) && isEnglishWord(lower.slice(0, -1));

function guessLabel(ctx: ArticleContext, run: Token[], i: number, j: number): EntityLabel {
  const last = run[run.length - 1].lower;
  if (ORG_HEADS.has(last) || headOfName(run) || /^\p{Lu}{2,6}$/u.test(run[0].text)) return MEDIA_HEADS.has(last) ? 'MEDIA' : 'ORG';
  // "Liyong County", "Gaolin Township", "Huai River": the text names a kind of place.
  if (run.length >= 2 && (isPlaceTypeNoun(last) || isFeatureNoun(last))) return isFeatureNoun(last) ? 'LOC' : 'GPE';
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[j];
  if ((prev && TITLE_WORDS.has(prev.lower)) || (next && speechFollows(ctx.text, run[run.length - 1].end)) || personByGivenName(ctx, run, i)) return 'PERSON';
  if (prev && PLACE_CUES.has(prev.lower)) return 'GPE';
  return run.length >= 2 ? 'PERSON' : 'GPE';
}
