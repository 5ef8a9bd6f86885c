// The values of the CLI's options reach what the user gets: --min-confidence decides which names
// `fix` changes, out-of-range values are refused with the option's own message, and a broken
// --jsonl line is answered under its own id. (Mutation-sample survivors, issue 20.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { threadCount } from '../../src/cli/jsonl-pool';
import { main } from '../../src/cli/main';
import { runCli, sink } from './helpers';

const ARTICLE = 'Talks in Tripoli\n\nThe Libyan commander haftal met Prime Minister salaj in Tripoli on Monday.\n';

describe('CLI option values', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-values-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fix --min-confidence 1 leaves names below certainty alone; the default fixes them', async () => {
    const strict = path.join(dir, 'strict.txt');
    const usual = path.join(dir, 'usual.txt');
    fs.writeFileSync(strict, ARTICLE);
    fs.writeFileSync(usual, ARTICLE);
    const r = await runCli('fix', '--min-confidence', '1', strict);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.split('\n')[0], `${strict}: nothing to fix`);
    assert.match(r.out, /2 misrendered names \(0 fixed\)/);
    assert.equal(fs.readFileSync(strict, 'utf8'), ARTICLE, 'the file is untouched');
    const d = await runCli('fix', usual);
    assert.equal(d.code, 0, d.err);
    assert.match(fs.readFileSync(usual, 'utf8'), /commander Haftar met Prime Minister Sarraj/);
  });

  it('refuses a --min-confidence outside 0..1 and a --max-size that is not positive, exit 2', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, ARTICLE);
    const cases: Array<[string[], string]> = [
      [['fix', '--min-confidence', '1.5', file], 'news-annotator: --min-confidence must be between 0 and 1, got "1.5"'],
      [['fix', '--min-confidence', '-0.1', file], 'news-annotator: --min-confidence must be between 0 and 1, got "-0.1"'],
      [['analyze', '--max-size', '0', file], 'news-annotator: --max-size must be a positive number of megabytes, got "0"'],
      [['analyze', '--max-size', '-2', file], 'news-annotator: --max-size must be a positive number of megabytes, got "-2"'],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err.split('\n')[0], message);
    }
  });

  it('export refuses an unknown or missing --format before reading any file, exit 2, listing the formats', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, ARTICLE);
    for (const argv of [['export', '--format', 'xml', file], ['export', file]]) {
      const r = await runCli(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err.split('\n')[0], 'news-annotator: export: --format must be one of brat, conll, jsonl, w3c, labelstudio');
    }
  });

  it('--jsonl threads: --threads N as given, else 0 (the main thread) under NEWS_ANNOTATOR_WORKERS=0', () => {
    const prev = process.env.NEWS_ANNOTATOR_WORKERS;
    try {
      process.env.NEWS_ANNOTATOR_WORKERS = '0';
      assert.equal(threadCount(undefined), 0);
      assert.equal(threadCount(3), 3, '--threads wins over the variable');
      delete process.env.NEWS_ANNOTATOR_WORKERS;
      assert.equal(threadCount(undefined), os.availableParallelism());
    } finally {
      if (prev === undefined) delete process.env.NEWS_ANNOTATOR_WORKERS;
      else process.env.NEWS_ANNOTATOR_WORKERS = prev;
    }
  });

  it('a broken --jsonl line with a decimal id is answered under that id', async () => {
    const out = sink();
    const input = Readable.from([Buffer.from('{"id": 7.25, "text": "unterminated\n')]);
    const code = await main(['analyze', '--jsonl', '--threads', '0', '--quiet'], out, sink(), input);
    assert.equal(code, 1);
    const line = JSON.parse(out.text().trim());
    assert.equal(line.id, 7.25);
    assert.equal(line.line, 1);
  });
});
