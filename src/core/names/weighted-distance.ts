import { PairMemo } from '../memo';
import { fold } from '../text/tokens';

/**
 * Edit distance whose cheap operations are the ones a Chinese round trip makes: vowel changes,
 * l/r, b/p, d/t, g/k/q, s/z/x, v/w swaps, dropped h, doubled letters and dropped final syllables.
 * Returns a cost; divide by the length for a similarity.
 */
const VOWELS = new Set('aeiouy');
const CHEAP_PAIRS = ['lr', 'bp', 'dt', 'gk', 'kq', 'ck', 'sz', 'sx', 'vw', 'fv', 'jz', 'jc', 'mn', 'gq'];

// Substitution costs by character code (letters are folded to a-z first): a lookup, not a string.
const SUBSTITUTION = new Float64Array(128 * 128).fill(1);
for (let c = 0; c < 128; c++) SUBSTITUTION[c * 128 + c] = 0;
for (const v of VOWELS) for (const w of VOWELS) if (v !== w) SUBSTITUTION[v.charCodeAt(0) * 128 + w.charCodeAt(0)] = 0.3;
for (const [p, q] of CHEAP_PAIRS) {
  SUBSTITUTION[p.charCodeAt(0) * 128 + q.charCodeAt(0)] = 0.3;
  SUBSTITUTION[q.charCodeAt(0) * 128 + p.charCodeAt(0)] = 0.3;
}

const substitution = (a: string, b: string): number => SUBSTITUTION[(a.charCodeAt(0) & 127) * 128 + (b.charCodeAt(0) & 127)];

// Vowels by character code: indel runs for every cell of every distance table.
const IS_VOWEL = new Uint8Array(128);
for (const v of VOWELS) IS_VOWEL[v.charCodeAt(0)] = 1;
const isVowelAt = (s: string, i: number): boolean => IS_VOWEL[s.charCodeAt(i) & 127] === 1;

function indel(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (i > 0 && s.charCodeAt(i - 1) === c) return 0.1; // doubled letter
  if (IS_VOWEL[c & 127] === 1 || c === 104 || c === 119) return 0.4; // a vowel, h, w
  // A syllable's -ng and -n trade places in a round trip through Chinese (Xinjiang, "Xinjian").
  if (c === 103 && i > 0 && s.charCodeAt(i - 1) === 110 && (i + 1 === s.length || !isVowelAt(s, i + 1))) return 0.4;
  return 1;
}

/** The word folded to the letters a-z, the form every distance here compares. */
export const letters = (s: string): string => fold(s).replace(NOT_LETTER, '');
const NOT_LETTER = /[^a-z]/g;

function table(a: string, b: string): number[][] {
  const d: number[][] = [[0]];
  for (let j = 1; j <= b.length; j++) d[0][j] = d[0][j - 1] + indel(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    d[i] = [d[i - 1][0] + indel(a, i - 1)];
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + indel(a, i - 1), d[i][j - 1] + indel(b, j - 1), d[i - 1][j - 1] + substitution(a[i - 1], b[j - 1]));
    }
  }
  return d;
}

export function weightedDistance(x: string, y: string): number {
  return distanceOfLetters(letters(x), letters(y));
}

// Two rolling rows instead of a table: this runs for every candidate of every unknown word.
let prevRow = new Float64Array(64);
let curRow = new Float64Array(64);

/**
 * The weighted distance of two letter strings; past `limit` it stops and returns Infinity (every
 * path to the end crosses each row, and no step costs less than nothing: a row whose cheapest
 * cell is over the limit bounds the result).
 */
function distanceOfLetters(a: string, b: string, limit = Infinity): number {
  if (b.length + 1 > prevRow.length) {
    prevRow = new Float64Array(b.length * 2 + 2);
    curRow = new Float64Array(b.length * 2 + 2);
  }
  prevRow[0] = 0;
  for (let j = 1; j <= b.length; j++) prevRow[j] = prevRow[j - 1] + indel(b, j - 1);
  for (let i = 1; i <= a.length; i++) {
    const del = indel(a, i - 1);
    curRow[0] = prevRow[0] + del;
    let rowMin = curRow[0];
    const ca = a.charCodeAt(i - 1) & 127;
    for (let j = 1; j <= b.length; j++) {
      const viaDel = prevRow[j] + del;
      const viaIns = curRow[j - 1] + indel(b, j - 1);
      const viaSub = prevRow[j - 1] + SUBSTITUTION[ca * 128 + (b.charCodeAt(j - 1) & 127)];
      const cell = viaDel < viaIns ? (viaDel < viaSub ? viaDel : viaSub) : viaIns < viaSub ? viaIns : viaSub;
      curRow[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    [prevRow, curRow] = [curRow, prevRow];
    if (rowMin > limit) return Infinity;
  }
  return prevRow[b.length];
}

/** The changes that turn `y` (the real name) into `x` (what the text says), in words: "l/r swap, vowel change". */
export function describeDifferences(x: string, y: string): string[] {
  return [...explained.get(x, y)];
}

// The same garbling recurs in an article and across articles: explanations are remembered.
const explained = new PairMemo<string[]>(explain, 10_000);

function explain(x: string, y: string): string[] {
  const a = letters(x);
  const b = letters(y);
  const d = table(a, b);
  const notes = new Set<string>();
  for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + substitution(a[i - 1], b[j - 1])) {
      const [p, q] = [b[j - 1], a[i - 1]];
      if (p !== q) notes.add(VOWELS.has(p) && VOWELS.has(q) ? 'vowel change' : `${p}/${q} swap`);
      i--;
      j--;
    } else if (j > 0 && d[i][j] === d[i][j - 1] + indel(b, j - 1)) {
      notes.add(indel(b, j - 1) === 0.1 ? 'doubled letter lost' : j === b.length ? `final "${b[j - 1]}" dropped` : `"${b[j - 1]}" dropped`);
      j--;
    } else {
      notes.add(`"${a[i - 1]}" added`);
      i--;
    }
  }
  return [...notes].reverse();
}

/** 1 for identical, 0 for nothing in common. */
export function similarity(x: string, y: string): number {
  return similarityOfLetters(letters(x), letters(y));
}

/**
 * `similarity` of two strings already folded by `letters` (a caller comparing one word with many
 * folds it once). Below `floor` the result is only known to be below it: 0 (the table stops early).
 */
export function similarityOfLetters(a: string, b: string, floor = 0): number {
  const length = Math.max(a.length, b.length, 1);
  // A hair over the bound: rounding must never stop a table whose result reaches the floor.
  const distance = distanceOfLetters(a, b, floor > 0 ? (1 - floor) * length + 1e-9 : Infinity);
  return Math.max(0, 1 - distance / length);
}
