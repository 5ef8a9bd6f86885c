import * as vscode from 'vscode';
import { LIKELY_CONFIDENCE, type Annotation } from '../core/types';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsAnnotator');

const rangeOf = (d: vscode.TextDocument, a: Annotation) => new vscode.Range(d.positionAt(a.start), d.positionAt(a.end));

/** Every suggested, likely correction of a document. */
export function likelyCorrections(annotations: Annotation[]): Annotation[] {
  return annotations.filter((a) => isVisible(a) && a.status === 'suggested' && a.correction && a.correction.confidence >= LIKELY_CONFIDENCE);
}

/** One WorkspaceEdit with every likely correction. */
export function fixAllEdit(document: vscode.TextDocument, annotations: Annotation[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const a of likelyCorrections(annotations)) edit.replace(document.uri, rangeOf(document, a), a.correction!.replacement);
  return edit;
}

export function registerCodeActions(selector: vscode.DocumentSelector, service: AnnotationService): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      async provideCodeActions(document, range, context) {
        const state = await service.ensure(document);
        if (!state) return [];
        const annotations = state.doc.annotations;
        if (context.only && FIX_ALL_KIND.contains(context.only)) return [fixAllAction(document, annotations)];
        const start = document.offsetAt(range.start);
        const end = document.offsetAt(range.end);
        const here = annotations.filter((a) => isVisible(a) && a.correction && a.status === 'suggested' && a.start <= end && start <= a.end);
        const actions = here.flatMap((a) => [quickFix(document, a, context.diagnostics), ignore(document, a)]);
        if (here.length && likelyCorrections(annotations).length > 1) actions.push(fixAllAction(document, annotations, vscode.CodeActionKind.QuickFix));
        return actions;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] },
  );
}

function quickFix(document: vscode.TextDocument, a: Annotation, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction {
  const c = a.correction!;
  const action = new vscode.CodeAction(`Replace with "${c.replacement}"`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, rangeOf(document, a), c.replacement);
  action.isPreferred = c.confidence >= LIKELY_CONFIDENCE;
  action.diagnostics = diagnostics.filter((d) => d.range.isEqual(rangeOf(document, a)));
  return action;
}

function ignore(document: vscode.TextDocument, a: Annotation): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore "${a.text}" here`, vscode.CodeActionKind.QuickFix);
  action.command = { command: 'newsAnnotator.ignoreCorrection', title: 'Ignore here', arguments: [document.uri.toString(), a.id] };
  return action;
}

function fixAllAction(document: vscode.TextDocument, annotations: Annotation[], kind = FIX_ALL_KIND): vscode.CodeAction {
  const action = new vscode.CodeAction('Fix all misrendered names in this file', kind);
  action.edit = fixAllEdit(document, annotations);
  return action;
}
