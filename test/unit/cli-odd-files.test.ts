import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './helpers';

// Issue 21, finding 6: a sidecar path that is not a regular file (a symlink to /dev/zero, a FIFO,
// a folder) is declined with a message for that file; the run goes on and nothing hangs or grows.
const run = runCli;

describe('CLI: sidecars that are not regular files', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-odd-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Libyan commander Khalifa Haftar met reporters in Tripoli on Monday.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Turkish officials met in Ankara on Tuesday.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [kind, make] of [
    ['a symlink to /dev/zero', (p: string) => fs.symlinkSync('/dev/zero', p)],
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p])],
    ['a folder', (p: string) => fs.mkdirSync(p)],
  ] as Array<[string, (p: string) => void]>) {
    it(`${kind} in a sidecar's place is declined for that file; the other file is analysed`, async () => {
      make(path.join(dir, 'a.txt.annotations.json'));
      const r = await run('analyze', '--quiet', '--reference-date', '2020-01-08', dir);
      assert.equal(r.code, 1);
      assert.match(r.err, /a\.txt\.annotations\.json: not a regular file/);
      assert.ok(fs.statSync(path.join(dir, 'b.txt.annotations.json')).isFile(), 'b.txt still gets its sidecar');
    });
  }
});

// Issue 21, finding 9: `fix` keeps a text's permissions, writes only when something changed and
// never replaces a symlinked text with a plain file.
describe('CLI fix: permissions, unchanged texts and symlinks', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-fix-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const garbled = 'Libyan commander Khalifa Haftar met reporters. The Financial Times said haftal would go to Cairo on Monday.\n';

  it('a 0600 text stays 0600 after its fixes are applied', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, garbled, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
    const r = await run('fix', '--reference-date', '2020-01-08', file);
    assert.equal(r.code, 0, r.err);
    assert.notEqual(fs.readFileSync(file, 'utf8'), garbled, 'the fix was applied');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  });

  it('a text with nothing to fix is not rewritten', async () => {
    const file = path.join(dir, 'b.txt');
    fs.writeFileSync(file, 'Turkish officials met in Ankara on Tuesday.\n');
    const inode = fs.statSync(file).ino;
    const r = await run('fix', '--reference-date', '2020-01-08', file);
    assert.equal(r.code, 0, r.err);
    assert.equal(fs.statSync(file).ino, inode, 'same file, not a renamed copy');
  });

  it('a symlinked text is refused, the link and its target left as they were', async () => {
    const target = path.join(dir, 'target.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(target, garbled);
    fs.symlinkSync(target, link);
    const r = await run('fix', '--reference-date', '2020-01-08', link);
    assert.equal(r.code, 1);
    assert.match(r.err, /link\.txt: a symbolic link; not rewritten/);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), garbled);
  });
});

// Issue 21, findings 8 and 10: one bad entry is that file's problem; texts of one name in two
// folders never share one sidecar in --out-dir.
describe('CLI corpus runs: one bad entry, name clashes in --out-dir', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-corpus-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a/x.txt and b/x.txt: the second is refused with a message, the first keeps its sidecar', async () => {
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'x.txt'), `Officials of ${sub === 'a' ? 'Libya' : 'Turkey'} met on Monday.\n`);
    }
    const outDir = path.join(dir, 'out');
    const r = await run('analyze', '--quiet', '--reference-date', '2020-01-08', '--out-dir', outDir, path.join(dir, 'a'), path.join(dir, 'b'));
    assert.equal(r.code, 1);
    assert.match(r.err, /b\/x\.txt: its sidecar in .* would be the one of .*a\/x\.txt; not analysed/);
    assert.match(fs.readFileSync(path.join(outDir, 'x.txt.annotations.json'), 'utf8'), /Libya/);
  });

  it('a read-only folder fails that file with its error and the run goes on', async function () {
    if (process.getuid?.() === 0) {
      // root writes anyway: a sidecar path that is a folder gives the same kind of error (EISDIR on rename).
      fs.writeFileSync(path.join(dir, 'a.txt'), 'Officials of Libya met on Monday.\n');
      fs.writeFileSync(path.join(dir, 'b.txt'), 'Officials of Turkey met on Monday.\n');
      const outDir = path.join(dir, 'out');
      fs.mkdirSync(path.join(outDir, 'a.txt.annotations.json'), { recursive: true });
      fs.writeFileSync(path.join(outDir, 'a.txt.annotations.json', 'keep'), '');
      const r = await run('analyze', '--quiet', '--reference-date', '2020-01-08', '--out-dir', outDir, path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
      assert.equal(r.code, 1);
      assert.doesNotMatch(r.err, /internal error/);
      assert.ok(fs.existsSync(path.join(outDir, 'b.txt.annotations.json')));
      return;
    }
    this.skip();
  });
});
