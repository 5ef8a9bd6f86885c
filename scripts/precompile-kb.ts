// Build step (bundled and run by esbuild.mjs): out/kb.index.json -> out/kb.precompiled.json, the
// surface-form and sound-key indexes the analyzer would otherwise compute at activation.
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledKb } from '../src/core/kb/model';
import { parseSounds, precompile } from '../src/core/kb/precompiled';

export function run(root: string): { forms: number; sounds: number } {
  const kb = JSON.parse(fs.readFileSync(path.join(root, 'out/kb.index.json'), 'utf8')) as CompiledKb;
  const pre = precompile(kb);
  fs.writeFileSync(path.join(root, 'out/kb.precompiled.json'), JSON.stringify(pre));
  return { forms: pre.forms.length, sounds: parseSounds(pre).length };
}
