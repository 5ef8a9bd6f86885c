import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Translations drop middle names and keep the first: "Recep Erdogan" for Recep Tayyip Erdoğan,
// whom the KB also knows as "Erdogan". The given name was left to other detectors: after a
// title the office-holder pass took it alone, elsewhere it was a guess or nothing.
describe('a person\'s short name with their own given name before it', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const people = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.label === 'PERSON').map((a) => [a.text, a.canonical]);

  it('is one mention of that person', () => {
    assert.deepEqual(people('President Recep Erdogan spoke in Ankara.'), [['Recep Erdogan', 'Recep Tayyip Erdoğan']]);
    assert.deepEqual(people('President Luiz Lula spoke in Brasilia.'), [['Luiz Lula', 'Luiz Inácio Lula da Silva']]);
  });

  it('takes the given name from what it was alone ("George" the town, "Bashir" Omar al-Bashir)', () => {
    assert.deepEqual(people('Officials said George Bush arrived on Monday.'), [['George Bush', 'George W. Bush']]);
    assert.deepEqual(people('Officials said Bashir Magashi arrived on Monday.'), [['Bashir Magashi', 'Bashir Salihi Magashi']]);
  });

  it('another given name before the surname is someone else', () => {
    assert.deepEqual(people('Ivanka Trump said so.'), [['Ivanka Trump', 'Ivanka Trump']]);
  });

  // The KB's people with three words or more and a one-word alias, each named by the first word
  // and the alias: 9 of 127 linked whole before, 122 then 124 (the given name taken from another mention).
  it('links most of the KB\'s such people whole (127 generated sentences)', () => {
    let total = 0;
    let whole = 0;
    for (const e of builtinKb().entities) {
      const words = e.name.split(' ');
      if (e.type !== 'PERSON' || words.length < 3 || !/^[A-Z][a-z]+$/.test(words[0])) continue;
      const alias = (e.aliases ?? []).find((a) => !a.includes(' ') && a !== words[0] && /^[A-Z]/.test(a));
      if (!alias) continue;
      total++;
      const span = `${words[0]} ${alias}`;
      const hit = analyzer.analyze(`Officials said ${span} arrived on Monday for the talks.`, '2024-05-01').annotations.find((a) => a.text === span);
      if (hit?.kbId === e.id && !hit.correction) whole++;
    }
    assert.ok(total >= 100 && whole / total >= 0.9, `${whole} of ${total}`);
  });
});

// 国大党 "Indian National Congress Party": the first words of the name before a short name of the
// body ("Congress Party") were a guessed person ("Indian National"); the noun for what the body is,
// after its name ("Hamas Movement", 哈马斯运动), was left out of it.
describe('a body named by a short name with the first words of its name before it, or its kind after it', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const bodies = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.label !== 'DATE' && a.label !== 'GPE').map((a) => [a.text, a.label, a.canonical]);

  it('is one mention of the body', () => {
    assert.deepEqual(bodies('The Indian National Congress Party won the vote.'), [['Indian National Congress Party', 'ORG', 'Indian National Congress']]);
    assert.deepEqual(bodies('Fighters of the Hamas Movement left the city.'), [['Hamas Movement', 'ORG', 'Hamas']]);
  });

  it('a word the body\'s name does not have stays outside it', () => {
    assert.deepEqual(bodies('Officials of the Chinese Foreign Ministry said so.').map((b) => b[0]), ['Chinese Foreign Ministry']);
    assert.deepEqual(bodies('The Congress Party won the vote.'), [['Congress Party', 'ORG', 'Indian National Congress']]);
  });
});
