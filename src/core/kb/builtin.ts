import compiled from '../../../out/kb.index.json';
import precompiled from '../../../out/kb.precompiled.json';
import soundKeys from '../../../out/kb.sounds.json';
import literalPatterns from '../../../out/kb.literal.json';
import readingForms from '../../../out/kb.readings.json';
import type { CompiledKb, KbEntity } from './model';
import type { PrecompiledIndexes, StoredForms, StoredLiterals, StoredReading } from './precompiled';
import type { StoredSoundKey } from '../names/transliteration-index';
import { Analyzer } from '../analyzer';
import { bundledData } from '../text/bundled-data';
import { withoutDetails } from './details';

let kb: CompiledKb | undefined;
let indexes: PrecompiledIndexes | undefined;

/**
 * The built-in knowledge base, compiled from data/kb/ at build time and bundled. The extension
 * reads it without its details (descriptions, pinyin) first: see ./builtin-details.ts.
 */
export function builtinKb(): CompiledKb {
  kb ??= withoutDetails(bundledData<CompiledKb>(compiled));
  return kb;
}

/** An analyzer over the built-in KB (plus workspace entities), from the build step's indexes. */
export function createBuiltinAnalyzer(workspaceEntities: KbEntity[] = []): Analyzer {
  indexes ??= { forms: bundledData<StoredForms>(precompiled), sounds: () => bundledData<StoredSoundKey[]>(soundKeys), literals: builtinLiterals, readings: () => bundledData<StoredReading[]>(readingForms) };
  return new Analyzer(builtinKb(), workspaceEntities, indexes);
}

let literals: StoredLiterals | undefined;

/** The literal-translation patterns of the built-in KB's zh names, parsed on first use. */
export function builtinLiterals(): StoredLiterals {
  literals ??= bundledData<StoredLiterals>(literalPatterns);
  return literals;
}
