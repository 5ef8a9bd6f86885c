import * as vscode from 'vscode';
import { parseCorrectionRules, withRule } from '../core/annotations/workspace-rules';
import { hasOpenCorrection } from '../core/annotations/review';
import type { AnnotationService } from './service';
import { readIfExists, writeAtomic } from './sidecar-files';

export const CORRECTIONS_LIST = '.news-annotator/corrections.txt';

const HEADER = '# News Annotator: corrections for every article of this workspace, one "X -> Y" a line.\n# "X -> X": X is right as written, never flag it.\n';

const listUri = (folder: vscode.WorkspaceFolder): vscode.Uri => vscode.Uri.joinPath(folder.uri, ...CORRECTIONS_LIST.split('/'));

/**
 * The workspace's corrections list (`.news-annotator/corrections.txt`, "X -> Y" a line), read at
 * start and whenever it changes; "Ignore in This File", "Ignore in Workspace" (adds "X -> X")
 * and "Open Corrections List".
 */
export function registerCorrectionsList(service: AnnotationService): vscode.Disposable {
  const load = async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const text = folder ? await readIfExists(listUri(folder)).catch(() => undefined) : undefined;
    const rules = parseCorrectionRules(text ?? '');
    if (rules.unreadable.length) void vscode.window.showWarningMessage(`News Annotator: ${CORRECTIONS_LIST} line ${rules.unreadable.join(', ')} is not "X -> Y"; skipped.`);
    service.setCorrectionRules(rules);
  };
  void load();
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CORRECTIONS_LIST}`);

  /** Adds "from -> to" to the list (made with a header the first time) and applies it. */
  async function addRule(from: string, to: string): Promise<boolean> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void vscode.window.showInformationMessage('News Annotator: open a folder to keep a corrections list.'), false;
    if (!vscode.workspace.isTrusted) return void vscode.window.showInformationMessage('News Annotator: the workspace is not trusted, so the corrections list is not written.'), false;
    const existing = (await readIfExists(listUri(folder))) ?? HEADER;
    await writeAtomic(listUri(folder), withRule(existing, from, to));
    await load();
    return true;
  }

  const annotationOf = async (uri: string, id: string) => {
    const d = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const state = await service.ensure(d);
    return { d, state, a: state?.doc.get(id) };
  };

  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(() => void load()),
    watcher.onDidCreate(() => void load()),
    watcher.onDidDelete(() => void load()),
    vscode.commands.registerCommand('newsAnnotator.ignoreInFile', async (uri: string, id: string) => {
      const { d, state, a } = await annotationOf(uri, id);
      if (!state || !a) return 0;
      const same = state.doc.annotations.filter((x) => hasOpenCorrection(x) && x.text === a.text);
      for (const x of same) state.doc.setStatus(x.id, 'rejected');
      service.reanalyze(d);
      return same.length;
    }),
    vscode.commands.registerCommand('newsAnnotator.ignoreInWorkspace', async (uri: string, id: string) => {
      const { a } = await annotationOf(uri, id);
      return a ? addRule(a.text, a.text) : false;
    }),
    vscode.commands.registerCommand('newsAnnotator.openCorrectionsList', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return;
      if ((await readIfExists(listUri(folder))) === undefined) await writeAtomic(listUri(folder), HEADER);
      await vscode.window.showTextDocument(listUri(folder));
    }),
  );
}
