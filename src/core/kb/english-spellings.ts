import { isEnglishWord } from '../text/english';

/**
 * A name's other English spellings, British or American: "Japan Self-Defence Forces" for the
 * KB's "Japan Self-Defense Forces", "United Nations Development Program" for "...Programme",
 * "Australian Labour Party" for the Australian Labor Party (else "Labour Party" inside it is the
 * British one). A translation writes either, whatever the body's own usage. One word changed at
 * a time, and all of them at once; a word changes only from an English word to an English word
 * (so "Pierre" or "Honduras" never do). An ampersand between words is written "and", and the
 * other way; "Mount", "Saint" and "Fort" opening a name are abbreviated, with a dot or without.
 */
export function englishSpellings(name: string): string[] {
  // "Procter and Gamble" for "Procter & Gamble", and the other way (between words only: not "AT&T").
  const ampersand = name.includes(' & ') ? name.replaceAll(' & ', ' and ') : name.includes(' and ') ? name.replaceAll(' and ', ' & ') : undefined;
  const out = [...britishOrAmerican(name), ...abbreviatedFirstWord(name)];
  return ampersand ? [...out, ampersand] : out;
}

/** "Mount Fuji" as "Mt. Fuji" and "Mt Fuji", "St. Louis" as "Saint Louis" and "St Louis". */
function abbreviatedFirstWord(name: string): string[] {
  const m = FIRST_WORD.exec(name);
  if (!m) return [];
  const [full, short] = ABBREVIATIONS.find(([f, a]) => m[1] === f || m[1] === a || m[1] === `${a}.`)!;
  return [full, `${short}.`, short].filter((w) => w !== m[1]).map((w) => `${w} ${m[2]}`);
}

const ABBREVIATIONS: Array<[string, string]> = [
  ['Mount', 'Mt'],
  ['Saint', 'St'],
  ['Fort', 'Ft'],
];
const FIRST_WORD = /^(Mount|Mt\.?|Saint|St\.?|Fort|Ft\.?) (\p{Lu}.*)$/u;

function britishOrAmerican(name: string): string[] {
  const words = name.split(/(\P{L}+)/u);
  const changed = words.map((w) => otherSpelling(w));
  if (!changed.some(Boolean)) return [];
  const out = new Set<string>();
  changed.forEach((alt, i) => {
    if (alt) out.add(words.map((w, k) => (k === i ? alt : w)).join(''));
  });
  out.add(words.map((w, k) => changed[k] ?? w).join(''));
  out.delete(name);
  return [...out];
}

// Endings that differ between British and American English, each way.
const RULES: Array<[RegExp, string]> = [
  [/(\p{L}{2,})our$/u, '$1or'],
  [/(\p{L}{2,})or$/u, '$1our'],
  [/ence$/u, 'ense'],
  [/ense$/u, 'ence'],
  [/is(e|ed|es|ing|ation|ations|er|ers)$/u, 'iz$1'],
  [/iz(e|ed|es|ing|ation|ations|er|ers)$/u, 'is$1'],
  [/([tb])re$/u, '$1er'],
  [/([tb])er$/u, '$1re'],
  [/mme$/u, 'm'],
  [/ram$/u, 'ramme'],
  [/ogue$/u, 'og'],
  [/yse$/u, 'yze'],
  [/yze$/u, 'yse'],
];

/** The word in the other spelling, its case kept, if both are English words. */
function otherSpelling(word: string): string | undefined {
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  for (const [pattern, replacement] of RULES) {
    if (!pattern.test(lower)) continue;
    const alt = lower.replace(pattern, replacement);
    if (alt !== lower && isEnglishWord(alt) && isEnglishWord(lower)) return sameCase(word, alt);
  }
  return undefined;
}

/** `alt` written in the case of `word` (capitalised, all capitals or lower case). */
function sameCase(word: string, alt: string): string {
  if (word === word.toUpperCase()) return alt.toUpperCase();
  return /^\p{Lu}/u.test(word) ? alt[0].toUpperCase() + alt.slice(1) : alt;
}
