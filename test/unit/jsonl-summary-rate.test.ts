// The --jsonl summary line's rate is articles per second of the run (mutation-sample survivor,
// issue 20: articles times seconds passed the suite). The clock is a fake one, so the test holds
// no timing threshold.
import assert from 'node:assert/strict';
import { JsonlProgress } from '../../src/cli/jsonl-progress';
import { sink } from './helpers';

describe('--jsonl summary line', () => {
  const realNow = performance.now;
  let now = 0;
  beforeEach(() => {
    performance.now = () => now;
  });
  afterEach(() => {
    performance.now = realNow;
  });

  it('says how many articles, failures and annotations, the seconds and articles per second', () => {
    now = 10_000;
    const err = sink();
    const progress = new JsonlProgress(err, undefined, false);
    progress.add({ line: '', failed: false, annotations: 4 }, 0);
    progress.add({ line: '', failed: true, annotations: 0 }, 0);
    progress.add({ line: '', failed: false, annotations: 7 }, 0);
    now = 14_000;
    progress.finish();
    assert.equal(err.text(), 'news-annotator: 3 articles (1 failed), 11 annotations in 4.0 s: 0.75 articles/s\n');
  });
});
