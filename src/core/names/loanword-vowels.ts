/**
 * A foreign name written in Japanese kana or Korean hangul gains vowels: every consonant of a
 * kana syllable carries one (Trump as "To-ra-n-pu"), and hangul writes a lone consonant with
 * "eu" (Trump as "Teu-reom-peu"). A translation that romanises the kana or hangul back keeps
 * them ("Torampu", "Teurompeu"). Dropping the vowels these scripts add gives a form to compare
 * with the name as the knowledge base writes it. A real vowel lost on the way costs little in the
 * weighted distance, so the form is only ever compared next to the word itself.
 */
export function withoutLoanwordVowels(word: string): string | undefined {
  const w = word.toLowerCase();
  const out = w
    // Korean: "eu" written for a consonant without a vowel.
    .replace(/([bcdfghjklmnpqrstvwxz])eu(?=[bcdfghjklmnpqrstvwxz]|$)/g, '$1')
    // Japanese: u after a consonant other than the one of "tsu"/"su" before another consonant or at
    // the end ("Makuron", "Torampu"), o after t or d ("to", "do" write a lone t, d).
    .replace(/([bfgkmprz]|(?<!t)s)u(?=[bcdfghjklmnpqrstvwxz]|$)/g, '$1')
    .replace(/([td])o(?=[bcdfghjklmnpqrstvwxz])/g, '$1');
  return out !== w && out.length >= 3 ? out : undefined;
}
