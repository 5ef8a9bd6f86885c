/**
 * The type character of a Chinese place name: 豪登省 is 豪登 (a transcription, Gauteng) plus 省
 * ("province"). A machine translation reads the transcription back syllable by syllable and
 * translates the type character, so "Houten province" is a reading of 豪登省 whose last
 * syllable stands after it as an English word. Which characters are type words, and their
 * English nouns, comes from the dictionary's glosses (CC-CEDICT, data/cedict/glosses.json) at
 * build time; this module only holds the English nouns that name a kind of place.
 */

/** English nouns for a kind of place: a gloss among these makes a character a type word. */
const FEATURE_NOUNS = ['island', 'archipelago', 'river', 'lake', 'mountain', 'bay', 'gulf', 'peninsula', 'sea', 'strait'];
const PLACE_TYPE_NOUNS = new Set([
  'province', 'state', 'prefecture', 'county', 'city', 'municipality', 'district', 'region',
  'oblast', 'canton', 'territory', 'governorate', ...FEATURE_NOUNS, 'port', 'harbor',
]);

/** The same nouns, and those of smaller places, as English writes them by a place's name. */
const PLACE_NOUNS_IN_TEXT = [...PLACE_TYPE_NOUNS, 'town', 'township', 'village'];

/** An English noun for a kind of place ("City" of "Taixing City", "Town" of "Fengzhen Town"). */
export const isPlaceTypeNoun = (word: string): boolean => PLACE_NOUNS_IN_TEXT.includes(word.toLowerCase());

/** A noun for a natural feature ("River", "Islands"): a name it ends is a location, not a political entity. */
export const isFeatureNoun = (word: string): boolean => FEATURE_NOUNS.includes(singular(word.toLowerCase()));

/** The text calls the span a place: "Taixing County", "the town of Taixing". */
export const calledAPlace = (text: string, start: number, end: number): boolean => typeNounAround(text, start, end, PLACE_NOUNS_IN_TEXT);

/** Type words (one or two characters) and the English nouns their glosses give. */
export type PlaceTypeWords = ReadonlyMap<string, readonly string[]>;

/** The dictionary's words of one or two characters whose glosses include a place-type noun. */
export function placeTypeWords(glosses: Readonly<Record<string, readonly string[]>>): PlaceTypeWords {
  const out = new Map<string, string[]>();
  for (const [word, english] of Object.entries(glosses)) {
    if ([...word].length > 2) continue;
    const nouns = english.map((g) => g.toLowerCase()).filter((g) => PLACE_TYPE_NOUNS.has(g));
    if (nouns.length) out.set(word, nouns);
  }
  return out;
}

/**
 * The type word a place's Chinese name ends with (the longest), if the name keeps two
 * characters or more before it: 豪登省 -> 省, not 广州 (one character left: a name, not a type).
 */
export function trailingTypeWord(zh: string, types: PlaceTypeWords): { word: string; nouns: readonly string[] } | undefined {
  const chars = [...zh];
  for (const n of [2, 1]) {
    if (chars.length - n < 2) continue;
    const word = chars.slice(-n).join('');
    const nouns = types.get(word);
    if (nouns) return { word, nouns };
  }
  return undefined;
}

/**
 * Whether the text around a span has one of the type's English nouns: right after it ("Houten
 * province") or before it with "of" ("the province of Houten"). Plurals count ("islands").
 */
export function typeNounAround(text: string, start: number, end: number, nouns: readonly string[]): boolean {
  const after = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  const before = /(\p{L}+) of[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return [after, before].some((w) => w !== undefined && nouns.includes(singular(w.toLowerCase())));
}

/** Where the type noun right after a span ends ("Andalue Lake": after "Lake"); undefined when none follows. */
export function typeNounEndAfter(text: string, end: number, nouns: readonly string[]): number | undefined {
  const after = /^[ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 30));
  return after && nouns.includes(singular(after[1].toLowerCase())) ? end + after[0].length : undefined;
}

/** A name whose first word is one of the type nouns ("Lake Ontario", "Lake Baikal"). */
export const opensWithNoun = (name: string, nouns: readonly string[]): boolean => nouns.includes(name.split(' ', 1)[0].toLowerCase());

const singular = (w: string): string => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);
