import assert from 'node:assert/strict';
import { IncrementalAnalysis } from '../../src/core/incremental';
import fs from 'node:fs';
import path from 'node:path';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { prng, smallAnalyzer } from './helpers';
import type { Annotation } from '../../src/core/types';

const ARTICLE = `Libya talks

Khalifa Haftar met Erdogan in Tripoli on Monday. Libya and Libya again.

The government of national unity said haftal left Tripoli.

Turkey and Libya signed a deal. Erdogan said so.`;

const key = (a: { start: number; end: number; label: string; text: string }) => `${a.start}:${a.end}:${a.label}:${a.text}`;

describe('incremental analysis', () => {
  it('after edits, gives the annotations a full analysis of the new text gives (on articles whose statistics do not change)', () => {
    const inc = new IncrementalAnalysis(smallAnalyzer, ARTICLE, '2020-01-08');
    const edits = [
      { start: 0, end: 0, text: 'Breaking: ' },
      { start: ARTICLE.indexOf('Monday') + 10, end: ARTICLE.indexOf('Monday') + 10, text: 'Really. ' },
      { start: ARTICLE.indexOf('deal'), end: ARTICLE.indexOf('deal') + 4, text: 'pact' },
    ];
    // Apply the edits from the end so that the offsets above stay valid.
    for (const e of [...edits].reverse()) inc.edit(e);
    const full = smallAnalyzer.analyze(inc.text, '2020-01-08').annotations;
    assert.deepEqual(inc.annotations.map(key), full.map(key));
    for (const a of inc.annotations) assert.equal(inc.text.slice(a.start, a.end), a.text);
  });

  it('keeps ids unique and annotations sorted through many random one-letter edits', () => {
    const inc = new IncrementalAnalysis(smallAnalyzer, ARTICLE.repeat(5), '2020-01-08');
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 300; k++) {
      const at = Math.floor(random() * inc.text.length);
      inc.edit(random() < 0.5 ? { start: at, end: at, text: 'x' } : { start: at, end: Math.min(at + 1, inc.text.length), text: '' });
      const ids = inc.annotations.map((a) => a.id);
      assert.equal(new Set(ids).size, ids.length, 'unique ids');
      for (let i = 1; i < inc.annotations.length; i++) assert.ok(inc.annotations[i - 1].start <= inc.annotations[i].start, 'sorted');
      for (const a of inc.annotations) if (a.status !== 'orphaned') assert.equal(inc.text.slice(a.start, a.end), a.text, `annotation ${a.id} on its text`);
    }
  });
});

describe('re-analysing only edited paragraphs (AnnotatedDocument.analyzeEdited)', () => {
  it('finds what an edit adds, keeps the rest and its decisions', async () => {
    const { AnnotatedDocument } = await import('../../src/core/annotated-document');
    const doc = new AnnotatedDocument(smallAnalyzer, ARTICLE, 'a.txt');
    doc.setReferenceDate('2020-01-08');
    doc.analyze();
    const erdogan = doc.annotations.find((a) => a.text === 'Erdogan')!;
    doc.setStatus(erdogan.id, 'accepted');
    const at = doc.text.indexOf('Turkey and Libya');
    doc.applyEdit({ start: at, end: at, text: 'Prime Minister salaj met haftal. ' });
    doc.analyzeEdited();
    const added = doc.annotations.filter((a) => a.text === 'salaj' || a.text === 'haftal');
    assert.equal(added.length, 3, 'the new mentions and the old haftal');
    assert.equal(doc.get(erdogan.id)?.status, 'accepted');
    const full = smallAnalyzer.analyze(doc.text, '2020-01-08').annotations;
    assert.deepEqual(doc.annotations.map(key), full.map(key));
    assert.equal(new Set(doc.annotations.map((a) => a.id)).size, doc.annotations.length);
  });
});

