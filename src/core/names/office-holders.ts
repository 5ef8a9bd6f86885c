import { escapeRegExp } from '../text/regexp';
import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import type { Token } from '../text/tokens';
import { fold, isCapitalized } from '../text/tokens';
import { TITLE_WORDS } from '../text/name-cues';
import type { Correction } from '../types';
import { letters, similarity } from './weighted-distance';
import { consonants } from './whole-names';
import { KB_ENTITIES_PER_STEP, perKbIndex } from '../slices';
import { firstStartingAt } from '../text/spans';
import { writesFamilyNameFirst } from './surname-first';
import { ROLE_WORDS } from './titles';

/**
 * A name no matcher recognised, written right after the title of an office ("US Secretary of
 * State Brillings"), where the KB knows who held that office in that country on the article's
 * date: the name is most likely that person's, garbled past what sound matching reaches. The
 * titles are the KB's own roles, the terms the years in its descriptions ("(2021–2025)"); the
 * country is the one named before the title, else the article's. The spelling must still be
 * somewhat alike, so that a correct name the KB lacks (a new minister) is not overwritten; the fix
 * is a hint unless the spelling is close. A body's posts work the same way after the body's name
 * ("Nvidia CEO", "Manchester City striker"): its officers and players are the people whose
 * description names it. Pure: no vscode, no Node APIs.
 */

/** An office holder with the years of their terms (end Infinity: still in office). */
interface Holder {
  entity: KbEntity;
  country: string;
  terms: Array<[number, number]>;
  /** A company's officer or a club's player, known without the years of the post: the holder only where the text names the body. */
  ofBodyOnly?: boolean;
}

interface Offices {
  /** Role (lower case, words space-separated) -> its holders, every country. */
  byRole: Map<string, Holder[]>;
  /** The last word of every role: a title ends with one, so most words are done at one lookup. */
  lastWords: Set<string>;
  longest: number;
}

/** The words of an office title: one holder per country at a time, or a few (deputies). */
const OFFICE_WORD = /\b(?:minister|president|premier|chancellor|secretary|governor|mayor|speaker|king|queen|emperor|attorney general|chief of staff|director[- ]general|managing director|secretary-general|adviser|envoy|commissioner)\b/;
/**
 * English titles of one office written other ways than the KB's role (a language fact, not a
 * rendering of any name): the role, then its other titles.
 */
const TITLE_FORMS: ReadonlyArray<[string, string[]]> = [
  ['foreign minister', ['minister of foreign affairs', 'foreign affairs minister', 'external affairs minister', 'minister of external affairs', 'minister for foreign affairs']],
  ['defence minister', ['defense minister', 'minister of defence', 'minister of defense', 'minister for defence', 'defence secretary', 'defense secretary', 'secretary of defense', 'secretary of defence']],
  ['finance minister', ['minister of finance', 'minister for finance', 'treasury secretary', 'secretary of the treasury']],
  ['interior minister', ['minister of the interior', 'minister of interior', 'home affairs minister', 'minister of home affairs', 'home minister']],
  ['health minister', ['minister of health', 'minister for health']],
  ['justice minister', ['minister of justice', 'minister for justice']],
  ['trade minister', ['minister of trade', 'minister for trade', 'commerce minister']],
  ['prime minister', ['premier']],
  ['chief executive', ['ceo', 'chief executive officer']],
  ['ceo', ['chief executive', 'chief executive officer']],
  ['co-founder', ['founder', 'cofounder']],
  ['founder', ['co-founder', 'cofounder']],
  // A player by their position, a manager as the coach: the words news uses for a role (titles.ts).
  ...ROLE_WORDS.flatMap(([words, roles]) => roles.map((role): [string, string[]] => [role, [...words]])),
];

/**
 * A company's officers and a club's players and managers: the KB gives their posts without years
 * ("Co-founder and chief executive of Nvidia", "Norwegian footballer (Manchester City)"), so they
 * count as holding them now, and only after the body's name ("Nvidia CEO", "Manchester City
 * striker").
 */
