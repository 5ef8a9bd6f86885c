import type { KbEntity } from '../kb/model';
import { withoutDisambiguator } from '../kb/spoken-name';
import { LIKELY_CONFIDENCE } from '../types';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { isSpeechVerb, TITLE_WORDS } from '../text/name-cues';
import { fold, isCapitalized, type Token } from '../text/tokens';
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
  const people = surnamesOfPeopleNamed(ctx, out);
  if (!people.size) return;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalized(t.text)) continue;
    const named = people.get(t.folded.replace(/'s$/, ''));
    if (!named || named.entity === undefined || t.start < named.after) continue;
    const end = t.text.endsWith("'s") ? t.end - 2 : t.end;
    if (!standsAlone(ctx, i) || (ctx.sentenceStarts.has(i) && isEnglishWord(t.lower) && !isSpeechVerb(tokens[i + 1]?.lower ?? ''))) continue;
    const here = out.at(t.start, end);
    const mention: Mention = { start: t.start, end, label: 'PERSON', entity: named.entity, rule: 'kb:surname-after-full-name' };
    if (!here) out.add(mention);
    // Another person's short name, as written: the article's own person is meant.
    else if (here.start === t.start && here.end === end && !here.correction && here.entity?.type === 'PERSON' && here.entity !== named.entity) out.replace(mention);
  }
}

/** A person named in full, and where the article first does. `entity` undefined: two people share the surname. */
interface Named {
  entity: KbEntity | undefined;
  after: number;
}

/**
 * Folded surname -> the person the article names in full with it: written right (the counting
 * pass's exact names, anywhere in the article: a paragraph analysed again alone still knows the
 * full name of the paragraph before), or fixed with confidence in the part analysed.
 */
function surnamesOfPeopleNamed(ctx: ArticleContext, out: MentionSet): Map<string, Named> {
  const found = new Map<string, Named>();
  const note = (e: KbEntity, surname: string, after: number): void => {
    const seen = found.get(surname);
    if (!seen) found.set(surname, { entity: e, after });
    else if (seen.entity !== e) seen.entity = undefined;
    else seen.after = Math.min(seen.after, after);
  };
  for (const [id, starts] of ctx.countedNames ?? []) {
    const e = ctx.index.byId.get(id);
    const name = e?.type === 'PERSON' ? withoutDisambiguator(e.name) : undefined;
    const surname = name && surnameOf(name);
    if (!surname) continue;
    for (const at of starts) if (fold(ctx.text.slice(at, at + name!.length)) === fold(name!)) note(e!, surname, at + name!.length);
  }
  for (const m of out.all()) {
    if (m.entity?.type !== 'PERSON' || (m.correction && m.correction.confidence < LIKELY_CONFIDENCE)) continue;
    const written = m.correction ? m.correction.replacement : ctx.text.slice(m.start, m.end);
    const words = written.split(/\s+/);
    const surname = surnameOf(withoutDisambiguator(m.entity.name));
    // The full name's last word is the person's surname as the KB writes it (not "Mohammed bin Salman" as "Salman").
    if (words.length < 2 || !surname || fold(words[words.length - 1].replace(/['’]s$/, '')) !== surname) continue;
    note(m.entity, surname, m.end);
  }
  return found;
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
