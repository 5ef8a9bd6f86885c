import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { countryWordForms, countryWords } from '../../src/core/kb/country-words';

// A translation writes a body's country either way: 朝鲜中央通讯社 comes back "Korea Central News
// Agency" (the KB: Korean Central News Agency), 中国中央电视台 "Chinese Central Television", 朝鲜
// 劳动党 "Korean Workers' Party" (the Workers' Party of Korea; "Workers Party" alone was
// Singapore's). The pairs of country words come from the KB's countries.
describe('a body named with its country\'s word the other way', function () {
  this.timeout(60_000);
  const words = countryWords(builtinKb().entities.filter((e) => e.id.startsWith('country:')));

  it('pairs each country\'s one-word name with its usual demonym', () => {
    assert.deepEqual(words.alternates.get('Korean'), ['Korea']);
    assert.deepEqual(words.alternates.get('Turkish'), ['Turkey']);
    assert.deepEqual(words.demonymsOf.get('Afghanistan'), ['Afghan']);
    // The people are no adjective of a name ("Canadians Royal Bank").
    assert.ok(!words.alternates.get('Canada')?.includes('Canadians'));
  });

  it('writes the country word the other way at the start, and the demonym for "of" and the country', () => {
    assert.deepEqual(countryWordForms('Korean Central News Agency', words), ['Korea Central News Agency']);
    assert.deepEqual(countryWordForms('Japan Meteorological Agency', words), ['Japanese Meteorological Agency']);
    assert.deepEqual(countryWordForms("Workers' Party of Korea", words), ["Korean Workers' Party"]);
    // One word left before "of": a phrase ("Indian Government", "Korean Bank"), not a name.
    assert.deepEqual(countryWordForms('Bank of Korea', words), []);
  });

  it('links the body in an article, with no fix', () => {
    const analyzer = createBuiltinAnalyzer();
    const linked = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.label === 'ORG' || a.label === 'MEDIA').map((a) => [a.text, a.canonical, a.correction?.replacement ?? null]);
    assert.deepEqual(linked('Korea Central News Agency reported the launch.'), [['Korea Central News Agency', 'Korean Central News Agency', null]]);
    assert.deepEqual(linked('The Japanese Meteorological Agency warned of heavy rain.'), [['Japanese Meteorological Agency', 'Japan Meteorological Agency', null]]);
    assert.deepEqual(linked('The Korean Workers Party met in Pyongyang.'), [['Korean Workers Party', "Workers' Party of Korea", null]]);
  });
});

// "the Indian army": English writes a country's body with its common nouns in lower case as often
// as not. That was "fixed" to "Indian Army"; a name lower-cased from its start, or after a word
// that names no country ("Islamic state": any such state), still is.
describe('a body written with its common nouns in lower case', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const found = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.label === 'ORG' || a.label === 'MEDIA').map((a) => [a.text, a.canonical, a.correction?.replacement ?? null]);

  it('after its country\'s word is the body, with no fix', () => {
    assert.deepEqual(found('Officials said the Indian army moved troops.'), [['Indian army', 'Indian Army', null]]);
  });

  it('from its start, or after a word naming no country, is fixed as before', () => {
    assert.deepEqual(found('Officials said the Islamic state claimed it.'), [['Islamic state', 'Islamic State', 'Islamic State']]);
    assert.deepEqual(found('The figures were reported by the financial times on Monday.'), [['financial times', 'Financial Times', 'Financial Times']]);
  });
});
