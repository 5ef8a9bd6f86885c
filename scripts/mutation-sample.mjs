// Estimates the Stryker mutation score of each source folder from a seeded random sample of its
// mutants, because a whole-folder run takes hours on this machine (issue 20).
//
// 1. Lists every mutant of each folder with Stryker's own instrumenter (same mutators, same
//    locations as `npm run mutate`).
// 2. Draws a seeded random sample of N mutants per folder (same seed, same sample, as long as the
//    source does not change).
// 3. Runs Stryker once over all the sampled locations (`mutate` ranges `file:L:C-L:C`, the normal
//    stryker.config.json otherwise), with an ignorer plugin (mutation-sample-ignorer.mjs) so a
//    range does not also run the mutants nested inside the sampled node. Other mutators' mutants
//    on the very same node still run; only the sampled ones are counted.
// 4. Prints and writes (reports/mutation/sample-summary.{json,md}) per folder: sampled, killed,
//    survived, no coverage, timeout, static, score and its Wilson 95 % interval, and the survivors.
//
// Differences from `npm run mutate`, for speed: no TypeScript checker (tsx strips types without
// checking them, so a mutant that would not compile runs and is killed or survives like any other);
// static mutants (module-level code, run at import time) are not run (`ignoreStatic`): each would
// need the whole unit suite (3-4 minutes here); they are counted apart and left out of the score.
//
// Usage: node scripts/mutation-sample.mjs [--n 30] [--seed 20] [--folders a,b] [--also SEED:a,b] [--list] [--force]
//   --also   another sample (its own seed and folders) in the same Stryker run: one initial test
//            run for both; its rows are labelled "folder (seed N)"
//   --list   only list and sample, do not run Stryker
//   --force  ignore the incremental file (reports/mutation/sample-incremental.json) and run all
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { sampleIgnorer } from './mutation-sample-ignorer.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'reports/mutation');
const DEFAULT_FOLDERS = ['src/core/annotations', 'src/core/dates', 'src/core/names', 'src/cli'];
const DETECTED = new Set(['Killed', 'Timeout']);

function parseArgs(argv) {
  const args = { n: 30, seed: 20, folders: DEFAULT_FOLDERS, also: [], list: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--n') args.n = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--folders') args.folders = argv[++i].split(',').map((f) => f.replace(/\/$/, ''));
    else if (a === '--also') {
      const [seed, folders] = argv[++i].split(':');
      args.also.push({ seed: Number(seed), folders: folders.split(',').map((f) => f.replace(/\/$/, '')) });
    } else if (a === '--list') args.list = true;
    else if (a === '--force') args.force = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.n) || args.n < 1) throw new Error('--n wants a positive integer');
  return args;
}

const quietLogger = Object.fromEntries(
  ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].flatMap((l) => [[l, () => {}], [`is${l[0].toUpperCase()}${l.slice(1)}Enabled`, () => false]]),
);

function tsFiles(dir) {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return tsFiles(rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [rel] : [];
  }).sort();
}

/** Every mutant of the files, as Stryker's instrumenter makes them (locations 0-based lines). */
async function listMutants(files, mutate = () => true, ignorers = []) {
  const input = files.map((name) => ({ name: path.join(ROOT, name), content: fs.readFileSync(path.join(ROOT, name), 'utf8'), mutate: mutate(name) }))
    .filter((f) => f.mutate);
  if (!input.length) return [];
  const { mutants } = await new Instrumenter(quietLogger).instrument(input, { plugins: null, excludedMutations: [], ignorers });
  return mutants.map((m) => ({ ...m, fileName: path.relative(ROOT, m.fileName) }));
}

const keyOf = (m) => `${m.fileName}:${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}:${m.mutatorName}:${m.replacement}`;
const spanOf = (m) => [m.location.start.line, m.location.start.column, m.location.end.line, m.location.end.column];

/** A small seeded PRNG (mulberry32): the same seed gives the same sample on any machine. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s) {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return h;
}

/** N mutants drawn without replacement (partial Fisher-Yates), the folder's own stream of the seed. */
function drawSample(mutants, n, seed, folder) {
  const pool = [...mutants].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  const random = mulberry32(seed ^ hashString(folder));
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
}

