import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Government bodies are named by their head and field ("Ministry of National Defense",
// "Bureau of Meteorology") in every country's news.
describe('government bodies', () => {
  const analyzer = createBuiltinAnalyzer();
  const annotate = (text: string) => analyzer.analyze(text, '2025-06-01').annotations.filter((a) => a.label !== 'DATE');

  it("a body's name without its country is no literal translation of one country's body unless the article is about that country", () => {
    // 气象厅 (the Japan Meteorological Agency's short Chinese name) reads "Bureau of Meteorology"; so
    // does Australia's own bureau. 内地省 (an Omani governorate) reads "Ministry of Interior".
    assert.deepEqual(annotate('The Bureau of Meteorology had issued a warning.').filter((a) => a.correction), []);
    assert.deepEqual(annotate('Ministry of Interior officials said so.').filter((a) => a.correction), []);
    const inJapan = annotate('Japanese officials said the Bureau of Meteorology had issued a warning.').find((a) => a.text === 'Bureau of Meteorology');
    assert.equal(inJapan?.correction?.replacement, 'Japan Meteorological Agency');
  });

  it('a body the KB lacks is one organisation, its field words included', () => {
    const a = annotate('According to Yonhap News Agency, the Ministry of National Defense said North Korea fired two missiles.');
    const body = a.find((x) => x.text.startsWith('Ministry'));
    assert.equal(body?.text, 'Ministry of National Defense');
    assert.equal(body?.label, 'ORG');
  });
});
