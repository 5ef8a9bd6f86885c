import fs from 'node:fs';
import path from 'node:path';
import { Analyzer } from '../core/analyzer';
import { AnnotatedDocument, SidecarProblem } from '../core/annotated-document';
import { createBuiltinAnalyzer } from '../core/kb/builtin';
import { serializeSidecar } from '../core/annotations/sidecar';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { analyzeInWorkers, startProgress, useWorkers, workerMain } from './parallel';
import { expandInputs, FileProblem, MAX_SIDECAR_BYTES, readRegularFile, readText, sidecarLocation } from './files';
import { rewriteText, writeFileAtomic } from './fs-atomic';
import { formatReport } from './report';
import { runExport } from './export';
import { FORMATS, isExportFormat, type ExportFormat } from '../core/annotations/exporters/index';

/** Exit codes: 0 success, 1 a file could not be read or written, 2 bad usage. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (argv[0] === '--version') {
    out.write('news-annotator 0.1.0\n');
    return 0;
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
    if (!['analyze', 'fix', 'export'].includes(args.command)) throw new UsageError(`unknown command "${args.command}"`);
    if (args.command === 'export' && !isExportFormat(args.format)) throw new UsageError(`export: --format must be one of ${Object.keys(FORMATS).join(', ')}`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`news-annotator: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'export') return runExport(args.files, args.format as ExportFormat, args.outDir, out, err);
  let files: string[];
  try {
    files = expandInputs(args.files);
  } catch (e) {
    err.write(`news-annotator: ${(e as Error).message}\n`);
    return 1;
  }
  if (args.outDir) fs.mkdirSync(args.outDir, { recursive: true });
  // Two texts of one name in different folders would share one sidecar in --out-dir: the second is refused.
  const clashing = sidecarClashes(files, args.outDir);
  files = files.filter((f) => !clashing.has(f));
  const progress = files.length > 1 ? startProgress(files.length, err) : undefined;
  let failed = 0;
  const onResult = (r: FileResult) => {
    progress?.increment();
    if (r.problem) {
      failed++;
      err.write(`${progress ? '\n' : ''}news-annotator: ${r.problem}\n`);
    } else if (!args.quiet) out.write(`${r.report}\n\n`);
  };
  for (const [file, first] of clashing) onResult({ file, problem: `${file}: its sidecar in ${args.outDir} would be the one of ${first}; not analysed (run the folders separately)` });
  if (useWorkers(files.length)) await analyzeInWorkers(files, argv, onResult);
  else {
    const analyzer = createBuiltinAnalyzer();
    for (const file of files) onResult(analyzeOne(analyzer, file, args));
  }
  progress?.stop();
  const total = files.length + clashing.size;
  if (!args.quiet) out.write(`${total - failed} of ${total} file(s) analysed\n`);
  return failed ? 1 : 0;
}

/** Texts whose sidecar in `outDir` another text of the list already takes (file -> that first text). */
function sidecarClashes(files: string[], outDir?: string): Map<string, string> {
  const clashing = new Map<string, string>();
  if (!outDir) return clashing;
  const first = new Map<string, string>();
  for (const f of files) {
    const at = sidecarLocation(f, outDir);
    const taken = first.get(at);
    if (taken) clashing.set(f, taken);
    else first.set(at, f);
  }
  return clashing;
}

export interface FileResult {
  file: string;
  report?: string;
  /** One line naming the file and what is wrong with it. */
  problem?: string;
}

/** Analyses one file; a file or sidecar that cannot be used is a result, not an exception. */
export function analyzeOne(analyzer: Analyzer, file: string, args: CliArgs): FileResult {
  try {
    return { file, report: processFile(analyzer, file, args) };
  } catch (e) {
    // A file system error on one file (EACCES, EISDIR, ENAMETOOLONG...) is that file's problem.
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { file, problem: `${file}: ${(e as Error).message}` };
    if (!(e instanceof FileProblem) && !(e instanceof SidecarProblem)) throw e;
    return { file, problem: e instanceof SidecarProblem ? `${sidecarLocation(file, args.outDir)}: ${e.message}; left untouched` : e.message };
  }
}

function processFile(analyzer: Analyzer, file: string, args: CliArgs & { minConfidence?: number }): string {
  const text = readText(file);
  const doc = new AnnotatedDocument(analyzer, text, path.basename(file));
  const sidecarPath = sidecarLocation(file, args.outDir);
  const existing = readRegularFile(sidecarPath, MAX_SIDECAR_BYTES)?.toString('utf8');
  const load = existing !== undefined ? doc.restore(existing) : {};
  if (args.referenceDate) doc.setReferenceDate(args.referenceDate);
  doc.analyze();
  if (args.command === 'fix') {
    doc.correctAll(args.minConfidence);
    try {
      if (rewriteText(file, text, doc.text)) doc.analyze();
    } catch (e) {
      throw new FileProblem((e as Error).message);
    }
  }
  writeFileAtomic(sidecarPath, serializeSidecar(doc.toSidecar()));
  return formatReport(file, doc, sidecarPath, load);
}

if (workerMain(analyzeOne)) {
  // This thread is one of analyzeInWorkers' workers: it has done its share.
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`news-annotator: internal error: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
