// Web entry of the integration suite: bundled by ../run-web.mjs (esbuild, platform browser,
// format cjs, external vscode) and loaded by @vscode/test-web in the web extension host.
import { mocha } from './setup.web'; // first: installs the tdd globals the test files use
import './all';
import { readHarnessConfig, summaryLine, takeScreenshotIfRequested } from './harness';

export async function run(): Promise<void> {
  const config = await readHarnessConfig();
  if (config.grep) mocha.grep(config.grep);

  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 } as Mocha.Stats));
  });

  let screenshotError: unknown;
  try {
    await takeScreenshotIfRequested(config);
  } catch (err) {
    screenshotError = err;
    console.error(`screenshot step failed: ${err instanceof Error ? err.message : String(err)}`);
  }

  // CI's log reader recognises this plain line, not mocha's own summary.
  console.log(summaryLine(stats));
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
  if (screenshotError) throw screenshotError;
}
