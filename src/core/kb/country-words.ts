import type { KbEntity } from './model';

/**
 * A country's one-word names and its demonyms, paired where they share their first letters
 * ("Korea" and "Korean", "China" and "Chinese", "France" and "French"), from the KB's countries.
 */
export interface CountryWords {
  /** Either word of a pair -> the other words it pairs with. */
  readonly alternates: ReadonlyMap<string, readonly string[]>;
  /** A country's one-word name -> its demonyms. */
  readonly demonymsOf: ReadonlyMap<string, readonly string[]>;
}

export function countryWords(countries: Iterable<KbEntity>): CountryWords {
  const alternates = new Map<string, string[]>();
  const demonymsOf = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const c of countries) {
    const names = [c.name, ...(c.aliases ?? [])].filter(oneWord);
    const all = (c.demonyms ?? []).filter(oneWord);
    // The adjective, not the people ("Canadian", not "Canadians").
    const demonyms = all.filter((d) => !all.some((o) => o !== d && (d === `${o}s` || d === `${o}es`)));
    // A demonym pairs with the country's own name (Turkish with Turkey, not Turkiye), else with
    // the name that shares the most first letters with it (Korean with Korea); a name with the
    // country's first demonym, its usual one (Afghanistan with Afghan, not Afghani).
    for (const d of demonyms) {
      const n = (oneWord(c.name) && closest(d, [c.name])) || closest(d, names);
      if (n) add(alternates, d, n);
    }
    const usual = demonyms[0];
    for (const n of names) {
      if (!usual || closest(n, [usual]) === undefined) continue;
      add(alternates, n, usual);
      add(demonymsOf, n, usual);
    }
  }
  return { alternates, demonymsOf };
}

/** English letters only, capitalised: "Korea", "Korean" (not "Afġānistān", not "DPRK"). */
const oneWord = (s: string): boolean => /^[A-Z][a-z]+$/.test(s);

/** The word of `among` sharing the most first letters with `word`, two at least; the first on a tie. */
function closest(word: string, among: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestLength = 1;
  for (const w of among) {
    let k = 0;
    while (k < w.length && k < word.length && w[k] === word[k]) k++;
    if (k > bestLength) [best, bestLength] = [w, k];
  }
  return best;
}

/**
 * The name of a body or an outlet as translations also write it, its country's word the other
 * way: the country for its demonym or the demonym for the country at its start ("Korea Central
 * News Agency", "Chinese Central Television", "Japanese Meteorological Agency"), and the
 * demonym before it for "of" and the country at its end when two words or more are left
 * ("Korean Workers' Party" for the Workers' Party of Korea, 朝鲜劳动党 word by word). A name of
 * two words is no such body: "Kenyan police" is the police of Kenya, described.
 */
export function countryWordForms(name: string, words: CountryWords): string[] {
  const parts = name.split(' ');
  // Two words at least after the country's: "Kenyan Police", "Israel Navy" are phrases.
  if (parts.length < 3) return [];
  const out = new Set<string>();
  for (const alt of words.alternates.get(parts[0]) ?? []) out.add([alt, ...parts.slice(1)].join(' '));
  const n = parts.length;
  if (n >= 4 && parts[n - 2] === 'of') {
    for (const d of words.demonymsOf.get(parts[n - 1]) ?? []) out.add(`${d} ${parts.slice(0, n - 2).join(' ')}`);
  }
  out.delete(name);
  return [...out];
}
