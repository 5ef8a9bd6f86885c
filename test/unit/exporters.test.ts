import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, sink } from './helpers';
import { Analyzer } from '../../src/core/analyzer';
import { AnnotatedDocument } from '../../src/core/annotated-document';
import { serializeSidecar, type Sidecar, type StoredAnnotation } from '../../src/core/annotations/sidecar';
import { ExportError, exportAnnotations, EXPORT_FORMATS, FORMATS, isExportFormat, type ExportFormat } from '../../src/core/annotations/exporters';
import { conllTokens } from '../../src/core/annotations/exporters/conll';
import { runExport } from '../../src/cli/export';
import { smallKb } from '../fixtures/small-kb';

/** Code point slice, computed independently of the converter under test. */
const cpSlice = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

/**
 * The CoNLL-2003 type of each sidecar label, written out (not read from the exporter's table, so a
 * wrong entry there shows): DATE is not a CoNLL-2003 type.
 */
const CONLL_TYPE: Record<string, string | null> = {
  PERSON: 'PER',
  ORG: 'ORG',
  MEDIA: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  DATE: null,
};

// Emoji with a skin-tone modifier (2 code points, 4 UTF-16 units), a combining mark, CJK, CRLF.
const TEXT = [
  'Haftar forces 👍🏽 attacked Tripoli on Monday.\r\n',
  'Cafe\u0301 owner in 利比亚 said the German voice reported that Khalifa Haftar met Sarraj on January 5.\r\n',
  'News from Sirte\r\n',
  'Basin 👍🏽 says the Libyan National Army and the GNA of Libya 👍🏽 fought.\n',
].join('');

const BASE = '000_test.txt';

interface Fixture {
  text: string;
  sidecar: Sidecar;
  /** Annotations that must be exported (not rejected, not orphaned). */
  exported: StoredAnnotation[];
  rejected: StoredAnnotation;
  orphaned: StoredAnnotation;
}

function fixture(): Fixture {
  const doc = new AnnotatedDocument(new Analyzer(smallKb), TEXT, BASE);
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  const at = (s: string): [number, number] => {
    const i = TEXT.indexOf(s);
    assert.ok(i >= 0, s);
    return [i, i + s.length];
  };
  // Manual annotations on the awkward characters: after a combining mark, on CJK (linked to
  // Wikidata), starting with an emoji, and across a CRLF line break.
  doc.annotate(...at('Cafe\u0301'), 'ORG');
  const libya = smallKb.entities.find((e) => e.id === 'country:LY')!;
  doc.annotate(...at('利比亚'), 'GPE', { ...libya, wikidata: 'Q1016' });
  doc.annotate(...at('👍🏽 attacked'), 'EVENT');
  doc.annotate(...at('Sirte\r\nBasin'), 'LOC');
  const tripoli = doc.annotations.find((a) => a.text === 'Tripoli');
  assert.ok(tripoli, 'the analyzer finds Tripoli');
  doc.setStatus(tripoli.id, 'rejected');
  const sidecar = doc.toSidecar();
  const gna = sidecar.annotations.find((a) => a.text === 'GNA');
  assert.ok(gna, 'the analyzer finds GNA');
  gna.status = 'orphaned';
  const rejected = sidecar.annotations.find((a) => a.id === tripoli.id)!;
  const exported = sidecar.annotations.filter((a) => a.status !== 'rejected' && a.status !== 'orphaned');
  // The fixture covers what it claims to cover.
  assert.ok(exported.some((a) => a.correction), 'a correction');
  assert.ok(exported.some((a) => a.label === 'DATE' && a.value), 'a resolved date');
  assert.ok(exported.some((a) => a.kbId && !a.wikidata), 'a KB link without Wikidata');
  assert.ok(exported.some((a) => a.wikidata), 'a Wikidata link');
  return { text: TEXT, sidecar, exported, rejected, orphaned: gna };
}

function only(format: ExportFormat, f: Fixture, suffix: string): string {
  const files = exportAnnotations(format, f.text, f.sidecar, BASE);
  const file = files.find((x) => x.name.endsWith(suffix));
  assert.ok(file, `${format}: a ${suffix} file among ${files.map((x) => x.name).join(', ')}`);
  return file.content;
}

