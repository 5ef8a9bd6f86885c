// Minimal no-op stand-in for the `vscode` module, enough for the extension's activate() to run
// outside VS Code (activation benchmark). Unknown members of the namespaces resolve to no-op
// functions returning a Disposable, so new registrations in the extension do not break it.
'use strict';

class Disposable {
  constructor(fn) { this._fn = fn; }
  static from(...items) { return new Disposable(() => items.forEach((d) => d && d.dispose && d.dispose())); }
  dispose() { if (this._fn) this._fn(); this._fn = undefined; }
}
const disposable = () => new Disposable(() => {});

class EventEmitter {
  constructor() { this._l = new Set(); this.event = (l) => { this._l.add(l); return new Disposable(() => this._l.delete(l)); }; }
  fire(e) { for (const l of this._l) l(e); }
  dispose() { this._l.clear(); }
}

class Position { constructor(line, character) { this.line = line; this.character = character; } }
class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') { this.start = new Position(a, b); this.end = new Position(c, d); } else { this.start = a; this.end = b; }
  }
}
class Selection extends Range {}
class Location { constructor(uri, range) { this.uri = uri; this.range = range; } }
class SemanticTokensLegend { constructor(tokenTypes, tokenModifiers = []) { this.tokenTypes = tokenTypes; this.tokenModifiers = tokenModifiers; } }
class SemanticTokensBuilder { constructor() { this._d = []; } push(...a) { this._d.push(...a); } build() { return { data: new Uint32Array(this._d) }; } }
class CodeActionKind {
  constructor(value) { this.value = value; }
  append(p) { return new CodeActionKind(this.value ? `${this.value}.${p}` : p); }
  contains(o) { return o.value === this.value || o.value.startsWith(this.value + '.'); }
  intersects(o) { return this.contains(o) || o.contains(this); }
}
CodeActionKind.Empty = new CodeActionKind('');
CodeActionKind.QuickFix = new CodeActionKind('quickfix');
CodeActionKind.Refactor = new CodeActionKind('refactor');
CodeActionKind.Source = new CodeActionKind('source');
CodeActionKind.SourceFixAll = new CodeActionKind('source.fixAll');
CodeActionKind.SourceOrganizeImports = new CodeActionKind('source.organizeImports');
class CodeAction { constructor(title, kind) { this.title = title; this.kind = kind; } }
class Diagnostic { constructor(range, message, severity) { this.range = range; this.message = message; this.severity = severity; } }
class Hover { constructor(contents, range) { this.contents = contents; this.range = range; } }
class MarkdownString { constructor(value = '') { this.value = value; } appendMarkdown(v) { this.value += v; return this; } appendText(v) { this.value += v; return this; } }
class WorkspaceEdit { constructor() { this._e = []; } replace(...a) { this._e.push(a); } insert(...a) { this._e.push(a); } delete(...a) { this._e.push(a); } }
class DocumentSymbol { constructor(name, detail, kind, range, selectionRange) { Object.assign(this, { name, detail, kind, range, selectionRange, children: [] }); } }
class FoldingRange { constructor(start, end, kind) { Object.assign(this, { start, end, kind }); } }
class TreeItem { constructor(label, collapsibleState) { this.label = label; this.collapsibleState = collapsibleState; } }
class ThemeIcon { constructor(id) { this.id = id; } }
class ThemeColor { constructor(id) { this.id = id; } }
class FileSystemError extends Error {
  static FileNotFound(m) { const e = new FileSystemError(String(m)); e.code = 'FileNotFound'; return e; }
}
class Uri {
  constructor(scheme, path) { this.scheme = scheme; this.path = path; this.fsPath = path; this.authority = ''; this.query = ''; this.fragment = ''; }
  static parse(s) { const m = /^([a-z-]+):(?:\/\/)?(.*)$/.exec(s); return m ? new Uri(m[1], m[2]) : new Uri('file', s); }
  static file(p) { return new Uri('file', p); }
  static joinPath(u, ...p) { return new Uri(u.scheme, [u.path, ...p].join('/')); }
  with(c) { return Object.assign(new Uri(this.scheme, this.path), c); }
  toString() { return `${this.scheme}://${this.path}`; }
}

const enums = {
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  SymbolKind: Object.fromEntries(['File', 'Module', 'Namespace', 'Package', 'Class', 'Method', 'Property', 'Field', 'Constructor', 'Enum', 'Interface', 'Function', 'Variable', 'Constant', 'String', 'Number', 'Boolean', 'Array', 'Object', 'Key', 'Null', 'EnumMember', 'Struct', 'Event', 'Operator', 'TypeParameter'].map((k, i) => [k, i])),
  FoldingRangeKind: { Comment: 1, Imports: 2, Region: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
  TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
};

/** A namespace whose listed members are real and whose other members are no-op registrations. */
function namespace(members) {
  return new Proxy(members, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (typeof prop !== 'string') return undefined;
      return () => disposable();
    },
  });
}

const configuration = { get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => {} };
const statusBarItem = () => ({ text: '', tooltip: '', command: undefined, show() {}, hide() {}, dispose() {} });
const diagnosticCollection = (name) => ({ name, set() {}, delete() {}, clear() {}, forEach() {}, get: () => undefined, has: () => false, dispose() {} });
const event = () => disposable();

module.exports = {
  Disposable, EventEmitter, Position, Range, Selection, Location, SemanticTokensLegend, SemanticTokensBuilder,
  CodeActionKind, CodeAction, Diagnostic, Hover, MarkdownString, WorkspaceEdit, DocumentSymbol, FoldingRange,
  TreeItem, ThemeIcon, ThemeColor, FileSystemError, Uri, ...enums,
  version: '1.100.0',
  env: { language: 'en', appName: 'bench', uriScheme: 'vscode' },
  languages: namespace({ createDiagnosticCollection: diagnosticCollection }),
  window: namespace({
    activeTextEditor: undefined,
    visibleTextEditors: [],
    createStatusBarItem: statusBarItem,
    createOutputChannel: () => ({ append() {}, appendLine() {}, show() {}, dispose() {} }),
    onDidChangeActiveTextEditor: event,
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
  }),
  workspace: namespace({
    textDocuments: [],
    workspaceFolders: undefined,
    isTrusted: true,
    getConfiguration: () => configuration,
    // Reads real files (the extension's dist/data when the benchmark asks for the analyzer).
    fs: { readFile: async (uri) => new Uint8Array(await require('node:fs/promises').readFile(uri.path)), writeFile: async () => {}, stat: async () => { throw FileSystemError.FileNotFound('stub'); }, rename: async () => {}, delete: async () => {} },
    onDidChangeConfiguration: event,
    createFileSystemWatcher: () => ({ onDidChange: event, onDidCreate: event, onDidDelete: event, dispose() {} }),
  }),
  commands: namespace({ executeCommand: async () => undefined, getCommands: async () => [] }),
};
