import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fold, tokenize, WORD } from '../../src/core/text/tokens';
import { prng } from './helpers';

/** The tokens the reference regex finds: what the hand-written scanner must reproduce exactly. */
function reference(text: string, from = 0, to = text.length) {
  const out = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase(), folded: fold(m[0]) });
  }
  return out;
}

// Characters that stress the scanner: joiners, marks, surrogate halves, digits, CJK, RTL, emoji.
const ALPHABET = ["a", "Z", "é", "ı", "ß", "9", "٣", "'", "’", "-", ".", " ", "\n", "\u0301", "\ud835", "\udc00", "𝐀", "中", "ا", "😀", "`", "‐", ",", "\u00a0"];

describe('tokenize', () => {
  it('finds the same words as the reference regex on a real article', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../seeds/000_5427bc860031b65b.txt'), 'utf8');
    assert.deepEqual(tokenize(text), reference(text));
    assert.ok(tokenize(text).some((t) => t.text.includes('-')), 'hyphenated words stay whole');
  });

  it('finds the same words as the reference regex on 5,000 random hostile strings', () => {
    const rnd = prng(7);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const len = Math.floor(rnd() * 24);
      for (let i = 0; i < len; i++) text += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      let from = Math.floor(rnd() * (text.length + 1));
      // Inside a surrogate pair V8's regex steps back to the pair's start; a scan never starts there.
      if (/[\ud800-\udbff]/.test(text[from - 1] ?? '') && /[\udc00-\udfff]/.test(text[from] ?? '')) from--;
      assert.deepEqual(tokenize(text, from), reference(text, from), JSON.stringify(text) + " from " + from);
    }
  });

  // Each ASCII word's strings are shared through a bounded table (word-table.ts): words that
  // collide, a full table and later texts must still give every token its own word.
  it('gives every token its own word when the text has more distinct words than the shared table holds', () => {
    const rnd = prng(11);
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const words = Array.from({ length: 90_000 }, () => {
      let w = '';
      for (let i = 0, len = 1 + Math.floor(rnd() * 9); i < len; i++) w += letters[Math.floor(rnd() * letters.length)];
      return w;
    });
    for (let k = 0; k < 3; k++) {
      const text = words.slice(k * 30_000, k * 30_000 + 40_000).join(rnd() < 0.5 ? ' ' : '-x ');
      assert.deepEqual(tokenize(text), reference(text));
    }
  });

  it('keeps abbreviations, apostrophes and hyphens inside words, and folds diacritics', () => {
    const t = tokenize("U.S. envoy O’Brien met al-Sarraj and Çavuşoğlu.");
    assert.deepEqual(t.map((x) => x.text), ['U.S', 'envoy', 'O’Brien', 'met', 'al-Sarraj', 'and', 'Çavuşoğlu']);
    assert.equal(t[6].folded, 'cavusoglu');
    assert.equal(t[2].folded, "o'brien");
  });
});
