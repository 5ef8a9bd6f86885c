import { normaliseRomaji } from './kanji-readings-data';

/**
 * How Russian writes Chinese and Japanese names, and how a translation from Russian writes the
 * Cyrillic back in Latin letters: Russian does not take "Xi Jinping" or "Fumio Kishida" from
 * English but from the source language, by its own systems (the Palladius system for Mandarin:
 * 习近平 Си Цзиньпин; the Polivanov system for Japanese: 岸田文雄 Фумио Кисида), and a
 * translation that does not know the person transliterates the Cyrillic: "Si Tszinpin", "Fumio
 * Kisida". The systems are fixed tables, so every Chinese and Japanese person of the KB has a
 * few such spellings, worked out from their pinyin or their Hepburn name.
 */

const INITIALS: Record<string, string> = {
  b: 'б', p: 'п', m: 'м', f: 'ф', d: 'д', t: 'т', n: 'н', l: 'л', g: 'г', k: 'к', h: 'х',
  j: 'цз', q: 'ц', x: 'с', zh: 'чж', ch: 'ч', sh: 'ш', r: 'ж', z: 'цз', c: 'ц', s: 'с',
};

const FINALS: Record<string, string> = {
  a: 'а', o: 'о', e: 'э', ai: 'ай', ei: 'эй', ao: 'ао', ou: 'оу', an: 'ань', en: 'энь', ang: 'ан', eng: 'эн',
  ong: 'ун', er: 'эр', i: 'и', ia: 'я', ie: 'е', iao: 'яо', iu: 'ю', ian: 'янь', in: 'инь', iang: 'ян', ing: 'ин',
  iong: 'юн', u: 'у', ua: 'уа', uo: 'о', uai: 'уай', ui: 'уй', uan: 'уань', un: 'унь', uang: 'уан',
  v: 'юй', ve: 'юэ', van: 'юань', vn: 'юнь',
};

// Syllables with no initial, or y and w as one: written whole.
const WHOLE: Record<string, string> = {
  ya: 'я', yan: 'янь', yang: 'ян', yao: 'яо', ye: 'е', yi: 'и', yin: 'инь', ying: 'ин', yo: 'ё', yong: 'юн',
  you: 'ю', yu: 'юй', yuan: 'юань', yue: 'юэ', yun: 'юнь',
  wa: 'ва', wai: 'вай', wan: 'вань', wang: 'ван', wei: 'вэй', wen: 'вэнь', weng: 'вэн', wo: 'во', wu: 'у',
  // The dental and retroflex sibilants' own vowel.
  zi: 'цзы', ci: 'цы', si: 'сы', zhi: 'чжи', chi: 'чи', shi: 'ши', ri: 'жи',
  hui: 'хуэй',
};

/** One toneless pinyin syllable in Cyrillic by the Palladius system (undefined: not a syllable it knows). */
export function palladius(syllable: string): string | undefined {
  const s = syllable.replace(/ü/g, 'v');
  if (WHOLE[s]) return WHOLE[s];
  if (FINALS[s]) return FINALS[s];
  const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])/.exec(s)?.[1];
  if (!initial) return undefined;
  let final = s.slice(initial.length);
  // After j, q, x the u is ü (ju, xue, quan).
  if ('jqx'.includes(initial) && final.startsWith('u')) final = `v${final.slice(1)}`;
  const f = FINALS[final];
  return f && INITIALS[initial] + f;
}

