#!/usr/bin/env node
// Top self-time functions of a V8 .cpuprofile (from `node --cpu-prof`).
// Usage: node bench/profile-top.mjs FILE.cpuprofile [N=10] [BUNDLE.js]
// With the (non-minified) esbuild bundle given, each function is attributed to its source file
// through the `// src/...` module comments esbuild writes into the bundle.
import fs from 'node:fs';

const [file, nArg, bundle] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-top.mjs FILE.cpuprofile [N] [BUNDLE.js]');
  process.exit(2);
}
const n = Number(nArg ?? 10);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));

// Module boundaries in the bundle: line number (0-based) -> source path.
let modules = [];
if (bundle && fs.existsSync(bundle)) {
  const lines = fs.readFileSync(bundle, 'utf8').split('\n');
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:src|bench|node_modules|out)\/\S+)$/.exec(l);
    if (m) modules.push([i, m[1]]);
  });
}
const moduleOf = (line) => {
  let lo = 0, hi = modules.length - 1, best = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (modules[mid][0] <= line) { best = modules[mid][1]; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
};

const byId = new Map(prof.nodes.map((nd) => [nd.id, nd]));
const selfUs = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (dt[i] ?? 0));
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const agg = new Map();
for (const [id, us] of selfUs) {
  const cf = byId.get(id).callFrame;
  const where = cf.url ? (moduleOf(cf.lineNumber) ?? cf.url.replace(/^.*\//, '')) : '';
  const key = `${cf.functionName || '(anonymous)'}\t${where}:${cf.lineNumber + 1}`;
  agg.set(key, (agg.get(key) ?? 0) + us);
}
const rows = [...agg].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
console.log('| # | self ms | self % | function | where (bundle line) |');
console.log('|---|---:|---:|---|---|');
rows.forEach(([k, us], i) => {
  const [fn, where] = k.split('\t');
  console.log(`| ${i + 1} | ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)} | ${fn} | ${where} |`);
});
