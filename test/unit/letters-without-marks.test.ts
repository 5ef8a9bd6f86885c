import assert from 'node:assert/strict';
import { fold } from '../../src/core/text/tokens';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Letters that are no base letter plus a mark are written with plain letters in English text:
// the fold that keys the KB's names and the text's words must agree on them.
describe('letters without a mark to strip (ł, đ, ø, æ, ı, ß, þ, œ)', () => {
  it('fold them as English writes them, in either case', () => {
    assert.equal(fold('Łódź'), 'lodz');
    assert.equal(fold('Đặng'), 'dang');
    assert.equal(fold('SØREN'), 'soren');
    assert.equal(fold('Yıldırım'), 'yildirim');
    assert.equal(fold('Þór'), 'thor');
    assert.equal(fold('Œuvre'), 'oeuvre');
    assert.equal(fold('Straße'), 'strasse');
  });

  it('a KB name with them, written with plain letters in a sentence, is the entity (every such name of the KB)', () => {
    const plain = (s: string): string => s.replace(/[łŁđĐðÐþÞæÆœŒħĦıØø]/g, (c) => ({ ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ħ: 'h', Ħ: 'H', ı: 'i', ø: 'o', Ø: 'O' })[c]!).normalize('NFD').replace(/\p{M}/gu, '');
    const analyzer = createBuiltinAnalyzer();
    const entities = builtinKb().entities.filter((e) => /[łŁđĐðÐþÞæÆœŒħĦ]/.test(e.name) && /^[\p{L} ]+$/u.test(e.name));
    const linked = entities.filter((e) => {
      const written = plain(e.name);
      return analyzer.analyze(`On Monday the news about ${written} reached the capital.`, '2024-06-12').annotations.some((a) => a.text === written && a.kbId === e.id);
    }).length;
    assert.ok(entities.length >= 20, `${entities.length} names`);
    assert.equal(linked, entities.length, `${linked} of ${entities.length}`);
  });
});