interface BratT {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

function parseBrat(ann: string): { ts: Map<string, BratT>; lines: string[] } {
  const ts = new Map<string, BratT>();
  const lines = ann.split('\n').filter((l) => l !== '');
  for (const line of lines) {
    const fields = line.split('\t');
    assert.equal(fields.length, 3, `three tab-separated fields: ${JSON.stringify(line)}`);
    if (!line.startsWith('T')) continue;
    const [id, head, text] = fields;
    const [type, ...rest] = head.split(' ');
    const fragments = rest
      .join(' ')
      .split(';')
      .map((f) => f.split(' ').map(Number) as [number, number]);
    ts.set(id, { id, type, fragments, text });
  }
  return { ts, lines };
}

/** CoNLL tokens with their code point offsets, recovered by walking the text. */
function walkConll(text: string, conll: string): { tokens: Array<{ text: string; tag: string; start: number; end: number; sentence: number }> } {
  const lines = conll.split('\n');
  assert.equal(lines[0], '-DOCSTART- -X- -X- O');
  let pos = 0; // UTF-16
  let sentence = 0;
  const tokens: Array<{ text: string; tag: string; start: number; end: number; sentence: number }> = [];
  for (const line of lines.slice(1)) {
    if (line === '') {
      sentence++;
      continue;
    }
    const cols = line.split(' ');
    assert.equal(cols.length, 4, `four columns: ${JSON.stringify(line)}`);
    assert.equal(cols[1], '_');
    assert.equal(cols[2], '_');
    const [tok, , , tag] = cols;
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    assert.ok(text.startsWith(tok, pos), `token ${JSON.stringify(tok)} at ${pos}, text has ${JSON.stringify(text.slice(pos, pos + 10))}`);
    const start = Array.from(text.slice(0, pos)).length;
    pos += tok.length;
    tokens.push({ text: tok, tag, start, end: start + Array.from(tok).length, sentence });
  }
  assert.match(text.slice(pos), /^\s*$/, 'only whitespace is left after the last token');
  return { tokens };
}

describe('exporters', function () {
  this.timeout(20000);
  let f: Fixture;
  before(() => {
    f = fixture();
  });

  it('declares every format with extensions and a description', () => {
    assert.deepEqual([...EXPORT_FORMATS], ['brat', 'conll', 'jsonl', 'w3c', 'labelstudio'], 'the export formats offered');
    for (const format of EXPORT_FORMATS) {
      assert.ok(FORMATS[format].extensions.length > 0);
      assert.ok(FORMATS[format].description.length > 10);
      assert.ok(isExportFormat(format));
    }
    assert.equal(isExportFormat('csv'), false);
  });

  describe('brat', () => {
    it('writes X.ann and the text as X.txt, every T text equal to the code point slices', () => {
      const files = exportAnnotations('brat', f.text, f.sidecar, BASE);
      assert.deepEqual(files.map((x) => x.name).sort(), ['000_test.ann', BASE]);
      assert.equal(files.find((x) => x.name === BASE)!.content, f.text);
      const { ts, lines } = parseBrat(files.find((x) => x.name.endsWith('.ann'))!.content);
      for (const t of ts.values()) {
        const slices = t.fragments.map(([s, e]) => {
          assert.ok(Number.isInteger(s) && Number.isInteger(e) && s < e, `${t.id} offsets`);
          return cpSlice(f.text, s, e);
        });
        assert.equal(slices.join(' '), t.text, `${t.id} text`);
        for (const s of slices) assert.doesNotMatch(s, /[\r\n\t]/);
      }
      // Every exported annotation is there, by type and outer offsets.
      assert.equal(ts.size, f.exported.length);
      for (const a of f.exported) {
        const t = [...ts.values()].find((x) => x.fragments[0][0] === a.start && x.fragments.at(-1)![1] === a.end);
        assert.ok(t, `T for ${a.text}`);
        assert.equal(t.type, a.label);
      }
      // The multi-line span is split into fragments.
      const sirte = [...ts.values()].find((t) => t.text === 'Sirte Basin');
      assert.ok(sirte);
      assert.equal(sirte.fragments.length, 2);
      // References and notes point at existing T ids.
      for (const line of lines.filter((l) => /^[N#]/.test(l))) {
        const target = line.split('\t')[1].split(' ')[1];
        assert.ok(ts.has(target), line);
      }
      assert.ok(lines.some((l) => /^N\d+\tReference T\d+ Wikidata:Q1016\tLibya$/.test(l)), 'Wikidata reference');
      assert.ok(lines.some((l) => /^N\d+\tReference T\d+ KB:media:deutsche-welle\tDeutsche Welle$/.test(l)), 'KB reference');
      assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tcorrection: Deutsche Welle \(mistranslation, 0\.8\)$/.test(l)), 'correction note');
      assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tvalue: 2020-01-06$/.test(l)), 'date note');
    });
  });

