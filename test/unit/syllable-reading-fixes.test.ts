// A name read syllable by syllable carries its confidence to the fix, rounded to three decimals
// (mutation-sample survivor, issue 20: a confidence divided instead of multiplied became 0, and
// `fix` would never apply it).
import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

describe('syllable readings: the fix, its confidence, a possessive after it', function () {
  this.timeout(60_000);
  it('"Han Kan" is Han Kang, a likely fix with her country or her title in the article (0.92), a hint on its own (0.55: a whole name in pinyin is first of all a person the KB does not know)', () => {
    const analyzer = createBuiltinAnalyzer();
    const fixes = (text: string) => analyzer.analyze(text, '2020-01-08').annotations.filter((a) => a.correction).map((a) => [a.text, a.rule, a.correction!.replacement, a.correction!.confidence]);
    assert.deepEqual(fixes('The South Korean writer Han Kan won the prize.'), [['Han Kan', 'names:syllables', 'Han Kang', 0.92]]);
    // A role of hers before the name ("writer") fits her as a title does.
    assert.deepEqual(fixes('The writer Han Kan won the prize.'), [['Han Kan', 'names:syllables', 'Han Kang', 0.92]]);
    // The name's own count in the counting pass is no support: nothing else in the text is hers.
    assert.deepEqual(fixes('On Monday, Han Kan won the prize.'), [['Han Kan', 'names:syllables', 'Han Kang', 0.55]]);
  });
  it('the same spelling again is no support either: a garbled name repeated is one name, not two mentions', () => {
    const analyzer = createBuiltinAnalyzer();
    const fixes = (text: string) => analyzer.analyze(text, '2020-01-08').annotations.filter((a) => a.correction && a.rule === 'names:syllables').map((a) => [a.text, a.correction!.confidence, /named elsewhere/.test(a.correction!.reason ?? '')]);
    assert.deepEqual(fixes('On Monday, Han Kan won the prize. Han Kan thanked her readers.'), [
      ['Han Kan', 0.55, false],
      ['Han Kan', 0.55, false],
    ]);
  });
  it('reads no word as initials ("Nasr" is no "Na S. R.", S. R. Nathan with his surname 纳 in pinyin)', () => {
    const analyzer = createBuiltinAnalyzer();
    const text = 'Sherif Nasr said on Tuesday that the talks in Egypt would continue. Nasr added that more would follow.';
    assert.deepEqual(analyzer.analyze(text, '2020-01-08').annotations.filter((a) => a.correction).map((a) => a.text), []);
  });
  it('reads no surname alone of a person the article named in full with another given name ("Boer" after "Ruben Boer" is no 伯尔 Burr)', () => {
    const analyzer = createBuiltinAnalyzer();
    const text = 'Ruben Boer told reporters in Utrecht on Monday that the talks would go on.\n\nBoer added that more would follow.';
    const boer = analyzer.analyze(text, '2020-01-08').annotations.find((a) => a.start === text.lastIndexOf('Boer'));
    assert.equal(boer?.correction, undefined);
    assert.equal(boer?.label, 'PERSON');
  });
  // 集团 "ji tuan" is a word of SK集团 (SK Group), not its name: a reading without the Latin
  // letters the name has is nobody's (every such KB name that is no person's).
  it('reads no name with Latin letters or digits from its Chinese characters alone ("Jituan" is no SK Group)', () => {
    const analyzer = createBuiltinAnalyzer();
    const mixed = builtinKb().entities.filter((e) => e.type !== 'PERSON' && e.names?.zh?.some((z) => /[A-Za-z0-9]/.test(z) && /\p{Script=Han}/u.test(z)));
    assert.ok(mixed.length >= 50, `${mixed.length} names`);
    const wrong: string[] = [];
    const joined = (p?: string) => (p ?? '').split(' ').join('');
    for (const e of mixed) {
      // The same syllables as another of its names, or a name of its own as written ("Zhipu"), are that name.
      const own = new Set([...e.names!.zh!.flatMap((z, k) => (/[A-Za-z0-9]/.test(z) ? [] : [joined(e.pinyin?.[k])])), ...[e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase())]);
      e.names!.zh!.forEach((z, k) => {
        const syllables = e.pinyin?.[k]?.split(' ') ?? [];
        if (!/[A-Za-z0-9]/.test(z) || syllables.length < 2 || own.has(syllables.join(''))) return;
        const read = syllables.join('').replace(/^./, (c) => c.toUpperCase());
        const a = analyzer.analyze(`Officials said ${read} would report on Monday.`, '2020-01-08').annotations.find((x) => x.text === read);
        if (a?.kbId === e.id) wrong.push(`${read} -> ${e.name}`);
      });
    }
    assert.deepEqual(wrong, []);
  });

  it('reads the name before a possessive, straight or curly apostrophe (#20)', () => {
    // A sampled mutant made every word "plain letters", so "Kan's" was never read as Kan.
    const analyzer = createBuiltinAnalyzer();
    for (const text of ["The writer Han Kan's novel won the prize.", 'Critics praised Han Kan’s novel.']) {
      const fixes = analyzer.analyze(text, '2020-01-08').annotations.filter((a) => a.correction).map((a) => [a.text, a.correction!.replacement]);
      assert.deepEqual(fixes, [['Han Kan', 'Han Kang']], text);
    }
  });
});
