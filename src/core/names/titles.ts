import type { KbIndex } from '../kb/index';
import type { Token } from '../text/tokens';
import type { ArticleContext } from '../entities/context';
import { firstEndingAfter } from '../text/spans';
import type { KbEntity } from '../kb/model';
import { formKey } from '../kb/forms';
import { zhConfusable } from './abbreviation';

/**
 * Titles written before a name and the KB roles they fit. News names people by what they do
 * ("singer Celine Dion", "Health Minister X", "football manager Y"): every role of a KB person
 * is such a title for the people who have it, read from the KB itself. Official titles that
 * stand for several roles ("minister" for any minister, "president" for a head of state) are
 * listed here, and only they make an English word after them a name ("Colombian President
 * duke"): after "the singer" an English word is a verb more often than not.
 */
const OFFICIAL_TITLES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['president'], ['president', 'head of state']],
  [['prime minister', 'premier'], ['prime minister', 'head of government']],
  [['foreign minister'], ['foreign minister']],
  [['defence minister', 'defense minister'], ['defence minister', 'defense minister']],
  [['minister'], ['minister', 'foreign minister', 'defence minister', 'prime minister', 'finance minister']],
  [['chancellor'], ['chancellor']],
  [['king', 'emir', 'sultan', 'crown prince'], ['king', 'emir', 'sultan', 'crown prince']],
  [['general', 'commander', 'marshal', 'leader'], ['commander', 'leader', 'general', 'marshal']],
  [['secretary-general', 'secretary general', 'director-general', 'chairman', 'chairwoman', 'chair'], ['director-general', 'secretary-general', 'chairman', 'chair']],
  [['spokesman', 'spokeswoman', 'spokesperson'], ['spokesperson', 'spokesman', 'spokeswoman']],
];

/**
 * Words news uses for a role that the KB names otherwise (an English usage, not a name): a
 * footballer by their position, a manager as the coach or the boss. Not official titles.
 */
export const ROLE_WORDS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'centre-back', 'center-back', 'full-back'], ['footballer']],
  [['coach', 'head coach', 'manager', 'boss'], ['football manager', 'coach', 'basketball coach', 'baseball manager']],
  [['shuttler'], ['badminton player']],
  [['paddler'], ['table tennis player']],
];

/** The longest title phrase, in words. */
const MAX_TITLE_WORDS = 5;

/** A title: the roles it fits, and whether it is an official one. */
export interface Title {
  /** The title as written in lower case ("health minister"): one key per title. */
  phrase: string;
  roles: readonly string[];
  official: boolean;
}

/** Titles by their last word: each title's words and what it fits. */
type TitleTable = Map<string, Array<{ words: string[]; title: Title }>>;

const tables = new WeakMap<KbIndex, TitleTable>();

function tableOf(index: KbIndex): TitleTable {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  const add = (phrase: string, roles: readonly string[], official: boolean) => {
    const words = phrase.split(' ');
    if (words.length > MAX_TITLE_WORDS) return;
    const last = words[words.length - 1];
    const list = table!.get(last) ?? [];
    if (list.some((x) => x.title.phrase === phrase)) return;
    list.push({ words, title: { phrase, roles, official } });
    // Longest first: "foreign minister" before "minister".
    list.sort((a, b) => b.words.length - a.words.length);
    table!.set(last, list);
  };
  for (const [phrases, roles] of OFFICIAL_TITLES) for (const p of phrases) add(p, roles, true);
  for (const [phrases, roles] of ROLE_WORDS) for (const p of phrases) add(p, roles, false);
  for (const e of index.byId.values()) for (const r of e.roles ?? []) add(r, [r], false);
  tables.set(index, table);
  return table;
}

/**
 * The title right before token i ("Health Minister" before a name), with white space only
 * between its words and the name; undefined when there is none.
 */
export function titleBeforeToken(text: string, tokens: readonly Token[], index: KbIndex, i: number): Title | undefined {
  const prev = tokens[i - 1];
  if (!prev || !spacesOnly(text, prev.end, tokens[i].start)) return undefined;
  const candidates = tableOf(index).get(prev.lower);
  if (!candidates) return undefined;
  for (const { words, title } of candidates) if (wordsEndAt(text, tokens, i - 1, words)) return title;
  return undefined;
}

/**
 * A title before a name begins at token i: its words run from i to a token before which the title
 * table finds it ("Foreign Minister" in "India Foreign Minister Ramesh Sen").
 */
export function titleStartsAt(ctx: ArticleContext, i: number): boolean {
  for (let k = i + 1; k <= i + MAX_TITLE_WORDS && k < ctx.tokens.length; k++) {
    const title = titleBeforeToken(ctx.text, ctx.tokens, ctx.index, k);
    if (title && k - title.phrase.split(' ').length === i) return true;
  }
  return false;
}

/** The KB roles the title right before token `t` of the article fits ("Foreign Minister", "singer" before a name), if any. */
export function titleBefore(ctx: ArticleContext, t: Token): readonly string[] | undefined {
  const i = firstEndingAfter(ctx.tokens, t.start);
  return ctx.tokens[i] === t ? titleBeforeToken(ctx.text, ctx.tokens, ctx.index, i)?.roles : undefined;
}

/**
 * The country named right before the title before token i ("Iraqi Prime Minister", "Mali's
 * Foreign Minister", "South Korean President"): a demonym or a country's name with its
 * possessive, one or two words. Undefined without a title or such a word.
 */
export function countryBeforeTitle(ctx: ArticleContext, i: number): KbEntity | undefined {
  const title = titleBeforeToken(ctx.text, ctx.tokens, ctx.index, i);
  if (!title) return undefined;
  let first = i - title.phrase.split(' ').length;
  // "Nigerien former President", "Iraqi caretaker Prime Minister": a word of time between.
  if (first > 0 && QUALIFIERS.has(ctx.tokens[first - 1].lower)) first--;
  for (let n = 2; n >= 1; n--) {
    const from = first - n;
    if (from < 0 || !spacesOnly(ctx.text, ctx.tokens[first - 1].end, ctx.tokens[first].start)) continue;
    const words = ctx.text.slice(ctx.tokens[from].start, ctx.tokens[first - 1].end);
    const possessive = /['’]s$/u.test(words);
    const entries = ctx.index.lookup(formKey(possessive ? words.slice(0, -2) : words)) ?? [];
    const entry = entries.find((f) => (possessive ? (f.kind === 'name' || f.kind === 'alias') && f.entity.type === 'GPE' : f.kind === 'demonym'));
    const country = entry && ctx.index.countryOf(entry.entity);
    if (country) return country;
  }
  return undefined;
}

const QUALIFIERS = new Set(['former', 'then', 'late', 'acting', 'interim', 'caretaker', 'outgoing', 'incoming', 'new']);

/** The person is of that country, has none in the KB, or one whose Chinese name a translator could confuse with it. */
export function ofCountryOrConfusable(ctx: ArticleContext, country: KbEntity, person: KbEntity): boolean {
  const theirs = ctx.index.countryOf(person);
  return !theirs || theirs.id === country.id || !!zhConfusable(country, theirs);
}

/** Whether tokens ..last spell `words` (lower case), one space or more between them. */
function wordsEndAt(text: string, tokens: readonly Token[], last: number, words: readonly string[]): boolean {
  const first = last - words.length + 1;
  if (first < 0) return false;
  for (let k = 0; k < words.length; k++) {
    if (tokens[first + k].lower !== words[k]) return false;
    if (k > 0 && !spacesOnly(text, tokens[first + k - 1].end, tokens[first + k].start)) return false;
  }
  return true;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}
