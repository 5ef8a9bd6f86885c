import type { KbEntity } from '../kb/model';
import type { ArticleContext } from '../entities/context';
import { letters, similarity, weightedDistance } from './weighted-distance';
import { PairMemo } from '../memo';

/**
 * What a name loses when a translation writes it in another script and an English translation
 * writes it back. Each source script has its own letter and sound correspondences, from the
 * script's phonology: the sounds it cannot write are written with the nearest ones it has, and
 * some sounds need several letters once romanised again.
 *
 * - Arabic script (Arabic, Persian, Urdu, Pashto): Arabic has no p, v or hard g (ب, ف, ج/غ stand
 *   for them), writes three vowels (a, i, u: e reads i, o reads u), a long i (ی) comes back "ee",
 *   and ch is written ش (sh).
 * - Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian...): h is х (kh) or г (g), w is в
 *   (v), z of German and Polish names is ц (ts), j is дж (dzh), th is т (t) or ф (f), x is кс (ks),
 *   hard c is к (k), й is written i or y (Sergei/Sergey), ph is ф (f).
 * - Japanese katakana: l and r are one sound, v is ブ (b), si/ti/tu/di are シ/チ/ツ/ジ (shi, chi,
 *   tsu, ji), f is フ (fu) and th is ス/ズ (s); every consonant but n carries a vowel (u, or o
 *   after t and d), which a romanisation keeps ("Torampu").
 * - Korean hangul: f is ㅍ (p), l and r are one letter (ㄹ), v is ㅂ (b), z is ㅈ (j), th is ㅅ (s);
 *   a lone consonant is written with ㅡ (eu).
 *
 * A correspondence is applied to the name as the KB writes it (English spelling -> what comes
 * back); the rest of the difference is paid at the weighted edit distance's prices. Each
 * correspondence costs little but not nothing, so the name that needs fewer of them wins.
 */
export type SourceScript = 'arabic' | 'cyrillic' | 'kana' | 'hangul';

interface Correspondence {
  /** Where it applies in the English spelling (global, lower-case a-z). */
  find: RegExp;
  /** What the script brings back there ($1 for a kept group). */
  to: string;
  /** Shown in the hover: "p written b". */
  note: string;
  /** Part of the script's own spelling of its sounds (a vowel added to a lone consonant): weaker evidence of the route than a letter the script lacks. */
  filler?: boolean;
  /** A change the Chinese round trip makes as well (a vowel, l/r, b/p, v/w, c/k): no sign of this script by itself. */
  shared?: boolean;
}

interface Script {
  /** In the hover: "through Arabic script". */
  label: string;
  /** Countries whose names and articles are written in this script (ISO 3166-1 alpha-2). */
  countries: readonly string[];
  correspondences: readonly Correspondence[];
}

/** An English i before one consonant and a vowel, said "ai" (Biden, Nike): scripts that write sounds write it ai. */
const SAID_AI = /(?<![aeiou])i(?=[bcdfgklmnprstvz][aeiou])/g;
const LONE_CONSONANT = '(?=[bcdfghjklmnpqrstvwxz]|$)';

