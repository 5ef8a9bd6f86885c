/**
 * Hostile input and network use.
 * 1. The built bundles contain no network use in our own code (src/): every hit of a network API
 *    is attributed to its source file through the bundle's sourcemap and listed.
 * 2. Markdown / HTML / command-link payloads in the KB or the text reach the core's annotations
 *    verbatim (escaping is the VS Code adapter's job: src/vscode/hover.ts, links.ts).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { Analyzer } from '../../src/core/analyzer';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import type { KbEntity } from '../../src/core/kb/model';
import { smallKb } from '../fixtures/small-kb';
import { ROOT } from '../fuzz/generators';

const BUNDLES = ['dist/extension.web.js', 'dist/extension.node.js', 'dist/cli.js'];
const PATTERNS: [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/g],
  ['XMLHttpRequest', /XMLHttpRequest/g],
  ['http.request', /\bhttps?\d?\.request\b|\bhttps?\.get\s*\(/g],
  ['https.request', /\bhttps\.request\b/g],
  ['WebSocket', /WebSocket/g],
  ['navigator.sendBeacon', /sendBeacon/g],
  ['require("http")', /require\(["'](?:node:)?(?:http|https|net|tls|dgram|http2)["']\)/g],
];

interface Hit {
  bundle: string;
  pattern: string;
  source: string;
  context: string;
}

function scan(bundle: string): Hit[] {
  const code = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
  const map = new SourceMap(JSON.parse(fs.readFileSync(path.join(ROOT, `${bundle}.map`), 'utf8')));
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const hits: Hit[] = [];
  for (const [name, re] of PATTERNS) {
    for (const m of code.matchAll(re)) {
      const at = m.index!;
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      const entry = map.findEntry(lo, at - lineStarts[lo]) as { originalSource?: string };
      hits.push({ bundle, pattern: name, source: entry.originalSource ?? '(unmapped)', context: code.slice(Math.max(0, at - 80), at + m[0].length + 80).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}

const ours = (source: string) => /(^|\/)src\//.test(source.replace(/\\/g, '/')) && !/node_modules/.test(source);

describe('reliability: hostile input and network use', function () {
  this.timeout(60000);

  it('the built bundles use no network API in our own code (hits listed with their source file)', () => {
    let scanned = 0;
    const all: Hit[] = [];
    for (const b of BUNDLES) {
      assert.ok(fs.existsSync(path.join(ROOT, b)) && fs.existsSync(path.join(ROOT, `${b}.map`)), `${b} and its sourcemap exist (node esbuild.mjs)`);
      all.push(...scan(b));
      scanned++;
    }
    for (const h of all) console.log(`      [network] ${h.bundle} ${h.pattern} in ${h.source}: …${h.context}…`);
    console.log(`      [network] ${scanned} bundles scanned, ${all.length} hits, ${all.filter((h) => ours(h.source)).length} in src/`);
    assert.equal(scanned, 3);
    assert.deepEqual(all.filter((h) => ours(h.source)).map((h) => `${h.bundle}: ${h.pattern} in ${h.source}`), []);
  });

  const PAYLOADS = ['[x](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>', '`code` ``` fence', '**bold** _i_ $(alert) &lt;', '[a]: command:workbench.action.terminal.new'];

  it('KB payloads (canonical, description) reach the annotation verbatim', () => {
    let checked = 0;
    PAYLOADS.forEach((payload, i) => {
      const e: KbEntity = { id: `person:hostile-${i}`, type: 'PERSON', name: `Zorbanu Kell ${payload}`, aliases: ['Zorbanu Kell'], description: `Leader ${payload}` };
      const doc = new AnnotatedDocument(new Analyzer(smallKb, [e]), 'Zorbanu Kell met Haftar in Tripoli on Monday.\n', 'h.txt');
      doc.analyze();
      const a = doc.annotations.find((x) => x.kbId === e.id);
      assert.ok(a, `the workspace entity is found (${payload})`);
      assert.equal(a.text, 'Zorbanu Kell');
      assert.equal(a.canonical, e.name);
      assert.equal(a.description, e.description);
      if (a.correction) assert.ok(a.correction.replacement.length > 0);
      checked++;
    });
    assert.equal(checked, PAYLOADS.length);
  });

  it('text payloads reach manual and automatic annotations verbatim (text, sidecar)', () => {
    let checked = 0;
    for (const payload of PAYLOADS) {
      const text = `Haftar said ${payload} in Tripoli.\n\n${payload}\n`;
      const doc = new AnnotatedDocument(new Analyzer(smallKb), text, 'h.txt');
      doc.analyze();
      const start = text.lastIndexOf(payload);
      const m = doc.annotate(start, start + payload.length, 'ORG');
      assert.equal(m.text, payload);
      const s = doc.toSidecar();
      const stored = s.annotations.find((x) => x.id === m.id)!;
      assert.equal(stored.text, payload);
      assert.equal(JSON.parse(JSON.stringify(s)).annotations.find((x: { id: string }) => x.id === m.id).text, payload);
      checked++;
    }
    assert.equal(checked, PAYLOADS.length);
  });
});
