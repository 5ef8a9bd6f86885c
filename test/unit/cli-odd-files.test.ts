import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sink } from './helpers';
import { main } from '../../src/cli/main';

// Issue 21, finding 6: a sidecar path that is not a regular file (a symlink to /dev/zero, a FIFO,
// a folder) is declined with a message for that file; the run goes on and nothing hangs or grows.
async function run(...argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(argv, out, err);
  return { code, out: out.text(), err: err.text() };
}

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
