import assert from 'node:assert/strict';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';

// Issue 17, item 10: the words around a known form change what it names. Sentences invented.
const analyzer = createBuiltinAnalyzer();
const found = (text: string) => analyzer.analyze(text, '2021-03-02').annotations.map((a) => `${a.text}|${a.label}|${a.kbId ?? ''}`);

describe('entities: a form inside a longer phrase', () => {
  it('a possessive that also begins a longer form ("Taiwan\'s armed forces") still names the place before other words', () => {
    assert.deepEqual(found("Taiwan's president spoke on Tuesday.").filter((a) => !a.includes('|DATE|')), ['Taiwan|GPE|country:TW']);
    assert.ok(found("Taiwan's armed forces held drills.").some((a) => a.startsWith("Taiwan's armed forces|ORG|")));
  });

  it('"the National Army" is not the outlet The National (an English-word name followed by a capitalised word)', () => {
    const all = found('Libya asked for help. Units of the National Army crossed the river in Libya on Tuesday.');
    assert.ok(!all.some((a) => a.includes('media:the-national')), all.join('; '));
    assert.ok(found('The National reported the vote on Tuesday.').some((a) => a.startsWith('The National|MEDIA|')));
  });

  it('a name of two words or more stays itself before a capitalised word ("the Financial Times Weekend edition")', () => {
    const all = found('Readers of the Financial Times Weekend edition were told on Tuesday.');
    assert.ok(all.some((a) => a.startsWith('Financial Times|MEDIA|')), all.join('; '));
    assert.ok(!all.some((a) => a.startsWith('Times|')), all.join('; '));
  });

  it('"the Minsk group" is a group named after the city, not the city', () => {
    const all = found('The Minsk group will meet again in spring, a diplomat said.');
    assert.ok(all.includes('Minsk group|ORG|'), all.join('; '));
    assert.ok(!all.some((a) => a.includes('city:minsk')), all.join('; '));
    assert.ok(found('The delegates flew to Minsk on Monday.').some((a) => a.startsWith('Minsk|GPE|city:minsk')));
  });

  it('"the Korean government" is a state\'s adjective (South Korea\'s), not the ethnic Koreans', () => {
    const all = found('The Korean government said the talks would resume.');
    assert.ok(all.includes('Korean|NORP|country:KR'), all.join('; '));
    assert.ok(!all.some((a) => a.includes('norp:ethnic-koreans')), all.join('; '));
  });

  it('a demonym opening a sentence before a title is a nationality, and makes its country the article\'s', () => {
    const all = found('Chinese President Shi Jinbing met the visiting delegation on Tuesday.');
    assert.ok(all.includes('Chinese|NORP|country:CN'), all.join('; '));
    assert.ok(all.includes('Shi Jinbing|PERSON|person:xi-jinping'), all.join('; '));
    // Before a lower-case word it is no evidence by itself; before its object it is a verb even
    // when the country is in the article.
    assert.ok(!found('Polish the silver before the guests arrive.').some((a) => a.startsWith('Polish|')));
    const both = found('Polish the silver. Polish President Andrzej Duda arrived.');
    assert.deepEqual(both.filter((a) => a.startsWith('Polish|')).length, 1, both.join('; '));
  });

  it('titles and headlines keep their names: "US President", a Title Case headline', () => {
    assert.ok(found('US President Biden spoke on Monday.').some((a) => a.startsWith('US|GPE|country:US')));
    assert.ok(found('Officials From Tripoli Meet Envoys\n\nThe meeting was short.').some((a) => a.startsWith('Tripoli|GPE|')));
  });
});

describe('a misrendering recorded in the workspace KB (issue 17, item 7)', () => {
  it('one garbled word recorded as a mistranslation is corrected in the next article, to the name as long as it', async () => {
    const { builtinKb } = await import('../../src/core/kb/builtin');
    const haftar = builtinKb().entities.find((e) => e.id === 'person:khalifa-haftar')!;
    const withGarble = createBuiltinAnalyzer([{ ...haftar, mistranslations: ['Qhaftarz'] }]);
    const a = withGarble.analyze('Forces loyal to Qhaftarz entered the town on Tuesday.', '2021-03-02').annotations.find((x) => x.text === 'Qhaftarz');
    assert.equal(a?.kbId, 'person:khalifa-haftar');
    assert.equal(a?.correction?.replacement, 'Haftar');
  });

  it('an English word recorded alone stays a word', async () => {
    const { builtinKb } = await import('../../src/core/kb/builtin');
    const haftar = builtinKb().entities.find((e) => e.id === 'person:khalifa-haftar')!;
    const withWord = createBuiltinAnalyzer([{ ...haftar, mistranslations: ['compass'] }]);
    const all = withWord.analyze('The compass pointed north on Tuesday.', '2021-03-02').annotations;
    assert.ok(!all.some((x) => x.kbId === 'person:khalifa-haftar'), JSON.stringify(all));
  });
});
