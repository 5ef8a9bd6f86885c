import * as vscode from 'vscode';
import type { Analyzer } from '../core/analyzer';
import { AnnotatedDocument, SidecarProblem } from '../core/annotated-document';
import { serializeSidecar } from '../core/annotations/sidecar';
import { readConfig } from './config';
import { applyCorrectionRules, parseCorrectionRules, type CorrectionRules } from '../core/annotations/workspace-rules';
import { readIfExists, sidecarUri, writeAtomic } from './sidecar-files';
import { workspaceTrust } from './trust';
import type { StructureTrees } from './structure-trees';

export const LANGUAGE = 'newstext';
const DEBOUNCE_MS = 250;
/** Above this size an edit re-analyses its paragraph only (the editor thread stays free). */
const PARTIAL_ANALYSIS_CHARS = 50_000;
/**
 * Above this size a full analysis runs in blocks of up to 16,000 characters, yielding to the
 * editor between them (smaller at first and after a slow block: see the analyzer's
 * inTimedBlocks): at the measured 2.6-3.4 MB/s a warm block takes 5-10 ms, and a whole document
 * this size about 12 ms, well under the 50 ms the editor thread may be held.
 */
const CHUNKED_ANALYSIS_CHARS = 32_000;
/** Sidecars longer than this (about 100 KB of article) are parsed and restored in slices. */
const LONG_SIDECAR_CHARS = 1_000_000;

/** Lets the editor (and everything else on this thread) run before long work goes on. */
export const yieldToEditor = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The state of one open document. */
export interface DocState {
  doc: AnnotatedDocument;
  /** Document version the annotations belong to. */
  version: number;
  /** Set when the sidecar on disk must not be overwritten. */
  sidecarProblem?: string;
  /** Why the file is not analysed (binary, too big). */
  declined?: string;
  /** Analysed before the name matchers were ready: analysed again when they are. */
  partial?: boolean;
}

/**
 * Owns one AnnotatedDocument per open article: loads its sidecar, follows every edit, re-analyses
 * (debounced, dropping stale results), writes the sidecar. Providers ask it; they never analyse.
 */
