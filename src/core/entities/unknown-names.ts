import type { EntityLabel } from '../types';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { CALENDAR_WORD, ORG_HEADS, speechFollows, TITLE_WORDS } from '../text/name-cues';
import { isCapitalized, type Token } from '../text/tokens';
import { joined } from './gazetteer';
import { formKey } from '../kb/forms';
import type { FormEntry, KbIndex } from '../kb/index';
import { pushTo } from '../collections';
import { fold } from '../text/tokens';
import { notYet, type ArticleContext } from './context';
import type { Mention, MentionSet } from './mention';
import { isPlaceTypeNoun } from '../names/place-type';

/** Capitalised words that introduce or describe a name but are not part of it: titles and their qualifiers. */
/** Words of a title before a name ("Defense Minister X") that are words of a body's name after its head ("Ministry of National Defense"). */
const FIELD_WORDS = new Set('foreign defence defense interior finance state supreme'.split(' '));
const NOT_NAME = new Set([...TITLE_WORDS, ...FIELD_WORDS, ...'presidents ministers former acting interim new said according'.split(' ')]);
const MEDIA_HEADS = new Set(['times', 'post', 'news', 'tribune', 'journal', 'herald', 'daily', 'television', 'tv', 'radio', 'broadcasting']);
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
    return !ctx.sentenceStarts.has(i) && t.text.length >= 3 && (unknownWords.length === 1 || /^\p{Lu}{2,6}$/u.test(t.text));
  }
  if (ctx.sentenceStarts.has(i) && isEnglishWord(run[0].lower) && unknownWords.length === 0 && !headOfName(run)) return false;
  return unknownWords.length > 0 || ORG_HEADS.has(run[run.length - 1].lower) || headOfName(run);
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

/** Nouns of a natural feature: the name they end is a location, not a political entity. */
const FEATURE_NOUNS = new Set(['river', 'lake', 'mountain', 'mountains', 'bay', 'gulf', 'peninsula', 'sea', 'strait', 'island', 'islands', 'archipelago']);

function guessLabel(ctx: ArticleContext, run: Token[], i: number, j: number): EntityLabel {
  const last = run[run.length - 1].lower;
  if (ORG_HEADS.has(last) || headOfName(run) || /^\p{Lu}{2,6}$/u.test(run[0].text)) return MEDIA_HEADS.has(last) ? 'MEDIA' : 'ORG';
  // "Liyong County", "Gaolin Township", "Huai River": the text names a kind of place.
  if (run.length >= 2 && (isPlaceTypeNoun(last) || FEATURE_NOUNS.has(last))) return FEATURE_NOUNS.has(last) ? 'LOC' : 'GPE';
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[j];
  if ((prev && TITLE_WORDS.has(prev.lower)) || (next && speechFollows(ctx.text, run[run.length - 1].end))) return 'PERSON';
  if (prev && PLACE_CUES.has(prev.lower)) return 'GPE';
  return run.length >= 2 ? 'PERSON' : 'GPE';
}

/** Kinds of entity whose names are phrases a translation may inflect ("People's Power Party"). */
const PHRASE_NAMED = new Set<EntityLabel>(['ORG', 'MEDIA', 'EVENT', 'FAC']);

/**
 * A KB name the run writes with a possessive or a plural ending a word of it lacks, or without
 * one it has: "People's Power Party" and "Peoples Power Party" for the People Power Party,
 * "People Liberation Army" for the People's Liberation Army. Only names of bodies, outlets,
 * events and facilities, only where exactly one entity has the name, and only for runs no KB
 * form matched as written. The fix writes the KB's name.
 */
function namedWithOtherEndings(ctx: ArticleContext, run: Token[]): Mention | undefined {
  const entries = byEndlessKey(ctx.index).get(endlessKey(run.map((t) => fold(t.text))))?.filter((f) => !notYet(f.entity, ctx.referenceDate));
  if (!entries?.length || entries.some((f) => f.entity !== entries[0].entity)) return undefined;
  const { entity, form } = entries[0];
  const written = ctx.text.slice(run[0].start, run[run.length - 1].end);
  if (formKey(written) === formKey(form)) return undefined;
  return {
    start: run[0].start,
    end: run[run.length - 1].end,
    label: entity.type,
    entity,
    rule: 'kb:name-ending',
    correction: { replacement: form, kind: 'possessive', confidence: 0.85, reason: `${entity.name} is written "${form}"; the text has "${written}", a word's ending changed` },
  };
}

/** Folded words without their possessive or plural endings, joined ("people's" and "peoples" as "people"). */
const endlessKey = (words: readonly string[]): string => words.map((w) => w.replace(ENDING, '')).join(' ');
const ENDING = /(?:['’]s|(?<=\p{L}{3})s)$/u;

const endless = new WeakMap<KbIndex, { changes: number; keys: Map<string, FormEntry[]> }>();

/** The names (and aliases) of two to four words of the phrase-named entities, by their endless key; built on first use. */
function byEndlessKey(index: KbIndex): Map<string, FormEntry[]> {
  const known = endless.get(index);
  if (known && known.changes === index.changes) return known.keys;
  const keys = new Map<string, FormEntry[]>();
  for (const [key, entries] of index.forms) {
    let endless: string | undefined;
    for (const f of entries) {
      if ((f.kind !== 'name' && f.kind !== 'alias') || !PHRASE_NAMED.has(f.entity.type)) continue;
      if (endless === undefined) {
        const words = key.split(' ');
        endless = words.length >= 2 && words.length <= 4 ? endlessKey(words) : '';
      }
      if (endless) pushTo(keys, endless, f);
    }
  }
  endless.set(index, { changes: index.changes, keys });
  return keys;
}
