/**
 * Issue 20: every correction in the seed is above each confidence threshold, so Hints and the
 * `newsAnnotator.diagnostics.minConfidence` setting never occurred in a test. This article puts a
 * weak suggestion (an unknown name only capitalised) beside strong ones (KB names misrendered).
 */
import assert from 'node:assert/strict';
import { correctionNotice } from '../../src/core/annotations/review';
import { analyzeSmall } from './helpers';

const ARTICLE = 'Prime Minister salaj met Khalifa haftal in Tripoli. Visiting President zorbulan said the talks went well.';

/** The reported names at a given minConfidence: [word, replacement, notice]. */
function reported(minConfidence: number): Array<[string, string, string]> {
  return analyzeSmall(ARTICLE)
    .map((a) => [a, correctionNotice(a, minConfidence)] as const)
    .filter(([, notice]) => notice !== null)
    .map(([a, notice]) => [a.text, a.correction!.replacement, notice!]);
}

describe('weak and strong suggestions side by side', () => {
  it('at the default minConfidence (0.5) shows the KB names as likely fixes and the unknown name as a Hint', () => {
    assert.deepEqual(reported(0.5), [
      ['salaj', 'Sarraj', 'likely'],
      ['Khalifa haftal', 'Khalifa Haftar', 'likely'],
      ['zorbulan', 'Zorbulan', 'possible'],
    ]);
  });

  it('a minConfidence above the weak one hides it and keeps the strong ones', () => {
    assert.deepEqual(reported(0.6), [
      ['salaj', 'Sarraj', 'likely'],
      ['Khalifa haftal', 'Khalifa Haftar', 'likely'],
    ]);
  });

  it('minConfidence 1 hides every suggestion; 0 shows them all', () => {
    assert.deepEqual(reported(1), []);
    assert.equal(reported(0).length, 3);
  });

  it('a rejected suggestion is no longer reported', () => {
    const [salaj] = analyzeSmall(ARTICLE).filter((a) => a.text === 'salaj');
    assert.equal(correctionNotice({ ...salaj!, status: 'rejected' }, 0.5), null);
  });
});
