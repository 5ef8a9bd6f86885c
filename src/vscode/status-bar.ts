import * as vscode from 'vscode';
import type { AnnotationService } from './service';

/** Shows the active article's reference date; a click sets it. Says once when there is none. */
export function registerStatusBar(service: AnnotationService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsAnnotator.referenceDate', vscode.StatusBarAlignment.Right, 100);
  item.name = 'News Annotator: Reference Date';
  item.command = 'newsAnnotator.setReferenceDate';
  const told = new Set<string>();
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const state = editor && service.get(editor.document.uri);
    if (!editor || !state) return item.hide();
    if (state.declined) {
      item.text = '$(circle-slash) News: not analysed';
      item.tooltip = `News Annotator: this file ${state.declined}.`;
    } else {
      const { referenceDate, referenceSource } = state.doc;
      item.text = `$(calendar) ${referenceDate ?? 'No reference date'}`;
      item.tooltip = referenceDate
        ? `News Annotator: relative dates are resolved against ${referenceDate} (${referenceSource === 'given' ? 'set for this file' : `found in the text: ${referenceSource}`}). Click to change.`
        : 'News Annotator: no reference (publication) date found; relative dates such as "Monday" cannot be resolved. Click to set one.';
      const key = editor.document.uri.toString();
      if (!referenceDate && !told.has(key)) {
        told.add(key);
        void vscode.window.showInformationMessage('News Annotator: this article has no reference date, so "Monday" or "on the 5th" cannot be resolved.', 'Set Reference Date').then((c) => {
          if (c) void vscode.commands.executeCommand('newsAnnotator.setReferenceDate');
        });
      }
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, service.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
}