// The Polivanov system, on Hepburn romaji (longest first). A syllable-final n is н; a long vowel
// is written once, as the English name writes it.
const POLIVANOV: Array<[string, string]> = [
  ['shi', 'си'], ['sha', 'ся'], ['shu', 'сю'], ['sho', 'сё'],
  ['chi', 'ти'], ['cha', 'тя'], ['chu', 'тю'], ['cho', 'тё'],
  ['tsu', 'цу'], ['ji', 'дзи'], ['ja', 'дзя'], ['ju', 'дзю'], ['jo', 'дзё'],
  ['za', 'дза'], ['zu', 'дзу'], ['ze', 'дзэ'], ['zo', 'дзо'],
  ['kya', 'кя'], ['kyu', 'кю'], ['kyo', 'кё'], ['ryu', 'рю'], ['ryo', 'рё'], ['rya', 'ря'],
  ['nyu', 'ню'], ['nyo', 'нё'], ['hyo', 'хё'], ['myo', 'мё'], ['gyo', 'гё'], ['byo', 'бё'],
  ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'], ['wa', 'ва'], ['fu', 'фу'],
  ['ka', 'ка'], ['ki', 'ки'], ['ku', 'ку'], ['ke', 'кэ'], ['ko', 'ко'],
  ['ga', 'га'], ['gi', 'ги'], ['gu', 'гу'], ['ge', 'гэ'], ['go', 'го'],
  ['sa', 'са'], ['su', 'су'], ['se', 'сэ'], ['so', 'со'],
  ['ta', 'та'], ['te', 'тэ'], ['to', 'то'], ['da', 'да'], ['de', 'дэ'], ['do', 'до'],
  ['na', 'на'], ['ni', 'ни'], ['nu', 'ну'], ['ne', 'нэ'], ['no', 'но'],
  ['ha', 'ха'], ['hi', 'хи'], ['he', 'хэ'], ['ho', 'хо'],
  ['ba', 'ба'], ['bi', 'би'], ['bu', 'бу'], ['be', 'бэ'], ['bo', 'бо'],
  ['pa', 'па'], ['pi', 'пи'], ['pu', 'пу'], ['pe', 'пэ'], ['po', 'по'],
  ['ma', 'ма'], ['mi', 'ми'], ['mu', 'му'], ['me', 'мэ'], ['mo', 'мо'],
  ['ra', 'ра'], ['ri', 'ри'], ['ru', 'ру'], ['re', 'рэ'], ['ro', 'ро'],
  ['a', 'а'], ['i', 'и'], ['u', 'у'], ['e', 'э'], ['o', 'о'], ['n', 'н'],
];

// The first of a doubled consonant (the small tsu).
const DOUBLED: Record<string, string> = { k: 'к', t: 'т', s: 'с', p: 'п', b: 'б', d: 'д', g: 'г', m: 'м', r: 'р', f: 'ф', h: 'х' };

/** A Japanese name word in Hepburn romaji ("Kishida") in Cyrillic by the Polivanov system ("Кисида"); undefined if it is not romaji. */
export function polivanov(word: string): string | undefined {
  // The one spelling of a name's romanisations (long vowels once: Ōno, Ohno, Ōuno all "ono").
  let w = normaliseRomaji(word);
  let out = '';
  while (w) {
    // A doubled consonant (Hattori, Sapporo): written doubled.
    const doubled = w.startsWith('tch') ? 'т' : w.length > 1 && w[0] === w[1] ? DOUBLED[w[0]] : undefined;
    if (doubled) {
      out += doubled;
      w = w.slice(1);
      continue;
    }
    // I after a vowel is й (Daisuke, Kei).
    if (w[0] === 'i' && out && /[аэоуияюё]$/.test(out) && !/^i[aeiou]/.test(w)) {
      out += 'й';
      w = w.slice(1);
      continue;
    }
    const hit = POLIVANOV.find(([r]) => w.startsWith(r));
    if (!hit) return undefined;
    out += hit[1];
    w = w.slice(hit[0].length);
  }
  return out;
}

// Cyrillic letters in Latin as translations write them: the first spelling is the BGN/PCGN one,
// the others the common alternatives (kh or h, ts or c, y or i).
const LATIN: Record<string, string[]> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['yo', 'e'], ж: ['zh'], з: ['z'], и: ['i'],
  й: ['y', 'i'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'],
  у: ['u'], ф: ['f'], х: ['kh', 'h'], ц: ['ts', 'c'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ъ: [''], ы: ['y'],
  ь: [''], э: ['e'], ю: ['yu', 'iu'], я: ['ya', 'ia'],
};

/** At most this many Latin spellings of one Cyrillic word. */
const MAX_LATIN = 8;

/** A Cyrillic word as translations write it in Latin letters, the BGN/PCGN spelling first (lower case). */
export function latinSpellings(cyrillic: string): string[] {
  let out = [''];
  for (const ch of cyrillic) {
    // A word-initial е is ye.
    const options = ch === 'е' && out[0] === '' ? ['ye', 'e'] : (LATIN[ch] ?? [ch]);
    const next: string[] = [];
    for (const prefix of out) for (const o of options) if (next.length < MAX_LATIN) next.push(prefix + o);
    out = next;
  }
  return [...new Set(out)];
}
