import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers';


const run = runCli;

describe('CLI', function () {
  this.timeout(30000);
  let dir: string;
  const seed = path.resolve(__dirname, '../../seeds/000_5427bc860031b65b.txt');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with a one-line message on bad usage', async () => {
    for (const argv of [[], ['analyze'], ['frobnicate', 'x.txt'], ['analyze', '--reference-date', '2020-13-45', 'x.txt'], ['analyze', '--nope', 'x.txt']]) {
      const r = await run(...argv);
      assert.equal(r.code, 2, `argv ${argv.join(' ')}`);
      assert.match(r.err.split('\n')[0], /^news-annotator: /);
    }
  });

  it('exits 1 naming a file that cannot be read, and a binary file', async () => {
    const missing = await run('analyze', path.join(dir, 'nope.txt'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt: no such file/);
    const bin = path.join(dir, 'b.txt');
    fs.writeFileSync(bin, Buffer.from([65, 0, 66]));
    const binary = await run('analyze', bin);
    assert.equal(binary.code, 1);
    assert.match(binary.err, /b\.txt: looks binary/);
  });

  it('analyses, writes the sidecar and prints a report', async () => {
    const r = await run('analyze', '--reference-date', '2020-01-08', '--out-dir', dir, seed);
    assert.equal(r.code, 0, r.err);
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, '000_5427bc860031b65b.txt.annotations.json'), 'utf8'));
    assert.equal(sidecar.document.referenceDate, '2020-01-08');
    assert.ok(sidecar.annotations.length > 100);
    assert.match(r.out, /misrendered names \d+/);
    assert.match(r.out, /haftal -> (Khalifa )?Haftar/);
  });

  it('never overwrites a sidecar it cannot parse, and exits 1 naming it', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Haftar met Erdogan in Tripoli.');
    const side = `${file}.annotations.json`;
    fs.writeFileSync(side, '{ broken');
    const r = await run('analyze', file);
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.txt\.annotations\.json: not valid JSON.*left untouched/);
    assert.equal(fs.readFileSync(side, 'utf8'), '{ broken');
  });

  it('keeps manual, accepted and rejected annotations when analysing again, re-anchoring after an edit', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Khalifa Haftar met Erdogan in Tripoli on Monday.');
    assert.equal((await run('analyze', '--quiet', file)).code, 0);
    const side = `${file}.annotations.json`;
    const s = JSON.parse(fs.readFileSync(side, 'utf8'));
    s.annotations.push({ id: 'mine', start: 0, end: 14, text: 'Khalifa Haftar', label: 'PERSON', status: 'accepted', source: 'manual' });
    s.annotations = s.annotations.filter((a: { start: number; id: string }) => a.start !== 0 || a.id === 'mine');
    fs.writeFileSync(side, JSON.stringify(s));
    fs.writeFileSync(file, 'Update.\n\nKhalifa Haftar met Erdogan in Tripoli on Monday.');
    const r = await run('analyze', file);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /re-anchored/);
    const again = JSON.parse(fs.readFileSync(side, 'utf8'));
    const mine = again.annotations.find((a: { id: string }) => a.id === 'mine');
    assert.deepEqual([mine.start, mine.end, mine.text, mine.status], [9, 23, 'Khalifa Haftar', 'accepted']);
  });

  it('analyses a folder', async () => {
    fs.writeFileSync(path.join(dir, 'one.txt'), 'Erdogan visited Libya.');
    fs.writeFileSync(path.join(dir, 'two.txt'), 'Haftar visited Turkey.');
    const r = await run('analyze', dir);
    assert.equal(r.code, 0);
    assert.match(r.out, /^2 of 2 files analysed in [\d.]+ s: \d+ annotations \(.*GPE \d+.*\), \d+ misrendered names, \d+ flagged dates$/m);
    assert.ok(fs.existsSync(path.join(dir, 'two.txt.annotations.json')));
  });

  it('prints each misrendering at FILE:LINE:COL, so terminals and editors link it', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Talks in Tripoli\n\nThe Libyan commander haftal met officials in Tripoli on Monday.\n');
    const r = await run('analyze', file);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes(`${file}:3:22  haftal -> Haftar`), r.out);
  });

  it('analyze --json prints one JSON document with every file and the summary', async () => {
    fs.writeFileSync(path.join(dir, 'one.txt'), 'Erdogan visited Libya on Monday.');
    const r = await run('analyze', '--json', '--reference-date', '2020-01-08', dir);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.equal(doc.files.length, 1);
    assert.equal(doc.files[0].file, path.join(dir, 'one.txt'));
    assert.ok(doc.files[0].labels.GPE >= 1, JSON.stringify(doc.files[0].labels));
    assert.equal(doc.summary.analysed, 1);
    assert.equal(doc.summary.failed, 0);
  });

  it('every command answers --help with its usage and exit 0', async () => {
    for (const command of ['analyze', 'fix', 'export']) {
      const r = await run(command, '--help');
      assert.equal(r.code, 0, `${command} --help: ${r.err}`);
      assert.match(r.out, new RegExp(`^usage: news-annotator ${command} `), r.out);
    }
  });

  it('fix prints what it changed (FILE:LINE:COL from -> to), not the analysis report', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Talks in Tripoli\n\nThe Libyan commander haftal met Prime Minister salaj in Tripoli on Monday.\n');
    const r = await run('fix', file);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes(`${file}:3:22  haftal -> Haftar`), r.out);
    assert.ok(r.out.includes(`${file}:3:48  salaj -> Sarraj`), r.out);
    assert.doesNotMatch(r.out, /entities \d+:/, 'the analysis report is not printed by fix');
    assert.match(fs.readFileSync(file, 'utf8'), /commander Haftar met Prime Minister Sarraj/);
  });

  it('an empty folder is nothing to do: said, exit 2', async () => {
    const r = await run('analyze', dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /nothing to do: no \.txt files in /);
  });

  it('--max-size sets the size limit, and the message names it', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'Erdogan visited Libya. '.repeat(100));
    const small = await run('analyze', '--max-size', '0.001', file);
    assert.equal(small.code, 1);
    assert.match(small.err, /a\.txt: 0\.0022 MB is above the 0\.001 MB limit \(raise it with --max-size MB\)/);
    const big = await run('analyze', '--max-size', '0.01', file);
    assert.equal(big.code, 0, big.err);
  });
});
