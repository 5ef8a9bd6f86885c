/**
 * One string per distinct ASCII word, shared by every token of every text analysed in this
 * process. Cutting a word out of the text for each token made the tokenizer half of its own time
 * (a 1 MB text is 160,000 tokens but a few thousand distinct words), and every later lookup keyed
 * by a fresh string hashed it again; a shared string is hashed once. A fixed open-addressing
 * table: a word whose probe run is full is simply not shared (the memory stays bounded in a
 * process that reads millions of articles).
 */
export interface SharedWord {
  text: string;
  /** The word in lower case (the word itself when it has no capital). */
  lower: string;
}

const SLOTS = 1 << 16; // a power of two: the slot is the hash's low bits
const PROBES = 8;
const table: Array<SharedWord | undefined> = new Array(SLOTS);

/** Hash of a word, built one char code at a time by the tokenizer (FNV-1a). */
export const HASH_START = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619);

/** The shared word text[start, end) with the given hash (`upper`: it has a capital). */
export function sharedWord(text: string, start: number, end: number, hash: number, upper: boolean): SharedWord {
  const length = end - start;
  let slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
  for (let probe = 0; probe < PROBES; probe++) {
    const known = table[slot];
    if (known === undefined) return (table[slot] = wordOf(text.slice(start, end), upper));
    if (known.text.length === length && text.startsWith(known.text, start)) return known;
    slot = (slot + 1) & (SLOTS - 1);
  }
  return wordOf(text.slice(start, end), upper);
}

const wordOf = (text: string, upper: boolean): SharedWord => ({ text, lower: upper ? text.toLowerCase() : text });
