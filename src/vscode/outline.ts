import * as vscode from 'vscode';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';
import type { Annotation } from '../core/types';
import type { Block } from '../core/structure/structure';

const KIND: Record<string, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Constructor,
  ORG: vscode.SymbolKind.Class,
  GPE: vscode.SymbolKind.Module,
  LOC: vscode.SymbolKind.Module,
  NORP: vscode.SymbolKind.Enum,
  MEDIA: vscode.SymbolKind.Interface,
  FAC: vscode.SymbolKind.Struct,
  EVENT: vscode.SymbolKind.Event,
};

/** Outline: the headline, then each section heading with the entities named in its section. */
export function registerOutline(selector: vscode.DocumentSelector, service: AnnotationService): vscode.Disposable {
  const symbols: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document) {
      const state = await service.ensure(document);
      return state ? outlineSymbols(document, state.doc.structure.blocks, state.doc.annotations) : [];
    },
  };
  const folding: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document) {
      const state = await service.ensure(document);
      if (!state) return [];
      const headings = state.doc.structure.blocks.filter((b) => b.kind === 'heading');
      return headings.map((h, i) => {
        const next = headings[i + 1];
        const lastLine = next ? document.positionAt(next.start).line - 1 : document.lineCount - 1;
        return new vscode.FoldingRange(document.positionAt(h.start).line, Math.max(document.positionAt(h.start).line, lastLine), vscode.FoldingRangeKind.Region);
      });
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: 'News article' }),
    vscode.languages.registerFoldingRangeProvider(selector, folding),
  );
}

/** The headline and each section heading, with the entities of its section; a lead without a headline is a section too. */
function outlineSymbols(document: vscode.TextDocument, blocks: Block[], annotations: Annotation[]): vscode.DocumentSymbol[] {
  const sections = blocks.filter((b) => b.kind === 'headline' || b.kind === 'heading');
  const length = document.getText().length;
  const symbols = sections.map((b, i) => {
    const end = i + 1 < sections.length ? sections[i + 1].start : length;
    const range = new vscode.Range(document.positionAt(b.start), document.positionAt(Math.max(b.end, end)));
    const selection = new vscode.Range(document.positionAt(b.start), document.positionAt(b.end));
    const kind = b.kind === 'headline' ? vscode.SymbolKind.File : vscode.SymbolKind.Namespace;
    const symbol = new vscode.DocumentSymbol(b.text, b.kind === 'headline' ? 'headline' : 'section', kind, range, selection);
    // The headline's children are the entities of the lead (the paragraphs before the first heading).
    symbol.children = entitySymbols(document, annotations, b.end, end);
    return symbol;
  });
  // Paragraphs before the first heading with no headline above them: the lead, a section of its own.
  const firstStart = sections[0]?.start ?? length;
  const lead = entitySymbols(document, annotations, 0, firstStart);
  if (lead.length) {
    const range = new vscode.Range(document.positionAt(0), document.positionAt(firstStart));
    const symbol = new vscode.DocumentSymbol('Lead', 'before the first heading', vscode.SymbolKind.Namespace, range, lead[0].selectionRange);
    symbol.children = lead;
    symbols.unshift(symbol);
  }
  return symbols;
}

/** One symbol per distinct entity of a section, at its first mention. */
function entitySymbols(document: vscode.TextDocument, annotations: Annotation[], from: number, to: number): vscode.DocumentSymbol[] {
  const seen = new Set<string>();
  const out: vscode.DocumentSymbol[] = [];
  // Annotations are sorted by start: a section reads only its own (every section reading every
  // annotation was quadratic in a long document with many short headings).
  let lo = 0;
  for (let hi = annotations.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (annotations[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < annotations.length && annotations[i].start < to; i++) {
    const a = annotations[i];
    if (!isVisible(a) || a.label === 'DATE' || a.end > to) continue;
    const name = a.canonical ?? a.text;
    if (seen.has(name)) continue;
    seen.add(name);
    const range = new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
    out.push(new vscode.DocumentSymbol(name, a.label, KIND[a.label] ?? vscode.SymbolKind.Variable, range, range));
  }
  return out;
}
