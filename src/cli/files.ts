import fs from 'node:fs';
import path from 'node:path';

export class FileProblem extends Error {}

/** Text files named on the command line; folders give their *.txt files (recursively, sorted). */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new FileProblem(`${input}: no such file or folder`);
    }
    if (stat.isDirectory()) out.push(...textFilesIn(input));
    else out.push(input);
  }
  return out;
}

function textFilesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...textFilesIn(p));
    else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** A size in MB with two significant digits ("6.2 MB", "0.0022 MB"). */
const megabytes = (bytes: number): string => `${Number((bytes / 1048576).toPrecision(2))} MB`;

/** Default 5 MB: larger files are declined with a message, not half-analysed. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** A sidecar is at most this large (a 5 MB article's sidecar is about 65 MB). */
export const MAX_SIDECAR_BYTES = 100 * 1024 * 1024;

/**
 * The bytes of a regular file of at most `maxBytes`, or undefined when there is none (only "not
 * found" means none: a file that exists but cannot be read, a symbolic link loop or a link to a
 * missing file is a problem, so that it is never replaced by a new sidecar). A device, a FIFO or a folder in its place (a symlink to /dev/zero in a
 * cloned corpus) is declined before anything is read: it could be endless or never answer.
 */
export function readRegularFile(file: string, maxBytes: number, limitName?: string): Buffer | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !isLink(file)) return undefined;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new FileProblem(`${file}: a symbolic link to a missing file; not read, not replaced`);
    throw new FileProblem(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!stat.isFile()) throw new FileProblem(`${file}: not a regular file (a folder, device or pipe); not read`);
  if (stat.size > maxBytes) throw new FileProblem(`${file}: ${megabytes(stat.size)} is above the ${megabytes(maxBytes)} limit${limitName ? ` (${limitName})` : ''}; not read`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new FileProblem(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** Whether `file` itself exists as a symbolic link (its target may not). */
function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Reads a UTF-8 text file, declining binary and oversized files with a clear reason. */
export function readText(file: string, maxBytes = MAX_BYTES): string {
  const buf = readRegularFile(file, maxBytes, 'raise it with --max-size MB');
  if (!buf) throw new FileProblem(`${file}: no such file`);
  if (buf.includes(0)) throw new FileProblem(`${file}: looks binary (contains NUL bytes); not analysed`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

export function sidecarLocation(file: string, outDir?: string): string {
  const name = `${path.basename(file)}.annotations.json`;
  return outDir ? path.join(outDir, name) : path.join(path.dirname(file), name);
}
