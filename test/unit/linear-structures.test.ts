// The structures rewritten to stay linear on long documents, checked against the plain
// (quadratic) versions they replaced on random inputs.
import assert from 'node:assert/strict';
import { MentionSet, type Mention } from '../../src/core/entities/mention';
import { resolveOverlaps } from '../../src/core/dates/find';
import type { Candidate } from '../../src/core/dates/types';
import { prng } from './helpers';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The plain mention list: an array kept sorted by start. */
class PlainMentions {
  items: Mention[] = [];
  covers(start: number, end: number): boolean {
    return this.items.some((m) => overlaps(m, { start, end }));
  }
  add(m: Mention): boolean {
    if (this.covers(m.start, m.end)) return false;
    this.items = [...this.items, m].sort((a, b) => a.start - b.start);
    return true;
  }
  replace(m: Mention): void {
    this.items = [...this.items.filter((o) => !overlaps(o, m)), m].sort((a, b) => a.start - b.start);
  }
}

/** The greedy overlap resolution as it was: one list, an overlap test against every kept candidate. */
function plainResolve(all: Candidate[]): Candidate[] {
  const order = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of order) if (c.end > c.start && !kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

describe('linear structures', () => {
  it('MentionSet: adds, replacements, overlap queries and the final list agree with a plain sorted array (2,000 random runs)', () => {
    const rnd = prng(7);
    let replaced = 0;
    for (let run = 0; run < 2000; run++) {
      const set = new MentionSet();
      const plain = new PlainMentions();
      const ops = 1 + Math.floor(rnd() * 40);
      for (let k = 0; k < ops; k++) {
        const start = Math.floor(rnd() * 200);
        const m: Mention = { start, end: start + 1 + Math.floor(rnd() * 12), label: 'PERSON', rule: `r${run}.${k}` };
        const op = rnd();
        if (op < 0.25) {
          set.replace(m);
          plain.replace(m);
          replaced++;
        } else if (op < 0.8) {
          assert.equal(set.add(m), plain.add(m), `add ${m.rule}`);
        } else {
          assert.equal(set.covers(m.start, m.end), plain.covers(m.start, m.end), `covers ${m.rule}`);
          const found = set.at(m.start, m.end);
          if (found) assert.ok(overlaps(found, m), `at ${m.rule}`);
        }
      }
      assert.deepEqual(set.all().map((m) => m.rule), plain.items.map((m) => m.rule), `run ${run}`);
    }
    assert.ok(replaced > 5000);
  });

  it('date overlaps: the per-group greedy keeps what one greedy over all candidates keeps (3,000 random lists)', () => {
    const rnd = prng(3);
    let dropped = 0;
    for (let run = 0; run < 3000; run++) {
      const n = Math.floor(rnd() * 30);
      const all: Candidate[] = [];
      for (let k = 0; k < n; k++) {
        const start = Math.floor(rnd() * 150);
        // Empty spans, equal spans and equal lengths included: the tie-breaks must agree too.
        const end = start + Math.floor(rnd() * 15);
        all.push({ start, end, text: '', value: null, rule: `c${k}`, flags: [], priority: Math.floor(rnd() * 3) });
      }
      const kept = resolveOverlaps(all);
      assert.deepEqual(kept.map((c) => c.rule), plainResolve(all).map((c) => c.rule), `run ${run}`);
      dropped += all.length - kept.length;
    }
    assert.ok(dropped > 1000);
  });
});
