// Fresh-process activation timing: `node bench/activation-child.cjs BUNDLE`. Prints one JSON line.
// Timed: require(BUNDLE) (module evaluation, including the bundled knowledge base) + activate(context).
'use strict';
const Module = require('node:module');
const path = require('node:path');
const stub = path.join(__dirname, 'vscode-stub.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
};
require(stub);
const bundle = path.resolve(process.argv[2]);
const context = {
  subscriptions: [],
  extensionUri: { scheme: 'file', path: path.dirname(bundle), fsPath: path.dirname(bundle) },
  extensionPath: path.dirname(bundle),
  globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
  workspaceState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
  asAbsolutePath: (p) => path.join(path.dirname(bundle), '..', p),
  extensionMode: 1,
};
const t0 = performance.now();
const ext = require(bundle);
const t1 = performance.now();
ext.activate(context);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ require_ms: t1 - t0, activate_ms: t2 - t1, total_ms: t2 - t0, subscriptions: context.subscriptions.length, since_process_start_ms: t2 }) + '\n');
