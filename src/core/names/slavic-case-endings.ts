import { fold, isCapitalized, type Token } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { Memo } from '../memo';
import type { KbEntity } from '../kb/model';
import type { FormEntry, KbIndex } from '../kb/index';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { rankSpan } from './ranker';
import { titleBefore } from './titles';
import type { NameCandidate } from './candidates';

/**
 * Slavic languages decline names: a translation from Russian, Ukrainian, Polish, Czech, Slovak,
 * Serbian or Croatian often leaves the case ending on ("talks with Lavrovym", "Putina's visit").
 * The endings, from the languages' declension tables (folded to a-z), and what the nominative
 * ends with instead:
 * - nouns ending in a consonant (Lavrov, Putin, Vučić, Novák): gen/acc -a, dat -u (Polish/Czech
 *   -owi/-ovi), instr -om/-ym/-em/-im, loc -e/-ie/-u;
 * - adjectival surnames (Zelensky, Kowalski, Dvorský): gen -ogo/-ovo/-oho/-iego/-eho, dat
 *   -omu/-iemu/-emu, instr/loc -ym/-im/-om/-em; their nominative ends in -y/-iy/-yi/-i;
 * - names ending in -a (Duda, Nikita): gen -y/-i, dat/loc -e/-ie, acc -u/-e, instr -oy/-ou/-a;
 * - given names ending in -ei/-ey/-ii (Sergei, Aleksei, Yurii): -ya, -yu, -em, -e, -ia, -iu;
 * - the female forms of the surnames (Lavrova, Zelenska, Kowalska) and their cases
 *   (-oy/-oi/-oj/-ej/-iej/-u/-uyu/-aya): a woman's name, or the man's in a translation's mix.
 */
const ENDINGS: Array<[string, string[]]> = [
  ['ogo', ['y', 'iy', 'yi', 'yy', 'i']],
  ['ovo', ['y', 'iy', 'yi', 'yy', 'i']],
  ['oho', ['y', 'yi', 'yy', 'iy']],
  ['iego', ['i']],
  ['iemu', ['i']],
  ['eho', ['y']],
  ['emu', ['y']],
  ['omu', ['y', 'iy', 'yi', 'i']],
  ['aya', ['y', 'iy', 'yi', 'i']],
  ['uyu', ['y', 'iy', 'a']],
  ['ovi', ['']],
  ['owi', ['']],
  ['iej', ['i']],
  ['ym', ['', 'y', 'iy', 'yi']],
  ['im', ['', 'i', 'iy']],
  ['om', ['', 'y', 'iy']],
  ['em', ['', 'ei', 'ey', 'y']],
  ['ya', ['y', 'i', 'ei', 'ey']],
  ['yu', ['y', 'i', 'ei', 'ey']],
  ['ia', ['i', 'ii', 'iy']],
  ['iu', ['i', 'ii', 'iy']],
  ['oy', ['', 'a', 'y']],
  ['oi', ['', 'a', 'y']],
  ['oj', ['', 'a', 'y']],
  ['ou', ['a']],
  ['ej', ['', 'i']],
  ['ie', ['', 'a']],
  ['a', ['', 'y', 'i']],
  ['u', ['', 'a']],
  ['e', ['', 'a', 'ei', 'ey']],
  ['y', ['a']],
  ['i', ['a']],
];

/** The last letters of the endings (a e i j m o u y): a word ending otherwise is no case, decided by one lookup. */
const ENDS_AS_A_CASE = new Uint8Array(128);
for (const [ending] of ENDINGS) ENDS_AS_A_CASE[ending.charCodeAt(ending.length - 1)] = 1;

export interface Declined {
  /** The nominative, folded ("lavrov"). */
  nominative: string;
  /** The ending the text has ("a" of "Lavrova"). */
  ending: string;
}

/** Shorter stems are not names: "Ana" is not a case of "An". */
const MIN_STEM = 3;

/** The nominatives a word may be a case of, by the endings above ("lavrovym" -> lavrov, lavrovy, ...). */
export function nominativesOf(word: string): Declined[] {
  return declined.get(fold(word));
}

const declined = new Memo<Declined[]>(decline, 20_000);

function decline(w: string): Declined[] {
  const out: Declined[] = [];
  if (!/^[a-z]+$/.test(w)) return out;
  for (const [ending, nominatives] of ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < MIN_STEM) continue;
    const stem = w.slice(0, -ending.length);
    for (const n of nominatives) if (n !== ending) out.push({ nominative: stem + n, ending });
  }
  return out;
}

/** The ending by which `word` is a case of `name` (a KB word), if it is one. */
export function caseEndingOf(word: string, name: string): string | undefined {
  const n = fold(name);
  return nominativesOf(word).find((d) => d.nominative === n)?.ending;
}

/** How sure a declined form is the name: the ending is the only difference, and it is grammar. */
export const DECLINED_SIMILARITY = 0.96;

/**
 * A capitalised word alone that is a known person's surname with a case ending ("met Lavrovym",
 * "Lavrova said"). A female form is a real name too, so only with support: a title before it
 * that fits the person, or the person named elsewhere in the article. Two-word names ("Sergei
 * Lavrova") are found with their given name by the whole-name matcher.
 */
