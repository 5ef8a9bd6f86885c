#!/usr/bin/env node
// Compiles the knowledge base: reads data/kb/*.json, validates every file against
// schemas/kb.schema.json, checks ids and references, fills pinyin for zh names and
// writes the compact CompiledKb (src/core/kb/model.ts) to out/kb.index.json.
//   node scripts/build-kb.mjs            (writes out/kb.index.json)
//   import { buildKb } from './scripts/build-kb.mjs'; await buildKb({ root })
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const SYLLABLE = /^[a-zü]+$/;

/** Toneless, lower-case pinyin of a Chinese name; non-Han characters (·, brackets, Latin) are dropped. */
const HAN_NAME_COUNTRIES = new Set(['country:CN', 'country:TW', 'country:HK', 'country:MO', 'country:SG', 'country:JP', 'country:KR', 'country:KP', 'country:VN']);

const TRANSCRIPTION_READINGS = JSON.parse(readFileSync(new URL('../data/kb/transcription-readings.json', import.meta.url), 'utf8')).readings;

export function toPinyin(s, isPerson = false) {
  const chars = [...s];
  // Surname mode reads 朴 as "piao", 单 as "shan": the readings a name takes, not the word's.
  const syllables = pinyin(s, { toneType: 'none', type: 'array', ...(isPerson ? { surname: 'head' } : {}) });
  const out = [];
  // pinyin-pro returns one item per character; keep those that come from Han characters.
  if (syllables.length === chars.length) {
    chars.forEach((ch, i) => {
      const p = (isPerson ? String(syllables[i]) : (TRANSCRIPTION_READINGS[ch] ?? String(syllables[i]))).toLowerCase().replace(/v/g, 'ü');
      if (HAN.test(ch) && SYLLABLE.test(p)) out.push(p);
    });
  } else {
    for (const p0 of syllables) {
      const p = String(p0).toLowerCase();
      if (SYLLABLE.test(p)) out.push(p);
    }
  }
  return out.join(' ');
}

class KbError extends Error {}

function fail(file, msg) {
  throw new KbError(`KB build failed: ${file}: ${msg}`);
}

/** Removes empty arrays/objects and undefined fields, keeping the field order of KbEntity. */
const FIELD_ORDER = ['id', 'type', 'name', 'aliases', 'mistranslations', 'contextAliases', 'demonyms', 'names', 'pinyin', 'description', 'wikidata', 'country', 'capital', 'roles', 'from'];
function compact(e) {
  const out = {};
  for (const k of FIELD_ORDER) {
    const v = e[k];
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (k === 'names') {
      const n = {};
      for (const [lang, list] of Object.entries(v)) if (Array.isArray(list) && list.length) n[lang] = list;
      if (Object.keys(n).length) out.names = n;
      continue;
    }
    out[k] = v;
  }
  return out;
}

function validateAbbreviations(file, data) {
  if (!data || typeof data !== 'object' || !Array.isArray(data.abbreviations)) fail(file, 'expected { "abbreviations": [...] }');
  const seen = new Set();
  data.abbreviations.forEach((a, i) => {
    const where = `abbreviations[${i}]${a && a.char ? ` (${a.char})` : ''}`;
    if (!a || typeof a.char !== 'string' || [...a.char].length !== 1) fail(file, `${where}: "char" must be one character`);
    if (!Array.isArray(a.readings) || !a.readings.length || a.readings.some((r) => typeof r !== 'string' || !r.trim())) fail(file, `${where}: "readings" must be a non-empty list of strings`);
    const extra = Object.keys(a).filter((k) => k !== 'char' && k !== 'readings');
    if (extra.length) fail(file, `${where}: unknown field(s) ${extra.join(', ')}`);
    if (seen.has(a.char)) fail(file, `${where}: duplicate character`);
    seen.add(a.char);
  });
  return data.abbreviations;
}

