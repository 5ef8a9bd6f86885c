import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, EXTENSION_ID, FIXTURE, hoverText, open, rangeIn, titleOf, waitFor, wsUri } from './helpers';

suite('10. Web extension host', () => {
  test('the browser entry runs and loads its knowledge base (hover works)', async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip(); // desktop run: the Node entry is tested instead
    await activateExtension();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.isString(ext.packageJSON.browser, 'package.json "browser" entry');
    assert.strictEqual(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined',
      'the suite should run in a web worker without Node');
    const editor = await open(wsUri(FIXTURE));
    const uri = editor.document.uri;
    const at = rangeIn(editor.document, 'Khalifa Haftar, the commander', 'Haftar').start.translate(0, 1);
    const text = await waitFor(() => hoverText(uri, at), (t) => titleOf(t).includes('Khalifa Haftar'));
    assert.include(titleOf(text), 'Khalifa Haftar', `hover title in the web host (knowledge base loaded); full hover: ${JSON.stringify(text)}`);
    const fix = rangeIn(editor.document, 'Libyan commander haftal', 'haftal').start.translate(0, 1);
    assert.include(await waitFor(() => hoverText(uri, fix), (t) => t.includes('Haftar')), 'Suggested: **Haftar**',
      'misrendering found in a *.news.txt file');
  });
});

suite('10b. Article structure from tree-sitter', () => {
  test('the tree-sitter parser loads through the extension URI and gives the outline, also after an edit', async () => {
    const api = (await activateExtension()).exports as { structureSource(uri: vscode.Uri): string };
    const editor = await open(wsUri(FIXTURE));
    const uri = editor.document.uri;
    const source = await waitFor(() => api.structureSource(uri), (s) => s === 'tree-sitter');
    assert.strictEqual(source, 'tree-sitter', 'structure source (tree-sitter wasm loaded from dist/ through the extension URI)');
    const names = async () =>
      ((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []).map((s) => s.name);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n\nA new heading\n\nA new paragraph follows here.\n'));
    const after = await waitFor(names, (n) => n.includes('A new heading'));
    assert.include(after, 'A new heading', `outline after an edit: ${JSON.stringify(after)}`);
  });
});
