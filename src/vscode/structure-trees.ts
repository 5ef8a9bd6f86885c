import * as vscode from 'vscode';
import { loadNewsParser, type NewsParser } from '../core/structure/tree-sitter';
import { HeadTree } from '../core/structure/head-tree';
import type { Structure } from '../core/structure/structure';

/**
 * One tree-sitter tree per open article, re-parsed incrementally on every edit: the article's
 * structure (headline, headings, datelines, bylines, paragraphs, sentences) for the outline,
 * folding and headline colours. The tree covers the document's head (core/structure/budget.ts:
 * 2,500 lines, 500,000 characters), so that a document of a million short lines costs a bounded parse. The parser loads once per session from the extension's dist/
 * (through vscode.workspace.fs, so the web and the desktop read the same files). If it cannot
 * load, the line-based structure of the analysis stands in and the reason is logged once.
 */
export class StructureTrees implements vscode.Disposable {
  private parser?: Promise<NewsParser | undefined>;
  private readonly trees = new Map<string, HeadTree>();
  private readonly log: vscode.OutputChannel;
  failure?: string;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.log = vscode.window.createOutputChannel('News Annotator');
  }

  private load(): Promise<NewsParser | undefined> {
    this.parser ??= (async () => {
      const read = (name: string) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', name));
      const [wasm, languageWasm] = await Promise.all([read('tree-sitter.wasm'), read('tree-sitter-newstext.wasm')]);
      return loadNewsParser({ wasm, languageWasm });
    })().catch((e: unknown) => {
      this.failure = (e as Error).message ?? String(e);
      this.log.appendLine(`Article structure parser unavailable, using line shapes instead: ${this.failure}`);
      return undefined;
    });
    return this.parser;
  }

  /** Parses a document (first time) and returns its structure. */
  async open(d: vscode.TextDocument): Promise<Structure | undefined> {
    const parser = await this.load();
    if (!parser || d.isClosed) return undefined;
    const key = d.uri.toString();
    this.trees.get(key)?.delete();
    const tree = new HeadTree(parser, d.getText());
    this.trees.set(key, tree);
    return tree.structure();
  }

  /**
   * Applies an editor event's changes to the document's tree (incremental re-parse) and returns
   * the ranges whose text or structure changed, for the analysis to redo.
   */
  edit(e: vscode.TextDocumentChangeEvent): Array<{ start: number; end: number }> {
    const tree = this.trees.get(e.document.uri.toString());
    if (!tree) return [];
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const changed = tree.edit(changes, () => e.document.getText());
    // The tree must follow the document exactly; if it does not (an event was missed), re-parse.
    const length = e.document.offsetAt(e.document.lineAt(e.document.lineCount - 1).range.end);
    if (tree.documentLength !== length) void this.open(e.document);
    return changed;
  }

  structureOf(uri: vscode.Uri): Structure | undefined {
    return this.trees.get(uri.toString())?.structure();
  }

  has(uri: vscode.Uri): boolean {
    return this.trees.has(uri.toString());
  }

  close(uri: vscode.Uri): void {
    this.trees.get(uri.toString())?.delete();
    this.trees.delete(uri.toString());
  }

  dispose(): void {
    for (const t of this.trees.values()) t.delete();
    this.trees.clear();
    this.log.dispose();
  }
}
