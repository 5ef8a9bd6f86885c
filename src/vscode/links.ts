import * as vscode from 'vscode';

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
type LinkCommand = (typeof LINK_COMMANDS)[number];

export function commandLink(label: string, command: LinkCommand, args: unknown[]): string {
  const safeLabel = label.replace(/[\\[\]()*_`<>#!|]/g, '\\$&');
  return `[${safeLabel}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Markdown whose links may run only our own commands. */
export function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...LINK_COMMANDS] };
  md.supportHtml = false;
  return md;
}
