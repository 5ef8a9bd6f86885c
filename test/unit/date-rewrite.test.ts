import { strict as assert } from 'node:assert';
import { dateReplacement } from '../../src/core/annotations/date-rewrite';

describe('date rewrite: the words that make a flagged date read as its likely value', () => {
  it('rewrites a garbled month, keeping the day', () => {
    assert.equal(dateReplacement('June 7', '2019-06-07', '2020-01-07'), 'January 7');
  });
  it('keeps the short month style and the capitals', () => {
    assert.equal(dateReplacement('Sept. 14', '2021-09-14', '2021-03-14'), 'Mar. 14');
    assert.equal(dateReplacement('AUGUST 3', '2021-08-03', '2021-10-03'), 'OCTOBER 3');
  });
  it('rewrites the day of a weekday mismatch with its ordinal suffix, the weekday kept', () => {
    assert.equal(dateReplacement('Thursday, May 21st', '2026-05-21', '2026-05-14'), 'Thursday, May 14th');
    assert.equal(dateReplacement('4 November 2025', '2025-11-04', '2025-11-02'), '2 November 2025');
  });
  it('rewrites a written year', () => {
    assert.equal(dateReplacement('12 May 2031', '2031-05-12', '2021-05-12'), '12 May 2021');
  });
  it('has nothing to offer when the difference is in a part that is not written', () => {
    assert.equal(dateReplacement('May 12', '2031-05-12', '2021-05-12'), undefined);
    assert.equal(dateReplacement('last Tuesday', '2021-05-11', '2021-05-04'), undefined);
  });
  it('has nothing to offer without a likely value', () => {
    assert.equal(dateReplacement('June 7', '2019-06-07', null), undefined);
  });
});
