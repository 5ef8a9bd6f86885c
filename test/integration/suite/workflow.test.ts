import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, closeAllEditors, freshCopy, hoverText, open, rangeOf, titleOf, waitFor, waitForDiagnostics, writeText, wsUri } from './helpers';

interface TreeNode {
  kind: 'group' | 'mention';
  title?: string;
  items?: unknown[];
}
interface Api {
  entitiesView: { getChildren(node?: TreeNode): TreeNode[]; getTreeItem(node: TreeNode): vscode.TreeItem };
}

suite('11. Review workflow, Entities view and workspace knowledge base', () => {
  let api: Api;
  suiteSetup(async () => {
    api = (await activateExtension()).exports as Api;
  });
  suiteTeardown(closeAllEditors);

  test('the Entities view groups the active article by entity, with dates and open suggestions', async () => {
    const editor = await open(await freshCopy());
    await waitForDiagnostics(editor.document.uri);
    const groups = await waitFor(() => api.entitiesView.getChildren(), (g) => g.length > 10);
    const labels = groups.map((g) => String(api.entitiesView.getTreeItem(g).label));
    assert.include(labels, 'Dates');
    assert.include(labels, 'Open suggestions');
    assert.include(labels, 'Khalifa Haftar');
    assert.include(labels, 'Sirte');
    const haftar = groups.find((g) => api.entitiesView.getTreeItem(g).label === 'Khalifa Haftar')!;
    const mentions = api.entitiesView.getChildren(haftar).map((m) => String(api.entitiesView.getTreeItem(m).label));
    assert.includeMembers(mentions, ['haftal', 'haftar']);
    const dates = api.entitiesView.getChildren(groups.find((g) => api.entitiesView.getTreeItem(g).label === 'Dates')!);
    assert.isAtLeast(dates.length, 13);
  });

  test('rejecting an annotation at the cursor removes its diagnostic and keeps it rejected after re-analysis', async () => {
    const editor = await open(await freshCopy());
    const uri = editor.document.uri;
    await waitForDiagnostics(uri);
    const range = rangeOf(editor.document, 'teben');
    editor.selection = new vscode.Selection(range.start, range.start);
    assert.isTrue(await vscode.commands.executeCommand('newsAnnotator.rejectAnnotation'));
    await vscode.commands.executeCommand('newsAnnotator.annotateFile');
    const left = await waitFor(() => vscode.languages.getDiagnostics(uri).filter((d) => d.range.isEqual(range)), (d) => d.length === 0);
    assert.lengthOf(left, 0, 'diagnostic on a rejected annotation');
  });

  test('an entity added to .news-annotator/kb.json is used without reloading', async () => {
    const uri = wsUri('kb-test.news.txt');
    await writeText(uri, 'Zorblax Quentavian met Khalifa Haftar in Tripoli on Monday. Zorblax Quentavian said talks went well.\n');
    const editor = await open(uri);
    await waitFor(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rangeOf(editor.document, 'Haftar').start), (h) => !!h?.length);
    await writeText(
      wsUri('.news-annotator/kb.json'),
      JSON.stringify({ entities: [{ id: 'ws:zorblax', type: 'PERSON', name: 'Zorblax Quentavian', description: 'Envoy of the test workspace' }] }),
    );
    const at = rangeOf(editor.document, 'Zorblax').start.translate(0, 2);
    const text = await waitFor(() => hoverText(uri, at), (t) => t.includes('Envoy of the test workspace'), 15_000);
    assert.include(titleOf(text), 'Zorblax Quentavian');
    assert.include(text, 'Envoy of the test workspace');
  });
});

suite('12. Export', () => {
  test('"Export Annotations..." writes a brat .ann whose spans match the text', async () => {
    await activateExtension();
    const editor = await open(await freshCopy());
    await waitForDiagnostics(editor.document.uri);
    const written = await vscode.commands.executeCommand<string[]>('newsAnnotator.exportAnnotations', 'brat');
    assert.isArray(written);
    const ann = written.find((u) => u.endsWith('.ann'))!;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(ann)));
    const copy = [...new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(written.find((u) => u.endsWith('.txt'))!)))];
    const tLines = text.split('\n').filter((l) => l.startsWith('T'));
    assert.isAbove(tLines.length, 100);
    for (const line of tLines) {
      const [, spec, quote] = line.split('\t');
      const [, start, end] = spec.split(' ');
      assert.strictEqual(copy.slice(Number(start), Number(end)).join(''), quote, line);
    }
  });
});
