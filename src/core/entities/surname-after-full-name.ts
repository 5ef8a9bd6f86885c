import type { KbEntity } from '../kb/model';
import { withoutDisambiguator } from '../kb/spoken-name';
import { LIKELY_CONFIDENCE } from '../types';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { inNameSlot, isSpeechVerb, TITLE_WORDS } from '../text/name-cues';
import { capitalisedPairs, fold, isCapitalized, tokenize, type Token } from '../text/tokens';
import { spanWord } from '../names/syllable-readings';
import { isKbFamilyName } from '../names/surname-alone';
import type { ArticleContext } from './context';
import type { Mention, MentionSet } from './mention';

/**
 * News names a person in full once and by the surname after: "Antonio Conte arrived ... Conte
 * said". The surname alone is the person the article named, whoever else in the KB has it as a
 * short name (Giuseppe Conte) and whether or not the KB lists it as one (most people's short
 * names are not). Only after the full name, only a surname no other person named in full in the
 * article shares, and only where the word stands alone: not inside another name ("Grant
 * Thornton", "Giuseppe Conte"). A surname that is an English word opening a sentence ("Grant
 * applications rose") is the person only before a verb of saying.
 */
export function findSurnamesAfterFullNames(ctx: ArticleContext, out: MentionSet): void {
  linkSurnames(ctx, out, surnamesOfPeopleNamed(ctx, out), (here, named) => here.entity?.type === 'PERSON' && here.entity !== named.entity);
}

/**
 * The same for people the KB does not know, once the unknown names are guessed: "Apolline Dumas
 * was detained ... Dumas said" is that person (no KB entity, the full name as canonical name),
 * not a place guessed from one word. A Chinese name's surname comes first ("Wang Jianguo ... Wang
 * added"). The full names are read from the whole text, not from the mentions of the part
 * analysed: a paragraph analysed again alone still knows the name of the paragraph before.
 */
export function findSurnamesOfUnknownPeople(ctx: ArticleContext, out: MentionSet): void {
  linkSurnames(ctx, out, unknownFullNames(ctx), (here) => here.rule === 'guess:capitalised-run' && !here.entity);
}

/** A person named in full, and where the article first does. Neither entity nor canonical: two people share the surname. */
interface Named {
  entity?: KbEntity;
  canonical?: string;
  after: number;
}

/**
 * Links each lone capitalised word that is the surname of a person in `people`, after their full
 * name; a mention already there is replaced only where `replaceable` says so (as long as the word).
 */
function linkSurnames(ctx: ArticleContext, out: MentionSet, people: Map<string, Named>, replaceable: (here: Mention, named: Named) => boolean): void {
  if (!people.size) return;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalized(t.text)) continue;
    const named = people.get(t.folded.replace(/'s$/, ''));
    if (!named || !(named.entity || named.canonical) || t.start < named.after) continue;
    const end = t.text.endsWith("'s") ? t.end - 2 : t.end;
    if (!standsAlone(ctx, i) || (ctx.sentenceStarts.has(i) && isEnglishWord(t.lower) && !isSpeechVerb(tokens[i + 1]?.lower ?? ''))) continue;
    const here = out.at(t.start, end);
    const mention: Mention = named.entity
      ? { start: t.start, end, label: 'PERSON', entity: named.entity, rule: 'kb:surname-after-full-name' }
      : { start: t.start, end, label: 'PERSON', canonical: named.canonical, rule: 'guess:surname-after-full-name' };
    if (!here) out.add(mention);
    else if (here.start === t.start && here.end === end && !here.correction && replaceable(here, named)) out.replace(mention);
  }
}

/** Notes a person under a surname; a second person under the same one makes it no one's. */
function note(found: Map<string, Named>, surname: string, person: Omit<Named, 'after'>, after: number): void {
  const seen = found.get(surname);
  if (!seen) found.set(surname, { ...person, after });
  else if (seen.entity !== person.entity || seen.canonical !== person.canonical) [seen.entity, seen.canonical] = [undefined, undefined];
  else seen.after = Math.min(seen.after, after);
}

/**
 * Folded surname -> the person the article names in full with it: written right (the counting
 * pass's exact names, anywhere in the article: a paragraph analysed again alone still knows the
 * full name of the paragraph before), or fixed with confidence in the part analysed.
 */
