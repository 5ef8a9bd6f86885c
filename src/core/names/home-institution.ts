import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { formKey } from '../kb/forms';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';

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
  let byHead: Map<string, Map<string, KbEntity | null>> | undefined;
  for (const m of out.all()) {
    const written = m.entity;
    if (!written || m.correction || written.type !== 'ORG' || !written.country) continue;
    if (namesItsCountry(ctx, written)) continue;
    const surface = ctx.text.slice(m.start, m.end);
    if (!genericName(ctx.index, surface)) continue;
    const home = articleCountry(ctx, written.country);
    if (!home) continue;
    byHead ??= institutionsByHead(ctx.index);
    const found = homeBody(byHead, headsOf(ctx.index, written), home);
    if (!found) continue;
    const { head, meant } = found;
    const country = ctx.index.byId.get(written.country);
    const replacement = initialsFor(surface, meant) ?? shortName(meant, home);
    // The same words name both ("National Assembly"): only the link was wrong, not the text.
    if (replacement.toLowerCase() === surface.toLowerCase()) {
      out.replace({ ...m, entity: meant, rule: 'names:home-institution' });
      continue;
    }
    if (!INITIALS.test(surface) && !sharedName(ctx.index, surface)) continue;
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

/**
 * The text names the institution as any country's could be named: by English words that name no
 * country ("Congress", "Foreign Ministry"), or by initials ("DAP"). A name with its country in it
 * ("Ministry of Foreign Affairs of North Korea", "Portuguese Football Federation") or a name of
 * its own ("Quai d'Orsay") is that institution, whatever the article is about.
 */
function genericName(index: KbIndex, surface: string): boolean {
  if (INITIALS.test(surface)) return true;
  const words = surface.split(/\s+/);
  if (!words.every((w) => isEnglishWord(w.toLowerCase()))) return false;
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) if (index.lookup(formKey(words.slice(i, i + n).join(' ')))?.some((f) => f.entity.id.startsWith('country:'))) return false;
  }
  return true;
}

/**
 * The KB gives the words to bodies of more than one country, or as a generic name ("Congress",
 * "Senate", "Foreign Ministry"): a name only one country's body has ("Home Office", "Department of
 * Health and Social Care", "Commonwealth Bank") is that body, whatever the article is about.
 */
function sharedName(index: KbIndex, surface: string): boolean {
  const entries = index.lookup(formKey(surface)) ?? [];
  return entries.some((f) => f.kind === 'context') || new Set(entries.map((f) => f.entity.country)).size > 1;
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

/** The first of the entity's heads that the home country has one body for. */
function homeBody(byHead: Map<string, Map<string, KbEntity | null>>, heads: string[], home: KbEntity): { head: string; meant: KbEntity } | undefined {
  for (const head of heads) {
    const meant = byHead.get(head)?.get(home.id);
    if (meant) return { head, meant };
  }
  return undefined;
}

/**
 * The words of the entity's Chinese name that other countries' bodies share: what it adds to its
 * country's name (美国国会 -> 国会), and a party's name without its first two-character word,
 * the short form Chinese news use (人民行动党 -> 行动党, which 民主行动党 shortens to as well).
 */
function headsOf(index: KbIndex, e: KbEntity): string[] {
  const out: string[] = [];
  const country = e.country ? index.byId.get(e.country) : undefined;
  for (const zh of e.names?.zh ?? []) {
    for (const c of country?.names?.zh ?? []) if (zh.length > c.length && zh.startsWith(c)) out.push(zh.slice(c.length));
  }
  for (const zh of e.names?.zh ?? []) if (zh.endsWith('党') && zh.length >= 5 && !out.includes(zh.slice(2))) out.push(zh.slice(2));
  return out;
}

const heads = new WeakMap<KbIndex, { version: number; byHead: Map<string, Map<string, KbEntity | null>> }>();

/** Institutions by head word and country, built once per KB (and again when it changes). */
function institutionsByHead(index: KbIndex): Map<string, Map<string, KbEntity | null>> {
  const cached = heads.get(index);
  if (cached && cached.version === index.changes) return cached.byHead;
  // Per head and country, the one body (null: two bodies of one country share the head, so it says neither).
  const byHead = new Map<string, Map<string, KbEntity | null>>();
  for (const e of index.byId.values()) {
    if (e.type !== 'ORG' || !e.country) continue;
    for (const head of headsOf(index, e)) {
      const list = byHead.get(head) ?? byHead.set(head, new Map()).get(head)!;
      list.set(e.country, list.has(e.country) ? null : e);
    }
  }
  heads.set(index, { version: index.changes, byHead });
  return byHead;
}

/** Initials for initials ("DAP" -> "PAP"): the body's own, if it has them. */
function initialsFor(surface: string, e: KbEntity): string | undefined {
  if (!INITIALS.test(surface)) return undefined;
  return [...(e.aliases ?? []), ...(e.contextAliases ?? [])].find((a) => INITIALS.test(a));
}

const INITIALS = /^\p{Lu}{2,}$/u;

/**
 * The institution's name without its country ("Parliament" of "Parliament of Singapore" and
 * "Singapore Parliament"; "Diet" of "Japanese Diet"): the lone word the text has stands for it.
 */
function shortName(e: KbEntity, country: KbEntity): string {
  // "Kingdom of Saudi Arabia": its "of" is no word of the country ("Ministry of Health" stays whole).
  const countryWords = new Set([country.name, ...(country.aliases ?? []), ...(country.demonyms ?? [])].flatMap((n) => n.toLowerCase().split(/\s+/)).filter((w) => !FUNCTION_WORDS.has(w)));
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
