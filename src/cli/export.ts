/**
 * `news-annotator export --format F [--out-dir DIR] [--sidecar-dir DIR] FILE|DIR...`: writes each
 * text's annotations in an export format, from its sidecar, into --out-dir (default: beside the
 * text). The sidecar is read from --sidecar-dir when given, else beside the text (where `analyze`
 * writes it), else from --out-dir (where `analyze --out-dir` with the same folder put it). Does
 * not analyse: a missing or stale sidecar is a failure with a message saying to run `analyze` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSidecar, textSha256 } from '../core/annotations/sidecar';
import { exportAnnotations, ExportError, type ExportFormat } from '../core/annotations/exporters';
import { expandInputs, FileProblem, MAX_SIDECAR_BYTES, readRegularFile, readText, sidecarLocation } from './files';
import { writeFileAtomic } from './fs-atomic';

/** Exit code 0 when every file was exported, 1 otherwise. Prints one line per written file. */
export function runExport(files: string[], format: ExportFormat, outDir: string | undefined, out: NodeJS.WritableStream, err: NodeJS.WritableStream, sidecarDir?: string): number {
  const warn = (m: string): void => void err.write(`news-annotator: ${m}\n`);
  let inputs: string[];
  try {
    inputs = expandInputs(files);
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    err.write(`news-annotator: ${e.message}\n`);
    return 1;
  }
  let failed = 0;
  for (const file of inputs) {
    try {
      for (const written of exportFile(file, format, outDir, findSidecar(file, outDir, sidecarDir), warn)) out.write(`wrote ${written}\n`);
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      failed++;
      err.write(`news-annotator: ${e.message}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** Where a text's sidecar is: the first of --sidecar-dir, beside the text, --out-dir that holds one. */
function findSidecar(file: string, outDir: string | undefined, sidecarDir: string | undefined): string[] {
  if (sidecarDir) return [sidecarLocation(file, sidecarDir)];
  return [sidecarLocation(file), ...(outDir ? [sidecarLocation(file, outDir)] : [])];
}

/** Exports one text; returns the paths written. Throws `FileProblem` with a message for the user. */
function exportFile(file: string, format: ExportFormat, outDir: string | undefined, sidecars: string[], warn: (m: string) => void): string[] {
  const text = readText(file);
  let sidecarPath = sidecars[0];
  let bytes: Buffer | undefined;
  for (const candidate of sidecars) {
    sidecarPath = candidate;
    bytes = readRegularFile(candidate, MAX_SIDECAR_BYTES);
    if (bytes) break;
  }
  if (!bytes) throw new FileProblem(`${file}: no annotations in ${sidecars.join(' or ')} (run "news-annotator analyze" first)`);
  const json = bytes.toString('utf8');
  const parsed = parseSidecar(json);
  if (!parsed.ok) throw new FileProblem(`${sidecarPath}: ${parsed.problem}`);
  if (parsed.sidecar.document.sha256 !== textSha256(text)) {
    throw new FileProblem(`${file}: sidecar is out of date; run analyze first (the text changed since ${path.basename(sidecarPath)} was written)`);
  }
  let exported;
  try {
    exported = exportAnnotations(format, text, parsed.sidecar, path.basename(file));
  } catch (e) {
    if (e instanceof ExportError) throw new FileProblem(`${file}: ${e.message}`);
    throw e;
  }
  const dir = outDir ?? path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const f of exported) {
    const target = path.join(dir, f.name);
    // brat's copy of the text, exported beside the text itself: the text is already there
    // (never rewritten; offsets count from after a byte order mark, which brat would count).
    if (path.resolve(target) === path.resolve(file)) {
      if (fs.readFileSync(file, 'utf8') !== f.content) warn(`${file}: starts with a byte order mark, which brat counts as a character; use --out-dir for a copy without it`);
      continue;
    }
    try {
      writeFileAtomic(target, f.content);
    } catch (e) {
      throw new FileProblem(`${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    written.push(target);
  }
  return written;
}
