import * as vscode from 'vscode';
import type { AnnotationService } from './service';
import { isVisible } from './highlighting';
import { trustedMarkdown } from './links';
import { hoverMarkdown } from './hover-markdown';

/**
 * Hover cards. Their markdown is built by hover-markdown.ts, which escapes every value that comes
 * from the document, the KB or a sidecar; here it goes into a MarkdownString whose links may run
 * only our own commands, with HTML off.
 */
export function registerHover(selector: vscode.DocumentSelector, service: AnnotationService): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    async provideHover(document, position) {
      const state = await service.ensure(document);
      if (!state) return undefined;
      const offset = document.offsetAt(position);
      const all = state.doc.annotations;
      const a = all.find((x) => isVisible(x) && x.start <= offset && offset < x.end);
      if (!a) return undefined;
      const range = new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
      const mentions = a.label === 'DATE' ? 0 : all.filter((x) => isVisible(x) && ((a.kbId && x.kbId === a.kbId) || (!a.kbId && x.text === a.text))).length;
      const md = trustedMarkdown();
      md.supportThemeIcons = a.label === 'DATE'; // the date card's $(warning) flags
      md.appendMarkdown(hoverMarkdown(a, { mentions, uri: document.uri.toString(), referenceDate: state.doc.referenceDate }));
      return new vscode.Hover(md, range);
    },
  });
}