export class AnnotationService implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly loading = new Map<string, Promise<DocState | undefined>>();
  private readonly optedIn = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's annotations change. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What this window last wrote to each sidecar, to tell its own writes from others'. */
  private readonly lastWritten = new Map<string, string>();

  /** The workspace's corrections list (.news-annotator/corrections.txt), applied after every analysis. */
  private rules: CorrectionRules = parseCorrectionRules('');

  private analyzerInstance?: Analyzer;
  private analyzerReady?: Promise<Analyzer>;

  /**
   * `createAnalyzer` runs on first use (loading the knowledge base), so that activation does
   * not wait for it.
   */
  constructor(
    private readonly createAnalyzer: () => Promise<Analyzer>,
    /** The tree-sitter structure of open articles, when the parser is available. */
    readonly trees?: StructureTrees,
  ) {
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => void this.ensure(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    this.subscriptions.push(watcher, watcher.onDidChange((u) => void this.onSidecarChanged(u)), watcher.onDidCreate((u) => void this.onSidecarChanged(u)));
    for (const d of vscode.workspace.textDocuments) void this.ensure(d);
  }

  isArticle(d: vscode.TextDocument): boolean {
    return d.languageId === LANGUAGE || this.optedIn.has(d.uri.toString());
  }

  /**
   * "Annotate This File": analyse a document whatever its language. A plain-text file becomes a
   * `newstext` document, so that it reads as an article does (wrapped lines) and every view and
   * provider (outline, Entities view) asks again; another language keeps its own and is opted in.
   */
  async optIn(d: vscode.TextDocument): Promise<{ document: vscode.TextDocument; state?: DocState }> {
    if (d.languageId === 'plaintext') {
      // The language change closes the document and opens it again: the new one is used from here.
      const document = await vscode.languages.setTextDocumentLanguage(d, LANGUAGE);
      return { document, state: await this.ensure(document) };
    }
    this.optedIn.add(d.uri.toString());
    return { document: d, state: await this.ensure(d) };
  }

  get(uri: vscode.Uri): DocState | undefined {
    return this.states.get(uri.toString());
  }

  /** The state of a document, loading and analysing it first if needed. */
  ensure(d: vscode.TextDocument): Promise<DocState | undefined> {
    if (!this.isArticle(d)) return Promise.resolve(undefined);
    const key = d.uri.toString();
    const known = this.states.get(key);
    if (known) return Promise.resolve(known);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(d).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async load(d: vscode.TextDocument): Promise<DocState | undefined> {
    const text = d.getText();
    const fileName = d.uri.path.slice(d.uri.path.lastIndexOf('/') + 1);
    const doc = new AnnotatedDocument(await this.ready(), text, fileName);
    const state: DocState = { doc, version: d.version };
    const config = readConfig(d.uri);
    if (text.length > config.maxFileBytes) state.declined = `larger than ${Math.round(config.maxFileBytes / 1048576)} MB (newsAnnotator.maxFileSizeMB)`;
    else if (text.includes('\u0000')) state.declined = 'looks binary (contains NUL characters)';
    else {
      await this.restoreSidecar(d, state);
      if (!doc.referenceDate && config.referenceDate) doc.setReferenceDate(config.referenceDate);
      // The document may have changed while the sidecar was read: analyse what is there now.
      doc.text = d.getText();
      if (doc.text.length > CHUNKED_ANALYSIS_CHARS) await this.analyzeLong(state, d);
      else doc.analyze();
      state.version = d.version;
      state.partial = !doc.analyzer.namesComplete;
      await this.trees?.open(d);
      this.useTreeStructure(state, d.uri);
      applyCorrectionRules(state.doc.annotations, this.rules);
    }
    this.states.set(d.uri.toString(), state);
    this.changed.fire(d.uri);
    return state;
  }

  private async restoreSidecar(d: vscode.TextDocument, state: DocState): Promise<void> {
    if (d.uri.scheme === 'untitled') return;
    const json = await this.readSidecarFile(state, d.uri);
    if (json === undefined) return;
    if (json.length <= LONG_SIDECAR_CHARS) return void this.readSidecar(state, d.uri, () => state.doc.restore(json));
    // A long article's sidecar: parsed and restored in slices (the editor breathes between them).
    try {
      await state.doc.restoreInSlices(json, yieldToEditor);
    } catch (e) {
      this.unreadable(state, d.uri, e);
    }
  }

  /**
   * The sidecar's text, or undefined when there is none or it cannot be read. Only "not found"
   * means "no sidecar": one that exists but cannot be read (permissions, I/O, a folder or a device
   * in its place) is a problem of the state, so that it is never replaced by a save.
   */
  private async readSidecarFile(state: DocState, uri: vscode.Uri): Promise<string | undefined> {
    try {
      return await readIfExists(sidecarUri(uri));
    } catch (e) {
      this.unreadable(state, uri, new SidecarProblem(`cannot be read (${(e as Error).message ?? e})`, 'unreadable'));
      return undefined;
    }
  }

  /**
   * Runs `read` (restore or merge a sidecar). A sidecar that cannot be read is remembered, so it
   * is never overwritten, and the user is told. False then.
   */
  private readSidecar(state: DocState, uri: vscode.Uri, read: () => void): boolean {
    try {
      read();
      return true;
    } catch (e) {
      return this.unreadable(state, uri, e);
    }
  }

  /** A sidecar problem `e` is remembered, so the sidecar is never overwritten, and the user is told. */
  private unreadable(state: DocState, uri: vscode.Uri, e: unknown): false {
    if (!(e instanceof SidecarProblem)) throw e;
    state.sidecarProblem = e.problem;
    void this.warnSidecar(uri, e.problem);
    return false;
  }

  private async warnSidecar(uri: vscode.Uri, problem: string): Promise<void> {
    const side = sidecarUri(uri);
    // An untrusted workspace is offered no choice that renames or writes files.
    const choices = workspaceTrust.isTrusted() ? ['Open File', 'Back Up and Start Fresh'] : ['Open File'];
    const choice = await vscode.window.showWarningMessage(`News Annotator: ${side.path.slice(side.path.lastIndexOf('/') + 1)} ${problem}. It will not be overwritten.`, ...choices);
    if (choice === 'Open File') await vscode.window.showTextDocument(side);
    if (choice === 'Back Up and Start Fresh') await this.backUpSidecar(uri);
  }

  /**
   * "Back Up and Start Fresh": renames the sidecar of `uri` that could not be read (to
   * `.bak-<time>`), so that the next save writes a new one. Refused in an untrusted workspace
   * (false), and for a sidecar that was read fine.
   */
  async backUpSidecar(uri: vscode.Uri): Promise<boolean> {
    const state = this.get(uri);
    if (!workspaceTrust.isTrusted() || !state?.sidecarProblem) return false;
    const side = sidecarUri(uri);
    await vscode.workspace.fs.rename(side, side.with({ path: `${side.path}.bak-${Date.now()}` }), { overwrite: false });
    state.sidecarProblem = undefined;
    return true;
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const state = this.get(e.document.uri);
    if (!state || state.declined || !e.contentChanges.length) return;
    // Several changes in one event come in descending offset order: applying them in the given
    // order keeps every offset valid.
    state.doc.applyEdits(e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })));
    // Where the parse tree changed (a line became a heading, a paragraph split) is analysed again too.
    state.doc.markEdited(this.trees?.edit(e) ?? []);
    this.useTreeStructure(state, e.document.uri);
    state.version = e.document.version;
    this.changed.fire(e.document.uri);
    this.schedule(e.document);
  }

  private schedule(d: vscode.TextDocument): void {
    const key = d.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.reanalyze(d);
      }, DEBOUNCE_MS),
    );
  }

  /** Re-analyses now (commands and tests do not wait for the debounce). */
  reanalyze(d: vscode.TextDocument, full = false): DocState | undefined {
    const state = this.get(d.uri);
    if (!state || state.declined || d.isClosed) return state;
    clearTimeout(this.timers.get(d.uri.toString()));
    state.doc.text = d.getText();
    // A long article is re-analysed where it was edited; a short one whole (its statistics move).
    if (state.doc.text.length > PARTIAL_ANALYSIS_CHARS && !full) state.doc.analyzeEdited();
    else if (state.doc.text.length > CHUNKED_ANALYSIS_CHARS)
      void this.analyzeLong(state, d).then(() => {
        applyCorrectionRules(state.doc.annotations, this.rules);
        this.changed.fire(d.uri);
      });
    else state.doc.analyze();
    state.version = d.version;
    state.partial = !state.doc.analyzer.namesComplete;
    this.useTreeStructure(state, d.uri);
    applyCorrectionRules(state.doc.annotations, this.rules);
    this.changed.fire(d.uri);
    return state;
  }

  /**
   * The analyzer's name matchers are ready (see Analyzer.deferNamesUntilPrepared): the articles
   * analysed before without them are analysed again, whole. `namesReady` resolves then.
   */
  namesPrepared(analyzer: Analyzer): void {
    if (analyzer === this.analyzerInstance) {
      for (const [key, state] of this.states) {
        if (!state.partial) continue;
        const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === key);
        if (d) this.reanalyze(d, true);
      }
    }
    this.resolveNamesReady();
  }

  private resolveNamesReady!: () => void;
  /** Resolves once the first analyzer's name matchers are ready and open articles were analysed with them. */
  readonly namesReady = new Promise<void>((resolve) => (this.resolveNamesReady = resolve));

  /**
   * A long document is analysed in blocks with the event loop free between them, so that the
   * editor never waits more than one block; an edit meanwhile restarts the work on the new text.
   */
  private async analyzeLong(state: DocState, d: vscode.TextDocument): Promise<void> {
    while (!d.isClosed && !(await state.doc.analyzeInChunks(yieldToEditor))) state.doc.text = d.getText();
  }

  private async onSave(d: vscode.TextDocument): Promise<void> {
    if (this.get(d.uri) && readConfig(d.uri).saveOnSave) await this.saveSidecar(d).catch((e) => vscode.window.showErrorMessage(`News Annotator: ${(e as Error).message}`));
  }

  /** Writes the sidecar. Refuses in an untrusted workspace and over a sidecar it could not read. */
  async saveSidecar(d: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    // A save in the first moments after the extension started, before the name matchers and the
    // KB's descriptions are in, waits for them: the file gets the whole analysis.
    if (this.get(d.uri)?.partial) await this.namesReady;
    const state = this.reanalyze(d);
    if (!state || state.declined) return undefined;
    if (!workspaceTrust.isTrusted()) {
      void vscode.window.showInformationMessage('News Annotator: the workspace is not trusted, so no annotation file is written.');
      return undefined;
    }
    if (state.sidecarProblem) {
      void this.warnSidecar(d.uri, state.sidecarProblem);
      return undefined;
    }
    const target = sidecarUri(d.uri);
    // Another window may have written decisions since we read the file: merge them, never clobber.
    const onDisk = await this.readSidecarFile(state, d.uri);
    if (state.sidecarProblem) return undefined;
    if (onDisk !== undefined && onDisk !== this.lastWritten.get(target.toString())) {
      if (!this.readSidecar(state, d.uri, () => state.doc.mergeFrom(onDisk))) return undefined;
    }
    // A long article's sidecar is written in slices: the editor stays free meanwhile.
    const content = state.doc.text.length > CHUNKED_ANALYSIS_CHARS ? await state.doc.sidecarTextInPieces(yieldToEditor) : serializeSidecar(state.doc.toSidecar());
    this.lastWritten.set(target.toString(), content);
    await writeAtomic(target, content);
    return target;
  }

  /** The analyzer, once loaded. */
  ready(): Promise<Analyzer> {
    this.analyzerReady ??= this.createAnalyzer().then((a) => (this.analyzerInstance ??= a));
    return this.analyzerReady;
  }

  /** The analyzer for synchronous callers; they run after a document was analysed, so it is loaded. */
  get analyzer(): Analyzer {
    if (!this.analyzerInstance) throw new Error('News Annotator: the knowledge base is still loading');
    return this.analyzerInstance;
  }

  /** A new analyzer (the workspace knowledge base changed): every open article is analysed again. */
  setAnalyzer(analyzer: Analyzer): void {
    this.analyzerInstance = analyzer;
    this.analyzerReady = Promise.resolve(analyzer);
    for (const [key, state] of this.states) {
      state.doc.analyzer = analyzer;
      const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === key);
      if (d) this.reanalyze(d, true);
    }
  }

  /**
   * The sidecar changed on disk (another window, a git checkout): take in its decisions instead
   * of overwriting them at the next save. Our own writes are recognised and ignored.
   */
  async onSidecarChanged(side: vscode.Uri): Promise<void> {
    const textUri = side.with({ path: side.path.replace(/\.annotations\.json$/, '') });
    const state = this.get(textUri);
    const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === textUri.toString());
    if (!state || !d || state.declined) return;
    const json = await this.readSidecarFile(state, textUri);
    if (json === undefined || json === this.lastWritten.get(side.toString())) return;
    if (!this.readSidecar(state, textUri, () => state.doc.mergeFrom(json))) return;
    state.sidecarProblem = undefined;
    this.reanalyze(d);
  }

  /** The tree-sitter structure replaces the analysis's line-based one wherever a tree exists. */
  private useTreeStructure(state: DocState, uri: vscode.Uri): void {
    const structure = this.trees?.structureOf(uri);
    if (structure) state.doc.structure = structure;
  }

  /** A new corrections list: every open article is analysed again under it. */
  setCorrectionRules(rules: CorrectionRules): void {
    this.rules = rules;
    for (const d of vscode.workspace.textDocuments) if (this.get(d.uri)) this.reanalyze(d, true);
  }

  /** Where the structure of a document comes from (for the status and the tests). */
  structureSource(uri: vscode.Uri): 'tree-sitter' | 'line-shapes' {
    return this.trees?.has(uri) ? 'tree-sitter' : 'line-shapes';
  }

  private forget(uri: vscode.Uri): void {
    this.trees?.close(uri);
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.states.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}
