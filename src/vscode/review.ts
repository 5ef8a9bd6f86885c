import * as vscode from 'vscode';
import { LABELS, type Annotation, type Label } from '../core/types';
import type { KbEntity } from '../core/kb/model';
import { fold } from '../core/text/tokens';
import { similarity } from '../core/names/weighted-distance';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';
import { hasOpenCorrection } from '../core/annotations/review';

const LABEL_TITLES: Record<Label, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  GPE: 'Place (country, city, region with a government)',
  LOC: 'Location (sea, mountain, region)',
  NORP: 'Nationality, religious or political group',
  MEDIA: 'Media outlet or news agency',
  FAC: 'Facility (airport, base, building)',
  EVENT: 'Event',
  DATE: 'Date',
};

/**
 * Review and manual annotation: accept / reject (hover, code action, keys), accept all, jump
 * between suggestions, annotate a selection with a label and a KB link, relabel, remove.
 */
export function registerReview(service: AnnotationService): vscode.Disposable {
  const recentLabels: Label[] = [];

  /** The document and annotation a command acts on: its arguments, or the cursor. */
  async function target(uri?: string, id?: string): Promise<{ d: vscode.TextDocument; a?: Annotation } | undefined> {
    const d = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
    const state = d && (await service.ensure(d));
    if (!d || !state) return undefined;
    if (id) return { d, a: state.doc.get(id) };
    const editor = vscode.window.activeTextEditor;
    const at = editor ? d.offsetAt(editor.selection.active) : -1;
    return { d, a: state.doc.annotations.find((x) => isVisible(x) && x.start <= at && at <= x.end) };
  }

  const decide = (status: 'accepted' | 'rejected') => async (uri?: string, id?: string) => {
    const t = await target(uri, id);
    if (!t?.a) return false;
    // Accepting a correction means the correction is right: it is applied (the document records
    // the edit as an accepted correction), never merely hidden with the garbled words left.
    if (status === 'accepted' && hasOpenCorrection(t.a)) return vscode.commands.executeCommand<boolean>('newsAnnotator.applyCorrection', t.d.uri.toString(), t.a.id);
    service.get(t.d.uri)!.doc.setStatus(t.a.id, status);
    service.reanalyze(t.d);
    return true;
  };

  async function jump(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const state = editor && (await service.ensure(editor.document));
    if (!editor || !state) return;
    const at = editor.document.offsetAt(editor.selection.active);
    const open = state.doc.annotations.filter((a) => isVisible(a) && a.status === 'suggested');
    const next = direction > 0 ? (open.find((a) => a.start > at) ?? open[0]) : ([...open].reverse().find((a) => a.start < at) ?? open[open.length - 1]);
    if (!next) return void vscode.window.setStatusBarMessage('News Annotator: no open suggestions', 2000);
    const range = new vscode.Range(editor.document.positionAt(next.start), editor.document.positionAt(next.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async function pickLabel(current?: Label): Promise<Label | undefined> {
    const order = [...recentLabels, ...LABELS.filter((l) => !recentLabels.includes(l))];
    const pick = await vscode.window.showQuickPick(
      order.map((l) => ({ label: l, description: LABEL_TITLES[l], picked: l === current })),
      { title: 'Label', placeHolder: 'What is it?' },
    );
    if (!pick) return undefined;
    const label = pick.label as Label;
    const seen = recentLabels.indexOf(label);
    if (seen >= 0) recentLabels.splice(seen, 1);
    recentLabels.unshift(label);
    return label;
  }

  /** KB entities ranked by fuzzy similarity to the selected text. */
  async function pickEntity(text: string, label: Label): Promise<KbEntity | null | undefined> {
    const wanted = fold(text);
    const ranked = [...service.analyzer.index.byId.values()]
      .filter((e) => label === 'DATE' || e.type === label || (label === 'NORP' && e.type === 'GPE'))
      .map((e) => ({ e, score: Math.max(...[e.name, ...(e.aliases ?? []), ...(e.demonyms ?? [])].map((n) => similarity(wanted, n))) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 30);
    const none = { label: '$(circle-slash) No link', description: 'annotate without a knowledge-base entity', e: null };
    const pick = await vscode.window.showQuickPick([none, ...ranked.map(({ e }) => ({ label: e.name, description: e.description, detail: e.id, e }))], {
      title: `Link "${text}" to a knowledge-base entity`,
      matchOnDescription: true,
    });
    return pick === undefined ? undefined : pick.e;
  }

  const commands: Record<string, (...args: never[]) => unknown> = {
    'newsAnnotator.acceptAnnotation': decide('accepted'),
    'newsAnnotator.rejectAnnotation': decide('rejected'),
    'newsAnnotator.acceptAllInFile': async () => {
      const editor = vscode.window.activeTextEditor;
      const state = editor && (await service.ensure(editor.document));
      if (!editor || !state) return 0;
      const n = state.doc.acceptAll();
      service.reanalyze(editor.document);
      vscode.window.setStatusBarMessage(`News Annotator: ${n} suggestion${n === 1 ? '' : 's'} accepted`, 3000);
      return n;
    },
    'newsAnnotator.nextSuggestion': () => jump(1),
    'newsAnnotator.previousSuggestion': () => jump(-1),
    'newsAnnotator.annotateSelection': async (labelArg?: Label) => {
      const before = vscode.window.activeTextEditor;
      const state = before && (await service.optIn(before.document)).state;
      // A plain-text file becomes an article (a new document, maybe a new editor): read it again.
      const editor = vscode.window.activeTextEditor;
      if (!editor || !state || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage('News Annotator: select the words to annotate first.');
        return undefined;
      }
      const d = editor.document;
      const start = d.offsetAt(editor.selection.start);
      const end = d.offsetAt(editor.selection.end);
      const label = labelArg ?? (await pickLabel());
      if (!label) return undefined;
      const entity = labelArg || label === 'DATE' ? undefined : await pickEntity(d.getText(editor.selection), label);
      if (entity === undefined && !labelArg && label !== 'DATE') return undefined;
      const a = state.doc.annotate(start, end, label, entity ?? undefined);
      service.reanalyze(d);
      return a.id;
    },
    'newsAnnotator.changeLabel': async (uri?: string, id?: string) => {
      const t = await target(uri, id);
      if (!t?.a) return false;
      const label = await pickLabel(t.a.label);
      if (!label) return false;
      const entity = label === 'DATE' ? null : await pickEntity(t.a.text, label);
      if (entity === undefined) return false;
      service.get(t.d.uri)!.doc.relabel(t.a.id, label, entity);
      service.reanalyze(t.d);
      return true;
    },
    'newsAnnotator.removeAnnotation': async (uri?: string, id?: string) => {
      const t = await target(uri, id);
      if (!t?.a) return false;
      service.get(t.d.uri)!.doc.remove(t.a.id);
      service.reanalyze(t.d);
      return true;
    },
    'newsAnnotator.reattachOrphan': async (uri?: string, id?: string) => {
      const editor = vscode.window.activeTextEditor;
      const state = editor && (await service.ensure(editor.document));
      if (!editor || !state || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage('News Annotator: select the words the orphaned annotation belongs to first.');
        return false;
      }
      const orphans = state.doc.annotations.filter((a) => a.status === 'orphaned');
      const chosen =
        (id && (!uri || uri === editor.document.uri.toString()) ? orphans.find((a) => a.id === id) : undefined) ??
        (await vscode.window.showQuickPick(
          orphans.map((a) => ({ label: a.text, description: `${a.label}${a.canonical ? ` · ${a.canonical}` : ''}`, a })),
          { title: 'Re-attach which orphaned annotation to the selection?' },
        ))?.a;
      if (!chosen) return false;
      const ok = state.doc.reattach(chosen.id, editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end));
      service.reanalyze(editor.document);
      return ok;
    },
    'newsAnnotator.revealAnnotation': async (uri: string, id: string) => {
      const d = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const a = service.get(d.uri)?.doc.get(id);
      const editor = await vscode.window.showTextDocument(d, { preserveFocus: false });
      if (!a) return;
      const range = new vscode.Range(d.positionAt(a.start), d.positionAt(a.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
  };
  return vscode.Disposable.from(...Object.entries(commands).map(([id, f]) => vscode.commands.registerCommand(id, f)));
}
