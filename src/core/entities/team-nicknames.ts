import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import { formKey } from '../kb/forms';
import { isEnglishWord } from '../text/english';
import { isCapitalized } from '../text/tokens';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';
import { isAboutSport, isTeam, oneTeamOfTheGame } from './sports';

/**
 * A team named by its nickname: "<City> <Nickname>" teams (Los Angeles Lakers, Boston Celtics,
 * Yomiuri Giants) are "the Lakers", "the Celtics" in a report, and news translated from Chinese
 * names them so always (湖人, 凯尔特人: the nickname alone). The nickname is what the team's KB
 * name has after a place of its country (a city, a region, the country), read from the KB.
 *
 * Only in an article about sport; a nickname that is an English word ("Heat", "Giants") only
 * after "the" or before a possessive. A nickname of several teams goes to the one of the game the
 * article is about, or whose city it names; else it stays unlinked.
 */

/** Lower-case nickname -> its teams, and the nicknames' first words, per KB index. */
interface Nicknames {
  teams: Map<string, KbEntity[]>;
  /** Most capitalised words start no nickname: one set look-up for them. */
  firstWords: Set<string>;
}
const nicknamesByIndex = new WeakMap<KbIndex, Nicknames>();

/** Most words a nickname has ("Red Sox", "Golden State" is a place). */
const MAX_NICKNAME_WORDS = 2;

function nicknamesOf(index: KbIndex): Nicknames {
  let known = nicknamesByIndex.get(index);
  if (known) return known;
  known = { teams: new Map(), firstWords: new Set() };
  for (const team of index.byId.values()) {
    if (!isTeam(team) || !team.country) continue;
    const nickname = nicknameOf(index, team);
    // A nickname that is a KB name itself (Bayern "Munich", "the Sun") is left to that name.
    if (!nickname || index.lookup(formKey(nickname))) continue;
    known.teams.set(nickname, [...(known.teams.get(nickname) ?? []), team]);
    known.firstWords.add(nickname.split(' ')[0]);
  }
  nicknamesByIndex.set(index, known);
  return known;
}

/** The words of the team's name after the longest place of its country that opens it, in lower case. */
export function nicknameOf(index: KbIndex, team: KbEntity): string | undefined {
  const words = team.name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const rest = words.slice(n);
    if (rest.length > MAX_NICKNAME_WORDS || !rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const place = index.lookup(formKey(words.slice(0, n).join(' ')))?.some((f) => (f.kind === 'name' || f.kind === 'alias') && isPlaceOf(index, f.entity, team));
    if (place) return rest.join(' ').toLowerCase();
  }
  return undefined;
}

const isPlaceOf = (index: KbIndex, place: KbEntity, team: KbEntity): boolean =>
  (place.type === 'GPE' || place.type === 'LOC') && (place.id === team.country || index.countryOf(place)?.id === team.country);

/** Teams named by their nickname in an article about sport: linked. */
export function findTeamNicknames(ctx: ArticleContext, out: MentionSet): void {
  let sport: boolean | undefined;
  let nicknames: Nicknames | undefined;
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalized(t.text) || t.text.length < 3) continue;
    nicknames ??= nicknamesOf(ctx.index);
    if (!startsNickname(nicknames, t.lower) || out.covers(t.start, t.end)) continue;
    // The longest nickname from here: two words, then one.
    for (let n = MAX_NICKNAME_WORDS; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!last || (n > 1 && (text.slice(t.end, last.start) !== ' ' || !isCapitalized(last.text) || out.covers(last.start, last.end)))) continue;
      const words = text.slice(t.start, last.end).replace(/['’]s?$/u, '');
      const teams = nicknames.teams.get(words.toLowerCase());
      if (!teams || !(sport ??= isAboutSport(text))) continue;
      if (words.split(' ').every((w) => isEnglishWord(w.toLowerCase())) && !namedAsTeam(ctx, i, last.text)) continue;
      const team = teams.length === 1 ? teams[0] : (oneTeamOfTheGame(text, teams) ?? teamOfNamedCity(ctx, teams, n));
      if (team) out.add({ start: t.start, end: t.start + words.length, label: 'ORG', entity: team, rule: 'kb:team-nickname' });
      i += n - 1;
      break;
    }
  }
}

/** The word (or the word without its possessive) is a nickname's first: a set look-up, no regex (every capitalised word). */
const startsNickname = (n: Nicknames, lower: string): boolean =>
  n.firstWords.has(lower) || (lower.length > 2 && lower.endsWith('s') && /['’]/.test(lower[lower.length - 2]) && n.firstWords.has(lower.slice(0, -2)));

/** "the Heat", "Heat's": an English word written as a team's name. */
const namedAsTeam = (ctx: ArticleContext, first: number, lastWord: string): boolean => ctx.tokens[first - 1]?.lower === 'the' || /['’]s$/u.test(lastWord);

/** Of teams of one nickname (of `words` words), the one whose city, the words before it, the article names. */
function teamOfNamedCity(ctx: ArticleContext, teams: readonly KbEntity[], words: number): KbEntity | undefined {
  const named = teams.filter((team) => {
    const city = team.name.split(/\s+/).slice(0, -words).join(' ');
    return city.length > 2 && ctx.text.includes(city);
  });
  return named.length === 1 ? named[0] : undefined;
}
