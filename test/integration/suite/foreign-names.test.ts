// Names garbled by translation from other languages than Chinese (issue 16, mechanism 6), as a
// person meets them: the hover says which script the name came through, the accept key writes
// the whole name, and a Japanese name written family name first is a name, not a problem.
import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, closeAllEditors, cursorIn, misrenderingDiagnostics, open, waitFor, writeText, wsUri } from './helpers';
import { ui } from './harness';

const ARTICLE = [
  'Leaders meet after the vote',
  '',
  'Russian President Fladimir Butin said on Monday that the talks in Moscow would continue next week.',
  '',
  'Japanese Prime Minister Kishida Fumio spoke to reporters in Tokyo after the meeting.',
  '',
].join('\n');

suite('22. Names translated from other languages (through the UI)', () => {
  suiteSetup(async function () {
    await activateExtension();
    if (!(await ui.available())) this.skip();
  });
  suiteTeardown(closeAllEditors);

  test('the hover says "through Arabic script"; accepting writes the whole name; "Kishida Fumio" is no problem', async () => {
    const uri = wsUri(`foreign-${Date.now().toString(36)}.news.txt`);
    await writeText(uri, ARTICLE);
    const editor = await open(uri);
    const doc = editor.document;
    const garbled = await waitFor(() => misrenderingDiagnostics(doc.uri), (ds) => ds.some((d) => doc.getText(d.range) === 'Fladimir Butin'));
    assert.isTrue(garbled.some((d) => doc.getText(d.range) === 'Fladimir Butin'), `diagnostics on ${JSON.stringify(garbled.map((d) => doc.getText(d.range)))}`);
    assert.isFalse(garbled.some((d) => /Kishida|Fumio/.test(doc.getText(d.range))), 'a name written family name first is not a misrendering');

    await cursorIn(editor, 'President Fladimir Butin said', 'Butin');
    await vscode.commands.executeCommand('editor.action.showHover');
    const hover = (await waitFor(() => ui.texts('.monaco-hover'), (t) => t.join('').includes('through Arabic script'), 5_000)).join('\n');
    await ui.press('Escape');
    assert.include(hover, 'reads as Vladimir Putin through Arabic script: v written f, p written b', `hover: ${JSON.stringify(hover)}`);

    await ui.press('Control+Alt+Enter');
    const text = await waitFor(() => doc.getText(), (t) => t.includes('Russian President Vladimir Putin said'));
    assert.include(text, 'Russian President Vladimir Putin said', 'accepting writes the whole name');
    assert.include(text, 'Kishida Fumio spoke', 'the Japanese name is left as written');
  });
});
