import assert from 'node:assert/strict';
import { englishSpellings } from '../../src/core/kb/english-spellings';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// A translation writes British or American English whatever a body's own usage: the KB's
// "Japan Self-Defense Forces" comes back "Self-Defence", its "Australian Labor Party" "Labour"
// (and "Labour Party" inside it was then the British party).
describe('British and American spellings of a name', () => {
  it('are generated word by word, only from an English word to an English word', () => {
    assert.deepEqual(englishSpellings('Japan Self-Defense Forces'), ['Japan Self-Defence Forces']);
    assert.deepEqual(englishSpellings('United Nations Development Programme'), ['United Nations Development Program']);
    assert.deepEqual(englishSpellings('Kennedy Space Center'), ['Kennedy Space Centre']);
    assert.deepEqual(englishSpellings('World Health Organisation'), ['World Health Organization']);
    // Two words: each alone and both.
    assert.deepEqual(englishSpellings('Defence Science Centre').sort(), ['Defence Science Center', 'Defense Science Center', 'Defense Science Centre']);
    // Names that only look so, and words with no other spelling.
    assert.deepEqual(englishSpellings('Honduras'), []);
    assert.deepEqual(englishSpellings('Member of Parliament'), []);
    assert.deepEqual(englishSpellings('Senator Water Park'), []);
    // An ampersand between words, either way; never inside a word.
    assert.deepEqual(englishSpellings('Procter & Gamble'), ['Procter and Gamble']);
    assert.deepEqual(englishSpellings('Bosnia and Herzegovina'), ['Bosnia & Herzegovina']);
    assert.deepEqual(englishSpellings('AT&T'), []);
    // "Mount", "Saint" and "Fort" opening a name, abbreviated with a dot or without, and back.
    assert.deepEqual(englishSpellings('Mount Fuji'), ['Mt. Fuji', 'Mt Fuji']);
    assert.deepEqual(englishSpellings('St. Louis'), ['Saint Louis', 'St Louis']);
    assert.deepEqual(englishSpellings('Mountain View'), []);
  });

  it('name the entity in an article, with no fix', () => {
    const analyzer = createBuiltinAnalyzer();
    const linked = (text: string) =>
      analyzer
        .analyze(text, '2024-05-01')
        .annotations.filter((a) => a.label === 'ORG')
        .map((a) => [a.text, a.kbId, a.correction?.replacement ?? null]);
    assert.deepEqual(linked('Procter and Gamble said profits rose.').map((x) => x[0]), ['Procter and Gamble']);
    const places = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.label === 'GPE' || a.label === 'LOC').map((a) => [a.text, a.canonical]);
    assert.deepEqual(places('Climbers on Mt. Fuji were rescued.'), [['Mt. Fuji', 'Mount Fuji']]);
    // Never as another entity is named: St. John's (Canada) is no Saint John's (Antigua).
    assert.deepEqual(places("Officials in St. John's said so."), [["St. John's", "St. John's"]]);
    assert.deepEqual(linked('The Japan Self-Defence Forces drilled off Okinawa.'), [['Japan Self-Defence Forces', 'org:japan-self-defense-forces', null]]);
    assert.deepEqual(linked('The Australian Labour Party won in Canberra.').map((x) => x[0]), ['Australian Labour Party']);
    assert.notEqual(linked('The Australian Labour Party won in Canberra.')[0][1], linked('The Labour Party won in London.')[0][1]);
  });
});
