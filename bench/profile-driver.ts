// Profiling driver: `node --cpu-prof dist/bench-profile.js [full|edit] [BYTES]` after bundling this
// file (see bench/README.md). Warm-up, then one full analysis (or 50 one-letter edits) of BYTES.
import { IncrementalAnalysis } from '../src/core/incremental';
import { createBuiltinAnalyzer } from '../src/core/kb/builtin';
import { generateText, loadSources, prng, repoRoot, KB, MB } from './corpus';

const mode = process.argv[2] ?? 'full';
const size = Number(process.argv[3] ?? MB);
const src = loadSources(repoRoot());
const analyzer = createBuiltinAnalyzer();
const small = generateText(src, 5 * KB);
for (let i = 0; i < 5; i++) analyzer.analyze(small, '2020-01-08');
const text = generateText(src, size);
const t0 = performance.now();
if (mode === 'edit') {
  const inc = new IncrementalAnalysis(analyzer, text, '2020-01-08');
  const t1 = performance.now();
  const rnd = prng(1);
  for (let i = 0; i < 50; i++) {
    const pos = Math.floor(rnd() * inc.text.length);
    inc.edit({ start: pos, end: pos, text: 'e' });
  }
  console.log(`ctor ${(t1 - t0).toFixed(0)} ms; 50 edits ${(performance.now() - t1).toFixed(0)} ms`);
} else {
  const r = analyzer.analyze(text, '2020-01-08');
  console.log(`${size} B: ${(performance.now() - t0).toFixed(0)} ms, ${r.annotations.length} annotations`);
}
