import { HASH_START, hashStep, sharedWord } from './word-table';

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

/** Length (1 or 2 code units) of the non-ASCII word character at `i` (`inside`: marks too), or 0. */
function wideWordCharAt(text: string, i: number, inside: boolean): number {
  const c = text.charCodeAt(i);
  const low = c >= 0xd800 && c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
  const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1; // a code point beyond the BMP
  return (inside ? INSIDE : START).test(text.slice(i, i + width)) ? width : 0;
}

/** Whether a word may start at `i` (a letter or digit). */
const startsWord = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c] === 2 : wideWordCharAt(text, i, false) > 0;
};

/** An ASCII letter or digit (a char code). */
export const isAsciiAlnum = (c: number): boolean => c < 128 && ASCII_CLASS[c] === 2;

/**
 * A full stop between a lower-case letter and a capital ("Minister Wong.The next"): a sentence
 * end whose space machine translation or a web page lost, not an abbreviation ("U.S", "e.g").
 */
function sentenceEndWithoutSpace(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  const before = text.charCodeAt(dot - 1);
  const after = text.charCodeAt(dot + 1);
  const beforeThat = text.charCodeAt(dot - 2);
  return before >= 97 && before <= 122 && after >= 65 && after <= 90 && ((beforeThat >= 97 && beforeThat <= 122) || (beforeThat >= 65 && beforeThat <= 90));
}

/**
 * The words of text[from, to) (a word may run past `to`). This runs over every character of
 * every document: ASCII is decided inline by table, and a word that is already lower-case ASCII
 * is its own `lower` and `folded` (no copies).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let wide = 0; // the width of a non-ASCII word character (1 or 2 code units)
  for (let i = from; i < to; ) {
    let c = text.charCodeAt(i);
    const first = c < 128 ? (ASCII_CLASS[c] === 2 ? 1 : 0) : wideWordCharAt(text, i, false);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 128;
    let upper = c >= 65 && c <= 90;
    let hash = hashStep(HASH_START, c);
    i += first;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128 && ASCII_CLASS[c] === 2) {
        upper ||= c >= 65 && c <= 90;
        hash = hashStep(hash, c);
        i++;
      } else if (c >= 128 && (wide = wideWordCharAt(text, i, true))) {
        ascii = false;
        i += wide;
      } else if ((c < 128 ? ASCII_CLASS[c] === 1 : c === 0x2019) && i + 1 < n && startsWord(text, i + 1) && !sentenceEndWithoutSpace(text, i)) {
        // A joiner (' - . ’) continues the word only before another word character.
        ascii &&= c < 128;
        hash = hashStep(hash, c);
        i++;
      } else break;
    }
    tokens.push(ascii ? asciiToken(text, start, i, hash, upper) : wideToken(text.slice(start, i), start, i));
  }
  return tokens;
}

/** An ASCII word: its strings shared with every other token of the same word (see word-table). */
function asciiToken(text: string, start: number, end: number, hash: number, upper: boolean): Token {
  const word = sharedWord(text, start, end, hash, upper);
  return { start, end, text: word.text, lower: word.lower, folded: word.lower };
}

function wideToken(word: string, start: number, end: number): Token {
  return { start, end, text: word, lower: word.toLowerCase(), folded: fold(word) };
}

/**
 * Tokens i and i+1 are two capitalised words one space apart: where a two-word name may stand
 * (decided without a call for most tokens, which are not).
 */
export function capitalisedPairAt(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return b !== undefined && b.start === a.end + 1 && isCapitalized(a.text) && isCapitalized(b.text);
}

/**
 * The indices i where capitalisedPairAt(tokens, i), ascending: found once per token list for the
 * passes that read two-word names (a fifth of the words are capitalised, a tenth begin a pair:
 * each pass walks these instead of every word of the text).
 */
export function capitalisedPairs(tokens: readonly Token[]): Int32Array {
  let pairs = pairsOf.get(tokens);
  if (!pairs) {
    const found: number[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) if (capitalisedPairAt(tokens, i)) found.push(i);
    pairsOf.set(tokens, (pairs = Int32Array.from(found)));
  }
  return pairs;
}

const pairsOf = new WeakMap<readonly Token[], Int32Array>();

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
  return withoutMarks(s).toLowerCase().replace(/[’‘`]/g, "'");
}

/**
 * Letters that are no base letter plus a mark (NFD leaves them whole), as English text writes
 * them: Turkish ı, German ß, Danish and Norwegian ø and æ, Polish ł, Vietnamese and Croatian đ,
 * Icelandic ð and þ, French œ, Maltese ħ ("Đoković" is "Dokovic", "Łódź" "Lodz").
 */
const AS_ASCII: Record<string, string> = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', ł: 'l', đ: 'd', ð: 'd', þ: 'th', œ: 'oe', ħ: 'h' };
const LETTERS_WITHOUT_MARKS = new RegExp(`[${Object.keys(AS_ASCII).join('')}]`, 'giu');

/** The letters without their marks, in their case ("Sánchez" -> "Sanchez", "Łódź" -> "Lodz"). */
export function withoutMarks(s: string): string {
  if (ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(LETTERS_WITHOUT_MARKS, (c) => {
      const plain = AS_ASCII[c.toLowerCase()] ?? c;
      return c === c.toLowerCase() ? plain : plain[0].toUpperCase() + plain.slice(1);
    });
}
