import * as vscode from 'vscode';
import { isValidIsoDate } from '../core/dates/index';
import type { AnnotationService } from './service';
import { fixAllEdit } from './code-actions';

/** Every command, as a plain function of the service. */
export function registerCommands(service: AnnotationService): vscode.Disposable {
  const activeArticle = async (): Promise<vscode.TextDocument | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('News Annotator: open a text file first.');
      return undefined;
    }
    return editor.document;
  };
  const documentFor = async (uri?: string): Promise<vscode.TextDocument | undefined> =>
    uri ? vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : activeArticle();

  const commands: Record<string, (...args: never[]) => unknown> = {
    'newsAnnotator.annotateFile': async () => {
      const active = await activeArticle();
      if (!active) return;
      const { document: d, state } = await service.optIn(active);
      if (state?.declined) void vscode.window.showWarningMessage(`News Annotator: not analysed: this file ${state.declined}.`);
      else service.reanalyze(d, true);
    },
    'newsAnnotator.setReferenceDate': async (date?: string) => {
      const active = await activeArticle();
      const { document: d, state } = active ? await service.optIn(active) : { document: undefined, state: undefined };
      if (!d || !state) return;
      const value =
        typeof date === 'string'
          ? date
          : await vscode.window.showInputBox({
              title: 'Reference (publication) date of this article',
              prompt: 'Relative dates ("Monday", "on the 5th", "last year") are resolved against it. Empty to infer it from the text.',
              value: state.doc.referenceDate ?? '',
              placeHolder: 'YYYY-MM-DD',
              validateInput: (v) => (v === '' || isValidIsoDate(v) ? undefined : 'Use a real date as YYYY-MM-DD, e.g. 2020-01-08'),
            });
      if (value === undefined) return;
      if (value !== '' && !isValidIsoDate(value)) throw new Error(`not a date: ${value}`);
      state.doc.setReferenceDate(value || null);
      service.reanalyze(d, true);
    },
    'newsAnnotator.saveAnnotations': async () => {
      const active = await activeArticle();
      const d = active && (await service.optIn(active)).document;
      if (!d || !service.get(d.uri)) return;
      const uri = await service.saveSidecar(d);
      if (uri) vscode.window.setStatusBarMessage(`News Annotator: saved ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}`, 3000);
      return uri?.toString();
    },
    'newsAnnotator.fixAll': async () => {
      const d = await activeArticle();
      const state = d && (await service.ensure(d));
      if (!d || !state) return 0;
      const edit = fixAllEdit(d, state.doc.annotations);
      const n = edit.size ? edit.get(d.uri).length : 0;
      if (n) await vscode.workspace.applyEdit(edit);
      vscode.window.setStatusBarMessage(`News Annotator: ${n} name${n === 1 ? '' : 's'} fixed`, 3000);
      return n;
    },
    'newsAnnotator.applyCorrection': async (uri?: string, id?: string) => {
      const d = await documentFor(uri);
      const state = d && (await service.ensure(d));
      const a = id ? state?.doc.get(id) : undefined;
      if (!d || !a?.correction) return false;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(d.uri, new vscode.Range(d.positionAt(a.start), d.positionAt(a.end)), a.correction.replacement);
      return vscode.workspace.applyEdit(edit);
    },
    'newsAnnotator.ignoreCorrection': async (uri?: string, id?: string) => {
      const d = await documentFor(uri);
      const state = d && (await service.ensure(d));
      if (!d || !state || !id || !state.doc.setStatus(id, 'rejected')) return false;
      service.reanalyze(d);
      return true;
    },
    'newsAnnotator.toggleHighlighting': async () => {
      const config = vscode.workspace.getConfiguration('newsAnnotator');
      await config.update('highlighting.enabled', !config.get<boolean>('highlighting.enabled', true), vscode.ConfigurationTarget.Global);
    },
  };
  return vscode.Disposable.from(...Object.entries(commands).map(([id, f]) => vscode.commands.registerCommand(id, f)));
}
