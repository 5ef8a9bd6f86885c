// Build step (bundled and run by esbuild.mjs): out/kb.index.json -> out/kb.first.json and
// out/kb.details.json (the same KB in two parts for the editor: src/core/kb/details.ts), out/kb.precompiled.json (the
// surface forms), out/kb.sounds.json (the sound keys), out/kb.readings.json (the syllable readings of zh names) and out/kb.literal.json (the
// literal-translation patterns of zh names, from the CC-CEDICT subset data/cedict/glosses.json),
// the indexes the analyzer would otherwise compute at activation.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import englishWords from 'an-array-of-english-words/index.json';
import type { CompiledKb } from '../src/core/kb/model';
import { precompile } from '../src/core/kb/precompiled';
import { compileLiteralPatterns, PATTERN_TYPES } from '../src/core/kb/literal-patterns';
import { placeTypeWords } from '../src/core/names/place-type';
import { splitDetails } from '../src/core/kb/details';
import { alignReadings, japaneseNameOf } from '../src/core/names/kanji-readings-data';

interface KanjiFile {
  namesHash: string;
  kanji: Record<string, string>;
}

interface GlossFile {
  namesHash: string;
  words: Record<string, string[]>;
}

export function run(root: string): { forms: number; sounds: number; literals: number } {
  const kb = JSON.parse(fs.readFileSync(path.join(root, 'out/kb.index.json'), 'utf8')) as CompiledKb;
  addJapaneseReadings(root, kb);
  const glosses = JSON.parse(fs.readFileSync(path.join(root, 'data/cedict/glosses.json'), 'utf8')) as GlossFile;
  // The English lexicon as a list (not the runtime's Bloom filter, which also takes inflections
  // of words it has): whether a gloss's participle is a word.
  const english = new Set(englishWords);
  const { stored, transcribed, stats } = compileLiteralPatterns(kb, glosses.words, (w) => english.has(w));
  // A place's reading without its type character (豪登省 without 省 "province"), and the
  // readings of organisations' names that are transcriptions: both known from the dictionary.
  const pre = precompile(kb, placeTypeWords(glosses.words), transcribed);
  fs.writeFileSync(path.join(root, 'out/kb.precompiled.json'), JSON.stringify(pre.forms));
  fs.writeFileSync(path.join(root, 'out/kb.sounds.json'), JSON.stringify(pre.sounds));
  fs.writeFileSync(path.join(root, 'out/kb.readings.json'), JSON.stringify(pre.readings));

  fs.writeFileSync(path.join(root, 'out/kb.literal.json'), JSON.stringify(stored));
  // The editor's first paint reads the KB without descriptions and pinyin; they follow in kb.details.json.
  const { first, details } = splitDetails(kb);
  fs.writeFileSync(path.join(root, 'out/kb.first.json'), JSON.stringify(first));
  fs.writeFileSync(path.join(root, 'out/kb.details.json'), JSON.stringify(details));
  // The subset covers the zh names it was derived from (same hash as scripts/import-cedict.mjs).
  const names = new Set<string>();
  for (const e of kb.entities) if (PATTERN_TYPES.has(e.type)) for (const z of e.names?.zh ?? []) names.add(z);
  const hash = createHash('sha256').update([...names].sort().join('\n')).digest('hex').slice(0, 16);
  if (hash !== glosses.namesHash) {
    console.warn(`data/cedict/glosses.json was derived from other zh names than the KB has now: run \`npm run cedict\` (${stats.unknownChars} characters without a gloss)`);
  }
  if (process.env.NEWS_ANNOTATOR_VERBOSE) console.log(`out/kb.literal.json: ${stats.patterns} patterns for ${stats.entities} entities`);
  return { forms: pre.forms.entries.length / 3, sounds: pre.sounds.length, literals: stats.patterns };
}

/**
 * The readings of the Japanese people's names, character by character, from the KANJIDIC subset
 * data/kanjidic/readings.json, aligned with each English name (src/core/names/kanji-readings-data.ts):
 * added to out/kb.index.json (the CLI's and the tests' KB) and, through its details, to the editor's.
 */
function addJapaneseReadings(root: string, kb: CompiledKb): void {
  const file = JSON.parse(fs.readFileSync(path.join(root, 'data/kanjidic/readings.json'), 'utf8')) as KanjiFile;
  const readingsOf = (ch: string): string[] | undefined => file.kanji[ch]?.split(' ');
  const names = new Set<string>();
  for (const e of kb.entities) {
    const name = japaneseNameOf(e);
    if (name) names.add(name);
    const readings = alignReadings(e, readingsOf);
    if (readings) e.jaReadings = readings;
  }
  const hash = createHash('sha256').update([...names].sort().join('\n')).digest('hex').slice(0, 16);
  if (hash !== file.namesHash) console.warn('data/kanjidic/readings.json was derived from other Japanese names than the KB has now: run `npm run kanjidic`');
  fs.writeFileSync(path.join(root, 'out/kb.index.json'), JSON.stringify(kb));
}