function surnamesOfPeopleNamed(ctx: ArticleContext, out: MentionSet): Map<string, Named> {
  const found = new Map<string, Named>();
  for (const [id, starts] of ctx.countedNames ?? []) {
    const e = ctx.index.byId.get(id);
    const name = e?.type === 'PERSON' ? withoutDisambiguator(e.name) : undefined;
    const surname = name && surnameOf(name);
    if (!surname) continue;
    for (const at of starts) if (fold(ctx.text.slice(at, at + name!.length)) === fold(name!)) note(found, surname, { entity: e }, at + name!.length);
  }
  for (const m of out.all()) {
    if (m.entity?.type !== 'PERSON' || (m.correction && m.correction.confidence < LIKELY_CONFIDENCE)) continue;
    const written = m.correction ? m.correction.replacement : ctx.text.slice(m.start, m.end);
    const words = written.split(/\s+/);
    const surname = surnameOf(withoutDisambiguator(m.entity.name));
    // The full name's last word is the person's surname as the KB writes it (not "Mohammed bin Salman" as "Salman").
    if (words.length < 2 || !surname || fold(words[words.length - 1].replace(/['’]s$/, '')) !== surname) continue;
    note(found, surname, { entity: m.entity }, m.end);
  }
  return found;
}

/** A word of a person's name: a capital, then small letters (marks, apostrophes, hyphens inside). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

// The last text's unknown full names (the passes of one analysis, and its blocks, ask for the same text).
let lastNames: { text: string; ctxIndex: ArticleContext['index']; names: Map<string, Named> } | undefined;

/**
 * Folded surname -> the person the KB does not know first named in full with it: two capitalised
 * words alone (no capitalised word right before or after them), a KB given name and a surname,
 * or a one-syllable surname and a given name in pinyin; neither pair nor surname a KB name of
 * something else (those are the KB's people, or places and bodies). Read from the whole text's
 * words (tokenized again when the analysis has a part's only), remembered for the last text.
 */
function unknownFullNames(ctx: ArticleContext): Map<string, Named> {
  if (lastNames?.text === ctx.text && lastNames.ctxIndex === ctx.index) return lastNames.names;
  const tokens = ctx.partial ? tokenize(ctx.text) : ctx.tokens;
  const pairs = capitalisedPairs(tokens);
  const found = new Map<string, Named>();
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs[p];
    // Alone: the word before is no capitalised word one space before, the word after none one space after.
    if ((p > 0 && pairs[p - 1] === i - 1) || (p + 1 < pairs.length && pairs[p + 1] === i + 1)) continue;
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (!NAME_WORD.test(a.text) || !NAME_WORD.test(b.text) || (i > 0 && tokens[i - 1].end === a.start - 1 && /[.'’-]/.test(ctx.text[a.start - 1]))) continue;
    const [given, family] = [a.folded, b.folded];
    if (ctx.index.lookup(`${given} ${family}`) || namesNoPerson(ctx, family) || FUNCTION_WORDS.has(given) || TITLE_WORDS.has(given)) continue;
    const whole = ctx.text.slice(a.start, b.end);
    // A name in pinyin first: the KB's Chinese people make its surnames look like given names.
    if (pinyinName(a.text, b.text)) note(found, given, { canonical: whole }, b.end);
    // An English word is a surname where some KB person has it as one ("Dumas", "Brown"; not "River").
    else if (family.length >= 3 && (!isEnglishWord(family) || isKbFamilyName(ctx.index, family)) && (ctx.index.isGivenName(given) || personByPlace(ctx.text, a.start, b.end, given))) note(found, family, { canonical: whole }, b.end);
  }
  lastNames = { text: ctx.text, ctxIndex: ctx.index, names: found };
  return found;
}

/**
 * Whether the word is the surname of a person the KB does not know, named in full in the article
 * ("Dumas" after "Marco Dumas"): a name, not a word with its apostrophe dropped ("Duma's").
 */
export const surnameOfUnknownPerson = (ctx: ArticleContext, folded: string): boolean => unknownFullNames(ctx).has(folded);

/** A KB name of a place, a body or anything but a person ("Washington" after "Denzel"). */
const namesNoPerson = (ctx: ArticleContext, folded: string): boolean => ctx.index.lookup(folded)?.some((f) => f.entity.type !== 'PERSON') ?? false;

/**
 * A given name the KB does not have, in a person's place: after a title or before a verb of
 * saying ("Police chief Pieter Mokoena said"), and no English word.
 */
const personByPlace = (text: string, start: number, end: number, given: string): boolean => !isEnglishWord(given) && inNameSlot(text, start, end);

/** A one-syllable surname and a given name in pinyin ("Wang Jianguo"). */
function pinyinName(first: string, last: string): boolean {
  return spanWord(first.toLowerCase()).syllables?.length === 1 && (spanWord(last.toLowerCase()).syllables?.length ?? 0) >= 1 && !isEnglishWord(last.toLowerCase());
}

/** The folded last word of a name of two words or more (three letters at least). */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  const last = fold(words[words.length - 1]);
  return words.length >= 2 && last.length >= 3 ? last : undefined;
}

/**
 * Token i is a word of its own: no capitalised name word right before it (a title or a
 * function word may be) and none right after it.
 */
function standsAlone(ctx: ArticleContext, i: number): boolean {
  const { tokens, text } = ctx;
  const joinedTo = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
  const nameWord = (t: Token): boolean => isCapitalized(t.text) && !TITLE_WORDS.has(t.lower.replace(/\.$/, '')) && !FUNCTION_WORDS.has(t.lower);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (joinedTo(prev, tokens[i]) && nameWord(prev) && !(ctx.sentenceStarts.has(i - 1) && isEnglishWord(prev.lower))) return false;
  return !(joinedTo(tokens[i], next) && nameWord(next) && !tokens[i].text.endsWith("'s"));
}
