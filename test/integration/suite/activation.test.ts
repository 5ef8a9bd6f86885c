import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, EXTENSION_ID, FIXTURE, open, SEED, waitFor, writeText, wsUri } from './helpers';
import { ui } from './harness';

suite('1. Activation and language', () => {
  // First in the run, before any test calls activate(). In this workbench the Explorer is open at
  // start, and the Entities view's implicit onView event already activates the extension then, so
  // removed activationEvents are caught by test/unit/manifest.test.ts ("activates when ..."); this
  // test checks what a person sees on opening a plain .txt article with nobody calling activate().
  test('opening a plain .txt article, with no call to activate(): the status bar offers "Annotate as news"', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the test host`);
    const uri = wsUri(`first-opened-${Date.now().toString(36)}.txt`);
    await writeText(uri, 'Talks on the coast road resume\n\nKhalifa Haftar met envoys in Tripoli on Monday, two officials said.\n');
    const editor = await open(uri);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const active = await waitFor(() => ext.isActive, (x) => x, 20_000);
    assert.isTrue(active, 'the extension is not active after a .txt file was opened');
    if (!(await ui.available())) return;
    const bar = await waitFor(() => ui.texts('.statusbar-item'), (t) => t.some((x) => x.includes('Annotate as news')), 15_000);
    assert.isTrue(bar.some((x) => x.includes('Annotate as news')), `status bar: ${JSON.stringify(bar)}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('opening the seed activates the extension and the language is newstext', async () => {
    const editor = await open(wsUri(SEED));
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the test host`);
    const active = await waitFor(() => ext.isActive);
    assert.isTrue(active, 'the extension did not activate after opening the seed');
    assert.strictEqual(editor.document.languageId, 'newstext', `language of ${SEED}`);
  });

  test('*.news.txt files are newstext too', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument(wsUri(FIXTURE));
    assert.strictEqual(doc.languageId, 'newstext', `language of ${FIXTURE}`);
  });

  test('the contributed commands are registered', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'newsAnnotator.annotateFile',
      'newsAnnotator.setReferenceDate',
      'newsAnnotator.saveAnnotations',
      'newsAnnotator.fixAll',
      'newsAnnotator.applyCorrection',
      'newsAnnotator.ignoreCorrection',
    ]) {
      assert.include(commands, id, `command ${id} is not registered`);
    }
  });
});