/**
 * Builds the compiled KB. Returns { kb, files, counts }. Writes `out/kb.index.json` unless `write` is false.
 * Throws with a message naming file and entity on any error.
 */
// A club's legal suffix (the same as src/core/kb/spoken-name.ts CLUB_SUFFIX).
const CLUB_SUFFIX = /\s+(?:A\.?F\.?C\.?|F\.?C\.?|C\.?F\.?)$/;

/**
 * Club names, by the convention of reference works: the canonical name is the club's full title
 * ("Tottenham Hotspur F.C.", where the data has it as an alias), and the title without its suffix
 * is an alias ("Chelsea" for "Chelsea F.C."), unless another entity has that name ("Liverpool"
 * the city). Returns the changed names and aliases per entity id.
 */
function clubNames(entities) {
  const owners = new Map();
  for (const e of entities) for (const n of [e.name, ...(e.aliases ?? [])]) {
    const k = n.toLowerCase();
    owners.set(k, owners.has(k) && owners.get(k) !== e.id ? null : e.id);
  }
  const out = new Map();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    const aliases = e.aliases ?? [];
    const title = aliases.find((a) => a === `${e.name} F.C.` || a === `${e.name} A.F.C.`);
    if (title) {
      out.set(e.id, { name: title, aliases: [e.name, ...aliases.filter((a) => a !== title)] });
      continue;
    }
    const bare = CLUB_SUFFIX.test(e.name) ? e.name.replace(CLUB_SUFFIX, '') : undefined;
    if (bare && !aliases.includes(bare) && !owners.has(bare.toLowerCase())) out.set(e.id, { aliases: [...aliases, bare] });
  }
  return out;
}

/**
 * A party named with its country ("Australian Labor Party", "Liberal Party of Australia", "Colorado
 * Party (Paraguay)") is called by the rest of its name at home ("the Labor Party"): that short name
 * as a context alias (it names the party only when its country is in the article), unless it is
 * some entity's own name ("Labour Party", "Conservative Party").
 */
function partyShortName(e, byId, named) {
  const country = e.type === 'ORG' && e.country ? byId.get(e.country) : undefined;
  if (!country) return undefined;
  const names = new Set([country.name, ...(country.aliases ?? [])]);
  let m;
  let short;
  if ((m = /^(.+ Party) of (.+)$/.exec(e.name)) && names.has(m[2])) short = m[1];
  else if ((m = /^(.+ Party) \((.+)\)$/.exec(e.name)) && names.has(m[2])) short = m[1];
  else if ((m = /^(\S+) (.+ Party)$/.exec(e.name)) && (country.demonyms ?? []).includes(m[1])) short = m[2];
  if (!short || named.has(short.toLowerCase()) || (e.contextAliases ?? []).includes(short)) return undefined;
  return short;
}

/**
 * A party's name without its first word ("Action Party" of "People's Action Party"): the way a
 * Chinese short form drops the name's first word (人民行动党 -> 行动党) comes back in English. A
 * context alias (it names the party only where its country is in the article), and only where
 * no other name and no other party of the same country ends the same way.
 */
