/**
 * Days given without a month, as Chinese-to-English machine translation renders "5日":
 * "on the 5th", "the 21st", "the 7th of this month", and a day number right after a name
 * ("Haftar 6, called on ..." from "哈夫塔尔6日呼吁"). They resolve to the reference month, or the
 * previous month when that day is still to come (see resolveBareDay).
 *
 * An ordinal is a day only when what follows cannot be the noun it counts: "the 2nd division",
 * "the 21st century" and "the 5th floor" are not dates, "on the 5th that ..." and "the 7th." are.
 */
import { candidate, noRef, type ScanContext } from './context';
import { WEEKDAY_ALT } from './cues';
import { addMonths, daysInMonth, formatYMD, isValidIsoDate } from './iso';
import { resolveBareDay } from './resolve';
import type { Candidate } from './types';
import { AnchoredScan, anchoredMatches, type AnchoredPattern } from './anchored';

const ORDINAL_RE = /\b(on|by|since|until|till|from|before|after|to|and)?(\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi;
/** Every ordinal match holds "the 5th", with at most one word (a preposition) before it. */
export const ORDINAL: AnchoredPattern = { re: ORDINAL_RE, anchor: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/gi, reach: { words: 1 } };
/** Words that may follow a day ordinal: function words, pronouns, reporting verbs, times of day. */
const DAY_FOLLOWERS = new Set(
  ('that when and or but to at in on with by for from after before during he she it they we i you his her ' +
    'their its the a an this these those said says announced local time morning afternoon evening night as ' +
    'while which who against under amid following there saying stating issued held met visited also again ' +
    'respectively until till through stressed called told urged warned noted added reported according ' +
    'across over into near around throughout between within without along toward towards outside inside').split(' '),
);
/** "of last month", and "last month" alone after the day ("the 28th last month", as translation writes 上月28日). */
const OF_MONTH_RE = /^\s+(?:of\s+)?(this|last|next|the\s+same|the\s+previous)\s+month\b/i;
/** Reporting verbs after "Name N," when no name detector told us where names end. */
const SPEECH_AFTER_DAY_RE =
  /\b([A-Za-z][a-z]+) (\d{1,2}), (?:said|called|announced|stressed|told|urged|warned|noted|added|stated|declared|reiterated|pointed|expressed|issued|visited|met|held|arrived|signed|launched)\b/g;
/** Every such match holds "6, said", one word after its start. */
export const SPEECH_AFTER_DAY: AnchoredPattern = {
  re: SPEECH_AFTER_DAY_RE,
  anchor: /\b\d{1,2}, (?:said|called|announced|stressed|told|urged|warned|noted|added|stated|declared|reiterated|pointed|expressed|issued|visited|met|held|arrived|signed|launched)\b/g,
  reach: { words: 1 },
};
/** Words before a number that make it a label or a count, not a day ("Article 5, said"). */
const NOT_NAMES = new Set(
  ('article chapter section paragraph number no page room gate level phase stage grade class resolution item ' +
    'rule point table figure line lane road street route flight platform block unit division group team the a an ' +
    'of and or to in on at by for with about only nearly over under than top').split(' '),
);

export function findOrdinalDays(ctx: ScanContext, nameEnds?: ReadonlySet<number>): Candidate[] {
  return [...ordinals(ctx), ...weekdayDays(ctx), ...timeNoteDays(ctx), ...nameDays(ctx, nameEnds)];
}

/** The day of a time-zone note, as translation from Japanese or Chinese renders "日本時間11日": "(11th Japan time)". */
function timeNoteDays(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(TIME_NOTE_DAY_RE)) {
    const day = Number(m[1]);
    if (!isDay(day)) continue;
    const start = m.index + 1;
    out.push(dayCandidate(ctx, start, start + m[0].indexOf(' ') - 1, day, 'bare-ordinal'));
  }
  return out;
}

/** A parenthesis after a day that notes its time zone: "(local time)", "(Beijing time)", "(11th Japan time)". */
const TIME_NOTE_RE = /^\s*\((?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:local|[A-Z][a-z]+)\s+time\)/;
/** The day in such a note: "(11th Japan time)" is the 11th there. */
const TIME_NOTE_DAY_RE = /\((\d{1,2})(?:st|nd|rd|th)\s+(?:local|[A-Z][a-z]+)\s+time\)/g;