export function findDeclinedNames(ctx: ArticleContext, out: MentionSet): void {
  let named: Map<string, FormEntry[]> | undefined;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    if (t.text.length < MIN_STEM + 2 || !ENDS_AS_A_CASE[t.text.charCodeAt(t.text.length - 1) & 127] || !isCapitalized(t.text)) continue;
    // Map lookups first (most capitalised words are no case of a KB surname), the rest only then.
    const people = declinedPeople(ctx, t, (named ??= surnamesNamed(ctx)));
    if (!people.length || out.covers(t.start, t.end) || isEnglishWord(t.lower)) continue;
    const title = titleBefore(ctx, t);
    const candidates = ownSpellingFirst(people.flatMap(([d, entry]) => candidateOf(ctx, t, d, entry, title) ?? []));
    const best = candidates.length ? rankSpan(ctx, candidates, title) : undefined;
    if (!best) continue;
    out.add({
      start: t.start,
      end: t.end,
      label: 'PERSON',
      entity: best.entity,
      rule: 'names:case-ending',
      correction: {
        replacement: best.replacement,
        kind: 'transliteration',
        confidence: Math.round(best.confidence * 1000) / 1000,
        reason: `"${t.text}" ${best.evidence}: ${describe(best.entity)}${best.support.length ? `; ${best.support.join('; ')}` : ''}`,
      },
    });
  }
}

/**
 * The last words of the names of the people the article names (folded), as name forms: a surname
 * the KB does not list alone is still theirs once the article has given the full name.
 */
function surnamesNamed(ctx: ArticleContext): Map<string, FormEntry[]> {
  const out = new Map<string, FormEntry[]>();
  for (const id of ctx.entityCounts.keys()) {
    const e = ctx.index.byId.get(id);
    if (e?.type !== 'PERSON') continue;
    const surname = e.name.split(/\s+/).pop()!;
    const key = fold(surname);
    if (key.length >= MIN_STEM) out.set(key, [...(out.get(key) ?? []), { entity: e, form: surname, kind: 'alias' }]);
  }
  return out;
}

/** The person names the word is a case of: one-word KB names (surnames the KB lets name them alone), surnames of people named in the article. */
function declinedPeople(ctx: ArticleContext, t: Token, named: ReadonlyMap<string, FormEntry[]>): ReadonlyArray<[Declined, FormEntry]> {
  const known = kbDeclined(ctx.index, t.folded);
  if (!named.size) return known;
  let out: Array<[Declined, FormEntry]> | undefined;
  for (const d of nominativesOf(t.folded)) for (const entry of named.get(d.nominative) ?? NONE) (out ??= [...known]).push([d, entry]);
  return out ?? known;
}

const NONE: never[] = [];

// The KB's part depends on the word and the KB only: remembered per index until the KB changes.
const kbCases = new WeakMap<KbIndex, { changes: number; memo: Memo<ReadonlyArray<[Declined, FormEntry]>> }>();

function kbDeclined(index: KbIndex, folded: string): ReadonlyArray<[Declined, FormEntry]> {
  let cases = kbCases.get(index);
  if (!cases || cases.changes !== index.changes) kbCases.set(index, (cases = { changes: index.changes, memo: new Memo((w) => lookUpCases(index, w), 20_000) }));
  return cases.memo.get(folded);
}

function lookUpCases(index: KbIndex, folded: string): ReadonlyArray<[Declined, FormEntry]> {
  let out: Array<[Declined, FormEntry]> | undefined;
  for (const d of nominativesOf(folded)) {
    for (const entry of index.lookup(d.nominative) ?? NONE) {
      if (entry.entity.type === 'PERSON' && (entry.kind === 'name' || entry.kind === 'alias') && !entry.form.includes(' ')) (out ??= []).push([d, entry]);
    }
  }
  return out ?? NONE;
}

/**
 * Endings of the oblique cases only (genitive, dative, instrumental of surnames and adjectival
 * surnames): no one's name ends so in the nominative, in any of these languages. "Zelenskogo" is
 * a case of Zelensky whatever else the article says; "Lavrova" may be his wife.
 */
const OBLIQUE_ONLY = new Set(['ogo', 'ovo', 'oho', 'iego', 'eho', 'emu', 'omu', 'iemu', 'ym', 'owi', 'ovi']);

/**
 * The person as a candidate, when the article supports them (named elsewhere, or a title before
 * the word that fits), or when the ending is an oblique case's only: the ranker's gate makes it a
 * hint where nothing else in the article is about them.
 */
function candidateOf(ctx: ArticleContext, t: Token, d: Declined, entry: FormEntry, title: readonly string[] | undefined): NameCandidate | undefined {
  const e = entry.entity;
  const supported = (ctx.entityCounts.get(e.id) ?? 0) > 0 || !!(title && e.roles?.some((r) => title.includes(r)));
  if (!supported && !OBLIQUE_ONLY.has(d.ending)) return undefined;
  return {
    start: t.start,
    end: t.end,
    entity: e,
    replacement: entry.form,
    kind: 'transliteration',
    generator: 'case-ending',
    similarity: DECLINED_SIMILARITY,
    part: 'full',
    basis: 'reading',
    evidence: `is ${entry.form} with the Slavic case ending "-${d.ending}"`,
  };
}

/**
 * Of one person's spellings the case may be of ("Zelensky", "Zelenskiy", "Zelenskyy"), the one
 * of their name where it is among them: the others are left out (the ranker keeps no order
 * between equals).
 */
function ownSpellingFirst(candidates: NameCandidate[]): NameCandidate[] {
  const own = new Set(candidates.filter((c) => c.entity.name.endsWith(` ${c.replacement}`)).map((c) => c.entity));
  return own.size ? candidates.filter((c) => !own.has(c.entity) || c.entity.name.endsWith(` ${c.replacement}`)) : candidates;
}

const describe = (e: KbEntity): string => (e.description ? `${e.name} (${e.description})` : e.name);
