/** Parsed command line. */
export interface CliArgs {
  command: string;
  files: string[];
  referenceDate?: string;
  outDir?: string;
  format?: string;
  json: boolean;
  quiet: boolean;
}

export class UsageError extends Error {}

export const USAGE = `usage: news-annotator analyze [--reference-date YYYY-MM-DD] [--out-dir DIR] [--json] [--quiet] FILE|DIR...
       news-annotator fix [--min-confidence N] FILE...        apply every likely correction in place
       news-annotator export --format brat|conll|jsonl|w3c|labelstudio [--out-dir DIR] FILE|DIR...
       news-annotator --help | --version`;

const VALUE_OPTIONS = new Set(['--reference-date', '--out-dir', '--format', '--min-confidence']);

export function parseArgs(argv: string[]): CliArgs & { minConfidence?: number } {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  const out: CliArgs & { minConfidence?: number } = { command, files: [], json: false, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUE_OPTIONS.has(flag)) {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      setOption(out, flag, v);
    } else if (flag === '--json') out.json = true;
    else if (flag === '--quiet') out.quiet = true;
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else out.files.push(a);
  }
  if (!out.files.length) throw new UsageError(`${command}: no files given`);
  return out;
}

function setOption(out: CliArgs & { minConfidence?: number }, flag: string, v: string): void {
  if (flag === '--reference-date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new UsageError(`--reference-date must be YYYY-MM-DD, got "${v}"`);
    out.referenceDate = v;
  } else if (flag === '--out-dir') out.outDir = v;
  else if (flag === '--format') out.format = v;
  else if (flag === '--min-confidence') {
    const n = Number(v);
    if (!(n >= 0 && n <= 1)) throw new UsageError(`--min-confidence must be between 0 and 1, got "${v}"`);
    out.minConfidence = n;
  }
}
