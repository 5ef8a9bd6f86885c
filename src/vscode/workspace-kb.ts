import * as vscode from 'vscode';
import { checkWorkspaceKb } from '../core/kb/workspace-check';
import type { KbEntity } from '../core/kb/model';
import { createBuiltinAnalyzer } from '../core/kb/builtin';
import { ENTITY_LABELS, type Annotation, type EntityLabel } from '../core/types';
import { fold } from '../core/text/tokens';
import { similarity } from '../core/names/weighted-distance';
import { LABEL_NAMES } from './hover-markdown';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { isNearbyProbe } from './code-actions';
import { yieldToEditor, type AnnotationService } from './service';
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
  // The built-in data must be loaded (service.ready, and the name matchers' files, read before
  // namesReady) before an analyzer with workspace entities is made.
  // One reload at a time, in order: the last change of the file is the analyzer that stays.
  let queue: Promise<void> = Promise.resolve();
  const reload = (): Promise<void> => (queue = queue.then(reloadNow, reloadNow));
  const reloadNow = async () => {
    const entities = await readWorkspaceEntities();
    await service.ready();
    await service.namesReady;
    // Its indexes built in short steps while the current analyzer serves (built on first use,
    // they would hold the editor for seconds).
    const analyzer = createBuiltinAnalyzer(entities);
    await analyzer.prepare(yieldToEditor);
    service.setAnalyzer(analyzer);
  };
  void readWorkspaceEntities().then((entities) => {
    if (entities.length) void reload();
  });
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_KB}`);

  /** The workspace KB's entities as written (a file that does not validate: its problem). */
  async function workspaceFile(folder: vscode.WorkspaceFolder): Promise<{ entities: KbEntity[] } | { problem: string }> {
    const existing = await readIfExists(kbUri(folder));
    return existing ? checkWorkspaceKb(existing) : { entities: [] };
  }

  /** Writes `entity` into the workspace KB (replacing the one of its id) and reloads the analyzer. */
  async function writeEntity(folder: vscode.WorkspaceFolder, entity: KbEntity): Promise<boolean> {
    const checked = await workspaceFile(folder);
    if ('problem' in checked) {
      void vscode.window.showWarningMessage(`News Annotator: ${WORKSPACE_KB} ${checked.problem}; fix it first.`);
      return false;
    }
    const data = { entities: [...checked.entities.filter((e) => e.id !== entity.id), entity] };
    await writeAtomic(kbUri(folder), `${JSON.stringify(data, null, 2)}\n`);
    await reload();
    return true;
  }

  /** Where the workspace KB may be written, or undefined after telling why not. */
  function writableFolder(): vscode.WorkspaceFolder | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return void vscode.window.showInformationMessage('News Annotator: open a folder to keep a workspace knowledge base.');
    if (!workspaceTrust.isTrusted()) return void vscode.window.showInformationMessage('News Annotator: the workspace is not trusted, so the knowledge base is not written.');
    return folder;
  }

  /** The annotation a command is about, and the text it covers (or the selection). */
  async function subject(uri?: string, id?: string): Promise<{ a?: Annotation; surface: string }> {
    const editor = vscode.window.activeTextEditor;
    const d = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : editor?.document;
    const state = d && (await service.ensure(d));
    const a = id ? state?.doc.get(id) : undefined;
    return { a, surface: a?.text ?? (editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '') };
  }

  /**
   * "This is <entity>": records `surface` as a known misrendering of an existing entity in the
   * workspace KB (its `mistranslations`), so that every article gets the fix from then on.
   */
  async function recordMisrendering(uri?: string, id?: string, entityId?: string): Promise<KbEntity | undefined> {
    const folder = writableFolder();
    if (!folder) return undefined;
    const { a, surface } = await subject(uri, id);
    if (!surface.trim()) return void vscode.window.showInformationMessage('News Annotator: select the misrendered name first.');
    const entity = entityId ? service.analyzer.index.byId.get(entityId) : await pickExisting(surface, a?.kbId);
    if (!entity) return undefined;
    const known = new Set([entity.name, ...(entity.aliases ?? []), ...(entity.mistranslations ?? [])].map((n) => fold(n)));
    if (known.has(fold(surface))) {
      void vscode.window.showInformationMessage(`News Annotator: "${surface}" is already a known name of ${entity.name}.`);
      return entity;
    }
    const updated: KbEntity = { ...entity, mistranslations: [...(entity.mistranslations ?? []), surface.trim()] };
    return (await writeEntity(folder, updated)) ? updated : undefined;
  }

  /** KB entities ranked by how close their names are to `text` (the annotation's own entity first). */
  function similarEntities(text: string, first?: string): KbEntity[] {
    const wanted = fold(text);
    const ranked = [...service.analyzer.index.byId.values()]
      .map((e) => ({ e, score: Math.max(...[e.name, ...(e.aliases ?? [])].map((n) => similarity(wanted, n))) }))
      .sort((x, y) => y.score - x.score)
      .slice(0, 20)
      .map(({ e }) => e);
    const own = first ? service.analyzer.index.byId.get(first) : undefined;
    return own ? [own, ...ranked.filter((e) => e !== own)] : ranked;
  }

  async function pickExisting(surface: string, kbId?: string): Promise<KbEntity | undefined> {
    const pick = await vscode.window.showQuickPick(
      similarEntities(surface, kbId).map((e) => ({ label: e.name, description: LABEL_NAMES[e.type], detail: e.description, e })),
      { title: `"${surface}" is a misrendering of...`, matchOnDescription: true, matchOnDetail: true },
    );
    return pick?.e;
  }

  /**
   * Add to Knowledge Base: never a silent duplicate. The entities the words may already be (the
   * annotation's own, and those with a close name) are offered first: choosing one records the
   * words as its misrendering (or says they are already its name); else a new entity is made,
   * after one more check of its name against the knowledge base.
   */
  async function addToKb(uri?: string, id?: string): Promise<KbEntity | undefined> {
    const folder = writableFolder();
    if (!folder) return undefined;
    const { a, surface } = await subject(uri, id);
    const candidates = surface.trim() ? similarEntities(a?.correction?.replacement ?? surface, a?.kbId).slice(0, 5) : [];
    if (candidates.length) {
      const create = { label: '$(add) A new entity...', description: 'not in the knowledge base yet', e: undefined as KbEntity | undefined };
      const pick = await vscode.window.showQuickPick(
        [...candidates.map((e) => ({ label: `$(link) This is ${e.name}`, description: LABEL_NAMES[e.type], detail: e.description, e })), create],
        { title: `Add "${surface}" to the Knowledge Base: is it one of these?`, matchOnDetail: true },
      );
      if (!pick) return undefined;
      if (pick.e) return recordMisrendering(uri, id, pick.e.id);
    }
    const name = await vscode.window.showInputBox({ title: 'Add to Knowledge Base: canonical name', value: a?.correction?.replacement ?? surface, validateInput: (v) => (v.trim() ? undefined : 'A name is needed') });
    if (!name) return undefined;
    const same = [...service.analyzer.index.byId.values()].find((e) => [e.name, ...(e.aliases ?? [])].some((n) => fold(n) === fold(name)));
    if (same) {
      const choice = await vscode.window.showWarningMessage(`News Annotator: ${same.name} (${LABEL_NAMES[same.type]}, ${same.description}) is already in the knowledge base.`, `This Is ${same.name}`, 'Create Another');
      if (choice === undefined) return undefined;
      if (choice !== 'Create Another') return surface && fold(surface) !== fold(same.name) ? recordMisrendering(uri, id, same.id) : same;
    }
    const typePick = await vscode.window.showQuickPick(
      ENTITY_LABELS.map((l) => ({ label: LABEL_NAMES[l], description: l, l, picked: a?.label === l })),
      { title: `Type of ${name}`, placeHolder: a && a.label !== 'DATE' ? LABEL_NAMES[a.label] : 'Person' },
    );
    if (!typePick) return undefined;
    const type: EntityLabel = typePick.l;
    const description = (await vscode.window.showInputBox({ title: `One line about ${name}`, placeHolder: 'e.g. Foreign minister of Algeria' })) ?? '';
    const entity: KbEntity = { id: `ws:${slug(name)}`, type, name: name.trim(), description: description.trim() || `Added from ${surface || name}` };
    if (surface && surface !== entity.name) entity.aliases = [surface];
    return (await writeEntity(folder, entity)) ? entity : undefined;
  }

  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(() => void reload()),
    watcher.onDidCreate(() => void reload()),
    watcher.onDidDelete(() => void reload()),
    vscode.commands.registerCommand('newsAnnotator.addToKnowledgeBase', addToKb),
    vscode.commands.registerCommand('newsAnnotator.recordMisrendering', recordMisrendering),
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
        if (!state || isNearbyProbe(document, range)) return [];
        const start = document.offsetAt(range.start);
        const a = state.doc.annotations.find((x) => isVisible(x) && x.label !== 'DATE' && !x.kbId && x.start <= start && start <= x.end);
        if (!a && range.isEmpty) return [];
        const title = `Add "${a ? a.text : document.getText(range)}" to Knowledge Base...`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'newsAnnotator.addToKnowledgeBase', title, arguments: a ? [document.uri.toString(), a.id] : [] };
        return [action];
      },
    }),
    // On a misrendered name: remember it as that entity's misrendering, for every article.
    vscode.languages.registerCodeActionsProvider([{ language: 'newstext' }, { language: 'plaintext' }], {
      provideCodeActions(document, range, context) {
        const state = service.get(document.uri);
        if (!state || isNearbyProbe(document, range) || !context.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE)) return [];
        const start = document.offsetAt(range.start);
        const a = state.doc.annotations.find((x) => isVisible(x) && x.correction && x.kbId && x.canonical && x.start <= start && start <= x.end);
        if (!a) return [];
        const title = `This is ${a.canonical}: always correct "${a.text}"`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'newsAnnotator.recordMisrendering', title, arguments: [document.uri.toString(), a.id, a.kbId] };
        return [action];
      },
    }),
  );
}
