import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import { fixesIn } from './helpers';
import type { CompiledKb } from '../../src/core/kb/model';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { japaneseSpelling } from '../../src/core/names/japanese-romanisation';

describe('a Japanese name in another romanisation', () => {
  it('brings every system to one spelling (long vowels once, Hepburn)', () => {
    for (const [a, b] of [['Kouno', 'Kono'], ['Oono', 'Ōno'], ['Ohno', 'Ono'], ['Yuuko', 'Yūko'], ['Hukuda', 'Fukuda'], ['Sigeru', 'Shigeru'], ['Tiaki', 'Chiaki'], ['Tutomu', 'Tsutomu'], ['Zyunko', 'Junko'], ['Syouhei', 'Shohei'], ['Shinbun', 'Shimbun']]) {
      assert.equal(japaneseSpelling(a), japaneseSpelling(b), `${a} / ${b}`);
    }
    // Hepburn's own sh, ch, shu stay as they are.
    assert.equal(japaneseSpelling('Shuhei'), 'shuhei');
    assert.notEqual(japaneseSpelling('Sato'), japaneseSpelling('Saito'));
  });

  // Invented people.
  const kb: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:JP', type: 'GPE', name: 'Japan', demonyms: ['Japanese'], description: 'Country' },
      { id: 'person:kono-haruto', type: 'PERSON', name: 'Haruto Kono', description: 'Invented Japanese foreign minister', country: 'country:JP', roles: ['foreign minister'] },
      { id: 'person:fukuda-shizuka', type: 'PERSON', name: 'Shizuka Fukuda', aliases: ['Shizuka Hukuda'], description: 'Invented Japanese novelist', country: 'country:JP' },
      { id: 'person:ota-kenji', type: 'PERSON', name: 'Kenji Ōta', description: 'Invented Japanese mayor', country: 'country:JP' },
      { id: 'person:shin-jiro', type: 'PERSON', name: 'Jiro Shin', description: 'Invented Japanese sprinter', country: 'country:JP' },
    ],
  };
  const analyzer = new Analyzer(kb);
  const fixes = (text: string) => fixesIn(analyzer, text);

  it('fixes both words respelled, in either order, keeping the order of the text', () => {
    assert.deepEqual(fixes('Japanese Foreign Minister Kouno Harouto met reporters.'), []); // not the same sounds: no fix
    assert.deepEqual(fixes('Japanese Foreign Minister Kouno Haruto met reporters.'), ['Kouno Haruto -> Kono Haruto (0.92)']);
    assert.deepEqual(fixes('Japanese Foreign Minister Haruto Kouno met reporters.'), ['Haruto Kouno -> Haruto Kono (0.92)']);
    assert.deepEqual(fixes('The novelist Hukuda Sizuka spoke in Japan.'), ['Hukuda Sizuka -> Fukuda Shizuka (0.92)']);
  });

  it('says which romanisation explains the spelling', () => {
    const [a] = analyzer.analyze('The mayor Kenji Oota spoke in Japan.', '2024-06-12').annotations.filter((x) => x.correction);
    assert.equal(a.correction!.replacement, 'Kenji Ōta');
    assert.match(a.correction!.reason!, /another romanisation \("Oota": a long vowel spelled out\)/);
  });

  it('leaves the names as the person writes them alone (macrons dropped, an alias)', () => {
    assert.deepEqual(fixes('The mayor Kenji Ota spoke in Japan.'), []);
    assert.deepEqual(fixes('The novelist Shizuka Hukuda spoke in Japan.'), []);
    assert.deepEqual(fixes('Japanese Foreign Minister Haruto Kono met reporters.'), []);
  });

  it('never reads a respelling that is an English word as the name', () => {
    // Kunrei-shiki writes Shin "Sin", an English word: that word is no respelling of the name.
    assert.deepEqual(fixes('The sprinter Jiro Sin ran in Japan.'), []);
    assert.deepEqual(fixes('The sprinter Ziro Shin ran in Japan.'), ['Ziro Shin -> Jiro Shin (0.92)']);
  });

  describe('every Japanese person of the KB, the name written in Kunrei-shiki, family name first', () => {
    // Generated from the KB (every third person whose name Kunrei-shiki writes otherwise): what a
    // translation that uses the system writes. The misses left are a name part that is an
    // English word or a hyphenated given name.
    const analyzerOfKb = createBuiltinAnalyzer();
    const kunrei = (w: string): string =>
      w.replace(/sh/gi, (m) => (m[0] === 'S' ? 'Sy' : 'sy')).replace(/ch/gi, (m) => (m[0] === 'C' ? 'Ty' : 'ty')).replace(/ts/gi, (m) => (m[0] === 'T' ? 'T' : 't')).replace(/fu/gi, (m) => (m[0] === 'F' ? 'Hu' : 'hu')).replace(/j/gi, (m) => (m === 'J' ? 'Zy' : 'zy'));
    const people = builtinKb()
      .entities.filter((e) => e.type === 'PERSON' && e.country === 'country:JP' && /^\p{L}+ \p{L}+$/u.test(e.name))
      .filter((e) => kunrei(e.name) !== e.name)
      .filter((_, i) => i % 3 === 0);
    it(`fixes at least 95 % of ${people.length} to the person, none to someone else`, () => {
      let right = 0;
      let wrong = 0;
      for (const e of people) {
        const [given, family] = kunrei(e.name).split(' ');
        const written = `${family} ${given}`;
        const text = `In Tokyo on Monday, ${written} told reporters that the plan would go ahead.`;
        const hit = analyzerOfKb.analyze(text, '2024-06-12').annotations.find((a) => a.text === written && a.correction);
        if (hit?.kbId === e.id) right++;
        else if (hit) wrong++;
      }
      assert.ok(people.length >= 100, `${people.length} people`);
      assert.ok(right >= 0.95 * people.length, `${right} of ${people.length}`);
      assert.equal(wrong, 0);
    });
  });
});
