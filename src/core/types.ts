/**
 * The core's shared vocabulary. Offsets inside the core are UTF-16 code units (JavaScript string
 * indices, as VS Code speaks); the sidecar and exports use code points, converted only in
 * `text/offsets.ts`.
 */

/** Entity labels (OntoNotes names plus MEDIA) and DATE, as in SIDECAR.md. */
export const ENTITY_LABELS = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MEDIA', 'FAC', 'EVENT'] as const;
export const LABELS = [...ENTITY_LABELS, 'DATE'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type Label = (typeof LABELS)[number];

export const CORRECTION_KINDS = [
  'transliteration',
  'case',
  'possessive',
  'abbreviation-confusion',
  'mistranslation',
] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface Correction {
  /** The text that should stand at start..end. */
  replacement: string;
  kind: CorrectionKind;
  /** 0..1; >= LIKELY_CONFIDENCE is shown as Information and marked preferred. */
  confidence: number;
  /** A sentence a person can check ("sounds like Haftar: l/r swap; ..."). */
  reason: string;
}

/** Confidence at or above which a correction is "likely" (Information, preferred quick fix). */
export const LIKELY_CONFIDENCE = 0.7;
/** A person's sound-alike with only their country in the article: a hint, if a closer one than with nothing (names/transliteration.ts). */
export const COUNTRY_HINT_CONFIDENCE = 0.65;

export type Status = 'suggested' | 'accepted' | 'rejected' | 'orphaned';
export type Source = 'auto' | 'manual';

export type DateFlag = 'after-reference-date' | 'weekday-mismatch' | 'far-from-reference';

/** One annotation, core form (UTF-16 offsets). */
export interface Annotation {
  id: string;
  start: number;
  end: number;
  text: string;
  label: Label;
  kbId?: string;
  canonical?: string;
  /** One-line description from the knowledge base (not serialised to the sidecar). */
  description?: string;
  wikidata?: string;
  correction?: Correction;
  /** DATE only: ISO YYYY, YYYY-MM or YYYY-MM-DD; null when it cannot be resolved. */
  value?: string | null;
  /** DATE only: end of a range. */
  endValue?: string | null;
  flags?: DateFlag[];
  /** DATE only: the date the writer probably meant, when a flag says this one is wrong. */
  likelyValue?: string | null;
  /** How the annotation was found ("kb:exact", "date:weekday", ...), shown in hovers. */
  rule?: string;
  status: Status;
  source: Source;
}
