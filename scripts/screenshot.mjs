#!/usr/bin/env node
// README screenshot: runs the web integration harness, which opens the seed with the hover on
// "haftal" shown and captures the workbench to docs/screenshot.png.
// Usage: node scripts/screenshot.mjs [PATH]   (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(repoRoot, process.argv[2] ?? path.join('docs', 'screenshot.png'));
fs.mkdirSync(path.dirname(target), { recursive: true });

// The screenshot step runs after the suite; a grep keeps the run short (one quick test).
const result = spawnSync(process.execPath, [
  path.join(repoRoot, 'test', 'integration', 'run-web.mjs'),
  '--screenshot', target,
  '--grep', 'Activation and language',
], { cwd: repoRoot, stdio: 'inherit' });

if (result.status === 0 && fs.existsSync(target)) {
  console.log(`screenshot: ${path.relative(repoRoot, target)}`);
  process.exit(0);
}
console.error('screenshot: failed (see the output above)');
process.exit(result.status || 1);
