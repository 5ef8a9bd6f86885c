import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analyzer } from '../core/analyzer';
import { cliAnalyzer } from './builtin-analyzer';
import { analyzeLine, type ArticleOptions, type ArticleResult } from './jsonl-article';
import type { InputLine } from './jsonl-lines';

/** Analyses input lines, on worker threads or on this one; results come back per line. */
export interface LinePool {
  submit(input: InputLine): Promise<ArticleResult>;
  close(): Promise<void>;
}

/** The threads a run uses: --threads, else one per core; 0 (or NEWS_ANNOTATOR_WORKERS=0) analyses on the main thread. */
export function threadCount(requested: number | undefined): number {
  if (requested !== undefined) return requested;
  if (process.env.NEWS_ANNOTATOR_WORKERS === '0') return 0;
  return os.availableParallelism();
}

export function createPool(threads: number, options: ArticleOptions): LinePool {
  return threads > 0 && typeof __filename === 'string' ? new WorkerPool(threads, options) : new InlinePool(options);
}

/** One analyzer on the main thread (the KB loaded once); each line analysed when submitted. */
class InlinePool implements LinePool {
  private analyzer?: Analyzer;
  constructor(private readonly options: ArticleOptions) {}
  submit(input: InputLine): Promise<ArticleResult> {
    this.analyzer ??= cliAnalyzer();
    return Promise.resolve(safeAnalyzeLine(this.analyzer, input, this.options));
  }
  async close(): Promise<void> {}
}

interface Waiting {
  resolve(r: ArticleResult): void;
  reject(e: Error): void;
}

/** Worker threads, each with its own analyzer (its KB loaded once); a line goes to the least busy one. */
class WorkerPool implements LinePool {
  private readonly workers: Array<{ worker: Worker; busy: number }>;
  private readonly waiting = new Map<number, Waiting>();
  private seq = 0;
  private failure?: Error;

  constructor(threads: number, options: ArticleOptions) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(__filename, { workerData: { newsAnnotatorJsonlWorker: true, options } });
      const entry = { worker, busy: 0 };
      worker.on('message', (m: { seq: number; result: ArticleResult }) => {
        entry.busy--;
        this.waiting.get(m.seq)?.resolve(m.result);
        this.waiting.delete(m.seq);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a worker thread exited with ${code}`)));
      return entry;
    });
  }

  submit(input: InputLine): Promise<ArticleResult> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.seq++;
    const entry = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    entry.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      entry.worker.postMessage({ seq, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}

/** An analyzer bug on one article is that article's error line: a long run does not stop for it. */
function safeAnalyzeLine(analyzer: Analyzer, input: InputLine, options: ArticleOptions): ArticleResult {
  try {
    return analyzeLine(analyzer, input, options);
  } catch (e) {
    return { line: JSON.stringify({ id: null, line: input.number, error: `internal error: ${(e as Error).message}` }), failed: true, annotations: 0 };
  }
}

/** In a worker thread started by a WorkerPool: analyse each line sent. */
export function jsonlWorkerMain(): boolean {
  if (isMainThread || !workerData?.newsAnnotatorJsonlWorker) return false;
  const options = workerData.options as ArticleOptions;
  const analyzer = cliAnalyzer();
  parentPort!.on('message', (m: { seq: number; input: InputLine }) => parentPort!.postMessage({ seq: m.seq, result: safeAnalyzeLine(analyzer, m.input, options) }));
  return true;
}