  describe('conll', () => {
    it('tags people PER, places LOC, outlets and groups ORG, events MISC (the tagged tokens, written out)', () => {
      const tagged = only('conll', f, '.conll')
        .split('\n')
        .filter((l) => l && !l.startsWith('-DOCSTART-') && !l.endsWith(' O'))
        .map((l) => l.replace(' _ _ ', ' '));
      // Tripoli (rejected) and GNA (orphaned) are not exported; the DATEs are not CoNLL-2003 types.
      assert.deepEqual(tagged, [
        'Haftar B-PER',
        '👍🏽 B-MISC',
        'attacked I-MISC',
        'Cafe\u0301 B-ORG',
        '利 B-LOC',
        '比 I-LOC',
        '亚 I-LOC',
        'German B-ORG',
        'voice I-ORG',
        'Khalifa B-PER',
        'Haftar I-PER',
        'Sarraj B-PER',
        'Sirte B-LOC',
        'Basin I-LOC',
        'Libyan B-ORG',
        'National I-ORG',
        'Army I-ORG',
        'Libya B-LOC',
      ]);
    });

    it('tokens re-join to the text; B/I tags agree with the annotations; IOB2 is valid', () => {
      const conll = only('conll', f, '.conll');
      assert.match(conll, /^-DOCSTART- -X- -X- O\n\n/);
      const { tokens } = walkConll(f.text, conll);
      assert.ok(tokens.some((t) => t.text === '👍🏽'), 'the emoji with its modifier is one token');
      assert.ok(tokens.some((t) => t.text === 'Cafe\u0301'), 'the combining mark stays with its letter');
      // Four sentences, of which the last two are kept together: "Sirte\r\nBasin" spans the break.
      assert.equal(new Set(tokens.map((t) => t.sentence)).size, 3, 'blank lines between sentences');
      assert.equal(tokens.find((t) => t.text === 'Sirte')!.sentence, tokens.find((t) => t.text === 'Basin')!.sentence);
      assert.match(conll, /\nBasin _ _ I-LOC\n/);
      // IOB2: an I-X continues a B-X or I-X within the same sentence.
      tokens.forEach((t, i) => {
        assert.match(t.tag, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
        if (t.tag.startsWith('I-')) {
          const prev = tokens[i - 1];
          assert.ok(prev && prev.sentence === t.sentence && prev.tag.slice(2) === t.tag.slice(2) && prev.tag !== 'O', `I- at ${t.text}`);
        }
      });
      // Each entity: its tokens lie exactly inside it, first B-, then I-; every other token is O.
      const entities = f.exported.filter((a) => CONLL_TYPE[a.label]);
      const tagged = new Set<number>();
      for (const a of entities) {
        for (const t of tokens) assert.ok(t.end <= a.start || t.start >= a.end || (t.start >= a.start && t.end <= a.end), `token ${t.text} straddles ${a.text}`);
        const inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= a.start && t.end <= a.end);
        assert.ok(inside.length > 0, `tokens for ${a.text}`);
        inside.forEach(({ t, i }, k) => {
          assert.equal(t.tag, `${k === 0 ? 'B' : 'I'}-${CONLL_TYPE[a.label]}`, `${a.text}: ${t.text}`);
          tagged.add(i);
        });
        assert.equal(inside.at(-1)!.i - inside[0].i + 1, inside.length, 'contiguous');
      }
      tokens.forEach((t, i) => {
        if (!tagged.has(i)) assert.equal(t.tag, 'O', `${t.text} outside entities`);
      });
      // Dates are not CoNLL-2003 entities.
      assert.ok(tokens.find((t) => t.text === 'Monday')!.tag === 'O');
    });

    it('cuts tokens at annotation boundaries, even inside a word', () => {
      const text = 'AlphaBeta, gamma👍🏽.';
      const toks = conllTokens(text, [5]);
      assert.deepEqual(
        toks.map((t) => t.text),
        ['Alpha', 'Beta', ',', 'gamma', '👍🏽', '.'],
      );
      for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
    });

    it('keeps CJK characters as separate tokens', () => {
      assert.deepEqual(
        conllTokens('在利比亚 Libya').map((t) => t.text),
        ['在', '利', '比', '亚', 'Libya'],
      );
    });
  });

