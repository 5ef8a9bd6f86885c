import { Memo, PairMemo } from '../memo';
import { fold, tokenize } from '../text/tokens';

/** Normalised key of a multi-word form: folded tokens joined by one space ("al-qardabiya air base"). */
export function formKey(s: string): string {
  return keys.get(s);
}

// Detectors ask for the key of the same few phrases around every name of an article (and of the
// next articles): remembered instead of tokenized each time.
const keys = new Memo<string>(
  (s) =>
    tokenize(s)
      .map((t) => fold(t.text))
      .join(' '),
  50_000,
);

/** Number of tokens in a form. */
export const formLength = (s: string): number => tokenize(s).length;

/**
 * How a form should be written back into the text: the canonical name's spelling when the form
 * is the canonical name or one of its words without diacritics ("Guaido" -> "Guaidó",
 * "Lopez Obrador" -> "López Obrador"), else the form.
 */
export function preferredSpelling(name: string, form: string): string {
  return spellings.get(name, form);
}

// Case corrections recur (every lower-case "guaido" of an article): remembered per name and form.
const spellings = new PairMemo<string>(spellingOf, 10_000);

function spellingOf(name: string, form: string): string {
  const key = formKey(form);
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const part = words.slice(i, j).join(' ');
      if (formKey(part) === key) return part;
    }
  }
  return form;
}
