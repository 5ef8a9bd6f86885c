import type { Correction, EntityLabel } from '../types';
import type { FormEntry, FormKind } from '../kb/index';
import type { KbEntity } from '../kb/model';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { formKey, preferredSpelling } from '../kb/forms';
import { inNameSlot, isSpeechVerb, reportingFrame } from '../text/name-cues';
import { scanChoosing, type GazetteerMatch } from './gazetteer';
import { PairMemo } from '../memo';
import { isCapitalized, withoutMarks } from '../text/tokens';
import { pushTo } from '../collections';
import { countMention, countryInArticle, notYet, salience, type ArticleContext } from './context';
import type { Mention, MentionSet } from './mention';
import { afterInstitutionHead, continuesIntoLongerName, endsLongerName, namedAfterPlace, stateWordFollows } from './phrase-cues';

/** How the surface's letter case relates to the form's. */
type CaseFit = 'exact' | 'compatible' | 'wrong';

// A leading article is capitalised or not by the sentence, not by the name ("the National Army").
const leadingArticle = (s: string): string => s.replace(/^the /i, 'the ');

export function caseFit(surface: string, form: string): CaseFit {
  // Asked for every entry of every match, in both passes: remembered per surface and form.
  return surface === form ? 'exact' : fits.get(surface, form);
}

const fits = new PairMemo<CaseFit>(caseFitOf, 100_000);
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;

function caseFitOf(surface: string, form: string): CaseFit {
  const s = leadingArticle(withoutMarks(surface));
  const f = leadingArticle(withoutMarks(form));
  if (s === f) return 'exact';
  if (s === s.toUpperCase() && /\p{Lu}/u.test(s)) return 'compatible'; // ALL CAPS headline
  // "Unesco", "Nato": house style of many papers for an acronym that is pronounced as a word.
  if (f.length >= 4 && f === f.toUpperCase() && s === s[0] + s.slice(1).toLowerCase() && s[0] === f[0]) return 'compatible';
  // The surface may capitalise more than the form ("National Army" for "national army"), never
  // less. Letter by letter: the forms match without their punctuation ("Workers Party" for
  // "Workers' Party"), which would otherwise shift one against the other.
  const sl = s.replace(NOT_LETTER, '');
  const fl = f.replace(NOT_LETTER, '');
  for (let i = 0; i < Math.min(sl.length, fl.length); i++) {
    if (sl[i] !== fl[i] && sl[i] === sl[i].toLowerCase() && fl[i] !== fl[i].toLowerCase()) return 'wrong';
  }
  return 'compatible';
}

const KIND_ORDER: FormKind[] = ['name', 'alias', 'demonym', 'mistranslation', 'context'];
const TYPE_ORDER: EntityLabel[] = ['GPE', 'PERSON', 'ORG', 'MEDIA', 'NORP', 'LOC', 'FAC', 'EVENT'];

/**
 * Pass 1: exact-case names, aliases and demonyms, to learn which entities and countries the
 * article is about. Returns the matches counted (in text order).
 */
export function countKnownNames(ctx: ArticleContext): GazetteerMatch[] {
  // A match is taken where it has an exact use; the exact entries are what counts.
  const matches: GazetteerMatch[] = [];
  scanChoosing(ctx.text, ctx.tokens, ctx.index, (m) => exactEntries(ctx, m), (m, entries) => {
    matches.push(m);
    // An ambiguous form ("Tripoli") counts for none of its entities: it must not tip the balance.
    // Unless they all belong to one country ("Singapore", the city-state and its city): it counts for that country.
    if (entries.length > 1) countSharedCountry(ctx, entries);
    if (entries.length !== 1) return;
    countMention(ctx, entries[0].entity);
    pushTo((ctx.countedNames ??= new Map()), entries[0].entity.id, m.start);
    if (entries[0].kind !== 'demonym' && entries[0].entity.id.startsWith('country:')) ctx.namedCountries.add(entries[0].entity.id);
  });
  return matches;
}

/** The entries of `m` used exactly (NONE: used, but counted for none of them); undefined: no exact use. */
function exactEntries(ctx: ArticleContext, m: GazetteerMatch): readonly FormEntry[] | undefined {
  const entries = kept(m.entries, (e) => isExactUse(ctx, m, e));
  if (!entries.length) return undefined;
  return entries.length === 1 && sharedWithContextAlias(m.entries, entries[0]) ? NONE : entries;
}

