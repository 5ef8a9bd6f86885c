// Types of scripts/import-cedict.mjs, for the unit tests that use its functions.
export const PATTERN_TYPES: ReadonlySet<string>;
export const PLACE_TYPES: ReadonlySet<string>;
export function parseCedict(text: string): { defs: Map<string, string[]>; header: string[] };
export function loadCedict(): { defs: Map<string, string[]>; header: string[] };
export function cleanGlosses(rawDefs: string[]): Array<{ gloss: string; verb: boolean; order: number }>;
export function patternNames(entities: Array<{ type: string; names?: { zh?: string[] } }>): string[];
export function namesHash(names: string[]): string;
export function deriveGlosses(entities: Array<{ type: string; names?: { zh?: string[] } }>, defs: Map<string, string[]>): Record<string, string[]>;
