import * as vscode from 'vscode';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const sidecarUri = (doc: vscode.Uri): vscode.Uri => doc.with({ path: `${doc.path}.annotations.json` });

/** A sidecar or workspace KB is at most this large (a 5 MB article's sidecar is about 65 MB). */
export const MAX_READ_BYTES = 100 * 1024 * 1024;

/**
 * The text of a regular file, or undefined when there is none (only "not found" means none; any
 * other failure is thrown, so that a file that cannot be read is never replaced). A device, a
 * pipe or a folder in its place, or a file over MAX_READ_BYTES, is declined before reading.
 */
export async function readIfExists(uri: vscode.Uri, maxBytes = MAX_READ_BYTES): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File)) throw new Error(`${uri.path} is not a regular file (a folder, device or pipe); it is not read`);
    if (stat.size > maxBytes) throw new Error(`${uri.path} is ${(stat.size / 1048576).toFixed(1)} MB, above the ${maxBytes / 1048576} MB a sidecar may be`);
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
