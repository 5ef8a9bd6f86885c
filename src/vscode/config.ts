import * as vscode from 'vscode';

/** Every setting, read in one place. */
export function readConfig(scope?: vscode.Uri) {
  const c = vscode.workspace.getConfiguration('newsAnnotator', scope);
  return {
    highlighting: c.get<boolean>('highlighting.enabled', true),
    diagnostics: c.get<boolean>('diagnostics.enabled', true),
    minConfidence: c.get<number>('diagnostics.minConfidence', 0.5),
    saveOnSave: c.get<boolean>('sidecar.saveOnSave', true),
    referenceDate: c.get<string>('referenceDate', '') || null,
    maxFileBytes: c.get<number>('maxFileSizeMB', 5) * 1024 * 1024,
  };
}
