import * as vscode from 'vscode';
import type { AnnotationService } from './service';

/**
 * Plain-text files give no other sign that the extension can help: while one that is not
 * annotated is active, a status bar item offers "Annotate as news" (it runs Annotate This File).
 */
export function registerAnnotateOffer(service: AnnotationService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsAnnotator.annotateOffer', vscode.StatusBarAlignment.Right, 99);
  item.name = 'News Annotator: Annotate as News';
  item.text = '$(symbol-keyword) Annotate as news';
  item.tooltip = 'News Annotator: highlight the people, places and dates of this text, and find misrendered names';
  item.command = 'newsAnnotator.annotateFile';
  const update = () => {
    const d = vscode.window.activeTextEditor?.document;
    if (d && d.languageId === 'plaintext' && !service.isArticle(d)) item.show();
    else item.hide();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidOpenTextDocument(update),
    service.onDidChange(update),
  );
}
