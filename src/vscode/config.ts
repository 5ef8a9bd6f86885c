import * as vscode from 'vscode';
import { checkedSettings } from './settings';

/** Every setting, read in one place and checked (see checkedSettings). */
export function readConfig(scope?: vscode.Uri) {
  const c = vscode.workspace.getConfiguration('newsAnnotator', scope);
  return checkedSettings((key) => c.get(key));
}