const NONE: readonly FormEntry[] = [];

/** The one country every entry belongs to (or is), counted once; a country named as such is named. */
function countSharedCountry(ctx: ArticleContext, entries: readonly FormEntry[]): void {
  const country = ctx.index.countryOf(entries[0].entity);
  if (!country || !entries.every((e) => ctx.index.countryOf(e.entity) === country)) return;
  ctx.countryCounts.set(country.id, (ctx.countryCounts.get(country.id) ?? 0) + 1);
  if (entries.some((e) => e.entity === country && e.kind !== 'demonym')) ctx.namedCountries.add(country.id);
}

/**
 * A name another entity has as its generic phrase in its own country ("Democratic Party": the US
 * party's name, South Korea's Democratic Party where Korea is the subject) is ambiguous too: it
 * is counted for neither, or the name alone would make the first entity's country the article's.
 */
function sharedWithContextAlias(all: readonly FormEntry[], exact: FormEntry): boolean {
  return all.length > 1 && all.some((e) => e.kind === 'context' && e.entity !== exact.entity);
}

/**
 * The entries `keep` takes: the list itself when it takes all of a one-entry list (most forms
 * have one entry; read only, never changed), else a new list.
 */
function kept(entries: readonly FormEntry[], keep: (e: FormEntry) => boolean): readonly FormEntry[] {
  if (entries.length === 1) return keep(entries[0]) ? entries : NONE;
  return entries.filter(keep);
}

function isExactUse(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  if (e.kind === 'context' || e.kind === 'mistranslation') return false;
  if (namesSomethingElse(ctx, m, e) || isStatesDemonym(ctx, m, e) || notYet(e.entity, ctx.referenceDate)) return false;
  const fit = caseFit(m.surface, e.form);
  if (fit === 'wrong') return false;
  return !isAmbiguousWord(ctx, m) || isCountryOrCapitalName(ctx, e) || isDemonymBeforeName(ctx, m, e) || opensReport(ctx, m, e);
}

/**
 * A form that is another of the entity's names plus a type word ("KwaZulu-Natal Province"): the
 * type word takes the sentence's case, never a case fix. Only the name before it is checked
 * ("Kwazulu-natal province" is fixed to "KwaZulu-Natal", the province word left alone).
 */
function typeWordAfterName(m: GazetteerMatch, e: FormEntry): Mention | undefined {
  if (caseFit(m.surface, e.form) !== 'wrong') return undefined;
  const lower = e.form.toLowerCase();
  const base = [e.entity.name, ...(e.entity.aliases ?? [])].find((f) => f.length < e.form.length && lower.startsWith(`${f.toLowerCase()} `));
  if (!base) return undefined;
  const named = m.surface.slice(0, base.length);
  const mention: Mention = { start: m.start, end: m.end, label: e.entity.type, entity: e.entity, rule: 'kb:alias' };
  if (caseFit(named, base) !== 'wrong') return mention;
  const fixed = { ...e, form: base };
  return {
    ...mention,
    end: m.start + base.length,
    rule: 'kb:name',
    correction: { replacement: writtenForm(fixed), kind: 'case', confidence: 0.85, reason: `${e.entity.name} is written "${base}"; the text has it in lower case` },
  };
}

/** A country's or a capital's own name (not a demonym: "Turkish" is no English word to confuse anyway). */
const isCountryOrCapitalName = (ctx: ArticleContext, e: FormEntry): boolean => (e.kind === 'name' || e.kind === 'alias') && ctx.index.isCountryOrCapital(e.entity);

/**
 * A demonym that opens a sentence before a title, a name or a noun ("Chinese President ...",
 * "French officials said", "German composer ..."): an adjective of nationality, whatever else
 * the word may mean ("Polish the silver" goes on with a function word).
 */
function isDemonymBeforeName(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  const next = ctx.tokens[m.last];
  if (e.kind !== 'demonym' || next === undefined || next.start !== m.end + 1 || ctx.text.charCodeAt(m.end) !== 32) return false;
  return isCapitalized(next.text) || (LOWER_START.test(next.text) && !FUNCTION_WORDS.has(next.lower));
}

const LOWER_START = /^\p{Ll}/u;

