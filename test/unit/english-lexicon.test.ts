import assert from 'node:assert/strict';
import { isEnglishWord } from '../../src/core/text/english';

describe('the English lexicon', () => {
  it('knows English words and their inflections', () => {
    for (const w of ['government', 'minister', 'said', 'reported', 'talks', 'quickly', 'visiting']) assert.ok(isEnglishWord(w), w);
  });

  // A word taken for English is skipped by every name detector: a garbled name the Bloom filter
  // mistakes for a word is lost. Random letter strings are almost never words: the share taken
  // for English is the filter's false-positive rate (with the inflection check's second look).
  it('mistakes few non-words for English words (under 0.5 % of random letter strings)', () => {
    let seed = 12345;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let taken = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      let w = '';
      for (let k = 6 + Math.floor(random() * 5); k > 0; k--) w += letters[Math.floor(random() * 26)];
      if (isEnglishWord(w)) taken++;
    }
    assert.ok(taken / n < 0.005, `${taken} of ${n}`);
  });
});
