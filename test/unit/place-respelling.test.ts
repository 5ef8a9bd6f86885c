import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// A place written by another transliteration of its name (a Ukrainian city in its Russian form,
// as a translation from Russian writes it) is that place when nearly the same spelling and its
// country is in the article; a capitalised word alone is left as written.
describe('a place spelt by another transliteration', () => {
  const analyzer = createBuiltinAnalyzer();
  const place = (text: string, word: string) => analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === word);

  it('is the KB place of the article\'s country, with its usual spelling as the fix', () => {
    const a = place('Russian drones hit Zhitomir in western Ukraine overnight, Ukrainian officials said.', 'Zhitomir');
    assert.equal(a?.label, 'GPE');
    assert.match(a?.canonical ?? '', /^Zhytomyr/);
    assert.equal(a?.correction?.replacement, 'Zhytomyr');
  });

  it('is left alone without its country in the article', () => {
    const a = place('Drones hit Zhitomir overnight, officials said.', 'Zhitomir');
    assert.equal(a?.kbId, undefined);
    assert.equal(a?.correction, undefined);
  });
});
