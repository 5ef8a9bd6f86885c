// Fresh-process activation timing: `node bench/activation-child.cjs BUNDLE`. Prints one JSON line.
// Timed: require(BUNDLE) (module evaluation) + activate(context); then, separately, the analyzer's
// readiness (data files read, KB and indexes parsed, analyzer built and warmed up in short
// steps) and the first analysis of an article (the seed).
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
const root = path.dirname(path.dirname(bundle)); // the extension folder: dist/ is inside it
const context = {
  subscriptions: [],
  extensionUri: { scheme: 'file', path: root, fsPath: root },
  extensionPath: root,
  globalState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
  workspaceState: { get: (_k, d) => d, update: async () => {}, keys: () => [] },
  asAbsolutePath: (p) => path.join(path.dirname(bundle), '..', p),
  extensionMode: 1,
};
const t0 = performance.now();
const ext = require(bundle);
const t1 = performance.now();
const api = ext.activate(context);
const t2 = performance.now();
// After activation, as in the editor: the analyzer is built when a document needs it (read the
// data files, parse the KB, build the analyzer). Timed from that request. Then the first
// document: the seed, analysed once as the editor first shows it (the name matchers' indexes
// still being prepared in short steps), which is when its first annotations appear. Then the
// wait until the name matchers are ready, and the seed analysed with them.
api.service.ready().then((analyzer) => {
  const t3 = performance.now();
  const seed = require('node:fs').readFileSync(path.join(root, 'seeds', '000_5427bc860031b65b.txt'), 'utf8');
  const quick = analyzer.analyze(seed, '2020-01-08').annotations.length;
  const t4 = performance.now();
  api.service.namesReady.then(() => {
    const t5 = performance.now();
    const full = analyzer.analyze(seed, '2020-01-08').annotations.length;
    const t6 = performance.now();
    process.stdout.write(JSON.stringify({ require_ms: t1 - t0, activate_ms: t2 - t1, total_ms: t2 - t0, kb_ready_ms: t3 - t2, first_seed_ms: t4 - t3, first_annotations_ms: t4 - t2, names_ready_ms: t5 - t2, full_seed_ms: t6 - t5, quick_annotations: quick, full_annotations: full, subscriptions: context.subscriptions.length, since_process_start_ms: t2 }) + '\n');
  });
});
