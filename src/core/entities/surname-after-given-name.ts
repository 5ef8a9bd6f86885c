import { isEnglishWord } from '../text/english';
import { isCapitalized, type Token } from '../text/tokens';
import { speechFollows, TITLE_WORDS } from '../text/name-cues';
import { firstStartingAt } from '../text/spans';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';

/** The types whose one-word names are also surnames ("Washington", "Houston", "Wagner", "Ford"). */
const NOT_PEOPLE = new Set(['GPE', 'LOC', 'ORG', 'FAC', 'MEDIA', 'EVENT']);

/**
 * A place's or an organisation's one-word name right after a given name is a surname: "Emily
 * Washington said" is a person, not the city; "Frank Wagner" not the Wagner Group. The given
 * names are the first words of the KB's people's names; one that is also an English word ("Will
 * London host...") counts only inside a sentence; a word nobody's dictionary has counts before a
 * verb of saying. The word is released, and the unknown-name pass takes the two words as one
 * person's name.
 */
export function releaseSurnamesAfterGivenNames(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  for (const m of out.all()) {
    if (!m.entity || !NOT_PEOPLE.has(m.entity.type) || m.correction || !/^kb:(?:name|alias)$/.test(m.rule)) continue;
    const i = firstStartingAt(tokens, m.start);
    const t = tokens[i];
    if (!t || t.start !== m.start || t.end !== m.end || i === 0) continue;
    const prev = tokens[i - 1];
    if (prev.end + 1 !== t.start || text.charCodeAt(prev.end) !== 32 || !isCapitalized(prev.text) || out.covers(prev.start, prev.end)) continue;
    if (!ctx.index.isGivenName(prev.folded) && !unknownWordBeforeSpeech(ctx, prev, t)) continue;
    if (ctx.sentenceStarts.has(i - 1) && isEnglishWord(prev.lower)) continue;
    out.remove(m);
  }
}

/**
 * "Eriberto Ferrara said": a word no dictionary or KB has, then the place's name, then a verb of
 * saying, is a person named in full (a given name the KB's people lack), not the city.
 */
function unknownWordBeforeSpeech(ctx: ArticleContext, prev: Token, t: Token): boolean {
  return speechFollows(ctx.text, t.end) && !isEnglishWord(prev.lower) && !TITLE_WORDS.has(prev.lower) && !ctx.index.lookup(prev.folded);
}
