// Scores the built CLI with the shared scorer (../shared/fixtures) on the seed and on every real
// article of ../shared/corpus/dev (each with its gold reference date): one line per file, then
// the macro line (mean over the dev files). Usage: node scripts/score-articles.mjs [--json]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(root, '../shared');
const dev = path.join(shared, 'corpus/dev');
const seedGold = path.join(shared, 'fixtures/seed/000_5427bc860031b65b.gold.json');

/** The shared scorer's result for one gold file, the text analysed by the built CLI. */
export function scoreOne(goldPath, out) {
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  const text = path.join(path.dirname(goldPath), gold.file);
  const ref = gold.referenceDate ? ['--reference-date', gold.referenceDate] : [];
  execFileSync('node', [path.join(root, 'dist/cli.js'), 'analyze', '--quiet', ...ref, '--out-dir', out, text]);
  return JSON.parse(execFileSync('node', [path.join(shared, 'fixtures/score.mjs'), goldPath, path.join(out, `${gold.file}.annotations.json`), '--json'], { encoding: 'utf8' }));
}

const METRICS = {
  'entity.precision': (r) => r.entity.precision, 'entity.recall': (r) => r.entity.recall, 'entity.f1': (r) => r.entity.f1, 'entity.canonicalAcc': (r) => r.entity.canonicalAcc,
  'misrendering.precision': (r) => r.misrendering.precision, 'misrendering.recall': (r) => r.misrendering.recall, 'misrendering.fixedOfGold': (r) => r.misrendering.fixedOfGold,
  'date.precision': (r) => r.date.precision, 'date.recall': (r) => r.date.recall, 'date.f1': (r) => r.date.f1, 'date.valueAcc': (r) => r.date.valueAcc,
};

/** Mean over files of each metric, as score_corpus.mjs computes it (files where it is undefined are left out). */
export function macro(rows) {
  const out = {};
  for (const [name, get] of Object.entries(METRICS)) {
    const values = rows.map(get).filter((v) => v !== null && v !== undefined);
    out[name] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return out;
}

export function scoreAll() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'na-score-'));
  try {
    const seed = scoreOne(seedGold, out);
    const golds = fs.existsSync(dev) ? fs.readdirSync(dev).filter((f) => f.endsWith('.gold.json')).sort() : [];
    const rows = golds.map((g) => scoreOne(path.join(dev, g), out));
    return { seed, rows, macro: rows.length ? macro(rows) : null };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const f = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(2));
const line = (name, r) =>
  `| ${name.padEnd(34)} | ${f(r.entity.precision)} ${f(r.entity.recall)} ${f(r.entity.f1)} ${f(r.entity.canonicalAcc)} | ${f(r.misrendering.precision)} ${f(r.misrendering.recall)} ${f(r.misrendering.fixedOfGold)} | ${f(r.date.precision)} ${f(r.date.recall)} ${f(r.date.valueAcc)} |`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { seed, rows, macro: m } = scoreAll();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ seed, rows, macro: m }));
  else {
    console.log('| file | entity P R F1 canon | misrender P R fixed/gold | date P R value |');
    console.log('|---|---|---|---|');
    console.log(line('seed', seed));
    for (const r of rows) console.log(line(r.file.replace(/\.txt$/, ''), r));
    if (m) {
      const g = (k) => f(m[k]);
      console.log(`| **macro, ${rows.length} dev articles** | ${g('entity.precision')} ${g('entity.recall')} ${g('entity.f1')} ${g('entity.canonicalAcc')} | ${g('misrendering.precision')} ${g('misrendering.recall')} ${g('misrendering.fixedOfGold')} | ${g('date.precision')} ${g('date.recall')} ${g('date.valueAcc')} |`);
    } else console.log(`(${dev} is absent: dev corpus not scored)`);
  }
}
