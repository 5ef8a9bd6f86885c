import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { fold, isCapitalized } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { writesFamilyNameFirst } from './surname-first';
import { KB_ENTITIES_PER_STEP, perKbIndex } from '../slices';

/**
 * A person named by the family name alone ("Ndombele scored"), where the article never gives the
 * full name and the KB does not list the family name as a name of its own: linked when exactly
 * one KB person of one of the article's main countries has it, in a line of news the article is
 * in (a role of another person it names: footballer, foreign minister). Sports and politics
 * reports name people this way after the first mention, and translations often drop the first
 * one. A family name that is an English word, or that two such people share, links nobody. Linking
 * only: the text is right, no correction. Pure: no vscode, no Node APIs.
 */
export function findSurnamesAlone(ctx: ArticleContext, out: MentionSet): void {
  let byFamilyName: Map<string, KbEntity[]> | undefined;
  let main: ReadonlySet<string> | undefined;
  let roles: ReadonlySet<string> | undefined;
  const { tokens, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.length < 3 || !isCapitalized(t.text)) continue;
    // Most capitalised words are no KB person's family name: the map first, the span checks after.
    byFamilyName ??= familyNames.get(ctx.index);
    const people = byFamilyName.get(t.folded);
    if (!people || out.covers(t.start, t.end) || isEnglishWord(t.lower)) continue;
    // A word of a longer name ("Wu Ying") is no family name alone.
    if (nameWordNext(ctx, out, i - 1, i) || nameWordNext(ctx, out, i, i + 1)) continue;
    main ??= mainCountries(ctx);
    roles ??= rolesInArticle(out);
    const inArticle = people.filter((p) => main!.has(ctx.index.countryOf(p)?.id ?? '') && !!p.roles?.some((r) => roles!.has(r)));
    if (inArticle.length !== 1 || text.slice(t.end, t.end + 1) === '-') continue;
    out.add({ start: t.start, end: t.end, label: 'PERSON', entity: inArticle[0], rule: 'kb:family-name-alone' });
  }
}

/** The roles of the people the article names: a family name alone is of someone in the same line of news. */
function rolesInArticle(out: MentionSet): ReadonlySet<string> {
  const roles = new Set<string>();
  for (const m of out.all()) if (m.entity?.type === 'PERSON') for (const r of m.entity.roles ?? []) roles.add(r);
  return roles;
}

/** Tokens a and b are two capitalised words one space apart, b not yet taken by a detector. */
function nameWordNext(ctx: ArticleContext, out: MentionSet, a: number, b: number): boolean {
  const [x, y] = [ctx.tokens[a], ctx.tokens[b]];
  return !!x && !!y && y.start - x.end === 1 && ctx.text.charCodeAt(x.end) === 32 && isCapitalized(x.text) && isCapitalized(y.text) && !out.covers(Math.min(x.start, y.start), Math.max(x.end, y.end));
}

/**
 * The countries the article is mostly about: the most mentioned and any within one of it, named
 * twice at least. A family name alone stands for a compatriot of the story, not a namesake.
 */
function mainCountries(ctx: ArticleContext): ReadonlySet<string> {
  let most = 0;
  for (const n of ctx.countryCounts.values()) most = Math.max(most, n);
  const out = new Set<string>();
  for (const [id, n] of ctx.countryCounts) if (n >= 2 && n >= most - 1) out.add(id);
  return out;
}

/** KB people by their family name (folded): the last word of the name, the first where it comes first. */
const familyNames = perKbIndex(buildFamilyNames);

/** Whether some KB person has this family name (folded): an English word that is one ("brown", "grant") may be a surname. */
export const isKbFamilyName = (index: KbIndex, folded: string): boolean => familyNames.get(index).has(folded);

/** The KB's people with this family name (folded). */
export const peopleWithFamilyName = (index: KbIndex, folded: string): readonly KbEntity[] => familyNames.get(index).get(folded) ?? [];

/** Builds the KB's family-name index in steps, `pause` between them (the editor's preparation), not at the first capitalised word. */
export const prepareFamilyNames = (index: KbIndex, pause: () => Promise<void>): Promise<void> => familyNames.prepare(index, pause);

/** The family-name index, built one slice of people per step. */
function* buildFamilyNames(index: KbIndex): Generator<void, Map<string, KbEntity[]>> {
  const byFamilyName = new Map<string, KbEntity[]>();
  let n = 0;
  for (const e of index.byId.values()) {
    if (++n % KB_ENTITIES_PER_STEP === 0) yield;
    if (e.type !== 'PERSON') continue;
    // Index arithmetic, no pattern: this runs over every person of the KB.
    const paren = e.name.indexOf(' (');
    const name = paren > 0 ? e.name.slice(0, paren) : e.name;
    const firstSpace = name.indexOf(' ');
    if (firstSpace < 0) continue;
    const first = writesFamilyNameFirst(e);
    const family = fold(first ? name.slice(0, firstSpace) : name.slice(name.lastIndexOf(' ') + 1));
    // One-syllable family names (Wang, Ying) are shared by millions: no one's alone.
    if (family.length < (first ? 5 : 3)) continue;
    const list = byFamilyName.get(family);
    if (list) list.push(e);
    else byFamilyName.set(family, [e]);
  }
  return byFamilyName;
}
