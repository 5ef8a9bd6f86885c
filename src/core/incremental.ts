import type { Annotation } from './types';
import type { Analyzer, ArticleCounts } from './analyzer';
import { assignIds } from './annotations/ids';
import { firstEndingAfter } from './text/spans';
import { isDecided } from './annotations/merge';
import { applyChange, shiftAnnotations, type TextChange } from './annotations/edits';

/** The paragraph(s) around [start, end): from the blank line before to the blank line after. */
export function paragraphRange(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.lastIndexOf('\n\n', Math.max(0, start - 1));
  const after = text.indexOf('\n\n', end);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/**
 * Incremental analysis of a large document: after an edit, annotations outside the touched
 * paragraphs only shift; the paragraphs themselves are analysed again with the article statistics
 * of the last full pass. Cost per edit is proportional to the paragraph, not the document.
 */
export class IncrementalAnalysis {
  private counts: ArticleCounts;
  /** Sorted by start; edited in place so that an edit costs O(paragraph + shifted tail). */
  annotations: Annotation[];
  private readonly ids: Set<string>;

  constructor(
    private readonly analyzer: Analyzer,
    public text: string,
    private readonly referenceDate: string | null,
  ) {
    const full = analyzer.analyze(text, referenceDate);
    this.annotations = full.annotations;
    this.counts = full.counts;
    this.ids = new Set(this.annotations.map((a) => a.id));
  }

  private firstEndingAfter(offset: number): number {
    return firstEndingAfter(this.annotations, offset);
  }

  edit(change: TextChange): Annotation[] {
    this.text = applyChange(this.text, change);
    const delta = change.text.length - (change.end - change.start);
    const list = this.annotations;
    // Annotations touching the change are re-checked; those after it shift in place.
    const first = this.firstEndingAfter(change.start);
    let after = first;
    while (after < list.length && list[after].start < change.end) after++;
    const touched = shiftAnnotations(list.slice(first, after), change, this.text);
    for (let k = after; k < list.length; k++) {
      list[k].start += delta;
      list[k].end += delta;
    }
    list.splice(first, after - first, ...touched);
    // Re-checked annotations may have moved within their paragraph: keep the list sorted.
    if (touched.length) list.sort((a, b) => a.start - b.start || a.end - b.end);
    // The paragraph around the change is analysed again; decisions in it are kept.
    const range = paragraphRange(this.text, change.start, change.start + change.text.length);
    const from = this.firstEndingAfter(range.start);
    let to = from;
    while (to < list.length && list[to].start < range.end) to++;
    const decided = list.slice(from, to).filter(isDecided);
    const fresh = this.analyzer
      .annotate(this.text, this.referenceDate, range, this.counts)
      .filter((f) => !decided.some((k) => k.start < f.end && f.start < k.end));
    for (const gone of list.slice(from, to)) if (!isDecided(gone)) this.ids.delete(gone.id);
    assignIds(fresh, this.ids);
    list.splice(from, to - from, ...[...decided, ...fresh].sort((a, b) => a.start - b.start || a.end - b.end));
    return list;
  }
}
