import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import { capitalisedPairAt, capitalisedPairs } from '../text/tokens';
import { formKey } from '../kb/forms';
import { replaceable } from './whole-names';

/**
 * A Russian, Ukrainian or Belarusian name with its patronymic ("Sergey Viktorovich Lavrov",
 * "Volodymyr Oleksandrovych Zelensky"): official texts and translations from them name people
 * so, and the KB has them as given name and surname. The three words are the person whose given
 * name and surname the first and last are: linked whole, with no correction (the patronymic is
 * part of the full name, not a garbling), before the other passes take "Sergey Viktorovich" for
 * a garbled name of its own. Russian official texts put the surname first ("Lavrov Sergey
 * Viktorovich"): the same person.
 */
export function findPatronymicNames(ctx: ArticleContext, out: MentionSet): void {
  const tokens = ctx.tokens;
  let after = -1; // the scan resumes after a name
  for (const i of capitalisedPairs(tokens)) {
    if (i <= after || i + 2 >= tokens.length) continue;
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    // Given name, patronymic, surname; or the official order, surname first ("Lavrov Sergey Viktorovich").
    const middle = isPatronymic(b.text);
    const surnameFirst = !middle && isPatronymic(c.text);
    if ((!surnameFirst && !middle) || !capitalisedPairAt(tokens, i + 1)) continue;
    const name = surnameFirst ? `${b.text} ${a.text}` : `${a.text} ${c.text}`;
    const person = ctx.index.lookup(formKey(name))?.find((f) => f.entity.type === 'PERSON' && (f.kind === 'name' || f.kind === 'alias'));
    if (!person || !replaceable(out, a.start, c.end)) continue;
    const mention: Mention = { start: a.start, end: c.end, label: 'PERSON', entity: person.entity, rule: 'kb:name-with-patronymic' };
    if (out.covers(a.start, c.end)) out.replace(mention);
    else out.add(mention);
    after = i + 2;
  }
}

/** East Slavic patronymics: -ovich, -evich, -ovych, -ovna, -evna, -ivna, -ichna (Russian, Ukrainian, Belarusian). */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovych|evych|yich|ovna|evna|ivna|ichna)$/u;

/** Every patronymic ends in "h" or "a": the pattern is tried only then (this runs for every word). */
function isPatronymic(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 104 || last === 97) && PATRONYMIC.test(word);
}
