import type { CompiledKb, KbEntity } from '../../src/core/kb/model';

/** Two invented countries, for KBs of invented people: no test depends on a real one. */
export const INVENTED_COUNTRIES: KbEntity[] = [
  { id: 'country:AA', type: 'GPE', name: 'Aldoria', demonyms: ['Aldorian'], description: 'Invented country' },
  { id: 'country:BB', type: 'GPE', name: 'Belmora', demonyms: ['Belmoran'], description: 'Invented country' },
];

/** A KB of the invented countries and `entities`. */
export const inventedKb = (entities: KbEntity[]): CompiledKb => ({ version: 1, abbreviations: [], entities: [...INVENTED_COUNTRIES, ...entities] });
