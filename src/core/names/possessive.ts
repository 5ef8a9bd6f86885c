import { fold, isCapitalized, type Token } from '../text/tokens';
import { mayBeGivenName } from './given-name-word';
import type { KbIndex } from '../kb/index';
import { surnameOfUnknownPerson } from '../entities/surname-after-full-name';
import { caseFit } from '../entities/known-names';
import { salience, type ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';

// Words after which "Xs" is a plural or a verb's subject, not a possessive ("the Kurds said").
const NOT_POSSESSED = new Set(
  'said says say and or are were was is have has had will would could to of in on at by for from with as that who which while but than, .'.split(' '),
);

/**
 * A name with its apostrophe dropped: "Turkeys Anadolu", "CNNs Turkish channel", "Gaddafis hometown".
 * The token minus its final "s" is a KB name in the right case, the token itself is not a name,
 * and a word follows on the same line.
 */
/** A capitalised word of letters ending in an "s" that is not part of "ss" or "'s". */
const POSSESSIVE_SHAPE = /^\p{Lu}[\p{L}\p{M}]*[^sS'’]s$/u;
/** text[from, to) is one space or more (a char loop: this runs for most capitalised words ending in s). */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return to > from;
}

export function findPossessives(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.charCodeAt(t.text.length - 1) !== 115 || !isCapitalized(t.text) || !POSSESSIVE_SHAPE.test(t.text) || out.covers(t.start, t.end)) continue;
    const next = tokens[i + 1];
    // A KB form as written ("States", "Nations") is no possessive: asked first, it costs nothing.
    if (!onlySpaces(text, t.end, next.start) || NOT_POSSESSED.has(next.lower) || ctx.index.lookup(t.folded)) continue;
    if (wordOfPersonsName(ctx, i)) continue;
    const stem = t.text.slice(0, -1);
    // Letters only: the stem and the word are one token each, their KB keys their folded forms.
    const entry = ctx.index
      .lookup(fold(stem))
      ?.filter((e) => e.kind !== 'context' && e.kind !== 'mistranslation' && caseFit(stem, e.form) !== 'wrong')
      .sort((a, b) => salience(ctx, b.entity) - salience(ctx, a.entity))[0];
    if (!entry) continue;
    const known = salience(ctx, entry.entity) > 0;
    out.add({
      start: t.start,
      end: t.end,
      label: entry.kind === 'demonym' ? 'NORP' : entry.entity.type,
      entity: entry.entity,
      rule: 'names:possessive',
      correction: {
        replacement: `${stem}'s`,
        kind: 'possessive',
        confidence: known || isCapitalized(next.text) || next.lower === next.text ? 0.92 : 0.75,
        reason: `possessive apostrophe missing: "${stem}" (${entry.entity.name}) followed by "${next.text}"`,
      },
    });
  }
}

/**
 * The word is a word of a person's name, not a name with its apostrophe dropped: a given name
 * before a capitalised word ("Hans Dörre", "Denis Gheorghiu": not "Han's", "Deni's"), or a
 * surname after a capitalised word that is neither a title, an English word nor the start of a KB
 * name ending in the stem ("Apolline Dumas" is no "Duma's"; "Tayyip Erdogans" stays Erdogan's).
 */
function wordOfPersonsName(ctx: ArticleContext, i: number): boolean {
  const { tokens, text, index } = ctx;
  const t = tokens[i];
  if (index.isGivenName(t.folded) && isCapitalized(tokens[i + 1].text)) return true;
  // "Marco Dumas ... Dumas left": the surname of someone the article names in full.
  if (surnameOfUnknownPerson(ctx, t.folded)) return true;
  const before = tokens[i - 1];
  if (!before || t.start - before.end !== 1 || text.charCodeAt(before.end) !== 32 || !nameWord(index, before)) return false;
  const stem = t.folded.slice(0, -1);
  const earlier = tokens[i - 2];
  const twoBefore = earlier && earlier.end + 1 === before.start && nameWord(index, earlier) ? `${earlier.folded} ${before.folded} ${stem}` : undefined;
  return !index.lookup(`${before.folded} ${stem}`) && !(twoBefore && index.lookup(twoBefore));
}

/** A capitalised word that may be a given name (see mayBeGivenName: "Emma Dumas" is no "Emma Duma's"). */
const nameWord = (index: KbIndex, t: Token): boolean => isCapitalized(t.text) && mayBeGivenName(index, t);
