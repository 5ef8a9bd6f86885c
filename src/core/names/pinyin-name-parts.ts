import type { Token } from '../text/tokens';
import { spanWord } from './syllable-readings';

/**
 * Token i is the given name of a name in pinyin whose surname stands right before it: one
 * syllable, a Chinese person's name ("Sun Haifang", "Liang Jianbin"), or two, the pinyin of a
 * Japanese name's characters as a translation from Chinese writes it (吉田 "Jitian", 宫崎
 * "Gongqi"). Read alone, the given name would pass for something else the KB has (海防 Haiphong
 * reads "Haifang", 西澳 Western Australia "Xiao"); it is no name by itself, only with its surname.
 * `surnameSyllables` caps the surname's length (1: a Chinese surname only).
 */
export function givenNameAfterPinyinSurname(text: string, tokens: readonly Token[], i: number, surnameSyllables = 2): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (!prev || !t || t.start - prev.end !== 1 || text.charCodeAt(prev.end) !== 32) return false;
  const c = prev.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  // The words' syllables as the readings have them (remembered per word).
  const surname = spanWord(prev.lower).syllables?.length ?? 0;
  return surname >= 1 && surname <= surnameSyllables && spanWord(t.lower).syllables !== undefined;
}
