import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import type { KbEntity } from '../../src/core/kb/model';
import { isEnglishWord } from '../../src/core/text/english';
import { escapeRegExp } from '../../src/core/text/regexp';
import { writesFamilyNameFirst } from '../../src/core/names/surname-first';
import { isTeam } from '../../src/core/entities/sports';
import { LIKELY_CONFIDENCE } from '../../src/core/types';

const analyzer = createBuiltinAnalyzer();
const kb = builtinKb();
const DATE = '2024-05-01';
const bodies = kb.entities.filter((e) => e.type === 'ORG' || e.type === 'MEDIA');
const at = (text: string, span: string) => analyzer.analyze(text, DATE).annotations.find((a) => a.text === span);

describe('companies and their officers', () => {
  it('a company named by an English word opening a sentence before "said" is the company (every such name of the KB)', () => {
    const named = bodies.flatMap((e) => [e.name, ...(e.aliases ?? [])].filter((n) => /^[A-Z][a-z]{2,}$/.test(n) && isEnglishWord(n.toLowerCase())).map((n) => ({ e, n })));
    const linked = named.filter(({ e, n }) => at(`${n} said on Monday that it would cut jobs.`, n)?.kbId === e.id);
    assert.ok(named.length >= 100, `${named.length} names`);
    assert.equal(linked.length, named.length);
    assert.equal(at('Tesla chief executive Elon Musk said so.', 'Tesla')?.kbId, 'org:tesla-inc');
  });

  it('the same word before anything else stays a word', () => {
    for (const text of ['Apple trees grew along the road.', 'Amazon rainforest fires spread on Monday.']) {
      assert.equal(analyzer.analyze(text, DATE).annotations.filter((a) => a.label === 'ORG').length, 0, text);
    }
  });

  // The KB's company officers (a post it gives without years), named by family name after the
  // company and the post, as news does ("Nvidia chief executive Huang").
  const COMPANY_POST = /^(?:chief executive|ceo|chairman|chairwoman|founder|co-founder)$/;
  const officers = kb.entities.flatMap((p) => {
    // The post as a role, or in the description only ("Co-founder of Microsoft", roles: businessman).
    const post = p.roles?.find((r) => COMPANY_POST.test(r)) ?? /\b(?:co-founder|founder|chief executive|chairman|chairwoman)\b/i.exec(p.description)?.[0].toLowerCase();
    if (p.type !== 'PERSON' || !post || /(?:19|20)\d\d|former/i.test(p.description)) return [];
    const company = bodies.find((o) => [o.name, ...(o.aliases ?? [])].some((n) => n.length > 2 && new RegExp(`\\b${escapeRegExp(n)}\\b`).test(p.description)));
    const family = writesFamilyNameFirst(p) ? p.name.split(' ')[0] : p.name.split(' ').pop()!;
    return company && family.length >= 4 ? [{ p, post, company: companyName(company), family }] : [];
  });
  const sentence = (o: (typeof officers)[number], name: string) => `${o.company} ${o.post} ${name} said on Monday that the company would cut jobs.`;

  it('an officer named after the company and the post is that person, with nothing to fix', () => {
    const linked = officers.filter((o) => {
      const a = at(sentence(o, o.family), o.family);
      return a?.kbId === o.p.id && !a.correction;
    });
    assert.ok(officers.length >= 120, `${officers.length} officers`);
    assert.ok(linked.length >= 0.85 * officers.length, `${linked.length} of ${officers.length}`);
  });

  it('a garbled family name there is fixed to the officer\'s', () => {
    const garble = (w: string) => w.replace(/[aeiou](?=[^aeiou]*$)/, (v) => (v === 'a' ? 'e' : 'a'));
    const fixed = officers.filter((o) => {
      const a = at(sentence(o, garble(o.family)), garble(o.family));
      return a?.kbId === o.p.id && a.correction?.replacement === o.family;
    });
    assert.ok(fixed.length >= 0.85 * officers.length, `${fixed.length} of ${officers.length}`);
    assert.equal(at('Tesla CEO Mask said on the 4th that the company would cut prices.', 'Mask')?.correction?.replacement, 'Musk');
  });

  it('without the company before the post, a name is no company\'s officer', () => {
    const a = at('In the United States, the chief executive Huang said on Monday that jobs would go.', 'Huang');
    assert.notEqual(a?.kbId, 'person:jensen-huang');
  });

  // The KB's footballers whose description names their club first ("Norwegian footballer
  // (Manchester City)"), named by a garbled family name after the club and a position.
  const garble = (w: string) => w.replace(/[aeiou](?=[^aeiou]*$)/, (v) => (v === 'a' ? 'e' : 'a'));
  const players = kb.entities.flatMap((p) => {
    const club = /\(([^),]+)/.exec(p.description)?.[1].trim();
    const family = p.name.split(' ').pop()!;
    if (p.type !== 'PERSON' || !p.roles?.includes('footballer') || /former/i.test(p.description) || !club || !/^[A-Z][a-z]{3,}$/.test(family)) return [];
    return bodies.some((b) => isTeam(b) && [b.name, ...(b.aliases ?? [])].includes(club)) ? [{ p, club, family }] : [];
  });

  it("a club's player named after the club and a position is that player, a garbled name fixed", () => {
    const fixed = players.filter(({ p, club, family }) => {
      const a = at(`${club} striker ${garble(family)} scored twice in the league match on Sunday.`, garble(family));
      return a?.kbId === p.id && a.correction?.replacement === family;
    });
    assert.ok(players.length >= 15, `${players.length} players`);
    assert.ok(fixed.length >= 0.9 * players.length, `${fixed.length} of ${players.length}`);
    assert.equal(at('Manchester City striker Harland scored twice as the league leaders won.', 'Harland')?.correction?.replacement, 'Haaland');
  });

  it('a word for a trade before a name gives another trade\'s person a hint at most (an actor is no "striker")', () => {
    const actors = kb.entities.filter((e) => e.type === 'PERSON' && e.roles?.length && e.roles.every((r) => r === 'actor' || r === 'singer') && /^[A-Z][a-z]{4,}$/.test(e.name.split(' ').pop()!));
    const taken = actors.filter((e) => {
      const word = garble(e.name.split(' ').pop()!);
      const country = kb.entities.find((c) => c.id === e.country)?.name;
      const a = at(`${country} striker ${word} scored twice in the league match on Sunday.`, word);
      return a?.kbId === e.id && (a.correction?.confidence ?? 1) >= LIKELY_CONFIDENCE;
    });
    assert.ok(actors.length >= 30, `${actors.length} actors and singers`);
    assert.deepEqual(taken.map((e) => e.name), []);
  });
});


/** How news names a company: its one-word short name where it has one ("Tesla" for Tesla, Inc.). */
function companyName(e: KbEntity): string {
  return e.aliases?.find((x) => x.length < e.name.length && !x.includes(' ')) ?? e.name;
}
