import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import zlib from 'node:zlib';
import type { CliArgs } from './args';
import { lineLimit, type ArticleResult } from './jsonl-article';
import { readLines, type InputLine } from './jsonl-lines';
import { createPool, threadCount } from './jsonl-pool';
import { JsonlProgress } from './jsonl-progress';
import { MAX_BYTES } from './files';

/** Lines analysed ahead of the one being written, per thread: enough to keep every thread busy. */
const AHEAD_PER_THREAD = 16;

/** Failed lines named on stderr; the rest are only counted (they are all in the output). */
const ERRORS_SHOWN = 20;

/**
 * `analyze --jsonl`: articles in, one line each out, in input order. Exit code 1 when any line
 * failed or the input or output could not be used, else 0 (also when the reader closed the pipe
 * early: it has what it wanted).
 */
export async function runJsonl(args: CliArgs, stdin: NodeJS.ReadableStream, stdout: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const maxBytes = args.maxBytes ?? MAX_BYTES;
  let input: Input;
  let output: Output;
  try {
    input = openInput(args.inFile, stdin);
    output = openOutput(args.outFile, stdout);
  } catch (e) {
    err.write(`news-annotator: ${(e as Error).message}\n`);
    return 1;
  }
  const threads = threadCount(args.threads);
  const pool = createPool(threads, { referenceDate: args.referenceDate, maxBytes, compact: args.compact });
  const progress = new JsonlProgress(err, input.size, args.quiet);
  let shown = 0;
  const onResult = (r: ArticleResult) => {
    progress.add(r, input.bytesRead());
    if (r.failed && shown++ < ERRORS_SHOWN) progress.note(`news-annotator: ${describeError(r.line)}`);
  };
  try {
    await stream(input, output, (line) => pool.submit(line), onResult, lineLimit(maxBytes), Math.max(1, threads) * AHEAD_PER_THREAD);
    await output.commit();
  } catch (e) {
    output.abort();
    progress.stop();
    err.write(`news-annotator: ${(e as Error).message}\n`);
    return 1;
  } finally {
    input.stream.destroy();
    await pool.close();
  }
  // A reader that closed the pipe has what it wanted: no summary, and no failure for it.
  if (output.closed && !output.error) progress.stop();
  else progress.finish();
  return progress.failed ? 1 : 0;
}

/**
 * Reads, analyses ahead and writes in order. Each result is written as soon as it and those
 * before it are done, not when the window fills: a long-lived process fed a few lines at a time
 * (the Ray example's actors) gets their answers without closing its input.
 */
async function stream(input: Input, output: Output, submit: (l: InputLine) => Promise<ArticleResult>, onResult: (r: ArticleResult) => void, limit: number, ahead: number): Promise<void> {
  let written: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let failed = false;
  let slotFree: (() => void) | undefined;
  for await (const line of readLines(input.stream, limit)) {
    if (output.closed || failed) break;
    const result = submit(line);
    // Lines analysed ahead when the reader goes away are dropped, their outcome unobserved.
    result.catch(() => {});
    inFlight++;
    written = written
      .then(async () => {
        if (output.closed) return;
        const r = await result;
        onResult(r);
        await output.write(`${r.line}\n`);
      })
      .catch((e: unknown) => {
        failed = true;
        throw e;
      })
      .finally(() => {
        inFlight--;
        slotFree?.();
      });
    while (inFlight >= ahead && !output.closed && !failed) await new Promise<void>((resolve) => (slotFree = resolve));
  }
  await written;
  if (input.error) throw input.error;
  if (output.error) throw output.error;
}

interface Input {
  stream: Readable;
  /** Bytes of the file (compressed, for .gz), when reading a file. */
  size?: number;
  bytesRead(): number;
  error?: Error;
}

function openInput(file: string | undefined, stdin: NodeJS.ReadableStream): Input {
  if (!file) return { stream: (stdin as Readable).pipe(new PassThrough()), bytesRead: () => 0 };
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${file}: no such file`);
  if (!stat.isFile() && !stat.isFIFO()) throw new Error(`${file}: not a regular file or a pipe; not read`);
  const raw = fs.createReadStream(file);
  // The lines come from a pass-through, so that a read or gzip error ends them (the lines read
  // so far are written) and is then reported in our words, not thrown from inside the reader.
  const lines = new PassThrough();
  const input: Input = { stream: lines, size: stat.isFile() ? stat.size : undefined, bytesRead: () => raw.bytesRead };
  const fail = (message: string) => {
    input.error ??= new Error(`${file}: ${message}`);
    lines.end();
  };
  raw.on('error', (e: NodeJS.ErrnoException) => fail(`cannot read (${e.code ?? e.message})`));
  if (!file.endsWith('.gz')) return (raw.pipe(lines), input);
  const gunzip = zlib.createGunzip();
  gunzip.on('error', (e) => fail(`not valid gzip (${e.message})`));
  raw.pipe(gunzip).pipe(lines);
  return input;
}

interface Output {
  /** Resolves once the stream takes more (at once unless it is full). */
  write(s: string): Promise<void>;
  /** The reader went away (EPIPE): stop quietly. */
  closed: boolean;
  /** Any other write error: the run fails. */
  error?: Error;
  commit(): Promise<void>;
  abort(): void;
}

function openOutput(file: string | undefined, stdout: NodeJS.WritableStream): Output {
  return file ? fileOutput(file) : pipeOutput(stdout as Writable);
}

/** Standard output: written as it comes; a closed pipe ends the run without a word. */
function pipeOutput(out: Writable): Output {
  const o: Output = {
    closed: false,
    write: (s) => writeTo(out, s, o),
    commit: () => (o.closed || !out.writableNeedDrain ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()))),
    abort: () => {},
  };
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') o.error ??= new Error(`cannot write the output (${e.code ?? e.message})`);
    o.closed = true;
    out.emit('drain');
  });
  return o;
}

function writeTo(out: Writable, s: string, o: Output): Promise<void> {
  if (o.closed || out.write(s)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/**
 * A file, complete or not at all: written to a temporary file beside it (gzipped for .gz), flushed
 * to disk and renamed over it at the end, so a shard that exists is a finished shard.
 */
function fileOutput(file: string): Output {
  const dir = path.dirname(file);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${dir}: no such folder (for --out ${file})`);
  const tmp = path.join(dir, `.${path.basename(file).slice(0, 80)}.${process.pid}.tmp`);
  const raw = fs.createWriteStream(tmp);
  const sink: Writable = file.endsWith('.gz') ? zlib.createGzip() : raw;
  if (sink !== raw) sink.pipe(raw);
  const o: Output = {
    closed: false,
    write: (s) => writeTo(sink, s, o),
    commit: async () => {
      await new Promise<void>((resolve, reject) => {
        raw.once('close', () => (o.error ? reject(o.error) : resolve()));
        sink.end();
      });
      syncAndRename(tmp, file);
    },
    abort: () => {
      raw.destroy();
      fs.rmSync(tmp, { force: true });
    },
  };
  // A full disk or a lost folder: the run stops and the temporary file goes.
  raw.on('error', (e) => {
    o.error ??= new Error(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? e.message})`);
    o.closed = true;
    sink.emit('drain');
  });
  return o;
}

function syncAndRename(tmp: string, file: string): void {
  const fd = fs.openSync(tmp, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/** "line 7 (id "x"): not valid JSON ..." from an error line. */
function describeError(line: string): string {
  const e = JSON.parse(line) as { id: string | number | null; line: number; error: string };
  return `line ${e.line}${e.id !== null ? ` (id ${JSON.stringify(e.id)})` : ''}: ${e.error}`;
}
