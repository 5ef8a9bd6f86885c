// Teams named by their nickname ("the Lakers" for Los Angeles Lakers), generated from the KB's
// "<City> <Nickname>" teams: linked in a report of their game, never elsewhere.
import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import { KbIndex } from '../../src/core/kb/index';
import { formKey } from '../../src/core/kb/forms';
import type { KbEntity } from '../../src/core/kb/model';
import { gameOf, isTeam } from '../../src/core/entities/sports';
import { nicknameOf } from '../../src/core/entities/team-nicknames';

const REPORT: Record<string, string> = {
  football: 'the striker scored twice before the goalkeeper was sent off',
  gridiron: 'the quarterback threw for two touchdowns',
  basketball: 'the point guard had 12 rebounds and five three-pointers',
  baseball: 'the pitcher threw seven innings and the shortstop hit two home runs',
  hockey: 'the NHL side scored on the power play',
};

describe('teams named by their nickname', function () {
  this.timeout(120_000);
  const kb = builtinKb();
  const index = new KbIndex(kb);
  const analyzer = createBuiltinAnalyzer();
  const capital = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  // Every team of the KB with a nickname no other team has, of a game a report can name.
  const byNickname = new Map<string, KbEntity[]>();
  for (const team of kb.entities) {
    const nickname = isTeam(team) ? nicknameOf(index, team) : undefined;
    // Not a name the KB has otherwise (an alias "Lotte Marines" is linked anywhere, "Munich" is a city).
    if (nickname && REPORT[gameOf(team) ?? ''] && !index.lookup(formKey(nickname))) byNickname.set(nickname, [...(byNickname.get(nickname) ?? []), team]);
  }
  const teams = [...byNickname].filter(([, t]) => t.length === 1).map(([nickname, [team]]) => ({ team, name: capital(nickname) }));
  const at = (text: string, name: string) => analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.start === text.indexOf(name));

  it('reads the nickname after a place of the team\'s country', () => {
    const lakers = kb.entities.find((e) => e.name === 'Los Angeles Lakers')!;
    assert.equal(nicknameOf(index, lakers), 'lakers');
  });

  it('links "the <Nickname>" in a report of the team\'s game (every such team of the KB)', () => {
    const linked = teams.filter(({ team, name }) => at(`On Sunday the ${name} beat the visitors: ${REPORT[gameOf(team)!]}.`, name)?.kbId === team.id);
    assert.ok(teams.length >= 60, `${teams.length} teams`);
    assert.ok(linked.length >= 0.9 * teams.length, `${linked.length} of ${teams.length}: ${teams.filter((t) => !linked.includes(t)).map((t) => t.name).slice(0, 10)}`);
  });

  it('leaves the word alone outside sport', () => {
    const linked = teams.filter(({ team, name }) => at(`On Sunday the ${name} met the mayor to talk about the floods.`, name)?.kbId === team.id);
    assert.deepEqual(linked.map((t) => t.name), []);
  });

  it('takes a nickname of two teams only where the game or the city tells them apart', () => {
    assert.equal(at('The Giants won on Sunday as the quarterback threw for two touchdowns.', 'Giants')?.kbId, 'org:new-york-giants');
    assert.equal(at('The Giants won on Sunday as the pitcher threw seven innings.', 'Giants')?.kbId, 'org:san-francisco-giants');
    assert.equal(at('The Giants won the league match on Sunday, the coach said.', 'Giants')?.kbId, undefined, 'no word of one game: either');
  });
});
