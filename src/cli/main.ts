import fs from 'node:fs';
import path from 'node:path';
import { Analyzer } from '../core/analyzer';
import { AnnotatedDocument, SidecarProblem } from '../core/annotated-document';
import { cliAnalyzer, DataFileUnreadable } from './builtin-analyzer';
import { serializeSidecar } from '../core/annotations/sidecar';
import { COMMAND_USAGE, parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { analyzeInWorkers, startProgress, useWorkers, workerMain } from './parallel';
import { expandInputs, FileProblem, MAX_SIDECAR_BYTES, readRegularFile, readText, sidecarLocation } from './files';
import { rewriteText } from './fs-atomic';
import { SidecarWriter } from './sidecar-writer';
import { compactSidecar } from '../core/annotations/compact';
import { formatFixes, formatReport, lineColIn, RunSummary, summarizeFile, type FileSummary } from './report';
import { runExport } from './export';
import { runJsonl } from './jsonl';
import { jsonlWorkerMain } from './jsonl-pool';
import { FORMATS, isExportFormat, type ExportFormat } from '../core/annotations/exporters/index';

/** Exit codes: 0 success, 1 a file could not be read or written, 2 bad usage or nothing to do. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (argv[0] === '--version') {
    out.write('news-annotator 0.1.0\n');
    return 0;
  }
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (!Object.hasOwn(COMMAND_USAGE, args.command)) throw new UsageError(`unknown command "${args.command}"`);
    if (args.help) {
      out.write(`usage: ${COMMAND_USAGE[args.command]}\n`);
      return 0;
    }
    if (args.command === 'export' && !isExportFormat(args.format)) throw new UsageError(`export: --format must be one of ${Object.keys(FORMATS).join(', ')}`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`news-annotator: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.jsonl) return runJsonl(args, input, out, err);
  if (args.command === 'export') return runExport(args.files, args.format as ExportFormat, args.outDir, out, err, args.sidecarDir);
  const started = Date.now();
  let files: string[];
  try {
    files = expandInputs(args.files);
  } catch (e) {
    err.write(`news-annotator: ${(e as Error).message}\n`);
    return 1;
  }
  if (!files.length) {
    err.write(`news-annotator: nothing to do: no .txt files in ${args.files.join(', ')}\n`);
    return 2;
  }
  if (args.outDir) fs.mkdirSync(args.outDir, { recursive: true });
  // Two texts of one name in different folders would share one sidecar in --out-dir: the second is refused.
  const clashing = sidecarClashes(files, args.outDir);
  files = files.filter((f) => !clashing.has(f));
  const progress = files.length > 1 ? startProgress(files.length, err) : undefined;
  const run = new RunSummary();
  const summaries: FileSummary[] = [];
  const problems: string[] = [];
  const onResult = (r: FileResult) => {
    progress?.increment();
    if (r.problem) {
      run.failed++;
      problems.push(r.problem);
      err.write(`${progress ? '\n' : ''}news-annotator: ${r.problem}\n`);
      return;
    }
    run.add(r.summary!);
    if (args.json) summaries.push(r.summary!);
    else if (!args.quiet) out.write(`${args.command === 'fix' ? formatFixes(r.summary!) : formatReport(r.summary!)}\n\n`);
  };
  for (const [file, first] of clashing) onResult({ file, problem: `${file}: its sidecar in ${args.outDir} would be the one of ${first}; not analysed (run the folders separately)` });
  if (useWorkers(files.length)) await analyzeInWorkers(files, argv, onResult, (problem) => onResult({ file: '', problem }));
  else {
    const analyzer = cliAnalyzer();
    const writer = new SidecarWriter(!args.noFsync);
    for (const file of files) onResult(analyzeOne(analyzer, file, args, writer));
    for (const problem of await writer.sync()) onResult({ file: '', problem });
  }
  progress?.stop();
  const ms = Date.now() - started;
  if (args.json) out.write(`${JSON.stringify({ files: summaries, problems, summary: run.toJSON(ms) }, null, 2)}\n`);
  else if (!args.quiet) out.write(`${run.line(args.command, ms)}\n`);
  return run.failed ? 1 : 0;
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
  summary?: FileSummary;
  /** One line naming the file and what is wrong with it. */
  problem?: string;
}

/** Analyses one file; a file or sidecar that cannot be used is a result, not an exception. */
export function analyzeOne(analyzer: Analyzer, file: string, args: CliArgs, writer: SidecarWriter): FileResult {
  try {
    return { file, summary: processFile(analyzer, file, args, writer) };
  } catch (e) {
    // A file system error on one file (EACCES, EISDIR, ENAMETOOLONG...) is that file's problem.
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { file, problem: `${file}: ${(e as Error).message}` };
    if (!(e instanceof FileProblem) && !(e instanceof SidecarProblem)) throw e;
    return { file, problem: e instanceof SidecarProblem ? `${sidecarLocation(file, args.outDir)}: ${e.message}; left untouched` : e.message };
  }
}

function processFile(analyzer: Analyzer, file: string, args: CliArgs, writer: SidecarWriter): FileSummary {
  const text = readText(file, args.maxBytes);
  const doc = new AnnotatedDocument(analyzer, text, path.basename(file));
  const sidecarPath = sidecarLocation(file, args.outDir);
  const existing = readRegularFile(sidecarPath, MAX_SIDECAR_BYTES)?.toString('utf8');
  const load = existing !== undefined ? doc.restore(existing) : {};
  if (args.referenceDate) doc.setReferenceDate(args.referenceDate);
  doc.analyze();
  let fixed: FileSummary['fixed'];
  if (args.command === 'fix') {
    fixed = fixAndDescribe(doc, file, args.minConfidence);
    try {
      if (rewriteText(file, text, doc.text)) doc.analyze();
    } catch (e) {
      throw new FileProblem((e as Error).message);
    }
  }
  writer.write(sidecarPath, args.compact ? JSON.stringify(compactSidecar(doc.toSidecar())) : serializeSidecar(doc.toSidecar()));
  return { ...summarizeFile(file, doc, sidecarPath, load), ...(fixed ? { fixed } : {}) };
}

/** Applies the likely corrections and says what changed, located in the text as it was. */
function fixAndDescribe(doc: AnnotatedDocument, file: string, minConfidence?: number): NonNullable<FileSummary['fixed']> {
  const before = doc.text;
  const byStart = new Map(doc.annotations.filter((a) => a.correction).map((a) => [a.start, a]));
  const changes = doc.correctAll(minConfidence);
  return changes
    .map((c) => ({ c, a: byStart.get(c.start) }))
    .sort((x, y) => x.c.start - y.c.start)
    .map(({ c, a }) => ({ at: `${file}:${lineColIn(before, c.start)}`, from: before.slice(c.start, c.end), to: c.text, kind: a?.correction?.kind ?? 'correction' }));
}

if (workerMain(analyzeOne) || jsonlWorkerMain()) {
  // This thread is one of analyzeInWorkers' workers (it has done its share) or a --jsonl worker.
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(e instanceof DataFileUnreadable ? `${e.message}\n` : `news-annotator: internal error: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
