// Titles before a name: the KB's roles are titles ("singer", "health minister"), read longest
// first; the surname of a foreign name after a title that fits its bearer is that person. The
// quality floor is generated from the KB: people whose Chinese name is a transcription in parts
// (席琳·迪翁), their surname read back in pinyin ("Diweng") after their nationality and first role.
import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { KbIndex } from '../../src/core/kb/index';
import type { CompiledKb, KbEntity } from '../../src/core/kb/model';
import { titleBeforeToken } from '../../src/core/names/titles';
import { tokenize } from '../../src/core/text/tokens';

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Countries whose people's names are written in characters (their readings are tested elsewhere). */
const HAN_NAMES = new Set(['CN', 'TW', 'HK', 'MO', 'SG', 'JP', 'KR', 'KP', 'VN', 'MY'].map((c) => `country:${c}`));

/** The syllables of the last part of a transcribed name (席琳·迪翁: di weng), two at least. */
function foreignSurname(e: KbEntity): string[] | undefined {
  const zh = e.names?.zh?.[0];
  const syllables = e.pinyin?.[0]?.split(' ');
  if (!zh?.includes('·') || !syllables) return undefined;
  const last = syllables.slice(syllables.length - [...zh.split('·').pop()!].length);
  return last.length >= 2 ? last : undefined;
}

let kbById: Map<string, KbEntity> | undefined;
const demonymOf = (e: KbEntity): string => (kbById ??= new Map(builtinKb().entities.map((x) => [x.id, x]))).get(e.country!)?.demonyms?.[0] ?? '';

/**
 * KB people with roles whose surname `surnameOf` gives (pinyin syllables), the surname written
 * in one word after `titleOf`: how many are fixed to themselves, how many to someone else.
 */
function surnamesAfterTitles(surnameOf: (e: KbEntity, k: number) => string[] | undefined, titleOf: (e: KbEntity) => string, rest = 'said on Tuesday that the talks had been useful.') {
  const analyzer = createBuiltinAnalyzer();
  let [n, right, wrong] = [0, 0, 0];
  builtinKb().entities.forEach((e, k) => {
    const surname = e.type === 'PERSON' && e.roles?.length ? surnameOf(e, k) : undefined;
    if (!surname) return;
    const name = capital(surname.join('').replace(/ü/g, 'u'));
    const text = `${titleOf(e)} ${name} ${rest}`;
    const at = text.indexOf(name);
    const fix = analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.correction && a.start < at + name.length && a.end > at);
    n++;
    if (fix?.kbId === e.id) right++;
    else if (fix) wrong++;
  });
  return { n, right, wrong };
}

describe('titles before a name', function () {
  this.timeout(120_000);

  it('reads every role of the KB as a title, the longest that ends before the name', () => {
    const kb: CompiledKb = {
      version: 1,
      abbreviations: [],
      entities: [{ id: 'person:x', type: 'PERSON', name: 'Ana Varn', roles: ['singer', 'deputy health minister', 'land and transport minister'], description: 'Invented singer' }],
    };
    const index = new KbIndex(kb);
    const title = (text: string) => {
      const tokens = tokenize(text);
      const t = titleBeforeToken(text, tokens, index, tokens.findIndex((x) => x.text === 'Varn'));
      return t && [t.phrase, [...t.roles], t.official];
    };
    assert.deepEqual(title('The singer Varn said'), ['singer', ['singer'], false]);
    assert.deepEqual(title('Deputy Health Minister Varn said'), ['deputy health minister', ['deputy health minister'], false]);
    assert.deepEqual(title('Land and Transport Minister Varn said'), ['land and transport minister', ['land and transport minister'], false], 'four words');
    assert.deepEqual(title('Foreign Minister Varn said'), ['foreign minister', ['foreign minister'], true]);
    assert.deepEqual(title('Minister Varn said'), ['minister', ['minister', 'foreign minister', 'defence minister', 'prime minister', 'finance minister'], true]);
    assert.equal(title('the singer, Varn said'), undefined, 'a comma between: no title');
    assert.equal(title('a plumber Varn said'), undefined, 'no role of the KB');
    // News names a footballer by their position, a manager as the coach.
    assert.deepEqual(title('striker Varn scored'), ['striker', ['footballer'], false]);
    assert.deepEqual(title('head coach Varn said'), ['head coach', ['football manager', 'coach', 'basketball coach', 'baseball manager'], false]);
  });

  it('fixes a foreign surname in pinyin after its bearer\'s role to that bearer', () => {
    const { n, right, wrong } = surnamesAfterTitles((e, k) => (k % 4 === 0 && !!e.country && !HAN_NAMES.has(e.country) ? foreignSurname(e) : undefined), (e) => `${demonymOf(e)} ${e.roles![0]}`);
    assert.ok(n >= 300, `${n} people`);
    assert.ok(right / n >= 0.85, `${right} of ${n} fixed to themselves`);
    assert.ok(wrong / n <= 0.06, `${wrong} of ${n} fixed to someone else`);
  });

  it('fixes a Japanese surname in pinyin after its bearer\'s role, in an article about Japan, to that bearer', () => {
    // Four characters: a surname of two (石破 of 石破茂 has three: one given name character).
    const japanese = (e: KbEntity) => (e.country === 'country:JP' && /^\p{Script=Han}{4}$/u.test(e.names?.zh?.[0] ?? '') ? e.pinyin?.[0]?.split(' ').slice(0, 2) : undefined);
    const { n, right, wrong } = surnamesAfterTitles(japanese, (e) => `Japanese ${e.roles![0]}`);
    assert.ok(n >= 300, `${n} people`);
    assert.ok(right / n >= 0.85, `${right} of ${n} fixed to themselves`);
    assert.ok(wrong / n <= 0.03, `${wrong} of ${n} fixed to someone else`);
  });

  it('takes a surname alone only in an article about its bearer\'s country', () => {
    const analyzer = createBuiltinAnalyzer();
    const fixes = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.filter((a) => a.correction).map((a) => a.correction!.replacement);
    // 田中 "Tianzhong" after a title that fits KB people named Tanaka, in an article about China.
    assert.deepEqual(fixes('Chinese official Tianzhong said on Monday that the talks would continue.'), []);
  });

  it('reads a footballer by their position ("striker Laiwanduofusiji", 莱万多夫斯基), the KB\'s footballers in pinyin', () => {
    const footballer = (e: KbEntity) => (e.roles!.includes('footballer') && !!e.country && !HAN_NAMES.has(e.country) ? foreignSurname(e) : undefined);
    const { n, right } = surnamesAfterTitles(footballer, (e) => `The ${demonymOf(e)} striker`, 'scored twice in the league match.');
    assert.ok(n >= 80, `${n} footballers`);
    assert.ok(right / n >= 0.8, `${right} of ${n} fixed to themselves`);
  });
});
