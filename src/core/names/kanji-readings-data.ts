import type { KbEntity } from '../kb/model';

/**
 * The readings of a Japanese person's name, character by character (KANJIDIC's on'yomi,
 * kun'yomi and nanori in Hepburn romaji, data/kanjidic/readings.json), split into the family
 * name and the given name where the person's English name says so. Used at build time
 * (scripts/build-kb.mjs aligns them and stores them as the entity's `jaReadings`) and at run
 * time (kanji-readings.ts spells them out).
 */

const HAN_ONLY = /^\p{Script=Han}{2,5}$/u;

/** The person's name in kanji (the `ja` name, else the `zh` one), for Japanese people. */
export function japaneseNameOf(e: Pick<KbEntity, 'type' | 'country' | 'names'>): string | undefined {
  if (e.type !== 'PERSON' || e.country !== 'country:JP') return undefined;
  const name = e.names?.ja?.[0] ?? e.names?.zh?.[0];
  return name && HAN_ONLY.test(name) ? name : undefined;
}

/**
 * One spelling for the many ways Japanese is romanised: long vowels written once (Ōno, Oono,
 * Ohno, Ouno: "ono"; Yūko, Yuuko: "yuko"), m before b, m, p written n (Shimbun, Shinbun), no
 * apostrophes or hyphens (Jun'ichirō). Lower case, letters only.
 */
export function normaliseRomaji(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/oh(?=[^aeiouy]|$)/g, 'o')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/m(?=[bmp])/g, 'n');
}

/**
 * Rendaku: the first consonant of a name's later character often becomes voiced (川 kawa in
 * 北川 Kitagawa, 田 ta in 岸田 Kishida). The spellings a non-initial reading may take.
 */
export function withRendaku(reading: string): string[] {
  const voiced = RENDAKU.find(([plain]) => reading.startsWith(plain));
  if (!voiced) return [reading];
  return [reading, ...voiced[1].map((v) => v + reading.slice(voiced[0].length))];
}

const RENDAKU: Array<[string, string[]]> = [
  ['sh', ['j']],
  ['ch', ['j']],
  ['ts', ['z']],
  ['k', ['g']],
  ['s', ['z']],
  ['t', ['d']],
  ['h', ['b', 'p']],
  ['f', ['b', 'p']],
];

/** The most spellings one part of a name (family or given) is read out in. */
export const MAX_SPELLINGS = 64;

/**
 * The spellings of a run of characters, each read one of its ways (later ones with rendaku too),
 * the listed order first (the reading the person's name uses leads each list): at most
 * MAX_SPELLINGS.
 */
export function spellingsOf(readings: readonly string[][]): string[] {
  let out = [''];
  readings.forEach((list, k) => {
    const next: string[] = [];
    for (const prefix of out) {
      for (const r of list) {
        for (const v of k > 0 ? withRendaku(r) : [r]) {
          if (next.length >= MAX_SPELLINGS) break;
          next.push(prefix + v);
        }
      }
    }
    out = next;
  });
  return [...new Set(out)];
}

/**
 * The person's readings split into family and given name, the reading the English name uses
 * first in each character's list: [family, given], or undefined when the English name cannot be
 * read out of the characters (then nothing tells which characters are the family name).
 * `readingsOf`: a character's readings (KANJIDIC, as stored).
 */
export function alignReadings(e: Pick<KbEntity, 'type' | 'country' | 'names' | 'name'>, readingsOf: (ch: string) => string[] | undefined): [string[], string[]] | undefined {
  const name = japaneseNameOf(e);
  if (!name) return undefined;
  const chars = [...name];
  const lists = chars.map(readingsOf);
  if (lists.some((l) => !l?.length)) return undefined;
  const words = e.name.split(/\s+/).map(normaliseRomaji);
  if (words.length !== 2) return undefined;
  // English order (given, family), or family first as some people are known.
  for (const [given, family] of [[words[0], words[1]], [words[1], words[0]]]) {
    for (let k = 1; k < chars.length; k++) {
      const familyReadings = readOut(family, lists.slice(0, k) as string[][]);
      const givenReadings = familyReadings && readOut(given, lists.slice(k) as string[][]);
      if (familyReadings && givenReadings) return [familyReadings, givenReadings];
    }
  }
  return undefined;
}

/**
 * `word` read out of the characters' readings in order (later ones with rendaku): each
 * character's readings as a space-separated list, the reading used first (as used: "da" of 田
 * in Kishida); undefined if no reading spells the word.
 */
function readOut(word: string, lists: string[][]): string[] | undefined {
  const used = readPath(word, 0, lists, 0);
  if (!used) return undefined;
  return lists.map((list, k) => [used[k], ...list.filter((r) => r !== used[k])].join(' '));
}

function readPath(word: string, at: number, lists: string[][], k: number): string[] | undefined {
  if (k === lists.length) return at === word.length ? [] : undefined;
  for (const r of lists[k]) {
    for (const v of k > 0 ? withRendaku(r) : [r]) {
      if (!word.startsWith(v, at)) continue;
      const rest = readPath(word, at + v.length, lists, k + 1);
      if (rest) return [v, ...rest];
    }
  }
  return undefined;
}
