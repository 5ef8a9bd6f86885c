import { distance } from 'fastest-levenshtein';
import type { KbEntity } from '../kb/model';
import { isCapitalized } from '../text/tokens';
import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';

/**
 * Chinese abbreviates a country by one character (阿 for Algeria, 利 for Libya) and writes
 * near-identical names for different countries (利比亚 Libya, 利比里亚 Liberia). A translator who
 * expands the abbreviation wrongly writes "Afghan", "Arab" or "Lee" where the source meant
 * "Algerian" or "Libyan". The confusion sets come from the KB's `zh` names, never from a list here.
 */

// Words that make the preceding nationality a state actor ("Afghan foreign minister"), where the
// article's own country is the likely meaning.
const STATE_ACTOR = new Set(
  'government president presidential prime foreign defence defense interior ministry minister officials official side army troops forces state authorities leader embassy ambassador delegation parliament military police navy'.split(' '),
);

const zhNames = (e: KbEntity): string[] => e.names?.zh ?? [];

/** Two countries' Chinese names are confusable: same first character, or one character apart. */
const confusableMemo = new WeakMap<KbEntity, Map<KbEntity, 'abbreviation' | 'near-identical' | undefined>>();

export function zhConfusable(a: KbEntity, b: KbEntity): 'abbreviation' | 'near-identical' | undefined {
  let memo = confusableMemo.get(a);
  if (!memo) confusableMemo.set(a, (memo = new Map()));
  if (!memo.has(b)) memo.set(b, compareZhNames(a, b));
  return memo.get(b);
}

function compareZhNames(a: KbEntity, b: KbEntity): 'abbreviation' | 'near-identical' | undefined {
  for (const x of zhNames(a)) {
    for (const y of zhNames(b)) {
      // 苏丹 / 南苏丹 (Sudan / South Sudan): one name qualifies the other; both are real places.
      if (x.includes(y) || y.includes(x)) continue;
      if (x.length >= 3 && y.length >= 3 && distance(x, y) === 1) return 'near-identical';
      if (x[0] === y[0]) return 'abbreviation';
    }
  }
  return undefined;
}

function demonymOf(e: KbEntity): string {
  return e.demonyms?.[0] ?? e.name;
}

function countOf(ctx: ArticleContext, e: KbEntity): number {
  return ctx.countryCounts.get(e.id) ?? ctx.entityCounts.get(e.id) ?? 0;
}

/** The country counted in the article through other entities than its own name and demonym. */
function supportedOtherwise(ctx: ArticleContext, country: KbEntity): boolean {
  return (ctx.countryCounts.get(country.id) ?? 0) - (ctx.entityCounts.get(country.id) ?? 0) > 0;
}

/** The article's countries, most mentioned first. */
function articleCountries(ctx: ArticleContext): KbEntity[] {
  return [...ctx.countryCounts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => ctx.index.byId.get(id))
    .filter((e): e is KbEntity => !!e && !!e.names?.zh);
}

const nextWord = (ctx: ArticleContext, end: number): string => NEXT_WORD.exec(ctx.text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
const NEXT_WORD = /^ +([\p{L}]+)/u;

/** nextWord after token i, from the next token (no slice of the text: this runs for many capitalised words). */
function wordAfter(ctx: ArticleContext, i: number): string {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!next || next.start === t.end) return '';
  for (let k = t.end; k < next.start; k++) if (ctx.text.charCodeAt(k) !== 32) return '';
  return LETTERS.exec(next.lower)?.[0] ?? '';
}
const LETTERS = /^\p{L}+/u;

/** Wrongly expanded country names and demonyms among the mentions already found. */
export function findAbbreviationConfusions(ctx: ArticleContext, out: MentionSet): void {
  const countries = articleCountries(ctx);
  if (!countries.length) return;
  // Per written entity, the article's countries it could be a confusion of (usually none).
  const rivals = new Map<KbEntity, KbEntity[]>();
  for (const m of out.all()) {
    if (!m.entity || m.correction || (m.label !== 'GPE' && m.label !== 'NORP')) continue;
    let meant = rivals.get(m.entity);
    if (!meant) rivals.set(m.entity, (meant = confusableCountries(ctx, m.entity, countries)));
    const fix = meant.length ? confusedCountry(ctx, m, meant) : undefined;
    if (fix) out.replace(fix);
  }
  findMisreadCharacters(ctx, out, countries);
}

/** The countries (most mentioned first) whose Chinese name `written`'s could be a confusion of, mentioned more often than it. */
function confusableCountries(ctx: ArticleContext, written: KbEntity, countries: KbEntity[]): KbEntity[] {
  const writtenCount = countOf(ctx, written);
  return countries.filter((meant) => meant.id !== written.id && countOf(ctx, meant) >= 3 && countOf(ctx, meant) > writtenCount && zhConfusable(written, meant));
}

