import type { CompiledKb } from './model';
import { KbIndex, type StoredForms } from './index';
import { TransliterationIndex, type StoredSoundKey } from '../names/transliteration-index';
import type { StoredLiterals } from './literal-patterns';
import { SyllableIndex, type StoredReading } from '../names/syllable-readings';
import type { PlaceTypeWords } from '../names/place-type';

/**
 * Lookup structures computed at build time (scripts/precompile-kb.ts) and shipped next to the
 * KB, so that activation does not tokenise every name or compute every phonetic key. Three files:
 * the surface forms (out/kb.precompiled.json, needed to start), the sound keys
 * (out/kb.sounds.json, about half the bytes, needed only when the transliteration matcher first
 * runs: reading them at load would only slow the first paint) and the literal-translation
 * patterns (out/kb.literal.json, parsed when the literal matcher first runs).
 */
export interface PrecompiledIndexes {
  forms: StoredForms;
  /** The stored sound keys, parsed on demand. */
  sounds: () => StoredSoundKey[];
  /**
   * The literal-translation patterns of zh names (out/kb.literal.json, built by
   * scripts/precompile-kb.ts from data/cedict/glosses.json), parsed on demand: give them to
   * `new LiteralIndex(...)` (src/core/names/literal-translation.ts).
   */
  literals?: () => StoredLiterals;
  /** The syllable readings of zh names (out/kb.readings.json), parsed on demand. */
  readings?: () => StoredReading[];
}

export type { StoredForms, StoredLiterals, StoredReading };

/**
 * `types`: the place-type characters (from the dictionary) a place's reading may be without;
 * `transcribed`: the zh names of organisations and outlets that are transcriptions (read too).
 */
export function precompile(kb: CompiledKb, types?: PlaceTypeWords, transcribed?: ReadonlySet<string>): { forms: StoredForms; sounds: StoredSoundKey[]; readings: StoredReading[] } {
  const index = new KbIndex(kb);
  return { forms: index.toStored(), sounds: new TransliterationIndex(index).toStored(index), readings: new SyllableIndex(index, undefined, types, transcribed).toStored(index) };
}
