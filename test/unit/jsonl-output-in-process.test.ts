// --jsonl --out on a failing run, in this process: jsonl.test.ts checks it through the built CLI
// (dist/cli.js), which no source mutant reaches (issue 20: the abort that removes the temporary
// file was "no coverage" in the mutation sample).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main';
import { sink } from './helpers';

describe('--jsonl output in this process', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-jsonl-out-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('says why, exits 1 and leaves neither the output nor a temporary file', async () => {
    const broken = path.join(dir, 'broken.jsonl.gz');
    fs.writeFileSync(broken, 'not gzip at all');
    const err = sink();
    const code = await main(['analyze', '--jsonl', '--threads', '0', '--in', broken, '--out', path.join(dir, 'never.jsonl')], sink(), err);
    assert.equal(code, 1);
    assert.match(err.text(), /broken\.jsonl\.gz: not valid gzip/);
    assert.deepEqual(fs.readdirSync(dir), ['broken.jsonl.gz']);
  });

  it('a reader that closes the pipe after the first line ends the run quietly: exit 0, no summary', async () => {
    // As `news-annotator analyze --jsonl | head -1`: the second write fails with EPIPE.
    let writes = 0;
    const out = new Writable({
      write(_chunk, _enc, cb) {
        writes++;
        cb(writes > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const err = sink();
    const lines = ['Haftar met Erdogan in Ankara.', 'Tripoli was calm.', 'Cairo hosted the talks.'].map((text, i) => JSON.stringify({ id: i + 1, text }));
    const code = await main(['analyze', '--jsonl', '--threads', '0'], out, err, Readable.from([Buffer.from(lines.join('\n'))]));
    assert.equal(code, 0);
    assert.equal(err.text(), '', 'nothing on stderr: the reader has what it wanted');
  });
});
