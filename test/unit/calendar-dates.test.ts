import assert from 'node:assert/strict';
import { findDates, dateNotes } from '../../src/core/dates';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Articles translated from Persian, Arabic and Japanese keep their calendars: the Solar Hijri and
// Islamic months written out, Japan's era years. Each is read as its Gregorian day, month or year
// (from the runtime's own calendar data), and its month or era word is no name.
const found = (text: string) => findDates(text, '2024-06-12').map((d) => `${d.text}=${d.value}${d.endValue ? `..${d.endValue}` : ''} ${d.rule}`);

describe('dates in other calendars', () => {
  it('Solar Hijri days: "12 Mordad 1402" is 3 August 2023', () => {
    assert.deepEqual(found('The meeting was held on 12 Mordad 1402 in Tehran; the new year began on 1 Farvardin 1403.'), [
      '12 Mordad 1402=2023-08-03 calendar-solar-hijri',
      '1 Farvardin 1403=2024-03-20 calendar-solar-hijri',
    ]);
  });

  it('Islamic days and months, with the Arabic ordinal words translations write for ICU\'s I and II', () => {
    assert.deepEqual(found('The decree of 15 Ramadan 1445 AH took effect on 1 Shawwal 1445, before Rabi al-Awwal 1446 and after Jumada al-Akhirah 1445.'), [
      '15 Ramadan 1445 AH=2024-03-25 calendar-hijri',
      '1 Shawwal 1445=2024-04-10 calendar-hijri',
      'Rabi al-Awwal 1446=2024-09-04..2024-10-03 calendar-hijri',
      'Jumada al-Akhirah 1445=2023-12-14..2024-01-12 calendar-hijri',
    ]);
  });

  it('a month spelt another way, with its day ("5 Shaaban 1445", Persian "1 Ramazan", "Rabi ol-Avval")', () => {
    assert.deepEqual(found('It was announced on 5 Shaaban 1445.'), ['5 Shaaban 1445=2024-02-15 calendar-hijri']);
    assert.deepEqual(found('Fasting began on 1 Ramazan 1445; the Prophet\'s birthday is 12 Rabi ol-Avval 1446.'), [
      '1 Ramazan 1445=2024-03-11 calendar-hijri',
      '12 Rabi ol-Avval 1446=2024-09-15 calendar-hijri',
    ]);
  });

  it('a day without its year: by the tense, the latest one by the reference date or the next one after it', () => {
    assert.deepEqual(found('The ceremony was held on 12 Mordad in Tehran.'), ['12 Mordad=2023-08-03 calendar-solar-hijri-day']);
    assert.deepEqual(found('The talks will resume on 10 Shahrivar.'), ['10 Shahrivar=2024-08-31 calendar-solar-hijri-day']);
    assert.deepEqual(found('Fighting resumed on the 5th of Ramadan.'), ['5th of Ramadan=2024-03-15 calendar-hijri-day']);
    // Short month names beside a number may be anything ("Mehr 5", "3 Tir").
    assert.deepEqual(found('Mehr 5 and 3 Tir were listed.'), []);
  });

  it('whole years named as such, as the range of their days', () => {
    assert.deepEqual(found('In the Iranian year 1402 prices rose; the budget for 1403 SH passed; pilgrims came in 1445 AH.'), [
      'Iranian year 1402=2023-03-21..2024-03-19 calendar-solar-hijri-year',
      '1403 SH=2024-03-20..2025-03-20 calendar-solar-hijri-year',
      '1445 AH=2023-07-19..2024-07-06 calendar-hijri-year',
    ]);
    assert.deepEqual(found('The 1400 ships sailed at 1445 hours.'), []);
  });

  it('Japanese era years, since 1868', () => {
    assert.deepEqual(found('The tax rose in Reiwa 5; coins of Showa 64 and Heisei 31, and the first year of Reiwa.'), [
      'Reiwa 5=2023 calendar-japanese-era',
      'Showa 64=1989 calendar-japanese-era',
      'Heisei 31=2019 calendar-japanese-era',
      'first year of Reiwa=2019 calendar-japanese-era',
    ]);
    // A month and day before the era year, as a Japanese date comes back in English: one date.
    assert.deepEqual(found('On April 1, Reiwa 6, the law took effect.'), ['April 1, Reiwa 6=2024-04-01 calendar-japanese-era-day']);
    // Beyond the era's last year there is no such year.
    assert.deepEqual(found('Showa 70 was never reached.'), []);
  });

  it('Thai Buddhist Era dates and years: marked, or unmarked where the year is near the reference date', () => {
    assert.deepEqual(found('The cabinet met on 15 January 2567 and again on March 3, 2567 BE.'), [
      '15 January 2567=2024-01-15 calendar-buddhist-era-day',
      'March 3, 2567 BE=2024-03-03 calendar-buddhist-era-day',
    ]);
    assert.deepEqual(found('Elections were held in March 2566; the plan runs to B.E. 2570 and the Buddhist Era 2568.'), [
      'March 2566=2023-03 calendar-buddhist-era-month',
      'B.E. 2570=2027 calendar-buddhist-era',
      'Buddhist Era 2568=2025 calendar-buddhist-era',
    ]);
    // Unmarked, a year five centuries from the reference date's is none; a bare number is none.
    assert.deepEqual(found('Prices rose 2,567 percent; the club had 2500 members.'), []);
    assert.deepEqual(found('The colony was founded on 5 May 2500.').filter((d) => d.includes('buddhist')), []);
  });

  it('Minguo years of the Republic of China (Taiwan): "ROC 113" is 2024', () => {
    assert.deepEqual(found('The ROC 113 budget passed; in the 112th year of the Republic of China, and Republic of China year 111, it did not.'), [
      'ROC 113=2024 calendar-minguo',
      '112th year of the Republic of China=2023 calendar-minguo',
      'Republic of China year 111=2022 calendar-minguo',
    ]);
    // A year after the reference date's next one is no Minguo year; nor a number after the name alone.
    assert.deepEqual(found('ROC 150 and the Republic of China 50 years ago.').filter((d) => d.includes('minguo')), []);
  });

  it('no date where an English word stands for a month, or a month name has no year', () => {
    assert.deepEqual(found('About 1450 people marked Independence Day 1400, the Safari 1450 rally and the Tire 1400 model.'), []);
    assert.deepEqual(found('Mehr said the Tir family left on Monday.').filter((d) => d.includes('calendar')), []);
  });

  it('in an article, the month word is the date\'s, not a garbled name, and the hover says how it was read', () => {
    const analyzer = createBuiltinAnalyzer();
    const yearless = analyzer.analyze('Iranian officials met in Tehran on 12 Mordad, state media said.', '2023-08-05').annotations;
    assert.equal(yearless.find((a) => a.text === '12 Mordad')?.value, '2023-08-03', yearless.map((a) => a.text).join('; '));
    const annotations = analyzer.analyze('Iranian officials met in Tehran on 12 Mordad 1402, state media said.', '2023-08-05').annotations;
    const date = annotations.find((a) => a.text === '12 Mordad 1402');
    assert.equal(date?.label, 'DATE');
    assert.equal(date?.value, '2023-08-03');
    assert.ok(!annotations.some((a) => a.text === 'Mordad'), annotations.map((a) => a.text).join('; '));
    assert.match(dateNotes({ value: date!.value, rule: date!.rule }).join(' '), /Solar Hijri calendar/);
  });
  describe('days of the Chinese lunar calendar (translations from Chinese)', () => {
    const at = (text: string, ref: string) => findDates(text, ref).map((d) => `${d.text}=${d.value} ${d.rule}`);

    it('a day and month written out with "lunar", the year by the tense around the reference date', () => {
      assert.deepEqual(at('Families will gather on the 15th day of the first lunar month for the Lantern Festival.', '2024-02-01'), [
        'the 15th day of the first lunar month=2024-02-24 calendar-chinese-lunar-day',
      ]);
      assert.deepEqual(at('On the eighth day of the twelfth lunar month, people ate Laba porridge.', '2024-02-01'), [
        'the eighth day of the twelfth lunar month=2024-01-18 calendar-chinese-lunar-day',
      ]);
      assert.deepEqual(at('The festival falls on the fifth day of the fifth month in the Chinese lunar calendar.', '2024-02-01'), [
        'the fifth day of the fifth month in the Chinese lunar calendar=2024-06-10 calendar-chinese-lunar-day',
      ]);
    });

    it('compound ordinals, and the hover says which calendar', () => {
      const [d] = findDates('He was born on the twenty-third day of the second lunar month.', '2024-02-01');
      assert.equal(d.value, '2023-03-14');
      assert.match(dateNotes(d).join(' '), /Chinese lunar calendar/);
    });

    it('no "lunar", no lunar date', () => {
      assert.deepEqual(at('The vote is on the 15th day of the first month of the session.', '2024-02-01').filter((x) => x.includes('lunar')), []);
    });
  });
});
