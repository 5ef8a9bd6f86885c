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
  return sentences[sentenceAtIndex(sentences, pos)] ?? { start: 0, end: 0 };
}

/*
 * Tense cues. Future phrases come first in the alternation so that "expected to" is not read as
 * the past participle "expected". "-ed" words count as past, except common adjectives and nouns
 * ending in -ed ("United", "armed", "based"...).
 */
const FUTURE_CUE =
  "(?:will|shall|would|to) be [a-z]+|will|won't|shall|'ll|would|is to|are to|next|upcoming|coming|tomorrow|(?:is|are) (?:expected|scheduled|set|due|slated|going|planned|poised) to|(?:is|are) (?:scheduled|set|slated|planned|due) for|plans? to|to be held";
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
const BOUNDARY_WORDS = new Set(['and', 'but', 'that', 'while', 'which', 'who', 'after', 'before', 'when', 'because']);
/** Longest of BOUNDARY_WORDS: a longer run of word characters cannot be one. */
const LONGEST_BOUNDARY_WORD = 7;
/** Extra distance per boundary between a cue and the mention. */
const BOUNDARY_PENALTY = 25;

/**
 * Longest stretch read as one sentence for tense. Text without sentence ends (data dumps, chat
 * logs, subtitles, CJK text, lists) would otherwise be one "sentence" of any length; a longer
 * one is read in pieces of at most this many characters, cut at a space where there is one.
 * News sentences are far shorter, so this changes nothing on ordinary text.
 */
export const MAX_TENSE_SENTENCE = 4_000;
/**
 * Most cues looked at for one mention. Only the nearest cue before the mention, the cues that
 * overlap it and the nearest after it can win (see tenseIn), a handful at most; the cap bounds a
 * mention that covers many cues.
 */
export const MAX_CUES_CONSIDERED = 16;

/**
 * Work done by the tense lookup, in characters scanned plus cues and boundaries looked at: a
 * machine-independent measure tests use to check that it grows linearly with the text.
 */
export const tenseWork = { steps: 0 };

/** A tense cue of a sentence (sentence offsets). */
export interface TenseCue {
  start: number;
  end: number;
  future: boolean;
}

/** The tense cues of a sentence, in order (a sentence with several dates needs them once). */
export function tenseCues(sentence: string): TenseCue[] {
  const out: TenseCue[] = [];
  tenseWork.steps += sentence.length;
  TENSE_RE.lastIndex = 0;
  for (let m = TENSE_RE.exec(sentence); m; m = TENSE_RE.exec(sentence)) {
    if (m[2] !== undefined && NOT_VERBS.has(m[0].toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, future: m[1] !== undefined });
  }
  return out;
}

/**
 * What the tense of any mention in a sentence needs, computed once per sentence: its text, its
 * tense cues and its clause boundaries (as sorted start and end offsets, so that the boundaries
 * between two offsets are counted by binary search instead of by scanning the text between).
 */
export interface SentenceTense {
  text: string;
  cues: readonly TenseCue[];
  /** Clause boundaries of `text`, in order; they never overlap, so both arrays are sorted. */
  boundaryStarts: Int32Array;
  boundaryEnds: Int32Array;
}

export function sentenceTense(sentence: string, cues: readonly TenseCue[] = tenseCues(sentence)): SentenceTense {
  const starts: number[] = [];
  const ends: number[] = [];
  tenseWork.steps += sentence.length;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(sentence); m; m = BOUNDARY_RE.exec(sentence)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { text: sentence, cues, boundaryStarts: Int32Array.from(starts), boundaryEnds: Int32Array.from(ends) };
}

