// Desktop (Node extension host) entry of the integration suite, run by ../run-desktop.mjs through
// @vscode/test-electron. Bundled for node (format cjs, external vscode; mocha stays a require).
import { mocha } from './setup.node'; // first: installs the tdd globals the test files use
import './all';
import { readHarnessConfig, summaryLine } from './harness';

export async function run(): Promise<void> {
  const config = await readHarnessConfig();
  if (config.grep) mocha.grep(config.grep);
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 1, pending: 0 } as Mocha.Stats)));
  });
  console.log(summaryLine(stats));
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
}
