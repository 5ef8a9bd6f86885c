import * as vscode from 'vscode';

/**
 * Whether the workspace is trusted, asked in one place by everything that writes, renames or
 * creates files (sidecars, backups, the workspace knowledge base, exports). An untrusted
 * workspace gets highlighting and hovers only. The integration tests replace `isTrusted` through
 * the extension's API, since a test workbench cannot be opened untrusted.
 */
export const workspaceTrust = {
  isTrusted: (): boolean => vscode.workspace.isTrusted,
};
