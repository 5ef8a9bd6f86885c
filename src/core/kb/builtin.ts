import compiled from '../../../out/kb.index.json';
import precompiled from '../../../out/kb.precompiled.json';
import type { CompiledKb, KbEntity } from './model';
import type { PrecompiledIndexes } from './precompiled';
import { Analyzer } from '../analyzer';

/** The built-in knowledge base, compiled from data/kb/ at build time and bundled. */
export const builtinKb = compiled as unknown as CompiledKb;

/** An analyzer over the built-in KB (plus workspace entities), from the build step's indexes. */
export function createBuiltinAnalyzer(workspaceEntities: KbEntity[] = []): Analyzer {
  return new Analyzer(builtinKb, workspaceEntities, precompiled as unknown as PrecompiledIndexes);
}
