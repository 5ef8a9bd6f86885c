// Stryker plugins for scripts/mutation-sample.mjs: an "ignorer" and a progress reporter. The ignorer: for scripts/mutation-sample.mjs. The `mutate` ranges select the
// sampled mutants' nodes, but a range also takes in every mutant nested inside that node (a
// BlockStatement mutant's range is the whole block). This plugin marks a node "Ignored" (not run)
// when it holds no sampled location, so only the sampled nodes' mutants run. Mutants of another
// mutator on the very same node cannot be told apart here: they run, and the sampler leaves them
// out of the count.
import fs from 'node:fs';
import path from 'node:path';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** { absolute file name: [[startLine, startColumn, endLine, endColumn], ...] }, lines 0-based. */
function readSampleLocations() {
  const file = process.env.MUTATION_SAMPLE_LOCATIONS;
  return file ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

// Read on first use: the sampler sets the variable after importing this module.
let locationsByFile;

function before(l1, c1, l2, c2) {
  return l1 < l2 || (l1 === l2 && c1 <= c2);
}

/** True when the node's span contains (or equals) one of the sampled spans of its file. */
function holdsSampledLocation(fileName, loc) {
  locationsByFile ??= readSampleLocations();
  const sampled = locationsByFile[path.resolve(fileName)];
  if (!sampled) return false;
  // Babel lines are 1-based, the sampled ones 0-based (as the instrumenter reports them).
  const sl = loc.start.line - 1, sc = loc.start.column, el = loc.end.line - 1, ec = loc.end.column;
  return sampled.some(([a, b, c, d]) => before(sl, sc, a, b) && before(c, d, el, ec));
}

export const sampleIgnorer = {
  shouldIgnore(nodePath) {
    const fileName = nodePath.hub?.file?.opts?.filename;
    const loc = nodePath.node.loc;
    if (!fileName || !loc) return undefined;
    return holdsSampledLocation(fileName, loc) ? undefined : 'not in the mutation sample';
  },
};

/**
 * A reporter that appends each tested mutant to a JSON-lines file as soon as it is known, so a
 * long run's survivors can be read (and tests written) before the run ends.
 */
const progressReporter = {
  onMutantTested(result) {
    const file = process.env.MUTATION_SAMPLE_PROGRESS;
    if (!file || result.status === 'Ignored') return;
    const { fileName, location, mutatorName, replacement, status } = result;
    fs.appendFileSync(file, `${JSON.stringify({ fileName: path.relative(process.cwd(), fileName), location, mutatorName, replacement, status })}\n`);
  },
};

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'mutation-sample', sampleIgnorer),
  declareValuePlugin(PluginKind.Reporter, 'mutation-sample-progress', progressReporter),
];