  describe('jsonl', () => {
    it('is one JSON line whose spans are code point slices of its text', () => {
      const content = only('jsonl', f, '.jsonl');
      assert.equal(content.split('\n').filter(Boolean).length, 1);
      assert.ok(content.endsWith('\n'));
      const doc = JSON.parse(content);
      assert.equal(doc.text, f.text);
      assert.equal(doc.meta.source, BASE);
      assert.equal(doc.meta.referenceDate, '2020-01-08');
      assert.equal(doc.spans.length, f.exported.length);
      assert.equal(doc.meta.annotations.length, doc.spans.length);
      doc.spans.forEach((s: { start: number; end: number; label: string; text: string }, i: number) => {
        assert.equal(cpSlice(doc.text, s.start, s.end), s.text);
        assert.equal(doc.meta.annotations[i].start, s.start);
      });
      const dw = doc.meta.annotations.find((m: { kbId?: string }) => m.kbId === 'media:deutsche-welle');
      assert.equal(dw.correction.replacement, 'Deutsche Welle');
      // The KB entity's name travels with the link (#20: a sampled mutant dropped it unnoticed).
      assert.equal(dw.canonical, 'Deutsche Welle');
      assert.equal(dw.label, 'MEDIA');
      assert.ok(doc.meta.annotations.some((m: { value?: string }) => m.value === '2020-01-06'));
    });
  });

