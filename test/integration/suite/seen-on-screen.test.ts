// Issue 20, what a person sees in the workbench (read from the page's DOM through the runner's UI
// endpoint, not from the providers): hostile text in an article or in the workspace KB shows in
// the hover as the characters it is, never as a link, an image or bold; saving an article whose
// sidecar is corrupt leaves the sidecar as it was and says so with the two choices.
import * as vscode from 'vscode';
import { assert } from 'chai';
import { activateExtension, closeAllEditors, cursorIn, exists, hoverText, open, rangeIn, readText, sleep, waitFor, writeText, wsUri } from './helpers';
import { ui, type UiElement } from './harness';

/** Markdown and HTML that would make a link, a command link, an image and bold text if not escaped. */
const HOSTILE = '**x** [y](https://example.org) <img src=x> [run](command:workbench.action.closeWindow)';
/** The links our own hover cards have (hover-markdown.ts), by their visible label. */
const OUR_LINKS = /^(Accept|Reject|Change label|Remove|Add to Knowledge Base|Ignore here|Replace with ".*")$/;
const HOVER = '.monaco-hover';
/** The entity of the test folder's workspace KB (the same as in its kb.json). */
const QEXO = { id: 'person:qexo-varnath', type: 'PERSON', name: HOSTILE, aliases: ['Qexo Varnath'], description: HOSTILE };

let counter = 0;
const unique = (tag: string) => `${tag}-${++counter}-${Date.now().toString(36)}`;

/** Shows the hover at `needle` and returns its visible text and its links, images and bold text. */
async function renderedHover(editor: vscode.TextEditor, context: string, needle: string, until: string) {
  // The card is ready (the workspace KB may still be loading) before a person would look at it.
  const at = rangeIn(editor.document, context, needle).start.translate(0, 1);
  await waitFor(() => hoverText(editor.document.uri, at), (t) => t.includes(until), 10_000);
  let text = '';
  for (let attempt = 0; attempt < 3 && !text.includes(until); attempt++) {
    await cursorIn(editor, context, needle);
    await vscode.commands.executeCommand('editor.action.showHover');
    text = (await waitFor(() => ui.texts(HOVER), (t) => t.join('\n').includes(until), 5_000)).join('\n');
  }
  const elements = await ui.elements('a, img, strong, b, em, i', HOVER);
  await ui.press('Escape');
  return { text, elements };
}

function assertLiteral(hover: { text: string; elements: UiElement[] }, where: string): void {
  const shown = `${where}: ${JSON.stringify(hover.text)}, elements ${JSON.stringify(hover.elements)}`;
  assert.include(hover.text, HOSTILE, `the hostile text, character for character, in ${shown}`);
  const links = hover.elements.filter((e) => e.tag === 'a');
  const foreign = links.filter((e) => !OUR_LINKS.test(e.text.trim()) || /example\.org|workbench\./.test(`${e.href} ${e.dataHref}`));
  assert.deepEqual(foreign, [], `links made from the hostile text in ${shown}`);
  assert.deepEqual(hover.elements.filter((e) => e.tag === 'img'), [], `images in ${shown}`);
  const emphasis = hover.elements.filter((e) => e.tag !== 'a' && e.tag !== 'img' && e.text.trim() === 'x');
  assert.deepEqual(emphasis, [], `"x" made bold in ${shown}`);
}

