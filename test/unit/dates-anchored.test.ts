import assert from 'node:assert/strict';
import { AnchoredScan, anchorHits, anchoredMatches, type AnchoredPattern } from '../../src/core/dates/anchored';
import { MONTH_ONLY } from '../../src/core/dates/months';
import { ORDINAL, SPEECH_AFTER_DAY } from '../../src/core/dates/ordinals';
import { DASH_RANGE, DECADE, DETERMINER_YEAR, FISCAL_YEAR, YEAR } from '../../src/core/dates/years';
import { SEASON } from '../../src/core/dates/seasons';
import { PART_OF_YEAR } from '../../src/core/dates/quarters';
import { PATTERNS as RELATIVE } from '../../src/core/dates/relative';
import { prng } from './helpers';

const PATTERNS: Record<string, AnchoredPattern> = { MONTH_ONLY, ORDINAL, SPEECH_AFTER_DAY, DECADE, YEAR, DASH_RANGE, DETERMINER_YEAR, FISCAL_YEAR, SEASON, PART_OF_YEAR, ...Object.fromEntries(RELATIVE.map((p) => [p.rule, p])) };

// Pieces of date phrases and of what surrounds them, joined by every kind of separator.
const WORDS = [
  'January', 'march', 'May', 'December', 'early', 'mid', 'late', 'the', 'end', 'of', 'beginning', 'start', 'middle', 'in', 'on',
  'since', 'by', 'last', 'next', 'this', 'between', 'and', 'to', 'year', 'the year', '2019', '1990s', "'90s", '80s', '20s', '5th',
  '21st', '3rd', '6', '12', 'said', 'called', 'Haftar', 'Article', 'troops', '2,000', 'said,', '中国', 'é', '2020年', 'x_y',
  'week', 'month', 'weeks', 'ago', 'day', 'days', 'yesterday', 'tomorrow', 'today', 'tonight', 'night', 'before', 'after',
  'previous', 'two', 'a', 'Dec', 'Jan.', 'fiscal', 'Financial', 'Year', "Japan's", 'its', 'election', 'Olympics', 'past', 'few',
  'several', 'recent', 'couple', 'early', 'later', 'spring', 'Summer', 'autumn', 'fall', 'winter', 'during', 'years', 'months',
  'quarter', 'half', 'first', '4th', 'coming', 'following', 'middle', 'days', 'weekend', '2020', '21', '2019-20', 'current', 'half', 'fiscal year', 'of last year',
];
const SEPARATORS = [' ', '  ', '-', ', ', '.', '\n', '\n\n', ' ', '', "'", '(', ' '.repeat(70)];

const view = (m: RegExpExecArray | null) => (m ? [m.index, ...m] : null);

describe('dates: anchored pattern scans', () => {
  it('find exactly the matches of a full scan, for each date pattern, on 3,000 random texts', () => {
    const rnd = prng(11);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    let matches = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) text += pick(WORDS) + pick(SEPARATORS);
      for (const [name, p] of Object.entries(PATTERNS)) {
        // Long separators (70 spaces) lie outside the contract for word reach: compare without them there.
        const t = 'words' in p.reach ? text.replace(/ {64,}/g, ' ') : text;
        const full = [...t.matchAll(new RegExp(p.re.source, p.re.flags))].map(view);
        assert.deepEqual(anchoredMatches(t, p).map(view), full, `${name} in ${JSON.stringify(t)}`);
        // The same with the anchor's occurrences found beforehand (patterns that share an anchor).
        assert.deepEqual(anchoredMatches(t, p, anchorHits(t, p.anchor)).map(view), full, `${name} (hits) in ${JSON.stringify(t)}`);
        matches += full.length;
        // Resuming from any position finds what exec from there finds.
        const from = Math.floor(rnd() * (t.length + 1));
        const re = new RegExp(p.re.source, p.re.flags);
        re.lastIndex = from;
        assert.deepEqual(view(new AnchoredScan(t, p).next(from)), view(re.exec(t)), `${name} from ${from} in ${JSON.stringify(t)}`);
      }
    }
    assert.ok(matches > 3000, `the texts hold dates (${matches} matches)`);
  });
});
