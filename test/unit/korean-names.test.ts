import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';
import { romanizeName, romanizeSyllable } from '../../src/core/names/korean-romanization';

describe('the Revised Romanization of Korean names', () => {
  it('writes each syllable by itself (no sound change across syllables in a name)', () => {
    assert.deepEqual(romanizeName('석열'), ['seok', 'yeol']);
    assert.deepEqual(romanizeName('민준'), ['min', 'jun']);
    assert.equal(romanizeSyllable('최'), 'choe');
    assert.equal(romanizeSyllable('정'), 'jeong');
    assert.equal(romanizeSyllable('류'), 'ryu');
    assert.equal(romanizeSyllable('A'), undefined);
    assert.equal(romanizeName('김A'), undefined);
  });
});

describe('a Korean name written by the Revised Romanization', () => {
  // Invented people.
  const kb: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:KR', type: 'GPE', name: 'South Korea', aliases: ['Korea'], demonyms: ['South Korean'], description: 'Country' },
      { id: 'person:choe-hyeok', type: 'PERSON', name: 'Choi Hyuk-joon', names: { ko: ['최혁준'] }, description: 'Invented South Korean trade minister', country: 'country:KR', roles: ['minister'] },
      { id: 'person:jo-min', type: 'PERSON', name: 'Cho Min-suh', names: { ko: ['조민서'] }, description: 'Invented South Korean singer', country: 'country:KR' },
    ],
  };
  const analyzer = new Analyzer(kb);
  const fixes = (text: string) =>
    analyzer
      .analyze(text, '2024-06-12')
      .annotations.filter((a) => a.correction)
      .map((a) => `${a.text} -> ${a.correction!.replacement} (${a.correction!.confidence})`);

  it('fixes the given name, the family name or both, one word, hyphenated or two', () => {
    assert.deepEqual(fixes('South Korean trade minister Choi Hyeok-jun said.'), ['Choi Hyeok-jun -> Choi Hyuk-joon (0.92)']);
    assert.deepEqual(fixes('South Korean trade minister Choe Hyuk-joon said.'), ['Choe Hyuk-joon -> Choi Hyuk-joon (0.92)']);
    assert.deepEqual(fixes('South Korean trade minister Choe Hyeok Jun said.'), ['Choe Hyeok Jun -> Choi Hyuk-joon (0.72)']);
  });

  it('says the Hangul and the system in the reason', () => {
    const reason = analyzer.analyze('Choi Hyeokjun said in Korea.', '2024-06-12').annotations.find((a) => a.correction)?.correction?.reason;
    assert.match(reason!, /writes the Korean name by the Revised Romanization \(최혁준, choe hyeok-jun\)/);
  });

  it('takes a system spelling that is an English word only beside the other part', () => {
    // 조 is "Jo" by the system, an English word: the given name must be there too.
    assert.deepEqual(fixes('South Korean singer Jo Min-seo sang.'), ['Jo Min-seo -> Cho Min-suh (0.72)']);
    assert.deepEqual(fixes('South Korean singer Jo Hyuk-joon sang.'), []);
  });

  it('leaves the name written the person\'s way alone, and another person\'s name', () => {
    assert.deepEqual(fixes('South Korean trade minister Choi Hyuk-joon said.'), []);
    assert.deepEqual(fixes('South Korean trade minister Choi Min-jun said.'), []);
  });
});