suite('21. What the workbench shows: hostile hovers, a corrupt sidecar on save', () => {
  let api: { service: { analyzer: { index: { byId: Map<string, unknown> } } } };
  suiteSetup(async function () {
    api = (await activateExtension()).exports as typeof api;
    if (!(await ui.available())) this.skip();
  });
  suiteTeardown(closeAllEditors);

  // The test folder's workspace KB (test/integration/workspace/.news-annotator/kb.json, read at
  // activation) has an entity named and described with HOSTILE, known as "Qexo Varnath"; another
  // test may have replaced that file since, so the entity is written again (and the file restored).
  test('hostile text in the workspace KB (name, description) and in an article shows literally in the hover', async () => {
    const kb = wsUri('.news-annotator/kb.json');
    const before = (await exists(kb)) ? await readText(kb) : undefined;
    const others = before ? (JSON.parse(before) as { entities: Array<{ id: string }> }).entities.filter((e) => e.id !== QEXO.id) : [];
    await writeText(kb, JSON.stringify({ entities: [...others, QEXO] }, null, 2));
    try {
      // The article is opened once the KB has its entity (a reload builds the analyzer anew: seconds).
      const knows = () => {
        try {
          return api.service.analyzer.index.byId.has(QEXO.id);
        } catch {
          return false; // still loading
        }
      };
      const known = await waitFor(knows, (x) => x, 60_000);
      assert.isTrue(known, `${QEXO.id} of .news-annotator/kb.json is not in the loaded knowledge base`);
      await hostileHovers();
    } finally {
      if (before === undefined) await vscode.workspace.fs.delete(kb).then(undefined, () => undefined);
      else await writeText(kb, before);
    }
  });

  async function hostileHovers(): Promise<void> {
    const name = `${unique('hostile')}.news.txt`;
    const text = `Talks in the capital\n\nThe envoy Qexo Varnath met officials in Tripoli on Monday. A banner read ${HOSTILE} all day.\n`;
    // The article's hostile words annotated by hand (a sidecar as another tool or person wrote it).
    const at = text.indexOf(HOSTILE);
    const annotation = {
      id: 'h1', start: at, end: at + HOSTILE.length, text: HOSTILE, prefix: text.slice(at - 32, at), suffix: text.slice(at + HOSTILE.length),
      label: 'PERSON', status: 'accepted', source: 'manual',
    };
    await writeText(wsUri(`${name}.annotations.json`), JSON.stringify({
      format: 'news-annotator', version: 1, document: { path: name, sha256: '0'.repeat(64), length: text.length, referenceDate: '2020-01-08' },
      annotations: [annotation], history: [],
    }));
    await writeText(wsUri(name), text);
    const editor = await open(wsUri(name));
    const fromKb = await renderedHover(editor, 'The envoy Qexo Varnath met', 'Qexo', 'example.org');
    assertLiteral(fromKb, 'the hover of a KB entity named and described with markdown');
    assert.strictEqual(fromKb.text.split(HOSTILE).length - 1, 2, `name and description both shown: ${JSON.stringify(fromKb.text)}`);
    const fromText = await renderedHover(editor, `banner read ${HOSTILE}`, '[y]', 'example.org');
    assertLiteral(fromText, 'the hover of hostile article text');
  }

  test('saving an article whose sidecar is corrupt leaves the sidecar byte for byte and warns with "Open File" and "Back Up and Start Fresh"', async () => {
    const name = `${unique('corrupt-save')}.news.txt`;
    const uri = wsUri(name);
    const side = wsUri(`${name}.annotations.json`);
    const corrupt = new TextEncoder().encode('{ "format": "news-annotator", "version": 1, "annotations": [ { "id": "k1", "text": "Tripoli", \n');
    await vscode.workspace.fs.writeFile(side, corrupt);
    await writeText(uri, 'Talks in the capital\n\nOfficials of Libya met in Tripoli on Monday, January 6, 2020.\n');
    const editor = await open(uri);
    const warning = (texts: string[]) => texts.some((t) => t.includes(`${name}.annotations.json`) && t.includes('will not be overwritten'));
    // Opening already warns; that toast is dismissed so that the one seen below comes from the save.
    await waitFor(() => ui.texts('.notification-toast'), warning, 10_000);
    await vscode.commands.executeCommand('notifications.clearAll');
    await waitFor(() => ui.texts('.notification-toast'), (t) => !warning(t), 5_000);

    await cursorIn(editor, 'met in Tripoli', 'Tripoli');
    await ui.press('End');
    await ui.press('Space');
    await ui.press('KeyA');
    await waitFor(() => editor.document.isDirty);
    await ui.press('Control+s');
    const saved = await waitFor(() => !editor.document.isDirty, (x) => x, 10_000);
    assert.isTrue(saved, 'Ctrl+S saved the article');
    const toasts = await waitFor(() => ui.texts('.notification-toast'), warning, 10_000);
    assert.isTrue(warning(toasts), `the warning after saving; toasts on screen: ${JSON.stringify(toasts)}`);
    const buttons = (await ui.texts('.notification-toast .monaco-button')).map((b) => b.trim()).filter(Boolean);
    assert.deepEqual(buttons, ['Open File', 'Back Up and Start Fresh'], `the warning's buttons (toasts: ${JSON.stringify(toasts)})`);
    await sleep(500); // a write would have landed by now (the save path awaits nothing slower)
    const after = await vscode.workspace.fs.readFile(side);
    assert.strictEqual(new TextDecoder().decode(after), new TextDecoder().decode(corrupt), 'the corrupt sidecar was overwritten');
    assert.deepEqual(new Uint8Array(after), corrupt, 'the corrupt sidecar is left byte for byte');
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
