// Issue 20: a weak suggestion shows as a Hint beside likely fixes, and the user's
// newsAnnotator.diagnostics.minConfidence setting hides it (the seed has no weak suggestion, so
// a setting that was ignored passed every test). The setting is changed the way the Settings
// editor writes it; the problems are read from the workbench's diagnostics.
import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, closeAllEditors, misrenderingDiagnostics, open, waitFor, writeText, wsUri } from './helpers';

const ARTICLE = 'Talks in the capital\n\nPrime Minister salaj met Khalifa haftal in Tripoli. Visiting President zorbulan said the talks went well.\n';

/** The reported words with their severity, in text order. */
function reported(doc: vscode.TextDocument): Array<[string, string]> {
  return misrenderingDiagnostics(doc.uri)
    .sort((a, b) => doc.offsetAt(a.range.start) - doc.offsetAt(b.range.start))
    .map((d) => [doc.getText(d.range), vscode.DiagnosticSeverity[d.severity]]);
}

suite('20. Weak and strong suggestions, minConfidence', () => {
  const config = () => vscode.workspace.getConfiguration('newsAnnotator');

  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(async () => {
    await config().update('diagnostics.minConfidence', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  test('the weak suggestion is a Hint at the default 0.5 and disappears at 0.6; the likely fixes stay', async () => {
    const uri = wsUri(`weak-strong-${Date.now().toString(36)}.news.txt`);
    await writeText(uri, ARTICLE);
    const doc = (await open(uri)).document;
    const atDefault = await waitFor(() => reported(doc), (r) => r.length >= 3);
    assert.deepEqual(atDefault, [
      ['salaj', 'Information'],
      ['Khalifa haftal', 'Information'],
      ['zorbulan', 'Hint'],
    ], 'problems at the default minConfidence');

    await config().update('diagnostics.minConfidence', 0.6, vscode.ConfigurationTarget.Global);
    const raised = await waitFor(() => reported(doc), (r) => r.length === 2);
    assert.deepEqual(raised, [
      ['salaj', 'Information'],
      ['Khalifa haftal', 'Information'],
    ], 'problems at minConfidence 0.6: the weak "zorbulan" should be hidden');
  });
});
