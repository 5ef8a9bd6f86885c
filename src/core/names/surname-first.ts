import type { KbEntity } from '../kb/model';
import { following, type FormEntry } from '../kb/index';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { capitalisedPairs, isCapitalized, type Token } from '../text/tokens';
import { similarity } from './weighted-distance';
import { firstStartingAt } from '../text/spans';

/**
 * Chinese, Japanese and Korean write the family name first, and translations often keep that
 * order ("Kishida Fumio" for the KB's "Fumio Kishida"); the KB may also write the name one way
 * and the article the other. That is the person's name in its own order, not a misrendering:
 * the two words are linked as the entity, with no correction, so that the given name is never
 * taken for a place or a name of its own.
 */

/** Countries whose people write the family name first. */
const FAMILY_NAME_FIRST = new Set(['country:CN', 'country:TW', 'country:HK', 'country:MO', 'country:JP', 'country:KR', 'country:KP', 'country:VN', 'country:SG', 'country:MN']);

/**
 * A person whose name is written family name first at home: of such a country, or (country not
 * given) with a Japanese name in kanji. A Japanese or Korean name alone says nothing: the KB has
 * them for foreigners too (Putin in katakana, with a middle dot between the names).
 */
export function writesFamilyNameFirst(e: KbEntity): boolean {
  if (e.type !== 'PERSON') return false;
  if (e.country) return FAMILY_NAME_FIRST.has(e.country);
  return !!e.names?.ja?.some((n) => /\p{Script=Han}/u.test(n) && !n.includes('・'));
}

/**
 * Two capitalised words that are a person's two-word name in the other order. A span already
 * covered by a longer or corrected mention stays; an exact name inside it (the family name
 * alone, "Kishida") gives way to the whole name.
 */
export function findSurnameFirstNames(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  const trie = ctx.index.formTrie();
  let after = -1; // the scan resumes after a name
  for (const i of capitalisedPairs(tokens)) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // Two capitalised words one space apart, the second one beginning a KB form.
    if (i <= after || text.charCodeAt(a.end) !== 32) continue;
    const first = trie.get(b.folded);
    if (!first) continue;
    const entity = personNamed(following(first)?.get(a.folded)?.entries);
    if (!entity || !replaceable(out, a.start, b.end)) continue;
    const mention = { start: a.start, end: b.end, label: 'PERSON' as const, entity, rule: 'names:surname-first' };
    if (out.covers(a.start, b.end)) out.replace(mention);
    else out.add(mention);
    after = i + 1;
  }
}

/** The family-name-first person of these name forms (a two-word form found in the trie), if exactly one. */
function personNamed(entries: readonly FormEntry[] | undefined): KbEntity | undefined {
  if (!entries) return undefined;
  const people = new Set(entries.filter((f) => (f.kind === 'name' || f.kind === 'alias') && (writesFamilyNameFirst(f.entity) || HUNGARIAN_ORDER(f.entity))).map((f) => f.entity));
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * Hungarian writes the family name first too ("Orbán Viktor"), and a translation from Hungarian
 * may keep that order; but a Hungarian name is no reading of characters, so only this linking
 * counts it (the readings and the whole-name matcher ask writesFamilyNameFirst).
 */
const HUNGARIAN_ORDER = (e: KbEntity): boolean => e.type === 'PERSON' && e.country === 'country:HU';

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

/**
 * "Kishida Fumyo": the family name written right and first, the given name after it garbled. The
 * family name alone was linked; the given name is taken in with it, fixed when it is only alike
 * (the article's order kept: "Kishida Fumio"). Family-name-first people only, and a given name
 * alike enough that it is not another word or another person's.
 */
export function findGarbledGivenNames(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  for (const m of out.all()) {
    const e = m.entity;
    if (!e || m.correction || e.type !== 'PERSON' || !writesFamilyNameFirst(e)) continue;
    const words = e.name.split(/\s+/);
    if (words.length !== 2) continue;
    const [given, family] = words;
    if (text.slice(m.start, m.end) !== family) continue;
    const next: Token | undefined = tokens[firstStartingAt(tokens, m.end)];
    if (!next || next.start !== m.end + 1 || text.charCodeAt(m.end) !== 32 || !isCapitalized(next.text) || out.covers(next.start, next.end)) continue;
    const alike = similarity(next.text, given);
    if (alike < GIVEN_NAME_ALIKE) continue;
    const exact = next.text === given;
    out.replace({
      start: m.start,
      end: next.end,
      label: 'PERSON',
      entity: e,
      rule: 'names:surname-first',
      ...(exact
        ? {}
        : {
            correction: {
              replacement: `${family} ${given}`,
              kind: 'transliteration' as const,
              confidence: 0.8,
              reason: `${family} ${given}, family name first: "${next.text}" sounds like ${given} (${Math.round(alike * 100)}% alike) after the family name written right`,
            },
          }),
    });
  }
}

/** How alike a given name must be to be taken in with the family name before it. */
const GIVEN_NAME_ALIKE = 0.7;
