// Glue between the suite and the runner: the runner writes `.harness.json` into the mounted
// workspace (the web worker has no environment variables), and serves a screenshot endpoint.
import * as vscode from 'vscode';
import { exists, hoverText, open, rangeIn, readText, SEED, sleep, waitFor, waitForDiagnostics, wsUri } from './helpers';

export interface HarnessConfig {
  screenshotUrl: string | null;
  /** The runner's UI endpoint (keys, clicks, what the workbench shows); null on the desktop runner. */
  uiUrl: string | null;
  grep: string | null;
}

export async function readHarnessConfig(): Promise<HarnessConfig> {
  const none: HarnessConfig = { screenshotUrl: null, uiUrl: null, grep: null };
  try {
    const uri = wsUri('.harness.json');
    if (!(await exists(uri))) return none;
    return { ...none, ...(JSON.parse(await readText(uri)) as Partial<HarnessConfig>) };
  } catch {
    return none;
  }
}

export function summaryLine(stats: { passes: number; failures: number; pending: number }): string {
  return `${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`;
}

/**
 * The README screenshot: the seed open, the cursor on `haftal` and its hover shown; then the
 * runner captures the page while we wait for its answer.
 */
export async function takeScreenshotIfRequested(config: HarnessConfig): Promise<void> {
  if (!config.screenshotUrl) return;
  console.log('screenshot: opening the seed with a hover on "haftal"');
  // Readable picture: wrapped lines, and no harness files or test copies in the explorer.
  const settings = vscode.workspace.getConfiguration();
  await settings.update('editor.wordWrap', 'on', vscode.ConfigurationTarget.Global);
  await settings.update('editor.stickyScroll.enabled', false, vscode.ConfigurationTarget.Global);
  await settings.update('files.exclude', { '**/.harness.json': true, '**/copy-*': true, '**/*.annotations.json': true },
    vscode.ConfigurationTarget.Global);
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await open(wsUri(SEED));
  await waitForDiagnostics(editor.document.uri).catch(() => undefined);
  // The article's date, so relative dates resolve; then no notification over the picture.
  await vscode.commands.executeCommand('newsAnnotator.setReferenceDate', '2020-01-08').then(undefined, () => undefined);
  await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
  const range = rangeIn(editor.document, 'In December last year, haftal', 'haftal');
  const position = range.start.translate(0, 2);
  editor.selection = new vscode.Selection(position, position);
  // Headline at the top; the haftal paragraph is still on screen once lines wrap.
  editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
  // Make sure the hover has content before showing it, then give the widget time to render.
  await waitFor(() => hoverText(editor.document.uri, position), (t) => t.length > 0, 10_000);
  await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
  await vscode.commands.executeCommand('editor.action.showHover');
  await sleep(1500);
  await capture(config.screenshotUrl);

  // Beside the main picture (docs/): the Entities view, and the hover of a flagged date.
  const beside = (name: string) => `${config.screenshotUrl}?path=${encodeURIComponent(`docs/${name}`)}`;
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.view.explorer');
  await ui.click('.pane-header', 'TEST FILES'); // the folder's files collapsed: room for the view
  await vscode.commands.executeCommand('newsAnnotator.entities.focus');
  await waitFor(() => ui.texts('.monaco-list-row'), (r) => r.some((x) => x.includes('Khalifa Haftar')), 10_000);
  await capture(beside('entities-view.png'));

  const date = rangeIn(editor.document, 'on the evening of June 7,', 'June 7').start.translate(0, 2);
  await vscode.window.showTextDocument(editor.document);
  editor.selection = new vscode.Selection(date, date);
  editor.revealRange(new vscode.Range(date, date), vscode.TextEditorRevealType.InCenter);
  await waitFor(() => hoverText(editor.document.uri, date), (t) => t.includes('far-from-reference'), 10_000);
  await vscode.commands.executeCommand('notifications.clearAll').then(undefined, () => undefined);
  await vscode.commands.executeCommand('editor.action.showHover');
  await sleep(1500);
  await capture(beside('date-hover.png'));
}

async function capture(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`screenshot endpoint answered ${response.status}: ${await response.text()}`);
  console.log(`screenshot: captured (${url.includes('path=') ? decodeURIComponent(url.slice(url.indexOf('path=') + 5)) : 'main'})`);
}

let configRead: Promise<HarnessConfig> | undefined;

export interface UiElement {
  tag: string;
  text: string;
  href: string | null;
  dataHref: string | null;
  src: string | null;
}

/**
 * The workbench as a person sees and uses it, through the runner's Playwright page: the text
 * of what is on screen, key presses, clicks. Tests that need it are skipped where no runner
 * serves it (the desktop runner).
 */
export const ui = {
  async available(): Promise<boolean> {
    configRead ??= readHarnessConfig();
    return (await configRead).uiUrl !== null;
  },
  async call(action: string, params: Record<string, string>): Promise<Record<string, unknown>> {
    configRead ??= readHarnessConfig();
    const base = (await configRead).uiUrl;
    if (!base) throw new Error('no UI endpoint: run the suite with test/integration/run-web.mjs');
    const response = await fetch(`${base}/ui/${action}?${new URLSearchParams(params).toString()}`);
    const body = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`UI ${action} ${JSON.stringify(params)}: ${String(body.error)}`);
    return body;
  },
  /** The visible text of every element matching a CSS selector. */
  async texts(selector: string): Promise<string[]> {
    return (await this.call('texts', { selector })).texts as string[];
  },
  /** Each visible match's text and computed colour ("rgb(220, 220, 170)"). */
  async colors(selector: string): Promise<Array<{ text: string; color: string }>> {
    return (await this.call('colors', { selector })).colors as Array<{ text: string; color: string }>;
  },
  /** The markup of the first element matching `selector` (the focused one when empty): for debugging. */
  async html(selector = ''): Promise<string | null> {
    return (await this.call('html', { selector })).html as string | null;
  },
  /**
   * Every element matching `selector` inside a visible element matching `within`, whether it has a
   * size or not: its tag, text and link or image target (to see what markdown became).
   */
  async elements(selector: string, within: string): Promise<UiElement[]> {
    return (await this.call('elements', { selector, within })).elements as UiElement[];
  },
  /** A key press as Playwright names it ("Control+.", "Escape", "ArrowDown"). */
  async press(key: string): Promise<void> {
    await this.call('press', { key });
  },
  /** Clicks the first visible element matching `selector` (and containing `text`); false if none. */
  async click(selector: string, text?: string): Promise<boolean> {
    return (await this.call('click', text === undefined ? { selector } : { selector, text })).clicked === true;
  },
};
