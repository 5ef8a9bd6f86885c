// Issue #19: the kinds of date that real machine-translated news is full of. Every sentence here
// is invented for the test.
import assert from 'node:assert/strict';
import { findDates } from '../../src/core/dates';

/** [text, value, endValue?, rule] of every date found; endValue only when there is one. */
function found(text: string, ref: string): Array<[string, string | null, ...(string | null)[]]> {
  return findDates(text, ref).map((d) => {
    assert.equal(d.text, text.slice(d.start, d.end));
    return d.endValue !== undefined ? [d.text, d.value, d.endValue, d.rule] : [d.text, d.value, d.rule];
  });
}

describe('dates on real articles (#19): bare years in a date role', () => {
  const REF = '2021-05-20';
  it('reads a year between a determiner and the noun it dates', () => {
    assert.deepEqual(found('She skated at the 2018 Winter Olympics in Korea.', REF), [['2018', '2018', 'year-before-noun']]);
    assert.deepEqual(found('The 2020 election was close.', REF), [['2020', '2020', 'year-before-noun']]);
    assert.deepEqual(found("Norway's 2019 budget cut taxes.", REF), [['2019', '2019', 'year-before-noun']]);
    assert.deepEqual(found('The 2019 elections were disputed.', REF), [['2019', '2019', 'year-before-noun']]);
    assert.deepEqual(found('She received a 2016 award for the book.', REF), [['2016', '2016', 'year-before-noun']]);
  });
  it('reads fiscal years', () => {
    assert.deepEqual(found('Profits in fiscal 2020 fell by a third.', REF), [['fiscal 2020', '2020', 'fiscal-year']]);
    assert.deepEqual(found('Sales for fiscal year 2019 rose.', REF), [['fiscal year 2019', '2019', 'fiscal-year']]);
    assert.deepEqual(found('The group posted FY2020 results.', REF), [['FY2020', '2020', 'fiscal-year']]);
  });
  it('leaves a year-like count a number', () => {
    for (const text of ['The 2000 soldiers left the base.', 'Of the 2000 who applied, few passed.', 'The 1500 km pipeline opened.', 'He won 2018 votes in the county.']) {
      assert.deepEqual(found(text, REF), [], text);
    }
  });
});

describe('dates on real articles (#19): lists and ranges of days', () => {
  const REF = '2021-11-18';
  it('annotates every day of a list', () => {
    assert.deepEqual(found('Voting took place on the 11th and 12th across the country.', REF), [
      ['11th', '2021-11-11', 'bare-ordinal'],
      ['12th', '2021-11-12', 'bare-ordinal'],
    ]);
    assert.deepEqual(found('Storms hit the coast on November 2, 3 and 4 this month, he said.', REF).slice(0, 3), [
      ['November 2', '2021-11-02', 'month-day'],
      ['3', '2021-11-03', 'month-day-list'],
      ['4', '2021-11-04', 'month-day-list'],
    ]);
    assert.deepEqual(found('The court sat on 8 and 9 November to hear the case.', REF), [
      ['8', '2021-11-08', 'month-day-list'],
      ['9 November', '2021-11-09', 'month-day'],
    ]);
    assert.deepEqual(found('Floods hit on 5, 6 and 7 March 2020 in the valley.', REF).map((d) => d[1]), ['2020-03-05', '2020-03-06', '2020-03-07']);
  });
  it('makes a range one annotation from its first day to its last', () => {
    assert.deepEqual(found('The fair was held on November 2-4 in Lyon.', REF), [['November 2-4', '2021-11-02', '2021-11-04', 'month-day-range']]);
    assert.deepEqual(found('The camp will run from December 20 to 23 in the hills.', REF), [['December 20 to 23', '2021-12-20', '2021-12-23', 'month-day-range']]);
    assert.deepEqual(found('The vote was held between 8 and 9 November, officials said.', REF), [['8 and 9 November', '2021-11-08', '2021-11-09', 'month-day-range']]);
    assert.deepEqual(found('Fighting raged from the 3rd to the 5th, residents said.', REF), [['3rd to the 5th', '2021-11-03', '2021-11-05', 'bare-ordinal-range']]);
  });
  it('does not take a count after a month-day for a day of its list', () => {
    assert.deepEqual(found('On November 9 and 10 families were moved.', REF).map((d) => d[0]), ['November 9']);
  });
});

describe('dates on real articles (#19): weekdays', () => {
  it('reads a day in parentheses after a weekday, and checks it against the weekday', () => {
    assert.deepEqual(found('He marked his birthday in Rome on Sunday (5th).', '2020-01-08'), [
      ['Sunday', '2020-01-05', 'weekday-before-reference'],
      ['5th', '2020-01-05', 'bare-ordinal'],
    ]);
    const wrong = findDates('He marked his birthday in Rome on Saturday (5th).', '2020-01-08').find((d) => d.text === '5th')!;
    assert.deepEqual([wrong.flags, wrong.likelyValue], [['weekday-mismatch'], '2020-01-04']);
  });
});
