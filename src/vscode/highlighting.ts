import * as vscode from 'vscode';
import type { Annotation, Label } from '../core/types';
import type { Block } from '../core/structure/structure';
import type { AnnotationService } from './service';
import { readConfig } from './config';
import { firstStartingAt } from '../core/text/spans';

/** One semantic token type per label, plus the article's structure. Order is the legend's. */
export const TOKEN_TYPES = [
  'newsPerson',
  'newsOrganization',
  'newsPlace',
  'newsLocation',
  'newsNationality',
  'newsMedia',
  'newsFacility',
  'newsEvent',
  'newsDate',
  'newsHeadline',
  'newsHeading',
] as const;
export const TOKEN_MODIFIERS = ['misrendered', 'flagged'] as const;
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

const TYPE_OF_LABEL: Record<Label, (typeof TOKEN_TYPES)[number]> = {
  PERSON: 'newsPerson',
  ORG: 'newsOrganization',
  GPE: 'newsPlace',
  LOC: 'newsLocation',
  NORP: 'newsNationality',
  MEDIA: 'newsMedia',
  FAC: 'newsFacility',
  EVENT: 'newsEvent',
  DATE: 'newsDate',
};

interface Span {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

export const isVisible = (a: Annotation): boolean => a.status !== 'rejected' && a.status !== 'orphaned' && a.end > a.start;

function annotationSpans(annotations: Annotation[]): Span[] {
  return annotations.filter(isVisible).map((a) => ({
    start: a.start,
    end: a.end,
    type: TOKEN_TYPES.indexOf(TYPE_OF_LABEL[a.label]),
    modifiers: (a.correction ? 1 : 0) | (a.flags?.length ? 2 : 0),
  }));
}


/** Headline and heading lines, minus the entities inside them (tokens may not overlap). */
function structureSpans(blocks: Block[], entities: Span[]): Span[] {
  const out: Span[] = [];
  for (const b of blocks) {
    if (b.kind !== 'headline' && b.kind !== 'heading') continue;
    const type = TOKEN_TYPES.indexOf(b.kind === 'headline' ? 'newsHeadline' : 'newsHeading');
    let at = b.start;
    // Entities are sorted by start: only those around the block are read (a heading per line of a
    // long document, each filtering every entity, was quadratic).
    let first = firstStartingAt(entities, b.start);
    while (first > 0 && entities[first - 1].end > b.start) first--;
    for (let i = first; i < entities.length && entities[i].start < b.end; i++) {
      const e = entities[i];
      if (e.end <= b.start) continue;
      if (e.start > at) out.push({ start: at, end: e.start, type, modifiers: 0 });
      at = Math.max(at, e.end);
    }
    if (at < b.end) out.push({ start: at, end: b.end, type, modifiers: 0 });
  }
  return out;
}

export function registerHighlighting(selector: vscode.DocumentSelector, service: AnnotationService): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    async provideDocumentSemanticTokens(document) {
      const builder = new vscode.SemanticTokensBuilder(LEGEND);
      const state = await service.ensure(document);
      if (!state || !readConfig(document.uri).highlighting) return builder.build();
      const entities = annotationSpans(state.doc.annotations);
      const spans = [...entities, ...structureSpans(state.doc.structure.blocks, entities)].sort((a, b) => a.start - b.start || b.end - a.end);
      // Tokens may not overlap: where annotations do (a manual one over a date), the first wins.
      let done = 0;
      for (const s of spans) {
        if (s.start < done) continue;
        pushSpan(builder, document, s);
        done = s.end;
      }
      return builder.build();
    },
  };
  return vscode.Disposable.from(
    changed,
    service.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsAnnotator.highlighting') && changed.fire()),
    vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, LEGEND),
  );
}

/** Semantic tokens cannot span lines: split at line ends. */
function pushSpan(builder: vscode.SemanticTokensBuilder, document: vscode.TextDocument, s: Span): void {
  const start = document.positionAt(s.start);
  const end = document.positionAt(s.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to = line === end.line ? end.character : document.lineAt(line).text.length;
    if (to > from) builder.push(line, from, to - from, s.type, s.modifiers);
  }
}
