import * as vscode from 'vscode';
import { LINK_COMMANDS } from './hover-markdown';

// The link builder and the list of commands a hover may run live in hover-markdown.ts (no vscode import).
export { commandLink, LINK_COMMANDS, type LinkCommand } from './hover-markdown';

/** Markdown whose links may run only our own commands. */
export function trustedMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [...LINK_COMMANDS] };
  md.supportHtml = false;
  return md;
}
