/**
 * Shared vocabulary and cheap scans: month and weekday names, sentence bounds, and the tense of
 * the clause around a mention (which decides whether "Friday" is last Friday or next Friday).
 */
import type { Tense } from './types';

/** Month name or abbreviation -> 1..12. "Sept" and "Sep" both occur in agency copy. */
const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
const MONTH_MAP = new Map(MONTHS);

/** Longest alternatives first so that "June" is not read as "Jun" + "e". */
export const MONTH_ALT = MONTHS.map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Full month names only: abbreviations alone ("Mar", "Jan") are too often words or names. */
export const FULL_MONTH_ALT = MONTHS.filter(([n]) => n.length > 4 || n === 'may' || n === 'june' || n === 'july')
  .map(([n]) => n)
  .join('|');

export function monthNumber(word: string): number | null {
  return MONTH_MAP.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export const WEEKDAY_ALT = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday';

export function weekdayNumber(word: string): number | null {
  const i = WEEKDAY_ALT.split('|').indexOf(word.toLowerCase());
  return i < 0 ? null : i;
}

/**
 * A fast test for "this sentence may contain a date chrono should look at": month names, full
 * weekday names, numeric dates. Relative words are handled by our own patterns, not by chrono.
 */
export const CHRONO_CUE_RE = new RegExp(
  `\\b(?:${MONTH_ALT})\\b|\\b(?:${WEEKDAY_ALT})\\b|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
  'i',
);

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Sentence bounds: a break after . ! ? (or their CJK forms) followed by space and an upper-case
 * letter or quote, or at a newline. "Jan. 7" survives because a digit follows the period.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?。！？]+["'”’)]*\s+(?=["'“‘(]?[A-Z\d])|\n+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // Do not break after a month abbreviation ("Jan. 8") or an initial ("U.S. President").
    const before = text.slice(Math.max(start, m.index - 5), m.index + 1);
    if (!m[0].includes('\n') && /(?:\b[A-Z]|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|no|st|gen|col|lt))\.$/i.test(before)) {
      continue;
    }
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: 0 };
}

/*
 * Tense cues. Future phrases come first in the alternation so that "expected to" is not read as
 * the past participle "expected". "-ed" words count as past, except common adjectives and nouns
 * ending in -ed ("United", "armed", "based"...).
 */
const FUTURE_CUE =
  "(?:will|shall|would|to) be [a-z]+|will|won't|shall|'ll|would|is to|are to|next|upcoming|coming|tomorrow|(?:is|are) (?:expected|scheduled|set|due|slated|going|planned|poised) to|plans? to|to be held";
/* "was scheduled to" stays past: news reports it mostly about what then happened (or did not). */
const PAST_CUE =
  'said|says|told|was|were|had|did|has been|have been|ago|last|yesterday|earlier|previously|met|held|made|took|went|came|gave|sent|left|began|saw|spoke|wrote|won|lost|fought|[a-z]{3,}ed';
const TENSE_RE = new RegExp(`\\b(?:(${FUTURE_CUE})|(${PAST_CUE}))\\b`, 'gi');
const NOT_VERBS = new Set([
  'united', 'armed', 'based', 'need', 'speed', 'indeed', 'hundred', 'red', 'bed', 'feed', 'seed',
  'advanced', 'detailed', 'limited', 'related', 'interested', 'concerned', 'experienced',
  'sacred', 'naked', 'wicked', 'beloved', 'embed', 'proceed', 'succeed', 'exceed', 'breed',
  'unprecedented', 'organized', 'organised', 'so-called', 'called', 'supposed', 'alleged',
  'unarmed', 'injured', 'wounded', 'displaced', 'reed', 'creed', 'greed', 'weed', 'steed',
]);

/** Clause boundaries: a tense cue on the other side of one belongs to another clause. */
const BOUNDARY_RE = /[,;:()]|\b(?:and|but|that|while|which|who|after|before|when|because)\b/gi;
/** Extra distance per boundary between a cue and the mention. */
const BOUNDARY_PENALTY = 25;

function boundariesBetween(s: string, from: number, to: number): number {
  return s.slice(from, to).match(BOUNDARY_RE)?.length ?? 0;
}

/** A tense cue of a sentence (sentence offsets). */
export interface TenseCue {
  start: number;
  end: number;
  future: boolean;
}

/** The tense cues of a sentence, in order (a sentence with several dates needs them once). */
export function tenseCues(sentence: string): TenseCue[] {
  const out: TenseCue[] = [];
  TENSE_RE.lastIndex = 0;
  for (let m = TENSE_RE.exec(sentence); m; m = TENSE_RE.exec(sentence)) {
    if (m[2] !== undefined && NOT_VERBS.has(m[0].toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, future: m[1] !== undefined });
  }
  return out;
}

/**
 * Tense of the clause around [start, end): the nearest cue wins, distance growing with every
 * clause boundary crossed. A cue after the mention counts only inside the same clause ("the
 * meeting on Friday will ..."), so "said Monday that it will ..." stays past. `cues`: the
 * sentence's (from tenseCues), when known.
 */
export function tenseAround(text: string, start: number, end: number, sentence: Sentence, cues?: readonly TenseCue[]): Tense {
  const s = text.slice(sentence.start, sentence.end);
  const ms = start - sentence.start;
  const me = end - sentence.start;
  let best: Tense = 'neutral';
  let bestDist = Infinity;
  for (const { start: cs, end: ce, future } of cues ?? tenseCues(s)) {
    if (cs >= ms && ce <= me) continue; // the mention's own words ("last", "next") are read elsewhere
    let dist: number;
    if (ce <= ms) {
      dist = ms - ce + BOUNDARY_PENALTY * boundariesBetween(s, ce, ms);
    } else {
      if (boundariesBetween(s, me, cs) > 0) continue;
      dist = (cs - me) * 1.5 + 2;
    }
    if (dist < bestDist) {
      bestDist = dist;
      best = future ? 'future' : 'past';
    }
  }
  return best;
}