const COMPANY_POSTS = ['chief executive', 'chairman', 'chairwoman', 'co-founder', 'founder'];
const BODY_POST = new RegExp(`^(?:${[...COMPANY_POSTS, 'ceo', 'footballer', 'football manager'].join('|')})$`);

/** A company's posts a description names ("Co-founder and chief executive of Nvidia"). */
function postsIn(description: string): string[] {
  return [...description.matchAll(COMPANY_POST_WORDS)].map((m) => m[0].toLowerCase());
}

const COMPANY_POST_WORDS = new RegExp(`\\b(?:${COMPANY_POSTS.join('|')})\\b`, 'gi');

/** Words before a title that make it another office or another time. */
const OTHER_OFFICE = new Set(['deputy', 'vice', 'acting', 'then', 'late', 'assistant', 'shadow', 'junior', 'interim', 'outgoing', 'incoming', 'designate', 'elect', 'future', 'next', 'previous', 'first']);
/** Words before a title that make it a past holder's: one of those whose term had ended. */
const FORMER = new Set(['former', 'ex']);
/** A past holder is one of many: a closer likeness, and no same-initial allowance. */
const MIN_SIMILARITY_FORMER = 0.7;
/** The least spelling likeness a garbled name needs, and with the same first letter. */
const MIN_SIMILARITY = 0.6;
const MIN_SIMILARITY_SAME_INITIAL = 0.5;
/** Close enough to be a preferred fix when the country is named before the title. */
const CLOSE = 0.75;
/** How alike a name's surname must be to the holder's, for a name written in full. */
const SURNAME_FLOOR = 0.7;

const HAS_YEAR = /(?:19|20)\d\d/;

const offices = perKbIndex(buildOffices);

/** Builds the KB's office index in steps, `pause` between them (the editor's preparation), not at the first title. */
export const prepareOfficeHolders = (index: KbIndex, pause: () => Promise<void>): Promise<void> => offices.prepare(index, pause);

/** The office index, built one slice of people per step. */
function* buildOffices(index: KbIndex): Generator<void, Offices> {
  const byRole = new Map<string, Holder[]>();
  // Roles recur (600 of them over 20,000 uses): whether one is an office is asked once.
  const isOffice = new Map<string, boolean>();
  let n = 0;
  for (const e of index.byId.values()) {
    if (++n % KB_ENTITIES_PER_STEP === 0) yield;
    // No year in the description, no term: most people are done at this test, but for a
    // company's officers and a club's players (a post held now, unless the description says it
    // was; a player's years are those of titles won, not of a term).
    if (e.type !== 'PERSON') continue;
    const dated = HAS_YEAR.test(e.description);
    // A company's post may be in the description only ("Co-founder of Microsoft", roles: businessman).
    const roles = dated ? (e.roles ?? []) : [...(e.roles ?? []), ...postsIn(e.description)];
    if (!roles.length || (!dated && !roles.some((r) => BODY_POST.test(r)))) continue;
    const country = index.countryOf(e)?.id;
    if (!country) continue;
    const former = /\bformer\b/i.test(e.description);
    for (const role of roles) {
      let office = isOffice.get(role);
      if (office === undefined) isOffice.set(role, (office = OFFICE_WORD.test(role) || BODY_POST.test(role)));
      if (!office) continue;
      const ofBody = BODY_POST.test(role);
      const terms: Array<[number, number]> = ofBody ? (former ? [] : [[0, Infinity]]) : dated ? termsOf(e.description, role) : [];
      if (!terms.length) continue;
      const list = byRole.get(role) ?? byRole.set(role, []).get(role)!;
      list.push({ entity: e, country, terms, ...(ofBody ? { ofBodyOnly: true } : {}) });
    }
  }
  // The other English titles of the same office ("Minister of Foreign Affairs" for the KB's
  // "foreign minister"): the same holders.
  for (const [role, forms] of TITLE_FORMS) {
    const holders = byRole.get(role);
    if (holders) for (const f of forms) byRole.set(f, [...new Set([...(byRole.get(f) ?? []), ...holders])]);
  }
  const roles = [...byRole.keys()];
  return { byRole, lastWords: new Set(roles.map((r) => r.split(' ').pop()!)), longest: Math.max(1, ...roles.map((r) => r.split(' ').length)) };
}

