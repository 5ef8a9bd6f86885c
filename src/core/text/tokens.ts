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
// abbreviations ("al-Sarraj", "O'Brien", "U.S").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    tokens.push({ start: m.index, end: m.index + word.length, text: word, lower, folded: ASCII.test(word) ? lower : fold(word) });
  }
  return tokens;
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
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
