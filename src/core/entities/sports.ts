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
  // The words of one game ("rebounds", "innings", "pitcher") are sport words too.
  for (const words of [SPORT_WORDS, (anyGameWord ??= new RegExp(GAME_WORDS.map(([, re]) => re.source).join('|'), 'gi'))]) {
    for (const m of text.matchAll(words)) {
      seen.add(m[0].toLowerCase().replace(/e?s$/, ''));
      if (seen.size >= SPORT_WORDS_NEEDED) break;
    }
    if (seen.size >= SPORT_WORDS_NEEDED) break;
  }
  last = { text, sport: seen.size >= SPORT_WORDS_NEEDED };
  return last.sport;
}

let anyGameWord: RegExp | undefined;

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

/** The games a city's clubs play, told apart by their descriptions and by the words of a report. */
type Game = 'football' | 'gridiron' | 'basketball' | 'baseball' | 'hockey' | 'volleyball' | 'rugby' | 'cricket';

/** A team's game, by its description ("South Korean football club", "NBA team"). */
const GAME_OF_TEAM: ReadonlyArray<readonly [Game, RegExp]> = [
  ['gridiron', /\b(?:American football|Canadian football|National Football League|NFL|CFL)\b/i],
  ['football', /\b(?:football|soccer)\b/i],
  ['basketball', /\b(?:basketball|NBA|WNBA|EuroLeague)\b/i],
  ['baseball', /\b(?:baseball|MLB|KBO|Nippon Professional Baseball)\b/i],
  ['hockey', /\b(?:ice hockey|hockey|NHL|KHL)\b/i],
  ['volleyball', /\bvolleyball\b/i],
  ['rugby', /\brugby\b/i],
  ['cricket', /\bcricket\b/i],
];

/** Words of a report that belong to one game only. */
const GAME_WORDS: ReadonlyArray<readonly [Game, RegExp]> = [
  ['gridiron', /\b(?:American football|NFL|quarterback|touchdowns?|Super Bowl|wide receiver)\b/i],
  ['football', /\b(?:football|soccer|striker|midfielder|goalkeeper|centre-back|center-back|free kick|penalty kick|stoppage time|Premier League|La Liga|Serie A|Bundesliga|Ligue 1|K League|J\.? ?League|Champions League|FIFA|UEFA)\b/i],
  ['basketball', /\b(?:basketball|NBA|WNBA|rebounds?|three-pointers?|dunks?|point guard|power forward|free throws?)\b/i],
  ['baseball', /\b(?:baseball|innings|pitcher|home runs?|batters?|shortstop|MLB|KBO|World Series)\b/i],
  ['hockey', /\b(?:ice hockey|NHL|KHL|puck|power play)\b/i],
  ['volleyball', /\bvolleyball\b/i],
  ['rugby', /\b(?:rugby|tries|scrum)\b/i],
  ['cricket', /\b(?:cricket|wickets?|batsman|test match|IPL)\b/i],
];

/** The team's game, if its description names one. */
export function gameOf(team: KbEntity): Game | undefined {
  return GAME_OF_TEAM.find(([, re]) => re.test(team.description))?.[0];
}

/**
 * Whether a person in sport plays or coaches the game the article reports on, by their
 * description ("Italian football manager", "Brazilian footballer", "American basketball player").
 */
export function inTheArticlesGame(text: string, person: KbEntity): boolean {
  const game = isInSport(person) ? GAME_OF_TEAM.find(([, re]) => re.test(person.description.replace(/\bfootballer\b/gi, 'football player')))?.[0] : undefined;
  return !!game && gamesOf(text).has(game);
}

let lastGames: { text: string; games: ReadonlySet<Game> } | undefined;

/** The games whose own words the article uses (remembered for the last text). */
function gamesOf(text: string): ReadonlySet<Game> {
  if (lastGames?.text !== text) lastGames = { text, games: new Set(GAME_WORDS.filter(([, re]) => re.test(text)).map(([g]) => g)) };
  return lastGames.games;
}

/**
 * Of two teams of one city that a name reads as equally well (釜山: Busan IPark, football, and
 * Busan KCC Egis, basketball), the one whose game the article is about; undefined when the article
 * tells them apart by no word of one game alone.
 */
export function teamOfTheGame(text: string, a: KbEntity, b: KbEntity): KbEntity | undefined {
  if (!isTeam(a) || !isTeam(b)) return undefined;
  const [ga, gb] = [gameOf(a), gameOf(b)];
  if (!ga || !gb || ga === gb) return undefined;
  const games = gamesOf(text);
  return games.has(ga) === games.has(gb) ? undefined : games.has(ga) ? a : b;
}

/** Of the teams, the one of the article's game, when exactly one is. */
export function oneTeamOfTheGame(text: string, teams: readonly KbEntity[]): KbEntity | undefined {
  const games = gamesOf(text);
  const playing = teams.filter((t) => {
    const g = gameOf(t);
    return !!g && games.has(g);
  });
  return playing.length === 1 ? playing[0] : undefined;
}

/** What the article's topic makes of two readings alike: a club against its place, a team against another city team. */
export const topicalOf = (text: string, a: KbEntity, b: KbEntity): KbEntity | undefined => clubOrPlace(text, a, b) ?? teamOfTheGame(text, a, b);
