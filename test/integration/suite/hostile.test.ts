// Issue 21, findings 12 and 13 in the real workbench: a sidecar that exists but cannot be read is
// never replaced; nothing is written or renamed in an untrusted workspace; export does not follow a
// symlinked export/ folder; entity groups of one text but different names are different tree items.
import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, closeAllEditors, exists, open, readText, waitFor, writeText, wsUri } from './helpers';

interface DocState {
  sidecarProblem?: string;
}
interface TreeNode {
  kind: 'group' | 'mention';
}
interface Api {
  service: { get(uri: vscode.Uri): DocState | undefined; backUpSidecar(uri: vscode.Uri): Promise<boolean> };
  entitiesView: { getChildren(node?: TreeNode): TreeNode[]; getTreeItem(node: TreeNode): vscode.TreeItem };
  workspaceTrust: { isTrusted(): boolean };
}

let counter = 0;
const unique = (tag: string) => `${tag}-${++counter}-${Date.now().toString(36)}`;
const TEXT = 'Officials of Libya met in Tripoli on Monday, January 6, 2020.\n';

suite('13. Hostile files and untrusted workspaces', () => {
  let api: Api;
  const trusted = () => true;
  suiteSetup(async () => {
    api = (await activateExtension()).exports as Api;
  });
  teardown(() => {
    api.workspaceTrust.isTrusted = trusted;
  });
  suiteTeardown(closeAllEditors);

  /** Opens a new article `name` and waits until the extension has loaded it. */
  async function article(name: string, text = TEXT): Promise<vscode.Uri> {
    const uri = wsUri(name);
    await writeText(uri, text);
    await open(uri);
    await waitFor(() => api.service.get(uri));
    return uri;
  }

  test('a folder in the sidecar\'s place is a sidecar that cannot be read: saving writes nothing over it', async () => {
    const name = `${unique('odd')}.news.txt`;
    const side = wsUri(`${name}.annotations.json`);
    await vscode.workspace.fs.createDirectory(side);
    await writeText(vscode.Uri.joinPath(side, 'keep.txt'), 'kept');
    const uri = await article(name);
    assert.match(api.service.get(uri)?.sidecarProblem ?? '', /cannot be read/);
    const saved = await vscode.commands.executeCommand<string | undefined>('newsAnnotator.saveAnnotations');
    assert.isUndefined(saved, 'no sidecar written');
    assert.strictEqual((await vscode.workspace.fs.stat(side)).type & vscode.FileType.Directory, vscode.FileType.Directory);
    assert.strictEqual(await readText(vscode.Uri.joinPath(side, 'keep.txt')), 'kept');
  });

  test('"Back Up and Start Fresh" renames nothing in an untrusted workspace; when trusted it does', async () => {
    const name = `${unique('corrupt')}.news.txt`;
    const side = wsUri(`${name}.annotations.json`);
    await writeText(side, '{ "format": "news-annotator", ');
    const uri = await article(name);
    assert.match(api.service.get(uri)?.sidecarProblem ?? '', /JSON/);
    api.workspaceTrust.isTrusted = () => false;
    assert.isFalse(await api.service.backUpSidecar(uri));
    assert.strictEqual(await readText(side), '{ "format": "news-annotator", ', 'left where it was');
    api.workspaceTrust.isTrusted = trusted;
    assert.isTrue(await api.service.backUpSidecar(uri));
    assert.isFalse(await exists(side), 'renamed to a backup');
  });

  test('"Open Workspace Knowledge Base" creates no file in an untrusted workspace', async () => {
    const kb = wsUri('.news-annotator/kb.json');
    const aside = wsUri(`.news-annotator/${unique('kb-aside')}.json`);
    const had = await exists(kb);
    if (had) await vscode.workspace.fs.rename(kb, aside);
    try {
      api.workspaceTrust.isTrusted = () => false;
      assert.isFalse(await vscode.commands.executeCommand<boolean>('newsAnnotator.openKnowledgeBase'));
      assert.isFalse(await exists(kb), 'no kb.json created');
    } finally {
      if (had) await vscode.workspace.fs.rename(aside, kb, { overwrite: true });
    }
  });

  test('export refuses an export/ folder that is a symbolic link (it may lead out of the workspace)', async function () {
    // The runners put linked-export/export, a link to a folder outside the workspace, in their
    // copy. VS Code for the Web's test file system leaves links out altogether (nothing can be
    // written through them there): this runs in the desktop workbench; the unit test
    // export-symlink.test.ts checks the same function over the disk.
    const link = wsUri('linked-export/export');
    if (!(await exists(link))) this.skip();
    const before = (await vscode.workspace.fs.readDirectory(link)).map(([n]) => n);
    await article(`linked-export/${unique('story')}.news.txt`);
    const written = await vscode.commands.executeCommand<string[] | undefined>('newsAnnotator.exportAnnotations', 'brat');
    assert.isUndefined(written, `nothing exported, got ${JSON.stringify(written)}`);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(link)).map(([n]) => n), before);
  });

  test('two "Smith" groups with different canonical names are two tree items with different ids', async () => {
    const name = `${unique('smiths')}.news.txt`;
    const text = 'Smith spoke first. Later Smith answered.\n';
    const at = [text.indexOf('Smith'), text.lastIndexOf('Smith')];
    const annotations = at.map((start, i) => ({
      id: `m${i}`, start, end: start + 5, text: 'Smith', prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 5, start + 37),
      label: 'PERSON', canonical: i ? 'Adam Smith' : 'John Smith', status: 'accepted', source: 'manual',
    }));
    await writeText(wsUri(`${name}.annotations.json`), JSON.stringify({ format: 'news-annotator', version: 1, document: { path: name, sha256: '0'.repeat(64), length: text.length, referenceDate: '2020-01-08' }, annotations, history: [] }));
    await article(name, text);
    const smiths = await waitFor(
      () => api.entitiesView.getChildren().map((g) => api.entitiesView.getTreeItem(g)).filter((i) => /Smith/.test(String(i.label))),
      (items) => items.length === 2,
    );
    assert.deepEqual(smiths.map((i) => String(i.label)).sort(), ['Adam Smith', 'John Smith']);
    assert.notStrictEqual(smiths[0].id, smiths[1].id);
  });

  test('a document of 60,000 tiny paragraphs gets the outline of its head only (2,500 lines), also after an edit', async () => {
    const uri = wsUri(`${unique('tiny')}.news.txt`);
    await writeText(uri, 'Short line\n\n'.repeat(60_000));
    const editor = await open(uri);
    const outline = async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    const symbols = await waitFor(outline, (s) => s.length > 0, 30_000);
    assert.isAtLeast(symbols.length, 100, 'the head has its headings');
    assert.isAtMost(symbols.length, 1_250, 'the 2,500 lines of the head hold at most 1,250 of the 60,000 short lines');
    assert.isBelow(symbols.at(-1)!.selectionRange.start.line, 2_500);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Headline of the dump\n\n'));
    const after = await waitFor(outline, (s) => s[0]?.name === 'Headline of the dump', 30_000);
    assert.strictEqual(after[0]?.name, 'Headline of the dump');
    assert.strictEqual(after.length, symbols.length + 1, 'the head follows the edit (one line more), it is not parsed again whole');
  });
});
