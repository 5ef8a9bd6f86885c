import assert from 'node:assert/strict';
import { findDates } from '../../src/core/dates';

// Numeric dates as the source language's country writes them, left so by translation: day first
// with dots (Russian), year first (Chinese, Japanese), slashes day first (Arabic, Persian) or
// month first (the US), told apart by the numbers, the article's other dates, or the reference date.
const values = (text: string, ref: string | null = '2024-03-10') => findDates(text, ref).map((d) => `${d.text}=${d.value}`);

describe('numeric dates in the order of the source language', () => {
  it('dots are day first, two-digit years only in the two-digit form', () => {
    assert.deepEqual(values('The talks of 05.03.2024 were moved to 12.04.2024; the 05.03.24 memo stands.'), ['05.03.2024=2024-03-05', '12.04.2024=2024-04-12', '05.03.24=2024-03-05']);
  });

  it('year first, with slashes or dots', () => {
    assert.deepEqual(values('The law passed on 2024/3/5 and took effect on 2024.04.01.'), ['2024/3/5=2024-03-05', '2024.04.01=2024-04-01']);
  });

  it('a slashed date follows the article\'s unambiguous ones', () => {
    // 15/3 can only be day first: so is 5/3 (a month-first reading would be 3 May).
    assert.deepEqual(values('The decision of 5/3/2024 was published; the agreement of 15/3/2024 followed.', '2024-06-30'), ['5/3/2024=2024-03-05', '15/3/2024=2024-03-15']);
    // 3/15 can only be month first: so is 3/5.
    assert.deepEqual(values('The decision of 3/5/2024 was published; the agreement of 3/15/2024 followed.', '2024-06-30'), ['3/5/2024=2024-03-05', '3/15/2024=2024-03-15']);
  });

  it('otherwise the reading nearer the reference date, else month first', () => {
    assert.deepEqual(values('The decree of 5/3/2024 was published.', '2024-03-10'), ['5/3/2024=2024-03-05']);
    assert.deepEqual(values('The decree of 5/3/2024 was published.', '2024-05-10'), ['5/3/2024=2024-05-03']);
    assert.deepEqual(values('The decree of 5/3/2024 was published.', null), ['5/3/2024=2024-05-03']);
  });

  it('no date in addresses, section numbers or impossible days', () => {
    assert.deepEqual(values('Server 192.168.1.1 answered; see section 2.1.20 and form 31.02.2024.'), []);
  });

  it('a date left in CJK characters: year, month and day, or year and month', () => {
    assert.deepEqual(values('The law of 2024年3月5日 took effect in 2024年4月; Seoul signed on 2024년 3월 12일.'), ['2024年3月5日=2024-03-05', '2024年4月=2024-04', '2024년 3월 12일=2024-03-12']);
    assert.deepEqual(values('Sales were 2024年 up 13月 on 2024年2月30日.'), [], 'no month 13, no 30 February');
  });
});
