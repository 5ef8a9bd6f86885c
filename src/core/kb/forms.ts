import { fold, tokenize } from '../text/tokens';

/** Normalised key of a multi-word form: folded tokens joined by one space ("al-qardabiya air base"). */
export function formKey(s: string): string {
  return tokenize(s)
    .map((t) => fold(t.text))
    .join(' ');
}

/** Number of tokens in a form. */
export const formLength = (s: string): number => tokenize(s).length;
