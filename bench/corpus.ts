import fs from 'node:fs';
import path from 'node:path';

/** Repository root: dist/bench.js lives in <root>/dist, bench/*.ts in <root>/bench. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'seeds'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** mulberry32: small, fast, seeded PRNG so every run generates the same text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SourceTexts {
  seed: string;
  seedFile: string;
  articles: { file: string; text: string }[];
  paragraphs: string[];
}

const norm = (t: string) => t.replace(/\r\n?/g, '\n');

export function loadSources(root = repoRoot()): SourceTexts {
  const seedDir = path.join(root, 'seeds');
  const artDir = path.join(root, 'test/fixtures/articles');
  const list = (dir: string) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f)) : [];
  const seedFiles = list(seedDir);
  const files = [...seedFiles, ...list(artDir)];
  if (files.length === 0) throw new Error(`no .txt sources under ${seedDir} or ${artDir}`);
  const articles = files.map((file) => ({ file, text: norm(fs.readFileSync(file, 'utf8')) }));
  const paragraphs = articles.flatMap((a) =>
    a.text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
  );
  return { seed: articles[0].text, seedFile: seedFiles[0] ?? files[0], articles, paragraphs };
}

/**
 * News-like text of about `bytes` UTF-8 bytes: the source paragraphs, shuffled with a seeded
 * PRNG (reshuffled each time the pool is used up) and joined with blank lines. Same (bytes, seed)
 * -> same text.
 */
export function generateText(src: SourceTexts, bytes: number, seed = 20200108): string {
  const rnd = prng(seed ^ bytes);
  const parts: string[] = [];
  let size = 0;
  let pool: string[] = [];
  while (size < bytes) {
    if (pool.length === 0) {
      pool = src.paragraphs.slice();
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
    }
    const p = pool.pop()!;
    parts.push(p);
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  let text = parts.join('\n\n') + '\n';
  // Trim to the exact size on a character boundary (ASCII-dominant text: cheap and close enough).
  while (Buffer.byteLength(text, 'utf8') > bytes) text = text.slice(0, text.length - Math.max(1, Buffer.byteLength(text, 'utf8') - bytes));
  return text;
}

export const KB = 1000;
export const MB = 1000 * 1000;
