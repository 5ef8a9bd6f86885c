/**
 * Whether a folder is a symbolic link, asked of a file system the way VS Code's answer: `stat`
 * follows links and flags them (the desktop's disk provider), or says nothing and only the
 * parent's listing shows the link (some providers). Both are asked. No `vscode` import, so that
 * the unit tests check it over the real disk.
 */

/** vscode.FileType.SymbolicLink: a bit of the type, on top of File or Directory. */
export const SYMBOLIC_LINK = 64;

export interface FileTypes {
  /** The type bits of `path`, or undefined when it does not exist. */
  stat(path: string): PromiseLike<number | undefined>;
  /** The entries of a folder with their type bits (empty when it cannot be listed). */
  list(folder: string): PromiseLike<Array<[string, number]>>;
}

export async function isSymbolicLink(fs: FileTypes, path: string): Promise<boolean> {
  const type = await fs.stat(path);
  if (type === undefined) return false;
  if (type & SYMBOLIC_LINK) return true;
  const cut = path.replace(/\/+$/, '').lastIndexOf('/');
  const name = path.replace(/\/+$/, '').slice(cut + 1);
  const entries = await fs.list(path.slice(0, Math.max(cut, 1)));
  return entries.some(([n, t]) => n === name && (t & SYMBOLIC_LINK) !== 0);
}