/**
 * The years of the terms a description gives for a role: the ranges in brackets after the role's
 * words, or all of them when the role is not written out ("US secretary of state (2021–2025)").
 */
export function termsOf(description: string, role: string): Array<[number, number]> {
  const at = description.toLowerCase().indexOf(role);
  const from = at >= 0 ? description.slice(at) : description;
  const upTo = at >= 0 ? from.search(/\)\s*[,;]/) : -1;
  const part = upTo >= 0 ? from.slice(0, upTo + 1) : from;
  const out: Array<[number, number]> = [];
  for (const m of part.matchAll(TERM)) out.push([Number(m[1]), m[2] ? Number(m[2]) : Infinity]);
  return out;
}

const TERM = /\b((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)?(?=\s*[),;])/g;

export function findOfficeHolders(ctx: ArticleContext, out: MentionSet): void {
  const year = Number(ctx.referenceDate?.slice(0, 4));
  if (!year) return;
  let known: Offices | undefined;
  const { tokens } = ctx;
  const fixed = new Map<string, Mention>();
  const decided = new Map<string, { entity: KbEntity; correction: Correction } | null>();
  let main: Owner | null | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i];
    if (word.text.length < 3 || !isCapitalized(word.text)) continue;
    // Most words follow no title: the set of titles' last words first, the span checks after.
    known ??= offices.get(ctx.index);
    if (!known.lastWords.has(tokens[i - 1].lower) || word.start - tokens[i - 1].end !== 1 || ctx.text.charCodeAt(word.start - 1) !== 32 || out.covers(word.start, word.end)) continue;
    const written = titleEndingAt(ctx, known, i - 1);
    if (!written) continue;
    // An honorific between the title and the name ("Foreign Minister Seyed Abbas Araghchi") is
    // neither: the name starts after it.
    const from = i;
    while (i + 1 < tokens.length && TITLE_WORDS.has(tokens[i].lower) && tokens[i + 1].start === tokens[i].end + 1) i++;
    if (i !== from && (!isCapitalized(tokens[i].text) || out.covers(tokens[i].start, tokens[i].end))) continue;
    const t = tokens[i];
    // "former President X", "Japan's former Prime Minister X", "Former US Secretary of State X":
    // a holder whose term had ended.
    const formerFirst = formerAt(ctx, written.first);
    const named = ownerBefore(ctx, out, formerFirst ? written.first - 1 : written.first);
    const former = formerFirst || (!!named && formerAt(ctx, named.first));
    const title: Title = former ? { ...written, former } : written;
    const owner = named ?? (main ??= articleCountry(ctx) ?? null);
    if (!owner) continue;
    // "Foreign Minister Klara Zipse": a given name before a surname the KB knows (another
    // person's) is a name written in full, not the holder's garbled alone.
    if (beforeKnownSurname(ctx, out, i)) continue;
    const end = nameEnd(ctx, out, i);
    const surface = ctx.text.slice(t.start, tokens[end - 1].end);
    // A title and a name recur together: the holder is worked out once per title, owner and name.
    const key = `${title.text}|${former}|${owner.entity.id}|${owner.explicit}|${surface}`;
    let fix = decided.get(key);
    if (fix === undefined) decided.set(key, (fix = withOtherGivenName(ctx, holderFix(title, owner, year, surface, end - i), surface) ?? null));
    if (!fix) continue;
    // The name written right ("Prime Minister Johnson"): linked to the holder, nothing to fix.
    const right = fix.correction.replacement === surface;
    const mention: Mention = { start: t.start, end: tokens[end - 1].end, label: 'PERSON', entity: fix.entity, rule: 'names:office-holder', ...(right ? {} : { correction: { ...fix.correction } }) };
    if (out.add(mention) && !right && !fixed.has(surface)) fixed.set(surface, mention);
    i = end - 1;
  }
  if (fixed.size) spreadToSameSpelling(ctx, out, fixed);
}

