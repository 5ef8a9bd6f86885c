import type { CorrectionKind } from '../types';
import type { KbEntity } from '../kb/model';

/**
 * What a name generator proposes: this span of the text may be a garbled rendering of this KB
 * entity, written back as `replacement`. Generators only propose; the ranker weighs every
 * proposal for a span together with the article's context, and the gate decides what becomes a
 * correction (a preferred fix, a hint, or nothing).
 */
export interface NameCandidate {
  /** UTF-16 offsets of the garbled span. */
  start: number;
  end: number;
  entity: KbEntity;
  /** What should stand in the text: the entity's name in the form this span stands for. */
  replacement: string;
  kind: CorrectionKind;
  /** Which generator proposed it ("syllables", "literal", ...): shown in the rule. */
  generator: string;
  /**
   * How well the span's form matches the entity's form, 0..1, before any context: 1 is an exact
   * reading, lower for each spelling change, skipped or missing syllable.
   */
  similarity: number;
  /**
   * The part of the entity's name the span covers: its full name, or a part of it (a surname, a
   * truncated reading). A part needs more support from the article than a full name.
   */
  part: 'full' | 'part';
  /** What a person can check: "reads as 林芳正 lin fang zheng, last syllable missing". */
  evidence: string;
  /**
   * What the similarity rests on: `reading` when the span is the entity's reading syllable for
   * syllable (pinyin read exactly, or a part of it), `sound` when it only sounds alike (a
   * respelling): a sound-alike needs more support from the article.
   */
  basis?: 'reading' | 'sound' | 'words';
  /** Tied to the entity through another spelling in the same article (coreference), not the KB. */
  variant?: boolean;
  /** A generic phrase ("Evening News") that only names this entity with a cue in the article. */
  needsCue?: boolean;
  /** Every word of the entity's name corresponds to a word of the span, in order ("Fladimir Butin"): stronger than one word alike. */
  wholeName?: boolean;
  /**
   * A word of the span that differs from the name's is itself a name as some person writes it
   * ("Frank Wagner" near Franz Wagner): only a fitting title or the name elsewhere makes it this one.
   */
  otherName?: boolean;
  /** The span differs from the name only by grammar (a case ending), the rest written right: the name itself is the support. */
  grammatical?: boolean;
  /** An outlet named without its head word ("X Economy" for "X Economy Daily"): short of its name, never a paraphrase of it. */
  headless?: boolean;
  /** A surname that news writes alone for the person after a title (see syllable-readings' familyName). */
  familyName?: boolean;
  /**
   * The last part of a transcribed foreign name, read exactly in three syllables or more
   * (阿布拉莫维奇 "Abulamoweiqi"): a foreign surname, not a Chinese name cut short.
   */
  longTranscription?: boolean;
  /** The entity's own name word for word, but for a country's word for its adjective or a plural ("Asia Badminton Championships"). */
  sameWords?: boolean;
  /** Says what the entity's English name says in other words ("Chicago University"): linked, nothing to fix. */
  paraphrase?: boolean;
}
