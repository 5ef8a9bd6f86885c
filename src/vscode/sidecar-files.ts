import * as vscode from 'vscode';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const sidecarUri = (doc: vscode.Uri): vscode.Uri => doc.with({ path: `${doc.path}.annotations.json` });

export async function readIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    if ((e as { code?: string }).code === 'FileNotFound' || (e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Writes through a temporary file in the same folder and a rename, so that a crash leaves the
 * old sidecar or the new one. Works on every file system VS Code has (disk, web, remote).
 */
export async function writeAtomic(uri: vscode.Uri, content: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const tmp = uri.with({ path: `${uri.path.slice(0, uri.path.lastIndexOf('/') + 1)}.${name}.${Date.now()}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, encoder.encode(content));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
