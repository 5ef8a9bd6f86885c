// Build step (bundled and run by esbuild.mjs): out/kb.index.json -> out/kb.precompiled.json (the
// surface forms) and out/kb.sounds.json (the sound keys), the indexes the analyzer would
// otherwise compute at activation.
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledKb } from '../src/core/kb/model';
import { precompile } from '../src/core/kb/precompiled';

export function run(root: string): { forms: number; sounds: number } {
  const kb = JSON.parse(fs.readFileSync(path.join(root, 'out/kb.index.json'), 'utf8')) as CompiledKb;
  const pre = precompile(kb);
  fs.writeFileSync(path.join(root, 'out/kb.precompiled.json'), JSON.stringify(pre.forms));
  fs.writeFileSync(path.join(root, 'out/kb.sounds.json'), JSON.stringify(pre.sounds));
  return { forms: pre.forms.entries.length / 3, sounds: pre.sounds.length };
}