/**
 * A name in full whose given name is another the KB's people have ("Foreign Minister Eduardo
 * Vieira" when Mauro Vieira holds the office) is as likely another person of that surname: a
 * hint at most.
 */
function withOtherGivenName(ctx: ArticleContext, fix: { entity: KbEntity; correction: Correction } | undefined, surface: string): { entity: KbEntity; correction: Correction } | undefined {
  const words = surface.split(' ');
  if (!fix || words.length < 2) return fix;
  // Another name, not another spelling of one: other consonants than every word of the holder's ("Yee" is Yi spelt otherwise).
  const own = fix.entity.name.split(/\s+/).map(consonants);
  const other = words.some((w) => !own.includes(consonants(w)) && ctx.index.isGivenName(fold(w)));
  return other ? { ...fix, correction: { ...fix.correction, confidence: Math.min(fix.correction.confidence, OTHER_GIVEN_NAME_HINT) } } : fix;
}

const OTHER_GIVEN_NAME_HINT = 0.6;

/** The fix a title and owner give the name after them: the holder that year, if alike enough. */
function holderFix(title: Title, owner: Owner, year: number, surface: string, words: number): { entity: KbEntity; correction: Correction } | undefined {
  const best = bestHolder(title.holders.filter((h) => owner.holds(h)), year, surface, words, title.former);
  if (!best) return undefined;
  const named = owner.explicit;
  const when = title.former ? `before ${year} it was held by` : `in ${year} that was`;
  return {
    entity: best.holder.entity,
    correction: {
      replacement: best.replacement,
      kind: 'transliteration',
      confidence: best.similarity >= CLOSE && named ? 0.75 : 0.6,
      reason: `"${surface}" follows the title "${title.text}"${named ? ` of ${owner.entity.name}` : `, and the article is about ${owner.entity.name}`}: ${when} ${best.holder.entity.name} (${best.holder.entity.description}); the spelling is ${Math.round(best.similarity * 100)}% alike`,
    },
  };
}

/** The same spelling elsewhere in the article, without the title, is the same person: the same fix. */
function spreadToSameSpelling(ctx: ArticleContext, out: MentionSet, found: ReadonlyMap<string, Mention>): void {
  const { tokens, text } = ctx;
  // By first word: a token is compared with the fixes that start with it (usually none).
  const byFirst = new Map<string, Array<{ surface: string; words: number; m: Mention; reason: string }>>();
  for (const [surface, m] of found) {
    const words = surface.split(' ');
    const list = byFirst.get(words[0]) ?? byFirst.set(words[0], []).get(words[0])!;
    list.push({ surface, words: words.length, m, reason: `${m.correction!.reason} (the same spelling as after the title)` });
  }
  for (let i = 0; i < tokens.length; i++) {
    const spellings = byFirst.get(tokens[i].text);
    if (!spellings) continue;
    for (const { surface, words, m, reason } of spellings) {
      const end = i + words - 1;
      if (end >= tokens.length || text.slice(tokens[i].start, tokens[end].end) !== surface || out.covers(tokens[i].start, tokens[end].end)) continue;
      out.add({ ...m, start: tokens[i].start, end: tokens[end].end, rule: SPREAD_RULE, correction: { ...m.correction!, reason } });
    }
  }
}

const SPREAD_RULE = 'names:office-holder+same-spelling';

