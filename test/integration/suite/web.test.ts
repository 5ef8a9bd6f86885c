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
