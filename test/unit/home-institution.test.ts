import assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyzer';
import type { CompiledKb } from '../../src/core/kb/model';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Invented countries and legislatures; their Chinese names share the head word 议院 ("chamber").
const kb: CompiledKb = {
  version: 1,
  abbreviations: [],
  entities: [
    { id: 'country:AA', type: 'GPE', name: 'Aldoria', demonyms: ['Aldorian'], names: { zh: ['阿尔多'] }, description: 'Invented country' },
    { id: 'country:BB', type: 'GPE', name: 'Belmora', demonyms: ['Belmoran'], names: { zh: ['贝尔莫'] }, description: 'Invented country' },
    { id: 'person:ana-vel', type: 'PERSON', name: 'Ana Vel', description: 'Invented prime minister', country: 'country:BB' },
    { id: 'org:aldorian-senate', type: 'ORG', name: 'Aldorian Senate', aliases: ['Senate'], names: { zh: ['阿尔多议院'] }, description: 'Invented legislature', country: 'country:AA' },
    // Bodies of many countries are a "Senate" in English, as in the built-in KB.
    { id: 'country:CC', type: 'GPE', name: 'Corvania', demonyms: ['Corvanian'], names: { zh: ['科尔瓦'] }, description: 'Invented country' },
    { id: 'org:corvanian-senate', type: 'ORG', name: 'Senate of Corvania', aliases: ['Senate'], names: { zh: ['科尔瓦议院'] }, description: 'Invented legislature', country: 'country:CC' },
    { id: 'org:aldorian-council', type: 'ORG', name: 'National Council (Aldoria)', aliases: ['National Council'], names: { zh: ['阿尔多国务会'] }, description: 'Invented council', country: 'country:AA' },
    { id: 'org:belmoran-council', type: 'ORG', name: 'National Council of Belmora', names: { zh: ['贝尔莫国务会'] }, description: 'Invented council', country: 'country:BB' },
    { id: 'org:belmora-chamber', type: 'ORG', name: 'Chamber of Belmora', aliases: ['Belmoran Chamber'], names: { zh: ['贝尔莫议院'] }, description: 'Invented legislature', country: 'country:BB' },
    { id: 'org:aldorian-weather', type: 'ORG', name: 'Aldorian Weather Agency', aliases: ['Vantor House'], names: { zh: ['阿尔多气象局'] }, description: 'Invented agency', country: 'country:AA' },
    { id: 'org:belmoran-weather', type: 'ORG', name: 'Belmora Met Office', names: { zh: ['贝尔莫气象局'] }, description: 'Invented agency', country: 'country:BB' },
  ],
};
const analyzer = new Analyzer(kb);
const fixes = (text: string) =>
  analyzer.analyze(text, '2020-01-08').annotations.filter((a) => a.correction).map((a) => [a.text, a.canonical, a.correction!.replacement, a.correction!.confidence]);

describe("a country's institution named with another country's word for it", () => {
  it('is the article\'s country\'s own body when the other country is never named', () => {
    assert.deepEqual(fixes('Belmoran Prime Minister Ana Vel told the Senate on Monday that Belmora would act.'), [['Senate', 'Chamber of Belmora', 'Chamber', 0.65]]);
  });

  it('stays the other country\'s body when the article names that country', () => {
    assert.deepEqual(fixes('Ana Vel of Belmora said the Senate of Aldoria had voted.'), []);
    assert.deepEqual(fixes('Aldorian officials said the Senate met. Ana Vel of Belmora said so too.'), []);
  });

  it('relinks without a correction when the words name both bodies', () => {
    const [council] = analyzer.analyze('Ana Vel of Belmora addressed the National Council on Monday.', '2020-01-08').annotations.filter((a) => a.text === 'National Council');
    assert.equal(council.canonical, 'National Council of Belmora');
    assert.equal(council.correction, undefined);
  });

  it('is the body the text names when its name has its country in it, or is a name of its own', () => {
    // The generated corpus had 190 such "fixes" in 300 articles ("Portuguese Football Federation" to JFA).
    assert.deepEqual(fixes('Belmoran Prime Minister Ana Vel said on Monday that the Aldorian Weather Agency had warned Belmora.'), []);
    assert.deepEqual(fixes('Belmoran Prime Minister Ana Vel said on Monday that Vantor House had warned Belmora.'), []);
  });

  it('needs an article country: with none, the word keeps its KB link', () => {
    assert.deepEqual(fixes('The Senate met on Monday.'), []);
  });
});

describe("a party named by another country's party that shares its Chinese short form", () => {
  // 民主团结党 and 人民团结党 both shorten to 团结党 ("Unity Party"). Invented.
  const parties = (extra: CompiledKb['entities'] = []): Analyzer =>
    new Analyzer({
      ...kb,
      entities: [
        ...kb.entities,
        { id: 'org:aldoria-dup', type: 'ORG', name: 'Democratic Unity Party', aliases: ['DUP'], names: { zh: ['民主团结党'] }, description: 'Invented party', country: 'country:AA' },
        { id: 'org:belmora-pup', type: 'ORG', name: "People's Unity Party", contextAliases: ['PUP'], names: { zh: ['人民团结党'] }, description: 'Invented party', country: 'country:BB' },
        ...extra,
      ],
    });
  const partyFixes = (a: Analyzer, text: string) =>
    a.analyze(text, '2020-01-08').annotations.filter((x) => x.correction).map((x) => [x.text, x.canonical, x.correction!.replacement, x.correction!.confidence]);

  it('is the article\'s country\'s party, initials for initials, as a hint', () => {
    assert.deepEqual(partyFixes(parties(), 'Belmoran Prime Minister Ana Vel said the DUP had won the vote in Belmora.'), [['DUP', "People's Unity Party", 'PUP', 0.65]]);
  });

  it('stays the other party when the article names its country, or when two home parties share the short form', () => {
    assert.deepEqual(partyFixes(parties(), 'Ana Vel of Belmora said the DUP of Aldoria had won.'), []);
    const two = parties([{ id: 'org:belmora-nup', type: 'ORG', name: 'New Unity Party', names: { zh: ['全新团结党'] }, description: 'Invented party', country: 'country:BB' }]);
    assert.deepEqual(partyFixes(two, 'Belmoran Prime Minister Ana Vel said the DUP had won the vote in Belmora.'), []);
  });
});

// The KB's bodies named as the KB writes them, in 2,000 generated articles about other countries:
// 48 "fixed" to the article's country's body, some to a name cut wrong ("Ministry Health": the
// "of" of "Kingdom of Saudi Arabia" was taken for a word of the country).
describe("a body's own name, only one country's in the KB", function () {
  this.timeout(60_000);
  const builtin = createBuiltinAnalyzer();
  const fixed = (text: string) => builtin.analyze(text, '2024-05-01').annotations.filter((a) => a.correction).map((a) => [a.text, a.correction!.replacement]);

  it('is that body in an article about another country', () => {
    assert.deepEqual(fixed('Saudi officials in Riyadh said the Department of Health and Social Care had approved the vaccine.'), []);
    assert.deepEqual(fixed('Saudi officials in Riyadh said the Home Office had approved the plan.'), []);
    assert.deepEqual(fixed('Officials in Beijing said the Commonwealth Bank had raised its rates, China Daily reported.'), []);
  });
});
