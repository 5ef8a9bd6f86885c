// The corpus figures of issue 18: the same generated articles (bench/kb-articles.ts) annotated
// by `analyze --jsonl` (one process, a worker thread per core) and by the per-file CLI (one
// sidecar per article), with the bytes per article of each output form.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { builtinKb } from '../src/core/kb/builtin';
import { kbArticles } from './kb-articles';

export interface CorpusRun {
  ms: number;
  articlesPerS: number;
  ok: boolean;
}

export interface CorpusScaleResult {
  articles: number;
  inputBytes: number;
  cores: number;
  jsonl: CorpusRun;
  jsonlCompact: CorpusRun;
  sidecars: CorpusRun;
  sidecarsNoFsync: CorpusRun;
  bytesPerArticle: { jsonl: number; jsonlCompact: number; jsonlCompactGzip: number; sidecar: number; sidecarCompact: number };
}

function timed(root: string, args: string[], out: string | undefined): CorpusRun & { count: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', ...args], { stdio: ['ignore', out ? fs.openSync(out, 'w') : 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const ms = performance.now() - t0;
  return { ms, articlesPerS: 0, ok: r.status === 0, count: 0 };
}

const rate = (count: number, r: { ms: number; ok: boolean }): CorpusRun => ({ ms: r.ms, ok: r.ok, articlesPerS: count / (r.ms / 1000) });

/** Total size of the files in `dir` (one level). */
const folderBytes = (dir: string): number => fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);

export function corpusScale(root: string, count = 5_000): CorpusScaleResult | null {
  if (!fs.existsSync(path.join(root, 'dist/cli.js'))) return null;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-scale-'));
  try {
    const articles = kbArticles(builtinKb(), count);
    const jsonlIn = path.join(scratch, 'in.jsonl');
    fs.writeFileSync(jsonlIn, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const texts = path.join(scratch, 'texts');
    fs.mkdirSync(texts);
    for (const a of articles) fs.writeFileSync(path.join(texts, `${a.id}.txt`), a.text);
    const inputBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);

    const full = path.join(scratch, 'out.jsonl');
    const compact = path.join(scratch, 'out.compact.jsonl');
    const jsonl = rate(count, timed(root, ['--jsonl', '--quiet', '--in', jsonlIn, '--out', full], undefined));
    const jsonlCompact = rate(count, timed(root, ['--jsonl', '--quiet', '--compact', '--in', jsonlIn, '--out', compact], undefined));
    const sidecarsDir = path.join(scratch, 'sidecars');
    const noFsyncDir = path.join(scratch, 'sidecars-no-fsync');
    const compactDir = path.join(scratch, 'sidecars-compact');
    for (const d of [sidecarsDir, noFsyncDir, compactDir]) fs.mkdirSync(d);
    const sidecars = rate(count, timed(root, ['--quiet', '--out-dir', sidecarsDir, texts], undefined));
    const sidecarsNoFsync = rate(count, timed(root, ['--quiet', '--no-fsync', '--out-dir', noFsyncDir, texts], undefined));
    timed(root, ['--quiet', '--compact', '--no-fsync', '--out-dir', compactDir, texts], undefined);
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : NaN);
    return {
      articles: count,
      inputBytes,
      cores: os.availableParallelism(),
      jsonl,
      jsonlCompact,
      sidecars,
      sidecarsNoFsync,
      bytesPerArticle: {
        jsonl: size(full) / count,
        jsonlCompact: size(compact) / count,
        jsonlCompactGzip: fs.existsSync(compact) ? zlib.gzipSync(fs.readFileSync(compact)).length / count : NaN,
        sidecar: folderBytes(sidecarsDir) / count,
        sidecarCompact: folderBytes(compactDir) / count,
      },
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 1000);
  process.stdout.write(`${JSON.stringify(corpusScale(path.resolve(__dirname, '..'), n), null, 2)}\n`);
}
