#!/usr/bin/env node
// Integration tests in desktop VS Code (Node extension host, the `main` entry) through
// @vscode/test-electron, for contributors who have VS Code installed or internet access.
// The same suite as run-web.mjs, through a Node mocha index (suite/index.node.ts).
//
// Usage: node test/integration/run-desktop.mjs [--grep PATTERN]
// Env:   VSCODE_EXECUTABLE=/path/to/code   use this VS Code (no download)
//        VSCODE_VERSION=stable|insiders|1.x.y   version to download otherwise (default stable)
//
// This cannot run on the offline build machines (no VS Code desktop there): use run-web.mjs.
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = Date.now();

const argv = process.argv.slice(2);
const grepAt = argv.indexOf('--grep');
const grep = grepAt >= 0 ? argv[grepAt + 1] : undefined;

async function bundleSuite() {
  const esbuild = await import('esbuild');
  const outfile = path.join(repoRoot, 'dist', 'test', 'suite.node.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'integration', 'suite', 'index.node.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'], // mocha stays a normal require of node_modules/mocha
    outfile,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

function noExecutable(reason) {
  console.error(`
run-desktop: ${reason}
  No VS Code desktop executable is available, and it cannot be downloaded offline.
  - Set VSCODE_EXECUTABLE to an installed VS Code, e.g.
      VSCODE_EXECUTABLE="$(command -v code)" npm run test:desktop
    (on macOS: "/Applications/Visual Studio Code.app/Contents/MacOS/Electron")
  - or run with internet access so @vscode/test-electron can download VS Code,
  - or use the offline web harness instead: npm run test:integration
`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

async function resolveExecutable(testElectron) {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) noExecutable(`VSCODE_EXECUTABLE=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const version = process.env.VSCODE_VERSION ?? 'stable';
  console.log(`run-desktop: VSCODE_EXECUTABLE is not set; downloading VS Code ${version} (needs internet)...`);
  try {
    return await testElectron.downloadAndUnzipVSCode({ version, cachePath: path.join(repoRoot, '.vscode-test') });
  } catch (err) {
    noExecutable(`downloading VS Code failed: ${err?.message ?? err}`);
  }
}

async function main() {
  const mainEntry = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).main;
  if (mainEntry && !fs.existsSync(path.join(repoRoot, mainEntry))) {
    console.warn(`run-desktop: warning: the main entry ${mainEntry} does not exist; run \`npm run build\` first.`);
  }
  console.log('== Bundling the suite for the Node extension host (esbuild) ==');
  const extensionTestsPath = await bundleSuite();

  const testElectron = await import('@vscode/test-electron');
  const vscodeExecutablePath = await resolveExecutable(testElectron);

  // A throwaway copy of the test workspace, so runs never dirty the repository.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-ws-'));
  fs.cpSync(path.join(repoRoot, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, '.harness.json'), JSON.stringify({ screenshotUrl: null, grep: grep ?? null }, null, 2));
  // linked-export/export: a symbolic link to a folder outside the workspace (see run-web.mjs).
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-outside-'));
  fs.writeFileSync(path.join(outside, 'already-here.txt'), 'not the workspace\n');
  fs.mkdirSync(path.join(workspace, 'linked-export'));
  fs.symlinkSync(outside, path.join(workspace, 'linked-export', 'export'));
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-user-'));

  console.log(`== Running the integration suite in VS Code desktop (${vscodeExecutablePath}) ==`);
  let code = 0;
  try {
    code = await testElectron.runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--skip-release-notes', `--user-data-dir=${userDataDir}`],
      extensionTestsEnv: { NEWS_ANNOTATOR_TEST: '1' },
    });
  } catch (err) {
    console.error(`run-desktop: ${err?.message ?? err}`);
    code = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`== Desktop integration tests ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ==`);
  process.exit(code === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(`run-desktop: ${err?.stack ?? err}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
});
