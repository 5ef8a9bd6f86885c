import assert from 'node:assert/strict';
import { isEnglishInLowerCase, isEnglishWord } from '../../src/core/text/english';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { isPinyinSyllable } from '../../src/core/names/romanisation';

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

  // News coins compounds faster than word lists take them in: in lower case they are English,
  // never a garbled name ("American planemaker" was fixed to a person's name).
  it('takes two English words run together in lower case for English, and no name in pinyin', () => {
    for (const w of ['planemaker', 'chipmakers', 'livestream', 'policymaker', 'dealmaker']) assert.ok(isEnglishInLowerCase(w), w);
    assert.ok(!isEnglishInLowerCase('haftal') && !isEnglishInLowerCase('bukadum'));
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const syllables: string[] = [];
    for (const a of ['', ...letters]) for (const b of letters) for (const c of ['', ...letters]) for (const d of ['', 'g', 'n']) if (isPinyinSyllable(a + b + c + d)) syllables.push(a + b + c + d);
    let words = 0;
    const english: string[] = [];
    for (const x of syllables) for (const y of syllables) {
      const w = x + y;
      if (isEnglishWord(w)) continue;
      words++;
      if (isEnglishInLowerCase(w)) english.push(w);
    }
    assert.ok(words > 100_000, `${words} two-syllable words`);
    assert.ok(english.length <= words * 0.001, `${english.length} of ${words}: ${english.slice(0, 20).join(', ')}`);
    const annotations = createBuiltinAnalyzer().analyze('American planemaker Boyin said deliveries rose, the chipmaker said.', '2024-05-01').annotations;
    assert.deepEqual(annotations.filter((a) => a.correction).map((a) => a.text), []);
  });
});
