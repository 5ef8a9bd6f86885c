import type { CompiledKb } from './model';
import { KbIndex, type StoredForms } from './index';
import { TransliterationIndex, type StoredSoundKey } from '../names/transliteration-index';

/**
 * Lookup structures computed at build time (scripts/precompile-kb.ts) and shipped next to the
 * KB, so that activation does not tokenise every name or compute every phonetic key. Two files:
 * the surface forms (out/kb.precompiled.json, needed to start) and the sound keys
 * (out/kb.sounds.json, about half the bytes, needed only when the transliteration matcher first
 * runs: reading them at load would only slow the first paint).
 */
export interface PrecompiledIndexes {
  forms: StoredForms;
  /** The stored sound keys, parsed on demand. */
  sounds: () => StoredSoundKey[];
}

export type { StoredForms };

export function precompile(kb: CompiledKb): { forms: StoredForms; sounds: StoredSoundKey[] } {
  const index = new KbIndex(kb);
  return { forms: index.toStored(), sounds: new TransliterationIndex(index).toStored(index) };
}
