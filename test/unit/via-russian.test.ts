import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';
import { latinSpellings, palladius, polivanov } from '../../src/core/names/russian-systems';

describe('the Russian systems for Chinese and Japanese names', () => {
  it('writes pinyin syllables by the Palladius system', () => {
    const word = (syllables: string) => syllables.split(' ').map(palladius).join('');
    assert.equal(word('zhou'), 'чжоу');
    assert.equal(word('ming hui'), 'минхуэй');
    assert.equal(word('xue qin'), 'сюэцинь');
    assert.equal(word('yong'), 'юн');
    assert.equal(word('si'), 'сы');
    assert.equal(palladius('xyz'), undefined);
  });

  it('writes Hepburn romaji by the Polivanov system', () => {
    assert.equal(polivanov('Sakuragawa'), 'сакурагава');
    assert.equal(polivanov('Shunsuke'), 'сюнсукэ');
    assert.equal(polivanov('Chiharu'), 'тихару');
    assert.equal(polivanov('Junji'), 'дзюндзи');
    assert.equal(polivanov('Daiki'), 'дайки');
    assert.equal(polivanov('Hattori'), 'хаттори');
    assert.equal(polivanov('Smith'), undefined);
  });

  it('reads Cyrillic back in Latin letters as translations do, the BGN/PCGN spelling first', () => {
    assert.deepEqual(latinSpellings('чжоу'), ['chzhou']);
    assert.deepEqual(latinSpellings('хару'), ['kharu', 'haru']);
    assert.deepEqual(latinSpellings('цзэ'), ['tsze', 'cze']);
  });
});

describe('a Chinese or Japanese name that came through Russian', () => {
  const kb: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:CN', type: 'GPE', name: 'China', demonyms: ['Chinese'], description: 'Country' },
      { id: 'country:JP', type: 'GPE', name: 'Japan', demonyms: ['Japanese'], description: 'Country' },
      // Invented people.
      { id: 'person:zhou-minghui', type: 'PERSON', name: 'Zhou Minghui', names: { zh: ['周明辉'] }, pinyin: ['zhou ming hui'], description: 'Invented Chinese minister', country: 'country:CN', roles: ['minister'] },
      { id: 'person:lin-yong', type: 'PERSON', name: 'Lin Yong', names: { zh: ['林勇'] }, pinyin: ['lin yong'], description: 'Invented Chinese official', country: 'country:CN' },
      { id: 'person:haruto-sakuragawa', type: 'PERSON', name: 'Haruto Sakuragawa', names: { ja: ['桜川春斗'] }, description: 'Invented Japanese minister', country: 'country:JP', roles: ['minister'] },
    ],
  };
  const analyzer = new Analyzer(kb);
  const fixes = (text: string) =>
    analyzer
      .analyze(text, '2024-06-12')
      .annotations.filter((a) => a.correction)
      .map((a) => `${a.text} -> ${a.correction!.replacement} (${a.canonical})`);

  it('fixes a Chinese name written by the Palladius system and read back, with the system in the reason', () => {
    assert.deepEqual(fixes('Chinese minister Chzhou Minkhuey arrived in Moscow.'), ['Chzhou Minkhuey -> Zhou Minghui (Zhou Minghui)']);
    const reason = analyzer.analyze('Chzhou Minkhuey arrived.', '2024-06-12').annotations.find((a) => a.correction)?.correction?.reason;
    assert.match(reason!, /is 周明辉 as Russian writes it \(Чжоу Минхуэй, the Palladius system\), read back from Cyrillic/);
  });

  it('fixes a Japanese name written by the Polivanov system, one word or both, in the text\'s order', () => {
    assert.deepEqual(fixes('Japanese minister Haruto Sakuragava spoke.'), ['Haruto Sakuragava -> Haruto Sakuragawa (Haruto Sakuragawa)']);
    assert.deepEqual(fixes('Japanese minister Sakuragava Kharuto spoke.'), ['Sakuragava Kharuto -> Sakuragawa Haruto (Haruto Sakuragawa)']);
  });

  it('never takes a spelling that is correct pinyin of another name ("Yun", which is also how Russian writes yong)', () => {
    assert.deepEqual(fixes('Chinese official Lin Yun spoke in Beijing.'), []);
  });

  it('leaves a name alone whose other word is neither', () => {
    assert.deepEqual(fixes('Japanese minister Kenji Sakuragava spoke.'), []);
  });
});
