import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import { capitalisedPairAt } from '../text/tokens';
import { formKey } from '../kb/forms';
import { replaceable } from './whole-names';

/**
 * A Russian, Ukrainian or Belarusian name with its patronymic ("Sergey Viktorovich Lavrov",
 * "Volodymyr Oleksandrovych Zelensky"): official texts and translations from them name people
 * so, and the KB has them as given name and surname. The three words are the person whose given
 * name and surname the first and last are: linked whole, with no correction (the patronymic is
 * part of the full name, not a garbling), before the other passes take "Sergey Viktorovich" for
 * a garbled name of its own.
 */
export function findPatronymicNames(ctx: ArticleContext, out: MentionSet): void {
  const tokens = ctx.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!PATRONYMIC.test(b.text) || !capitalisedPairAt(tokens, i) || !capitalisedPairAt(tokens, i + 1)) continue;
    const person = ctx.index.lookup(formKey(`${a.text} ${c.text}`))?.find((f) => f.entity.type === 'PERSON' && (f.kind === 'name' || f.kind === 'alias'));
    if (!person || !replaceable(out, a.start, c.end)) continue;
    const mention: Mention = { start: a.start, end: c.end, label: 'PERSON', entity: person.entity, rule: 'kb:name-with-patronymic' };
    if (out.covers(a.start, c.end)) out.replace(mention);
    else out.add(mention);
    i += 2;
  }
}

/** East Slavic patronymics: -ovich, -evich, -ovych, -ovna, -evna, -ivna, -ichna (Russian, Ukrainian, Belarusian). */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovych|evych|yich|ovna|evna|ivna|ichna)$/u;
