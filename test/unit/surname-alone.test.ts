import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';
import { inventedKb } from './invented-kb';

// Invented people: two footballers and an economist of one country, a footballer of another.
const kb: CompiledKb = inventedKb([
  { id: 'city:vesk', type: 'GPE', name: 'Vesk', description: 'Invented city', country: 'country:AA' },
  { id: 'person:oren-talvik', type: 'PERSON', name: 'Oren Talvik', description: 'Aldorian footballer', country: 'country:AA', roles: ['footballer'] },
  { id: 'person:lio-brandovic', type: 'PERSON', name: 'Lio Brandovic', description: 'Aldorian footballer', country: 'country:AA', roles: ['footballer'] },
  { id: 'person:ama-quorell', type: 'PERSON', name: 'Ama Quorell', description: 'Aldorian economist', country: 'country:AA', roles: ['economist'] },
  { id: 'person:ruk-quorell', type: 'PERSON', name: 'Ruk Quorell', description: 'Belmoran footballer', country: 'country:BB', roles: ['footballer'] },
]);
const analyzer = new Analyzer(kb);
const people = (text: string) => analyzer.analyze(text, '2020-01-08').annotations.filter((a) => a.label === 'PERSON').map((a) => `${a.text}|${a.canonical ?? ''}`);

describe('a person named by the family name alone', () => {
  it('is the one KB person of the article\'s country in the same line of news as the people it names', () => {
    assert.deepEqual(people('Aldoria won in Vesk. Oren Talvik and Brandovic scored for Aldoria.'), ['Oren Talvik|Oren Talvik', 'Brandovic|Lio Brandovic']);
  });

  it('links nobody when the only namesake is in another line of news, or of a country the article is not about', () => {
    const found = people('Aldoria won in Vesk. Oren Talvik scored and Quorell cheered for Aldoria.');
    assert.ok(!found.some((p) => p.endsWith('Quorell')) && found.includes('Oren Talvik|Oren Talvik'), found.join('; '));
    assert.deepEqual(people('Aldoria won in Vesk. Oren Talvik scored for Aldoria.').length, 1);
  });

  it('leaves a word of a longer name alone ("Kai Brandovic" is someone else)', () => {
    assert.deepEqual(people('Aldoria won in Vesk. Oren Talvik and Kai Brandovic scored for Aldoria.'), ['Oren Talvik|Oren Talvik', 'Kai Brandovic|']);
  });
});

describe('a family name written first, the given name after it garbled', () => {
  const east: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:JP', type: 'GPE', name: 'Japan', demonyms: ['Japanese'], description: 'Country' },
      { id: 'person:haruto-sakuragawa', type: 'PERSON', name: 'Haruto Sakuragawa', aliases: ['Sakuragawa'], description: 'Invented Japanese minister', country: 'country:JP', roles: ['minister'] },
    ],
  };
  const a = new Analyzer(east);
  const seen = (text: string) => a.analyze(text, '2020-01-08').annotations.filter((x) => x.label === 'PERSON').map((x) => `${x.text}|${x.canonical}|${x.correction?.replacement ?? ''}`);

  it('is taken in with the family name and fixed, in the article\'s order', () => {
    assert.deepEqual(seen('Japanese minister Sakuragawa Harudo spoke in Japan.'), ['Sakuragawa Harudo|Haruto Sakuragawa|Sakuragawa Haruto']);
    assert.deepEqual(seen('Japanese minister Sakuragawa Haruto spoke in Japan.'), ['Sakuragawa Haruto|Haruto Sakuragawa|']);
  });

  it('leaves a word that is not alike alone', () => {
    assert.deepEqual(seen('Japanese minister Sakuragawa Mitsubo spoke in Japan.')[0], 'Sakuragawa|Haruto Sakuragawa|');
  });
});
