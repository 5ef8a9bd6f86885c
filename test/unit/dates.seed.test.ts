import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDates, inferReferenceDate, isValidIsoValue } from '../../src/core/dates';
import type { GoldDate } from '../fixtures/gold-dates';

/** Mocha runs from the repository root. */
const ROOT = process.cwd();
const SEED = join(ROOT, 'seeds', '000_5427bc860031b65b.txt');
const GOLD = join(ROOT, 'test', 'fixtures', 'dates', '000_5427bc860031b65b.dates.json');


const text = readFileSync(SEED, 'utf8');
const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { referenceDate: string; dates: GoldDate[] };

/** What a name detector would report: where each occurrence of the article's person names ends. */
function nameEndsOf(names: string[]): Set<number> {
  const ends = new Set<number>();
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) ends.add(i + name.length);
  }
  return ends;
}

describe('dates: seed article 000', () => {
  const run = (withNames: boolean) =>
    findDates(text, gold.referenceDate, withNames ? { nameEnds: nameEndsOf(['haftal', 'haftar', 'Erdogan', 'salaj', 'teben', 'bukadum', 'Guterres', 'Merkel']) } : {});

  for (const withNames of [true, false]) {
    it(`finds exactly the ${gold.dates.length} gold dates with the gold values (${withNames ? 'with' : 'without'} name ends)`, () => {
      const found = run(withNames);
      assert.deepEqual(
        found.map((d) => [d.start, d.end, d.text]),
        gold.dates.map((g) => [g.start, g.end, g.text]),
      );
      for (const [i, g] of gold.dates.entries()) {
        const d = found[i]!;
        if (g.suspicious) {
          assert.ok(d.flags.includes('far-from-reference'), `${g.text} should be flagged`);
          assert.ok(d.reason && d.reason.length > 20);
        } else {
          assert.equal(d.value, g.value, g.text);
          assert.deepEqual(d.flags, [], `${g.text} should not be flagged`);
        }
      }
    });
  }

  it('reads the suspicious month-days as garbled January days', () => {
    const flagged = run(true).filter((d) => d.flags.length > 0);
    assert.deepEqual(flagged.map((d) => [d.text, d.likelyValue]), [['June 7', '2020-01-07'], ['August 8', '2020-01-08']]);
  });

  it('infers no reference date (no dateline, no full date)', () => {
    assert.equal(inferReferenceDate(text), null);
  });

  // Its speed (target <= 50 ms a run) is measured by the benchmark ("Dates alone on the seed").
});

describe('dates: invariants on the other fixture articles', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'articles');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  } catch {
    // The fixture folder belongs to another module; without it there is nothing to check.
  }
  for (const f of files) {
    it(`${f}: sorted, non-overlapping, exact slices, valid values`, () => {
      const t = readFileSync(join(dir, f), 'utf8');
      const ref = inferReferenceDate(t)?.date ?? '2020-01-08';
      const found = findDates(t, ref);
      let last = 0;
      for (const d of found) {
        assert.ok(d.start >= last && d.end > d.start, `${f}: order at ${d.start}`);
        assert.equal(d.text, t.slice(d.start, d.end));
        for (const v of [d.value, d.endValue, d.likelyValue]) if (v) assert.ok(isValidIsoValue(v), v);
        last = d.end;
      }
    });
  }
});
