import type { KbIndex } from '../kb/index';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { TITLE_WORDS } from '../text/name-cues';
import type { Token } from '../text/tokens';

/**
 * A capitalised word that may begin a person's name: no title ("Minister"), no function word
 * ("The") and no English word ("New", "Labor"), unless the KB's people have it as a given name.
 * Many given names are English words too ("Emma", "Jimmy", "Will"): "Emma Sundberg" is a name
 * written in full, not a lone "Sundberg" to read as someone else's surname.
 */
export function mayBeGivenName(index: KbIndex, t: Token): boolean {
  const lower = t.lower.replace(/\.$/, '');
  if (TITLE_WORDS.has(lower) || FUNCTION_WORDS.has(lower)) return false;
  return !isEnglishWord(lower) || index.isGivenName(t.folded);
}
