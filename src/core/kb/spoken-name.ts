import type { KbEntity } from './model';

/** A club's legal suffix: "F.C.", "A.F.C.", "FC", "AFC", "CF", "C.F." (football, cricket clubs). */
export const CLUB_SUFFIX = /\s+(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?)$/;

/**
 * The name a fix writes into the text: the canonical name, but a club's without its legal suffix
 * ("Tottenham Hotspur", not "Tottenham Hotspur F.C."): news write the suffix only in a club's
 * full title, and the knowledge base keeps the full title as the canonical name.
 */
export function spokenName(e: Pick<KbEntity, 'name' | 'type'>): string {
  const name = withoutDisambiguator(e.name);
  return e.type === 'ORG' ? name.replace(CLUB_SUFFIX, '') : name;
}

/**
 * A name without the knowledge base's disambiguator in brackets ("Anping County (Hebei)",
 * "Al-Akhbar (Egypt)"): the KB tells namesakes apart so, a text never writes it.
 */
export const withoutDisambiguator = (name: string): string => name.replace(DISAMBIGUATOR, '');
const DISAMBIGUATOR = /\s+\([^()]+\)$/;