export const SCRIPTS: Record<SourceScript, Script> = {
  arabic: {
    label: 'Arabic script',
    countries: ['SA', 'AE', 'EG', 'IQ', 'SY', 'JO', 'LB', 'PS', 'KW', 'QA', 'BH', 'OM', 'YE', 'LY', 'TN', 'DZ', 'MA', 'SD', 'MR', 'SO', 'DJ', 'KM', 'IR', 'AF', 'PK'],
    correspondences: [
      { find: /p/g, to: 'b', note: 'p written b', shared: true },
      { find: /v/g, to: 'f', note: 'v written f', shared: true },
      { find: /g(?!h)/g, to: 'j', note: 'g written j' },
      { find: /g(?!h)/g, to: 'gh', note: 'g written gh' },
      { find: /e/g, to: 'i', note: 'e read i', shared: true },
      { find: /o/g, to: 'u', note: 'o read u', shared: true },
      { find: /i/g, to: 'ee', note: 'long i written ee' },
      { find: /ch/g, to: 'sh', note: 'ch written sh' },
    ],
  },
  cyrillic: {
    label: 'Cyrillic',
    countries: ['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ', 'BG', 'RS', 'MK', 'MN', 'ME', 'BA'],
    correspondences: [
      { find: /(?<![cskgpt])h/g, to: 'kh', note: 'h written kh' },
      { find: /(?<![cskgpt])h/g, to: 'g', note: 'h written g' },
      { find: /w/g, to: 'v', note: 'w written v', shared: true },
      { find: /t?z/g, to: 'ts', note: 'z written ts' },
      { find: /j/g, to: 'dzh', note: 'j written dzh' },
      { find: /th/g, to: 't', note: 'th written t' },
      { find: /x/g, to: 'ks', note: 'x written ks' },
      { find: /c(?![eihk])|ck/g, to: 'k', note: 'c written k', shared: true },
      { find: /c(?=[ei])/g, to: 'ts', note: 'c written ts' },
      { find: /ph/g, to: 'f', note: 'ph written f' },
      { find: /sch/g, to: 'sh', note: 'sch written sh' },
      { find: SAID_AI, to: 'ai', note: 'i said "ai" written ai' },
      { find: /ey$|y$/g, to: 'ei', note: 'final y written i', shared: true },
      { find: /ei$|i$/g, to: 'ey', note: 'final i written y', shared: true },
    ],
  },
  kana: {
    label: 'Japanese kana',
    countries: ['JP'],
    correspondences: [
      { find: /l/g, to: 'r', note: 'l written r', shared: true },
      { find: /v/g, to: 'b', note: 'v written b' },
      { find: /c(?![eih])|ck/g, to: 'k', note: 'c written k', shared: true },
      { find: SAID_AI, to: 'ai', note: 'i said "ai" written ai' },
      { find: /si/g, to: 'shi', note: 'si written shi' },
      { find: /ti/g, to: 'chi', note: 'ti written chi' },
      { find: /tu/g, to: 'tsu', note: 'tu written tsu' },
      { find: /di/g, to: 'ji', note: 'di written ji' },
      { find: /th/g, to: 's', note: 'th written s' },
      { find: /f(?!u)/g, to: 'fu', note: 'f written fu', filler: true },
      { find: new RegExp(`([bgkmprsz])${LONE_CONSONANT}`, 'g'), to: '$1u', note: 'u added to a lone consonant', filler: true },
      { find: new RegExp(`([td])${LONE_CONSONANT}`, 'g'), to: '$1o', note: 'o added to a lone t or d', filler: true },
    ],
  },
  hangul: {
    label: 'Korean hangul',
    countries: ['KR', 'KP'],
    correspondences: [
      { find: /f/g, to: 'p', note: 'f written p' },
      { find: /l/g, to: 'r', note: 'l written r', shared: true },
      { find: /r/g, to: 'l', note: 'r written l', shared: true },
      { find: /v/g, to: 'b', note: 'v written b' },
      { find: /z/g, to: 'j', note: 'z written j', shared: true },
      { find: /c(?![eih])|ck/g, to: 'k', note: 'c written k', shared: true },
      { find: SAID_AI, to: 'ai', note: 'i said "ai" written ai' },
      { find: /th/g, to: 's', note: 'th written s' },
      { find: new RegExp(`([bcdfgkprstvz])${LONE_CONSONANT}`, 'g'), to: '$1eu', note: 'eu added to a lone consonant', filler: true },
    ],
  },
};

/** What one correspondence costs (a change the script forces is cheap, never free). */
const CORRESPONDENCE_COST = 0.1;
/** At most this many correspondences in one word: names are short. */
const MAX_STEPS = 6;

