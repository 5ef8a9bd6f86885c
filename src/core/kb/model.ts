import type { EntityLabel } from '../types';

/** Languages for which an entity may carry names in another script. */
export type ScriptLang = 'zh' | 'ja' | 'ko' | 'ar' | 'ru';

/**
 * One knowledge-base entity, as written in `data/kb/*.json` and in a workspace
 * `.news-annotator/kb.json` (schema: `schemas/kb.schema.json`).
 */
export interface KbEntity {
  /** Stable id: "country:DZ", "city:tripoli-ly", "person:khalifa-haftar", "org:...", "media:...". */
  id: string;
  type: EntityLabel;
  /** Canonical English name with its diacritics ("Mevlüt Çavuşoğlu"). */
  name: string;
  /** Other English names, spellings, short forms and acronyms ("Haftar", "Hifter", "LNA"). */
  aliases?: string[];
  /** Literal translations that machine translation produces ("German voice" for Deutsche Welle). */
  mistranslations?: string[];
  /** Generic phrases that mean this entity only when its country is in the article ("national army"). */
  contextAliases?: string[];
  /** Countries and peoples: adjective and plural forms ("Algerian", "Algerians"). */
  demonyms?: string[];
  /** Names in other scripts. */
  names?: Partial<Record<ScriptLang, string[]>>;
  /** Toneless pinyin of the `zh` names, syllables space-separated (filled by the KB compiler). */
  pinyin?: string[];
  /**
   * Japanese people: the readings of each character of the name in kanji (KANJIDIC, romaji,
   * space-separated, the one the English name uses first), family name then given name (filled
   * by the build step: src/core/names/kanji-readings-data.ts).
   */
  jaReadings?: [string[], string[]];
  /** One line: who or what this is. */
  description: string;
  /** Wikidata id, only where it is certain. */
  wikidata?: string;
  /** Entity id of the country this belongs to. */
  country?: string;
  /** Countries: entity id of the capital. */
  capital?: string;
  /** People: roles such as "president", "prime minister", "foreign minister" (lower case). */
  roles?: string[];
  /**
   * The day (or month, or year) the entity came into being, ISO: where its name meant something
   * else before (a government formed in 2021 under a name a 2020 translation gives another), an
   * article dated earlier never names it.
   */
  from?: string;
}

/** Single-character abbreviations of country names and the ways translators render them. */
export interface AbbreviationReading {
  /** The character, e.g. "利". */
  char: string;
  /** English renderings a translator produces for it: transliterations ("Lee") and meanings ("sand"). */
  readings: string[];
}

/** The compiled index shipped in the bundle (`out/kb.index.json`). */
export interface CompiledKb {
  version: 1;
  entities: KbEntity[];
  abbreviations: AbbreviationReading[];
  /** The entities' descriptions and pinyin are in a separate file, not yet added (src/core/kb/details.ts). */
  detailsApart?: boolean;
}
