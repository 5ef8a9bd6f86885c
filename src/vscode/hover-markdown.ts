/**
 * The markdown of hover cards, as plain strings: no `vscode` import, so that it can be built and
 * checked in unit tests. hover.ts puts it into a trusted MarkdownString (links.ts), whose links may
 * run only LINK_COMMANDS.
 *
 * Every value that comes from an annotation (the document, the KB, or a sidecar someone else
 * wrote) goes through escapeMarkdown or codeSpan: none can end a span, start a block, or make an
 * image, a link or HTML. Only the fixed words of this module are markdown.
 */
import type { Annotation } from '../core/types';
import { LIKELY_CONFIDENCE } from '../core/types';
import { dateNotes, describeDate } from '../core/dates/describe';

/** The only commands a hover may link to: built here from the extension's own ids. */
export const LINK_COMMANDS = [
  'newsAnnotator.applyCorrection',
  'newsAnnotator.ignoreCorrection',
  'newsAnnotator.acceptAnnotation',
  'newsAnnotator.rejectAnnotation',
  'newsAnnotator.changeLabel',
  'newsAnnotator.removeAnnotation',
  'newsAnnotator.addToKnowledgeBase',
] as const;
export type LinkCommand = (typeof LINK_COMMANDS)[number];

/** Line breaks of any kind (a blank line ends a paragraph, and with it any open span or link). */
const LINE_BREAKS = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;
/** Other control characters: never meant to be shown. */
const CONTROLS = /[\0-\x08\x0e-\x1f\x7f]/g;

/** One line: line breaks and tabs become spaces, control characters go. */
export function oneLine(value: string): string {
  return String(value).replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '');
}

/**
 * Text shown as it is, inside a line of markdown: one line, every ASCII punctuation character
 * backslash-escaped (CommonMark allows that for all of them), so that no emphasis, link, image,
 * autolink, HTML, entity, heading, list or theme icon can start in it; leading spaces would make
 * a code block, so runs of spaces are kept as one.
 */
export function escapeMarkdown(value: string): string {
  return oneLine(value)
    .replace(/ {2,}/g, ' ')
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A value shown as code: one line, without backticks (which would end the span). */
export function codeSpan(value: string): string {
  const inner = oneLine(value).replace(/`/g, '').replace(/ {2,}/g, ' ').trim();
  return `\`${inner || ' '}\``;
}

/** A link that runs one of our commands with `args`; the label is escaped. */
export function commandLink(label: string, command: LinkCommand, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

export const LABEL_NAMES: Record<string, string> = {
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

const labelName = (label: string): string => (Object.hasOwn(LABEL_NAMES, label) ? LABEL_NAMES[label]! : escapeMarkdown(label));

/** A percentage of a confidence in [0, 1] (anything else shows as 0). */
const percent = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? Math.round(Math.min(1, Math.max(0, x)) * 100) : 0);

/** An entity's card. `mentions`: visible annotations of the same entity in the file; `uri`: the document's. */
export function entityCardMarkdown(a: Annotation, mentions: number, uri: string): string {
  let md = `**${escapeMarkdown(a.canonical ?? a.text)}** · ${labelName(a.label)}\n\n`;
  if (a.description) md += `${escapeMarkdown(a.description)}\n\n`;
  const ids = [a.kbId ? `KB ${codeSpan(a.kbId)}` : 'not in the knowledge base', a.wikidata ? `Wikidata ${codeSpan(a.wikidata)}` : ''];
  md += `${ids.filter(Boolean).join(' · ')} · ${mentions} mention${mentions === 1 ? '' : 's'} in this file\n\n`;
  if (a.correction) {
    const c = a.correction;
    md += '---\n\n';
    md += `Suggested: **${escapeMarkdown(c.replacement)}** (${escapeMarkdown(c.kind)}, ${c.confidence >= LIKELY_CONFIDENCE ? 'likely' : 'possible'}, ${percent(c.confidence)}%)\n\n`;
    if (c.reason) md += `${escapeMarkdown(c.reason)}\n\n`;
    const args = [uri, a.id];
    md += `${commandLink(`Replace with "${c.replacement}"`, 'newsAnnotator.applyCorrection', args)} · ${commandLink('Ignore here', 'newsAnnotator.ignoreCorrection', args)}`;
  }
  return md;
}

/**
 * A value kept to a safe alphabet (`drop`: the characters to remove), on one line. Dates and
 * fixed words are shown this way, unescaped: "2020-01-06" rather than "2020\-01\-06" in the markdown.
 */
const only = (value: unknown, drop: RegExp): string => oneLine(String(value)).replace(drop, '');

/** A date's card (uses theme icons: the MarkdownString needs supportThemeIcons). */
export function dateCardMarkdown(a: Annotation, referenceDate: string | null): string {
  const shown = a.value ? (a.endValue ? `${a.value} – ${a.endValue}` : a.value) : 'unresolved date';
  const d = a.value ? describeDate(a.value, referenceDate) : {};
  let md = `**${only(shown, /[^\d\- –a-z]/g)}**${d.weekday ? ` · ${only(d.weekday, /[^A-Za-z]/g)}` : ''}\n\n`;
  if (d.relative) md += `${only(d.relative, /[^\w ,-]/g)}${referenceDate ? ` (${only(referenceDate, /[^\d-]/g)})` : ''}\n\n`;
  else if (!referenceDate) md += 'No reference date: relative dates cannot be resolved. Run **News Annotator: Set Reference Date**.\n\n';
  for (const note of dateNotes(a)) md += `${escapeMarkdown(note)}\n\n`;
  if (a.rule) md += `Resolved by rule ${codeSpan(a.rule)}\n\n`;
  for (const f of a.flags ?? []) md += `$(warning) **${only(f, /[^a-z-]/g)}**: ${escapeMarkdown(a.description ?? '')}\n\n`;
  if (a.likelyValue) md += `Probably meant: **${only(a.likelyValue, /[^\d-]/g)}**\n\n`;
  return md;
}

/** Accept / reject / relabel / remove links, and the review status. */
export function reviewMarkdown(a: Annotation, uri: string): string {
  const args = [uri, a.id];
  const links = [
    a.status !== 'accepted' ? commandLink('Accept', 'newsAnnotator.acceptAnnotation', args) : '',
    commandLink('Reject', 'newsAnnotator.rejectAnnotation', args),
    commandLink('Change label', 'newsAnnotator.changeLabel', args),
    a.source === 'manual' ? commandLink('Remove', 'newsAnnotator.removeAnnotation', args) : '',
    a.label !== 'DATE' && !a.kbId ? commandLink('Add to Knowledge Base', 'newsAnnotator.addToKnowledgeBase', args) : '',
  ].filter(Boolean);
  return `\n\n---\n\n${a.source === 'manual' ? 'Manual' : 'Automatic'} · ${escapeMarkdown(a.status)} · ${links.join(' · ')}`;
}

/** The whole hover of `a`: its card, then the review links. */
export function hoverMarkdown(a: Annotation, opts: { mentions: number; uri: string; referenceDate: string | null }): string {
  const card = a.label === 'DATE' ? dateCardMarkdown(a, opts.referenceDate) : entityCardMarkdown(a, opts.mentions, opts.uri);
  return card + reviewMarkdown(a, opts.uri);
}
