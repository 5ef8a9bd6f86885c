// Scores the built CLI on the seed and on every gold article in test/fixtures/articles with the
// shared scorer (../shared/fixtures/score.mjs). Usage: node scripts/score-articles.mjs [--json]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(root, '../shared/fixtures');
const golds = [
  path.join(shared, 'seed/000_5427bc860031b65b.gold.json'),
  ...fs.readdirSync(path.join(root, 'test/fixtures/articles')).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(root, 'test/fixtures/articles', f)),
];
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'na-score-'));
const rows = [];
for (const goldPath of golds) {
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  const text = path.join(path.dirname(goldPath), gold.file);
  execFileSync('node', [path.join(root, 'dist/cli.js'), 'analyze', '--quiet', '--reference-date', gold.referenceDate, '--out-dir', out, text]);
  const json = execFileSync('node', [path.join(shared, 'score.mjs'), goldPath, path.join(out, `${gold.file}.annotations.json`), '--json'], { encoding: 'utf8' });
  rows.push(JSON.parse(json));
}
fs.rmSync(out, { recursive: true, force: true });
const f = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(2));
const line = (name, r) =>
  `| ${name.padEnd(34)} | ${f(r.entity.precision)} ${f(r.entity.recall)} ${f(r.entity.f1)} | ${f(r.misrendering.precision)} ${f(r.misrendering.recall)} ${f(r.misrendering.fixAcc)} ${f(r.misrendering.fixedOfGold)} | ${f(r.date.precision)} ${f(r.date.recall)} ${f(r.date.valueAcc)} ${f(r.date.suspiciousFound)} |`;
const mean = (get) => rows.slice(1).reduce((s, r) => s + (get(r) ?? 0), 0) / Math.max(1, rows.length - 1);
const avg = {
  entity: { precision: mean((r) => r.entity.precision), recall: mean((r) => r.entity.recall), f1: mean((r) => r.entity.f1) },
  misrendering: { precision: mean((r) => r.misrendering.precision), recall: mean((r) => r.misrendering.recall), fixAcc: mean((r) => r.misrendering.fixAcc), fixedOfGold: mean((r) => r.misrendering.fixedOfGold) },
  date: { precision: mean((r) => r.date.precision), recall: mean((r) => r.date.recall), valueAcc: mean((r) => r.date.valueAcc), suspiciousFound: mean((r) => r.date.suspiciousFound) },
};
if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, meanOfArticles: avg }));
else {
  console.log('| file | entity P R F1 | misrender P R fix fixed/gold | date P R value suspicious |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(line(r.file, r));
  console.log(line('mean of test articles (not seed)', avg));
}
