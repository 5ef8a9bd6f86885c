import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import { formKey } from '../kb/forms';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';
import { isAboutSport, isTeam, oneTeamOfTheGame } from './sports';

/**
 * A club named by its city: match reports write "Modena beat Pisa", "against Bielefeld",
 * "Brescia's coach". In an article about sport, a city's name with a word of the game right
 * before or after it is the one club of the KB named after that city (Modena FC, Arminia
 * Bielefeld); a city of two clubs or more (Milan, Madrid) keeps its name as a place, unless only
 * one of them plays the game the article is about (Ulsan's football club in a football report).
 */

/** Words right before a club's name in a match report ("beat Modena", "against Modena"). */
const BEFORE = new Set(['beat', 'beating', 'against', 'vs', 'versus', 'defeated', 'defeating', 'hosted', 'hosting', 'hosts', 'visiting', 'joined', 'joining']);
/** Words right after it, or after its possessive ("Modena beat", "Modena's coach"). */
const AFTER = new Set(['beat', 'beats', 'won', 'wins', 'lost', 'loses', 'drew', 'draws', 'defeated', 'scored', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'fans', 'players', 'squad']);

/** City id -> its clubs, per KB index. */
const clubsByCity = new WeakMap<KbIndex, Map<string, KbEntity[]>>();

function clubsOf(index: KbIndex): Map<string, KbEntity[]> {
  let map = clubsByCity.get(index);
  if (map) return map;
  map = new Map();
  for (const club of index.byId.values()) {
    if (!isTeam(club) || !club.country) continue;
    for (const city of citiesInName(index, club)) {
      const list = map.get(city.id) ?? [];
      if (!list.includes(club)) map.set(city.id, [...list, club]);
    }
  }
  clubsByCity.set(index, map);
  return map;
}

/** The cities of the club's country whose name is one or two words of the club's name. */
function citiesInName(index: KbIndex, club: KbEntity): KbEntity[] {
  const words = club.name.split(/\s+/);
  const out: KbEntity[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [1, 2]) {
      if (i + n > words.length) continue;
      for (const f of index.lookup(formKey(words.slice(i, i + n).join(' '))) ?? []) {
        const e = f.entity;
        if (e.id.startsWith('city:') && e.country === club.country && (f.kind === 'name' || f.kind === 'alias') && !out.includes(e)) out.push(e);
      }
    }
  }
  return out;
}

const WORD_BEFORE = /(\p{L}+)\s+$/u;
const WORD_AFTER = /^(?:['’]s)?\s+(\p{L}+)/u;

/** Whether a word of the game stands right before or after the span. */
function matchCue(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 20))?.[1];
  return (!!before && BEFORE.has(before.toLowerCase())) || (!!after && AFTER.has(after.toLowerCase()));
}

/** Cities named as their club in an article about sport: the club, linked. */
export function takeClubsNamedByCity(ctx: ArticleContext, out: MentionSet): void {
  let sport: boolean | undefined;
  const clubs = clubsOf(ctx.index);
  for (const m of out.all()) {
    // Most mentions are no city of a club: one look-up, before the words around are read.
    const teams = m.entity && !m.correction ? clubs.get(m.entity.id) : undefined;
    if (!teams || !matchCue(ctx.text, m.start, m.end) || !(sport ??= isAboutSport(ctx.text))) continue;
    // A city of two clubs: the one of the game the article is about, if only one plays it.
    const club = teams.length === 1 ? teams[0] : oneTeamOfTheGame(ctx.text, teams);
    if (club) out.replace({ ...m, label: 'ORG', entity: club, rule: 'kb:club-by-city' });
  }
}
