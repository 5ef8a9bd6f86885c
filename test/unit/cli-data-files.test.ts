import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import type { Annotation } from '../../src/core/types';

const ROOT = path.join(__dirname, '../..');
const SEED = path.join(ROOT, 'seeds/000_5427bc860031b65b.txt');

// The CLI bundle reads the KB, its indexes and the lexicon from data/ beside it (dist/data/),
// each when first needed, with the KB's details put back: the same annotations as the analyzer
// the tests import, and a plain message when the folder is missing.
describe('the CLI bundle and its data files', function () {
  this.timeout(60_000);
  const cli = path.join(ROOT, 'dist/cli.js');
  before(() => assert.ok(fs.existsSync(cli), 'dist/cli.js missing: npm run build'));

  it('annotates as the analyzer over the whole KB does (its details read from their own file)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'na-data-'));
    const r = spawnSync(process.execPath, [cli, 'analyze', '--quiet', '--out-dir', out, SEED], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const sidecar = JSON.parse(fs.readFileSync(path.join(out, `${path.basename(SEED)}.annotations.json`), 'utf8'));
    const key = (a: Annotation) => `${a.start}-${a.end} ${a.label} ${a.kbId ?? ''} ${a.correction?.replacement ?? ''}`;
    const expected = createBuiltinAnalyzer().analyze(fs.readFileSync(SEED, 'utf8'), sidecar.referenceDate).annotations;
    assert.deepEqual(sidecar.annotations.map(key), expected.map(key));
  });

  it('reads the KB\'s details too: the pinyin a Chinese name through Russian is read back with', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-data-'));
    const article = path.join(dir, 'moscow.txt');
    fs.writeFileSync(article, 'Moscow, May 3 -- Chinese President Si Tszinpin met Russian officials in Moscow on Tuesday.\n');
    const r = spawnSync(process.execPath, [cli, 'analyze', '--quiet', article], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const sidecar = JSON.parse(fs.readFileSync(`${article}.annotations.json`, 'utf8'));
    const xi = sidecar.annotations.find((a: Annotation) => a.text === 'Si Tszinpin');
    assert.equal(xi?.correction?.replacement, 'Xi Jinping');
  });

  it('says which data file it cannot read, without a stack, and exits 1', () => {
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-'));
    fs.copyFileSync(cli, path.join(alone, 'cli.js'));
    const r = spawnSync(process.execPath, [path.join(alone, 'cli.js'), 'analyze', '--quiet', '--out-dir', alone, SEED], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot read its data file .*data[\\/]kb\.\w+\.json \(ENOENT\); run `npm run build`/);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  });
});
