import type { DateFlag } from '../types';

/** One date found in a text (UTF-16 offsets, like every offset in the core). */
export interface DateMention {
  start: number;
  /** Exclusive. */
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** ISO 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'; null when it cannot be resolved. */
  value: string | null;
  /** End of a range ("from 5 to 7 January", "the 1990s", "last week"). */
  endValue?: string | null;
  flags: DateFlag[];
  /** When flagged: the date probably meant, if any. */
  likelyValue?: string | null;
  /** How the date was resolved, for the hover ('month-day', 'bare-ordinal', ...). */
  rule: string;
  /** For flagged dates: one sentence saying why. */
  reason?: string;
}

export interface FindDatesOptions {
  /** Offsets where a detected person/organisation name ends ("Haftar 6, called on ..."). */
  nameEnds?: ReadonlySet<number>;
  /**
   * false: the text is one piece of an article; leave the far-from-reference check, which needs
   * every date of the article, to `farVerdicts` over all pieces.
   */
  farCheck?: boolean;
  /**
   * When the text is one piece of an article: what the dates of the piece need from the whole
   * article (see articleDateFacts), so that a piece gives what one pass over the article gives.
   */
  article?: ArticleDateFacts;
}

/** Facts of a whole article that decide how some of its dates read. */
export interface ArticleDateFacts {
  /** The dateline's day when the story was filed before the reference date (weekdays count from it). */
  datelineDay: string | null;
  /** The article writes this year's months as "July this year": "last May" is then a year back. */
  marksThisYear: boolean;
}

/** Grammatical time of the clause around a mention: decides "Monday" last week vs next week. */
export type Tense = 'past' | 'future' | 'neutral';

/**
 * A candidate before overlap resolution and flagging. `fromYearless` marks month-days whose year
 * was guessed (the only ones the far-from-reference check may question); `weekdayOf` keeps the
 * weekday the writer gave next to a full date, for the mismatch check.
 */
export interface Candidate extends DateMention {
  /** Higher wins when two candidates have the same span length. */
  priority: number;
  yearless?: boolean;
  statedWeekday?: number;
}
