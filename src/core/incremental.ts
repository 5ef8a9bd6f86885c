import type { Annotation } from './types';
import type { Analyzer, ArticleCounts } from './analyzer';
import { assignIds } from './annotations/ids';
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
  annotations: Annotation[];

  constructor(
    private readonly analyzer: Analyzer,
    public text: string,
    private readonly referenceDate: string | null,
  ) {
    const full = analyzer.analyze(text, referenceDate);
    this.annotations = full.annotations;
    this.counts = full.counts;
  }

  edit(change: TextChange): Annotation[] {
    this.text = applyChange(this.text, change);
    const shifted = shiftAnnotations(this.annotations, change, this.text);
    const range = paragraphRange(this.text, change.start, change.start + change.text.length);
    const inside = (a: Annotation) => a.start < range.end && range.start < a.end;
    const kept = shifted.filter((a) => !inside(a) || isDecided(a));
    const fresh = this.analyzer
      .annotate(this.text, this.referenceDate, range, this.counts)
      .filter((f) => !kept.some((k) => k.start < f.end && f.start < k.end));
    assignIds(fresh, new Set(kept.map((a) => a.id)));
    this.annotations = [...kept, ...fresh].sort((a, b) => a.start - b.start || a.end - b.end);
    return this.annotations;
  }
}