/** A title written before a name: its first token, its text, the holders of its office. */
interface Title {
  first: number;
  text: string;
  holders: Holder[];
  /** "former": a holder whose term had ended by the article's year. */
  former?: boolean;
}

/** The longest KB role whose words end at token `last` (not after "former", "deputy"...). */
function titleEndingAt(ctx: ArticleContext, known: Offices, last: number): Title | undefined {
  let words = '';
  let found: Title | undefined;
  for (let k = last; k >= 0 && last - k < known.longest; k--) {
    if (k < last && !/^[ -]$/.test(ctx.text.slice(ctx.tokens[k].end, ctx.tokens[k + 1].start))) break;
    words = k === last ? ctx.tokens[k].lower : `${ctx.tokens[k].lower} ${words}`;
    const holders = known.byRole.get(words) ?? known.byRole.get(words.replace(/ - /g, '-'));
    if (holders) found = { first: k, text: ctx.text.slice(ctx.tokens[k].start, ctx.tokens[last].end), holders };
  }
  if (!found || (found.first > 0 && OTHER_OFFICE.has(ctx.tokens[found.first - 1].lower))) return undefined;
  return found;
}

/** "former" (or "ex") as the word before token k. */
const formerAt = (ctx: ArticleContext, k: number): boolean => k > 0 && FORMER.has(ctx.tokens[k - 1].lower);

/** Whose office it is: a country, or a body ("WHO", "NATO"), and whether the text names it before the title. */
interface Owner {
  entity: KbEntity;
  explicit: boolean;
  holds(h: Holder): boolean;
  /** The owner's first token, where the text names it. */
  first: number;
}

/**
 * The country or body named right before the title ("US", "Japanese", "Singapore's"; "WHO",
 * "NATO"). A body's officers are the holders whose description names it.
 */
