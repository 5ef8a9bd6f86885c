import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './extension.shared';

/** VS Code for the web entry: the same features; files go through vscode.workspace.fs. */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateShared(context);
}

export function deactivate(): void {}
