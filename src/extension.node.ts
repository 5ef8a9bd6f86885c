import type * as vscode from 'vscode';
import { activateShared, type ExtensionApi } from './extension.shared';

/** VS Code desktop entry. */
export function activate(context: vscode.ExtensionContext): ExtensionApi {
  return activateShared(context);
}

export function deactivate(): void {}
