import { fold } from '../text/tokens';
import { peopleWithFamilyName } from '../names/surname-alone';
import { inTheArticlesGame, isInSport } from './sports';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';

/**
 * A surname that is one person's short name in the KB stands for a namesake in sport in a report
 * of that namesake's game: "If Conte stays at Tottenham, ... the striker" is the football manager
 * Antonio Conte, not Giuseppe Conte, whose short name "Conte" is. Only where exactly one person of
 * that family name plays or coaches the game the article's own words name (not any sport: a
 * snooker player is no "Trump" at the Super Bowl), and the short name's own person is not in
 * sport; a person the article names in full has taken the word already (surname-after-full-name.ts).
 */
export function preferNamesakesInSport(ctx: ArticleContext, out: MentionSet): void {
  for (const m of out.all()) {
    if (m.rule !== 'kb:alias' || m.entity?.type !== 'PERSON' || m.correction || isInSport(m.entity)) continue;
    const word = ctx.text.slice(m.start, m.end);
    if (/\s/.test(word)) continue;
    const sporting = peopleWithFamilyName(ctx.index, fold(word)).filter((p) => inTheArticlesGame(ctx.text, p));
    if (sporting.length === 1) out.replace({ ...m, entity: sporting[0], rule: 'kb:namesake-in-sport' });
  }
}