/** First index whose value is >= x (`strict`: > x) in a sorted array. */
function lowerBound(a: ArrayLike<number>, x: number, strict = false): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    tenseWork.steps++;
    const mid = (lo + hi) >> 1;
    if (strict ? a[mid]! <= x : a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** \b's notion of a word character (BOUNDARY_RE has no `u` flag: ASCII only). */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i); // NaN outside the string: not a word character
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether s[a, b), a run of word characters, is a boundary word. */
function isBoundaryWord(s: string, a: number, b: number): boolean {
  return b - a <= LONGEST_BOUNDARY_WORD && BOUNDARY_WORDS.has(s.slice(a, b).toLowerCase());
}

/**
 * The number of BOUNDARY_RE matches in `s.slice(from, to)`, without scanning it: the boundaries
 * of the whole sentence that lie inside, plus a boundary word that the slice makes of a piece of
 * a longer word where `from` or `to` falls inside a word ("but" in "butter" cut after "but").
 */
function boundariesBetween(t: SentenceTense, from: number, to: number): number {
  const s = t.text;
  from = Math.min(Math.max(from, 0), s.length);
  to = Math.min(Math.max(to, 0), s.length);
  if (to <= from) return 0;
  const first = lowerBound(t.boundaryStarts, from);
  const afterLast = lowerBound(t.boundaryEnds, to, true);
  let n = Math.max(0, afterLast - first);
  const cutAtFrom = isWordAt(s, from - 1) && isWordAt(s, from);
  const cutAtTo = isWordAt(s, to - 1) && isWordAt(s, to);
  if (cutAtFrom) {
    let e = from;
    while (e < to && e - from <= LONGEST_BOUNDARY_WORD && isWordAt(s, e)) e++;
    tenseWork.steps += e - from;
    if (e === to || !isWordAt(s, e)) {
      if (isBoundaryWord(s, from, e)) n++;
      if (e === to) return n; // the slice is one piece of a word: counted once
    }
  }
  if (cutAtTo) {
    let b = to;
    while (b > from && to - b <= LONGEST_BOUNDARY_WORD && isWordAt(s, b - 1)) b--;
    tenseWork.steps += to - b;
    if (b === from || !isWordAt(s, b - 1)) {
      if (isBoundaryWord(s, b, to)) n++;
    }
  }
  return n;
}

/**
 * Tense of the clause around [ms, me) (offsets in `t.text`): the nearest cue wins, distance
 * growing with every clause boundary crossed. A cue after the mention counts only inside the
 * same clause ("the meeting on Friday will ..."), so "said Monday that it will ..." stays past.
 *
 * Only a few cues can win, so only those are looked at: a cue before the mention is farther, and
 * crosses at least as many boundaries, than any later cue before it, and the same holds for the
 * cues after the mention; what remains is the last cue ending before the mention, the cues
 * overlapping it and the first cue starting after it. Ties go to the earlier cue, as they would
 * if every cue were looked at in order.
 */
export function tenseIn(t: SentenceTense, ms: number, me: number): Tense {
  const cues = t.cues;
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    tenseWork.steps++;
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.end <= ms) lo = mid + 1;
    else hi = mid;
  }
  let best: Tense = 'neutral';
  let bestDist = Infinity;
  const last = Math.min(cues.length, Math.max(lo - 1, 0) + MAX_CUES_CONSIDERED);
  for (let k = Math.max(lo - 1, 0); k < last; k++) {
    tenseWork.steps++;
    const { start: cs, end: ce, future } = cues[k]!;
    if (cs >= ms && ce <= me) continue; // the mention's own words ("last", "next") are read elsewhere
    let dist: number;
    if (ce <= ms) {
      dist = ms - ce + BOUNDARY_PENALTY * boundariesBetween(t, ce, ms);
    } else {
      if (cs >= me) k = last; // the first cue after the mention: the last that can win
      if (boundariesBetween(t, me, cs) > 0) continue;
      dist = (cs - me) * 1.5 + 2;
    }
    if (dist < bestDist) {
      bestDist = dist;
      best = future ? 'future' : 'past';
    }
  }
  return best;
}

/**
 * Tense of the clause around [start, end) of `text` in `sentence` (see tenseIn). `cues`: the
 * sentence's (from tenseCues), when known. Scans the sentence: a caller with several mentions in
 * a sentence uses tenseLookup, which reads each sentence once.
 */
export function tenseAround(text: string, start: number, end: number, sentence: Sentence, cues?: readonly TenseCue[]): Tense {
  const s = text.slice(sentence.start, sentence.end);
  return tenseIn(sentenceTense(s, cues), start - sentence.start, end - sentence.start);
}

/** Pieces of at most `max` characters of [start, end), cut after a space where there is one. */
function pieces(text: string, start: number, end: number, max: number): Sentence[] {
  const out: Sentence[] = [];
  let at = start;
  while (end - at > max) {
    let cut = at + max;
    const space = text.lastIndexOf(' ', cut - 1);
    if (space >= at + (max >> 1)) cut = space + 1;
    out.push({ start: at, end: cut });
    at = cut;
  }
  out.push({ start: at, end });
  return out;
}

/**
 * The tense of mentions of `text`, each sentence read once (its cues and boundaries) and then
 * looked up by binary search: linear in the text and logarithmic per mention, however long a
 * sentence is.
 */
export function tenseLookup(text: string, sentences: readonly Sentence[], maxSentence = MAX_TENSE_SENTENCE): (start: number, end: number) => Tense {
  const read = new Map<number, { pieces: Sentence[]; tense: (SentenceTense | undefined)[] }>();
  return (start, end) => {
    const s = sentenceAt(sentences, start);
    let r = read.get(s.start);
    if (!r) read.set(s.start, (r = { pieces: s.end - s.start > maxSentence ? pieces(text, s.start, s.end, maxSentence) : [s], tense: [] }));
    const i = r.pieces.length === 1 ? 0 : Math.max(0, sentenceAtIndex(r.pieces, start));
    const p = r.pieces[i]!;
    const t = (r.tense[i] ??= sentenceTense(text.slice(p.start, p.end)));
    return tenseIn(t, start - p.start, end - p.start);
  };
}

/** Index of the piece holding `pos` (pieces are contiguous and sorted), -1 if none. */
function sentenceAtIndex(ps: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ps[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