export interface RoundTrip {
  script: SourceScript;
  /** 1 for the word as the script brings the name back, lower for what is left unexplained. */
  similarity: number;
  /** The correspondences used, in words ("p written b"). */
  notes: string[];
  /** How many of them are letters the script lacks (not its added vowels): evidence of the route. */
  telling: number;
  /** How many of them no Chinese round trip makes (kh, dzh, ee, shi, added vowels...): a sign of this script even in one word. */
  distinctive: number;
}

/**
 * How `written` (the text's word) reads as `name` (the KB's word) through `script`: the
 * correspondences that bring the name closest to the word, chosen greedily (each must pay for
 * itself), and the similarity of what is left. Undefined when no correspondence helps.
 */
export function throughScript(written: string, name: string, script: SourceScript): RoundTrip | undefined {
  const target = letters(written);
  let current = letters(name);
  let distance = weightedDistance(current, target);
  const notes: string[] = [];
  let telling = 0;
  let distinctive = 0;
  let paid = 0;
  for (let step = 0; step < MAX_STEPS && distance > 0; step++) {
    const best = bestStep(current, target, distance, SCRIPTS[script].correspondences);
    if (!best) break;
    [current, distance] = [best.spelled, best.distance];
    paid += CORRESPONDENCE_COST;
    if (!notes.includes(best.rule.note)) notes.push(best.rule.note);
    if (!best.rule.filler) telling++;
    if (!best.rule.shared) distinctive++;
  }
  if (!notes.length) return undefined;
  const length = Math.max(target.length, letters(name).length, 1);
  return { script, similarity: Math.max(0, 1 - (distance + paid) / length), notes, telling, distinctive };
}

/** The one application of a correspondence that lowers the distance most (net of its cost). */
function bestStep(spelled: string, target: string, distance: number, rules: readonly Correspondence[]): { spelled: string; distance: number; rule: Correspondence } | undefined {
  let best: { spelled: string; distance: number; rule: Correspondence } | undefined;
  for (const rule of rules) {
    rule.find.lastIndex = 0;
    for (const m of spelled.matchAll(rule.find)) {
      const replaced = rule.to.replace('$1', m[1] ?? '');
      const next = spelled.slice(0, m.index) + replaced + spelled.slice(m.index! + m[0].length);
      const d = weightedDistance(next, target);
      if (d + CORRESPONDENCE_COST < (best ? best.distance + CORRESPONDENCE_COST : distance)) best = { spelled: next, distance: d, rule };
    }
  }
  return best;
}

/**
 * The scripts a name may plausibly have come through in this article: the one its person's
 * country writes, and those of the countries the article names.
 */
export function plausibleScripts(ctx: ArticleContext, e: KbEntity): ReadonlySet<SourceScript> {
  const article = articleScripts(ctx);
  const own = e.country ? SCRIPT_OF_COUNTRY.get(e.country) : undefined;
  return !own || article.has(own) ? article : new Set([...article, own]);
}

// The article's scripts, worked out once per analysis (its country counts are one map per analysis).
const byArticle = new WeakMap<ReadonlyMap<string, number>, { named: number; scripts: ReadonlySet<SourceScript> }>();

/** The scripts the countries the article names write in. */
export function articleScripts(ctx: ArticleContext): ReadonlySet<SourceScript> {
  const known = byArticle.get(ctx.countryCounts);
  if (known && known.named === ctx.namedCountries.size + ctx.countryCounts.size) return known.scripts;
  const scripts = new Set<SourceScript>();
  for (const id of ctx.countryCounts.keys()) addScript(scripts, id);
  for (const id of ctx.namedCountries) addScript(scripts, id);
  byArticle.set(ctx.countryCounts, { named: ctx.namedCountries.size + ctx.countryCounts.size, scripts });
  return scripts;
}

function addScript(scripts: Set<SourceScript>, countryId: string): void {
  const s = SCRIPT_OF_COUNTRY.get(countryId);
  if (s) scripts.add(s);
}

