import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so that a crash leaves the old file or the new one, never a truncated one. `flush`
 * false leaves the flush to the caller (a SidecarWriter, after a whole folder).
 */
export function writeFileAtomic(file: string, content: string, flush = true): void {
  const dir = path.dirname(file);
  // A short temporary name: a long file name plus a suffix would pass the file system's limit.
  const tmp = path.join(dir, `.${path.basename(file).slice(0, 80)}.${process.pid}.${Date.now()}.tmp`);
  // The file keeps its permissions (a 0600 text stays 0600); a new one gets the default.
  const mode = existingMode(file);
  const fd = fs.openSync(tmp, 'w', mode ?? 0o666);
  try {
    fs.writeSync(fd, content);
    if (flush) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** The permission bits of an existing regular file, or undefined when there is none. */
function existingMode(file: string): number | undefined {
  try {
    return fs.statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * Rewrites a text in place only when its content changed, and never through a symlink (the link
 * would be replaced by a plain file): refuses with a message instead.
 */
export function rewriteText(file: string, before: string, after: string): boolean {
  if (before === after) return false;
  if (fs.lstatSync(file).isSymbolicLink()) throw new Error(`${file}: a symbolic link; not rewritten (fix the file it points to)`);
  writeFileAtomic(file, after);
  return true;
}
