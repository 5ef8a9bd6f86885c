import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './fs-atomic';

/**
 * Writes the sidecars of a run. Each is atomic at once (temporary file, then rename: a crashed
 * run leaves each sidecar old or new, never cut). Durability comes in one batch at the end
 * (`sync`): every file written, then every folder, flushed to disk concurrently, so the disk
 * commits them together instead of once per file (one fsync each cost 0.3-1 ms a file, a fifth of
 * a folder run). With `durable` false (--no-fsync) nothing is flushed: the operating system
 * writes the files back when it likes, and a power cut soon after the run may lose them.
 */
export class SidecarWriter {
  private readonly written: string[] = [];

  constructor(private readonly durable: boolean) {}

  write(file: string, content: string): void {
    writeFileAtomic(file, content, false);
    if (this.durable) this.written.push(file);
  }

  /** Flushes what was written (files, then their folders); one line per file that could not be. */
  async sync(): Promise<string[]> {
    const files = this.written.splice(0);
    // Windows opens no folder for flushing (and needs none: NTFS journals renames).
    const folders = process.platform === 'win32' ? [] : [...new Set(files.map((f) => path.dirname(f)))];
    const problems: string[] = [];
    const flush = async (p: string) => {
      try {
        const h = await fs.promises.open(p, 'r');
        try {
          await h.sync();
        } finally {
          await h.close();
        }
      } catch (e) {
        problems.push(`${p}: written but not flushed to disk (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    };
    await inBatches(files, flush);
    await inBatches(folders, flush);
    return problems;
  }
}

/** At most 64 open at a time: a folder of 100,000 sidecars must not run out of file descriptors. */
async function inBatches(items: string[], each: (item: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(each));
}
