import * as vscode from 'vscode';
import { assert } from 'chai';
import {
  activateExtension, closeAllEditors, codePointSlice, freshCopy, misplacedAnnotations, misrenderingDiagnostics, open,
  rangeIn, saveAndReadSidecar, waitFor, waitForDiagnostics,
} from './helpers';

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  // A bare Command has a string `command`; a CodeAction has an optional Command object.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action the way the editor does: its edit first, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.isTrue(await vscode.workspace.applyEdit(action.edit), `applying "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('5. Quick fix on "salaj"', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(closeAllEditors);

  test('offers the fixes, with Replace with "Sarraj" preferred', async () => {
    const editor = await open(await freshCopy());
    await waitForDiagnostics(editor.document.uri);
    const range = rangeIn(editor.document, 'Prime Minister salaj', 'salaj');
    const actions = await waitFor(() => codeActions(editor.document.uri, range), (a) => a.length > 0);
    const titles = actions.map((a) => a.title);
    assert.include(titles, 'Replace with "Sarraj"');
    assert.include(titles, 'Fix all misrendered names in this file');
    assert.isTrue(titles.some((t) => /^Ignore\b.*\bhere$/.test(t)), `an "Ignore here" action among ${JSON.stringify(titles)}`);
    const replace = actions.find((a) => a.title === 'Replace with "Sarraj"')!;
    assert.isTrue(replace.isPreferred, 'the likely correction is the preferred fix');
  });

  test('applying it replaces the word; the sidecar records it and shifts later annotations', async () => {
    const editor = await open(await freshCopy());
    const doc = editor.document;
    await waitForDiagnostics(doc.uri);
    const range = rangeIn(doc, 'Prime Minister salaj', 'salaj');
    const fixStart = doc.offsetAt(range.start); // ASCII text before it: UTF-16 = code points
    const actions = await waitFor(() => codeActions(doc.uri, range), (a) => a.some((x) => x.title === 'Replace with "Sarraj"'));
    const replace = actions.find((a) => a.title === 'Replace with "Sarraj"');
    assert.ok(replace, `no "Replace with \\"Sarraj\\"" among ${JSON.stringify(actions.map((a) => a.title))}`);
    await apply(replace);

    assert.strictEqual(doc.getText(new vscode.Range(range.start, range.start.translate(0, 6))), 'Sarraj', 'text after the fix');
    assert.include(doc.getText(), 'Prime Minister Sarraj of the Libyan government');
    // The diagnostic on the fixed word goes away once the document is re-analysed.
    const left = await waitFor(
      () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.range.start.isEqual(range.start) && d.source === 'News Annotator'),
      (ds) => ds.length === 0);
    assert.lengthOf(left, 0, 'diagnostic still on the corrected word');

    const sidecar = await saveAndReadSidecar(editor);
    const later = sidecar.annotations.filter((a) => a.start > fixStart + 6);
    assert.isAbove(later.length, 10, 'annotations after the fix');
    assert.deepEqual(misplacedAnnotations(sidecar, doc.getText()), [], 'annotations whose text is not at their offsets');
    // The fixed word itself is still annotated and now reads Sarraj.
    const fixed = sidecar.annotations.find((a) => a.start === fixStart);
    assert.ok(fixed, 'the corrected mention is still annotated');
    assert.strictEqual(fixed.text, 'Sarraj');
    const entry = sidecar.history.find((h) => h.action === 'correct' && h.from === 'salaj');
    assert.ok(entry, `history has no "correct" entry from "salaj": ${JSON.stringify(sidecar.history)}`);
    assert.strictEqual(entry.to, 'Sarraj');
  });
});

suite('5b. Correction commands', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(closeAllEditors);

  test('newsAnnotator.applyCorrection(uri, id) applies that annotation\'s replacement and logs it', async () => {
    const editor = await open(await freshCopy());
    const doc = editor.document;
    await waitFor(() => misrenderingDiagnostics(doc.uri), (ds) => ds.length > 0);
    const before = await saveAndReadSidecar(editor);
    const target = before.annotations.find((a) => a.text === 'Turkeys' && a.correction);
    assert.ok(target, 'a corrected annotation for "Turkeys" in the sidecar');
    const replacement = target.correction!.replacement;
    const tail = doc.getText().slice(doc.getText().indexOf('Turkish President Recep'));

    await vscode.commands.executeCommand('newsAnnotator.applyCorrection', doc.uri.toString(), target.id);
    const cps = await waitFor(() => Array.from(doc.getText()), (c) => codePointSlice(c, target.start, target.start + Array.from(replacement).length) === replacement);
    assert.strictEqual(codePointSlice(cps, target.start, target.start + Array.from(replacement).length), replacement, 'text at the annotation after applyCorrection');
    assert.isTrue(doc.getText().endsWith(tail), 'the rest of the document is unchanged');

    const after = await saveAndReadSidecar(editor);
    assert.deepEqual(misplacedAnnotations(after, doc.getText()), [], 'annotations whose text is not at their offsets');
    assert.ok(after.history.find((h) => h.action === 'correct' && h.id === target.id && h.from === 'Turkeys' && h.to === replacement),
      `history has no "correct" entry for ${target.id} ("Turkeys" -> "${replacement}"): ${JSON.stringify(after.history)}`);
  });

  test('newsAnnotator.ignoreCorrection(uri, id) drops the diagnostic and marks the annotation rejected', async () => {
    const editor = await open(await freshCopy());
    const doc = editor.document;
    await waitFor(() => misrenderingDiagnostics(doc.uri), (ds) => ds.length > 0);
    const before = await saveAndReadSidecar(editor);
    const target = before.annotations.find((a) => a.text === 'Turkeys' && a.correction);
    assert.ok(target, 'a corrected annotation for "Turkeys" in the sidecar');
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end)); // ASCII before it
    const textBefore = doc.getText();

    await vscode.commands.executeCommand('newsAnnotator.ignoreCorrection', doc.uri.toString(), target.id);
    const left = await waitFor(() => misrenderingDiagnostics(doc.uri).filter((d) => d.range.isEqual(range)), (ds) => ds.length === 0);
    assert.lengthOf(left, 0, 'diagnostic still on the ignored word');
    assert.strictEqual(doc.getText(), textBefore, 'ignoring must not edit the text');
    const after = await saveAndReadSidecar(editor);
    assert.strictEqual(after.annotations.find((a) => a.id === target.id)?.status, 'rejected', `status of ${target.id} after ignoreCorrection`);
  });
});
