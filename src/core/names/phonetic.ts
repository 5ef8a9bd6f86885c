import { fold } from '../text/tokens';

/**
 * Consonant skeletons: the part of a name that survives a round trip through Chinese.
 * Vowels, h, w/y glides and doubled letters are lost or changed on the way; l/r, b/p, d/t, g/k
 * and s/z are not distinguished. Both sides of a comparison are reduced to classes:
 *   r = l r    p = b p    t = d t    k = g k q c(hard)    s = s z x c(soft)    j = j ch zh q(pinyin)
 *   f = f ph   v = v w    m    n
 */
const ENGLISH_DIGRAPHS: Array<[RegExp, string]> = [
  [/tch|dzh|dj|ch|zh/g, 'J'],
  [/ph/g, 'f'],
  [/sh|sch/g, 's'],
  [/th/g, 't'],
  [/kh|gh|ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/q|c|x/g, 'k'],
];

// Hanyu Pinyin initials read as an English speaker writes them: q -> ch, x -> sh, c -> ts.
const PINYIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/zh|ch|q|j/g, 'J'],
  [/sh|x/g, 's'],
  [/c/g, 's'],
  [/er/g, 'r'],
];

const CLASS: Record<string, string> = {
  l: 'r', r: 'r', b: 'p', p: 'p', d: 't', t: 't', g: 'k', k: 'k', s: 's', z: 's',
  J: 'j', j: 'j', f: 'f', v: 'v', w: 'v', m: 'm', n: 'n',
};

function reduce(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = CLASS[ch];
    if (c && out[out.length - 1] !== c) out += c;
  }
  return out;
}

/** Skeleton of a name written in English (or another Latin-script language). */
export function skeleton(name: string): string {
  let s = fold(name).replace(/[^a-z]/g, '');
  for (const [re, to] of ENGLISH_DIGRAPHS) s = s.replace(re, to);
  return reduce(s);
}

/** Skeleton of toneless pinyin ("ha fu ta er"). */
export function pinyinSkeleton(pinyin: string): string {
  let s = pinyin.toLowerCase().replace(/[^a-z]/g, '');
  for (const [re, to] of PINYIN_DIGRAPHS) s = s.replace(re, to);
  return reduce(s);
}

/** The same name read as an English speaker would write the pinyin ("qia wu shi ao lu" -> "chiawushiaolu"). */
export function pinyinAsEnglish(pinyin: string): string {
  return pinyin
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .split(' ')
    .map((syl) => syl.replace(/^q/, 'ch').replace(/^x/, 'sh').replace(/^zh/, 'j').replace(/^c(?!h)/, 'ts'))
    .join('');
}

// One toneless pinyin syllable: optional initial, then a final.
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE}){1,4}$`);

/** A word that can be read as 1-4 pinyin syllables ("antian", "qiani"). */
export const isPinyinWord = (word: string): boolean => PINYIN_WORD.test(word.toLowerCase());

/** A pinyin word as an English speaker would say it: q = ch, x = sh, zh = j. */
export const pinyinWordAsEnglish = (word: string): string => word.toLowerCase().replace(/zh/g, 'j').replace(/q/g, 'ch').replace(/x/g, 'sh');
