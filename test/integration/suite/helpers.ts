// Shared helpers for the integration suite. Runs in the web extension host (a worker: no Node
// APIs) and in the desktop extension host; use only `vscode` and web-standard globals.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const SEED = 'seeds/000_5427bc860031b65b.txt';
export const FIXTURE = 'edits.news.txt';
export const SOURCE = 'News Annotator';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder (test/integration/workspace)');
  return folder.uri;
}

export function wsUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

let copyCounter = 0;
/** Writes a fresh copy of the seed (or another workspace file) so a mutating test is independent. */
export async function freshCopy(source = SEED, tag = 'copy'): Promise<vscode.Uri> {
  const bytes = await vscode.workspace.fs.readFile(wsUri(source));
  const ext = source.endsWith('.news.txt') ? '.news.txt' : '.txt';
  const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  const uri = wsUri(`${dir}${tag}-${++copyCounter}-${Date.now().toString(36)}${ext}`);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until `done(value)` holds (default: truthy) or `timeoutMs` passes; returns the
 * last value either way, so the caller's assertion reports what was actually there.
 */
export async function waitFor<T>(
  probe: () => T | Thenable<T>,
  done: (value: T) => boolean = (v) => Boolean(v),
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await sleep(intervalMs);
    value = await probe();
  }
  return value;
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in the test host`);
  await waitFor(() => ext.isActive);
  if (!ext.isActive) await ext.activate();
  return ext;
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Waits for the extension's diagnostics on `uri` (analysis finished). */
export async function waitForDiagnostics(uri: vscode.Uri, atLeast = 1, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => ourDiagnostics(uri), (ds) => ds.length >= atLeast, timeoutMs);
}

export const CORRECTION_KINDS = ['transliteration', 'case', 'possessive', 'abbreviation-confusion', 'mistranslation'];

/** Diagnostics for misrendered names (code = correction kind); date warnings are left out. */
export function misrenderingDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return ourDiagnostics(uri).filter((d) => CORRECTION_KINDS.includes(String(diagnosticCode(d))));
}

export function diagnosticCode(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

// ---------- text positions ----------

/** Range of the `occurrence`-th (0-based) match of `needle` in the document, whole-word. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (n++ === occurrence) return new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + needle.length));
  }
  throw new Error(`"${needle}" occurrence ${occurrence} not found in ${doc.uri.toString()}`);
}

/** Range of `needle` inside the first match of `context` (to pick one occurrence by its sentence). */
export function rangeIn(doc: vscode.TextDocument, context: string, needle: string): vscode.Range {
  const text = doc.getText();
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`context "${context}" not found in ${doc.uri.toString()}`);
  const inner = context.indexOf(needle);
  if (inner < 0) throw new Error(`"${needle}" is not part of "${context}"`);
  return new vscode.Range(doc.positionAt(at + inner), doc.positionAt(at + inner + needle.length));
}

/** Puts the cursor inside `needle` (found in `context`) and focuses the editor. */
export async function cursorIn(editor: vscode.TextEditor, context: string, needle: string, into = 2): Promise<vscode.Position> {
  const at = rangeIn(editor.document, context, needle).start.translate(0, into);
  await vscode.window.showTextDocument(editor.document, { preview: false });
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await sleep(300); // the workbench applies the selection asynchronously
  return at;
}

export function describeRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Code-point slice, as the sidecar counts offsets. */
export function codePointSlice(codePoints: string[], start: number, end: number): string {
  return codePoints.slice(start, end).join('');
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

// ---------- semantic tokens ----------

export interface DecodedToken {
  line: number;
  start: number;
  length: number;
  type: string;
  modifiers: string[];
}

export async function semanticTokens(uri: vscode.Uri): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend', uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens', uri);
  if (!legend || !tokens) return [];
  return decodeTokens(tokens.data, legend);
}

/** Decodes the 5-integer relative encoding (deltaLine, deltaStart, length, type, modifiers). */
export function decodeTokens(data: Uint32Array, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i];
    line += deltaLine;
    start = deltaLine === 0 ? start + data[i + 1] : data[i + 1];
    const mods: string[] = [];
    for (let bit = 0; bit < legend.tokenModifiers.length; bit++) {
      if (data[i + 4] & (1 << bit)) mods.push(legend.tokenModifiers[bit]);
    }
    out.push({ line, start, length: data[i + 2], type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`, modifiers: mods });
  }
  return out;
}

export async function waitForTokens(uri: vscode.Uri, timeoutMs = 10_000): Promise<DecodedToken[]> {
  return waitFor(() => semanticTokens(uri), (t) => t.some((x) => x.type.startsWith('news') && x.type !== 'newsHeadline' && x.type !== 'newsHeading'), timeoutMs);
}

/** The token types covering each character of `range` (single line), e.g. ['newsPlace'] when uniform. */
export function typesOver(tokens: DecodedToken[], range: vscode.Range): string[] {
  const types = new Set<string>();
  for (let ch = range.start.character; ch < range.end.character; ch++) {
    const t = tokens.find((x) => x.line === range.start.line && x.start <= ch && ch < x.start + x.length);
    types.add(t ? t.type : '(none)');
  }
  return [...types];
}

// ---------- hovers ----------

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else parts.push((c as { value: string }).value);
    }
  }
  return decodeEntities(parts.join('\n---\n'));
}

/** The hover's first non-empty line: its title, where the entity's canonical name stands. */
export function titleOf(hover: string): string {
  return hover.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
}

/** What the reader sees: hovers may use HTML entities (e.g. `Khalifa&nbsp;Haftar`) in markdown. */
function decodeEntities(markdown: string): string {
  const named: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return markdown
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return named[e.toLowerCase()] ?? m;
    })
    .replace(/\u00a0/g, ' ');
}

// ---------- sidecar ----------

export interface SidecarAnnotation {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
  label: string;
  kbId?: string;
  canonical?: string;
  correction?: { replacement: string; kind: string; confidence: number; reason?: string };
  value?: string | null;
  flags?: string[];
  status: string;
  source: string;
}

export interface Sidecar {
  format: string;
  version: number;
  document: { path: string; sha256: string; length: number; referenceDate?: string };
  annotations: SidecarAnnotation[];
  history: { at: string; action: string; id: string; from?: string; to?: string }[];
}

export function sidecarUri(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: `${uri.path}.annotations.json` });
}

/** Runs newsAnnotator.saveAnnotations on the active editor and reads the sidecar back. */
export async function saveAndReadSidecar(editor: vscode.TextEditor): Promise<Sidecar> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  const target = sidecarUri(editor.document.uri);
  const before = (await exists(target)) ? await readText(target) : undefined;
  await vscode.commands.executeCommand('newsAnnotator.saveAnnotations');
  const text = await waitFor(
    async () => ((await exists(target)) ? readText(target) : undefined),
    (t) => t !== undefined && t !== before,
    10_000,
  );
  if (text === undefined) throw new Error(`newsAnnotator.saveAnnotations wrote no ${target.path}`);
  return JSON.parse(text) as Sidecar;
}

/** Every annotation's `text` equals the document text at its code-point offsets. */
export function misplacedAnnotations(sidecar: Sidecar, documentText: string): string[] {
  const cps = Array.from(documentText);
  return sidecar.annotations
    .filter((a) => a.status !== 'orphaned' && codePointSlice(cps, a.start, a.end) !== a.text)
    .map((a) => `${a.id} [${a.start},${a.end}) "${a.text}" but the document has "${codePointSlice(cps, a.start, a.end)}"`);
}

/** Saves (in memory for the web mount) then closes every editor, so no "save changes?" dialog blocks. */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
