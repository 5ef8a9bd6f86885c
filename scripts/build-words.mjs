// Builds out/english.bloom.json: a Bloom filter of the English lexicon (an-array-of-english-words),
// so that the analyzer can ask "is this lower-case token an English word?" without shipping 3 MB.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FALSE_POSITIVE_RATE = 0.01;

function fnv1a(s, seed) {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function buildWords({ root }) {
  const words = require('an-array-of-english-words');
  const n = words.length;
  const m = Math.ceil((-n * Math.log(FALSE_POSITIVE_RATE)) / Math.LN2 ** 2);
  const k = Math.round((m / n) * Math.LN2);
  const bytes = new Uint8Array(Math.ceil(m / 8));
  for (const w of words) {
    const h1 = fnv1a(w, 0x811c9dc5);
    const h2 = fnv1a(w, 0x9747b28c) | 1;
    for (let i = 0; i < k; i++) {
      const p = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      bytes[p >> 3] |= 1 << (p & 7);
    }
  }
  const out = path.join(root, 'out', 'english.bloom.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ m, k, bits: Buffer.from(bytes).toString('base64') }));
  return { words: n, bytes: bytes.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(buildWords({ root: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..') }));
}
