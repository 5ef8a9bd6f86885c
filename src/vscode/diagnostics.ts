import * as vscode from 'vscode';
import type { Annotation } from '../core/types';
import type { AnnotationService } from './service';
import { readConfig } from './config';
import { isVisible } from './highlighting';
import { correctionNotice, hasOpenCorrection } from '../core/annotations/review';

export const DIAGNOSTIC_SOURCE = 'News Annotator';

/** A diagnostic that knows which annotation it reports. */
export class AnnotationDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    message: string,
    severity: vscode.DiagnosticSeverity,
    readonly annotationId: string,
  ) {
    super(range, message, severity);
  }
}

export function registerDiagnostics(service: AnnotationService): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  const update = (uri: vscode.Uri) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const state = service.get(uri);
    if (!document || !state) return collection.delete(uri);
    const config = readConfig(uri);
    if (!config.diagnostics) return collection.delete(uri);
    collection.set(uri, diagnosticsFor(document, state.doc.annotations, config.minConfidence));
  };
  return vscode.Disposable.from(
    collection,
    service.onDidChange(update),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator')) for (const d of vscode.workspace.textDocuments) update(d.uri);
    }),
  );
}

/** What each date flag means, in a few words. */
const FLAG_TITLES: Record<string, string> = {
  'after-reference-date': 'after the article was written',
  'weekday-mismatch': 'the weekday does not match the date',
  'far-from-reference': 'far from the article\'s date',
};

export function diagnosticsFor(document: vscode.TextDocument, annotations: Annotation[], minConfidence: number): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  for (const a of annotations) {
    if (!isVisible(a) || (a.status !== 'suggested' && !hasOpenCorrection(a))) continue;
    const range = new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
    const notice = correctionNotice(a, minConfidence);
    if (a.correction && notice) {
      const d = new AnnotationDiagnostic(
        range,
        // The reason is the hover card's, shown under this message: said once, there.
        `"${a.text}" looks misrendered: ${a.correction.replacement}?`,
        notice === 'likely' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Hint,
        a.id,
      );
      d.code = a.correction.kind;
      d.source = DIAGNOSTIC_SOURCE;
      out.push(d);
    }
    for (const flag of a.status === 'suggested' ? (a.flags ?? []) : []) {
      // A short headline; the card below it gives the reason (a.description) in full.
      const d = new AnnotationDiagnostic(range, `Date "${a.text}" (${a.value ?? 'unresolved'}): ${FLAG_TITLES[flag] ?? flag}${a.likelyValue ? `; probably ${a.likelyValue}` : ''}`, vscode.DiagnosticSeverity.Warning, a.id);
      d.code = flag;
      d.source = DIAGNOSTIC_SOURCE;
      out.push(d);
    }
  }
  return out;
}
