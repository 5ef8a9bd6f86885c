import type { CompiledKb } from './model';
import { KbIndex, type StoredForm } from './index';
import { TransliterationIndex, type StoredSoundKey } from '../names/transliteration-index';

/**
 * Lookup structures computed at build time (scripts/precompile-kb.ts) and shipped next to the
 * KB, so that activation does not tokenise every name or compute every phonetic key.
 */
export interface PrecompiledIndexes {
  version: 1;
  forms: StoredForm[];
  sounds: StoredSoundKey[];
}

export function precompile(kb: CompiledKb): PrecompiledIndexes {
  const index = new KbIndex(kb);
  return { version: 1, forms: index.toStored(), sounds: new TransliterationIndex(index).toStored(index) };
}
