// East Asian names written in Chinese characters, read back in pinyin by a translation that does
// not know the person: the mainland people English writes otherwise than in pinyin, and surnames
// that are English function words when read (何 He, 安 An, 游 You). Invented sentences.
import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

const analyzer = createBuiltinAnalyzer();
const fixesIn = (text: string) =>
  analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.correction).map((a) => [a.text, a.correction!.replacement]);

describe('Han names read in pinyin', function () {
  this.timeout(60_000);
  it('a Chinese person English writes otherwise is fixed from the pinyin of the name (李家超 John Lee Ka-chiu, 曹国伟 Charles Chao)', () => {
    assert.deepEqual(fixesIn("Hong Kong's chief executive Li Jiachao said on Tuesday that the budget was balanced."), [['Li Jiachao', 'John Lee Ka-chiu']]);
    assert.deepEqual(fixesIn('Weibo chairman Cao Guowei said the company had grown.'), [['Cao Guowei', 'Charles Chao']]);
  });
  it('a mainland person written in pinyin in English is named, not fixed (王毅 Wang Yi)', () => {
    const a = analyzer.analyze('Foreign Minister Wang Yi said on Tuesday that talks would resume.', '2024-06-12').annotations.find((x) => x.text === 'Wang Yi');
    assert.equal(a?.canonical, 'Wang Yi');
    assert.equal(a?.correction, undefined);
  });
  it('a surname read as an English function word starts the name (何 He, 安 An, 游 You), at a sentence start too', () => {
    assert.deepEqual(fixesIn('The delegation arrived. He Yunshi said the talks had been useful.'), [['He Yunshi', 'Denise Ho']]);
    assert.deepEqual(fixesIn('Japanese Prime Minister An Beijinsan said the talks went well.'), [['An Beijinsan', 'Shinzo Abe']]);
    assert.deepEqual(fixesIn("Taiwan's former premier You Xikun spoke to reporters."), [['You Xikun', 'You Si-kun']]);
  });
  it('吕 is read the way translations write it: Lü, Lu or Lv (吕秀莲 Annette Lu)', () => {
    for (const lu of ['Lü', 'Lu', 'Lv']) assert.deepEqual(fixesIn(`Taiwan's former vice president ${lu} Xiulian spoke.`), [[`${lu} Xiulian`, 'Annette Lu']], lu);
  });
  it('pinyin without its apostrophe is read either way: "Jinan" is ji nan as well as the city (金己男 Kim Ki-nam)', () => {
    assert.deepEqual(fixesIn('North Korean diplomat Jin Jinan spoke to the assembly.'), [['Jin Jinan', 'Kim Ki-nam']]);
  });
  it('the given name of an unknown person in pinyin is not read alone as something else ("Sun Haifang" is no 海防 Haiphong)', () => {
    for (const name of ['Sun Haifang', 'Liang Jianbin', 'Song Jianmin']) assert.deepEqual(fixesIn(`A local official, ${name}, said on Tuesday that the new bridge would open.`), [], name);
  });
  it('the reason says the article names the person elsewhere only when it does, and her country only when something else of it is there', () => {
    const reasons = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.correction).map((a) => a.correction!.reason ?? '');
    const [alone] = reasons('Lv Xiulian spoke to reporters on Tuesday.');
    assert.doesNotMatch(alone, /named elsewhere|is in the article|one word/);
    assert.match(reasons('Lvxiulian spoke to reporters on Tuesday.')[0], /written as one word/);
    // The same spelling again is the same reading repeated, no other sign of her; another spelling is.
    for (const twice of reasons('Lv Xiulian spoke on Tuesday. Later Lv Xiulian left for Taipei.')) {
      assert.doesNotMatch(twice, /named elsewhere/);
      assert.match(twice, /Taiwan is in the article/);
    }
    for (const other of reasons('Lv Xiulian spoke on Tuesday. Later Lu Xiulian left for Taipei.')) {
      assert.match(other, /Annette Lu is named elsewhere in the article/);
      assert.match(other, /Taiwan is in the article/);
    }
  });
  it('a name in pinyin is not fixed to another pinyin name one syllable off, whatever the country (Zeng Zhiying, a Chilean player)', () => {
    assert.deepEqual(fixesIn("The company's chief executive Zeng Zhiping told reporters in Beijing that sales had risen."), []);
  });
  it('a mainland name written with its syllables spaced or joined is the person the KB writes in pinyin (赵心童 Zhao Xintong)', () => {
    assert.deepEqual(fixesIn('Snooker player Zhao Xin Tong won the final on Sunday.'), [['Zhao Xin Tong', 'Zhao Xintong']]);
    assert.deepEqual(fixesIn('Snooker player Zhao Xintong won the final on Sunday.'), []);
  });
  it('a name in pinyin is not cut into pieces that read as someone else ("Li Shi" of "Li Shi Feng", "Jian Fang" of "Chen Jian Fang")', () => {
    for (const name of ['Chen Jian Fang', 'Hu Jian Fang', 'Wang Shi Feng']) {
      const fixes = fixesIn(`A local official, ${name}, said on Tuesday that the new bridge would open.`);
      assert.ok(fixes.every(([text]) => text === name), `${name}: ${JSON.stringify(fixes)}`);
    }
  });
  it('the pronoun or article before a known or English word stays what it is', () => {
    assert.deepEqual(fixesIn('He Visited Beijing. An Xinhua reporter said. He said Yes.'), []);
  });
});
