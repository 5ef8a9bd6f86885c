import * as vscode from 'vscode';
import { LIKELY_CONFIDENCE, type Annotation } from '../core/types';
import { dateReplacement } from '../core/annotations/date-rewrite';
import { hasOpenCorrection } from '../core/annotations/review';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('newsAnnotator');

const rangeOf = (d: vscode.TextDocument, a: Annotation) => new vscode.Range(d.positionAt(a.start), d.positionAt(a.end));

/** Every open, likely correction of a document. */
export function likelyCorrections(annotations: Annotation[]): Annotation[] {
  return annotations.filter((a) => hasOpenCorrection(a) && a.correction!.confidence >= LIKELY_CONFIDENCE);
}

/** One WorkspaceEdit with every likely correction. */
export function fixAllEdit(document: vscode.TextDocument, annotations: Annotation[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const a of likelyCorrections(annotations)) edit.replace(document.uri, rangeOf(document, a), a.correction!.replacement);
  return edit;
}

/**
 * With the cursor on a word that has no quick fix, VS Code (editor.codeActionWidget.
 * includeNearbyQuickFixes) asks again at the end of every problem on the cursor's line and
 * lists those fixes, another word's fix preselected. Such a request is an empty range on the
 * cursor's line, away from the cursor: it is answered with nothing, so that the menu offers only
 * the fixes of what is under the cursor.
 */
export function isNearbyProbe(document: vscode.TextDocument, range: vscode.Range): boolean {
  const editor = vscode.window.activeTextEditor;
  if (!range.isEmpty || !editor || editor.document.uri.toString() !== document.uri.toString()) return false;
  const cursor = editor.selection;
  return cursor.isEmpty && cursor.active.line === range.start.line && !cursor.active.isEqual(range.start);
}

/** The annotations whose own diagnostics VS Code passed in the context (those under the cursor). */
function diagnosedHere(document: vscode.TextDocument, annotations: Annotation[], diagnostics: readonly vscode.Diagnostic[]): Annotation[] {
  const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  return annotations.filter((a) => isVisible(a) && ours.some((d) => d.range.isEqual(rangeOf(document, a))));
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
        if (isNearbyProbe(document, range)) return [];
        const here = diagnosedHere(document, annotations, context.diagnostics);
        const mine = (a: Annotation) => context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.range.isEqual(rangeOf(document, a)));
        const actions: vscode.CodeAction[] = [];
        for (const a of here) {
          if (hasOpenCorrection(a)) actions.push(quickFix(document, a, mine(a)), ...replaceAll(document, annotations, a), ignore(document, a), ...ignoreWider(document, annotations, a));
          const date = dateFix(document, a, mine(a));
          if (date) actions.push(date);
        }
        if (here.some(hasOpenCorrection) && likelyCorrections(annotations).length > 1) actions.push(fixAllAction(document, annotations, vscode.CodeActionKind.QuickFix));
        return actions;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] },
  );
}

function quickFix(document: vscode.TextDocument, a: Annotation, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const c = a.correction!;
  const action = new vscode.CodeAction(`Replace with "${c.replacement}"`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, rangeOf(document, a), c.replacement);
  action.isPreferred = c.confidence >= LIKELY_CONFIDENCE;
  action.diagnostics = diagnostics;
  return action;
}

/** "Replace with ..." for a flagged date whose likely value its words can be rewritten to. */
function dateFix(document: vscode.TextDocument, a: Annotation, diagnostics: vscode.Diagnostic[]): vscode.CodeAction | undefined {
  if (a.label !== 'DATE' || !a.flags?.length) return undefined;
  const replacement = dateReplacement(a.text, a.value, a.likelyValue);
  if (!replacement) return undefined;
  const action = new vscode.CodeAction(`Replace with "${replacement}" (${a.likelyValue})`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, rangeOf(document, a), replacement);
  action.diagnostics = diagnostics;
  return action;
}

function ignore(document: vscode.TextDocument, a: Annotation): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore "${a.text}" here`, vscode.CodeActionKind.QuickFix);
  action.command = { command: 'newsAnnotator.ignoreCorrection', title: 'Ignore here', arguments: [document.uri.toString(), a.id] };
  return action;
}

/** The open corrections of the same words to the same replacement (the garbling repeated). */
const sameGarbling = (annotations: Annotation[], a: Annotation): Annotation[] =>
  annotations.filter((x) => hasOpenCorrection(x) && x.text === a.text && x.correction!.replacement === a.correction!.replacement);

/** "Replace all 3 "salaj" with "Sarraj"": every occurrence of this garbling in one step. */
function replaceAll(document: vscode.TextDocument, annotations: Annotation[], a: Annotation): vscode.CodeAction[] {
  const same = sameGarbling(annotations, a);
  if (same.length < 2) return [];
  const action = new vscode.CodeAction(`Replace all ${same.length} "${a.text}" with "${a.correction!.replacement}"`, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  for (const x of same) action.edit.replace(document.uri, rangeOf(document, x), x.correction!.replacement);
  return [action];
}

/** "Ignore in this file" (when the words recur) and "Ignore in workspace" (the corrections list). */
function ignoreWider(document: vscode.TextDocument, annotations: Annotation[], a: Annotation): vscode.CodeAction[] {
  const args = [document.uri.toString(), a.id];
  const out: vscode.CodeAction[] = [];
  if (annotations.filter((x) => hasOpenCorrection(x) && x.text === a.text).length > 1) {
    const inFile = new vscode.CodeAction(`Ignore "${a.text}" in this file`, vscode.CodeActionKind.QuickFix);
    inFile.command = { command: 'newsAnnotator.ignoreInFile', title: 'Ignore in this file', arguments: args };
    out.push(inFile);
  }
  const inWorkspace = new vscode.CodeAction(`Ignore "${a.text}" in workspace`, vscode.CodeActionKind.QuickFix);
  inWorkspace.command = { command: 'newsAnnotator.ignoreInWorkspace', title: 'Ignore in workspace', arguments: args };
  out.push(inWorkspace);
  return out;
}

function fixAllAction(document: vscode.TextDocument, annotations: Annotation[], kind = FIX_ALL_KIND): vscode.CodeAction {
  const action = new vscode.CodeAction('Fix all misrendered names in this file', kind);
  action.edit = fixAllEdit(document, annotations);
  return action;
}
