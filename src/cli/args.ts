/** Parsed command line. */
export interface CliArgs {
  command: string;
  files: string[];
  referenceDate?: string;
  outDir?: string;
  /** export: where the sidecars are, when not beside the texts. */
  sidecarDir?: string;
  format?: string;
  minConfidence?: number;
  /** Texts larger than this many bytes are declined (--max-size, in MB). */
  maxBytes?: number;
  /** analyze --jsonl: JSON Lines in (stdin or --in), JSON Lines out (stdout or --out). */
  jsonl: boolean;
  /** --jsonl: the input file (.jsonl or .jsonl.gz); standard input when absent. */
  inFile?: string;
  /** --jsonl: the output file (.jsonl or .jsonl.gz); standard output when absent. */
  outFile?: string;
  /** Leave out what only the editor needs (quote context, reasons); sidecars minified. */
  compact: boolean;
  /** Sidecars: no fsync at all (still written to a temporary file and renamed). */
  noFsync: boolean;
  /** --jsonl: worker threads (default: one per core; 0 analyses on the main thread). */
  threads?: number;
  /** The command's help was asked for: print it, nothing else. */
  help: boolean;
  json: boolean;
  quiet: boolean;
}

export class UsageError extends Error {}

/** What each command takes, as `news-annotator COMMAND --help` prints it. */
export const COMMAND_USAGE: Record<string, string> = {
  analyze: `news-annotator analyze [--reference-date YYYY-MM-DD] [--out-dir DIR] [--max-size MB] [--compact] [--no-fsync] [--json] [--quiet] FILE|DIR...
       news-annotator analyze --jsonl [--in FILE.jsonl[.gz]] [--out FILE.jsonl[.gz]] [--reference-date YYYY-MM-DD] [--compact] [--threads N] [--max-size MB]
  Annotates each text (a folder: its *.txt files), writes its sidecar X.txt.annotations.json beside
  it (or in --out-dir) and prints a report per file and a summary.
  With --jsonl: reads one article a line, {"id", "text", "referenceDate"?}, and writes one line a
  article in input order, {"id", ...the sidecar's fields} or {"id", "error"}; exit 1 if any failed.
    --reference-date D  resolve relative dates against D (default: found in each text)
    --out-dir DIR       write the sidecars there
    --max-size MB       decline texts larger than MB megabytes (default 5)
    --compact           leave out quote context (prefix, suffix) and reasons; sidecars minified
    --no-fsync          do not flush sidecars to disk (still atomic: temporary file, then rename)
    --json              print one JSON document (files and summary) instead of the report
    --quiet             print only problems
    --jsonl             stream JSON Lines: standard input to standard output
    --in FILE           --jsonl: read FILE instead (gzip when it ends in .gz)
    --out FILE          --jsonl: write FILE instead (gzip when it ends in .gz), complete or not at all
    --threads N         --jsonl: worker threads (default: one per core)`,
  fix: `news-annotator fix [--min-confidence N] [--out-dir DIR] [--max-size MB] FILE|DIR...
  Applies every likely correction in place (confidence >= N, default 0.7), writes the sidecar,
  and prints each change as FILE:LINE:COL  from -> to.`,
  export: `news-annotator export --format brat|conll|jsonl|w3c|labelstudio [--out-dir DIR] [--sidecar-dir DIR] FILE|DIR...
  Writes each text's annotations in an export format into --out-dir (default: beside the text),
  from its sidecar: in --sidecar-dir when given, else beside the text, else in --out-dir.`,
};

export const USAGE = `usage: ${COMMAND_USAGE.analyze.split('\n')[0]}
${COMMAND_USAGE.analyze.split('\n')[1]}
       ${COMMAND_USAGE.fix.split('\n')[0]}
       ${COMMAND_USAGE.export.split('\n')[0]}
       news-annotator COMMAND --help | --help | --version
exit codes: 0 success, 1 a file (or a --jsonl line) could not be read, analysed or written, 2 bad usage or nothing to do`;

const VALUE_OPTIONS = new Set(['--reference-date', '--out-dir', '--sidecar-dir', '--format', '--min-confidence', '--max-size', '--in', '--out', '--threads']);

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  const out: CliArgs = { command, files: [], help: false, json: false, quiet: false, jsonl: false, compact: false, noFsync: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUE_OPTIONS.has(flag)) {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      setOption(out, flag, v);
    } else if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--json') out.json = true;
    else if (flag === '--quiet') out.quiet = true;
    else if (flag === '--jsonl') out.jsonl = true;
    else if (flag === '--compact') out.compact = true;
    else if (flag === '--no-fsync') out.noFsync = true;
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else out.files.push(a);
  }
  if (out.jsonl) checkJsonlArgs(out);
  else if (out.inFile || out.outFile || out.threads !== undefined) throw new UsageError('--in, --out and --threads go with --jsonl');
  else if (!out.files.length && !out.help) throw new UsageError(`${command}: no files given`);
  return out;
}

/** --jsonl reads a stream, not files: the options that name files or reports do not apply. */
function checkJsonlArgs(out: CliArgs): void {
  if (out.command !== 'analyze') throw new UsageError('--jsonl goes with analyze');
  if (out.files.length) throw new UsageError(`--jsonl reads standard input or --in FILE, not files (got ${out.files[0]})`);
  if (out.outDir || out.json || out.noFsync) throw new UsageError('--out-dir, --json and --no-fsync do not go with --jsonl (use --out FILE)');
}

function setOption(out: CliArgs, flag: string, v: string): void {
  if (flag === '--reference-date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new UsageError(`--reference-date must be YYYY-MM-DD, got "${v}"`);
    out.referenceDate = v;
  } else if (flag === '--out-dir') out.outDir = v;
  else if (flag === '--sidecar-dir') out.sidecarDir = v;
  else if (flag === '--format') out.format = v;
  else if (flag === '--min-confidence') {
    const n = Number(v);
    if (!(n >= 0 && n <= 1)) throw new UsageError(`--min-confidence must be between 0 and 1, got "${v}"`);
    out.minConfidence = n;
  } else if (flag === '--max-size') {
    const mb = Number(v);
    if (!(mb > 0)) throw new UsageError(`--max-size must be a positive number of megabytes, got "${v}"`);
    out.maxBytes = Math.round(mb * 1024 * 1024);
  } else if (flag === '--in') out.inFile = v;
  else if (flag === '--out') out.outFile = v;
  else if (flag === '--threads') {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError(`--threads must be a whole number from 0 to 256, got "${v}"`);
    out.threads = n;
  }
}
