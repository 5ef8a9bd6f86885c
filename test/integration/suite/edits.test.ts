import * as vscode from 'vscode';
import { assert } from 'chai';
import {
  activateExtension, closeAllEditors, describeRange, freshCopy, misplacedAnnotations, open, ourDiagnostics, rangeIn, rangeOf,
  readText, saveAndReadSidecar, SEED, semanticTokens, sidecarUri, typesOver, waitFor, waitForDiagnostics, waitForTokens, writeText, wsUri,
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

suite('7b. Long documents', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('an article of 25 seed copies (about 120,000 characters) is annotated to its end, and an edit there is re-analysed', async () => {
    const seed = await readText(wsUri(SEED));
    const uri = wsUri(`long-${Date.now().toString(36)}.news.txt`);
    await writeText(uri, Array(25).fill(seed.trim()).join('\n\n') + '\n');
    const editor = await open(uri);
    const doc = editor.document;
    assert.isAbove(doc.getText().length, 100_000, 'long enough for the block-wise path');
    // The last copy's "haftal" (near the end, in the last blocks) gets its diagnostic.
    const lastHaftal = rangeOf(doc, 'haftal', 24 * countOf(seed, 'haftal'));
    const found = await waitFor(() => ourDiagnostics(doc.uri).filter((d) => d.range.isEqual(lastHaftal)), (ds) => ds.length === 1, 30_000);
    assert.lengthOf(found, 1, `diagnostic on the last "haftal" ${describeRange(lastHaftal)}`);

    // Typing a new misrendered name at the end: only that paragraph is re-analysed, and it is.
    const end = doc.positionAt(doc.getText().length);
    assert.isTrue(await editor.edit((b) => b.insert(end, '\nPrime Minister salaj said the talks would go on.\n')), 'insert failed');
    const salaj = rangeOf(doc, 'salaj', countOf(doc.getText(), 'salaj') - 1);
    const fresh = await waitFor(() => ourDiagnostics(doc.uri).filter((d) => d.range.isEqual(salaj)), (ds) => ds.length === 1, 10_000);
    assert.lengthOf(fresh, 1, `diagnostic on the typed "salaj" ${describeRange(salaj)}`);
  });
});

suite('7c. Long documents with a sidecar', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('a long article opened with its sidecar (over 1 MB, restored in slices) keeps its decisions', async () => {
    const seed = await readText(wsUri(SEED));
    const text = Array(25).fill(seed.trim()).join('\n\n') + '\n';
    const first = wsUri(`long-a-${Date.now().toString(36)}.news.txt`);
    await writeText(first, text);
    const editor = await open(first);
    const lastTeben = rangeOf(editor.document, 'teben', 24 * countOf(seed, 'teben'));
    await waitFor(() => ourDiagnostics(first).filter((d) => d.range.isEqual(lastTeben)), (ds) => ds.length === 1, 30_000);
    editor.selection = new vscode.Selection(lastTeben.start, lastTeben.start);
    assert.isTrue(await vscode.commands.executeCommand('newsAnnotator.rejectAnnotation'), 'reject');
    const sidecar = await saveAndReadSidecar(editor);
    const json = JSON.stringify(sidecar, null, 2);
    assert.isAbove(json.length, 1_000_000, 'a sidecar long enough to be restored in slices');

    // The same text and sidecar under another name: opening it restores the sidecar.
    const second = wsUri(`long-b-${Date.now().toString(36)}.news.txt`);
    await writeText(sidecarUri(second), json);
    await writeText(second, text);
    const reopened = await open(second);
    const ds = await waitFor(() => ourDiagnostics(second), (d) => d.length >= ourDiagnostics(first).length, 30_000);
    assert.equal(ds.length, ourDiagnostics(first).length, 'the same diagnostics as the first copy');
    assert.deepEqual(ds.filter((d) => d.range.isEqual(lastTeben)), [], 'the rejected "teben" stays rejected');
    assert.lengthOf(ourDiagnostics(second).filter((d) => d.range.isEqual(rangeOf(reopened.document, 'teben'))), 1, 'the first "teben" is still flagged');
  });
});

/** Whole-word occurrences of `word` in `text`. */
function countOf(text: string, word: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}
