// analyze --jsonl (issue 18): the streaming mode's contract. These tests never skip: they need
// only the built CLI (dist/cli.js, built by `npm test` before the unit tests) and this process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import zlib from 'node:zlib';
import Ajv from 'ajv';
import { main } from '../../src/cli/main';
import { readLines } from '../../src/cli/jsonl-lines';
import { builtinKb } from '../../src/core/kb/builtin';
import { kbArticles } from '../../bench/kb-articles';
import { sink } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** The CLI in this process on `input` (one string or chunks), analysing on this thread. */
async function jsonl(input: string | Buffer[], ...argv: string[]): Promise<{ code: number; lines: Array<Record<string, unknown>>; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(['analyze', '--jsonl', '--threads', '0', ...argv], out, err, Readable.from(typeof input === 'string' ? [Buffer.from(input)] : input));
  return { code, lines: out.text().split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: err.text() };
}

/** `dist/cli.js` as a child process. */
function cli(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function outputValidator(): (line: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/sidecar.schema.json'), 'utf8')));
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/jsonl-output.schema.json'), 'utf8')));
  return (line) => {
    const ok = validate(line);
    if (!ok) assert.fail(`output line does not match schemas/jsonl-output.schema.json: ${ajv.errorsText(validate.errors)}`);
    return ok;
  };
}

const article = (id: string | number, text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, text, ...extra });