/** The first of `meantCandidates` (from confusableCountries) that the mention confuses with. */
function confusedCountry(ctx: ArticleContext, m: Mention, meantCandidates: KbEntity[]): Mention | undefined {
  const written = m.entity!;
  if (written.type !== 'GPE' && written.type !== 'NORP') return undefined;
  if (written.type === 'GPE' && !written.id.startsWith('country:')) return undefined;
  for (const meant of meantCandidates) {
    const how = zhConfusable(written, meant)!;
    const surface = ctx.text.slice(m.start, m.end);
    const isDemonym = m.label === 'NORP';
    // An abbreviation clash needs a state actor after a nationality ("Afghan foreign minister"),
    // and the written country must not be named in the article in its own right.
    if (how === 'abbreviation' && !(isDemonym && STATE_ACTOR.has(nextWord(ctx, m.end)) && !ctx.namedCountries.has(written.id))) continue;
    // A country the article names through its own places, people or bodies too ("Islamabad",
    // "Shehbaz Sharif") is in it as written: "Pakistan" there is no 巴勒斯坦 Palestine misread.
    if (how === 'near-identical' && supportedOtherwise(ctx, written)) continue;
    const replacement = isDemonym ? demonymOf(meant) : meant.name;
    return {
      ...m,
      label: isDemonym ? 'NORP' : 'GPE',
      entity: meant,
      rule: `names:abbreviation-${how}`,
      correction: {
        replacement,
        kind: 'abbreviation-confusion',
        confidence: how === 'near-identical' ? 0.85 : 0.78,
        reason:
          how === 'near-identical'
            ? `"${surface}" (${zhNames(written)[0]}) and ${meant.name} (${zhNames(meant)[0]}) differ by one character in Chinese; the article is about ${meant.name} (${countOf(ctx, meant)} mentions)`
            : `Chinese abbreviates both ${written.name} and ${meant.name} as ${zhNames(meant)[0][0]}; the article is about ${meant.name} (${countOf(ctx, meant)} mentions)`,
      },
    };
  }
  return undefined;
}

/** "Lee government": a one-character abbreviation (利) transliterated as a word instead of expanded. */
function findMisreadCharacters(ctx: ArticleContext, out: MentionSet, countries: KbEntity[]): void {
  // An index loop: this runs once per analysis over every word, often before the optimiser
  // compiles it, where `for...of` makes an iterator result per word.
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    if (!isCapitalized(t.text)) continue;
    const chars = ctx.index.abbreviationReadings.get(t.lower);
    if (!chars) continue;
    const cue = wordAfter(ctx, i);
    if (!STATE_ACTOR.has(cue)) continue;
    const existing = out.at(t.start, t.end);
    if (existing && (existing.label !== 'PERSON' || existing.end > t.end)) continue;
    const meant = countries.find((c) => zhNames(c).some((z) => chars.includes(z[0])));
    if (!meant) continue;
    const end = ctx.text.indexOf(cue, t.end) + cue.length;
    const demonym = demonymOf(meant);
    out.replace({
      start: t.start,
      end,
      label: cue === 'government' || cue === 'army' ? 'ORG' : 'NORP',
      canonical: `${demonym} ${cue}`,
      entity: cue === 'government' || cue === 'army' ? undefined : meant,
      rule: 'names:abbreviation-reading',
      correction: {
        replacement: `${demonym} ${ctx.text.slice(t.end, end).trim()}`,
        kind: 'abbreviation-confusion',
        confidence: 0.75,
        reason: `"${t.text}" reads the Chinese abbreviation ${zhNames(meant)[0][0]} of ${meant.name} (${zhNames(meant)[0]}) as a word; the article is about ${meant.name}`,
      },
    });
  }
}

// Titles that may stand between a nationality and a name ("Pakistani President", "Paraguayan Foreign Minister").
const TITLE_CHAIN = /^ +(?:(?:acting|interim|former|deputy|vice|prime|foreign|defen[cs]e|interior|finance|president|minister|chancellor|premier|king|emir|leader|general|secretary|of|state)\b ?)+ *$/i;

/**
 * "Pakistani President bosonaro": the person is Brazil's president, and Chinese writes both
 * countries with 巴, so the nationality is the misexpanded abbreviation. Runs after the person
 * names are resolved.
 */
export function findNationalityConflicts(ctx: ArticleContext, out: MentionSet): void {
  const all = out.all();
  for (let k = 0; k < all.length; k++) {
    const m = all[k];
    if (m.label !== 'NORP' || m.correction || !m.entity) continue;
    const person = [all[k + 1], all[k + 2]].find((p) => p?.label === 'PERSON' && p.entity?.country);
    if (!person || !TITLE_CHAIN.test(ctx.text.slice(m.end, person.start))) continue;
    const written = ctx.index.countryOf(m.entity);
    const meant = ctx.index.countryOf(person.entity!);
    if (!written || !meant || written.id === meant.id || !zhConfusable(written, meant)) continue;
    out.replace({
      ...m,
      entity: meant,
      rule: 'names:abbreviation-person-country',
      correction: {
        replacement: demonymOf(meant),
        kind: 'abbreviation-confusion',
        confidence: 0.8,
        reason: `${person.entity!.name} is from ${meant.name}; Chinese writes ${written.name} (${zhNames(written)[0] ?? ''}) and ${meant.name} (${zhNames(meant)[0] ?? ''}) alike`,
      },
    });
  }
}
