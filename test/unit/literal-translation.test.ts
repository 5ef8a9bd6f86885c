import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CompiledKb } from '../../src/core/kb/model';
import { KbIndex } from '../../src/core/kb/index';
import { compileLiteralPatterns, participleOf, segmentName, type StoredLiterals } from '../../src/core/kb/literal-patterns';
import { LiteralIndex, findLiteralTranslations, stem } from '../../src/core/names/literal-translation';
import type { NameCandidate } from '../../src/core/names/candidates';
import { readingCandidates, spanWord, SyllableIndex } from '../../src/core/names/syllable-readings';
import { tokenize } from '../../src/core/text/tokens';
import { createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { cleanGlosses, deriveGlosses, loadCedict } from '../../scripts/import-cedict.mjs';

/**
 * Invented entities (their English names are made up, so that a literal rendering of the zh name
 * is never the entity's own name by chance), glossed with the real dictionary as the build does.
 */
const kb: CompiledKb = {
  version: 1,
  abbreviations: [],
  entities: [
    { id: 'country:FR', type: 'GPE', name: 'France', demonyms: ['French'], names: { zh: ['法国'] }, description: 'Country in Europe' },
    { id: 'city:oslo', type: 'GPE', name: 'Oslo', country: 'country:NO', names: { zh: ['奥斯陆'] }, description: 'Capital of Norway' },
    { id: 'country:NO', type: 'GPE', name: 'Norway', demonyms: ['Norwegian'], names: { zh: ['挪威'] }, description: 'Country in Europe' },
    { id: 'org:verde-futuro', type: 'ORG', name: 'Verde Futuro', aliases: ['VF'], names: { zh: ['绿色未来党'] }, description: 'Invented party' },
    { id: 'media:porto-sera', type: 'MEDIA', name: 'Porto Sera', names: { zh: ['海港晚报'] }, description: 'Invented evening paper' },
    { id: 'org:rail-fr', type: 'ORG', name: 'Ferrovie Galliche', country: 'country:FR', names: { zh: ['法国铁路公司'] }, description: 'Invented rail company' },
    { id: 'org:institut-marin', type: 'ORG', name: 'Institut Marin', names: { zh: ['国家海洋环境研究中心'] }, description: 'Invented research centre' },
    { id: 'org:ocean-alliance', type: 'ORG', name: 'Ocean Alliance', names: { zh: ['海洋联盟'] }, description: 'Invented alliance whose English name is its literal rendering' },
    { id: 'media:oslo-posten', type: 'MEDIA', name: 'Osloposten', country: 'country:NO', names: { zh: ['奥斯陆新闻'] }, description: 'Invented Oslo paper' },
    { id: 'media:norsk-nytt', type: 'MEDIA', name: 'Norsk Nytt', country: 'country:NO', names: { zh: ['挪威新闻'] }, description: 'Invented Norwegian paper' },
    { id: 'media:fbr', type: 'MEDIA', name: 'FBR', aliases: ['France Broadcasting Corporation'], country: 'country:FR', names: { zh: ['法国放送协会'] }, description: 'Invented broadcaster known by its initials' },
    { id: 'media:oslo-finans', type: 'MEDIA', name: 'Finansbladet', country: 'country:NO', names: { zh: ['奥斯陆金融日报'] }, description: 'Invented financial daily' },
    { id: 'org:varnley', type: 'ORG', name: 'Varnley Holdings', names: { zh: ['瓦恩利'] }, pinyin: ['wa en li'], description: 'Invented company named by a transcription' },
    { id: 'country:SV', type: 'GPE', name: 'South Varnia', demonyms: ['South Varnian'], names: { zh: ['南瓦尼亚'] }, description: 'Invented country' },
    { id: 'media:varnia-herald', type: 'MEDIA', name: 'Varnian Herald', country: 'country:SV', names: { zh: ['南瓦尼亚奥斯陆新闻'] }, description: 'Invented paper named after two places' },
    { id: 'person:bai-xue', type: 'PERSON', name: 'Bai Xue', names: { zh: ['白雪松'] }, pinyin: ['bai xue song'], description: 'Invented person' },
    { id: 'org:varnia-weather', type: 'ORG', name: 'Vaervarsel', country: 'country:SV', names: { zh: ['气象厅'] }, description: "Invented weather office, its zh name without its country's" },
    { id: 'org:varnley-university', type: 'ORG', name: 'Varnley University', country: 'country:NO', names: { zh: ['瓦恩利大学'] }, pinyin: ['wa en li da xue'], description: 'Invented university named by a transcription' },
    { id: 'org:varnley-rovers', type: 'ORG', name: 'Varnley Rovers', names: { zh: ['瓦恩利姆'] }, pinyin: ['wa en li mu'], description: 'Invented club, its zh name a transcription to the last character' },
    { id: 'media:oslo-kveld', type: 'MEDIA', name: 'Kveldsposten', country: 'country:NO', names: { zh: ['奥斯陆晚报'] }, pinyin: ['ao si lu wan bao'], description: 'Invented Oslo evening paper' },
  ],
};

let defs: Map<string, string[]>;
let stored: StoredLiterals;
let index: LiteralIndex;
let kbIndex: KbIndex;

function find(text: string): NameCandidate[] {
  return findLiteralTranslations(text, tokenize(text), index, kbIndex);
}
const spans = (text: string, found: NameCandidate[]) => found.map((c) => `${text.slice(c.start, c.end)} -> ${c.replacement}`);

describe('literal translations of zh names', function () {
  this.timeout(60_000);

  before(() => {
    defs = loadCedict().defs;
    const glosses = deriveGlosses(kb.entities, defs);
    stored = compileLiteralPatterns(kb, glosses).stored;
    kbIndex = new KbIndex(kb);
    index = new LiteralIndex(stored, kbIndex);
  });

  it('marks zh names that are transcriptions, and the readings read them back', () => {
    const glosses = deriveGlosses(kb.entities, defs);
    const { transcribed } = compileLiteralPatterns(kb, glosses);
    assert.ok(transcribed.has('瓦恩利'));
    assert.ok(!transcribed.has('绿色未来党') && !transcribed.has('海港晚报'));
    const readings = new SyllableIndex(kbIndex, undefined, undefined, transcribed);
    const found = readingCandidates(readings, [spanWord('waenli')], 0, 6, 0.8).map((c) => [c.entity.name, c.similarity]);
    assert.deepEqual(found, [['Varnley Holdings', 1]]);
    assert.deepEqual(readingCandidates(new SyllableIndex(kbIndex), [spanWord('waenli')], 0, 6, 0.8), [], 'an organisation is read only when its name is a transcription');
    // A club is read always: its name is its city's, which the dictionary segments as a place.
    const club = { ...kb.entities.find((e) => e.id === 'org:varnley')!, id: 'org:varnley-fc', name: 'Varnley F.C.', description: 'Invented football club' };
    const clubs = new SyllableIndex(new KbIndex({ ...kb, entities: [club] }));
    assert.deepEqual(readingCandidates(clubs, [spanWord('waenli')], 0, 6, 0.8).map((c) => c.entity.name), ['Varnley F.C.']);
  });

  describe('dictionary data', () => {
    it('cleans glosses: no classifier notes, parentheticals or "to" of verbs', () => {
      const cleaned = cleanGlosses(defs.get('协会')!).map((g) => g.gloss);
      assert.ok(cleaned.length > 0);
      for (const g of cleaned) assert.ok(!/CL:|\(|\)|\[|^to /.test(g), g);
      const verbs = cleanGlosses(defs.get('研究')!).map((g) => g.gloss);
      assert.ok(verbs.every((g) => !g.startsWith('to ')));
    });

    it('segments by forward maximum matching, the whole name excluded, one character as fallback', () => {
      const isWord = (w: string) => defs.has(w);
      assert.deepEqual(segmentName('绿色未来党', isWord, 8), ['绿色', '未来', '党']);
      // 研究中心 is one dictionary word: longest match first.
      assert.deepEqual(segmentName('国家海洋环境研究中心', isWord, 8), ['国家', '海洋', '环境', '研究中心']);
      // A name that is a dictionary word itself is split into its parts.
      assert.ok(defs.has('研究中心'));
      assert.deepEqual(segmentName('研究中心', isWord, 8), ['研究', '中心']);
    });

    it('keeps the committed subset small and clean', () => {
      const file = JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/cedict/glosses.json'), 'utf8'));
      assert.match(file.source, /CC-CEDICT \d{4}-\d{2}-\d{2}/);
      for (const [word, list] of Object.entries(file.words as Record<string, string[]>)) {
        assert.ok(list.length <= 6, word);
        for (const g of list) assert.ok(!/[()[\]]|CL:/.test(g) && g.split(' ').length <= 3, `${word}: ${g}`);
      }
      assert.ok(fs.existsSync(path.join(__dirname, '../../data/cedict/LICENSE.md')));
    });

    it('makes patterns only for organisations, outlets, events and places with two or more rendered segments', () => {
      const entities = new Set<string>();
      const P = stored.patterns;
      for (let i = 0; i < P.length; i += 3 + P[i + 2]) entities.add(kb.entities[P[i]].id);
      assert.ok(entities.has('org:verde-futuro'));
      assert.ok(entities.has('org:institut-marin'));
      assert.ok(!entities.has('person:bai-xue'));
      assert.ok(!entities.has('country:FR'));
    });
  });

  describe('matching', () => {
    it('finds a party name rendered word by word', () => {
      const text = 'Leaders of the Green Future Party met in the capital on Monday.';
      const found = find(text);
      assert.deepEqual(spans(text, found), ['Green Future Party -> Verde Futuro']);
      const [c] = found;
      assert.equal(c.similarity, 1);
      assert.equal(c.kind, 'mistranslation');
      assert.equal(c.generator, 'literal');
      assert.equal(c.part, 'full');
      assert.equal(c.entity.id, 'org:verde-futuro');
      assert.match(c.evidence, /^translates 绿色未来党 word by word \(绿色 green, 未来 future, 党 party\)$/);
      assert.ok(!c.needsCue);
    });

    it('suggests the name the workspace KB gives an entity it replaces (#20)', () => {
      // The workspace KB renames the party (same id): the fix offers the new name, not the shipped one.
      const ws = new KbIndex(kb);
      ws.add({ id: 'org:verde-futuro', type: 'ORG', name: 'Verde Futuro Unito', names: { zh: ['绿色未来党'] }, description: 'Invented party, renamed' });
      const text = 'Leaders of the Green Future Party met in the capital on Monday.';
      const found = findLiteralTranslations(text, tokenize(text), new LiteralIndex(stored, ws), ws);
      assert.deepEqual(spans(text, found), ['Green Future Party -> Verde Futuro Unito']);
    });

    it('writes the name spelt out for a rendering spelt out (the alias sharing its words), not the initials', () => {
      const text = 'The France Broadcast Association reported the result on Monday.';
      assert.deepEqual(spans(text, find(text)), ['France Broadcast Association -> France Broadcasting Corporation']);
    });

    it('takes an outlet named without its head word only where something is reported in it', () => {
      const framed = 'According to the “Oslo Finance” report, the bank will cut rates.';
      const found = find(framed);
      assert.deepEqual(spans(framed, found), ['Oslo Finance -> Finansbladet']);
      assert.match(found[0].evidence, /日报 \(not rendered\).*without its last word/);
      assert.deepEqual(find('Oslo Finance ministers met the bank.'), []);
    });

    it('takes an outlet of only places and generic words without its head word only as a quoted title in a reporting frame', () => {
      const quotedTitle = 'According to the “South Varnia Oslo” report, exports fell.';
      assert.deepEqual(spans(quotedTitle, find(quotedTitle)), ['South Varnia Oslo -> Varnian Herald']);
      assert.deepEqual(find('According to the South Varnia Oslo report, exports fell.'), []);
    });

    it('reads a place whose name starts with a compass word without it too ("Varnia" for South Varnia)', () => {
      const text = 'According to the “Varnia Oslo” report, exports fell.';
      assert.deepEqual(spans(text, find(text)), ['Varnia Oslo -> Varnian Herald']);
    });

    it('needs no other cue for an outlet rendered in lower case when it reports something', () => {
      const [c] = find('The talks failed, Oslo finance daily said on Monday.');
      assert.equal(c?.entity.id, 'media:oslo-finans');
      assert.ok(!c.needsCue);
      assert.ok(find('Oslo finance daily prices rose.')[0]?.needsCue);
    });

    it('matches any gloss of a segment, two-word glosses and plurals, case-insensitively', () => {
      const text = 'The Seaport Evening Newspaper said so. Its rival, the Harbors Evening News, agreed.';
      assert.deepEqual(spans(text, find(text)), ['Seaport Evening Newspaper -> Porto Sera', 'Harbors Evening News -> Porto Sera']);
    });

    it('reads a country segment as its name or its demonym', () => {
      const text = 'Passengers of the French Railway Company and of the France Railroad Corporation waited.';
      const found = find(text).filter((c) => c.entity.id === 'org:rail-fr');
      assert.deepEqual(spans(text, found), ['French Railway Company -> Ferrovie Galliche', 'France Railroad Corporation -> Ferrovie Galliche']);
    });

    it('allows one missing non-head segment, with a lower similarity', () => {
      const text = 'Scientists at the Ocean Environment Research Center disagreed with the National Ocean Research Center.';
      const found = find(text).filter((c) => c.entity.id === 'org:institut-marin');
      assert.deepEqual(spans(text, found), ['Ocean Environment Research Center -> Institut Marin', 'National Ocean Research Center -> Institut Marin']);
      for (const c of found) assert.equal(c.similarity, 0.75);
      assert.match(found[0].evidence, /国家 \(not rendered\)/);
      assert.match(found[1].evidence, /环境 \(not rendered\)/);
      // Of a name of three segments, two are not enough ("Green Party").
      assert.deepEqual(find('The Green Party and the Future Party met.'), []);
      const full = 'Scientists at the National Ocean Environment Research Center disagreed.';
      assert.equal(find(full).find((c) => c.entity.id === 'org:institut-marin')?.similarity, 1);
    });

    it('reads the English order "Y of X"', () => {
      const text = 'A report by the Research Center of the National Ocean Environment appeared.';
      const found = find(text).filter((c) => c.entity.id === 'org:institut-marin');
      assert.deepEqual(spans(text, found), ['Research Center of the National Ocean Environment -> Institut Marin']);
      assert.ok(found[0].similarity < 1);
    });

    it('reads the English order in lower case, "of" one or two words after the head\'s first word', () => {
      // "of" two words on (a head of two words, "research center of"): the seed-21 mutation sample
      // looked two words back instead and no test saw it (issue 20).
      const text = 'A report by the research center of the national ocean environment appeared.';
      const found = find(text).filter((c) => c.entity.id === 'org:institut-marin');
      assert.deepEqual(spans(text, found), ['research center of the national ocean environment -> Institut Marin']);
      assert.ok(found[0].needsCue, 'lower-case words ask for a cue');
    });

    it('asks for a cue when only a place and generic words matched; a reporting frame is one', () => {
      const text = 'Oslo News covered the talks, which failed.';
      const found = find(text);
      assert.deepEqual(spans(text, found), ['Oslo News -> Osloposten']);
      assert.equal(found[0].needsCue, true);
      const framed = find('According to Oslo News, the talks failed.');
      assert.equal(framed[0]?.entity.id, 'media:oslo-posten');
      assert.ok(!framed[0].needsCue);
    });
  });

  describe('a name without its country', () => {
    it("asks for a cue: a body's name without its country is any country's", () => {
      const text = 'The Bureau of Meteorology issued a warning.';
      const found = find(text);
      assert.deepEqual(spans(text, found), ['Bureau of Meteorology -> Vaervarsel']);
      assert.equal(found[0].needsCue, true);
    });
  });

  it('reads a transcription or a foreign place in its name in pinyin, the rest translated ("Aohusi University")', () => {
    assert.deepEqual(spans('Students of Waenli University protested.', find('Students of Waenli University protested.')), ['Waenli University -> Varnley University']);
    const paper = 'According to the Aosilu Evening News, the port closed.';
    assert.deepEqual(spans(paper, find(paper)), ['Aosilu Evening News -> Kveldsposten']);
    assert.match(find(paper)[0].evidence, /奥斯陆 Aosilu, read in pinyin/);
    // The reading is a name's word: capitalised only.
    assert.deepEqual(find('Students of waenli University protested.'), []);
    // A transcription to its last character has no head to translate: read whole, no pattern.
    const { stored: built } = compileLiteralPatterns(kb, deriveGlosses(kb.entities, defs));
    const rovers = kb.entities.findIndex((e) => e.id === 'org:varnley-rovers');
    let patterns = 0;
    for (let i = 0; i < built.patterns.length; i += 3 + built.patterns[i + 2]) if (built.patterns[i] === rovers) patterns++;
    assert.equal(patterns, 0);
  });

  describe('not a literal translation', () => {
    it('leaves the entity\'s own English name alone, also when it is the literal rendering', () => {
      for (const text of ['Verde Futuro won the vote.', 'The Ocean Alliance met in Brest.', 'Porto Sera reported it first.']) assert.deepEqual(find(text), [], text);
      // Another rendering of the same zh name is flagged.
      const text = 'The Ocean Union met in Brest.';
      assert.deepEqual(spans(text, find(text)), ['Ocean Union -> Ocean Alliance']);
    });

    it('ignores ordinary phrases', () => {
      for (const text of [
        'The green future of the party is uncertain.',
        'Green Future. Party members left early.',
        'The Future Green Party is a different thing.',
        'Green Party leaders spoke about the future.',
        'The research center near the ocean closed.',
        'Ocean Research Center staff left.',
        'News from Oslo arrived late.',
      ]) assert.deepEqual(spans(text, find(text)), [], text);
    });

    it('does not translate people\'s names', () => {
      const text = 'White Snow Pine sang last night.';
      assert.deepEqual(find(text), []);
    });

    it('stems plurals, possessives and "-al" adjectives only', () => {
      assert.equal(stem('nationals'), 'nation');
      assert.equal(stem('national'), stem('nation'));
      assert.equal(stem("party's"), 'party');
      assert.equal(stem('parties'), 'party');
      assert.equal(stem('harbors'), 'harbor');
      assert.equal(stem('news'), 'new');
      assert.equal(stem('congress'), 'congress');
    });
  });
});

// A paper named in a report is that paper only where its name is no ordinary outlet name: many are
// a "Morning News" (晨报, Turkey's Sabah) or an "Evening Post" (晚邮报, Corriere della Sera), few a
// "Peninsula TV" (半岛电视台, Al Jazeera). Which words are ordinary comes from the KB's outlets.
describe('literal translations of outlets, with the built-in KB', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const fixes = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.filter((a) => a.correction).map((a) => [a.text, a.correction!.replacement]);

  it('a transcription read in pinyin, the rest translated, is fixed, never taken for a paraphrase that starts alike', () => {
    // 莫纳什 read "Monashi" begins like "Monash": a reading, not the English name said otherwise.
    assert.deepEqual(fixes('Researchers at Monashi University said on Tuesday that the results were clear.'), [['Monashi University', 'Monash University']]);
    // A Japanese or Korean company's own characters read in pinyin, whatever they mean in Chinese
    // (现代 "modern" is Hyundai's); a possessive before it ends the country's name.
    assert.deepEqual(fixes('Xiandai Motor recalled 10,000 cars in South Korea on Tuesday.'), [['Xiandai Motor', 'Hyundai Motor Company']]);
    assert.deepEqual(fixes("Japan's Fengtian Motor said on Tuesday that sales rose."), [['Fengtian Motor', 'Toyota Motor']]);
    // 时报: the dictionary quotes its "Times"; 科威特 Kuwait read in pinyin.
    assert.deepEqual(fixes('The Keweite Times reported on Tuesday that the emir had left.'), [['Keweite Times', 'Kuwait Times']]);
  });

  it('an ordinary outlet name reported in is the KB\'s outlet only where the article is about its country', () => {
    assert.deepEqual(fixes('In Kenya, the Morning News said on Monday that it would review the plan.'), []);
    assert.deepEqual(fixes('The Evening Post said on Monday that the plan would be reviewed.'), []);
    assert.deepEqual(fixes('In Ankara, the Morning News said on Monday that the Turkish government would review the plan.'), [['Morning News', 'Sabah']]);
  });

  it('a distinctive one is the outlet wherever it is reported in', () => {
    assert.deepEqual(fixes('In Nairobi, officials told Peninsula TV on Monday that the plan would be reviewed.'), [['Peninsula TV', 'Al Jazeera']]);
  });

  // 俄罗斯报 (Rossiyskaya Gazeta) reads "Russian newspaper" word by word, and so does English
  // describing any paper of Russia.
  it('a place and a noun for a kind of outlet in lower case describe an outlet; they are no name', () => {
    assert.deepEqual(fixes('The Russian newspaper reported the strike in Moscow.'), []);
    assert.deepEqual(fixes('Russian newspaper Moscow Komsomolets reported the strike.'), []);
    // Capitalised, they may be its name (a lower-case word that is no such noun still renders
    // one: the seed's test in names.test.ts).
    assert.deepEqual(fixes('Russian Newspaper reported the strike in Moscow.'), [['Russian Newspaper', 'Rossiyskaya Gazeta']]);
  });
});

// "National Security Bureau (Taiwan)": the KB writes the brackets to tell namesakes apart, news
// writes the name without them. It is Taiwan's bureau where the article is about Taiwan, and in
// any article a real English name, no word-by-word rendering of another body's (国家安全局, the
// US National Security Agency).
describe('a body\'s name without the KB\'s brackets, with the built-in KB', function () {
  this.timeout(60_000);
  const analyzer = createBuiltinAnalyzer();
  const bureau = (text: string) => analyzer.analyze(text, '2024-05-01').annotations.find((a) => a.text === 'National Security Bureau');

  it('is the body where the article is about its country', () => {
    assert.equal(bureau("Taiwan's National Security Bureau said on Monday that the drills had ended.")?.canonical, 'National Security Bureau (Taiwan)');
  });

  it('is never rendered as another body\'s name elsewhere', () => {
    const elsewhere = bureau('In Kenya, the National Security Bureau said on Monday that the drills had ended.');
    assert.equal(elsewhere?.correction, undefined);
    assert.equal(elsewhere?.canonical, undefined);
  });
});

describe('literal translations: a verb read as its participle, the country before the name', function () {
  this.timeout(60_000);
  // Invented: an outlet whose zh name says "unite(d) news agency", without its country's name.
  const wireKb: CompiledKb = {
    version: 1,
    abbreviations: [],
    entities: [
      { id: 'country:SV', type: 'GPE', name: 'South Varnia', aliases: ['Varnia'], demonyms: ['South Varnian'], names: { zh: ['南瓦尼亚'] }, description: 'Invented country' },
      { id: 'media:varn-wire', type: 'MEDIA', name: 'Varnwire', country: 'country:SV', names: { zh: ['联合通讯社'] }, description: 'Invented news agency' },
    ],
  };
  let wire: LiteralIndex;
  let wireKbIndex: KbIndex;
  const findIn = (text: string) => findLiteralTranslations(text, tokenize(text), wire, wireKbIndex).map((c) => `${text.slice(c.start, c.end)} -> ${c.replacement}`);

  before(async () => {
    const english = new Set((await import('an-array-of-english-words/index.json', { with: { type: 'json' } })).default as string[]);
    const glosses = deriveGlosses(wireKb.entities, loadCedict().defs);
    wireKbIndex = new KbIndex(wireKb);
    wire = new LiteralIndex(compileLiteralPatterns(wireKb, glosses, (w) => english.has(w)).stored, wireKbIndex);
  });

  it('reads a verb gloss as the participle a name uses (联合 "unite": "United"), only where English has the word', () => {
    assert.equal(participleOf('unite'), 'united');
    assert.equal(participleOf('unify'), 'unified');
    assert.equal(participleOf('ban'), 'banned');
    assert.deepEqual(findIn('According to the United News Agency, Varnia voted.'), ['United News Agency -> Varnwire']);
  });

  it('takes the country right before the rendering into it, not a country with a possessive', () => {
    assert.deepEqual(findIn('According to South Varnia United News Agency, the vote was held.'), ['South Varnia United News Agency -> Varnwire']);
    assert.deepEqual(findIn("According to South Varnia's United News Agency, the vote was held."), ['United News Agency -> Varnwire']);
  });
});