function ownerBefore(ctx: ArticleContext, out: MentionSet, first: number): Owner | undefined {
  const start = ctx.tokens[first].start;
  const m = out.before(start, 1)[0];
  if (!m?.entity || !/^(?:['’]s)?\s+$/.test(ctx.text.slice(m.end, start))) return undefined;
  if (m.label === 'ORG') {
    const body = m.entity;
    // The body as the article names it too ("Liverpool" for Liverpool F.C., as descriptions write it).
    const names = [...bodyNames(body), ...wordPattern(ctx.text.slice(m.start, m.end))];
    return { entity: body, explicit: true, first: firstStartingAt(ctx.tokens, m.start), holds: (h) => names.some((re) => re.test(h.entity.description)) };
  }
  if (m.label !== 'GPE' && m.label !== 'NORP') return undefined;
  const country = ctx.index.countryOf(m.entity);
  return country && { entity: country, explicit: true, first: firstStartingAt(ctx.tokens, m.start), holds: (h) => h.country === country.id && !h.ofBodyOnly };
}

const bodyPatterns = new WeakMap<KbEntity, RegExp[]>();

/** A body's names as whole-word patterns, made once per body. */
function bodyNames(body: KbEntity): RegExp[] {
  let names = bodyPatterns.get(body);
  if (!names) bodyPatterns.set(body, (names = [body.name, ...(body.aliases ?? [])].flatMap(wordPattern)));
  return names;
}

/** A name as a whole-word pattern (one in a list: none for an empty name). */
const wordPattern = (name: string): RegExp[] => (name ? [new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu')] : []);

/** The country most of the article's mentions belong to (none on a tie). */
function articleCountry(ctx: ArticleContext): Owner | undefined {
  let best: string | undefined;
  let most = 0;
  let tie = false;
  for (const [id, n] of ctx.countryCounts) {
    if (n < most) continue;
    tie = n === most;
    if (n > most) [best, most] = [id, n];
  }
  const entity = best && !tie && most >= 2 ? ctx.index.byId.get(best) : undefined;
  return entity && { entity, explicit: false, first: -1, holds: (h) => h.country === entity.id && !h.ofBodyOnly };
}

/** Token i is followed by a word a KB person's name begins with: a given name before another person's surname. */
function beforeKnownSurname(ctx: ArticleContext, out: MentionSet, i: number): boolean {
  const next: Token | undefined = ctx.tokens[i + 1];
  if (!next || !isCapitalized(next.text) || next.start - ctx.tokens[i].end !== 1 || ctx.text.charCodeAt(next.start - 1) !== 32) return false;
  const m = out.at(next.start, next.end);
  return !!m && m.label === 'PERSON' && m.start === next.start;
}

/** The name after the title: the capitalised words from token i that no detector took (two at most). */
function nameEnd(ctx: ArticleContext, out: MentionSet, i: number): number {
  let end = i + 1;
  const next: Token | undefined = ctx.tokens[end];
  if (next && isCapitalized(next.text) && ctx.text.slice(ctx.tokens[i].end, next.start) === ' ' && !out.covers(next.start, next.end)) end++;
  return end;
}

/**
 * The holder of the office (its owner's holders) that year whose name the surface is most like, if
 * alike enough and clearly more than any other holder (two deputies at once).
 */
function bestHolder(holders: Holder[], year: number, surface: string, words: number, former = false): { holder: Holder; similarity: number; replacement: string } | undefined {
  const inOffice = (h: Holder) => h.terms.some(([from, to]) => (former ? to < year || (to === year && from < year) : from <= year && year <= to));
  const scored = holders
    .filter(inOffice)
    .map((holder) => ({ holder, ...likeness(surface, holder.entity, words) }))
    .sort((a, b) => b.similarity - a.similarity);
  // A person may hold the office under two of its titles: the rival is another person.
  const best = scored[0];
  const second = scored.find((x) => x.holder.entity !== best?.holder.entity);
  if (!best || (second && best.similarity - second.similarity < 0.15)) return undefined;
  if (former) return best.similarity >= MIN_SIMILARITY_FORMER ? best : undefined;
  const sameInitial = surface[0].toLowerCase() === best.replacement[0].toLowerCase();
  return best.similarity >= MIN_SIMILARITY || (sameInitial && best.similarity >= MIN_SIMILARITY_SAME_INITIAL) ? best : undefined;
}

/**
 * How alike the surface is to the person's name as many words long: for one word, the most alike
 * word of the name (a surname, or the given name some are called by: "Tedros"); for more, the
 * last words (the given names are left out), but a name written family name first is a whole
 * name in two words too ("Yun Seok-yeol" for Yoon Suk Yeol: a given name hyphenated or spaced).
 */
function likeness(surface: string, e: KbEntity, words: number): { similarity: number; replacement: string } {
  const parts = e.name.split(/\s+/);
  const options = words >= parts.length || (words >= 2 && writesFamilyNameFirst(e)) ? [e.name] : words === 1 ? parts.filter((p) => p.length >= 3) : [parts.slice(-words).join(' ')];
  let best = { similarity: 0, replacement: parts.slice(-words).join(' ') };
  // A name written family name first shares its surname with millions: its given name decides
  // ("Park Kun" is 81 % alike Park Jin, its given name 57 %).
  const given = (name: string) => letters(name.slice(name.indexOf(' ') + 1));
  const byGivenName = words >= 2 && writesFamilyNameFirst(e);
  // A name in full whose surname is not the holder's is someone else's, whatever the given name
  // shares ("Mauro Andrade" is no Mauro Vieira, "Suresh Gill" no Subrahmanyam Jaishankar).
  const last = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
  for (const o of options) {
    if (words >= 2 && !byGivenName && similarity(last(surface), last(o)) < SURNAME_FLOOR) continue;
    const sim = byGivenName ? Math.min(similarity(surface, o), similarity(given(surface), given(o))) : similarity(surface, o);
    if (sim > best.similarity) best = { similarity: sim, replacement: o };
  }
  return best;
}
