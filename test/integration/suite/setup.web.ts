// Must be imported before any *.test.ts: installs mocha's browser build and the tdd globals
// (suite, test, suiteSetup, ...) that the test files call at import time.
import mochaBrowser from 'mocha/mocha.js';

export const mocha: BrowserMocha = mochaBrowser as unknown as BrowserMocha;
// The spec reporter prints through console.log, which test-web forwards to the runner's stdout;
// the default HTML reporter would need a DOM.
mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false } as unknown as Mocha.MochaOptions);

export interface BrowserMocha {
  setup(options: Mocha.MochaOptions): BrowserMocha;
  grep(pattern: string | RegExp): BrowserMocha;
  run(fn?: (failures: number) => void): Mocha.Runner;
}