/** Verbs a company, an outlet or a person opening a sentence is the subject of ("Apple said"). */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported', 'confirmed', 'denied', 'warned']);
/** Titles of a company's officers, written after its name ("Tesla CEO ..."). */
const OFFICER_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'chief', 'chairman', 'chairwoman', 'chair', 'president', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * A company, an outlet or a person whose name is an English word opening a sentence as what
 * reports ("Apple said", "Amazon announced") or before an officer's title ("Tesla CEO ..."): the
 * name, not the word (an apple says nothing, a tesla has no chief executive).
 */
function opensReport(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  const type = e.entity.type;
  if (type !== 'ORG' && type !== 'MEDIA' && type !== 'PERSON') return false;
  const next = ctx.tokens[m.last];
  if (next === undefined || next.start !== m.end + 1 || ctx.text.charCodeAt(m.end) !== 32) return false;
  return REPORTING_VERBS.has(next.text) || (type === 'ORG' && OFFICER_TITLES.has(next.lower));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those']);

/** A single capitalised English word at the start of a sentence ("Dawn broke") is not evidence of a name; an acronym is. */
function isAmbiguousWord(ctx: ArticleContext, m: GazetteerMatch): boolean {
  return m.last - m.first === 1 && ctx.sentenceStarts.has(m.first) && !ALL_CAPS.test(m.surface) && isEnglishWord(m.surface.toLowerCase());
}

// "WHO", "US" at the start of a sentence: a sentence capitalises a word's first letter, not all of them.
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Pass 2: every KB form, with case and mistranslation corrections. */
export function findKnownNames(ctx: ArticleContext, out: MentionSet): void {
  scanChoosing(ctx.text, ctx.tokens, ctx.index, (m) => choose(ctx, m), (_, mention) => out.add(mention));
}

function choose(ctx: ArticleContext, m: GazetteerMatch): Mention | undefined {
  // "the Minsk group": the group (or meeting) named after the place, not linked to the place.
  const named = m.entries.some(isPlace) && caseFit(m.surface, m.entries[0].form) !== 'wrong' ? namedAfterPlace(ctx, m) : undefined;
  if (named) return { start: m.start, end: named.end, label: named.label, rule: 'kb:named-after-place' };
  const usable = kept(m.entries, (e) => usableEntry(ctx, m, e));
  if (!usable.length) return undefined;
  const best = usable.length === 1 ? usable[0] : [...usable].sort((a, b) => rank(ctx, m, b) - rank(ctx, m, a))[0];
  const typed = best.kind === 'name' || best.kind === 'alias' ? typeWordAfterName(m, best) : undefined;
  if (typed) return typed;
  // The state's adjective, not the people's: a nationality without the people's entry.
  if (isStatesDemonym(ctx, m, best)) return { start: m.start, end: m.end, label: 'NORP', rule: 'kb:demonym-of-state' };
  return {
    start: m.start,
    end: m.end,
    label: best.kind === 'demonym' && (best.entity.type === 'GPE' || best.entity.type === 'LOC') ? 'NORP' : best.entity.type,
    entity: best.entity,
    correction: correctionFor(ctx, m, best),
    rule: `kb:${best.kind}`,
  };
}

/**
 * The words around the form make the phrase name something else: "the National Army" is not the
 * outlet The National, "the Minsk group" is not the city.
 */
function namesSomethingElse(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  if (e.kind !== 'name' && e.kind !== 'alias') return false;
  if (continuesIntoLongerName(ctx, m)) return true;
  // A body's one-word short name at the end of another body's name ("Health Commission"); not a person's ("Hugh Grant" is a name of its own).
  if (e.entity.type !== 'PERSON' && e.entity.type !== 'GPE' && e.entity.type !== 'LOC' && endsLongerName(ctx, m)) return true;
  if (e.entity.type === 'MEDIA' && afterInstitutionHead(ctx, m)) return true;
  return isPlace(e) && namedAfterPlace(ctx, m) !== undefined;
}

const isPlace = (e: FormEntry): boolean => (e.entity.type === 'GPE' || e.entity.type === 'LOC') && (e.kind === 'name' || e.kind === 'alias');

/** "the Korean government": a people's demonym (a NORP entity's) before a state's institution. */
const isStatesDemonym = (ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean =>
  e.kind === 'demonym' && e.entity.type === 'NORP' && stateWordFollows(ctx, m);

function usableEntry(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  if (namesSomethingElse(ctx, m, e) || notYet(e.entity, ctx.referenceDate)) return false;
  if (demonymTitle(ctx, e) && !reportingFrame(ctx.text, m.start, m.end)) return false;
  if (e.kind === 'demonym' && namesLanguage(ctx, m)) return false;
  const single = m.last - m.first === 1;
  // Initials ("PAP") only as written: in lower case they are a word.
  if (e.kind === 'context') return (!ALL_CAPS.test(e.form) || m.surface === e.form) && contextFits(ctx, m, e);
  // An outlet's literal translation in lower case ("latest news") is a phrase unless something is reported in it.
  if (e.kind === 'mistranslation') return (!single || !isEnglishWord(m.surface.toLowerCase())) && (e.entity.type !== 'MEDIA' || /\p{Lu}/u.test(m.surface) || reportingFrame(ctx.text, m.start, m.end));
  if (caseFit(m.surface, e.form) !== 'wrong') {
    // An outlet's one-word short name that is an English word ("Nation" for the Daily Nation,
    // "Mirror", "Sun"): the outlet only where something is reported in it or the article is about
    // it or its country ("the concept of 'Japan Nation'" is no Kenyan paper).
    if (single && e.kind === 'alias' && e.entity.type === 'MEDIA' && isEnglishWord(m.surface.toLowerCase()))
      return namedElsewhere(ctx, e.entity.id, m.start) || countryInArticle(ctx, e.entity) || reportingFrame(ctx.text, m.start, m.end);
    if (!isAmbiguousWord(ctx, m)) return true;
    // "Polish the silver": an English verb opening a sentence before its object, whatever the article is about.
    if (DETERMINERS.has(ctx.tokens[m.last]?.lower ?? '')) return false;
    return salience(ctx, e.entity) > 0 || isCountryOrCapitalName(ctx, e) || isDemonymBeforeName(ctx, m, e) || opensReport(ctx, m, e);
  }
  // Wrong case: a name written in lower case. A single English word ("turkey", "is") is just a
  // word; a lower-case place or outlet must belong to the article (people are garbled most).
  if (single) {
    const acronym = /^\p{Lu}{3,}$/u.test(e.form); // "ecowas": acronyms are lower-cased by translation too
    if (isEnglishWord(m.surface.toLowerCase())) return englishSurnameInNameSlot(ctx, m, e);
    // "Uno Shoma", "Ena Shibahara": a capitalised word beside another is a word of a name, not initials.
    if (acronym && m.surface !== m.surface.toLowerCase() && (besideCapitalisedWord(ctx, m) || m.surface.length <= 3)) return false;
    return m.surface.length >= 3 && (e.entity.type === 'PERSON' || acronym || salience(ctx, e.entity) > 0);
  }
  // "Officials in Grand Port said": a name's last word in lower case that is the verb after the
  // name before it is that verb (no "Port Said" written in lower case).
  const last = ctx.tokens[m.last - 1];
  if (last && last.text === last.lower && isSpeechVerb(last.lower)) return false;
  if (m.surface.split(/\s+/).some((w) => !isEnglishWord(w.toLowerCase()))) return true;
  return wholePhraseIsName(m, e) && (e.entity.type !== 'MEDIA' || reportingFrame(ctx.text, m.start, m.end));
}

/** The counting pass counted the entity somewhere else than at `start`. */
const namedElsewhere = (ctx: ArticleContext, id: string, start: number): boolean => ctx.countedNames?.get(id)?.some((at) => at !== start) ?? false;

/** The match's one word has a capitalised word right before or after it (a space between). */
function besideCapitalisedWord(ctx: ArticleContext, m: GazetteerMatch): boolean {
  const capitalised = (k: number, a: number, b: number): boolean => {
    const t = ctx.tokens[k];
    return !!t && /^\p{Lu}/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && ctx.text.slice(ctx.tokens[a].end, ctx.tokens[b].start) === ' ';
  };
  return capitalised(m.last, m.first, m.last) || (m.first > 0 && capitalised(m.first - 1, m.first - 1, m.first));
}

/** "quoted idioms in English.": a language, which is no nationality (and no entity). */
const namesLanguage = (ctx: ArticleContext, m: GazetteerMatch): boolean =>
  IN_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 3), m.start)) && LANGUAGE_END.test(ctx.text.slice(m.end, m.end + 5));
