// Issue 18: compact output (--compact) and sidecar writes flushed in one batch (or not at all).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { sink } from './helpers';

const TEXT = 'Khalifa Haftal met Recep Tayyip Erdogan in Ankara on Monday. Haftal said the Libyan National Army would withdraw.\n';

async function run(argv: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, out, err, Readable.from([Buffer.from(input)]));
  return { code, out: out.text(), err: err.text() };
}

/** Counts the calls of `fs.fsyncSync` and of `fs.promises.open` (a FileHandle opened to be flushed) while `f` runs. */
async function countingSyncs<T>(f: () => Promise<T>): Promise<{ result: T; fsyncSync: number; opened: string[] }> {
  const { fsyncSync } = fs;
  const open = fs.promises.open;
  let calls = 0;
  const opened: string[] = [];
  fs.fsyncSync = (fd) => {
    calls++;
    return fsyncSync(fd);
  };
  fs.promises.open = ((p: fs.PathLike, ...rest: unknown[]) => {
    opened.push(String(p));
    return (open as (...a: unknown[]) => Promise<fs.promises.FileHandle>)(p, ...rest);
  }) as typeof fs.promises.open;
  try {
    return { result: await f(), fsyncSync: calls, opened };
  } finally {
    fs.fsyncSync = fsyncSync;
    fs.promises.open = open;
  }
}

describe('CLI corpus output: --compact and batched flushing', function () {
  this.timeout(60_000);
  let dir: string;
  const prev = process.env.NEWS_ANNOTATOR_WORKERS;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-corpus-'));
    process.env.NEWS_ANNOTATOR_WORKERS = '0';
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (prev === undefined) delete process.env.NEWS_ANNOTATOR_WORKERS;
    else process.env.NEWS_ANNOTATOR_WORKERS = prev;
  });

  it('--jsonl --compact leaves out the quote context and the reasons, nothing else', async () => {
    const line = JSON.stringify({ id: 'a', text: TEXT, referenceDate: '2020-01-08' });
    const full = JSON.parse((await run(['analyze', '--jsonl', '--threads', '0'], line)).out);
    const compact = await run(['analyze', '--jsonl', '--threads', '0', '--compact'], line);
    assert.equal(compact.code, 0, compact.err);
    assert.equal(compact.out.split('\n').length, 2, 'one line and its line break');
    const c = JSON.parse(compact.out);
    assert.ok(full.annotations.some((a: { correction?: unknown }) => a.correction), 'the text has a misrendering');
    const stripped = full.annotations.map(({ prefix: _p, suffix: _s, ...a }: Record<string, unknown>) => {
      if (!a.correction) return a;
      const { reason: _r, ...correction } = a.correction as Record<string, unknown>;
      return { ...a, correction };
    });
    assert.deepEqual(c.annotations, stripped);
    assert.deepEqual(c.document, full.document);
    assert.equal(c.history, undefined, 'an empty history is left out');
    assert.ok(compact.out.length < 0.8 * JSON.stringify(full).length);
  });

  it('analyze --compact writes a minified sidecar that stays valid and is merged on the next run', async () => {
    const text = path.join(dir, 'a.txt');
    fs.writeFileSync(text, TEXT);
    assert.equal((await run(['analyze', '--quiet', '--compact', text])).code, 0);
    const written = fs.readFileSync(`${text}.annotations.json`, 'utf8');
    assert.equal(written.includes('\n'), false, 'minified');
    const parsed = parseSidecar(written);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
    assert.ok(parsed.sidecar.annotations.length > 3);
    assert.ok(parsed.sidecar.annotations.every((a) => a.prefix === undefined && a.suffix === undefined && !a.correction?.reason));
    // Edited text: the compact sidecar is read back and re-anchored by position and exact text.
    fs.writeFileSync(text, `Tripoli, Jan. 8.\n${TEXT}`);
    const again = await run(['analyze', '--json', text]);
    assert.equal(again.code, 0, again.err);
    assert.ok(JSON.parse(again.out).files[0].reanchored, 'the sidecar was used, not replaced');
  });

  it('exports a compact sidecar without "undefined" where the reason was', async () => {
    const text = path.join(dir, 'a.txt');
    fs.writeFileSync(text, TEXT);
    assert.equal((await run(['analyze', '--quiet', '--compact', text])).code, 0);
    const out = path.join(dir, 'w3c');
    const r = await run(['export', '--format', 'w3c', '--out-dir', out, text]);
    assert.equal(r.code, 0, r.err);
    const exported = fs.readdirSync(out).map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('');
    assert.match(exported, /\(confidence [\d.]+\)"/, 'a correction is exported with its kind and confidence');
    assert.doesNotMatch(exported, /undefined/);
  });

  it('reports an accepted correction kept from a compact sidecar without "undefined" for its reason', async () => {
    const text = path.join(dir, 'a.txt');
    fs.writeFileSync(text, TEXT);
    assert.equal((await run(['analyze', '--quiet', '--compact', text])).code, 0);
    const side = `${text}.annotations.json`;
    const sidecar = JSON.parse(fs.readFileSync(side, 'utf8'));
    const corrected = sidecar.annotations.filter((a: { correction?: unknown }) => a.correction);
    assert.ok(corrected.length, 'the text has a misrendering');
    for (const a of corrected) a.status = 'accepted';
    fs.writeFileSync(side, JSON.stringify(sidecar));
    const r = await run(['analyze', text]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Haftal -> (Khalifa )?Haftar/);
    assert.doesNotMatch(r.out, /undefined/);
  });

  it('flushes a folder of sidecars in one batch at the end: no fsync per file, each file and its folder once', async () => {
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `t${i}.txt`), `${TEXT} (${i})`);
    const out = path.join(dir, 'out');
    const { result, fsyncSync, opened } = await countingSyncs(() => run(['analyze', '--quiet', '--out-dir', out, dir]));
    assert.equal(result.code, 0, result.err);
    assert.equal(fsyncSync, 0);
    assert.deepEqual(opened.map((p) => path.relative(dir, p)).sort(), ['out', ...Array.from({ length: 6 }, (_, i) => `out/t${i}.txt.annotations.json`)]);
  });

  it('--no-fsync flushes nothing and still replaces each sidecar by rename (no temporary file left)', async () => {
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `t${i}.txt`), TEXT);
    const { result, fsyncSync, opened } = await countingSyncs(() => run(['analyze', '--quiet', '--no-fsync', dir]));
    assert.equal(result.code, 0, result.err);
    assert.equal(fsyncSync + opened.length, 0);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length, 3);
    assert.equal(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')).length, 0);
  });
});
