import assert from 'node:assert/strict';
import { exportAnnotations } from '../../src/core/annotations/exporters';
import { textSha256, type Sidecar, type StoredAnnotation } from '../../src/core/annotations/sidecar';

// CoNLL cases the annotated fixtures never reach (found by Stryker: the exporter's cuts, overlaps,
// the nationality and facility types and the closing blank line could all change unseen). The
// sidecars are written by hand; every expected line is written out.
const BASE = 'edges.txt';

function sidecarOf(text: string, spans: Array<[label: string, surface: string, occurrence?: number]>): Sidecar {
  const annotations: StoredAnnotation[] = spans.map(([label, surface, occurrence = 0], i) => {
    let at = -1;
    for (let n = 0; n <= occurrence; n++) at = text.indexOf(surface, at + 1);
    assert.ok(at >= 0, `"${surface}" in the text`);
    // ASCII text: UTF-16 offsets are code points here.
    return { id: `a${i}`, start: at, end: at + surface.length, text: surface, label, status: 'accepted', source: 'manual' } as StoredAnnotation;
  });
  return { format: 'news-annotator', version: 1, document: { path: BASE, sha256: textSha256(text), length: text.length }, annotations, history: [] } as unknown as Sidecar;
}

const conll = (text: string, sidecar: Sidecar): string => exportAnnotations('conll', text, sidecar, BASE)[0]!.content;
/** The token lines without the "_ _" columns. */
const rows = (out: string): string[] => out.split('\n').slice(2).map((l) => l.replace(' _ _ ', ' '));

describe('CoNLL export: edges', () => {
  it('cuts a word at an entity boundary inside it ("Libya\'s", "Tripoli-based")', () => {
    const text = "Libya's envoy met Tripoli-based officials.";
    assert.deepEqual(rows(conll(text, sidecarOf(text, [['GPE', 'Libya'], ['GPE', 'Tripoli']]))), [
      'Libya B-LOC',
      "'s O",
      'envoy O',
      'met O',
      'Tripoli B-LOC',
      '-based O',
      'officials O',
      '. O',
      '',
      '',
    ]);
  });

  it('tags a nationality MISC and a facility LOC', () => {
    const text = 'Turkish engineers repaired Mitiga Airport.';
    assert.deepEqual(rows(conll(text, sidecarOf(text, [['NORP', 'Turkish'], ['FAC', 'Mitiga Airport']]))), [
      'Turkish B-MISC',
      'engineers O',
      'repaired O',
      'Mitiga B-LOC',
      'Airport I-LOC',
      '. O',
      '',
      '',
    ]);
  });

  it('keeps the first of two overlapping annotations, the second not even in part (CoNLL has one tag a token)', () => {
    const text = 'The Government of National Accord met.';
    const out = rows(conll(text, sidecarOf(text, [['ORG', 'Government of National'], ['NORP', 'National Accord']])));
    assert.deepEqual(out, ['The O', 'Government B-ORG', 'of I-ORG', 'National I-ORG', 'Accord O', 'met O', '. O', '', '']);
  });

  it('ends every sentence with a blank line, the last one too; an empty text is the header alone', () => {
    const text = 'Talks resume\n\nHaftar spoke on Monday. Sarraj answered.\n';
    const out = conll(text, sidecarOf(text, [['PERSON', 'Haftar'], ['PERSON', 'Sarraj']]));
    assert.equal(out, [
      '-DOCSTART- -X- -X- O', '',
      'Talks _ _ O', 'resume _ _ O', '',
      'Haftar _ _ B-PER', 'spoke _ _ O', 'on _ _ O', 'Monday _ _ O', '. _ _ O', '',
      'Sarraj _ _ B-PER', 'answered _ _ O', '. _ _ O', '', '',
    ].join('\n'));
    assert.equal(conll('', sidecarOf('', [])), '-DOCSTART- -X- -X- O\n\n');
  });
});
