import assert from 'node:assert/strict';
import { applyCorrectionRules, parseCorrectionRules, withRule } from '../../src/core/annotations/workspace-rules';
import type { Annotation } from '../../src/core/types';

const annotation = (text: string, extra: Partial<Annotation> = {}): Annotation => ({ id: text, start: 0, end: text.length, text, label: 'PERSON', status: 'suggested', source: 'auto', ...extra });

describe('workspace corrections list ("X -> Y")', () => {
  it('reads corrections and "X -> X" (right as written), skips comments, names unreadable lines', () => {
    const rules = parseCorrectionRules('# ours\nbolqasim -> Belqasim\n\nTobruk -> Tobruk\nno arrow here\n');
    assert.deepEqual([...rules.corrections], [['bolqasim', 'Belqasim']]);
    assert.deepEqual([...rules.ignored], ['Tobruk']);
    assert.deepEqual(rules.unreadable, [5]);
  });

  it('gives suggested annotations the listed correction and takes it from ignored words; decided ones are left alone', () => {
    const list = [
      annotation('bolqasim'),
      annotation('Tobruk', { correction: { replacement: 'Tobrouk', kind: 'transliteration', confidence: 0.8, reason: 'r' } }),
      annotation('bolqasim', { id: 'kept', status: 'rejected' }),
    ];
    applyCorrectionRules(list, parseCorrectionRules('bolqasim -> Belqasim\nTobruk -> Tobruk\n'));
    assert.equal(list[0].correction?.replacement, 'Belqasim');
    assert.equal(list[1].correction, undefined);
    assert.equal(list[2].correction, undefined);
  });

  it('names the kind of each listed correction: case, possessive, else transliteration (#20)', () => {
    const list = [annotation('sarraj'), annotation('Haftars'), annotation('Assadi'), annotation('salaj')];
    applyCorrectionRules(list, parseCorrectionRules("sarraj -> Sarraj\nHaftars -> Haftar's\nAssadi -> Assad's\nsalaj -> Sarraj\n"));
    assert.deepEqual(list.map((a) => [a.text, a.correction?.replacement, a.correction?.kind]), [
      ['sarraj', 'Sarraj', 'case'],
      ['Haftars', "Haftar's", 'possessive'],
      // An "s" inside the word is no possessive ending.
      ['Assadi', "Assad's", 'transliteration'],
      ['salaj', 'Sarraj', 'transliteration'],
    ]);
  });

  it('adds a line to the file as it reads', () => {
    assert.equal(withRule('a -> b', 'c', 'c'), 'a -> b\nc -> c\n');
    assert.equal(withRule('', 'c', 'd'), 'c -> d\n');
  });
});
