import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { isCapitalized } from '../text/tokens';

/**
 * Chinese, Japanese and Korean write the family name first, and translations often keep that
 * order ("Kishida Fumio" for the KB's "Fumio Kishida"); the KB may also write the name one way
 * and the article the other. That is the person's name in its own order, not a misrendering:
 * the two words are linked as the entity, with no correction, so that the given name is never
 * taken for a place or a name of its own.
 */

/** Countries whose people write the family name first. */
const FAMILY_NAME_FIRST = new Set(['country:CN', 'country:TW', 'country:HK', 'country:MO', 'country:JP', 'country:KR', 'country:KP', 'country:VN', 'country:SG', 'country:MN']);

/** A person whose name is written family name first at home: a zh, ja or ko name in the KB, or such a country. */
export function writesFamilyNameFirst(e: KbEntity): boolean {
  if (e.type !== 'PERSON') return false;
  if (e.names?.ja?.length || e.names?.ko?.length) return true;
  return !!e.country && FAMILY_NAME_FIRST.has(e.country);
}

/**
 * Two capitalised words that are a person's two-word name in the other order. A span already
 * covered by a longer or corrected mention stays; an exact name inside it (the family name
 * alone, "Kishida") gives way to the whole name.
 */
export function findSurnameFirstNames(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (b.start !== a.end + 1 || !isCapitalized(a.text) || !isCapitalized(b.text) || text.charCodeAt(a.end) !== 32) continue;
    const entity = personNamed(ctx, b.folded, a.folded);
    if (!entity || !replaceable(out, a.start, b.end)) continue;
    const mention = { start: a.start, end: b.end, label: 'PERSON' as const, entity, rule: 'names:surname-first' };
    if (out.covers(a.start, b.end)) out.replace(mention);
    else out.add(mention);
    i++;
  }
}

/** The East Asian person the KB names exactly `first second` (folded words), if exactly one. */
function personNamed(ctx: ArticleContext, first: string, second: string): KbEntity | undefined {
  // Through the name-form trie: two map lookups, no key string for every pair of capitalised words.
  const entries = ctx.index.formTrie().get(first)?.next?.get(second)?.entries;
  if (!entries) return undefined;
  const people = new Set(entries.filter((f) => (f.kind === 'name' || f.kind === 'alias') && writesFamilyNameFirst(f.entity)).map((f) => f.entity));
  return people.size === 1 ? [...people][0] : undefined;
}

/** Nothing covers [start, end) but exact, uncorrected names inside it (no longer span, no fix). */
function replaceable(out: MentionSet, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const m = out.at(at, end);
    if (!m) return true;
    if (m.start < start || m.end > end || m.correction || !m.rule.startsWith('kb:')) return false;
    at = m.end;
  }
  return true;
}
