// Build: data (English lexicon, knowledge base, schema validators) then three bundles:
// dist/extension.node.js (VS Code desktop), dist/extension.web.js (VS Code for the web), dist/cli.js.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildWords } from './scripts/build-words.mjs';
import { buildKb } from './scripts/build-kb.mjs';
import { buildValidators } from './scripts/build-validators.mjs';

const root = path.dirname(new URL(import.meta.url).pathname);
const production = process.argv.includes('--production');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

async function data() {
  const t0 = performance.now();
  buildWords({ root });
  await buildKb({ root });
  buildValidators({ root });
  await precompileKb();
  console.log(`data built in ${Math.round(performance.now() - t0)} ms`);
}

/** Runs scripts/precompile-kb.ts (which uses the analyzer's own index code) on the compiled KB. */
async function precompileKb() {
  const outfile = path.join(root, 'out/precompile-kb.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'scripts/precompile-kb.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning', loader: { '.json': 'json' } });
  const require = createRequire(import.meta.url);
  require(outfile).run(root);
}

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  target: 'es2022',
  loader: { '.json': 'json' },
};

const bundles = {
  node: { ...common, entryPoints: ['src/extension.node.ts'], outfile: 'dist/extension.node.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  web: {
    ...common,
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/extension.web.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    // The web extension host has no Node: fail the build if anything pulls in a Node module.
    define: { 'process.env.NODE_ENV': '"production"' },
  },
  cli: {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  bench: { ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs', sourcemap: false },
};

await data();
for (const [name, options] of Object.entries(bundles)) {
  if (only && only !== name) continue;
  if (!fs.existsSync(path.join(root, options.entryPoints[0]))) continue;
  await esbuild.build(options);
}
fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
console.log(`bundles: ${fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')).join(', ')}`);
