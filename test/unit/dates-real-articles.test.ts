// Issue #19: the kinds of date that real machine-translated news is full of. Every sentence here
// is invented for the test.
import assert from 'node:assert/strict';
import { articleDateFacts, dateNotes, findDates, type DateMention } from '../../src/core/dates';
import { smallAnalyzer } from './helpers';
import { dateCardMarkdown } from '../../src/vscode/hover-markdown';
import type { Annotation } from '../../src/core/types';

/** [text, value, endValue?, rule] of every date found; endValue only when there is one. */
function found(text: string, ref: string): Array<[string, string | null, ...(string | null)[]]> {
  return findDates(text, ref).map((d) => {
    assert.equal(d.text, text.slice(d.start, d.end));
    return d.endValue !== undefined ? [d.text, d.value, d.endValue, d.rule] : [d.text, d.value, d.rule];
  });
}

function one(text: string, ref: string): DateMention {
  const all = findDates(text, ref);
  assert.equal(all.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(all.map((d) => d.text))}`);
  return all[0]!;
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
  it('reads a range of years written with a dash, but not the start of a numeric date', () => {
    assert.deepEqual(found('The 2019-2020 season was cut short.', REF), [['2019-2020', '2019', '2020', 'year-range']]);
    assert.deepEqual(found('Budgets for 2020-21 were approved.', REF), [['2020-21', '2020', '2021', 'year-range']]);
    assert.deepEqual(found('The decree was signed on 2010-12-05 at noon.', REF).map((d) => d[0]), ['2010-12-05']);
  });
  it('reads the middle of a year as that year', () => {
    assert.deepEqual(found('Prices fell in the middle of 2019.', REF), [['middle of 2019', '2019', 'middle-of-year']]);
  });
  it('reads fiscal years, with the fiscal calendar in the hover', () => {
    assert.deepEqual(found('Profits in fiscal 2020 fell by a third.', REF), [['fiscal 2020', '2020', 'fiscal-year']]);
    assert.deepEqual(found('Sales for fiscal year 2019 rose.', REF), [['fiscal year 2019', '2019', 'fiscal-year']]);
    assert.deepEqual(found('The group posted FY2020 results.', REF), [['FY2020', '2020', 'fiscal-year']]);
    const notes = dateNotes({ value: '2020', rule: 'fiscal-year' }).join(' ');
    assert.match(notes, /April to March/);
    assert.match(notes, /day is not known/);
  });
  it('leaves a year-like count a number', () => {
    for (const text of ['The 2000 soldiers left the base.', 'Of the 2000 who applied, few passed.', 'The 1500 km pipeline opened.', 'He won 2018 votes in the county.']) {
      assert.deepEqual(found(text, REF), [], text);
    }
  });
  it('does not read a season inside a name before a year as a season, however many spaces (#20)', () => {
    // Machine-translated text often doubles spaces; "Prague Spring" is still a name, 1968 a year.
    for (const text of ['Veterans of the Prague Spring 1968 met in Brno.', 'Veterans of the Prague  Spring 1968 met in Brno.']) {
      assert.deepEqual(found(text, REF), [['1968', '1968', 'year']], text);
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
  it('reads "the 28th last month" as a day of last month', () => {
    assert.deepEqual(found('The embassy was attacked on the 28th last month.', REF), [['28th last month', '2021-10-28', 'ordinal-of-month']]);
  });
  it('makes a range one annotation from its first day to its last', () => {
    assert.deepEqual(found('The fair was held on November 2-4 in Lyon.', REF), [['November 2-4', '2021-11-02', '2021-11-04', 'month-day-range']]);
    assert.deepEqual(found('The camp will run from December 20 to 23 in the hills.', REF), [['December 20 to 23', '2021-12-20', '2021-12-23', 'month-day-range']]);
    assert.deepEqual(found('The vote was held between 8 and 9 November, officials said.', REF), [['8 and 9 November', '2021-11-08', '2021-11-09', 'month-day-range']]);
    assert.deepEqual(found('Fighting raged from the 3rd to the 5th, residents said.', REF), [['3rd to the 5th', '2021-11-03', '2021-11-05', 'bare-ordinal-range']]);
  });
  it('annotates a list of two-digit days before the month, and a (14th) after a weekday at the start of the text (#20)', () => {
    assert.deepEqual(found('Talks were held on 12, 14 and 16 June in Geneva.', REF), [
      ['12', '2021-06-12', 'month-day-list'],
      ['14', '2021-06-14', 'month-day-list'],
      ['16 June', '2021-06-16', 'month-day'],
    ]);
    assert.deepEqual(found('On Sunday (14th) the talks resumed in Geneva after a long pause.', REF), [
      ['Sunday', '2021-11-14', 'weekday-before-reference'],
      ['14th', '2021-11-14', 'bare-ordinal'],
    ]);
  });
  it('does not take a count after a month-day for a day of its list', () => {
    assert.deepEqual(found('On November 9 and 10 families were moved.', REF).map((d) => d[0]), ['November 9']);
  });
});

describe('dates on real articles (#19): vague spans', () => {
  const REF = '2021-08-13'; // a Friday
  it('gives a span of days ending at the reference date', () => {
    assert.deepEqual(found('In the past week, several towns lifted curfews.', REF), [['the past week', '2021-08-07', '2021-08-13', 'past-span']]);
    assert.deepEqual(found('Over the past few days the rain stopped.', REF), [['the past few days', '2021-08-07', '2021-08-13', 'past-span']]);
    assert.deepEqual(found('In recent months the army advanced.', REF), [['recent months', '2021-04', '2021-08', 'past-span']]);
    assert.deepEqual(found('In the past days the river fell.', REF), [['the past days', '2021-08-07', '2021-08-13', 'past-span']]);
    assert.deepEqual(found('In the past two weeks prices rose.', REF), [['the past two weeks', '2021-07-31', '2021-08-13', 'past-span']]);
  });
  it('reads "a few days ago" and its kin as spans before the reference date', () => {
    assert.deepEqual(found('The paper reported a few days ago that the bank would close.', REF), [['a few days ago', '2021-08-06', '2021-08-11', 'few-ago']]);
    assert.deepEqual(found('The mine was sold several months ago.', REF), [['several months ago', '2021-04', '2021-06', 'few-ago']]);
  });
  it('gives a span of days, months or years starting at the reference date for what is coming', () => {
    assert.deepEqual(found('Talks will continue in the coming days.', REF), [['the coming days', '2021-08-13', '2021-08-20', 'coming-span']]);
    assert.deepEqual(found('The plan will be ready in the next few weeks.', REF), [['the next few weeks', '2021-08-13', '2021-09-10', 'coming-span']]);
    assert.deepEqual(found('Prices may rise in the coming months.', REF), [['the coming months', '2021-08', '2021-12', 'coming-span']]);
    assert.deepEqual(found('The next week will be busy.', REF), [['The next week', '2021-08-16', '2021-08-22', 'relative-week']]);
  });
  it('gives a span of whole years from the reference year for "the next two years" (mutation-sample survivor, #20)', () => {
    assert.deepEqual(found('Growth will slow over the next two years.', REF), [['the next two years', '2021', '2023', 'coming-span']]);
    assert.deepEqual(found('Exports should double in the coming three years.', REF), [['the coming three years', '2021', '2024', 'coming-span']]);
  });
  it('reads weekends as Saturday-Sunday ranges, by the word before and the tense', () => {
    const WED = '2021-08-11';
    assert.deepEqual(found('Protests spread over the weekend.', WED), [['the weekend', '2021-08-07', '2021-08-08', 'weekend']]);
    assert.deepEqual(found('The summit will be held this weekend.', WED), [['this weekend', '2021-08-14', '2021-08-15', 'weekend']]);
    assert.deepEqual(found('Fighting flared last weekend.', '2021-08-14'), [['last weekend', '2021-08-07', '2021-08-08', 'weekend']]);
    assert.deepEqual(found('The last weekend of June was hot.', WED).map((d) => d[0]), ['June']);
  });
  it('reads the end, beginning or middle of the month or the year', () => {
    assert.deepEqual(found('Rents rose at the end of the month.', REF), [['end of the month', '2021-08', 'relative-month']]);
    assert.deepEqual(found('Sales fell at the beginning of the year.', REF), [['beginning of the year', '2021-01', 'beginning-of-relative-year']]);
    assert.deepEqual(found('By the middle of next year the line will open.', REF), [['middle of next year', '2022', 'middle-of-relative-year']]);
    assert.deepEqual(found('The army left at the end of the year.', '2020-01-08'), [['end of the year', '2019-12', 'end-of-relative-year']]);
  });
  it('reads quarters and halves of a named year as ranges of months', () => {
    assert.deepEqual(found('Profits rose in the first quarter of 2021.', REF), [['first quarter of 2021', '2021-01', '2021-03', 'quarter']]);
    assert.deepEqual(found('Growth slowed in the second half of last year.', REF), [['second half of last year', '2020-07', '2020-12', 'half-year-relative']]);
    assert.deepEqual(found('Output in Q3 2020 was weak, and H1 2019 was worse.', REF), [['Q3 2020', '2020-07', '2020-09', 'quarter'], ['H1 2019', '2019-01', '2019-06', 'half-year']]);
    assert.deepEqual(found('In the first quarter, profits fell.', REF), []);
    assert.deepEqual(found('Sales rose in the first half of the year.', REF), [['first half of the year', '2021-01', '2021-06', 'half-year-relative']]);
  });
  it('keeps a part of a relative month or year at that precision', () => {
    assert.deepEqual(found('The bridge will reopen early next month.', REF), [['early next month', '2021-09', 'part-of-relative-month']]);
    assert.deepEqual(found('Prices rose sharply late last year.', REF), [['late last year', '2020', 'part-of-relative-year']]);
  });
  it('reads seasons as ranges of months, and not inside names or nouns', () => {
    assert.deepEqual(found('Prices rose this spring in the city.', REF), [['this spring', '2021-03', '2021-05', 'season']]);
    assert.deepEqual(found('Talks stalled last winter.', REF), [['last winter', '2020-12', '2021-02', 'season']]);
    assert.deepEqual(found('The ferry will resume in the autumn.', REF), [['autumn', '2021-09', '2021-11', 'season']]);
    assert.deepEqual(found('Crops failed in the summer of 2018.', REF), [['summer of 2018', '2018-06', '2018-08', 'season']]);
    for (const text of ['The Arab Spring changed the region.', 'The Spring Festival holiday began.', 'Children went to summer camp.', 'Water from the spring was clean.', 'Shares may fall sharply.']) {
      assert.deepEqual(found(text, REF), [], text);
    }
  });
  it('does not read "the last week of June" as last week', () => {
    assert.deepEqual(found('She left in the last week of June.', REF).map((d) => d[0]), ['June']);
  });
  it('says in the hover that the day is not known', () => {
    const week = one('Last week the minister resigned.', REF);
    assert.deepEqual([week.value, week.endValue], ['2021-08-02', '2021-08-08']);
    for (const d of [week, one('The plant closed in June.', REF), one('Exports fell last year.', REF), one('Prices rose this spring.', REF)]) {
      const card = dateCardMarkdown({ ...d, id: 'd', label: 'DATE', status: 'suggested', source: 'auto' } as Annotation, REF);
      assert.match(card, /The day is not known/, `${d.text}: ${card}`);
    }
    const day = one('The plant closed on August 3.', REF);
    assert.doesNotMatch(dateCardMarkdown({ ...day, id: 'd', label: 'DATE', status: 'suggested', source: 'auto' } as Annotation, REF), /not known/);
  });
});

describe('dates on real articles (#19): relative months and years', () => {
  it('reads "last May" as the latest May before the reference month', () => {
    assert.equal(one('Ties have improved since last May.', '2022-08-04').value, '2022-05');
    assert.equal(one('Ties have improved since last May.', '2023-11-06').value, '2023-05');
  });
  it('reads "last May" as May of last year when the article writes this year\'s months with "this year"', () => {
    const d = found('The pact was signed in July this year. Ties have improved since last May.', '2023-11-06');
    assert.deepEqual(d, [['July this year', '2023-07', 'month-relative-year'], ['last May', '2022-05', 'month-last-year']]);
  });
  it('resolves "this year" and "last year" against the reference year', () => {
    assert.deepEqual(found('Exports grew this year but fell last year.', '2024-10-15').map((d) => d[1]), ['2024', '2023']);
  });
  it('reads the wordings of other source languages: "the current year", "the year before last", "half a year ago", "this fiscal year"', () => {
    const REF = '2021-08-13';
    assert.deepEqual(found('Exports grew in the current year.', REF), [['the current year', '2021', 'relative-year']]);
    assert.deepEqual(found('Prices rose the year before last.', REF), [['the year before last', '2019', 'relative-year']]);
    assert.deepEqual(found('The deal collapsed half a year ago.', REF), [['half a year ago', '2021-02', 'ago']]);
    assert.deepEqual(found('Profits fell this fiscal year.', REF), [['this fiscal year', '2021', 'fiscal-year']]);
    assert.deepEqual(found('The mill was sold days ago.', REF), [['days ago', '2021-08-06', '2021-08-11', 'few-ago']]);
    assert.deepEqual(found('Crops failed in the summer of last year.', REF), [['summer of last year', '2020-06', '2020-08', 'season']]);
  });
});

describe('dates on real articles (#19): weekdays', () => {
  it('counts a weekday from the dateline when the story was filed before the reference date', () => {
    const text = 'CAIRO, Jan. 6 (Reuters) -- The envoy met officials on Tuesday, the ministry said.';
    const tuesday = findDates(text, '2020-01-08').find((d) => d.text === 'Tuesday')!;
    assert.equal(tuesday.value, '2019-12-31');
    assert.equal(findDates('The envoy met officials on Tuesday, the ministry said.', '2020-01-08')[0]!.value, '2020-01-07');
  });
  it('takes the tense of the clause: a past event is the last such weekday, a coming one the next', () => {
    assert.equal(one('The envoy met officials on Friday.', '2020-01-08').value, '2020-01-03');
    assert.equal(one('The envoy will meet officials on Friday.', '2020-01-08').value, '2020-01-10');
  });
  it('reads a day in parentheses after a weekday, and checks it against the weekday', () => {
    assert.deepEqual(found('He marked his birthday in Rome on Sunday (5th).', '2020-01-08'), [
      ['Sunday', '2020-01-05', 'weekday-before-reference'],
      ['5th', '2020-01-05', 'bare-ordinal'],
    ]);
    const wrong = findDates('He marked his birthday in Rome on Saturday (5th).', '2020-01-08').find((d) => d.text === '5th')!;
    assert.deepEqual([wrong.flags, wrong.likelyValue], [['weekday-mismatch'], '2020-01-04']);
  });
});

describe('dates on real articles (#19): suspicious dates', () => {
  it('flags a full date a decade off the article, with the date probably meant', () => {
    const d = findDates('The flood struck on January 6, 2010, and rescuers arrived on Tuesday.', '2020-01-08')[0]!;
    assert.deepEqual([d.text, d.value, d.flags, d.likelyValue], ['January 6, 2010', '2010-01-06', ['far-from-reference'], '2020-01-06']);
    assert.match(d.reason!, /year may be garbled/);
  });
  it('does not flag an old date that the article places among other dates of its time', () => {
    const d = findDates('The flood struck on January 6, 2010. A year later, in 2011, the town was rebuilt.', '2020-01-08')[0]!;
    assert.deepEqual(d.flags, []);
    assert.deepEqual(findDates('The treaty was signed on March 3, 2005.', '2020-01-08')[0]!.flags, []);
  });
  it('flags a month "last year" a year before the month of every other day of the article', () => {
    const text = 'Talks began on September 5 last year. A deal was signed on September 14 and ratified on September 20.';
    const d = findDates(text, '2021-09-25')[0]!;
    assert.deepEqual([d.value, d.flags, d.likelyValue], ['2020-09-05', ['far-from-reference'], '2021-09-05']);
    const fine = findDates('Talks began on September 5 last year. A deal was signed on August 30 and ratified on September 20.', '2021-09-25')[0]!;
    assert.deepEqual(fine.flags, []);
  });
});

describe('dates on real articles (#19): a paragraph read alone reads as in the whole article', () => {
  const head = 'CAIRO, Nov. 6 (Reuters) -- The pact was signed in July this year, the ministry said.\n\n';
  const body = 'The envoy met officials on Tuesday. Ties have improved since last May.\n';
  const text = head + body;
  const REF = '2023-11-08';
  const whole = (t: string) => findDates(t, REF).filter((d) => d.start >= head.length).map((d) => [d.text, d.value]);

  it('a piece given the article facts gives what one pass gives (dateline and "this year")', () => {
    const expected = [['Tuesday', '2023-10-31'], ['last May', '2022-05']];
    assert.deepEqual(whole(text), expected);
    assert.deepEqual(findDates(body, REF, { article: articleDateFacts(text, REF) }).map((d) => [d.text, d.value]), expected);
    assert.deepEqual(findDates(body, REF).map((d) => [d.text, d.value]), [['Tuesday', '2023-11-07'], ['last May', '2023-05']], 'alone, without the facts');
  });
  it('the analyzer re-analysing the paragraph alone gives the same dates as the full analysis', () => {
    const dates = (as: ReturnType<typeof smallAnalyzer.annotate>) => as.filter((a) => a.label === 'DATE' && a.start >= head.length).map((a) => [a.text, a.value]);
    const full = dates(smallAnalyzer.annotate(text, REF));
    assert.deepEqual(dates(smallAnalyzer.annotate(text, REF, { start: head.length, end: text.length }, smallAnalyzer.lastCounts, { acronyms: new Map() })), full);
  });
});

describe('dates: months back and ahead, seasons without a cue word (mutation-sample survivors, #20)', () => {
  const REF = '2021-03-10';
  it('"N months ago" is the month N months before the reference month, across the new year', () => {
    assert.deepEqual(found('The mine closed a month ago.', REF), [['a month ago', '2021-02', 'ago']]);
    assert.deepEqual(found('The mine closed two months ago.', REF), [['two months ago', '2021-01', 'ago']]);
    assert.deepEqual(found('He left five months ago.', REF), [['five months ago', '2020-10', 'ago']]);
  });
  it('a month in the future tense is this year when it is still ahead, next year when it is past', () => {
    assert.deepEqual(found('The vote will be held in May.', REF), [['May', '2021-05', 'month']]);
    assert.deepEqual(found('The vote will be held in February.', REF), [['February', '2022-02', 'month']]);
  });
  it('reads a season with a year and no word before it', () => {
    assert.deepEqual(found('Summer 2019 was the hottest on record.', REF), [['Summer 2019', '2019-06', '2019-08', 'season']]);
    assert.deepEqual(found('The harvest of summer 2019 was poor.', REF), [['summer 2019', '2019-06', '2019-08', 'season']]);
  });
});
