// The CLI on a corpus: 1,000 generated articles analysed by `dist/cli.js analyze` (sidecars
// written to a scratch folder), once on one thread and once with its worker threads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateText, type SourceTexts } from './corpus';

export interface CliRun {
  threads: string;
  ms: number;
  articlesPerS: number;
  mbPerS: number;
  ok: boolean;
}

export interface CliCorpusResult {
  articles: number;
  bytes: number;
  runs: CliRun[];
}

/** `count` articles of 2-8 KB (each its own shuffle of the source paragraphs). */
function writeCorpus(src: SourceTexts, dir: string, count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generateText(src, 2_000 + ((i * 7_919) % 6_000), 1_000 + i);
    fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function runCli(root: string, corpus: string, outDir: string, env: NodeJS.ProcessEnv): { ms: number; ok: boolean } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', '--quiet', '--reference-date', '2020-01-08', '--out-dir', outDir, corpus], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  // Exit 0: all analysed (1 would mean a file could not be read or its sidecar is unreadable).
  return { ms, ok: r.status === 0 && fs.readdirSync(outDir).length > 0 };
}

export function cliCorpus(root: string, src: SourceTexts, count = 1_000): CliCorpusResult | null {
  if (!fs.existsSync(path.join(root, 'dist/cli.js'))) return null;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-bench-'));
  try {
    const corpus = path.join(scratch, 'articles');
    fs.mkdirSync(corpus);
    const bytes = writeCorpus(src, corpus, count);
    const runs: CliRun[] = [];
    for (const [threads, env] of [['1 thread', { NEWS_ANNOTATOR_WORKERS: '0' }], [`worker threads (${os.availableParallelism()} cores)`, {}]] as const) {
      const outDir = path.join(scratch, `out-${runs.length}`);
      fs.mkdirSync(outDir);
      const { ms, ok } = runCli(root, corpus, outDir, env);
      runs.push({ threads, ms, articlesPerS: count / (ms / 1000), mbPerS: bytes / 1e6 / (ms / 1000), ok });
    }
    return { articles: count, bytes, runs };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
