import type { Annotation } from './types';
import type { Analyzer } from './analyzer';
import { AnnotatedDocument } from './annotated-document';
import type { TextChange } from './annotations/edits';

/**
 * A document analysed once in full, then after each edit only in the edited paragraphs, with
 * the article statistics of the full pass: exactly what the editor does on every keystroke
 * (AnnotatedDocument.applyEdit + analyzeEdited), packaged for the benchmark and the tests.
 */
export class IncrementalAnalysis {
  private readonly doc: AnnotatedDocument;

  constructor(analyzer: Analyzer, text: string, referenceDate: string | null) {
    this.doc = new AnnotatedDocument(analyzer, text, 'document.txt');
    this.doc.setReferenceDate(referenceDate);
    this.doc.analyze();
  }

  get text(): string {
    return this.doc.text;
  }

  get annotations(): Annotation[] {
    return this.doc.annotations;
  }

  edit(change: TextChange): Annotation[] {
    this.doc.applyEdit(change);
    this.doc.analyzeEdited();
    return this.doc.annotations;
  }
}
