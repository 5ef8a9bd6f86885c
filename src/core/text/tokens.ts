/** Word tokens with UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, diacritics kept. */
  lower: string;
  /** Lower-cased ASCII where possible, the knowledge base's key form (see `fold`). */
  folded: string;
}

// A word: letters (with combining marks), digits, inner apostrophes, hyphens and dots of
// abbreviations ("al-Sarraj", "O'Brien", "U.S"). The reference definition; `tokenize` scans
// the same words by hand (three times faster: no match arrays, ASCII decided by table).
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

const START = /^[\p{L}\p{N}]$/u;
const INSIDE = /^[\p{L}\p{M}\p{N}]$/u;
/** Per ASCII code: 2 = letter or digit, 1 = joiner ('-.), 0 = anything else. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 2 : "'-.".includes(String.fromCharCode(c)) ? 1 : 0;

/** Length (1 or 2 code units) of the word character at `i` (`inside`: marks too), or 0. */
function wordCharAt(text: string, i: number, inside: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] === 2 ? 1 : 0;
  const low = c >= 0xd800 && c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
  const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1; // a code point beyond the BMP
  return (inside ? INSIDE : START).test(text.slice(i, i + width)) ? width : 0;
}

/** An ASCII letter or digit (a char code). */
export const isAsciiAlnum = (c: number): boolean => c < 128 && ASCII_CLASS[c] === 2;

const isJoiner = (c: number): boolean => (c < 128 ? ASCII_CLASS[c] === 1 : c === 0x2019); // ' - . ’

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (let i = from; i < to; ) {
    const first = wordCharAt(text, i, false);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    let ascii = text.charCodeAt(i) < 128;
    i += first;
    for (;;) {
      const w = i < text.length ? wordCharAt(text, i, true) : 0;
      if (w) {
        ascii &&= text.charCodeAt(i) < 128;
        i += w;
        continue;
      }
      // A joiner continues the word only before another word character.
      const next = i + 1 < text.length && isJoiner(text.charCodeAt(i)) ? wordCharAt(text, i + 1, false) : 0;
      if (!next) break;
      ascii &&= text.charCodeAt(i) < 128;
      i += 1;
    }
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    tokens.push({ start, end: i, text: word, lower, folded: ascii ? lower : fold(word) });
  }
  return tokens;
}

/** Starts with an upper-case letter (ASCII decided without a regex: this runs for most tokens). */
export const isCapitalized = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
};
export const isLowerWord = (word: string): boolean => /^\p{Ll}[\p{Ll}\p{M}'’\-]*$/u.test(word);

const ASCII = /^[\x00-\x5f\x61-\x7f]*$/; // no backtick, which folds to an apostrophe

/** Strips diacritics and folds to lower-case ASCII where possible ("Çavuşoğlu" -> "cavusoglu"). */
export function fold(s: string): string {
  // Most names and words are plain ASCII: skip Unicode normalisation for them (hot path).
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[ßø]/g, (c) => (c === 'ß' ? 'ss' : 'o'))
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}
