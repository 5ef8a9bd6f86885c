import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, EXTENSION_ID, FIXTURE, open, SEED, waitFor, wsUri } from './helpers';

suite('1. Activation and language', () => {
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
