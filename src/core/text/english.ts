import bloomData from '../../../out/english.bloom.json';
import { Bloom, type BloomData } from './bloom';
import { bundledData } from './bundled-data';
import { Memo } from '../memo';

let lexicon: Bloom | undefined;

/** True when a lower-case word is in the English lexicon (0.1 % false positives, no false negatives). */
export function isEnglishWord(lower: string): boolean {
  return answers.get(lower);
}

// Asked for the same words by a dozen detectors, for every word of every article: the answer
// is remembered (a map lookup of a word string, whose hash is kept, instead of ten hashes).
const answers = new Memo<boolean>(inLexicon, 100_000);

function inLexicon(lower: string): boolean {
  lexicon ??= new Bloom(bundledData<BloomData>(bloomData));
  if (lexicon.has(lower)) return true;
  // Inflected forms the lexicon may lack.
  const stem = lower.replace(INFLECTION, '');
  return stem !== lower && stem.length > 2 && lexicon.has(stem);
}

/**
 * A word written in lower case that is an English word or two run together, the second of five
 * letters or more ("planemaker", "chipmaker", "livestream", "policymaker"): news coins such
 * compounds faster than a word list takes them in. Only for words in lower case: capitalised,
 * such words are surnames ("Silverstone", "Longbottom"). A five-letter second word keeps pinyin
 * out: its syllables that are English words ("dong", "fang", "long") have four letters or fewer.
 */
export function isEnglishInLowerCase(lower: string): boolean {
  return isEnglishWord(lower) || compounds.get(lower);
}

const compounds = new Memo<boolean>(isCompound, 20_000);
const MIN_FIRST = 3;
const MIN_SECOND = 5;

function isCompound(lower: string): boolean {
  for (let k = MIN_FIRST; k <= lower.length - MIN_SECOND; k++) {
    if (isEnglishWord(lower.slice(k)) && isEnglishWord(lower.slice(0, k))) return true;
  }
  return false;
}

// Hoisted: a pattern literal in a function is a new object at every call, and this runs per word.
const INFLECTION = /(?:'s|s|es|ed|ing|ly)$/;

/** Function words: never names, never transliteration candidates. */
export const FUNCTION_WORDS = new Set(
  ('a an the and or but nor of in on at to for from by with without about against between into through during before after above below ' +
    'is are was were be been being has have had do does did will would shall should can could may might must not no yes ' +
    'he she it they we you i him her them us me his its their our your my this that these those there here who whom whose which what when where why how ' +
    'all any both each few more most other some such only own same so than too very also just as if then else out up down over under again further once')
    .split(' '),
);
