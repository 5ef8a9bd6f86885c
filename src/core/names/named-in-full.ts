import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import { mayBeGivenName } from './given-name-word';
import { fold, isCapitalized } from '../text/tokens';
import { similarity } from './weighted-distance';

/**
 * A surname alone is the person the article named in full with it. "Giovanni Conti said... Conti
 * added": the second "Conti" is Giovanni Conti, not Giuseppe Conte garbled, however close it
 * sounds; a fix of it would also spread back into the full name. Only a full name whose first
 * word is no word of the candidate's names (and does not sound like one: "Giovani Lotserso" is
 * Giovani Lo Celso garbled) makes it someone else.
 */
export function namedInFullAsAnother(ctx: ArticleContext, folded: string, candidate: KbEntity): boolean {
  const before = firstWordsOf(ctx).get(folded);
  if (!before) return false;
  const own = nameWords(candidate);
  return before.some((w) => !own.some((o) => o === w || similarity(o, w) >= 0.8));
}

// Per article (the context object): each capitalised word, the capitalised first words before it.
const byArticle = new WeakMap<ArticleContext, Map<string, string[]>>();

/** Each capitalised word of the article that follows a capitalised word that may be a given name, with those words. */
function firstWordsOf(ctx: ArticleContext): Map<string, string[]> {
  let found = byArticle.get(ctx);
  if (found) return found;
  found = new Map();
  const { tokens, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.start !== prev.end + 1 || text.charCodeAt(prev.end) !== 32 || !isCapitalized(t.text) || !isCapitalized(prev.text)) continue;
    if (!mayBeGivenName(ctx.index, prev)) continue;
    const list = found.get(t.folded);
    if (list) list.push(prev.folded);
    else found.set(t.folded, [prev.folded]);
  }
  byArticle.set(ctx, found);
  return found;
}

function nameWords(e: KbEntity): string[] {
  return [e.name, ...(e.aliases ?? [])].flatMap((n) => n.split(/[\s-]+/)).map(fold);
}
