/**
 * Reliability of the sidecar file: atomic writes under SIGKILL, never overwriting a sidecar that
 * cannot be read, and concurrent review decisions from two copies of a document.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { parseSidecar, serializeSidecar, type Sidecar } from '../../src/core/annotations/sidecar';
import { smallAnalyzer } from './helpers';
import { bigContent } from '../fuzz/write-contents';
import { ROOT } from '../fuzz/generators';

const CLI = path.join(ROOT, 'dist/cli.js');

function startWriter(file: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/fuzz/write-loop.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`writer exited early (${code}): ${err}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reliability: sidecar files', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-rel-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('(a) writeFileAtomic: SIGKILL at random moments (>= 50 kills) leaves content A or B exactly, never a torn file', async () => {
    const A = bigContent('A');
    const B = bigContent('B');
    const KILLS = 50;
    const PARALLEL = 10;
    const seen = { A: 0, B: 0, leftoverTmp: 0 };
    let kills = 0;
    let rng = 12345;
    const random = () => ((rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let batch = 0; kills < KILLS; batch++) {
      await Promise.all(
        Array.from({ length: PARALLEL }, async (_, k) => {
          const file = path.join(dir, `w${batch}-${k}.annotations.json`);
          const child = await startWriter(file);
          await sleep(Math.floor(random() * 60));
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGKILL');
          await exited;
          kills++;
          const content = fs.readFileSync(file, 'utf8');
          assert.ok(content === A || content === B, `after kill #${kills} the file has ${content.length} chars, neither A (${A.length}) nor B (${B.length})`);
          assert.doesNotThrow(() => JSON.parse(content));
          seen[content === A ? 'A' : 'B']++;
          seen.leftoverTmp += fs.readdirSync(dir).filter((f) => f.startsWith(`.w${batch}-${k}.`) && f.endsWith('.tmp')).length;
        }),
      );
    }
    console.log(`      [atomic] ${kills} SIGKILLs: file was A ${seen.A} times, B ${seen.B} times, never torn; ${seen.leftoverTmp} temporary files left behind by killed writers`);
    assert.ok(kills >= KILLS);
    assert.ok(seen.A > 0 && seen.B > 0, 'kills landed in both phases of the loop');
  });

  describe('(b) the CLI never overwrites a sidecar it cannot read', () => {
    const cases: [string, string, RegExp][] = [
      ['does not parse', '{ "format": "news-annotator", "version": 1, ', /not valid JSON/],
      ['fails the schema', JSON.stringify({ format: 'news-annotator', version: 1, document: { path: 'a.txt' }, annotations: 'none' }), /sidecar schema/],
      ['has a newer version', JSON.stringify({ format: 'news-annotator', version: 2, document: { path: 'a.txt', sha256: 'x', length: 1 }, annotations: [], history: [], newField: {} }), /newer/],
    ];
    for (const [what, content, message] of cases) {
      it(`a sidecar that ${what}: exit 1, message names the file, file left byte-identical`, () => {
        assert.ok(fs.existsSync(CLI), `${CLI} missing: run node esbuild.mjs`);
        const text = path.join(dir, 'a.txt');
        fs.writeFileSync(text, 'Haftar met Sarraj in Tripoli on Monday.\n');
        const side = path.join(dir, 'a.txt.annotations.json');
        fs.writeFileSync(side, content);
        const r = spawnSync(process.execPath, [CLI, 'analyze', text], { encoding: 'utf8' });
        assert.equal(r.status, 1, `exit ${r.status}; stderr ${r.stderr}`);
        assert.ok(r.stderr.includes(side), `stderr names ${side}: ${r.stderr}`);
        assert.match(r.stderr, message);
        assert.equal(fs.readFileSync(side, 'utf8'), content, 'sidecar untouched');
        assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'a.txt.annotations.json'], 'no temporary file left');
      });
    }
  });

  describe('(c) concurrent decisions on the same text', () => {
    const TEXT = 'Prime Minister salaj met haftal in Tripoli on Monday.\n\nLibya and Egypt talked, and CNN reported it from Tripoli.\n';
    function twoWindows() {
      const base = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
      base.setReferenceDate('2020-01-08');
      base.analyze();
      const json0 = serializeSidecar(base.toSidecar());
      const ours = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
      const theirs = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
      ours.restore(json0);
      theirs.restore(json0);
      const ids = base.annotations.map((a) => a.id);
      assert.ok(ids.length >= 4, `need 4 suggestions, got ${ids.length}`);
      // Ours accepts the 1st and rejects the 2nd; theirs accepts the 3rd and rejects the 4th.
      ours.setStatus(ids[0], 'accepted', new Date('2026-01-01T10:00:00Z'));
      ours.setStatus(ids[1], 'rejected', new Date('2026-01-01T10:01:00Z'));
      theirs.setStatus(ids[2], 'accepted', new Date('2026-01-01T10:02:00Z'));
      theirs.setStatus(ids[3], 'rejected', new Date('2026-01-01T10:03:00Z'));
      const m = theirs.annotate(TEXT.indexOf('Prime Minister'), TEXT.indexOf('Prime Minister') + 'Prime Minister'.length, 'PERSON', undefined, new Date('2026-01-01T10:04:00Z'));
      return { ours, theirs, ids, manualId: m.id, oursJson: serializeSidecar(ours.toSidecar()), theirsJson: serializeSidecar(theirs.toSidecar()) };
    }
    const expectBoth = (annotations: { id: string; status: string }[], ids: string[], manualId: string) => {
      const st = (id: string) => annotations.find((a) => a.id === id)?.status;
      assert.equal(st(ids[0]), 'accepted', 'our accept kept');
      assert.equal(st(ids[1]), 'rejected', 'our reject kept');
      assert.equal(st(ids[2]), 'accepted', 'their accept kept');
      assert.equal(st(ids[3]), 'rejected', 'their reject kept');
      assert.ok(annotations.some((a) => a.id === manualId), 'their manual annotation kept');
    };

    it('documents today: restore() replaces, so restoring their sidecar loses our decisions', () => {
      const { ids, oursJson, theirsJson } = twoWindows();
      const doc = new AnnotatedDocument(smallAnalyzer, TEXT, 'a.txt');
      doc.restore(oursJson);
      doc.restore(theirsJson);
      assert.equal(doc.get(ids[0])?.status, 'suggested', 'restore() is last-writer-wins: our accept is gone');
      assert.equal(doc.get(ids[2])?.status, 'accepted');
    });

    it('AnnotatedDocument.mergeFrom(theirs) keeps both sets of decisions and both histories', () => {
      const { ours, ids, manualId, theirsJson } = twoWindows();
      const historyBefore = ours.history.length;
      ours.mergeFrom(theirsJson);
      expectBoth(ours.annotations, ids, manualId);
      assert.equal(ours.history.length, historyBefore + 3, 'their 3 history events added once');
      ours.mergeFrom(theirsJson);
      assert.equal(ours.history.length, historyBefore + 3, 'merging twice is idempotent');
      const s = ours.toSidecar();
      assert.equal(new Set(s.annotations.map((a) => a.id)).size, s.annotations.length, 'ids unique after merge');
      assert.ok(parseSidecar(serializeSidecar(s)).ok);
    });

    it('mergeSidecars(text, ours, theirs) in src/core/annotations/merge-sidecars.ts merges two sidecar files', async function () {
      const mod = (await import('../../src/core/annotations/merge-sidecars')) as Record<string, unknown>;
      const mergeSidecars = mod.mergeSidecars as ((text: string, ours: Sidecar, theirs: Sidecar) => Sidecar) | undefined;
      assert.equal(typeof mergeSidecars, 'function', 'mergeSidecars is exported');
      const { ids, manualId, oursJson, theirsJson } = twoWindows();
      const o = parseSidecar(oursJson);
      const t = parseSidecar(theirsJson);
      assert.ok(o.ok && t.ok);
      const merged = mergeSidecars!(TEXT, o.sidecar, t.sidecar);
      assert.ok(parseSidecar(serializeSidecar(merged)).ok, 'the merge is a valid sidecar');
      expectBoth(merged.annotations, ids, manualId);
      const cps = [...TEXT];
      for (const a of merged.annotations) if (a.status !== 'orphaned') assert.equal(cps.slice(a.start, a.end).join(''), a.text);
      assert.equal(new Set(merged.annotations.map((a) => a.id)).size, merged.annotations.length, 'ids unique');
      assert.deepEqual(merged.annotations.map((a) => a.start), [...merged.annotations.map((a) => a.start)].sort((x, y) => x - y), 'sorted');
      assert.equal(merged.history.length, new Set(merged.history.map((h) => JSON.stringify(h))).size, 'history events once each');
      const back = mergeSidecars!(TEXT, t.sidecar, o.sidecar);
      assert.deepEqual(back.annotations.map((a) => [a.id, a.status]).sort(), merged.annotations.map((a) => [a.id, a.status]).sort(), 'symmetric');
      // Theirs (10:02-10:04) merged into ours (10:00-10:01) or the other way: one history in time order (#20).
      const times = ['2026-01-01T10:00:00.000Z', '2026-01-01T10:01:00.000Z', '2026-01-01T10:02:00.000Z', '2026-01-01T10:03:00.000Z', '2026-01-01T10:04:00.000Z'];
      assert.deepEqual(merged.history.map((h) => h.at).filter((at) => at.startsWith('2026-01-01')), times);
      assert.deepEqual(back.history.map((h) => h.at).filter((at) => at.startsWith('2026-01-01')), times);
    });
  });
});
