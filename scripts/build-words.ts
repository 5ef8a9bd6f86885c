// Build step (bundled and run by esbuild.mjs): out/english.bloom.json, a Bloom filter of the English
// lexicon (an-array-of-english-words), so that the analyzer can ask "is this lower-case token an
// English word?" without shipping 3 MB. Bit positions come from the same function the runtime
// uses (src/core/text/bloom.ts), so the two can never disagree.
import fs from 'node:fs';
import path from 'node:path';
import words from 'an-array-of-english-words/index.json';
import { bloomPositions, type BloomData } from '../src/core/text/bloom';

// A garbled name the filter takes for an English word is skipped by every name detector: at 1 %
// that was one name in a hundred (0.25 % of random letter strings are taken now, 1.1 % then).
const FALSE_POSITIVE_RATE = 0.001;

export function run(root: string): { words: number; bytes: number } {
  const n = words.length;
  const m = Math.ceil((-n * Math.log(FALSE_POSITIVE_RATE)) / Math.LN2 ** 2);
  const k = Math.round((m / n) * Math.LN2);
  const bytes = new Uint8Array(Math.ceil(m / 8));
  for (const w of words) for (const p of bloomPositions(w, m, k)) bytes[p >> 3] |= 1 << (p & 7);
  const data: BloomData = { m, k, bits: Buffer.from(bytes).toString('base64') };
  fs.mkdirSync(path.join(root, 'out'), { recursive: true });
  fs.writeFileSync(path.join(root, 'out', 'english.bloom.json'), JSON.stringify(data));
  return { words: n, bytes: bytes.length };
}
