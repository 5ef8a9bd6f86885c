import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { SingleBar, Presets } from 'cli-progress';
import type { Analyzer } from '../core/analyzer';
import { cliAnalyzer } from './builtin-analyzer';
import { parseArgs, type CliArgs } from './args';
import type { FileResult } from './main';
import { SidecarWriter } from './sidecar-writer';

// Below this many files a second thread costs more (its own KB load) than it saves.
const MIN_FILES_FOR_WORKERS = 16;

export const useWorkers = (files: number): boolean =>
  files >= MIN_FILES_FOR_WORKERS && os.availableParallelism() > 1 && process.env.NEWS_ANNOTATOR_WORKERS !== '0' && typeof __filename === 'string';

/** A progress bar on stderr when it is a terminal (nothing in pipes and CI logs). */
export function startProgress(total: number, stream: NodeJS.WritableStream): { increment(): void; stop(): void } | undefined {
  if (!(stream as NodeJS.WriteStream).isTTY) return undefined;
  const bar = new SingleBar({ stream: stream as NodeJS.WriteStream, format: 'analysing {bar} {value}/{total} files | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { increment: () => bar.increment(), stop: () => bar.stop() };
}

/**
 * Shares the files among one worker thread per core (each with its own analyzer) and hands the
 * results back in the order of `files`, so that the report reads the same as a serial run.
 */
export async function analyzeInWorkers(files: string[], argv: string[], onResult: (r: FileResult) => void, onSyncProblem: (problem: string) => void): Promise<void> {
  const threads = Math.min(os.availableParallelism(), Math.ceil(files.length / MIN_FILES_FOR_WORKERS) + 1);
  const results = new Map<number, FileResult>();
  let next = 0;
  const flush = () => {
    while (results.has(next)) {
      onResult(results.get(next)!);
      results.delete(next++);
    }
  };
  await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const share = files.map((f, i) => [i, f] as const).filter(([i]) => i % threads === t);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { newsAnnotatorWorker: true, argv, share } });
        worker.on('message', (m: { index: number; result: FileResult } | { syncProblem: string }) => {
          if ('syncProblem' in m) return onSyncProblem(m.syncProblem);
          results.set(m.index, m.result);
          flush();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
      });
    }),
  );
  flush();
}

/** In a worker thread started by analyzeInWorkers: analyse its share and report each file. */
export function workerMain(analyzeOne: (analyzer: Analyzer, file: string, args: CliArgs, writer: SidecarWriter) => FileResult): boolean {
  if (isMainThread || !workerData?.newsAnnotatorWorker) return false;
  const args = parseArgs(workerData.argv as string[]);
  const analyzer = cliAnalyzer();
  const writer = new SidecarWriter(!args.noFsync);
  for (const [index, file] of workerData.share as Array<[number, string]>) parentPort!.postMessage({ index, result: analyzeOne(analyzer, file, args, writer) });
  // The thread ends (and its share counts as done) once its sidecars are on disk.
  void writer.sync().then((problems) => {
    for (const syncProblem of problems) parentPort!.postMessage({ syncProblem });
  });
  return true;
}
