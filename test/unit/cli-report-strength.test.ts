// The analysis report calls a suggested fix "likely" from 0.70 up, the confidence from which
// `fix` applies it by default, and "weak" below (mutation-sample survivor, issue 20: > for >=
// called a 0.70 fix weak, though `fix` applies it).
import assert from 'node:assert/strict';
import { formatReport, type FileSummary } from '../../src/cli/report';

describe('CLI report: strength of a misrendered name', () => {
  it('0.70 is likely, 0.69 is weak', () => {
    const s: FileSummary = {
      file: 'a.txt',
      sidecar: 'a.txt.annotations.json',
      characters: 40,
      referenceDate: '2020-01-08',
      referenceSource: 'given',
      labels: { PERSON: 2 },
      misrendered: [
        { at: 'a.txt:1:5', text: 'haftal', replacement: 'Haftar', kind: 'transliteration', confidence: 0.7, reason: '' },
        { at: 'a.txt:1:20', text: 'salaj', replacement: 'Sarraj', kind: 'transliteration', confidence: 0.69, reason: '' },
      ],
      flaggedDates: [],
    };
    const lines = formatReport(s).split('\n');
    assert.ok(lines.includes('    a.txt:1:5  haftal -> Haftar  [transliteration, likely 0.70]'), lines.join('\n'));
    assert.ok(lines.includes('    a.txt:1:20  salaj -> Sarraj  [transliteration, weak 0.69]'), lines.join('\n'));
  });
});
