import type { CompiledKb } from './model';
import { KbIndex, type StoredForm } from './index';
import { TransliterationIndex, type StoredSoundKey } from '../names/transliteration-index';

/**
 * Lookup structures computed at build time (scripts/precompile-kb.ts) and shipped next to the
 * KB, so that activation does not tokenise every name or compute every phonetic key.
 */
export interface PrecompiledIndexes {
  version: 2;
  forms: StoredForm[];
  /**
   * The sound keys as JSON text, parsed when the transliteration matcher first runs: a third of
   * the load time, not needed to start (the first paint needs the names only).
   */
  sounds: string;
}

/** The stored sound keys. */
export const parseSounds = (pre: PrecompiledIndexes): StoredSoundKey[] => JSON.parse(pre.sounds) as StoredSoundKey[];

export function precompile(kb: CompiledKb): PrecompiledIndexes {
  const index = new KbIndex(kb);
  return { version: 2, forms: index.toStored(), sounds: JSON.stringify(new TransliterationIndex(index).toStored(index)) };
}
