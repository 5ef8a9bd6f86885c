import { Presets, SingleBar } from 'cli-progress';
import type { ArticleResult } from './jsonl-article';

/**
 * What a --jsonl run says on stderr: on a terminal a live line (a bar over the input file when its
 * size is known), then the summary; elsewhere (a pipe, a log) only the summary line.
 */
export class JsonlProgress {
  articles = 0;
  failed = 0;
  annotations = 0;
  private readonly started = performance.now();
  private readonly bar?: SingleBar;

  constructor(
    private readonly err: NodeJS.WritableStream,
    size: number | undefined,
    private readonly quiet: boolean,
  ) {
    if (quiet || !(err as NodeJS.WriteStream).isTTY) return;
    const counts = '{articles} articles, {annotations} annotations, {failed} failed | {rate} articles/s';
    this.bar = new SingleBar({ stream: err as NodeJS.WriteStream, format: size ? `analysing {bar} {percentage}% | ${counts}` : `analysing | ${counts}`, hideCursor: true }, Presets.shades_classic);
    this.bar.start(size ?? 1, 0, this.payload());
  }

  add(r: ArticleResult, bytesRead: number): void {
    this.articles++;
    if (r.failed) this.failed++;
    this.annotations += r.annotations;
    this.bar?.update(bytesRead, this.payload());
  }

  /** A message (a failed line) on its own line, above the bar. */
  note(message: string): void {
    if (this.quiet) return;
    this.err.write(`${this.bar ? '\n' : ''}${message}\n`);
  }

  stop(): void {
    this.bar?.stop();
  }

  finish(): void {
    this.stop();
    if (!this.quiet) this.err.write(`${this.summary()}\n`);
  }

  /** "5,000 articles (3 failed), 512,345 annotations in 10.4 s: 481 articles/s". */
  summary(): string {
    const s = this.seconds();
    const articles = `${this.articles.toLocaleString('en')} article${this.articles === 1 ? '' : 's'}`;
    return `news-annotator: ${articles} (${this.failed.toLocaleString('en')} failed), ${this.annotations.toLocaleString('en')} annotations in ${s.toFixed(1)} s: ${perSecond(this.rate())} articles/s`;
  }

  private seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  private rate(): number {
    return this.articles / Math.max(this.seconds(), 1e-3);
  }

  private payload(): Record<string, string> {
    return { articles: this.articles.toLocaleString('en'), annotations: this.annotations.toLocaleString('en'), failed: this.failed.toLocaleString('en'), rate: perSecond(this.rate()) };
  }
}

/** A rate with two significant digits below 100 ("0.27", "48"), whole above ("481", "1,204"). */
const perSecond = (r: number): string => (r < 100 ? String(Number(r.toPrecision(2))) : Math.round(r).toLocaleString('en'));