  describe('w3c', () => {
    it('has the required Web Annotation fields, selectors consistent with the text', () => {
      const items = JSON.parse(only('w3c', f, '.jsonld'));
      assert.ok(Array.isArray(items));
      assert.equal(items.length, f.exported.length);
      const ids = new Set<string>();
      const cps = Array.from(f.text);
      for (const a of items) {
        assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
        assert.equal(a.type, 'Annotation');
        assert.match(a.id, /^urn:news-annotator:000_test\.txt#.+/);
        assert.ok(!ids.has(a.id), 'unique ids');
        ids.add(a.id);
        assert.ok(['classifying', 'identifying'].includes(a.motivation));
        assert.equal(a.target.source, BASE);
        const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
        const pos = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
        assert.ok(quote && pos);
        assert.equal(cpSlice(f.text, pos.start, pos.end), quote.exact);
        assert.ok(cps.slice(0, pos.start).join('').endsWith(quote.prefix));
        assert.ok(cps.slice(pos.end).join('').startsWith(quote.suffix));
        assert.ok(Array.from(quote.prefix).length <= 32 && Array.from(quote.suffix).length <= 32);
        assert.ok(Array.isArray(a.body));
        const classifying = a.body.find((b: { purpose: string }) => b.purpose === 'classifying');
        assert.equal(classifying.type, 'TextualBody');
        assert.ok(f.exported.some((x) => x.label === classifying.value && x.start === pos.start && x.end === pos.end));
      }
      const purposes = (exact: string): Array<{ purpose: string; value?: string; source?: string; type: string }> =>
        items.find((a: { target: { selector: Array<{ exact?: string }> } }) => a.target.selector[0].exact === exact).body;
      assert.deepEqual(
        purposes('利比亚').find((b) => b.purpose === 'identifying'),
        { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q1016' },
      );
      assert.equal(purposes('German voice').find((b) => b.purpose === 'identifying')!.source, 'kb:media:deutsche-welle');
      assert.equal(purposes('German voice').find((b) => b.purpose === 'editing')!.value, 'Deutsche Welle');
      assert.equal(purposes('Monday').find((b) => b.purpose === 'describing')!.value, '2020-01-06');
    });
  });

  describe('labelstudio', () => {
    it('is a task list whose prediction values equal the code point slices', () => {
      const tasks = JSON.parse(only('labelstudio', f, '.json'));
      assert.equal(tasks.length, 1);
      assert.equal(tasks[0].data.text, f.text);
      const [prediction] = tasks[0].predictions;
      assert.equal(prediction.model_version, 'news-annotator');
      assert.equal(prediction.result.length, f.exported.length);
      for (const r of prediction.result) {
        assert.equal(r.from_name, 'label');
        assert.equal(r.to_name, 'text');
        assert.equal(r.type, 'labels');
        assert.equal(cpSlice(f.text, r.value.start, r.value.end), r.value.text);
        assert.equal(r.value.labels.length, 1);
      }
      // Code points, not UTF-16: after the emoji the two counts differ.
      const basin = prediction.result.find((r: { value: { text: string } }) => r.value.text === 'Sirte\r\nBasin');
      assert.equal(basin.value.start, Array.from(f.text.slice(0, f.text.indexOf('Sirte'))).length);
    });
  });

  describe('status filter and staleness', () => {
    it('leaves out rejected and orphaned annotations in every format', () => {
      for (const format of EXPORT_FORMATS) {
        const all = exportAnnotations(format, f.text, f.sidecar, BASE)
          .filter((x) => x.name !== BASE)
          .map((x) => x.content)
          .join('\n');
        for (const gone of [f.rejected, f.orphaned]) {
          assert.ok(!all.includes(gone.id), `${format}: ${gone.text} (${gone.status}) by id`);
        }
      }
      // No span of the JSON formats stands at a dropped mention's offsets.
      const at = (x: { start: number; end: number }): string => `${x.start}-${x.end}`;
      const dropped = new Set([at(f.rejected), at(f.orphaned)]);
      const jsonl = JSON.parse(only('jsonl', f, '.jsonl'));
      const w3c = JSON.parse(only('w3c', f, '.jsonld'));
      const ls = JSON.parse(only('labelstudio', f, '.json'));
      const offsets = [
        ...jsonl.spans.map(at),
        ...w3c.map((a: { target: { selector: Array<{ start: number; end: number }> } }) => at(a.target.selector[1])),
        ...ls[0].predictions[0].result.map((r: { value: { start: number; end: number } }) => at(r.value)),
      ];
      for (const o of offsets) assert.ok(!dropped.has(o), o);
      // brat: no T for "Tripoli" or "GNA"; CoNLL: both tagged O.
      const { ts } = parseBrat(only('brat', f, '.ann'));
      assert.ok(![...ts.values()].some((t) => t.text === 'Tripoli' || t.text === 'GNA'));
      const { tokens } = walkConll(f.text, only('conll', f, '.conll'));
      assert.equal(tokens.find((t) => t.text === 'Tripoli')!.tag, 'O');
      assert.equal(tokens.find((t) => t.text === 'GNA')!.tag, 'O');
    });

    it('refuses a sidecar that belongs to another text', () => {
      assert.throws(() => exportAnnotations('jsonl', `${f.text}more`, f.sidecar, BASE), ExportError);
    });
  });
});


function cli(files: string[], format: ExportFormat, outDir?: string): { code: number; out: string; err: string } {
  const out = sink();
  const err = sink();
  const code = runExport(files, format, outDir, out, err);
  return { code, out: out.text(), err: err.text() };
}

function writeSidecar(textPath: string, sidecarDir = path.dirname(textPath)): void {
  const text = fs.readFileSync(textPath, 'utf8');
  const doc = new AnnotatedDocument(new Analyzer(smallKb), text, path.basename(textPath));
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  fs.writeFileSync(path.join(sidecarDir, `${path.basename(textPath)}.annotations.json`), serializeSidecar(doc.toSidecar()));
}

describe('CLI export', function () {
  this.timeout(20000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-export-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the export beside the text, leaves the text alone, exits 0', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXT);
    writeSidecar(file);
    const before = fs.statSync(file).mtimeMs;
    const r = cli([file], 'brat');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.equal(r.out, `wrote ${path.join(dir, 'a.ann')}\n`);
    assert.match(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), /^T1\t/);
    assert.equal(fs.statSync(file).mtimeMs, before);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.ann', 'a.txt', 'a.txt.annotations.json']);
  });

