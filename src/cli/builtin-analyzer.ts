import fs from 'node:fs';
import path from 'node:path';
import type { Analyzer } from '../core/analyzer';
import { createBuiltinAnalyzer } from '../core/kb/builtin';
import { addBuiltinDetails } from '../core/kb/builtin-details';
import { provideDataReader } from '../core/text/bundled-data';

/**
 * The CLI bundle reads its data (the KB, its indexes, the lexicon) from dist/data/ beside it, each
 * file when first needed. Embedded in the script as strings, the data made every process and
 * every worker thread read and compile 17 MB of script before its first article: 0.7 s of a
 * 2.5 s run on one file. From source (tsx, the tests) the data is imported and this reader unused.
 */
/** A data file the build puts beside the bundle is missing or unreadable: said plainly, no stack. */
export class DataFileUnreadable extends Error {}

provideDataReader((name) => {
  const file = path.join(__dirname, 'data', name);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataFileUnreadable(`news-annotator: cannot read its data file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); run \`npm run build\``);
  }
});

/** An analyzer over the whole built-in KB: its descriptions and pinyin (a file of their own) put back first. */
export function cliAnalyzer(): Analyzer {
  const analyzer = createBuiltinAnalyzer();
  addBuiltinDetails();
  return analyzer;
}
