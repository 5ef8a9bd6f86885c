import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import { fixesIn } from './helpers';
import type { CompiledKb } from '../../src/core/kb/model';
import { romanizeName, romanizeSyllable } from '../../src/core/names/korean-romanization';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

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
  const fixes = (text: string) => fixesIn(analyzer, text);

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

describe('a Korean, Taiwanese or Hong Kong name with its given name run together', () => {
  // Generated from the KB: every fifth person of these places whose given name is hyphenated
  // ("Moon Jae-in"), written as one word ("Moon Jaein"), as translations often do. Before the
  // joined form was a reading of its own, 197 of 455 Korean people were fixed, 27 to someone else.
  const analyzer = createBuiltinAnalyzer();
  const kb = builtinKb();
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  const people = kb.entities.filter((e) => e.type === 'PERSON' && ['country:KR', 'country:TW', 'country:HK'].includes(e.country ?? '') && /^\p{L}+ \p{L}+-\p{Ll}+$/u.test(e.name) && e.names?.zh).filter((_, i) => i % 5 === 0);
  it(`fixes at least 85 % of ${people.length} to the person, at most 3 % to someone else`, () => {
    let right = 0;
    let wrong = 0;
    for (const e of people) {
      const [family, given] = e.name.split(' ');
      const written = `${family} ${given.replace('-', '')}`;
      const text = `${byId.get(e.country!)?.demonyms?.[0] ?? ''} officials said on Monday that ${written} would travel to Geneva next week.`;
      const hit = analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === written && a.correction);
      if (hit?.kbId === e.id) right++;
      else if (hit) wrong++;
    }
    assert.ok(people.length >= 100, `${people.length} people`);
    assert.ok(right >= 0.85 * people.length, `${right} of ${people.length}`);
    assert.ok(wrong <= 0.03 * people.length, `${wrong} of ${people.length} to someone else`);
  });
});

describe('a Korean name hyphenated in its own system', () => {
  const analyzer = createBuiltinAnalyzer();
  const corrections = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.correction).map((a) => [a.text, a.correction!.replacement]);

  it('a fix covers the whole name: the hyphen is dropped from the reading, not from the span ("Wen Jae-in", "Wen Jae-in\'s")', () => {
    assert.deepEqual(corrections('Former South Korean President Wen Jae-in said on Monday that the talks would continue.'), [['Wen Jae-in', 'Moon Jae-in']]);
    assert.deepEqual(corrections("Former South Korean President Wen Jae-in's memoir was published."), [['Wen Jae-in', 'Moon Jae-in']]);
  });

  it('people the KB does not know are not read as someone of a similar name (Ji-hoon is no Ji-won)', () => {
    // Common family names and given names, combined in turn: invented people.
    const family = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Jeon', 'Hong'];
    const given = ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Hyun-woo', 'Su-bin', 'Jae-won', 'Eun-ji', 'Dong-hyun', 'Ye-jin', 'Sung-min', 'Ha-eun', 'Do-yoon', 'Ji-woo', 'Seung-hoon', 'Yu-na'];
    const fixed = family.flatMap((f, k) => {
      const name = `${f} ${given[k % given.length]}`;
      return corrections(`South Korean official ${name} said on Monday that the talks would continue. ${f} added that the delegation would return next week.`).map((c) => `${name}: ${c.join(' => ')}`);
    });
    assert.ok(fixed.length <= 1, fixed.join('\n'));
  });
});
