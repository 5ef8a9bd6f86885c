/**
 * Issue 20: the six invented articles in test/fixtures/articles/ carry hand-made gold dates
 * (relative days, bare ordinals, weekdays, a month garbled in translation). Their dates are the
 * expected values here, written by hand, not by the code: each one found where the gold puts it,
 * with the gold's value, and only the garbled one warned about. The names in these articles are
 * not scored here: the real dev corpus (scripts/score-articles.mjs) is the measure of quality.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import type { GoldDate } from '../fixtures/gold-dates';

const DIR = join(__dirname, '..', 'fixtures', 'articles');

interface Gold {
  file: string;
  referenceDate: string;
  dates: GoldDate[];
}

const golds: Gold[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Gold);

describe('gold dates of the invented articles (test/fixtures/articles)', () => {
  const analyzer = createBuiltinAnalyzer();

  it('has the six articles', () => {
    assert.equal(golds.length, 6);
  });

  for (const gold of golds) {
    it(`${gold.file}: every gold date at its span with its value; only the garbled one warned about`, () => {
      const text = readFileSync(join(DIR, gold.file), 'utf8');
      const dates = analyzer.analyze(text, gold.referenceDate).annotations.filter((a) => a.label === 'DATE');
      for (const g of gold.dates) {
        const d = dates.find((x) => x.start === g.start && x.end === g.end);
        assert.ok(d, `"${g.text}" at ${g.start} is not found as a date`);
        if (g.suspicious) {
          assert.ok(d.flags?.length, `"${g.text}" contradicts the article and should be warned about`);
        } else {
          assert.equal(d.value, g.value, `value of "${g.text}" at ${g.start}`);
          assert.deepEqual(d.flags ?? [], [], `"${g.text}" at ${g.start} is warned about but is right`);
        }
      }
      for (const d of dates) {
        if (gold.dates.some((g) => g.start === d.start && g.end === d.end)) continue;
        assert.deepEqual(d.flags ?? [], [], `"${d.text}" at ${d.start} (not a gold date) is warned about`);
      }
    });
  }
});
