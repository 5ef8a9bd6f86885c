import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Government bodies are named by their head and field ("Ministry of National Defense",
// "Bureau of Meteorology") in every country's news.
describe('government bodies', () => {
  const analyzer = createBuiltinAnalyzer();
  const annotate = (text: string) => analyzer.analyze(text, '2025-06-01').annotations.filter((a) => a.label !== 'DATE');

  it("a body's name without its country is no literal translation of one country's body unless the article is about that country", () => {
    // 内地省 (an Omani governorate) reads "Ministry of Interior" word by word; 气象厅 (the Japan
    // Meteorological Agency's short Chinese name) "Bureau of Meteorology", Australia's bureau.
    // (literal-translation.test.ts: such a name asks for a cue.)
    assert.deepEqual(annotate('Ministry of Interior officials said so.').filter((a) => a.correction), []);
    assert.deepEqual(annotate('The Bureau of Meteorology had issued a warning.').filter((a) => a.correction), []);
  });

  it('a body the KB lacks is one organisation, its field words included', () => {
    const a = annotate('According to Yonhap News Agency, the Ministry of National Defense said North Korea fired two missiles.');
    const body = a.find((x) => x.text.startsWith('Ministry'));
    assert.equal(body?.text, 'Ministry of National Defense');
    assert.equal(body?.label, 'ORG');
  });
  it("a body's generic name right after its country is that country's body", () => {
    const kbIdOf = (text: string, span: string) => annotate(text).find((a) => a.text === span)?.kbId;
    assert.equal(kbIdOf("South Korea's Ministry of National Defense said North Korea fired a missile.", 'Ministry of National Defense'), 'org:ministry-of-national-defense-south-korea');
    assert.equal(kbIdOf("Israel's Foreign Ministry summoned the envoy.", 'Foreign Ministry'), 'org:ministry-of-foreign-affairs-of-israel');
    // Without a country the generic name is nobody's.
    assert.equal(annotate('The Foreign Ministry said talks would resume.').length, 0);
    // Another country named at it makes it no body of the article's other countries (the KB has
    // no generic name for China's ministry).
    const two = annotate("China's Foreign Ministry said Japan's Foreign Ministry had been told. The Foreign Ministry in Beijing added that China and Japan would talk.");
    assert.deepEqual(two.filter((a) => a.text === 'Foreign Ministry').map((a) => [a.start, a.kbId]), [[38, 'org:ministry-of-foreign-affairs-of-japan']]);
  });
});
