// A name read syllable by syllable carries its confidence to the fix, rounded to three decimals
// (mutation-sample survivor, issue 20: a confidence divided instead of multiplied became 0, and
// `fix` would never apply it).
import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

describe('syllable readings: the fix and its confidence', function () {
  this.timeout(60_000);
  it('"Han Kan" is Han Kang, a likely fix (0.92)', () => {
    const annotations = createBuiltinAnalyzer().analyze('The writer Han Kan won the prize.', '2020-01-08').annotations;
    const fixes = annotations.filter((a) => a.correction).map((a) => [a.text, a.rule, a.correction!.replacement, a.correction!.confidence]);
    assert.deepEqual(fixes, [['Han Kan', 'names:syllables', 'Han Kang', 0.92]]);
  });
});
