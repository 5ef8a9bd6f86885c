import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { arabicArticleSpellings } from '../../src/core/kb/index';

// Transliterations write the Arabic article al- or el-, and before a sun letter assimilated to it
// (az-Zour, ash-Sharaa): one name, whichever the KB records. Places, bodies and people alike.
describe('the Arabic article written another way', () => {
  const analyzer = createBuiltinAnalyzer();
  const linked = (text: string) => analyzer.analyze(text, '2025-06-01').annotations.filter((a) => a.label !== 'DATE').map((a) => [a.text, a.kbId ?? null, a.correction?.replacement ?? null]);

  it('spells each article al-, el- and, before a sun letter, assimilated', () => {
    assert.deepEqual(arabicArticleSpellings('Deir el-Zour').sort(), ['Deir al-Zour', 'Deir az-Zour', 'Deir ez-Zour']);
    assert.deepEqual(arabicArticleSpellings('Ras al-Khaimah'), ['Ras el-Khaimah']);
    assert.deepEqual(arabicArticleSpellings('Jean-Luc Mélenchon'), []);
  });

  it('links a place and a person by any of them, with no fix', () => {
    assert.deepEqual(linked('Syrian forces entered Deir al-Zour, and Ras el-Khaimah hosted Ahmed ash-Sharaa.'), [
      ['Syrian', 'country:SY', null],
      ['Deir al-Zour', 'city:deir-ez-zor-sy', null],
      ['Ras el-Khaimah', 'city:ras-al-khaimah-ae', null],
      ['Ahmed ash-Sharaa', 'person:ahmed-al-sharaa', null],
    ]);
  });
});
