/**
 * The one place where UTF-16 offsets (JavaScript, VS Code, web-tree-sitter) and Unicode code point
 * offsets (sidecar, brat, spaCy, W3C) are converted.
 */
export interface OffsetConverter {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Builds a converter for one text. O(n) once, then O(log k) per lookup (k = astral characters). */
export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 indices of the low surrogates of astral characters: each one is a unit without a code point.
  const lows: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) lows.push(++i);
  }
  /** Number of low surrogates at indices < limit. */
  const lowsBefore = (limit: number): number => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid] < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    codePointLength: text.length - lows.length,
    toCodePoint: (u) => u - lowsBefore(u),
    toUtf16: (cp) => {
      // u = cp + (low surrogates up to and including u): iterate to the fixed point, which is
      // reached in a few steps because the count only grows.
      let k = 0;
      for (;;) {
        const u = cp + k;
        const next = lowsBefore(u + 1);
        if (next === k) return u;
        k = next;
      }
    },
  };
}

/** Code point length of a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    if (isHighSurrogate(s.charCodeAt(i)) && isLowSurrogate(s.charCodeAt(i + 1))) i++;
  }
  return n;
}
