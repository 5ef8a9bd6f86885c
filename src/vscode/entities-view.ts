import * as vscode from 'vscode';
import { ENTITY_LABELS, type Annotation, type EntityLabel } from '../core/types';
import type { AnnotationService } from './service';

const ICONS: Record<string, string> = {
  PERSON: 'person',
  ORG: 'organization',
  GPE: 'globe',
  LOC: 'location',
  NORP: 'symbol-enum',
  MEDIA: 'broadcast',
  FAC: 'home',
  EVENT: 'calendar',
  DATE: 'clock',
};

type Node =
  | { kind: 'group'; id: string; title: string; icon: string; items: Annotation[]; entity?: boolean }
  | { kind: 'mention'; annotation: Annotation };

/**
 * The Entities view for the active article: entities grouped by KB entity (canonical name, label
 * icon, mention count) with their mentions as children; dates in time order; open suggestions;
 * orphans. A label filter narrows it.
 */
export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: EntityLabel | 'DATE' | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly service: AnnotationService) {
    this.subscriptions = [
      this.changed,
      service.onDidChange(() => this.changed.fire()),
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire()),
    ];
  }

  private get uri(): vscode.Uri | undefined {
    return vscode.window.activeTextEditor?.document.uri;
  }

  async chooseFilter(): Promise<void> {
    const pick = await vscode.window.showQuickPick(['All labels', ...ENTITY_LABELS, 'DATE'], { title: 'Show only' });
    if (pick === undefined) return;
    this.filter = pick === 'All labels' ? undefined : (pick as EntityLabel);
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.kind === 'group' ? node.items.map((annotation) => ({ kind: 'mention', annotation })) : [];
    const state = this.uri && this.service.get(this.uri);
    if (!state) return [];
    const all = state.doc.annotations.filter((a) => !this.filter || a.label === this.filter);
    const live = all.filter((a) => a.status !== 'rejected' && a.status !== 'orphaned');
    const groups = new Map<string, Annotation[]>();
    for (const a of live.filter((x) => x.label !== 'DATE')) {
      // One entity, one group: a country named and used as an adjective ("Libya", "Libyan") is one entry.
      const key = a.kbId ? `kb|${a.kbId}` : `${a.label}|${a.canonical ?? a.text}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    // A group's tree item id is its grouping key: two "Smith" groups of different canonical names are two items.
    const entityNodes: Node[] = [...groups.entries()]
      .sort(([, a], [, b]) => b.length - a.length || (a[0].canonical ?? a[0].text).localeCompare(b[0].canonical ?? b[0].text))
      .map(([key, items]) => ({ kind: 'group', id: `entity:${key}`, title: items[0].canonical ?? items[0].text, icon: ICONS[items[0].label], items, entity: true }));
    const dates = live.filter((a) => a.label === 'DATE').sort((a, b) => (a.value ?? '9999').localeCompare(b.value ?? '9999'));
    const special: Node[] = [
      { kind: 'group', id: 'dates', title: 'Dates', icon: 'calendar', items: dates },
      { kind: 'group', id: 'suggestions', title: 'Open suggestions', icon: 'lightbulb', items: live.filter((a) => a.status === 'suggested' && a.correction) },
      { kind: 'group', id: 'orphans', title: 'Orphaned annotations', icon: 'warning', items: all.filter((a) => a.status === 'orphaned') },
    ];
    return [...special.filter((g) => g.kind === 'group' && g.items.length), ...entityNodes];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = node.entity ? `${[...new Set(node.items.map((a) => a.label))].join(', ')} · ${node.items.length}` : String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.tooltip = node.items[0]?.description;
      return item;
    }
    const a = node.annotation;
    const item = new vscode.TreeItem(a.label === 'DATE' ? `${a.text} → ${a.value ?? '?'}` : a.text, vscode.TreeItemCollapsibleState.None);
    item.id = `${a.id}@${a.start}`;
    item.description = [a.status !== 'suggested' ? a.status : '', a.correction ? `→ ${a.correction.replacement}` : '', a.flags?.length ? a.flags.join(', ') : ''].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(a.correction ? 'lightbulb' : ICONS[a.label]);
    item.contextValue = `annotation.${a.status}`;
    const uri = this.uri?.toString();
    if (uri) item.command = { command: 'newsAnnotator.revealAnnotation', title: 'Reveal', arguments: [uri, a.id] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * The context key of the view's `when` clause: true while the active editor shows an article.
 * Views cannot see editor context keys such as `editorLangId`, so the extension sets its own.
 */
export const ARTICLE_ACTIVE_KEY = 'newsAnnotator.articleActive';

function trackArticleActive(service: AnnotationService): vscode.Disposable {
  let last: boolean | undefined;
  const update = () => {
    const d = vscode.window.activeTextEditor?.document;
    const active = !!d && service.isArticle(d);
    if (active === last) return;
    last = active;
    void vscode.commands.executeCommand('setContext', ARTICLE_ACTIVE_KEY, active);
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), service.onDidChange(update));
}

export function registerEntitiesView(service: AnnotationService): vscode.Disposable & { view: EntitiesView } {
  const view = new EntitiesView(service);
  const uriOf = () => vscode.window.activeTextEditor?.document.uri.toString();
  const onMention = (command: string) => (node?: Node) =>
    node?.kind === 'mention' ? vscode.commands.executeCommand(command, uriOf(), node.annotation.id) : undefined;
  const disposable = vscode.Disposable.from(
    view,
    trackArticleActive(service),
    vscode.window.registerTreeDataProvider('newsAnnotator.entities', view),
    vscode.commands.registerCommand('newsAnnotator.filterEntities', () => view.chooseFilter()),
    vscode.commands.registerCommand('newsAnnotator.view.accept', onMention('newsAnnotator.acceptAnnotation')),
    vscode.commands.registerCommand('newsAnnotator.view.reject', onMention('newsAnnotator.rejectAnnotation')),
    vscode.commands.registerCommand('newsAnnotator.view.changeLabel', onMention('newsAnnotator.changeLabel')),
    vscode.commands.registerCommand('newsAnnotator.view.remove', onMention('newsAnnotator.removeAnnotation')),
    vscode.commands.registerCommand('newsAnnotator.view.reattach', onMention('newsAnnotator.reattachOrphan')),
  );
  return Object.assign(disposable, { view });
}
