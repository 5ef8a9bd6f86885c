// Build: data (English lexicon, knowledge base, schema validators) then three bundles:
// dist/extension.node.js (VS Code desktop), dist/extension.web.js (VS Code for the web), dist/cli.js.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildKb } from './scripts/build-kb.mjs';
import { buildValidators } from './scripts/build-validators.mjs';
import { chronoParserNames } from './scripts/chrono-parser-names.mjs';

const root = path.dirname(new URL(import.meta.url).pathname);
const production = process.argv.includes('--production');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

async function data() {
  const t0 = performance.now();
  await runBuildStep('build-words'); // the analyzer's own Bloom hashing
  await buildKb({ root });
  buildValidators({ root });
  await runBuildStep('precompile-kb'); // the analyzer's own index code, on the compiled KB
  console.log(`data built in ${Math.round(performance.now() - t0)} ms`);
}

/** Bundles scripts/NAME.ts (a build step written against src/core) and runs its `run(root)`. */
async function runBuildStep(name) {
  const outfile = path.join(root, `out/${name}.cjs`);
  await esbuild.build({ entryPoints: [path.join(root, `scripts/${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning', loader: { '.json': 'json' } });
  const require = createRequire(import.meta.url);
  return require(outfile).run(root);
}

// The generated data (KB, indexes, lexicon). The extension and CLI bundles read it from dist/data/
// at run time (src/core/text/bundled-data.ts), so that no start compiles 15 MB of script; the
// benchmark bundle embeds it as strings parsed on first use (a string literal loads far faster
// than the same data as object literals).
const DATA_FILE = /[\\/]out[\\/]((?:kb\.index|kb\.details|kb\.precompiled|kb\.sounds|kb\.literal|kb\.readings|english\.bloom)\.json)$/;
// The extension's data files (dist/data/): the KB of the first paint (kb.first.json, without the
// descriptions and pinyin) stands for kb.index.json there; its details come after the first paint.
const DATA_FILES = ['kb.first.json', 'kb.details.json', 'kb.precompiled.json', 'kb.sounds.json', 'kb.literal.json', 'kb.readings.json', 'english.bloom.json'];
const EXTENSION_DATA_NAME = { 'kb.index.json': 'kb.first.json' };

const dataAsText = {
  name: 'data-as-text',
  setup(build) {
    build.onLoad({ filter: DATA_FILE }, async (args) => ({ contents: await fs.promises.readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

const dataFromFiles = {
  name: 'data-from-files',
  setup(build) {
    const reader = path.join(root, 'src/core/text/bundled-data.ts');
    build.onLoad({ filter: DATA_FILE }, (args) => ({
      contents: `import { externalData } from ${JSON.stringify(reader)};\nexport default () => externalData(${JSON.stringify(extensionDataName(DATA_FILE.exec(args.path)[1]))});`,
      loader: 'ts',
      resolveDir: root,
    }));
  },
};

function extensionDataName(name) {
  return EXTENSION_DATA_NAME[name] ?? name;
}

function copyDataFiles() {
  fs.mkdirSync(path.join(root, 'dist/data'), { recursive: true });
  // A file an earlier build put there and this one does not ship must not go into the .vsix.
  for (const f of fs.readdirSync(path.join(root, 'dist/data'))) if (!DATA_FILES.includes(f)) fs.rmSync(path.join(root, 'dist/data', f));
  for (const f of DATA_FILES) fs.copyFileSync(path.join(root, 'out', f), path.join(root, 'dist/data', f));
  // The article-structure parser: web-tree-sitter's runtime and the newstext language.
  fs.copyFileSync(path.join(root, 'node_modules/web-tree-sitter/tree-sitter.wasm'), path.join(root, 'dist/tree-sitter.wasm'));
  fs.copyFileSync(path.join(root, 'tree-sitter-newstext/tree-sitter-newstext.wasm'), path.join(root, 'dist/tree-sitter-newstext.wasm'));
}

// web-tree-sitter's ESM build uses import.meta.url, which a CJS bundle breaks: use its CJS build.
// Its Node-only branch requires fs and path, which never run in the browser (we hand it the wasm bytes).
const treeSitter = { alias: { 'web-tree-sitter': path.join(root, 'node_modules/web-tree-sitter/tree-sitter.cjs') } };

const common = {
  plugins: [dataAsText, chronoParserNames],
  bundle: true,
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  target: 'es2022',
  loader: { '.json': 'json' },
};

const bundles = {
  node: { ...common, ...treeSitter, plugins: [dataFromFiles, chronoParserNames], entryPoints: ['src/extension.node.ts'], outfile: 'dist/extension.node.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  web: {
    ...common,
    ...treeSitter,
    plugins: [dataFromFiles, chronoParserNames],
    entryPoints: ['src/extension.web.ts'],
    outfile: 'dist/extension.web.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode', 'fs', 'path', 'module', 'url'],
    // The web extension host has no Node: fail the build if anything pulls in a Node module.
    define: { 'process.env.NODE_ENV': '"production"' },
  },
  cli: {
    ...common,
    plugins: [dataFromFiles, chronoParserNames],
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  bench: { ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', platform: 'node', format: 'cjs', sourcemap: false },
};
// The desktop bundle as the .vsix ships it (minified), for the benchmark's activation timing; not packaged.
bundles.shipped = { ...bundles.node, minify: true, sourcemap: false, outfile: 'dist/extension.node.shipped.js' };

await data();
copyDataFiles();
for (const [name, options] of Object.entries(bundles)) {
  if (only && only !== name) continue;
  if (!fs.existsSync(path.join(root, options.entryPoints[0]))) continue;
  await esbuild.build(options);
}
fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
console.log(`bundles: ${fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')).join(', ')}`);
