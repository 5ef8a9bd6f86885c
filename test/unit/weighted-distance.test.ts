import assert from 'node:assert/strict';
import { letters, similarity, similarityOfLetters } from '../../src/core/names/weighted-distance';

describe('weighted distance: the early stop below a floor', () => {
  // Pairs from alike to unrelated, with doubled letters, -ng/-n and vowel-only differences.
  const pairs: Array<[string, string]> = [
    ['Haftar', 'haftal'], ['Xinjiang', 'Xinjian'], ['Tebboune', 'teben'], ['Albanese', 'Albanis'],
    ['Macron', 'Makuron'], ['Zhang', 'Chang'], ['Obama', 'Tripoli'], ['Kishida', 'Anbei'], ['Lo Celso', 'Lotserso'],
  ];

  it('gives the full similarity whenever it reaches the floor, and 0 only below it', () => {
    for (const floor of [0.3, 0.55, 0.75, 0.9]) {
      for (const [a, b] of pairs) {
        const full = similarity(a, b);
        const stopped = similarityOfLetters(letters(a), letters(b), floor);
        if (full >= floor) assert.equal(stopped, full, `${a}/${b} at floor ${floor}`);
        else assert.ok(stopped < floor, `${a}/${b} is ${full}, under ${floor}, and must stay under it (got ${stopped})`);
      }
    }
  });

  it('stops early for words far apart (the result is 0, not a partial similarity)', () => {
    assert.ok(similarity('Obama', 'Tripoli') > 0);
    assert.equal(similarityOfLetters('obama', 'tripoli', 0.75), 0);
  });
});
