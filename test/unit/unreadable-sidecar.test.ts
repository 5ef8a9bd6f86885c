import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers';

// Issue 21, finding 12: a sidecar that exists but cannot be read is not "no sidecar": the CLI
// names it, goes on with the other files, and leaves it as it was (never replaced by a new one).
describe('CLI: a sidecar that exists but cannot be read is never replaced', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-unreadable-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Officials of Libya met in Tripoli on Monday.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Officials of Turkey met in Ankara on Tuesday.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const analyze = () => runCli('analyze', '--quiet', '--reference-date', '2020-01-08', dir);
  const side = () => path.join(dir, 'a.txt.annotations.json');

  it('a symbolic link loop (ELOOP): named, left a link, the other file analysed', async () => {
    fs.symlinkSync('a.txt.annotations.json', side());
    const r = await analyze();
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.txt\.annotations\.json: cannot read \(ELOOP\)/);
    assert.ok(fs.lstatSync(side()).isSymbolicLink(), 'still the link');
    assert.equal(fs.readlinkSync(side()), 'a.txt.annotations.json');
    assert.ok(fs.statSync(path.join(dir, 'b.txt.annotations.json')).isFile());
  });

  it('a symbolic link to a missing file: named, left a link (no sidecar is written through or over it)', async () => {
    fs.symlinkSync('elsewhere/a.json', side());
    const r = await analyze();
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.txt\.annotations\.json: a symbolic link to a missing file/);
    assert.ok(fs.lstatSync(side()).isSymbolicLink(), 'still the link');
    assert.ok(!fs.existsSync(path.join(dir, 'elsewhere')), 'nothing written where it points');
  });

  it('a sidecar without read permission (EACCES): named and left as it was', async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads anyway
    fs.writeFileSync(side(), '{"secret": true}');
    fs.chmodSync(side(), 0o000);
    const r = await analyze();
    fs.chmodSync(side(), 0o644);
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.txt\.annotations\.json: cannot read \(EACCES\)/);
    assert.equal(fs.readFileSync(side(), 'utf8'), '{"secret": true}');
  });

  it('no sidecar at all is still "no sidecar": one is written', async () => {
    const r = await analyze();
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.statSync(side()).isFile());
  });
});
