// What a CLI user sees for the inputs they point it at and on their terminal: a folder gives its
// .txt files only, `--in` refuses a folder in its own words, `--version` answers, a broken --jsonl
// line keeps an id that is not its first field, an analyzer bug is not a bad line, a rejected
// suggestion stays out of the report, and the progress bars appear on a terminal with the right
// counts. (Survivors of the seed-21
// mutation sample of src/cli, issue 20; each test fails with its mutant put back.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { analyzeLine } from '../../src/cli/jsonl-article';
import { main } from '../../src/cli/main';
import type { Analyzer } from '../../src/core/analyzer';
import { runCli, sink } from './helpers';

const ARTICLE = 'Talks in Tripoli\n\nThe Libyan commander haftal met Prime Minister salaj in Tripoli on Monday.\n';

/** A stderr that says it is a terminal, as a person's shell would give. */
const terminal = () => Object.assign(sink(), { isTTY: true, columns: 120 });

const jsonlLine = (id: string, text: string) => JSON.stringify({ id, text });

describe('CLI inputs and terminal output', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-inputs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder gives its .txt files, in sub-folders too, but not other files, hidden folders or node_modules', async () => {
    const put = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    put('a.txt', 'Erdogan visited Libya.');
    put('notes.md', 'Haftar visited Turkey.');
    put('sub/b.txt', 'Haftar visited Turkey.');
    put('.drafts/c.txt', 'Erdogan visited Egypt.');
    put('node_modules/pkg/d.txt', 'Erdogan visited Qatar.');
    const r = await runCli('analyze', '--json', dir);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).files.map((f: { file: string }) => path.relative(dir, f.file)), ['a.txt', path.join('sub', 'b.txt')]);
    assert.ok(!fs.existsSync(path.join(dir, 'notes.md.annotations.json')), 'no sidecar for a markdown file');
  });

  it('--jsonl --in a folder is refused as not a file, exit 1', async () => {
    const r = await runCli('analyze', '--jsonl', '--threads', '0', '--in', dir);
    assert.equal(r.code, 1);
    assert.equal(r.err, `news-annotator: ${dir}: not a regular file or a pipe; not read\n`);
    assert.equal(r.out, '');
  });

  it('--version prints the name and version, exit 0', async () => {
    const r = await runCli('--version');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'news-annotator 0.1.0\n');
    assert.equal(r.err, '');
  });

  it('a broken --jsonl line whose id comes after another field is answered under that id', async () => {
    const out = sink();
    const input = Readable.from([Buffer.from('{"lang": "en", "id": 31.5, "text": "never closed\n')]);
    const code = await main(['analyze', '--jsonl', '--threads', '0', '--quiet'], out, sink(), input);
    assert.equal(code, 1);
    const line = JSON.parse(out.text().trim());
    assert.deepEqual([line.id, line.line], [31.5, 1]);
  });

  it('an analyzer bug on a --jsonl line is not passed off as a problem with the line', () => {
    // The pools turn the exception into an "internal error: ..." line with "id": null; answered
    // here as a bad line, it would lose both the "id" key and the words "internal error".
    const broken = new Proxy({}, { get: () => { throw new TypeError('analyzer bug'); } }) as Analyzer;
    const line = { number: 3, text: jsonlLine('fine', 'A perfectly good article.') };
    assert.throws(() => analyzeLine(broken, line, { maxBytes: 1 << 20, compact: false }), /analyzer bug/);
  });

  it('a suggestion rejected in the sidecar is left out of the next report', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, ARTICLE);
    const first = await runCli('analyze', file);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /misrendered names 2:/);
    const side = `${file}.annotations.json`;
    const s = JSON.parse(fs.readFileSync(side, 'utf8'));
    const haftal = s.annotations.find((a: { text: string; correction?: unknown }) => a.text === 'haftal' && a.correction);
    assert.ok(haftal, 'the first run suggested a fix for "haftal"');
    haftal.status = 'rejected';
    fs.writeFileSync(side, JSON.stringify(s));
    const again = await runCli('analyze', file);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /misrendered names 1: /);
    assert.ok(!again.out.includes('haftal ->'), again.out);
    assert.ok(again.out.includes('salaj -> '), again.out);
  });

  it('one --jsonl article is "1 article" in the summary, not "1 articles"', async () => {
    const err = sink();
    const code = await main(['analyze', '--jsonl', '--threads', '0'], sink(), err, Readable.from([Buffer.from(jsonlLine('one', 'Haftar met Erdogan in Ankara.'))]));
    assert.equal(code, 0, err.text());
    assert.match(err.text(), /^news-annotator: 1 article \(0 failed\), [\d,]+ annotations in [\d.]+ s: [\d.,]+ articles\/s\n$/);
  });

  it('--jsonl --in FILE on a terminal shows a bar over the file with its percentage', async () => {
    const input = path.join(dir, 'in.jsonl');
    fs.writeFileSync(input, [jsonlLine('a', 'Haftar in Ankara.'), jsonlLine('b', 'Erdogan in Tripoli.')].join('\n'));
    const err = terminal();
    const code = await main(['analyze', '--jsonl', '--threads', '0', '--in', input], sink(), err);
    assert.equal(code, 0, err.text());
    assert.match(err.text(), /analysing \S+ 100% \| 2 articles, [\d,]+ annotations, 0 failed \| [\d.,]+ articles\/s/);
  });

  it('analysing several files on a terminal shows a bar counting the files', async () => {
    fs.writeFileSync(path.join(dir, 'one.txt'), 'Erdogan visited Libya.');
    fs.writeFileSync(path.join(dir, 'two.txt'), 'Haftar visited Turkey.');
    const out = sink();
    const err = terminal();
    const code = await main(['analyze', '--quiet', dir], out, err);
    assert.equal(code, 0, err.text());
    assert.match(err.text(), /analysing \S+ 2\/2 files \| /);
  });
});
