import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, closeAllEditors, describeRange, freshCopy, misrenderingDiagnostics, open, waitFor } from './helpers';

suite('6. Fix all', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(closeAllEditors);

  test('newsAnnotator.fixAll leaves no confident misrendering', async () => {
    const editor = await open(await freshCopy());
    const doc = editor.document;
    const before = await waitFor(() => misrenderingDiagnostics(doc.uri), (ds) => ds.length >= 30);
    const confident = before.filter((d) => d.severity === vscode.DiagnosticSeverity.Information);
    assert.isAtLeast(confident.length, 1, 'confident (Information) diagnostics before fixAll');
    const versionBefore = doc.version;

    await vscode.commands.executeCommand('newsAnnotator.fixAll');
    assert.isAbove(doc.version, versionBefore, 'fixAll did not edit the document');
    const info = (ds: vscode.Diagnostic[]) => ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Information);
    const after = await waitFor(() => misrenderingDiagnostics(doc.uri), (ds) => info(ds).length === 0);
    assert.deepEqual(info(after).map((d) => `${describeRange(d.range)} "${doc.getText(d.range)}"`), [],
      'Information diagnostics left after fixAll');
    assert.include(doc.getText(), 'In December last year, Haftar,', 'haftal was corrected');
    assert.notInclude(doc.getText(), 'Turkeys ', 'Turkeys was corrected');
  });
});
