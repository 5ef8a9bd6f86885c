import * as vscode from 'vscode';
import { createBuiltinAnalyzer } from './core/kb/builtin';
import { AnnotationService, LANGUAGE } from './vscode/service';
import { registerHighlighting } from './vscode/highlighting';
import { registerHover } from './vscode/hover';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerCodeActions } from './vscode/code-actions';
import { registerOutline } from './vscode/outline';
import { registerStatusBar } from './vscode/status-bar';
import { registerCommands } from './vscode/commands';
import { registerReview } from './vscode/review';
import { EntitiesView, registerEntitiesView } from './vscode/entities-view';
import { registerWorkspaceKb } from './vscode/workspace-kb';

/** Articles: the newstext language, and plain text opted in with "Annotate This File". */
const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE }, { language: 'plaintext' }];

/** What the extension exports: for other extensions and for the integration tests. */
export interface ExtensionApi {
  service: AnnotationService;
  entitiesView: EntitiesView;
}

/** The composition root, shared by the desktop and web entries. */
export function activateShared(context: vscode.ExtensionContext): ExtensionApi {
  const service = new AnnotationService(createBuiltinAnalyzer());
  const entities = registerEntitiesView(service);
  context.subscriptions.push(
    service,
    registerHighlighting(SELECTOR, service),
    registerHover(SELECTOR, service),
    registerDiagnostics(service),
    registerCodeActions(SELECTOR, service),
    registerOutline(SELECTOR, service),
    registerStatusBar(service),
    registerCommands(service),
    registerReview(service),
    entities,
    registerWorkspaceKb(service),
  );
  return { service, entitiesView: entities.view };
}