/** Wilson score interval, 95 %. */
function wilson(x, n, z = 1.96) {
  if (n === 0) return [0, 1];
  const p = x / n, z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function rangePattern(m) {
  const { start, end } = m.location;
  return `${m.fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
}

function writeSampleLocations(sampled) {
  const byFile = {};
  for (const m of sampled) (byFile[path.join(ROOT, m.fileName)] ??= []).push(spanOf(m));
  const file = path.join(OUT, 'sample-locations.json');
  fs.writeFileSync(file, JSON.stringify(byFile));
  return file;
}

/** The mutants the ranges plus the ignorer leave to run: checked before Stryker starts. */
async function predictRun(sampled, patterns) {
  const rangesByFile = new Map();
  for (const m of sampled) {
    const { start, end } = m.location;
    if (!rangesByFile.has(m.fileName)) rangesByFile.set(m.fileName, []);
    rangesByFile.get(m.fileName).push({ start, end });
  }
  const mutants = await listMutants([...rangesByFile.keys()], (f) => rangesByFile.get(f) ?? false, [sampleIgnorer]);
  return { patterns, willRun: mutants.filter((m) => !m.status) };
}

function strykerConfig(patterns, force) {
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8'));
  delete base.$schema;
  return {
    ...base,
    mutate: patterns,
    checkers: [],
    plugins: ['@stryker-mutator/*', path.join(ROOT, 'scripts/mutation-sample-ignorer.mjs')],
    ignorers: ['mutation-sample'],
    ignoreStatic: true,
    concurrency: 1,
    // The initial run is the whole unit suite: on the shared machine under load it takes longer
    // than Stryker's default 5 minutes.
    dryRunTimeoutMinutes: 30,
    incremental: true,
    force,
    incrementalFile: 'reports/mutation/sample-incremental.json',
    reporters: ['json', 'progress', 'mutation-sample-progress'],
    jsonReporter: { fileName: 'reports/mutation/sample-report.json' },
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
  };
}

function runStryker(config, locationsFile) {
  const configFile = path.join(OUT, 'stryker.sample.config.json');
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  const bin = path.join(ROOT, 'node_modules/.bin/stryker');
  const progress = path.join(OUT, 'sample-progress.jsonl');
  fs.rmSync(progress, { force: true });
  const env = { ...process.env, MUTATION_SAMPLE_LOCATIONS: locationsFile, MUTATION_SAMPLE_PROGRESS: progress };
  const res = spawnSync(bin, ['run', configFile], { cwd: ROOT, stdio: 'inherit', env });
  if (res.status !== 0) throw new Error(`stryker exited with ${res.status}`);
  return JSON.parse(fs.readFileSync(path.join(ROOT, config.jsonReporter.fileName), 'utf8'));
}

/** Report mutants by our key (the report's lines and columns are 1-based). */
function reportIndex(report) {
  const index = new Map();
  let ran = 0;
  for (const [name, file] of Object.entries(report.files)) {
    const rel = path.relative(ROOT, path.resolve(ROOT, name));
    for (const m of file.mutants) {
      if (m.status !== 'Ignored' || m.statusReason !== 'not in the mutation sample') ran++;
      const { start, end } = m.location;
      const loc = { start: { line: start.line - 1, column: start.column - 1 }, end: { line: end.line - 1, column: end.column - 1 } };
      index.set(keyOf({ fileName: rel, location: loc, mutatorName: m.mutatorName, replacement: m.replacement }), m);
    }
  }
  return { index, ran };
}

function summarise(folder, total, sampled, index) {
  const counts = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, Static: 0, CompileError: 0, RuntimeError: 0, Missing: 0 };
  const survivors = [];
  for (const m of sampled) {
    const r = index.get(keyOf(m));
    if (!r) { counts.Missing++; continue; }
    const status = r.status === 'Ignored' ? 'Static' : r.status;
    counts[status] = (counts[status] ?? 0) + 1;
    if (status === 'Survived' || status === 'NoCoverage') {
      survivors.push({ status, where: `${m.fileName}:${m.location.start.line + 1}:${m.location.start.column + 1}`, mutator: m.mutatorName, replacement: m.replacement.replace(/\s+/g, ' ').slice(0, 80) });
    }
  }
  const valid = counts.Killed + counts.Timeout + counts.Survived + counts.NoCoverage;
  const detected = counts.Killed + counts.Timeout;
  const [lo, hi] = wilson(detected, valid);
  return { folder, mutants: total, sampled: sampled.length, ...counts, valid, score: valid ? detected / valid : null, ci95: [lo, hi], survivors };
}

const pct = (x) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

function markdown(rows, meta) {
  const lines = [
    `Mutation score per folder, estimated from a seeded random sample (seed ${meta.seed}, ${meta.n} per folder, ${meta.date}).`,
    '',
    '| folder | mutants | sampled | killed | timeout | survived | no coverage | static (not run) | score | 95 % interval |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.folder}\` | ${r.mutants} | ${r.sampled} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.Static} | ${pct(r.score)} | ${pct(r.ci95[0])} - ${pct(r.ci95[1])} |`),
    '',
  ];
  for (const r of rows) {
    if (!r.survivors.length) continue;
    lines.push(`Survivors in \`${r.folder}\`:`, '');
    for (const s of r.survivors) lines.push(`- ${s.status} ${s.where} ${s.mutator} \`${s.replacement}\``);
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(OUT, { recursive: true });
  const perFolder = [];
  for (const [k, { seed, folders }] of [{ seed: args.seed, folders: args.folders }, ...args.also].entries()) {
    for (const folder of folders) {
      const all = await listMutants(tsFiles(folder));
      // The sample's stream depends on the folder's name only: the label does not change it.
      perFolder.push({ folder: k ? `${folder} (seed ${seed})` : folder, total: all.length, sampled: drawSample(all, args.n, seed, folder) });
    }
  }
  const sampled = perFolder.flatMap((f) => f.sampled);
  const patterns = [...new Set(sampled.map(rangePattern))];
  const locationsFile = writeSampleLocations(sampled);
  process.env.MUTATION_SAMPLE_LOCATIONS = locationsFile;
  const { willRun } = await predictRun(sampled, patterns);
  const sampledKeys = new Set(sampled.map(keyOf));
  const extra = willRun.filter((m) => !sampledKeys.has(keyOf(m))).length;
  const notRun = sampled.filter((m) => !willRun.some((w) => keyOf(w) === keyOf(m))).length;
  for (const f of perFolder) console.log(`${f.folder}: ${f.total} mutants, ${f.sampled.length} sampled`);
  console.log(`${patterns.length} ranges; Stryker will run ${willRun.length} mutants: ${sampledKeys.size} sampled${sampledKeys.size < sampled.length ? ` (${sampled.length - sampledKeys.size} in two samples)` : ''} + ${extra} other mutators on the same nodes (not counted)${notRun ? `; ${notRun} SAMPLED MUTANTS MISSING` : ''}`);
  if (notRun) throw new Error('the ranges do not select every sampled mutant');
  fs.writeFileSync(path.join(OUT, 'sample.json'), JSON.stringify({ seed: args.seed, n: args.n, folders: perFolder.map((f) => ({ folder: f.folder, mutants: f.total, sampled: f.sampled.map(keyOf) })) }, null, 2));
  if (args.list) {
    for (const f of perFolder) for (const m of f.sampled) console.log(`  ${keyOf(m)}`);
    return;
  }

  const report = runStryker(strykerConfig(patterns, args.force), locationsFile);
  const { index, ran } = reportIndex(report);
  if (ran !== willRun.length) console.warn(`warning: Stryker reported ${ran} mutants not ignored by the sampler, ${willRun.length} expected`);
  const rows = perFolder.map((f) => summarise(f.folder, f.total, f.sampled, index));
  const missing = rows.reduce((s, r) => s + r.Missing, 0);
  if (missing) throw new Error(`${missing} sampled mutants are not in Stryker's report`);
  const meta = { seed: args.seed, n: args.n, date: new Date().toISOString().slice(0, 10), strykerRan: ran, extraNotCounted: extra };
  const md = markdown(rows, meta);
  fs.writeFileSync(path.join(OUT, 'sample-summary.json'), JSON.stringify({ ...meta, folders: rows }, null, 2));
  fs.writeFileSync(path.join(OUT, 'sample-summary.md'), md);
  console.log(`\n${md}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