describe('analyze --jsonl', function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-jsonl-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js missing: npm run build'));

  it('writes, for 200 articles, what the per-file CLI writes in their sidecars (worker threads, input order)', () => {
    const articles = kbArticles(builtinKb(), 200, 7).map((a) => ({ ...a, id: `${a.id}.txt` }));
    const texts = path.join(dir, 'texts');
    const sidecars = path.join(dir, 'sidecars');
    fs.mkdirSync(texts);
    for (const a of articles) fs.writeFileSync(path.join(texts, a.id), a.text);
    const perFile = cli(['analyze', '--quiet', '--reference-date', '2020-01-08', '--out-dir', sidecars, texts]);
    assert.equal(perFile.code, 0, perFile.err);
    const input = articles.map((a) => article(a.id, a.text)).join('\n');
    const streamed = cli(['analyze', '--jsonl', '--threads', '2', '--reference-date', '2020-01-08'], input);
    assert.equal(streamed.code, 0, streamed.err);
    const lines = streamed.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(lines.map((l) => l.id), articles.map((a) => a.id));
    const valid = outputValidator();
    for (const line of lines) {
      valid(line);
      const { id, ...sidecar } = line;
      assert.deepEqual(sidecar, JSON.parse(fs.readFileSync(path.join(sidecars, `${id}.annotations.json`), 'utf8')), `${id}`);
    }
    assert.match(streamed.err, /^news-annotator: 200 articles \(0 failed\), [\d,]+ annotations in [\d.]+ s: [\d,.]+ articles\/s\n$/);
  });

  it('answers a line that is not JSON, or not an article, with an error line and goes on; exit 1', async () => {
    const input = ['{"id": "a", "text": "Khalifa Haftar arrived in Benghazi."}', '{"id": "b", "text": "unterminated', '[1, 2]', 'null', '{"id": "c", "text": "Tripoli, Libya."}'].join('\n');
    const r = await jsonl(input);
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines.map((l) => [l.id, l.line ?? null, typeof l.error]), [['a', null, 'undefined'], ['b', 2, 'string'], [null, 3, 'string'], [null, 4, 'string'], ['c', null, 'undefined']]);
    assert.match(String(r.lines[1].error), /^not valid JSON/);
    assert.match(r.err, /line 2 \(id "b"\): not valid JSON/);
    assert.match(r.err, /5 articles \(3 failed\)/);
  });

  it('names a missing or wrong field in the error line', async () => {
    const r = await jsonl([article('x', 'Cairo.').replace('"text"', '"body"'), '{"text": "Cairo."}', '{"id": true, "text": "Cairo."}', '{"id": 5, "text": 17}', article('d', 'Cairo.', { referenceDate: '8 Jan 2020' }), article(6, 'Cairo.', { referenceDate: null })].join('\n'));
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.lines.map((l) => [l.id, l.error]),
      [
        ['x', 'no "text"'],
        [null, 'no "id"'],
        [null, '"id" must be a string or a number'],
        [5, '"text" must be a string'],
        ['d', '"referenceDate" must be YYYY-MM-DD or null, got "8 Jan 2020"'],
        [6, undefined],
      ],
    );
    const valid = outputValidator();
    for (const l of r.lines) valid(l);
  });

  it('reads an empty input (or only blank lines) as no articles: nothing written, exit 0', async () => {
    for (const input of ['', '\n\n  \r\n']) {
      const r = await jsonl(input);
      assert.equal(r.code, 0);
      assert.deepEqual(r.lines, []);
      assert.match(r.err, /0 articles \(0 failed\), 0 annotations/);
    }
  });

  it('declines a binary text field as the per-file CLI declines a binary file', async () => {
    const r = await jsonl([article('bin', 'PK\u0003\u0004\u0000\u0000 Haftar'), article('ok', 'Haftar')].join('\n'));
    assert.equal(r.code, 1);
    assert.equal(r.lines[0].error, '"text" looks binary (contains NUL characters); not analysed');
    assert.ok(Array.isArray(r.lines[1].annotations));
  });

  it('declines a 50 MB line with an error line naming its id, and analyses the next one', async () => {
    // Fed in 1 MB chunks, as a pipe delivers it; the line is never gathered (readLines test below).
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const chunks = [Buffer.from('{"id": "huge", "text": "'), ...Array.from({ length: 50 }, () => chunk), Buffer.from('"}\n'), Buffer.from(`${article('next', 'Haftar met Erdogan.')}\n`)];
    const r = await jsonl(chunks);
    assert.equal(r.code, 1);
    assert.equal(r.lines.length, 2);
    assert.equal(r.lines[0].id, 'huge');
    assert.match(String(r.lines[0].error), /^line of 50 MB is above the 16 MB line limit \(raise it with --max-size MB\); not read$/);
    assert.equal(r.lines[1].id, 'next');
    assert.ok(Array.isArray(r.lines[1].annotations));
  });

  it('keeps at most the limit of a long line in memory, and only its head once it is over', async () => {
    const limit = 1000;
    const kept: number[] = [];
    const chunks = Array.from({ length: 200 }, () => Buffer.alloc(700, 'x'));
    const lines = [];
    for await (const line of readLines(Readable.from([...chunks, Buffer.from('\nshort\n')]), limit)) {
      lines.push(line);
      kept.push('text' in line ? line.text.length : line.tooLong.head.length);
    }
    assert.deepEqual(lines.map((l) => ('tooLong' in l ? ['long', l.tooLong.bytes] : ['text', l.text])), [['long', 140_000], ['text', 'short']]);
    assert.ok(kept[0] <= 64 * 1024);
  });

  it('declines a text above --max-size with an error line', async () => {
    const r = await jsonl(article('big', 'x'.repeat(300_000)), '--max-size', '0.1');
    assert.equal(r.code, 1);
    assert.match(String(r.lines[0].error), /^"text" of 0\.29 MB is above the 0\.1 MB limit/);
  });

  it('ends quietly, exit 0, when the reader closes the pipe (| head -1)', function () {
    if (process.platform === 'win32') this.skip();
    const input = path.join(dir, 'in.jsonl');
    const articles = kbArticles(builtinKb(), 300, 3);
    fs.writeFileSync(input, articles.map((a) => article(a.id, a.text)).join('\n'));
    const errFile = path.join(dir, 'err.txt');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" analyze --jsonl --in "${input}" 2>"${errFile}" | head -1 | cut -c1-40; echo "exit \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    const err = fs.readFileSync(errFile, 'utf8');
    assert.equal(r.stdout, `{"id":"${articles[0].id}","format":"news-\nexit 0\n`, err);
    assert.equal(err, '');
  });

  it('answers each line while its input stays open (a long-lived process fed a line at a time)', async () => {
    const input = new PassThrough();
    const out = sink();
    const firstLine = new Promise<string>((resolve) => out.on('pipe-line', resolve));
    const write = out.write.bind(out);
    out.write = ((chunk: string, ...rest: never[]) => {
      out.emit('pipe-line', String(chunk));
      return write(chunk, ...rest);
    }) as typeof out.write;
    const done = main(['analyze', '--jsonl', '--threads', '0', '--quiet'], out, sink(), input);
    input.write(`${article('only', 'Haftar met Erdogan in Ankara.')}\n`);
    // The input is still open: the answer must come before it ends (it used to wait for 16 lines or the end).
    assert.equal(JSON.parse(await firstLine).id, 'only');
    input.end();
    assert.equal(await done, 0);
  });

  it('shows live progress on a terminal, then the summary line', async () => {
    const err = Object.assign(sink(), { isTTY: true, columns: 120 });
    const code = await main(['analyze', '--jsonl', '--threads', '0'], sink(), err, Readable.from([Buffer.from([article('a', 'Haftar in Ankara.'), article('b', 'Erdogan in Tripoli.')].join('\n'))]));
    assert.equal(code, 0);
    assert.match(err.text(), /analysing \| \d+ articles, [\d,]+ annotations, 0 failed \| [\d.,]+ articles\/s/);
    assert.match(err.text(), /news-annotator: 2 articles \(0 failed\), [\d,]+ annotations in [\d.]+ s: [\d.,]+ articles\/s\n$/);
  });

  it('keeps the input order with worker threads when a long article finishes last', () => {
    const long = kbArticles(builtinKb(), 12, 5).map((a) => a.text).join('\n\n');
    const input = [article('first-and-long', long), ...Array.from({ length: 40 }, (_, i) => article(`short-${i}`, `Ankara, March ${1 + (i % 28)}. Recep Tayyip Erdogan spoke.`))].join('\n');
    const r = cli(['analyze', '--jsonl', '--threads', '2'], input);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.trimEnd().split('\n').map((l) => JSON.parse(l).id), ['first-and-long', ...Array.from({ length: 40 }, (_, i) => `short-${i}`)]);
  });

  it('reads and writes gzip files (.gz), and writes --out complete or not at all', () => {
    const input = path.join(dir, 'in.jsonl.gz');
    fs.writeFileSync(input, zlib.gzipSync([article(1, 'Haftar met Erdogan in Ankara.'), article(2, 'Tripoli.')].join('\n')));
    const out = path.join(dir, 'out.jsonl.gz');
    const r = cli(['analyze', '--jsonl', '--in', input, '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(zlib.gunzipSync(fs.readFileSync(out)).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id), [1, 2]);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['in.jsonl.gz', 'out.jsonl.gz']);
    const broken = path.join(dir, 'broken.jsonl.gz');
    fs.writeFileSync(broken, 'not gzip at all');
    const bad = cli(['analyze', '--jsonl', '--in', broken, '--out', path.join(dir, 'never.jsonl')]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /broken\.jsonl\.gz: not valid gzip/);
    assert.ok(!fs.readdirSync(dir).some((f) => f.includes('never')), 'no partial output');
  });

  it('refuses files and per-file options with --jsonl (exit 2)', async () => {
    for (const argv of [['analyze', '--jsonl', 'x.txt'], ['analyze', '--jsonl', '--out-dir', 'd'], ['fix', '--jsonl'], ['analyze', '--in', 'x.jsonl', 'y.txt'], ['analyze', '--jsonl', '--threads', 'many']]) {
      const out = sink();
      const err = sink();
      assert.equal(await main(argv, out, err), 2, argv.join(' '));
      assert.match(err.text(), /^news-annotator: /);
    }
  });
});
