/**
 * Odd text: line endings, BOM, tabs, NBSP, astral characters, combining marks, RTL scripts, CJK,
 * a 1 MB line, empty and whitespace-only files. Full-KB analysis must not throw, offsets must be
 * right in the core (UTF-16) and in the sidecar (code points), and the CLI must handle the file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import { ROOT, SEED, structuralProblems } from '../fuzz/generators';

const BASE = 'Libyan commander haftal met Fayez al-Sarraj in Tripoli on Monday, January 6, 2020, Turkeys Anadolu news agency said.';
const seedPart = SEED.slice(0, 1500);

export const ODD_TEXTS: Record<string, string> = {
  crlf: seedPart.replace(/\n/g, '\r\n'),
  'mixed-line-endings': seedPart.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''),
  'cr-only': seedPart.replace(/\n/g, '\r'),
  bom: `\uFEFF${seedPart}`,
  tabs: seedPart.replace(/ /g, (m, i: number) => (i % 5 === 0 ? '\t' : m)),
  nbsp: seedPart.replace(/ /g, (m, i: number) => (i % 3 === 0 ? '\u00A0' : m)),
  'emoji-astral': `😀 ${BASE} 👩‍👩‍👧 𝐇𝐚𝐟𝐭𝐚𝐫 𠜎𠜱 🇱🇾 ${BASE} 🏳️‍🌈`,
  'combining-marks': `${BASE} Erdog\u0306an and C\u0327avus\u0327og\u0306lu met in Tu\u0308rkiye. Z\u0351\u0352a\u0353l\u0354g\u0355o ${BASE}`,
  arabic: `${BASE}\nقال خليفة حفتر إن الجيش الوطني الليبي سيطر على سرت يوم الاثنين.\n${BASE}`,
  hebrew: `${BASE}\nראש הממשלה נפגש עם חפטר בטריפולי ביום שני.\n\u202Bמעורב Haftar עם עברית\u202C ${BASE}`,
  cjk: `${BASE}\n哈夫塔尔指挥的利比亚国民军占领了苏尔特。萨拉杰政府表示撤退是战术性的。\n${BASE} 利 government and 阿 forces.`,
  'one-mb-line': `${BASE} `.repeat(Math.ceil(1_000_000 / (BASE.length + 1))).slice(0, 1_000_000),
  empty: '',
  'only-whitespace': ' \n\n\t \r\n\u00A0\u2003\n   \n',
  'lone-surrogates': `${BASE} \uD800 x \uDC00 ${BASE}`,
};

describe('reliability: odd text (full KB)', function () {
  this.timeout(180000);
  const analyzer = createBuiltinAnalyzer();
  const counts: Record<string, number> = {};

  for (const [name, text] of Object.entries(ODD_TEXTS)) {
    it(`${name}: analysis does not throw, offsets are right in the core and in the sidecar`, () => {
      const doc = new AnnotatedDocument(analyzer, text, `${name}.txt`);
      doc.analyze();
      counts[name] = doc.annotations.length;
      assert.deepEqual(structuralProblems(text, doc.annotations), []);
      const s = doc.toSidecar();
      const cps = [...text];
      assert.equal(s.document.length, cps.length);
      for (const a of s.annotations) assert.equal(cps.slice(a.start, a.end).join(''), a.text, `code point offsets of ${a.id} ${JSON.stringify(a.text)}`);
      const json = serializeSidecar(s);
      assert.ok(parseSidecar(json).ok);
      const again = new AnnotatedDocument(analyzer, text, `${name}.txt`);
      again.restore(json);
      assert.deepEqual(again.annotations.map((a) => [a.start, a.end, a.text]), doc.annotations.map((a) => [a.start, a.end, a.text]), 'restores the same offsets');
      if (!['empty', 'only-whitespace'].includes(name)) assert.ok(doc.annotations.length > 0, 'something was found (the test is not vacuous)');
    });
  }

  it('the built CLI analyses every odd file (exit 0) and writes sidecars with correct code point offsets', function () {
    const cli = path.join(ROOT, 'dist/cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js missing: node esbuild.mjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-odd-'));
    try {
      for (const [name, text] of Object.entries(ODD_TEXTS)) fs.writeFileSync(path.join(dir, `${name}.txt`), text);
      const r = spawnSync(process.execPath, [cli, 'analyze', '--quiet', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
      assert.equal(r.status, 0, `exit ${r.status}: ${r.stderr}`);
      let checked = 0;
      for (const name of Object.keys(ODD_TEXTS)) {
        const file = path.join(dir, `${name}.txt`);
        const side = `${file}.annotations.json`;
        assert.ok(fs.existsSync(side), `${name}: sidecar written`);
        const parsed = parseSidecar(fs.readFileSync(side, 'utf8'));
        assert.ok(parsed.ok, `${name}: sidecar valid`);
        // The CLI strips a BOM: offsets refer to the text without it.
        const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        const cps = [...text];
        assert.equal(parsed.sidecar.document.length, cps.length, `${name}: length in code points`);
        for (const a of parsed.sidecar.annotations) {
          assert.equal(cps.slice(a.start, a.end).join(''), a.text, `${name}: ${a.id}`);
          checked++;
        }
      }
      console.log(`      [odd-text] annotations per file: ${JSON.stringify(counts)}; CLI sidecar annotations checked: ${checked}`);
      assert.ok(checked > 50);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