  it('reads the sidecar from --out-dir and writes every file there', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXT);
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(outDir);
    writeSidecar(file, outDir);
    for (const format of EXPORT_FORMATS) {
      const r = cli([file], format, outDir);
      assert.equal(r.code, 0, `${format}: ${r.err}`);
      const written = r.out.trim().split('\n');
      assert.equal(written.length, format === 'brat' ? 2 : 1, format);
      for (const line of written) {
        assert.match(line, /^wrote /);
        assert.ok(fs.existsSync(line.slice('wrote '.length)), line);
      }
    }
    assert.equal(fs.readFileSync(path.join(outDir, 'a.txt'), 'utf8'), TEXT);
    assert.deepEqual(fs.readdirSync(outDir).sort(), ['a.ann', 'a.conll', 'a.jsonl', 'a.jsonld', 'a.labelstudio.json', 'a.txt', 'a.txt.annotations.json']);
  });

  it('with --out-dir, finds the sidecar beside the text (where analyze wrote it) and writes the export to --out-dir', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXT);
    writeSidecar(file);
    const exports = path.join(dir, 'exports');
    const r = cli([file], 'conll', exports);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `wrote ${path.join(exports, 'a.conll')}\n`);
  });

  it('--sidecar-dir names where the sidecars are', async () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXT);
    const sidecars = path.join(dir, 'sidecars');
    fs.mkdirSync(sidecars);
    writeSidecar(file, sidecars);
    const exports = path.join(dir, 'exports');
    const r = await runCli('export', '--format', 'jsonl', '--sidecar-dir', sidecars, '--out-dir', exports, file);
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.existsSync(path.join(exports, 'a.jsonl')));
  });

  it('exits 1 with a clear message on a missing sidecar', () => {
    const good = path.join(dir, 'a.txt');
    const bare = path.join(dir, 'b.txt');
    fs.writeFileSync(good, TEXT);
    fs.writeFileSync(bare, TEXT);
    writeSidecar(good);
    const r = cli([good, bare], 'jsonl');
    assert.equal(r.code, 1);
    assert.equal(r.err, `news-annotator: ${bare}: no annotations in ${bare}.annotations.json (run "news-annotator analyze" first)\n`);
    assert.ok(fs.existsSync(path.join(dir, 'a.jsonl')), 'the other file is still exported');
    assert.ok(!fs.existsSync(path.join(dir, 'b.jsonl')));
  });

  it('exits 1 with a clear message on a stale sidecar, writing nothing', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXT);
    writeSidecar(file);
    fs.writeFileSync(file, TEXT.replace('Tripoli', 'Benghazi'));
    const r = cli([file], 'conll');
    assert.equal(r.code, 1);
    assert.match(r.err, /^news-annotator: .*a\.txt: sidecar is out of date; run analyze first/);
    assert.equal(r.out, '');
    assert.ok(!fs.existsSync(path.join(dir, 'a.conll')));
  });

  it('exits 1 on a sidecar that is not valid', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, TEXT);
    fs.writeFileSync(`${file}.annotations.json`, '{ nope');
    const r = cli([file], 'w3c');
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.txt\.annotations\.json: not valid JSON/);
  });
});
