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
import { writeFileAtomic } from '../src/cli/fs-atomic';
import { SidecarWriter } from '../src/cli/sidecar-writer';

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
  /** Writing the sidecars alone (the per-file run's files again, in a fresh folder), ms per file. */
  writeMsPerSidecar: { fsyncEach: number; batch: number; none: number };
  bytesPerArticle: { jsonl: number; jsonlCompact: number; jsonlCompactGzip: number; sidecar: number; sidecarCompact: number };
}

/** `dist/cli.js analyze ARGS` in a fresh process: its wall time and whether it exited 0. */
function runCli(root: string, count: number, args: string[]): CorpusRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', '--quiet', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  return { ms, ok: r.status === 0, articlesPerS: count / (ms / 1000) };
}

/**
 * The write step alone, on the sidecars the per-file run wrote: each one again into a fresh
 * folder, atomically, flushed one by one (the CLI before issue 18), in one batch at the end (now),
 * or not at all (--no-fsync). Apart from the analysis, so that the machine's load blurs it less.
 */
async function timeSidecarWrites(from: string, scratch: string): Promise<{ fsyncEach: number; batch: number; none: number }> {
  const names = fs.readdirSync(from);
  const contents = names.map((n) => fs.readFileSync(path.join(from, n), 'utf8'));
  const round = async (name: string, write: (file: string, content: string) => void, end: () => Promise<unknown>): Promise<number> => {
    const dir = path.join(scratch, `write-${name}`);
    fs.mkdirSync(dir);
    const t0 = performance.now();
    names.forEach((n, i) => write(path.join(dir, n), contents[i]));
    await end();
    return (performance.now() - t0) / names.length;
  };
  const fsyncEach = await round('each', (f, c) => writeFileAtomic(f, c), async () => {});
  const batchWriter = new SidecarWriter(true);
  const batch = await round('batch', (f, c) => batchWriter.write(f, c), () => batchWriter.sync());
  const noneWriter = new SidecarWriter(false);
  const none = await round('none', (f, c) => noneWriter.write(f, c), async () => {});
  return { fsyncEach, batch, none };
}

/** Total size of the sidecars in `dir` (one level). */
const folderBytes = (dir: string): number => fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);

export async function corpusScale(root: string, count = 5_000): Promise<CorpusScaleResult | null> {
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
    const jsonl = runCli(root, count, ['--jsonl', '--in', jsonlIn, '--out', full]);
    const jsonlCompact = runCli(root, count, ['--jsonl', '--compact', '--in', jsonlIn, '--out', compact]);
    const sidecarsDir = path.join(scratch, 'sidecars');
    const noFsyncDir = path.join(scratch, 'sidecars-no-fsync');
    for (const d of [sidecarsDir, noFsyncDir]) fs.mkdirSync(d);
    // The per-file CLI on the same texts (each with its sidecar), flushed in one batch, then not at all.
    const sidecars = runCli(root, count, ['--out-dir', sidecarsDir, texts]);
    const sidecarsNoFsync = runCli(root, count, ['--no-fsync', '--out-dir', noFsyncDir, texts]);
    const writeMsPerSidecar = await timeSidecarWrites(sidecarsDir, scratch);
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : NaN);
    const compactLines = fs.existsSync(compact) ? fs.readFileSync(compact) : Buffer.alloc(0);
    return {
      articles: count,
      inputBytes,
      cores: os.availableParallelism(),
      jsonl,
      jsonlCompact,
      sidecars,
      sidecarsNoFsync,
      writeMsPerSidecar,
      bytesPerArticle: {
        jsonl: size(full) / count,
        jsonlCompact: compactLines.length / count,
        jsonlCompactGzip: zlib.gzipSync(compactLines).length / count,
        sidecar: folderBytes(sidecarsDir) / count,
        // A compact sidecar is its compact line without `"id":"...",` (and the line break).
        sidecarCompact: (compactLines.length - articles.reduce((s, a) => s + JSON.stringify(a.id).length + 6, 0)) / count,
      },
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
