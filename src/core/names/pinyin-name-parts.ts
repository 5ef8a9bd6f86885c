import type { Token } from '../text/tokens';
import { spanWord } from './syllable-readings';

/**
 * Token i is the given name of a name in pinyin whose surname, one syllable, stands right before
 * it ("Sun Haifang", "Liang Jianbin"): a Chinese person's name, whole. Read alone, the given name
 * would pass for something else the KB has (海防 Haiphong reads "Haifang"); it is no name by
 * itself, only with its surname.
 */
export function givenNameAfterPinyinSurname(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (!prev || t.start - prev.end !== 1 || text.charCodeAt(prev.end) !== 32) return false;
  const c = prev.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  // The words' syllables as the readings have them (remembered per word).
  return spanWord(prev.lower).syllables?.length === 1 && spanWord(t.lower).syllables !== undefined;
}
