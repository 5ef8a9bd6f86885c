import * as vscode from 'vscode';
import { checkWorkspaceKb } from '../core/kb/workspace-check';
import type { KbEntity } from '../core/kb/model';
import { createBuiltinAnalyzer } from '../core/kb/builtin';
import { ENTITY_LABELS, type EntityLabel } from '../core/types';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';
import { readIfExists, writeAtomic } from './sidecar-files';
import { workspaceTrust } from './trust';

export const WORKSPACE_KB = '.news-annotator/kb.json';

const kbUri = (folder: vscode.WorkspaceFolder): vscode.Uri => vscode.Uri.joinPath(folder.uri, ...WORKSPACE_KB.split('/'));

/** Every workspace folder's KB entities; a file that does not validate is reported and skipped. */
async function readWorkspaceEntities(): Promise<KbEntity[]> {
  const out: KbEntity[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const uri = kbUri(folder);
    const json = await readIfExists(uri).catch(() => undefined);
    if (json === undefined) continue;
    const checked = checkWorkspaceKb(json);
    if ('problem' in checked) {
      void vscode.window.showWarningMessage(`News Annotator: ${WORKSPACE_KB} in ${folder.name} ${checked.problem}; its entities are not used.`, 'Open File').then((c) => {
        if (c) void vscode.window.showTextDocument(uri);
      });
      continue;
    }
    out.push(...checked.entities);
  }
  return out;
}

const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'entity';

/**
 * The workspace knowledge base: `.news-annotator/kb.json` merged over the built-in one, reloaded
 * whenever it changes; "Add to Knowledge Base" and "Open Workspace Knowledge Base".
 */
export function registerWorkspaceKb(service: AnnotationService): vscode.Disposable {
  // The built-in data must be loaded (service.ready) before an analyzer with workspace entities is made.
  const reload = async () => {
    const entities = await readWorkspaceEntities();
    await service.ready();
    service.setAnalyzer(createBuiltinAnalyzer(entities));
  };
  void readWorkspaceEntities().then((entities) => {
    if (entities.length) void reload();
  });
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_KB}`);

  async function addToKb(uri?: string, id?: string): Promise<KbEntity | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void vscode.window.showInformationMessage('News Annotator: open a folder to keep a workspace knowledge base.');
    if (!workspaceTrust.isTrusted()) return void vscode.window.showInformationMessage('News Annotator: the workspace is not trusted, so the knowledge base is not written.');
    const editor = vscode.window.activeTextEditor;
    const d = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : editor?.document;
    const state = d && (await service.ensure(d));
    const a = id ? state?.doc.get(id) : undefined;
    const surface = a?.text ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '');
    const name = await vscode.window.showInputBox({ title: 'Add to Knowledge Base: canonical name', value: a?.correction?.replacement ?? surface, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
    if (!name) return undefined;
    const type = (await vscode.window.showQuickPick([...ENTITY_LABELS], { title: `Type of ${name}`, placeHolder: a && a.label !== 'DATE' ? a.label : 'PERSON' })) as EntityLabel | undefined;
    if (!type) return undefined;
    const description = (await vscode.window.showInputBox({ title: `One line about ${name}`, placeHolder: 'e.g. Foreign minister of Algeria' })) ?? '';
    const entity: KbEntity = { id: `ws:${slug(name)}`, type, name: name.trim(), description: description.trim() || `Added from ${surface || name}` };
    if (surface && surface !== entity.name) entity.aliases = [surface];
    const target = kbUri(folder);
    const existing = await readIfExists(target);
    const checked = existing ? checkWorkspaceKb(existing) : { entities: [] };
    if ('problem' in checked) return void vscode.window.showWarningMessage(`News Annotator: ${WORKSPACE_KB} ${checked.problem}; fix it first.`);
    const data = { entities: [...checked.entities.filter((e) => e.id !== entity.id), entity] };
    await writeAtomic(target, `${JSON.stringify(data, null, 2)}\n`);
    await reload();
    return entity;
  }

  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(() => void reload()),
    watcher.onDidCreate(() => void reload()),
    watcher.onDidDelete(() => void reload()),
    vscode.commands.registerCommand('newsAnnotator.addToKnowledgeBase', addToKb),
    vscode.commands.registerCommand('newsAnnotator.openKnowledgeBase', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return false;
      const target = kbUri(folder);
      if ((await readIfExists(target)) === undefined) {
        // An untrusted workspace gets no new file: there is nothing to open then.
        if (!workspaceTrust.isTrusted()) {
          void vscode.window.showInformationMessage(`News Annotator: the workspace is not trusted, so ${WORKSPACE_KB} is not created.`);
          return false;
        }
        await writeAtomic(target, '{\n  "entities": []\n}\n');
      }
      await vscode.window.showTextDocument(target);
      return true;
    }),
    vscode.languages.registerCodeActionsProvider([{ language: 'newstext' }, { language: 'plaintext' }], {
      async provideCodeActions(document, range) {
        const state = service.get(document.uri);
        if (!state) return [];
        const start = document.offsetAt(range.start);
        const a = state.doc.annotations.find((x) => isVisible(x) && x.label !== 'DATE' && !x.kbId && x.start <= start && start <= x.end);
        if (!a && range.isEmpty) return [];
        const title = `Add "${a ? a.text : document.getText(range)}" to Knowledge Base...`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'newsAnnotator.addToKnowledgeBase', title, arguments: a ? [document.uri.toString(), a.id] : [] };
        return [action];
      },
    }),
  );
}
