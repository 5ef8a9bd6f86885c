import * as vscode from 'vscode';
import type { Annotation } from '../core/types';
import { LIKELY_CONFIDENCE } from '../core/types';
import { describeDate } from '../core/dates/index';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';
import { commandLink, trustedMarkdown } from './links';

const LABEL_NAMES: Record<string, string> = {
  PERSON: 'Person',
  ORG: 'Organisation',
  GPE: 'Place',
  LOC: 'Location',
  NORP: 'Nationality or group',
  MEDIA: 'Media outlet',
  FAC: 'Facility',
  EVENT: 'Event',
  DATE: 'Date',
};

export function registerHover(selector: vscode.DocumentSelector, service: AnnotationService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position) {
      const state = await service.ensure(document);
      if (!state) return undefined;
      const offset = document.offsetAt(position);
      const a = state.doc.annotations.find((x) => isVisible(x) && x.start <= offset && offset < x.end);
      if (!a) return undefined;
      const range = new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
      const md = a.label === 'DATE' ? dateCard(a, state.doc.referenceDate) : entityCard(a, state.doc.annotations, document.uri);
      appendReview(md, a, document.uri);
      return new vscode.Hover(md, range);
    },
  });
}

/** Text from the document or the KB always goes through appendText, which escapes it. */
function entityCard(a: Annotation, all: Annotation[], uri: vscode.Uri): vscode.MarkdownString {
  const md = trustedMarkdown();
  md.appendMarkdown('**');
  md.appendText(a.canonical ?? a.text);
  md.appendMarkdown(`** · ${LABEL_NAMES[a.label]}\n\n`);
  if (a.description) {
    md.appendText(a.description);
    md.appendMarkdown('\n\n');
  }
  const mentions = all.filter((x) => isVisible(x) && ((a.kbId && x.kbId === a.kbId) || (!a.kbId && x.text === a.text))).length;
  const ids = [a.kbId ? `KB \`${a.kbId.replace(/`/g, '')}\`` : 'not in the knowledge base', a.wikidata ? `Wikidata \`${a.wikidata.replace(/`/g, '')}\`` : ''];
  md.appendMarkdown(`${ids.filter(Boolean).join(' · ')} · ${mentions} mention${mentions === 1 ? '' : 's'} in this file\n\n`);
  if (a.correction) {
    const c = a.correction;
    md.appendMarkdown('---\n\n');
    md.appendMarkdown(`Suggested: **`);
    md.appendText(c.replacement);
    md.appendMarkdown(`** (${c.kind}, ${c.confidence >= LIKELY_CONFIDENCE ? 'likely' : 'possible'}, ${Math.round(c.confidence * 100)}%)\n\n`);
    md.appendText(c.reason);
    md.appendMarkdown('\n\n');
    const args = [uri.toString(), a.id];
    md.appendMarkdown(`${commandLink(`Replace with "${c.replacement}"`, 'newsAnnotator.applyCorrection', args)} · ${commandLink('Ignore here', 'newsAnnotator.ignoreCorrection', args)}`);
  }
  return md;
}

function dateCard(a: Annotation, referenceDate: string | null): vscode.MarkdownString {
  const md = trustedMarkdown();
  md.supportThemeIcons = true;
  const shown = a.value ? (a.endValue ? `${a.value} – ${a.endValue}` : a.value) : 'unresolved date';
  const d = a.value ? describeDate(a.value, referenceDate) : {};
  md.appendMarkdown(`**${shown.replace(/[^\d\- –a-z]/g, '')}**${d.weekday ? ` · ${d.weekday}` : ''}\n\n`);
  if (d.relative) md.appendMarkdown(`${d.relative.replace(/[^\w\s,-]/g, '')}${referenceDate ? ` (${referenceDate})` : ''}\n\n`);
  else if (!referenceDate) md.appendMarkdown('No reference date: relative dates cannot be resolved. Run **News Annotator: Set Reference Date**.\n\n');
  if (a.rule) md.appendMarkdown(`Resolved by rule \`${a.rule.replace(/`/g, '')}\`\n\n`);
  for (const f of a.flags ?? []) {
    md.appendMarkdown(`$(warning) **${f.replace(/[^a-z-]/g, '')}**: `);
    md.appendText(a.description ?? '');
    md.appendMarkdown('\n\n');
  }
  if (a.likelyValue) md.appendMarkdown(`Probably meant: **${a.likelyValue.replace(/[^\d-]/g, '')}**\n\n`);
  return md;
}

/** Accept / reject / relabel / remove links, and the review status. */
function appendReview(md: vscode.MarkdownString, a: Annotation, uri: vscode.Uri): void {
  const args = [uri.toString(), a.id];
  const links = [
    a.status !== 'accepted' ? commandLink('Accept', 'newsAnnotator.acceptAnnotation', args) : '',
    commandLink('Reject', 'newsAnnotator.rejectAnnotation', args),
    commandLink('Change label', 'newsAnnotator.changeLabel', args),
    a.source === 'manual' ? commandLink('Remove', 'newsAnnotator.removeAnnotation', args) : '',
    a.label !== 'DATE' && !a.kbId ? commandLink('Add to Knowledge Base', 'newsAnnotator.addToKnowledgeBase', args) : '',
  ].filter(Boolean);
  md.appendMarkdown(`\n\n---\n\n${a.source === 'manual' ? 'Manual' : 'Automatic'} · ${a.status} · ${links.join(' · ')}`);
}