const IN_BEFORE = /(?:^|\s)in $/;
const LANGUAGE_END = /^(?:$|[.,;:!?)]|\s+(?:and|or)\b)/;

/**
 * An outlet named "The" and a demonym ("The Australian", "The Irish Times" is not one): in "The
 * Australian Foreign Minister" the words are the article and the adjective, so the outlet is
 * taken only where something is reported in it.
 */
function demonymTitle(ctx: ArticleContext, e: FormEntry): boolean {
  if (e.entity.type !== 'MEDIA' || !THE_WORD.test(e.form)) return false;
  return ctx.index.lookup(e.form.slice(4).toLowerCase())?.some((f) => f.kind === 'demonym') ?? false;
}

const THE_WORD = /^the \S+$/i;

/**
 * "financial times": every word is English, but two content words together are the name itself.
 * One content word ("the national") is just a phrase.
 */
function wholePhraseIsName(m: GazetteerMatch, e: FormEntry): boolean {
  const content = m.surface.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return (e.kind === 'name' || e.kind === 'alias') && content.length >= 2 && /\p{Lu}/u.test(e.form);
}

/** A generic phrase ("national army") names an entity only when its country is in the article. */
function contextSupports(ctx: ArticleContext, e: FormEntry): boolean {
  const country = ctx.index.countryOf(e.entity);
  return (country ? (ctx.countryCounts.get(country.id) ?? 0) >= 2 : false) || (ctx.entityCounts.get(e.entity.id) ?? 0) > 0;
}

