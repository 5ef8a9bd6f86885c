import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';

/**
 * A country's institution named with another country's word for it. Chinese names many
 * countries' bodies alike: 国会 is the US Congress (美国国会), Singapore's Parliament (新加坡国会),
 * Japan's Diet (日本国会); 参议院 the US Senate and Japan's House of Councillors. A translation
 * writes the head word the usual English way ("Congress"), which in English names the US body.
 * Where the article is about another country and never names the one the English word belongs
 * to, the word stands for that country's own institution: the one whose Chinese name is the
 * article's country's name plus the same head word. Derived from the KB's Chinese names.
 */
export function findHomeInstitutions(ctx: ArticleContext, out: MentionSet): void {
  let byHead: Map<string, Map<string, KbEntity>> | undefined;
  for (const m of out.all()) {
    const written = m.entity;
    if (!written || m.correction || written.type !== 'ORG' || !written.country) continue;
    if (namesItsCountry(ctx, written)) continue;
    const home = articleCountry(ctx, written.country);
    if (!home) continue;
    byHead ??= institutionsByHead(ctx.index);
    const head = headOf(ctx.index, written);
    const meant = head ? byHead.get(head)?.get(home.id) : undefined;
    if (!meant || !head) continue;
    const country = ctx.index.byId.get(written.country);
    const surface = ctx.text.slice(m.start, m.end);
    const replacement = shortName(meant, home);
    // The same words name both ("National Assembly"): only the link was wrong, not the text.
    if (replacement.toLowerCase() === surface.toLowerCase()) {
      out.replace({ ...m, entity: meant, rule: 'names:home-institution' });
      continue;
    }
    out.replace({
      ...m,
      entity: meant,
      rule: 'names:home-institution',
      correction: {
        replacement,
        kind: 'mistranslation',
        // A hint: the article may name the other country's body after all ("told Congress").
        confidence: 0.65,
        reason: `the article is about ${home.name} and never names ${country?.name ?? written.country}: "${surface}" renders ${head} of ${meant.names?.zh?.[0]} (${meant.name}) as ${written.name}'s name`,
      },
    });
  }
}

/** The country the article is about, other than `not`: the one most of its mentions belong to (none on a tie). */
function articleCountry(ctx: ArticleContext, not: string): KbEntity | undefined {
  let best: string | undefined;
  let most = 0;
  let tie = false;
  for (const [id, n] of ctx.countryCounts) {
    if (id === not || n < most) continue;
    tie = n === most;
    if (n > most) [best, most] = [id, n];
  }
  return best && !tie ? ctx.index.byId.get(best) : undefined;
}

/** The article names the institution's country otherwise than through the institution itself. */
function namesItsCountry(ctx: ArticleContext, e: KbEntity): boolean {
  if (ctx.namedCountries.has(e.country!)) return true;
  return (ctx.countryCounts.get(e.country!) ?? 0) - (ctx.entityCounts.get(e.id) ?? 0) > 0;
}

/** What the entity's Chinese name adds to its country's (美国国会 -> 国会), if it starts with it. */
function headOf(index: KbIndex, e: KbEntity): string | undefined {
  const country = e.country ? index.byId.get(e.country) : undefined;
  for (const zh of e.names?.zh ?? []) {
    for (const c of country?.names?.zh ?? []) if (zh.length > c.length && zh.startsWith(c)) return zh.slice(c.length);
  }
  return undefined;
}

const heads = new WeakMap<KbIndex, { version: number; byHead: Map<string, Map<string, KbEntity>> }>();

/** Institutions by head word and country, built once per KB (and again when it changes). */
function institutionsByHead(index: KbIndex): Map<string, Map<string, KbEntity>> {
  const cached = heads.get(index);
  if (cached && cached.version === index.changes) return cached.byHead;
  const byHead = new Map<string, Map<string, KbEntity>>();
  for (const e of index.byId.values()) {
    if (e.type !== 'ORG' || !e.country) continue;
    const head = headOf(index, e);
    if (!head) continue;
    const list = byHead.get(head) ?? byHead.set(head, new Map()).get(head)!;
    if (!list.has(e.country)) list.set(e.country, e);
  }
  heads.set(index, { version: index.changes, byHead });
  return byHead;
}

/**
 * The institution's name without its country ("Parliament" of "Parliament of Singapore" and
 * "Singapore Parliament"; "Diet" of "Japanese Diet"): the lone word the text has stands for it.
 */
function shortName(e: KbEntity, country: KbEntity): string {
  const countryWords = new Set([country.name, ...(country.aliases ?? []), ...(country.demonyms ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/)));
  let best = e.name;
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const words = n.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(/\s+/).filter((w) => !countryWords.has(w.toLowerCase()));
    while (words.length && /^(?:of|the)$/i.test(words[words.length - 1])) words.pop();
    while (words.length && /^(?:of|the)$/i.test(words[0])) words.shift();
    const short = words.join(' ');
    if (short && /^\p{Lu}/u.test(short) && short.length < best.length) best = short;
  }
  return best;
}