function partyTails(entities, byId, named) {
  const byKey = new Map();
  for (const e of entities) {
    const m = e.type === 'ORG' && e.country ? PARTY_TAIL.exec(e.name) : null;
    if (!m || (byId.get(e.country)?.demonyms ?? []).includes(m[1])) continue;
    // An English name (every word a dictionary word): a transcribed one ("Aam Aadmi Party") has no such short form.
    if (!`${m[1]} ${m[2]}`.split(' ').every((w) => englishWords().has(w.toLowerCase().replace(/['’]s?$/, '')))) continue;
    const key = `${e.country} ${m[2].toLowerCase()}`;
    byKey.set(key, byKey.has(key) ? null : { id: e.id, tail: m[2] });
  }
  const tails = new Map();
  for (const v of byKey.values()) if (v && !named.has(v.tail.toLowerCase())) tails.set(v.id, v.tail);
  return tails;
}

/**
 * A party's initials ("PAP" of "People's Action Party"), the way news abbreviate it, for parties
 * that have none: a context alias (it names the party only where its country is in the article,
 * so it may be another country's outlet's initials too), three letters at least, only where no
 * other party has the same initials (the analyzer takes an all-capitals context alias only as written).
 */
function partyAcronyms(entities) {
  const byAcronym = new Map();
  for (const e of entities) {
    if (e.type !== 'ORG' || !e.country || !/ Party$/.test(e.name) || / of /.test(e.name) || [...(e.aliases ?? []), ...(e.contextAliases ?? [])].some((a) => /^\p{Lu}{2,}$/u.test(a))) continue;
    const words = e.name.replace(/\s*\(.*\)$/, '').split(/[\s-]+/).filter((w) => !/^(?:the|and|for)$/i.test(w));
    if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const acronym = words.map((w) => w[0]).join('');
    byAcronym.set(acronym, byAcronym.has(acronym) ? null : e.id);
  }
  const out = new Map();
  for (const [acronym, id] of byAcronym) if (id) out.set(id, acronym);
  return out;
}

// Three words at least, capitalised, the last "Party", no "of" or bracket (those are partyShortName's).
const PARTY_TAIL = /^(\p{Lu}[^\s(]*) ((?:\p{Lu}[^\s(]* )+Party)$/u;

let english;
/** The English lexicon the analyzer's Bloom filter is built from (scripts/build-words.ts). */
function englishWords() {
  english ??= new Set(createRequire(import.meta.url)('an-array-of-english-words/index.json'));
  return english;
}

const GAMES = /^(\d{4}) (Summer|Winter) (Olympics|Paralympics)$/;

/**
 * The ways news name an edition of the Games, from its name and its host alias ("2018 Winter
 * Olympics", alias "Pyeongchang Olympics"): "Pyeongchang Winter Olympics", "Pyeongchang Winter
 * Games", "2018 Olympics" (one Olympics a year since 1994). Only names the entity lacks.
 */
function gamesAliases(e) {
  const m = e.type === 'EVENT' ? GAMES.exec(e.name) : null;
  if (!m) return [];
  const [, year, season, games] = m;
  const own = new Set([e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase()));
  const hosts = (e.aliases ?? []).map((a) => new RegExp(`^(.+) ${games}$`).exec(a)?.[1]).filter((h) => h && !h.includes(season));
  const out = [];
  for (const host of hosts) out.push(`${host} ${season} ${games}`, ...(games === 'Olympics' ? [`${host} ${season} Games`] : []));
  if (Number(year) >= 1994) out.push(`${year} ${games}`);
  return [...new Set(out)].filter((n) => !own.has(n.toLowerCase()));
}

export async function buildKb({ root = process.cwd(), write = true, outFile } = {}) {
  const kbDir = join(root, 'data', 'kb');
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'kb.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: false, strict: false });
  const validate = ajv.compile(schema);

  const files = readdirSync(kbDir).filter((f) => f.endsWith('.json')).sort();
  const entities = [];
  const origin = new Map(); // id -> file
  const counts = {};
  let abbreviations = [];

  for (const f of files) {
    const path = join('data', 'kb', f);
    let data;
    try {
      data = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
    } catch (err) {
      fail(path, `invalid JSON: ${err.message}`);
    }
    if (f === 'transcription-readings.json') continue;
    if (f === 'abbreviations.json') {
      abbreviations = validateAbbreviations(path, data);
      continue;
    }
    if (!validate(data)) {
      const err = validate.errors[0];
      const m = /^\/entities\/(\d+)/.exec(err.instancePath);
      const ent = m ? data.entities[Number(m[1])] : undefined;
      const who = ent ? ` entity ${ent.id ?? `#${m[1]}`}${ent.name ? ` (${ent.name})` : ''}:` : '';
      fail(path, `${who} ${err.instancePath || '/'} ${err.message}${err.params?.additionalProperty ? ` "${err.params.additionalProperty}"` : ''}${err.params?.allowedValues ? ` ${JSON.stringify(err.params.allowedValues)}` : ''}`);
    }
    counts[f] = {};
    for (const e of data.entities) {
      if (origin.has(e.id)) fail(path, `entity ${e.id} (${e.name}): duplicate id (also in ${origin.get(e.id)})`);
      // Repeated items within a list (the schema has no uniqueItems: it compares every pair).
      for (const [field, list] of [...['aliases', 'mistranslations', 'contextAliases', 'demonyms', 'roles'].map((k) => [k, e[k]]), ...Object.entries(e.names ?? {})]) {
        if (Array.isArray(list) && new Set(list).size !== list.length) fail(path, `entity ${e.id} (${e.name}): ${field} repeats an item`);
      }
      origin.set(e.id, path);
      counts[f][e.type] = (counts[f][e.type] ?? 0) + 1;
      entities.push(e);
    }
  }

  const wikidata = new Map();
  for (const e of entities) {
    const path = origin.get(e.id);
    for (const field of ['country', 'capital']) {
      const ref = e[field];
      if (ref === undefined) continue;
      if (!origin.has(ref)) fail(path, `entity ${e.id} (${e.name}): ${field} "${ref}" does not resolve to any entity`);
    }
    if (e.capital && !e.capital.startsWith('city:')) fail(path, `entity ${e.id}: capital must be a city`);
    if (e.wikidata) {
      if (wikidata.has(e.wikidata)) fail(path, `entity ${e.id} (${e.name}): wikidata ${e.wikidata} also used by ${wikidata.get(e.wikidata)}`);
      wikidata.set(e.wikidata, e.id);
    }
  }

  const clubs = clubNames(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const named = new Set(entities.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => n.toLowerCase())));
  const tails = partyTails(entities, byId, named);
  const acronyms = partyAcronyms(entities);
  const compiled = entities.map((e0) => {
    const e = { ...e0, ...clubs.get(e0.id) };
    const editions = gamesAliases(e);
    if (editions.length) e.aliases = [...(e.aliases ?? []), ...editions];
    const party = partyShortName(e, byId, named);
    if (party) e.contextAliases = [...(e.contextAliases ?? []), party];
    const acronym = acronyms.get(e.id);
    if (acronym) e.contextAliases = [...(e.contextAliases ?? []), acronym];
    const tail = tails.get(e.id);
    if (tail && !(e.contextAliases ?? []).includes(tail)) e.contextAliases = [...(e.contextAliases ?? []), tail];
    const zh = e.names?.zh;
    if (zh?.length) {
      // One reading per zh name, in the same order (consumers pair them by index).
      // Surname readings only for names that are Chinese characters themselves (Korean 朴 = Piao);
      // a transcription of a foreign name (恰武什奥卢) is read character by character.
      const hanName = e.type === 'PERSON' && HAN_NAME_COUNTRIES.has(e.country);
      e.pinyin = zh.map((z) => toPinyin(z, hanName));
    } else {
      delete e.pinyin;
    }
    return compact(e);
  });

  const kb = { version: 1, entities: compiled, abbreviations };
  if (write) {
    const out = outFile ?? join(root, 'out', 'kb.index.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(kb));
  }
  return { kb, files, counts };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const t0 = performance.now();
  buildKb({ root }).then(
    ({ kb, counts }) => {
      const byType = {};
      for (const e of kb.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
      const ms = Math.round(performance.now() - t0);
      console.log(`out/kb.index.json: ${kb.entities.length} entities ${JSON.stringify(byType)}, ${kb.abbreviations.length} abbreviations, ${ms} ms`);
      if (process.argv.includes('--verbose')) for (const [f, c] of Object.entries(counts)) console.log(`  ${f}: ${JSON.stringify(c)}`);
    },
    (err) => {
      console.error(err instanceof KbError ? err.message : err);
      process.exitCode = 1;
    },
  );
}
