/**
 * The words around a name that tell where names stand, shared by the detectors: titles before
 * a person's name, verbs of saying after it, and calendar words that are never names.
 */
import { isCapitalized, type Token } from './tokens';

/** Titles of people (lower case): "President", "Foreign Minister", "Mr". */
export const TITLE_WORDS = new Set(
  ('president vice prime minister chancellor premier secretary general commander leader king queen prince princess emir sultan ' +
    'sheikh marshal ambassador envoy spokesman spokeswoman spokesperson mr mrs ms dr professor chairman chairwoman chief director ' +
    'governor mayor senator deputy speaker pope colonel lieutenant major captain ceo cfo coo cto ' +
    // Honorifics of Iran and the Arab world before a name ("Seyed Abbas Araghchi", "Hojatoleslam
    // Mohseni-Ejei"), kept by translation: a title, not a word of the name.
    'seyed seyyed sayyid sayed ayatollah hojatoleslam hojjatoleslam').split(' '),
);

/** Verbs of saying and doing that follow a person's name in news ("Haftar said"). */
const SPEECH_VERBS = 'said|says|told|announced|declared|stressed|called|accused|urged|warned|added|noted|wrote|met|visited|congratulated|expressed|insisted|denied';

/** Month and weekday names (and month abbreviations): the date finder's words, never names. */
export const CALENDAR_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

const TITLE_BEFORE = new RegExp(`\\b(?:${[...TITLE_WORDS].join('|')})\\.?\\s+$`, 'i');
/** A verb of saying or meeting, as the word after a name ("said", "told"). */
export const isSpeechVerb = (lower: string): boolean => SPEECH_VERB.test(lower);
const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`);
const SPEECH_AFTER = new RegExp(`^(?:,? who\\b|,? (?:the|a) \\w+ (?:of|who)\\b|,? (?:${SPEECH_VERBS})\\b)`);

/** A verb of saying follows the word at `end` ("bulhan said", "maduro, who"). */
export const speechFollows = (text: string, end: number): boolean => SPEECH_AFTER.test(text.slice(end, end + 30));

/** The word at [start, end) stands where a person's name stands: after a title or before a verb of saying. */
export const inNameSlot = (text: string, start: number, end: number): boolean =>
  TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || speechFollows(text, end);

// "according to the financial times", "the financial times reported": an outlet in a reporting
// frame. Without one, "foreign affairs" is just a phrase.
// The name may stand in quotation marks ("according to the “X” report").
const REPORTING_BEFORE = /(?:according to|told|reported by|quoted by|cited by|said|reports? (?:in|by)|wrote in|interview with)(?: the)? *["“‘«]?$/i;
const REPORTING_AFTER = /^["”’»]? *(?:said|says|reported|reports?|quoted|cited|wrote|newspaper|magazine|website|daily)\b/i;

/** The words at [start, end) stand in quotation marks of their own (“X”, "X", «X»): a title, as Chinese 《X》 comes back. */
export const quoted = (text: string, start: number, end: number): boolean => OPENING.has(text[start - 1] ?? '') && CLOSING.has(text[end] ?? '');
const OPENING = new Set(['“', '"', '«', '‘']);
const CLOSING = new Set(['”', '"', '»', '’']);

/** The words at [start, end) stand where an outlet is named: after "according to", before "reported". */
export const reportingFrame = (text: string, start: number, end: number): boolean =>
  REPORTING_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || REPORTING_AFTER.test(text.slice(end, end + 20));

/**
 * Nouns of a state's institutions (lower case): after a demonym ("the Korean government") they
 * make it the state's adjective, not a people's.
 */
export const STATE_WORDS = new Set(
  ('government governments army armed military navy air forces troops police president presidency ministry minister ministers ' +
    'embassy ambassador parliament cabinet authorities officials state regime administration foreign defence defense authority ' +
    'consulate leadership coast guard intelligence').split(' '),
);

/**
 * Head nouns (lower case) of groups, and of meetings and agreements, that take a place's name:
 * "the Minsk group", "the Astana format", "the Abraham accords". The phrase names the group or
 * the meeting, not the place.
 */
export const GROUP_HEAD_WORDS = new Set('group groups council committee commission club forum alliance quartet quintet troika platform initiative'.split(' '));
export const MEETING_HEAD_WORDS = new Set('format process talks summit conference accord accords agreement agreements declaration protocol framework pact'.split(' '));

/**
 * Last words of organisations' names ("... Group", "... University", "... Daily"): a capitalised
 * run ending in one names an organisation, and its first words are that organisation's name.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  ('party army council ministry agency front movement union organization organisation committee forces force group bank company ' +
    'corporation university association federation league brigade brigades assembly parliament court commission office institute ' +
    'authority alliance coalition militia corps guard police service services network times post news tribune journal herald ' +
    'department administration bureau directorate secretariat foundation fund tribunal ' +
    'holdings motors electronics pharmaceutical pharmaceuticals steel technology technologies industries airlines airways hospital ' +
    'school college daily television tv radio broadcasting securities insurance energy co ltd inc limited').split(' '),
);

/** Nouns for a kind of outlet that head no name of one (the heads that do are in ORG_HEADS). */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'newspapers', 'paper', 'magazine', 'channel', 'station', 'broadcaster', 'website', 'outlet', 'media']);

/**
 * Token i stands before the rest of an organisation's name: the capitalised words after it end
 * in an organisation head ("Songjiang Pharmaceutical", "Xingwan Middle School"). The word is
 * that organisation's, not a person's name.
 */
export function beforeOrganisationHead(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k];
    if (text.charCodeAt(t.start - 1) !== 32 || t.start - tokens[k - 1].end !== 1 || !isCapitalized(t.text)) return false;
    if (ORG_HEADS.has(t.lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** Whether a span holds a possessive "'s" ("Japan's Foreign Ministry": the country and its body). */
export const holdsPossessive = (span: string): boolean => POSSESSIVE.test(span);
const POSSESSIVE = /['’]s\b/u;
