import type { CompiledKb, KbEntity } from './model';

/**
 * The editor's first paint reads the built-in KB without the fields only the name matchers and
 * the hover cards need: every entity's description, the pinyin of its zh names and the readings
 * of a Japanese name's characters, a third of the KB's bytes. They come in a second file, read with the name matchers' indexes after the first
 * paint, and are put back into the same entity objects. The CLI and the tests read the whole KB.
 * Pure: no vscode, no Node APIs.
 */

/** The detail fields by entity, in the order of the KB's entities (null: the entity has none). */
export interface KbDetails {
  version: 1;
  description: Array<string | null>;
  pinyin: Array<string[] | null>;
  /** By the entity's position in the KB: only the few entities that have them. */
  jaReadings?: Record<number, [string[], string[]]>;
}

/** The KB of the first paint, and its details: the build step writes both. */
export function splitDetails(kb: CompiledKb): { first: CompiledKb; details: KbDetails } {
  const jaReadings: Record<number, [string[], string[]]> = {};
  const details: KbDetails = { version: 1, description: [], pinyin: [], jaReadings };
  const entities = kb.entities.map((e, i) => {
    const { description, pinyin, jaReadings: readings, ...rest } = e;
    details.description.push(description || null);
    details.pinyin.push(pinyin?.length ? pinyin : null);
    if (readings) jaReadings[i] = readings;
    return rest as KbEntity;
  });
  return { first: { ...kb, entities, detailsApart: true }, details };
}

/**
 * A first-paint KB as the analyzer may read it before its details come: an empty description
 * (the type's promise, and one property shape from the start) where the file leaves it out.
 */
export function withoutDetails(kb: CompiledKb): CompiledKb {
  if (kb.detailsApart) for (const e of kb.entities) e.description ??= '';
  return kb;
}

/** Puts the details back into the KB's own entity objects (the analyzer's indexes hold them). */
export function addDetails(kb: CompiledKb, details: KbDetails): void {
  if (!kb.detailsApart) return;
  if (details.description.length !== kb.entities.length || details.pinyin.length !== kb.entities.length) {
    throw new Error(`News Annotator: the KB's details are for ${details.description.length} entities, the KB has ${kb.entities.length}`);
  }
  kb.entities.forEach((e, i) => {
    const description = details.description[i];
    const pinyin = details.pinyin[i];
    if (description) e.description = description;
    if (pinyin) e.pinyin = pinyin;
    const readings = details.jaReadings?.[i];
    if (readings) e.jaReadings = readings;
  });
  kb.detailsApart = false;
}