/** "(5th)", "(the 5th)": a literal parenthesis first, cheap to scan for. */
const PAREN_DAY_RE = /\((?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\)/g;
/** What must end just before it: a weekday, maybe with a time of day ("Sunday evening (5th)"). */
const WEEKDAY_BEFORE_RE = new RegExp(`\\b(?:${WEEKDAY_ALT})(?:\\s+(?:morning|afternoon|evening|night))?\\s*$`, 'i');

/**
 * A day in parentheses after a weekday, as translation renders "周日（5日）": "on Sunday (5th)". The
 * day is its own date (the flags then check that the 5th was a Sunday).
 */
function weekdayDays(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.text;
  for (const m of t.matchAll(PAREN_DAY_RE)) {
    const day = Number(m[1]);
    if (!isDay(day) || !WEEKDAY_BEFORE_RE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const end = m.index + m[0].length - 1;
    out.push(dayCandidate(ctx, start, end, day, 'bare-ordinal'));
  }
  return out;
}

/** Continues a list or range of ordinals: "the 6th and 7th", "the 5th to the 7th". */
const NEXT_ORDINAL_RE = /^(\s*(?:,|and|or|to|until|through|-|–)\s*(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)\b/i;

interface Ordinal {
  start: number;
  end: number;
  day: number;
  /** Joined to the previous one by "to"/"-": a range. */
  rangeEnd: boolean;
}

function ordinals(ctx: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.text;
  const scan = new AnchoredScan(t, ORDINAL);
  let resume = 0; // a list of ordinals is read whole: the scan goes on after its last one
  for (let m = scan.next(0); m; m = scan.next(resume)) {
    const first: Ordinal = { start: m.index + m[0].lastIndexOf(m[3]!), end: m.index + m[0].length, day: Number(m[3]), rangeEnd: false };
    const list = [first, ...followingOrdinals(t, first.end)];
    const last = list[list.length - 1]!;
    resume = last.end;
    if (!list.every((o) => isDay(o.day))) continue;
    // "the 31st of last month": the span takes the month words, which fix the month.
    const ofMonth = OF_MONTH_RE.exec(t.slice(last.end, last.end + 40));
    // The noun after the last one decides for the whole list ("the 1st and 2nd brigades").
    if (!ofMonth && !followerOk(t, last.end, m[1] !== undefined)) continue;
    if (ofMonth) last.end += ofMonth[0].length;
    out.push(...listCandidates(ctx, list, ofMonth?.[1]));
  }
  return out;
}

function followingOrdinals(t: string, from: number): Ordinal[] {
  const out: Ordinal[] = [];
  let pos = from;
  for (let n = NEXT_ORDINAL_RE.exec(t.slice(pos, pos + 40)); n; n = NEXT_ORDINAL_RE.exec(t.slice(pos, pos + 40))) {
    const start = pos + n[1]!.length;
    const end = pos + n[0].length;
    out.push({ start, end, day: Number(n[2]), rangeEnd: /to|until|through|-|–/i.test(n[1]!) });
    pos = end;
  }
  return out;
}

/**
 * One candidate per ordinal, except that "X to Y" makes one range candidate X with endValue Y.
 * Later days of a list stay in the first one's month ("the 16th and 17th").
 */
function listCandidates(ctx: ScanContext, list: Ordinal[], ofMonth?: string): Candidate[] {
  const out: Candidate[] = [];
  const first = list[0]!;
  for (const o of list) {
    const prev = out[out.length - 1];
    const c = dayCandidate(ctx, o.start, o.end, o.day, 'bare-ordinal', ofMonth);
    const month = out[0]?.value?.slice(0, 7);
    if (month && o.day >= first.day) {
      const same = `${month}-${String(o.day).padStart(2, '0')}`;
      c.value = isValidIsoDate(same) ? same : null;
    }
    if (o.rangeEnd && prev) {
      // One annotation from the first day to the last: "3rd to the 6th".
      prev.end = o.end;
      prev.text = ctx.text.slice(prev.start, prev.end);
      prev.endValue = c.value;
      prev.rule = `${prev.rule}-range`;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Nouns in -ing that an ordinal may count ("the 5th meeting"): not participles. */
const ING_NOUNS = new Set(
  'meeting building wedding hearing briefing sitting gathering ring king thing wing spring string ceiling offering opening setting round'.split(' '),
);

/**
 * Punctuation, end of text, a listed word, or, after a preposition ("on the 23rd ..."), a
 * capitalised word or a participle ("on the 23rd calling for ...").
 */
function followerOk(text: string, end: number, hasPreposition: boolean): boolean {
  const rest = text.slice(end, end + 40);
  if (/^\s*(?:$|[,.;:!?)"'”’\]–—-])/.test(rest)) return true;
  // "on the 10th (local time)", "the 10th (11th Japan time)": a note on the day's time zone.
  if (TIME_NOTE_RE.test(rest)) return true;
  const w = /^\s+([A-Za-z]+)/.exec(rest)?.[1];
  if (!w) return false;
  if (DAY_FOLLOWERS.has(w.toLowerCase())) return true;
  if (!hasPreposition) return false;
  return /^[A-Z]/.test(w) || (/^[a-z]{2,}ing$/.test(w) && !ING_NOUNS.has(w));
}

function nameDays(ctx: ScanContext, nameEnds?: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const t = ctx.text;
  for (const e of nameEnds ?? []) {
    const m = /^ (\d{1,2}),/.exec(t.slice(e, e + 5));
    if (m && isDay(Number(m[1])) && !/\d/.test(t[e - 1] ?? '')) out.push(dayCandidate(ctx, e + 1, e + 1 + m[1]!.length, Number(m[1]), 'name-day'));
  }
  for (const m of anchoredMatches(t, SPEECH_AFTER_DAY)) {
    if (NOT_NAMES.has(m[1]!.toLowerCase()) || !isDay(Number(m[2]))) continue;
    const start = m.index + m[1]!.length + 1;
    out.push(dayCandidate(ctx, start, start + m[2]!.length, Number(m[2]), 'name-day'));
  }
  return out;
}

const isDay = (n: number): boolean => n >= 1 && n <= 31;

/** Resolves a day number; `ofMonth` is "this"/"last"/"next" when the text names the month. */
function dayCandidate(ctx: ScanContext, start: number, end: number, day: number, rule: string, ofMonth?: string): Candidate {
  if (!ctx.ref) return candidate(ctx, start, end, null, noRef(rule));
  if (ofMonth) {
    const shift = /last|previous/i.test(ofMonth) ? -1 : /next/i.test(ofMonth) ? 1 : 0;
    const t = addMonths(Number(ctx.ref.slice(0, 4)), Number(ctx.ref.slice(5, 7)), shift);
    const value = day <= daysInMonth(t.y, t.m) ? formatYMD(t.y, t.m, day) : null;
    return candidate(ctx, start, end, value, 'ordinal-of-month');
  }
  return candidate(ctx, start, end, resolveBareDay(day, ctx.ref, ctx.tense(start, end)), rule);
}