/**
 * The country named right before a body's generic name: "South Korea's Ministry of National
 * Defense", "the Iraqi Interior Ministry" (one, two or three words, a possessive allowed).
 */
function countryBefore(ctx: ArticleContext, m: GazetteerMatch): KbEntity | undefined {
  const { tokens, text } = ctx;
  for (let n = 1; n <= 3 && m.first - n >= 0; n++) {
    const last = tokens[m.first - 1];
    if (!/^(?:['’]s)?\s$/.test(text.slice(last.end, tokens[m.first].start))) return undefined;
    if (n > 1 && text.slice(tokens[m.first - n].end, tokens[m.first - n + 1].start) !== ' ') return undefined;
    const country = countryNamed(ctx, text.slice(tokens[m.first - n].start, last.end).replace(/['’]s$/, ''));
    if (country) return country;
  }
  return undefined;
}

/** "the Foreign Ministry in Beijing": the country of the place named after "in" right after a body's generic name. */
function countryAfter(ctx: ArticleContext, m: GazetteerMatch): KbEntity | undefined {
  const { tokens, text } = ctx;
  if (tokens[m.last]?.lower !== 'in' || text.slice(tokens[m.last - 1].end, tokens[m.last].start) !== ' ') return undefined;
  for (let n = 1; n <= 3 && m.last + n < tokens.length; n++) {
    const country = countryNamed(ctx, text.slice(tokens[m.last + 1].start, tokens[m.last + n].end));
    if (country) return country;
  }
  return undefined;
}

/** The country `words` name: the country itself, its demonym, or one of its places. */
function countryNamed(ctx: ArticleContext, words: string): KbEntity | undefined {
  for (const f of ctx.index.lookup(formKey(words)) ?? []) {
    if (f.kind === 'context' || (f.entity.type !== 'GPE' && f.kind !== 'demonym')) continue;
    const country = f.entity.id.startsWith('country:') ? f.entity : ctx.index.countryOf(f.entity);
    if (country) return country;
  }
  return undefined;
}

/**
 * Whether a body's generic name ("Foreign Ministry") is this entry's: the country named at it
 * decides ("China's Foreign Ministry" is no other country's, even where the KB lacks China's);
 * otherwise the article must be about the body's country.
 */
function contextFits(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  const named = countryBefore(ctx, m) ?? countryAfter(ctx, m);
  if (named) return named === ctx.index.countryOf(e.entity);
  return contextSupports(ctx, e);
}

function rank(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): number {
  const exact = caseFit(m.surface, e.form) === 'exact' ? 1000 : 0;
  return exact + salience(ctx, e.entity) * 10 - KIND_ORDER.indexOf(e.kind) * 2 - TYPE_ORDER.indexOf(e.entity.type) * 0.1 + prominence(ctx, e.entity);
}

/**
 * Where nothing in the article tells two places of one name apart, the one news names more: a
 * country before its city of the same name (Luxembourg, Singapore), a capital before another
 * city (Tripoli in Libya, not in Lebanon; a territory's capital is no such city). Less than a
 * step of the type order.
 */
const prominence = (ctx: ArticleContext, e: KbEntity): number => (e.id.startsWith('country:') ? 0.05 : ctx.index.isSovereignCapital(e) ? 0.03 : 0);

function correctionFor(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): Correction | undefined {
  if (e.kind === 'mistranslation') {
    const known = salience(ctx, e.entity) > 0;
    return {
      replacement: replacementForWords(e.entity, m.last - m.first),
      kind: 'mistranslation',
      confidence: known ? 0.9 : 0.8,
      reason: `"${m.surface}" is a literal translation of the name of ${e.entity.name} (${e.entity.description})`,
    };
  }
  if (e.kind === 'context' || caseFit(m.surface, e.form) !== 'wrong' || commonNounsInLowerCase(ctx, m.surface, e.form)) return undefined;
  return {
    replacement: writtenForm(e),
    kind: 'case',
    confidence: m.last - m.first > 1 ? 0.9 : 0.85,
    reason: `${e.entity.name} is written "${e.form}"; the text has it in lower case`,
  };
}

/**
 * "the Indian army", "the Japanese coast guard": a country's body named by the country's word as
 * the KB writes it, then English words in lower case. English writes it so as often as not; a
 * name lower-cased from its start ("financial times"), or after a word that names no country
 * ("Islamic state": any such state), is the misrendering.
 */
function commonNounsInLowerCase(ctx: ArticleContext, surface: string, form: string): boolean {
  const s = surface.split(' ');
  const f = form.split(' ');
  if (s.length !== f.length || s.length < 2 || s[0] !== f[0] || !countryNamed(ctx, s[0])) return false;
  for (let i = 1; i < s.length; i++) {
    if (s[i] !== f[i] && !(s[i] === s[i].toLowerCase() && s[i] === f[i].toLowerCase() && isEnglishWord(s[i]))) return false;
  }
  return true;
}

/**
 * The entity's name as long as the garbled words: a one-word misrendering of a surname ("haftal")
 * reads as the one-word alias (Haftar), not the full name; else the canonical name.
 */
function replacementForWords(entity: FormEntry['entity'], words: number): string {
  if (words > 1) return entity.name;
  const nameWords = entity.name.split(/\s+/);
  const single = (entity.aliases ?? []).filter((a) => !/\s/.test(a));
  return single.find((a) => a === nameWords[nameWords.length - 1]) ?? single[0] ?? entity.name;
}

/**
 * A case correction changes letter case (and restores diacritics the form's letters imply:
 * "guaido" -> "Guaidó" when the canonical name is "Juan Guaidó"), never the spelling the writer
 * chose among the KB's variants ("Zelensky" stays Zelensky).
 */
const writtenForm = (e: FormEntry): string => preferredSpelling(e.entity.name, e.form);

/**
 * "maduro said": a person's surname that is also an English word ("maduro", "rice", "may"),
 * in lower case, counts only in a name slot and when the person's country is the article's.
 */
function englishSurnameInNameSlot(ctx: ArticleContext, m: GazetteerMatch, e: FormEntry): boolean {
  if (e.entity.type !== 'PERSON' || m.surface.length < 5 || salience(ctx, e.entity) < 3) return false;
  return inNameSlot(ctx.text, m.start, m.end) || namedInSlotElsewhere(ctx, m.surface);
}


// One sense per article: once "maduro" stands in a name slot, its other uses are the name too.
const slotCache = new WeakMap<ArticleContext, Map<string, boolean>>();

function namedInSlotElsewhere(ctx: ArticleContext, surface: string): boolean {
  const cache = slotCache.get(ctx) ?? new Map<string, boolean>();
  slotCache.set(ctx, cache);
  let known = cache.get(surface);
  if (known === undefined) {
    known = false;
    for (let i = ctx.text.indexOf(surface); i >= 0 && !known; i = ctx.text.indexOf(surface, i + 1)) {
      const whole = !/[\p{L}]/u.test(ctx.text[i - 1] ?? '') && !/[\p{L}]/u.test(ctx.text[i + surface.length] ?? '');
      known = whole && inNameSlot(ctx.text, i, i + surface.length);
    }
    cache.set(surface, known);
  }
  return known;
}
