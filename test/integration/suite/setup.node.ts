// Desktop counterpart of setup.web.ts: a Node mocha instance whose tdd globals are installed
// before the (statically imported) test files run their top-level suite() calls.
import Mocha from 'mocha';

export const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: true });
mocha.suite.emit('pre-require', globalThis, 'suite.node.js', mocha);
