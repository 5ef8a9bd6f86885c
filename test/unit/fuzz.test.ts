/**
 * Short fuzz run (part of npm test, < 15 s): the targets of test/fuzz/targets.ts with few inputs.
 * The long run is test/fuzz/fuzz.ts (npm run fuzz).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FC_SEED, scaled } from '../fuzz/generators';
import { sidecarStats, TARGETS } from '../fuzz/targets';

const RUNS: Record<string, number> = { text: 300, edits: 100, sidecar: 600, kb: 100, 'hostile-sidecar': 60, 'hostile-kb': 40, unended: 40 };

describe('fuzz (short)', function () {
  this.timeout(60000);
  for (const t of TARGETS) {
    it(`${t.name}: no exception escapes (except SidecarProblem), invariants hold`, () => {
      const numRuns = scaled(RUNS[t.name]);
      const details = fc.check(t.property, { seed: FC_SEED, numRuns });
      console.log(`      [fuzz] ${t.name}: ${details.numRuns} inputs${t.name === 'sidecar' ? ` (${sidecarStats.parsedOk} accepted, ${sidecarStats.rejected} rejected)` : ''}`);
      if (details.failed) {
        assert.fail(`${t.name} failed after ${details.numRuns} inputs (seed ${details.seed}, path ${details.counterexamplePath}): ${String((details.errorInstance as Error)?.message ?? details.errorInstance).slice(0, 1500)}\ncounterexample: ${fc.stringify(details.counterexample).slice(0, 1500)}`);
      }
      assert.equal(details.numRuns, numRuns, 'every input was run');
    });
  }
});
