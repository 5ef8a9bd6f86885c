// Chinese news names a club by its city: the KB's clubs whose Chinese name is a place's of the
// same country (巴塞尔 FC Basel and Basel), read back in pinyin, are the club in a match report and
// the place in a weather report. Generated from the KB, no article's words.
import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import type { KbEntity } from '../../src/core/kb/model';
import { clubOrPlace, gameOf, isAboutSport, isTeam, teamOfTheGame } from '../../src/core/entities/sports';
import { formKey } from '../../src/core/kb/forms';
import { KbIndex } from '../../src/core/kb/index';

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

describe('a club and the place it is named after', function () {
  this.timeout(120_000);

  it('tells sport from other news by two distinct sport words', () => {
    assert.ok(isAboutSport('The striker scored twice as the league leaders won.'));
    assert.ok(!isAboutSport('The coach of the delegation arrived by bus.'), 'one sport word is not enough');
    assert.ok(!isAboutSport('Floods hit the city; the mayor said the goal goals were clear.'), 'one word twice is one word');
  });

  it('chooses the club only in an article about sport', () => {
    const club = { id: 'org:fc-x', type: 'ORG', name: 'FC X', description: 'Swiss football club' } as KbEntity;
    const city = { id: 'city:x', type: 'GPE', name: 'X', description: 'City in Switzerland' } as KbEntity;
    const party = { id: 'org:x-party', type: 'ORG', name: 'X Party', description: 'Political party' } as KbEntity;
    assert.equal(clubOrPlace('Heavy rain fell on Tuesday.', club, city), city);
    assert.equal(clubOrPlace('The coach praised the squad after the match.', city, club), club);
    assert.equal(clubOrPlace('The coach praised the squad after the match.', party, city), undefined, 'a party is no club');
    assert.ok(isTeam(club) && !isTeam(party) && !isTeam(city));
  });

  it('fixes the pinyin of a shared Chinese name to the club in a match report and to the place in a weather report', () => {
    const kb = builtinKb();
    const analyzer = createBuiltinAnalyzer();
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    const places = new Map<string, KbEntity>();
    for (const e of kb.entities) if ((e.type === 'GPE' || e.type === 'LOC') && e.country) for (const z of e.names?.zh ?? []) places.set(`${e.country} ${z}`, e);
    const pairs = kb.entities.flatMap((club) => {
      const zh = club.names?.zh?.[0];
      const place = zh && club.country ? places.get(`${club.country} ${zh}`) : undefined;
      const pinyin = club.pinyin?.[0];
      return isTeam(club) && place && pinyin && pinyin.split(' ').length >= 3 ? [{ club, place, name: capital(pinyin.replace(/ /g, '').replace(/ü/g, 'u')) }] : [];
    });
    assert.ok(pairs.length >= 30, `${pairs.length} clubs named as a place`);
    let sport = 0;
    let weather = 0;
    for (const { club, place, name } of pairs) {
      const country = byId.get(club.country!)!.name;
      const fixOf = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === name && a.correction)?.kbId;
      if (fixOf(`The league match in ${country} ended 2-1: ${name} scored twice after half-time, the coach said.`) === club.id) sport++;
      if (fixOf(`Heavy rain hit ${name} in ${country} on Tuesday, officials said.`) === place.id) weather++;
    }
    assert.ok(sport / pairs.length >= 0.95, `${sport} of ${pairs.length} clubs in a match report`);
    assert.ok(weather / pairs.length >= 0.95, `${weather} of ${pairs.length} places in a weather report`);
  });

  it('a city with two clubs of its name (釜山: Busan, Busan IPark, Busan KCC Egis) is the city outside sport', () => {
    const kb = builtinKb();
    const analyzer = createBuiltinAnalyzer();
    const byId = new Map(kb.entities.map((e) => [e.id, e]));
    const clubs = kb.entities.filter(isTeam);
    // Clubs named by the city's Chinese name, alone or with Latin letters after it (釜山KCC).
    const clubsOf = (place: KbEntity, zh: string) =>
      clubs.filter((c) => c.country === place.country && (c.names?.zh ?? []).some((z) => z === zh || (z.startsWith(zh) && /^[A-Za-z0-9 ]+$/.test(z.slice(zh.length)))));
    const cases = kb.entities.flatMap((place) => {
      const zh = place.names?.zh?.[0];
      if (place.type !== 'GPE' || !place.country || !zh || [...zh].length < 2) return [];
      const own = clubsOf(place, zh);
      const pinyin = own.map((c) => c.pinyin?.[0]).find((x) => x && x.split(' ').length === [...zh].length);
      return own.length >= 2 && pinyin ? [{ place, name: capital(pinyin.replace(/ /g, '').replace(/ü/g, 'u')) }] : [];
    });
    assert.ok(cases.length >= 2, `${cases.length} cities`);
    for (const { place, name } of cases) {
      const text = `Heavy rain hit ${name} in ${byId.get(place.country!)!.name} on Tuesday, officials said.`;
      assert.equal(analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === name)?.kbId, place.id, text);
    }
  });

  it('reads a city named with a word of the game in a match report as its one club ("Modena beat ...", "against Bielefeld")', () => {
    const kb = builtinKb();
    const analyzer = createBuiltinAnalyzer();
    const cities = new Map<string, KbEntity[]>();
    for (const e of kb.entities) if (e.id.startsWith('city:')) cities.set(e.name, [...(cities.get(e.name) ?? []), e]);
    // Clubs whose name holds their city's name as a word, the city's only club in the KB.
    const byCity = new Map<KbEntity, KbEntity[]>();
    for (const club of kb.entities) {
      if (!isTeam(club)) continue;
      for (const w of club.name.split(' ')) for (const city of cities.get(w) ?? []) if (city.country === club.country) byCity.set(city, [...(byCity.get(city) ?? []), club]);
    }
    const pairs = [...byCity].filter(([city, clubs]) => clubs.length === 1 && cities.get(city.name)!.length === 1 && city.name !== clubs[0].name);
    assert.ok(pairs.length >= 100, `${pairs.length} clubs`);
    let club = 0;
    let place = 0;
    for (const [city, [team]] of pairs) {
      const idOf = (text: string) => analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === city.name)?.kbId;
      if (idOf(`In the league match on Sunday, ${city.name} beat the visitors 2-1 after two goals in the second half.`) === team.id) club++;
      if (idOf(`Heavy rain hit ${city.name} on Sunday, officials said.`) === city.id) place++;
    }
    assert.ok(club / pairs.length >= 0.9, `${club} of ${pairs.length} clubs in a match report`);
    assert.ok(place / pairs.length >= 0.95, `${place} of ${pairs.length} places in a weather report`);
  });

  it('of two clubs of one city, takes the one whose game the report is about', () => {
    const football = { id: 'org:x-fc', type: 'ORG', name: 'X FC', description: 'Korean football club' } as KbEntity;
    const basketball = { id: 'org:x-bc', type: 'ORG', name: 'X Dolphins', description: 'Korean Basketball League team' } as KbEntity;
    assert.equal(teamOfTheGame('The striker scored twice in the league match.', basketball, football), football);
    assert.equal(teamOfTheGame('He had 12 rebounds in the league game.', football, basketball), basketball);
    assert.equal(teamOfTheGame('The league match ended in a draw.', football, basketball), undefined, 'no word of one game alone');
  });

  it('a city named in a match report is its club of the game reported (every KB city with clubs of two games)', () => {
    const kb = builtinKb();
    const index = new KbIndex(kb);
    const analyzer = createBuiltinAnalyzer();
    const REPORT: Record<string, string> = {
      football: 'the striker scored twice before the goalkeeper was sent off',
      basketball: 'the point guard had 12 rebounds and five three-pointers',
      baseball: 'the pitcher threw seven innings and the shortstop hit two home runs',
    };
    // Cities of the KB with clubs that hold the city's name as a word, of two games or more.
    const teamsOf = new Map<KbEntity, KbEntity[]>();
    for (const club of kb.entities) {
      if (!isTeam(club) || !REPORT[gameOf(club) ?? '']) continue;
      for (const w of club.name.split(' ')) {
        const city = index.lookup(formKey(w))?.find((f) => f.entity.id.startsWith('city:') && f.entity.country === club.country && f.kind === 'name')?.entity;
        if (city) teamsOf.set(city, [...(teamsOf.get(city) ?? []), club].filter((c, i, all) => all.indexOf(c) === i));
      }
    }
    const cases = [...teamsOf].flatMap(([city, teams]) =>
      teams.filter((t) => teams.filter((o) => gameOf(o) === gameOf(t)).length === 1 && teams.some((o) => gameOf(o) !== gameOf(t))).map((team) => ({ city, team })),
    );
    assert.ok(cases.length >= 20, `${cases.length} clubs`);
    const right = cases.filter(({ city, team }) => {
      const text = `In the league game on Sunday, ${city.name} beat the visitors: ${REPORT[gameOf(team)!]}.`;
      return analyzer.analyze(text, '2024-06-12').annotations.find((a) => a.text === city.name)?.kbId === team.id;
    });
    assert.ok(right.length >= 0.9 * cases.length, `${right.length} of ${cases.length}`);
  });
});