/** Each country's script, by KB id ("country:RU" -> cyrillic). */
const SCRIPT_OF_COUNTRY = new Map<string, SourceScript>(
  (Object.entries(SCRIPTS) as Array<[SourceScript, Script]>).flatMap(([script, s]) => s.countries.map((c): [string, SourceScript] => [`country:${c}`, script])),
);

/** How close a script must bring a word to the name to be said to explain it: not one change of several. */
const EXPLAINS = 0.88;

/**
 * The plausible script that explains `written` as `name` (nearly all of the difference, better
 * than the plain distance, with a change only that script makes), if one does: one word with l
 * for r in an article that names Korea still came through Chinese as likely as through hangul.
 */
export function bestRoundTrip(written: string, name: string, scripts: Iterable<SourceScript>): RoundTrip | undefined {
  let best: RoundTrip | undefined;
  for (const script of scripts) {
    const trip = roundTrips.get(`${written}|${name}`, script) || undefined;
    if (trip && trip.distinctive > 0 && trip.similarity >= EXPLAINS && trip.similarity > (best?.similarity ?? 0)) best = trip;
  }
  return best;
}

// A garbling recurs in an article and across articles (every reason of it asks): remembered.
const roundTrips = new PairMemo<RoundTrip | false>((pair, script) => {
  const [written, name] = pair.split('|');
  const trip = throughScript(written, name, script as SourceScript);
  return !!trip && trip.similarity > similarity(written, name) && trip;
}, 10_000);

/**
 * The word with the letter groups only Cyrillic's romanisation writes put back the English way
 * (kh -> h, dzh -> j, ts -> z, ks -> x), or undefined when it has none: "Dzhonson" is compared as
 * "jonson" too.
 */
export function beforeCyrillic(word: string): string | undefined {
  const w = letters(word);
  const back = w.replace(/kh/g, 'h').replace(/dzh/g, 'j').replace(/ts/g, 'z').replace(/ks/g, 'x');
  return back !== w ? back : undefined;
}

/** The script of a country's own writing (ISO code), if it is one of these. */
export function scriptOfCountry(countryCode: string | undefined): SourceScript | undefined {
  return countryCode ? SCRIPT_OF_COUNTRY.get(`country:${countryCode}`) : undefined;
}

/**
 * The spellings a word may have had before a round trip through each script, for finding
 * candidates by their consonant skeleton: the letter groups only the scripts write are written
 * back the English way (kh -> h, dzh -> j, ts -> z, shi -> si, added vowels dropped, f -> v...).
 */
export function spellingsBefore(word: string): string[] {
  const w = letters(word);
  const kana = w.replace(/shi/g, 'si').replace(/chi/g, 'ti').replace(/tsu/g, 'tu').replace(/([bgkmprsz])u(?=[bcdfghjklmnpqrstvwxz]|$)/g, '$1').replace(/([td])o(?=[bcdfghjklmnpqrstvwxz]|$)/g, '$1');
  const out = new Set<string>([
    beforeCyrillic(w) ?? w,
    w.replace(/^g/, 'h'),
    w.replace(/f/g, 'v').replace(/b/g, 'p'),
    w.replace(/j/g, 'g'),
    kana,
    w.replace(/([bcdfgkprstvz])eu(?=[bcdfghjklmnpqrstvwxz]|$)/g, '$1').replace(/p/g, 'f'),
  ]);
  // Kana and hangul write v as b and l as r ("Ebansu" for Evans, "Rahiri" for Lahiri): only a word
  // made of kana's syllables (a consonant and a vowel, or n) or with hangul's filler eu is spelt back so.
  if (KANA_SHAPED.test(w) || w.includes('eu')) for (const k of [kana.replace(/b/g, 'v'), kana.replace(/r/g, 'l'), kana.replace(/^r/, 'l')]) out.add(k);
  out.delete(w);
  return [...out];
}

/** Kana's syllables romanised: a vowel, a consonant (or sh, ch, ts) and a vowel, or n. */
const KANA_SHAPED = /^(?:(?:[bdfghjkmnprstwyz]|sh|ch|ts)?[aeiou]|n)+$/;
