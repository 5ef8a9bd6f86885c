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
    assert.match(r.out, /2 of 2 file\(s\) analysed/);
    assert.ok(fs.existsSync(path.join(dir, 'two.txt.annotations.json')));
  });
});
