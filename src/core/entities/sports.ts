import type { KbEntity } from '../kb/model';

/**
 * Sport in an article: Chinese news names a club by its city (巴塞尔 is both FC Basel and
 * Basel, 比勒费尔德 both Arminia Bielefeld and Bielefeld), so a reading of the city's name is the
 * club in a match report and the city elsewhere.
 */

/** A club or a team, by its description ("English football club", "NBA team"). */
export const isTeam = (e: KbEntity): boolean => e.type === 'ORG' && IS_TEAM.test(e.description);

const IS_TEAM = /\b(?:club|team)\b/i;

/** A person whose role is in sport: a player, an athlete, a coach or a manager of a team. */
export const isInSport = (e: KbEntity): boolean => e.type === 'PERSON' && !!e.roles?.some((r) => SPORT_ROLE.test(r));

const SPORT_ROLE = /\b(?:footballer|player|athlete|coach|football manager|skater|swimmer|gymnast|golfer|boxer|racing driver|sprinter|diver|cyclist|wrestler|weightlifter|jockey|fencer|rower|skier|archer)\b/;

/**
 * Words only sport uses in news (a game's roles, its places and its calendar); "win", "beat" or
 * "cup" are said of elections and trade as well.
 */
const SPORT_WORDS = /\b(?:football|soccer|basketball|baseball|rugby|cricket|league|match(?:es)?|goals?|scored|striker|midfielder|defender|goalkeeper|coach(?:es)?|clubs?|stadium|tournament|championships?|relegat(?:ed|ion)|derby|squad|fixtures?|kick-off|half-time|penalty|transfer window|playoffs?|semi-finals?|quarter-finals?)\b/gi;

/** Distinct sport words an article needs to be about sport (one may be a figure of speech). */
const SPORT_WORDS_NEEDED = 2;

let last: { text: string; sport: boolean } | undefined;

/** Whether the article is about sport: two distinct sport words at least (remembered for the last text). */
export function isAboutSport(text: string): boolean {
  if (last?.text === text) return last.sport;
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORT_WORDS)) {
    seen.add(m[0].toLowerCase().replace(/e?s$/, ''));
    if (seen.size >= SPORT_WORDS_NEEDED) break;
  }
  last = { text, sport: seen.size >= SPORT_WORDS_NEEDED };
  return last.sport;
}

const isPlace = (e: KbEntity): boolean => e.type === 'GPE' || e.type === 'LOC';

/**
 * Of a club and a place that one name reads as equally well, the one the article is about:
 * the club in an article about sport, the place elsewhere. Undefined when the two are not a
 * club and a place.
 */
export function clubOrPlace(text: string, a: KbEntity, b: KbEntity): KbEntity | undefined {
  const [club, place] = isTeam(a) && isPlace(b) ? [a, b] : isTeam(b) && isPlace(a) ? [b, a] : [];
  if (!club || !place) return undefined;
  return isAboutSport(text) ? club : place;
}
