// Benchmark of the tree-sitter-newstext grammar in web-tree-sitter (the runtime the extension
// uses). Run: npm run bench:tree-sitter [-- --edits=200] [--runs=20] [--json]
//
// Measures: Parser.init + Language.load (fresh process each time), full parse of the seed, full
// parse of 1 MB of news text (seed + test/fixtures/articles/*.txt repeated), and re-parse after a
// one-character edit in that 1 MB (tree.edit + parse(text, oldTree) + getChangedRanges; p50/p95
// over random edits). Targets: seed <= 2 ms, 1 MB <= 100 ms, edit p95 <= 5 ms, init+load <= 30 ms.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { pointAt } from '../src/core/structure/tree-sitter.ts';
import { median, percentile } from './stats.ts';
import { prng } from './corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const wtsDir = path.dirname(require.resolve('web-tree-sitter'));
const runtimeWasm = path.join(wtsDir, 'tree-sitter.wasm');
const languageWasm = path.join(root, 'tree-sitter-newstext', 'tree-sitter-newstext.wasm');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.slice(name.length + 3)) : dflt;
};

async function load() {
  const { Parser, Language } = await import('web-tree-sitter');
  const t0 = performance.now();
  await Parser.init({ wasmBinary: fs.readFileSync(runtimeWasm) });
  const t1 = performance.now();
  const language = await Language.load(fs.readFileSync(languageWasm));
  const t2 = performance.now();
  const parser = new Parser();
  parser.setLanguage(language);
  return { Parser, parser, init: t1 - t0, load: t2 - t1 };
}

// Child mode: one cold Parser.init + Language.load.
if (argv.includes('--init-child')) {
  await import('web-tree-sitter'); // module loading is not the parser's (and runs through tsx here)
  const t0 = performance.now();
  const { init, load: ld, parser } = await load();
  const tree = parser.parse('Headline\n\nA first sentence. A second one.\n');
  const total = performance.now() - t0;
  tree.delete();
  process.stdout.write(JSON.stringify({ init, load: ld, total }) + '\n');
  process.exit(0);
}

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const quantile = (xs: number[], q: number) => percentile(xs, q * 100);

const seed = fs.readFileSync(path.join(root, 'seeds', '000_5427bc860031b65b.txt'), 'utf8');
const articlesDir = path.join(root, 'test', 'fixtures', 'articles');
const articles = fs
  .readdirSync(articlesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(articlesDir, f), 'utf8'));
const MB = 1024 * 1024;
const parts = [];
let size = 0;
for (let i = 0; size < MB; i++) {
  const a = i === 0 ? seed : articles[(i - 1) % articles.length];
  const piece = a.endsWith('\n') ? a + '\n' : a + '\n\n';
  parts.push(piece);
  size += piece.length;
}
const big = parts.join('').slice(0, MB);

const runs = opt('runs', 20);
const edits = opt('edits', 200);
const rows = [];
const log = (m) => process.stderr.write(`[tree-sitter-bench] ${m}\n`);

// 1. Cold init + load, each in a fresh process.
log('cold Parser.init + Language.load (5 fresh processes)');
const cold = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--init-child'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  cold.push(JSON.parse(r.stdout.trim().split('\n').pop()));
}
rows.push(['Parser.init (cold)', median(cold.map((c) => c.init)), quantile(cold.map((c) => c.init), 0.95), '']);
rows.push(['Language.load (cold)', median(cold.map((c) => c.load)), quantile(cold.map((c) => c.load), 0.95), '']);
rows.push(['init + load + first parse', median(cold.map((c) => c.total)), quantile(cold.map((c) => c.total), 0.95), '<= 30']);

const { parser } = await load();

// 2. Full parse of the seed.
log(`seed: ${seed.length} chars`);
for (let i = 0; i < 20; i++) parser.parse(seed).delete();
const seedTimes = [];
for (let i = 0; i < Math.max(runs, 50); i++) {
  const t0 = performance.now();
  const tree = parser.parse(seed);
  seedTimes.push(performance.now() - t0);
  tree.delete();
}
rows.push([`full parse, seed (${(seed.length / 1024).toFixed(1)} KB)`, median(seedTimes), quantile(seedTimes, 0.95), '<= 2']);

// 3. Full parse of 1 MB.
log(`1 MB: ${big.length} chars`);
for (let i = 0; i < 3; i++) parser.parse(big).delete();
const bigTimes = [];
let tree;
for (let i = 0; i < runs; i++) {
  tree?.delete();
  const t0 = performance.now();
  tree = parser.parse(big);
  bigTimes.push(performance.now() - t0);
}
const root0 = tree.rootNode;
const stats = { nodes: root0.descendantCount, errors: root0.hasError, children: root0.childCount };
rows.push(['full parse, 1 MB', median(bigTimes), quantile(bigTimes, 0.95), '<= 100']);

// 4. One-character edits in 1 MB, incremental re-parse.
log(`${edits} random one-character edits in 1 MB`);
const rnd = prng(7);
const chars = 'abcXYZ .,"\n';
let text = big;
const editTimes = [];
const parseOnly = [];
const changedSizes = [];
for (let i = 0; i < edits; i++) {
  const start = Math.floor(rnd() * text.length);
  const replace = rnd() < 0.5; // replace one char, or insert one
  const end = replace ? start + 1 : start;
  const ins = chars[Math.floor(rnd() * chars.length)];
  const t0 = performance.now();
  const next = text.slice(0, start) + ins + text.slice(end);
  const startPosition = pointAt(text, start);
  tree.edit({
    startIndex: start,
    oldEndIndex: end,
    newEndIndex: start + 1,
    startPosition,
    oldEndPosition: pointAt(text, end),
    newEndPosition: pointAt(next, start + 1),
  });
  const t1 = performance.now();
  const nt = parser.parse(next, tree);
  const ranges = nt.getChangedRanges(tree);
  const t2 = performance.now();
  tree.delete();
  tree = nt;
  text = next;
  editTimes.push(t2 - t0);
  parseOnly.push(t2 - t1);
  changedSizes.push(ranges.reduce((n, r) => n + (r.endIndex - r.startIndex), 0));
}
rows.push(['edit + re-parse, 1 MB (total)', median(editTimes), quantile(editTimes, 0.95), '<= 5 (p95)']);
rows.push(['  of which parse + changed ranges', median(parseOnly), quantile(parseOnly, 0.95), '']);

// Sanity: the incrementally edited tree equals a fresh parse.
const fresh = parser.parse(text);
const same = fresh.rootNode.toString() === tree.rootNode.toString();
fresh.delete();
tree.delete();

const w = Math.max(...rows.map((r) => r[0].length));
const lines = [
  `tree-sitter-newstext ${fs.statSync(languageWasm).size} B wasm, web-tree-sitter ${JSON.parse(fs.readFileSync(path.join(wtsDir, 'package.json'), 'utf8')).version}, Node ${process.version}`,
  `${'measure'.padEnd(w)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  target ms`,
  ...rows.map(([n, p50, p95, target]) => `${n.padEnd(w)}  ${fmt(p50).padStart(8)}  ${fmt(p95).padStart(8)}  ${target}`),
  `1 MB tree: ${stats.nodes} nodes, ${stats.children} root children, errors: ${stats.errors}; changed range p50 ${median(changedSizes)} chars; incremental == fresh after ${edits} edits: ${same}`,
];
console.log(lines.join('\n'));
if (argv.includes('--json')) {
  console.log(JSON.stringify({ rows: rows.map(([name, p50, p95, target]) => ({ name, p50, p95, target })), stats, same }));
}
