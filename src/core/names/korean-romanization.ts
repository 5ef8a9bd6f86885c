/**
 * The Revised Romanization of Korean (South Korea's official system, 2000) for personal names:
 * each syllable by itself, as the system's rule for names says (no sound change across syllables:
 * 석열 is "Seokyeol", not "Seogyeol"). A translation from Korean writes a person it does not know
 * this way ("Yun Seok-yeol", "Chu Gyeong-ho"), while the person's own English spelling often
 * follows older habits ("Yoon Suk Yeol", "Choo Kyung-ho").
 */

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

const FIRST = 0xac00;
const LAST = 0xd7a3;

/** One Hangul syllable in Revised Romanization (undefined: not a Hangul syllable). */
export function romanizeSyllable(syllable: string): string | undefined {
  const code = syllable.charCodeAt(0) - FIRST;
  if (syllable.length !== 1 || code < 0 || code > LAST - FIRST) return undefined;
  const initial = Math.floor(code / 588);
  const medial = Math.floor((code % 588) / 28);
  const final = code % 28;
  return INITIALS[initial] + MEDIALS[medial] + FINALS[final];
}

/** A Hangul name part syllable by syllable ("석열" -> ["seok", "yeol"]); undefined if any is no Hangul syllable. */
export function romanizeName(hangul: string): string[] | undefined {
  const out: string[] = [];
  for (const ch of hangul) {
    const r = romanizeSyllable(ch);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}
