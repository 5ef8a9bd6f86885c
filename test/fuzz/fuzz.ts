/**
 * Long fuzz run: node --import tsx test/fuzz/fuzz.ts  (npm run fuzz)
 * >= 100,000 generated inputs in total (FUZZ_SCALE multiplies, FUZZ_SEED changes the seed).
 * Prints counts per target and exits non-zero when any target fails.
 */
import fc from 'fast-check';
import { FC_SEED, SCALE } from './generators';
import { sidecarStats, TARGETS } from './targets';
import { hostileStats } from './hostile-targets';

const RUNS: Record<string, number> = { text: 40000, edits: 12000, sidecar: 40000, kb: 10000, 'hostile-sidecar': 4000, 'hostile-kb': 3000, unended: 3000 };
const FILTER = process.env.FUZZ_TARGET;

let failed = 0;
let total = 0;
for (const t of TARGETS) {
  if (FILTER && t.name !== FILTER) continue;
  const numRuns = Math.max(1, Math.round(RUNS[t.name] * SCALE));
  const t0 = Date.now();
  // After a failure the target goes on with another seed, so that one bug does not hide the
  // others: distinct failures are grouped by message (digits removed). Only the first is shrunk.
  let runs = 0;
  let attempt = 0;
  const signatures = new Map<string, { count: number; first: string }>();
  while (runs < numRuns) {
    const details = fc.check(t.property, { seed: FC_SEED + attempt, numRuns: numRuns - runs, endOnFailure: attempt > 0 });
    attempt++;
    runs += details.numRuns;
    if (!details.failed) break;
    const message = String((details.errorInstance as Error)?.message ?? details.errorInstance);
    const phase = message.split(/[:{]/)[0].trim();
    const kinds = [...new Set(message.match(/not sorted|out of bounds|duplicate id|text mismatch|empty span|sidecar code points|own sidecar invalid|restore (?:threw|accepted)/g) ?? [])];
    const sig = `${phase}: ${kinds.sort().join(', ') || message.replace(/\d+/g, '#').slice(0, 100)}`;
    const known = signatures.get(sig);
    if (known) known.count++;
    else signatures.set(sig, { count: 1, first: `seed ${details.seed} path ${details.counterexamplePath}\n    counterexample: ${fc.stringify(details.counterexample).slice(0, 1500)}\n    error: ${message.slice(0, 1500)}` });
  }
  total += runs;
  const ms = Date.now() - t0;
  if (signatures.size) {
    failed++;
    console.log(`FAIL ${t.name}: ${runs} inputs (${ms} ms), ${signatures.size} distinct failure(s):`);
    for (const [sig, v] of signatures) console.log(`  [${v.count}x] ${sig}\n    ${v.first}`);
  } else {
    console.log(`ok   ${t.name}: ${runs} inputs (${ms} ms)`);
  }
}
console.log(`sidecar target: ${sidecarStats.parsedOk} mutated sidecars accepted and restored, ${sidecarStats.rejected} rejected with SidecarProblem`);
console.log(`hostile targets: ${hostileStats.sidecarsAccepted} sidecars accepted, ${hostileStats.sidecarsRejected} rejected; ${hostileStats.kbsAccepted} KBs accepted, ${hostileStats.kbsRejected} rejected; ${hostileStats.hovers} hovers rendered`);
console.log(`${total} inputs in total, ${failed} target(s) failed`);
process.exit(failed ? 1 : 0);
