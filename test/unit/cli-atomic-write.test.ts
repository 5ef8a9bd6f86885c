import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rewriteText, writeFileAtomic } from '../../src/cli/fs-atomic';

// The CLI's atomic write (src/cli/fs-atomic.ts) in the cases Stryker found untested: permissions the
// umask would take away, a name at the file system's length limit, a rename that fails, and
// whether `fix` reports a rewrite.
describe('CLI atomic write', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-atomic-'));
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a group-writable file group-writable (the umask would take that bit away from a new file)', () => {
    const file = path.join(dir, 'shared.txt.annotations.json');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o664);
    writeFileAtomic(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal((fs.statSync(file).mode & 0o777).toString(8), '664');
  });

  it('writes a file whose name is at the 255-byte limit (the temporary name is kept short)', () => {
    const file = path.join(dir, `${'a'.repeat(238)}.annotations.json`);
    assert.equal(path.basename(file).length, 255);
    writeFileAtomic(file, 'content');
    assert.equal(fs.readFileSync(file, 'utf8'), 'content');
    assert.deepEqual(fs.readdirSync(dir), [path.basename(file)], 'files left in the folder');
  });

  it('when the rename fails (a folder in the target\'s place) throws and leaves no temporary file', () => {
    const target = path.join(dir, 'story.txt.annotations.json');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.txt'), 'kept');
    assert.throws(() => writeFileAtomic(target, 'new'));
    assert.deepEqual(fs.readdirSync(dir), ['story.txt.annotations.json'], 'files left in the folder');
    assert.equal(fs.readFileSync(path.join(target, 'inside.txt'), 'utf8'), 'kept');
  });

  it('rewriteText reports a rewrite only when the text changed, and then writes it', () => {
    const file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, 'Haftal spoke.');
    assert.equal(rewriteText(file, 'Haftal spoke.', 'Haftal spoke.'), false);
    assert.equal(rewriteText(file, 'Haftal spoke.', 'Haftar spoke.'), true);
    assert.equal(fs.readFileSync(file, 'utf8'), 'Haftar spoke.');
  });
});
