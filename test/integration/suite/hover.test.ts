import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, hoverText, open, rangeIn, SEED, titleOf, waitFor, waitForTokens, wsUri } from './helpers';

suite('3. Hovers', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('hover over "haftal" shows Khalifa Haftar, his description and the suggested fix', async () => {
    const editor = await open(wsUri(SEED));
    const uri = editor.document.uri;
    const at = rangeIn(editor.document, 'In December last year, haftal', 'haftal').start.translate(0, 2);
    const text = await waitFor(() => hoverText(uri, at), (t) => titleOf(t).includes('Khalifa Haftar'));
    const full = `(full hover: ${JSON.stringify(text)})`;
    assert.include(titleOf(text), 'Khalifa Haftar', `canonical name in the hover title ${full}`);
    assert.match(text, /person/i, `entity type ${full}`);
    assert.match(text, /Libya/, `description ${full}`);
    assert.match(text, /\b\d+\b[^\n]*mention|mention[^\n]*\b\d+\b/i, `mention count ${full}`);
    assert.include(text, 'Suggested: **Haftar**', `suggested fix ${full}`);
    assert.match(text, /\]\(command:/, `command link to apply the fix ${full}`);
  });

  test('hover over "Monday" shows 2020-01-06 after setReferenceDate(2020-01-08)', async () => {
    const editor = await open(wsUri(SEED));
    const uri = editor.document.uri;
    await waitForTokens(uri);
    await vscode.commands.executeCommand('newsAnnotator.setReferenceDate', '2020-01-08');
    const at = rangeIn(editor.document, 'from five directions on Monday', 'Monday').start.translate(0, 2);
    const text = await waitFor(() => hoverText(uri, at), (t) => t.includes('2020-01-06'));
    const full = `(full hover: ${JSON.stringify(text)})`;
    assert.include(text, '2020-01-06', `ISO value ${full}`);
    assert.match(text, /Monday/, `weekday ${full}`);
    assert.match(text, /\b2 days\b/, `distance from the reference date ${full}`);
  });

  test('hover over "December last year" shows the month and says that the day is not known', async () => {
    const editor = await open(wsUri(SEED));
    const uri = editor.document.uri;
    await waitForTokens(uri);
    await vscode.commands.executeCommand('newsAnnotator.setReferenceDate', '2020-01-08');
    const at = rangeIn(editor.document, 'In December last year, haftal', 'December').start.translate(0, 2);
    const text = await waitFor(() => hoverText(uri, at), (t) => t.includes('2019-12'));
    const full = `(full hover: ${JSON.stringify(text)})`;
    assert.include(text, '2019-12', `month value ${full}`);
    assert.include(text, 'The day is not known', `precision note ${full}`);
    assert.notInclude(text, '2019-12-', `no day invented ${full}`);
  });
});