describe('analysis in blocks (long documents in the editor)', () => {
  it('gives what a full analysis gives, pausing between blocks, and stops when the text changes', async () => {
    const fs = await import('node:fs');
    const text = fs.readFileSync(require.resolve('../../seeds/000_5427bc860031b65b.txt'), 'utf8');
    let pauses = 0;
    const chunked = await smallAnalyzer.analyzeInChunks(text, '2020-01-08', async () => void pauses++, () => false, 1200);
    const full = smallAnalyzer.analyze(text, '2020-01-08');
    assert.ok(pauses >= 6, `paused ${pauses} times`);
    assert.deepEqual(chunked!.annotations.map(key), full.annotations.map(key));
    assert.deepEqual(chunked!.structure, full.structure);
    const stopped = await smallAnalyzer.analyzeInChunks(text, '2020-01-08', async () => undefined, () => true, 1200);
    assert.equal(stopped, undefined);
  });

  it('numbers repeated mentions, flags far dates and parses structure across blocks as one pass does', async () => {
    // The same names in every block; a yearless "June 7" whose only support is in other blocks
    // (January days: the likely meaning is January 7); a 9,000-character line without breaks.
    const para = 'Khalifa Haftar met Fayez al-Sarraj in Tripoli on January 6, officials said.';
    const text = [`Talks in Libya`, ...Array(30).fill(para), 'The offensive began on June 7, officials said.', 'Haftar met Sarraj in Tripoli. '.repeat(300), 'Last line.'].join('\n\n');
    const chunked = await smallAnalyzer.analyzeInChunks(text, '2020-01-08', async () => undefined, () => false, 1200);
    const full = smallAnalyzer.analyze(text, '2020-01-08');
    assert.deepEqual(chunked!.annotations, full.annotations);
    assert.ok(full.annotations.some((a) => a.id.endsWith('-29')), 'ids count occurrences across blocks');
    const june = full.annotations.find((a) => a.text === 'June 7');
    assert.deepEqual([june?.flags, june?.likelyValue], [['far-from-reference'], '2020-01-07']);
    assert.deepEqual(chunked!.structure, full.structure);
  });

  it('knows an acronym introduced in an earlier block, and every lone use after its first introduction', async () => {
    // "Islamic state (is)" in the first block; lone "is" in later blocks, one before the second
    // introduction (a full pass used to count only the uses after the last introduction).
    const filler = 'Khalifa Haftar met Fayez al-Sarraj in Tripoli on January 6, officials said.';
    const text = [
      'The extremist group Islamic state (is) lost its base near Sirte.',
      ...Array(20).fill(filler),
      'After the army drove out is, the city was calm.',
      ...Array(20).fill(filler),
      'Fighters of the Islamic state (is) fled south.',
      'The largest base of is was in the desert.',
    ].join('\n\n');
    const chunked = await smallAnalyzer.analyzeInChunks(text, '2020-01-08', async () => undefined, () => false, 1200);
    const full = smallAnalyzer.analyze(text, '2020-01-08');
    const lone = (anns: Annotation[]) => anns.filter((a) => a.rule === 'names:acronym-lone').map((a) => [a.start, a.correction?.replacement]);
    const uses = [text.indexOf('out is') + 4, text.indexOf('of is') + 3];
    assert.deepEqual(lone(full.annotations), uses.map((at) => [at, 'IS']));
    assert.deepEqual(lone(chunked!.annotations), lone(full.annotations));
    assert.deepEqual(chunked!.annotations.map(key), full.annotations.map(key));
  });

  it('gives exactly the annotations of one pass on 150 KB of the test articles shuffled by paragraph (built-in KB, small blocks)', async () => {
    // Every article-wide fact (counts, acronyms, people named in full in pinyin, ids, far dates)
    // must reach every block: a block-wise analysis that differs from one pass shows up here.
    // Blocks of 3,000 characters: many boundaries between a name and its other mentions.
    const text = shuffledArticles(150_000, 5);
    const analyzer = createBuiltinAnalyzer();
    const chunked = await analyzer.analyzeInChunks(text, '2020-01-08', async () => undefined, () => false, 3_000);
    const full = analyzer.analyze(text, '2020-01-08');
    assert.ok(full.annotations.some((a) => a.rule === 'names:syllables') && full.annotations.some((a) => a.rule === 'names:acronym-lone'), 'the text has the cases');
    assert.deepEqual(chunked!.annotations, full.annotations);
  });

  it('keeps a surname linked to the person named in full in an earlier paragraph when its own paragraph is edited', () => {
    const analyzer = createBuiltinAnalyzer();
    const text = 'Jhumpa Lahiri arrived in Tokyo on Monday.\n\nOn Tuesday, Lahiri met the press at the embassy.';
    const inc = new IncrementalAnalysis(analyzer, text, '2020-01-08');
    const surname = () => inc.annotations.filter((a) => a.text === 'Lahiri').map((a) => a.kbId);
    assert.deepEqual(surname(), ['person:jhumpa-lahiri']);
    const at = inc.text.indexOf('the embassy');
    inc.edit({ start: at, end: at, text: 'the old ' });
    assert.deepEqual(surname(), ['person:jhumpa-lahiri']);
    assert.deepEqual(inc.annotations.map(key), analyzer.analyze(inc.text, '2020-01-08').annotations.map(key));
  });

  it('keeps a lone lower-case acronym when its paragraph is edited, the introduction being in an earlier one', () => {
    const text = 'The Islamic state (is) claimed the attack in Tripoli on Monday.\n\nOfficials met in Tripoli.\n\nThe army drove out is from the town, officials said.';
    const inc = new IncrementalAnalysis(smallAnalyzer, text, '2020-01-08');
    const lone = () => inc.annotations.filter((a) => a.rule === 'names:acronym-lone').map((a) => [a.text, a.correction?.replacement]);
    assert.deepEqual(lone(), [['is', 'IS']]);
    const at = inc.text.indexOf('the town');
    inc.edit({ start: at, end: at, text: 'the old ' });
    assert.deepEqual(lone(), [['is', 'IS']], 'the quick fix on "is" survives an edit of its paragraph');
    assert.deepEqual(inc.annotations.map(key), smallAnalyzer.analyze(inc.text, '2020-01-08').annotations.map(key));
  });

  it('finds or drops lone uses of an acronym in other paragraphs when its introduction is typed or deleted', () => {
    const text = 'The Islamic state claimed the attack in Tripoli on Monday.\n\nOfficials met in Tripoli.\n\nThe army drove out is from the town, officials said.';
    const inc = new IncrementalAnalysis(smallAnalyzer, text, '2020-01-08');
    const lone = () => inc.annotations.filter((a) => a.rule === 'names:acronym-lone').map((a) => a.text);
    assert.deepEqual(lone(), []);
    const at = inc.text.indexOf('Islamic state') + 'Islamic state'.length;
    inc.edit({ start: at, end: at, text: ' (is)' });
    assert.deepEqual(lone(), ['is'], 'introduced: the use two paragraphs down is the acronym');
    assert.deepEqual(inc.annotations.map(key), smallAnalyzer.analyze(inc.text, '2020-01-08').annotations.map(key));
    inc.edit({ start: at, end: at + ' (is)'.length, text: '' });
    assert.deepEqual(lone(), [], 'introduction deleted: the verb again');
  });

  it('reconsiders a far date in another paragraph when an edit adds or removes the day that supports it', () => {
    const text = 'Haftar arrived in Tripoli on August 20, officials said.\n\nThe talks in Libya went on.\n\nErdogan spoke on Monday.';
    const inc = new IncrementalAnalysis(smallAnalyzer, text, '2020-01-08');
    const august20 = () => inc.annotations.find((a) => a.text === 'August 20')!;
    assert.deepEqual(august20().flags, ['far-from-reference'], 'alone, August 20 is questioned');
    const at = inc.text.indexOf('went on') + 'went on'.length;
    inc.edit({ start: at, end: at, text: ' until August 22' });
    assert.deepEqual(august20().flags, [], 'August 22 in another paragraph supports it');
    assert.deepEqual(inc.annotations.map(key), smallAnalyzer.analyze(inc.text, '2020-01-08').annotations.map(key));
    inc.edit({ start: at, end: at + ' until August 22'.length, text: '' });
    assert.deepEqual(august20().flags, ['far-from-reference'], 'questioned again once the support is gone');
  });

  it('judges far dates and lone acronyms as one pass over the whole article does, through edits that add and remove dates and introductions', () => {
    // A paragraph alone would question a day that only other paragraphs support, and would not
    // know an acronym introduced in another: after each edit, the dates and acronyms must be
    // those of a full analysis of the new text.
    const analyzer = createBuiltinAnalyzer();
    const inc = new IncrementalAnalysis(analyzer, shuffledArticles(60_000, 3), '2020-01-08');
    const rnd = prng(3);
    const decided = (list: Annotation[]) =>
      list.filter((a) => a.label === 'DATE' || a.rule?.startsWith('names:acronym')).map((a) => JSON.stringify({ ...a, id: undefined }));
    let far = 0;
    let lone = 0;
    for (let k = 1; k <= 60; k++) {
      const at = Math.floor(rnd() * inc.text.length);
      const removable = /\b(?:January|June|October|March|December) \d{1,2}\b|\(is\)/g;
      removable.lastIndex = at;
      const hit = rnd() < 0.3 ? removable.exec(inc.text) : null;
      if (hit) inc.edit({ start: hit.index, end: hit.index + hit[0].length, text: '' });
      else inc.edit({ start: at, end: at, text: [' on June 7', ' on January 3', ' October 18', 'e', ' out of is'][Math.floor(rnd() * 5)] });
      if (k % 15) continue;
      const full = analyzer.analyze(inc.text, '2020-01-08').annotations;
      far += full.filter((a) => a.flags?.includes('far-from-reference')).length;
      lone += full.filter((a) => a.rule === 'names:acronym-lone').length;
      assert.deepEqual(decided(inc.annotations), decided(full), `after ${k} edits`);
    }
    assert.ok(far > 0 && lone > 0, `the text has questioned dates (${far}) and lone acronyms (${lone})`);
  });

  it('infers the reference date block by block as one pass does', async () => {
    const para = 'Khalifa Haftar met Fayez al-Sarraj in Tripoli on January 6, officials said.';
    const text = [...Array(20).fill(para), 'The ceasefire was signed on Tuesday, January 7, 2020, in Moscow.', ...Array(20).fill(para)].join('\n\n');
    const chunked = await smallAnalyzer.analyzeInChunks(text, undefined, async () => undefined, () => false, 1200);
    const full = smallAnalyzer.analyze(text);
    assert.deepEqual([chunked!.referenceDate, chunked!.referenceSource], ['2020-01-07', 'latest-full-date']);
    assert.deepEqual([chunked!.referenceDate, chunked!.referenceSource], [full.referenceDate, full.referenceSource]);
    assert.deepEqual(chunked!.annotations, full.annotations);
  });
});

