/**
 * A Bloom filter: a set of strings in a few bits each, with a small false-positive rate and no
 * false negatives. Used to ship a 275,000-word English lexicon in ~400 KB.
 */
export interface BloomData {
  /** Number of bits. */
  m: number;
  /** Number of hash functions. */
  k: number;
  /** The bit array, base64. */
  bits: string;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const SEED_1 = 0x811c9dc5;
const SEED_2 = 0x9747b28c;

/** Bit positions of a string (double hashing). */
export function bloomPositions(s: string, m: number, k: number): number[] {
  const h1 = fnv1a(s, SEED_1);
  const h2 = fnv1a(s, SEED_2) | 1;
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % m);
  return out;
}

export class Bloom {
  private readonly bytes: Uint8Array;
  constructor(private readonly data: BloomData) {
    this.bytes = decodeBase64(data.bits);
  }
  // The positions of bloomPositions, tested as they are computed: this runs for many words of
  // every article, and a list per word is garbage the collector pays for.
  has(s: string): boolean {
    const { m, k } = this.data;
    const h1 = fnv1a(s, SEED_1);
    const h2 = fnv1a(s, SEED_2) | 1;
    for (let i = 0; i < k; i++) {
      const p = ((h1 + Math.imul(i, h2)) >>> 0) % m;
      if ((this.bytes[p >> 3] & (1 << (p & 7))) === 0) return false;
    }
    return true;
  }
}

/** Base64 decoding without Buffer or atob, so that it runs the same in Node and in a web worker. */
export function decodeBase64(b64: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lookup = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
  const clean = b64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (lookup[clean.charCodeAt(i)] << 18) | (lookup[clean.charCodeAt(i + 1)] << 12) | (lookup[clean.charCodeAt(i + 2)] << 6) | lookup[clean.charCodeAt(i + 3)];
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
