import type { Annotation } from '../types';
import type { FarVerdict } from '../dates/index';
import { ACRONYM_INTRODUCTION } from '../names/acronym';
import { dateKey, farVerdictsOf, isJudged } from './far-dates';

/**
 * What a paragraph analysed again after an edit needs from the rest of its article, as one pass
 * over the whole article gives it: the far-from-reference verdicts of the article's dates, and the
 * acronyms introduced in parentheses. Each takes a pass over every annotation (28,000 in a 1 MB
 * article: 1-4 ms), and a keystroke rarely changes either, so each is kept until something it
 * depends on changes: another list (a full analysis, a restored or merged sidecar), a person's
 * decision (the history grows), a different reference date, or an edit or a re-analysed
 * paragraph that touches a date or an introduction (reported with `touched` and `replaced`).
 */
export class ArticleFacts {
  private readonly verdicts = new Kept<ReadonlyMap<string, FarVerdict>>();
  private readonly introductions = new Kept<readonly Annotation[]>();

  /** The annotations an edit touched (before it was applied). */
  touched(annotations: readonly Annotation[]): void {
    if (annotations.some(isJudged)) this.verdicts.stale = true;
    if (annotations.some(isIntroduction)) this.introductions.stale = true;
  }

  /** A paragraph's annotations `before`, replaced by `after` when it was analysed again. */
  replaced(before: readonly Annotation[], after: readonly Annotation[]): void {
    if (!sameKeys(before, after, isJudged, dateKey)) this.verdicts.stale = true;
    if (!sameKeys(before, after, isIntroduction, introductionKey)) this.introductions.stale = true;
  }

  /** The acronym introductions of `list` (text order; positions current: the list shifts them in place). */
  introductionsOf(list: readonly Annotation[], decisions: number): readonly Annotation[] {
    return this.introductions.get(list, decisions, '', () => list.filter(isIntroduction)).value;
  }

  /**
   * The far-from-reference verdicts of the dates of `list`, by dateKey; `computed`: every judged
   * date with its verdict when they had to be worked out again (the article's dates changed), for
   * the caller to check the dates it did not analyse again.
   */
  verdictsOf(list: readonly Annotation[], decisions: number, ref: string | null): { byDate: ReadonlyMap<string, FarVerdict>; computed?: Map<Annotation, FarVerdict | undefined> } {
    let computed: Map<Annotation, FarVerdict | undefined> | undefined;
    const { value } = this.verdicts.get(list, decisions, ref ?? '', () => {
      computed = farVerdictsOf(list, ref);
      const byDate = new Map<string, FarVerdict>();
      for (const [a, v] of computed) if (v) byDate.set(dateKey(a), v);
      return byDate;
    });
    return { byDate: value, computed };
  }
}

/** An acronym introduced in parentheses in the writer's letter case ("Islamic state (is)"), still in the text. */
const isIntroduction = (a: Annotation): boolean => !!a.correction && a.rule === ACRONYM_INTRODUCTION && a.text !== a.correction.replacement && a.status !== 'orphaned';

const introductionKey = (a: Annotation): string => `${a.text}\u0000${a.correction?.replacement}\u0000${a.kbId}`;

/** Whether the annotations `keep` takes from `a` and from `b` have the same keys, in order. */
function sameKeys(a: readonly Annotation[], b: readonly Annotation[], keep: (x: Annotation) => boolean, key: (x: Annotation) => string): boolean {
  const ka = a.filter(keep).map(key);
  const kb = b.filter(keep).map(key);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/** A value worked out from one annotation list, kept while the list, its decisions and `key` stay the same and nothing made it stale. */
class Kept<T> {
  stale = true;
  private list?: readonly Annotation[];
  private decisions = -1;
  private key = '';
  private value?: T;

  get(list: readonly Annotation[], decisions: number, key: string, compute: () => T): { value: T } {
    if (this.stale || list !== this.list || decisions !== this.decisions || key !== this.key || this.value === undefined) {
      this.value = compute();
      this.stale = false;
      this.list = list;
      this.decisions = decisions;
      this.key = key;
    }
    return { value: this.value };
  }
}