describe('edits that move an annotation onto another one (found by the fuzzer)', () => {
  it('keeps the list sorted by start, then end, when an accepted word re-anchors at the start of a longer date', async () => {
    const { AnnotatedDocument } = await import('../../src/core/annotated-document');
    const doc = new AnnotatedDocument(smallAnalyzer, ' Monday  June 7  Monday  Libyan armed groups capture Gaddafis hometown', 'f.txt');
    doc.analyze();
    doc.acceptAll();
    assert.deepEqual(doc.annotations.map((a) => a.text).slice(0, 2), ['Monday  June 7', 'Monday']);
    // Deleting " Mo" breaks the second "Monday": it re-anchors on the first one, inside the longer date.
    doc.applyEdit({ start: 15, end: 18, text: '' });
    const spans = doc.annotations.map((a) => [a.start, a.end]);
    assert.deepEqual(spans.slice(0, 2), [[1, 7], [1, 15]]);
    assert.deepEqual(spans, [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});

/** `size` characters of the seed and the test articles, shuffled by paragraph (the same for a `seed`). */
function shuffledArticles(size: number, seed: number): string {
  const dir = path.join(__dirname, '../fixtures/articles');
  const files = [path.join(__dirname, '../../seeds/000_5427bc860031b65b.txt'), ...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f))];
  const paragraphs = files.flatMap((f) => fs.readFileSync(f, 'utf8').split(/\n\s*\n/).filter((p) => p.trim()));
  const next = prng(seed);
  const parts: string[] = [];
  for (let length = 0; length < size; ) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)];
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}
