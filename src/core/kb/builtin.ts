import compiled from '../../../out/kb.index.json';
import type { CompiledKb } from './model';

/** The built-in knowledge base, compiled from data/kb/ at build time and bundled. */
export const builtinKb = compiled as unknown as CompiledKb;
