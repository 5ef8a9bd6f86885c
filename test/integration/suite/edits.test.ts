import * as vscode from 'vscode';
import { assert } from 'chai';
import {
  activateExtension, closeAllEditors, describeRange, freshCopy, misplacedAnnotations, open, rangeIn,
  saveAndReadSidecar, semanticTokens, typesOver, waitFor, waitForDiagnostics, waitForTokens,
} from './helpers';

const INSERTED = 'Editor\'s note: this article was machine-translated and is being reviewed.\n\n';
const WATCHED: [context: string, needle: string][] = [
  ['launched an all-round attack on Sirte', 'Sirte'],
  ['from five directions on Monday', 'Monday'],
  ['Turkish President Recep Tayyip Erdogan said', 'Recep Tayyip Erdogan'],
  ['Al Jazeera said the first Turkish soldiers', 'Al Jazeera'],
  ['Prime Minister salaj', 'salaj'],
];

suite('7. Edits keep annotations on their words', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(closeAllEditors);

  test('inserting a paragraph at the top keeps every token and annotation on its words', async () => {
    const editor = await open(await freshCopy());
    const doc = editor.document;
    await waitForDiagnostics(doc.uri);
    const tokensBefore = await waitForTokens(doc.uri);
    const typesBefore = WATCHED.map(([c, n]) => typesOver(tokensBefore, rangeIn(doc, c, n)));
    const sidecarBefore = await saveAndReadSidecar(editor);
    const diagnosticsBefore = (await waitForDiagnostics(doc.uri)).map((d) => doc.getText(d.range)).sort();

    assert.isTrue(await editor.edit((b) => b.insert(new vscode.Position(0, 0), INSERTED)), 'insert failed');
    const shift = Array.from(INSERTED).length;

    // Tokens: every watched word keeps its type at its new position.
    const expected = JSON.stringify(typesBefore);
    const tokensAfter = await waitFor(() => semanticTokens(doc.uri),
      (t) => JSON.stringify(WATCHED.map(([c, n]) => typesOver(t, rangeIn(doc, c, n)))) === expected);
    WATCHED.forEach(([c, n], i) => {
      const range = rangeIn(doc, c, n);
      assert.deepEqual(typesOver(tokensAfter, range), typesBefore[i], `token types over "${n}" at ${describeRange(range)} after the insert`);
    });

    // Diagnostics: the same words are flagged.
    const diagnosticsAfter = await waitFor(
      () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'News Annotator').map((d) => doc.getText(d.range)).sort(),
      (ds) => JSON.stringify(ds) === JSON.stringify(diagnosticsBefore));
    assert.deepEqual(diagnosticsAfter, diagnosticsBefore, 'flagged words after the insert');

    // Sidecar: each annotation keeps its id and text and moves by the inserted length.
    const sidecarAfter = await saveAndReadSidecar(editor);
    assert.deepEqual(misplacedAnnotations(sidecarAfter, doc.getText()), [], 'annotations whose text is not at their offsets');
    const byId = new Map(sidecarAfter.annotations.map((a) => [a.id, a]));
    const moved: string[] = [];
    for (const a of sidecarBefore.annotations) {
      const b = byId.get(a.id);
      if (!b || b.start !== a.start + shift || b.end !== a.end + shift || b.text !== a.text) {
        moved.push(`${a.id} "${a.text}" [${a.start},${a.end}) -> ${b ? `"${b.text}" [${b.start},${b.end})` : 'missing'}`);
      }
    }
    assert.deepEqual(moved, [], `annotations not shifted by ${shift} code points`);
  });
});
