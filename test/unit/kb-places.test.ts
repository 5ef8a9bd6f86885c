import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { annotationAt } from './helpers';

// The built-in KB names thousands of small places (Chinese counties, Japanese towns) whose bare
// names are also Chinese given names or Japanese surnames. They carry their administrative word
// ("Anji County", "Ikeda City"), so that a person's name is not read as a place, while the place
// written with that word is still found.
describe('small places in the built-in KB', function () {
  this.timeout(60000);
  const analyzer = createBuiltinAnalyzer();
  const analyze = (text: string) => analyzer.analyze(text, '2024-05-02').annotations;

  it('leaves a Chinese given name that is also a county name to the person', () => {
    const text = 'Provincial officials Liu Anji and Zhao Dehua met Wang Yongxin in Hangzhou on Tuesday.';
    const anns = analyze(text);
    for (const given of ['Anji', 'Dehua', 'Yongxin']) {
      const a = annotationAt(text, anns, given);
      assert.ok(!a?.kbId?.startsWith('city:'), `${given} linked to a place: ${JSON.stringify(a)}`);
    }
  });

  it('leaves a Japanese surname that is also a town name to the person', () => {
    const text = 'Economy minister Hayato Ikeda spoke in Tokyo. Ikeda said exports rose, and Nakano agreed.';
    const anns = analyze(text);
    for (const surname of ['Ikeda', 'Nakano']) {
      const a = annotationAt(text, anns, surname, surname === 'Ikeda' ? 2 : 1);
      assert.ok(!a?.kbId?.startsWith('city:'), `${surname} linked to a place: ${JSON.stringify(a)}`);
    }
  });

  it('finds the county and the ward written with their administrative word', () => {
    const text = 'Floods hit Anji County in Zhejiang, and a fire broke out in Nakano Ward of Tokyo.';
    const anns = analyze(text);
    assert.equal(annotationAt(text, anns, 'Anji County')?.kbId, 'city:anji-cn');
    assert.equal(annotationAt(text, anns, 'Nakano Ward')?.kbId, 'city:nakano-jp');
  });

  // The KB tells namesakes apart in brackets ("Anping County (Hebei)", "Baisha County (Hainan)",
  // "Ibaraki City (Osaka)"): a text writes the name without them.
  it('finds a place whose KB name carries a disambiguator in brackets, written without it, and never writes the brackets into the text', () => {
    const text = 'Officials in Anping County, Hebei, said the river rose; Baisha County and Ibaraki City were spared.';
    const anns = analyze(text);
    assert.equal(annotationAt(text, anns, 'Anping County')?.kbId, 'city:anping-hebei-cn');
    assert.equal(annotationAt(text, anns, 'Baisha County')?.kbId, 'city:baisha-hainan-cn');
    assert.equal(annotationAt(text, anns, 'Ibaraki City')?.kbId, 'city:ibaraki-osaka-jp');
    assert.deepEqual(anns.filter((a) => a.correction).map((a) => `${a.text} -> ${a.correction!.replacement}`), []);
  });
});
