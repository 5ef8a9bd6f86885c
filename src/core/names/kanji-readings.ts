import type { KbEntity } from '../kb/model';
import type { KbIndex } from '../kb/index';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { capitalisedPairs, type Token } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { Memo } from '../memo';
import { perKbIndex } from '../slices';
import { japaneseNameOf, normaliseRomaji, spellingsOf } from './kanji-readings-data';
import type { NameCandidate } from './candidates';
import { rankSpan } from './ranker';
import { addPersonFix } from './person-fix';
import { titleBefore } from './titles';
import { replaceable } from './whole-names';
import { pushTo } from '../collections';

/**
 * Japanese names read with other readings of their characters: a name in kanji has several
 * readings per character (on'yomi, kun'yomi, the nanori of names), and a translation from
 * Japanese that does not know the person picks another one: 岸田文雄 Kishida Fumio comes back
 * "Kishida Bunyu" (文 bun, 雄 yū), 上川陽子 Kamikawa Yōko "Jokawa Yoko". Two capitalised words
 * that are, one the family name and one the given name of one Japanese person of the KB, each
 * read out of its characters (data/kanjidic/readings.json, KANJIDIC), and not both the way the
 * person writes them, are that person. A word that is itself how some Japanese person of the KB
 * writes a name part ("Makoto") is a real name, not a misreading: it is never taken as one.
 */

/** One part of a person's name (one object per part, shared by all its spellings). */
interface NamePart {
  entity: KbEntity;
  /** 0: the family name, 1: the given name. */
  part: 0 | 1;
  /** The way the person's English name writes it. */
  right: string;
}

interface ReadingsIndex {
  /** Every spelling of every part, to the parts it spells. */
  bySpelling: Map<string, NamePart[]>;
  /** How the KB's Japanese people write their name parts: real names, never misreadings. */
  realNames: Set<string>;
}

/** People per build step (each spelled out in up to 2 x 64 ways). */
const PEOPLE_PER_STEP = 50;

function* buildIndex(index: KbIndex): Generator<void, ReadingsIndex> {
  const built: ReadingsIndex = { bySpelling: new Map(), realNames: new Set() };
  let n = 0;
  for (const e of index.byId.values()) {
    if (!e.jaReadings || !japaneseNameOf(e)) continue;
    if (++n % PEOPLE_PER_STEP === 0) yield;
    e.jaReadings.forEach((chars, k) => {
      const spellings = spellingsOf(chars.map((c) => c.split(' ')));
      // The first spelling takes each character's first reading: the one the English name uses.
      const part: NamePart = { entity: e, part: k as 0 | 1, right: spellings[0] };
      built.realNames.add(part.right);
      for (const s of spellings) pushTo(built.bySpelling, s, part);
    });
  }
  return built;
}

const readingsIndex = perKbIndex(buildIndex);

/** Builds the index in steps (the editor's thread is never held for the whole build). */
export const prepareKanjiReadings = (index: KbIndex, pause: () => Promise<void>): Promise<void> => readingsIndex.prepare(index, pause);

// A word's romaji spelling (seven replacements): remembered, words recur.
const spelled = new Memo(normaliseRomaji, 20_000);

export function findMisreadJapaneseNames(ctx: ArticleContext, out: MentionSet): void {
  const idx = readingsIndex.get(ctx.index);
  if (!idx.bySpelling.size) return;
  const tokens = ctx.tokens;
  let after = -1; // the scan resumes after a fix
  for (const i of capitalisedPairs(tokens)) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (i <= after || !romaji(a) || !romaji(b)) continue;
    const x = spelled.get(a.lower);
    const first = idx.bySpelling.get(x);
    if (!first) continue;
    const y = spelled.get(b.lower);
    const second = idx.bySpelling.get(y);
    if (!second || !replaceable(out, a.start, b.end)) continue;
    const candidates = pairsOf(first, second, x, y).flatMap((p) => candidateOf(idx, a, b, p) ?? []);
    const best = candidates.length ? rankSpan(ctx, candidates, titleBefore(ctx, a)) : undefined;
    if (!best) continue;
    addPersonFix(ctx, out, a.start, b.end, best);
    after = i + 1;
  }
}

/** A word of romaji: Latin letters (macrons too), two at least. */
const romaji = (t: Token): boolean => t.text.length >= 2 && ROMAJI.test(t.text);
const ROMAJI = /^[A-Za-zĀāĒēĪīŌōŪū]+$/;

/** A part of a name as one word spells it. */
interface PartAsSpelled {
  part: NamePart;
  right: boolean;
}

/** The two words (spelled x and y) as the two parts of one person's name, in either order, not both written right. */
function pairsOf(first: NamePart[], second: NamePart[], x: string, y: string): Array<[PartAsSpelled, PartAsSpelled]> {
  const out: Array<[PartAsSpelled, PartAsSpelled]> = [];
  for (const p of first) {
    for (const q of second) {
      if (p.entity !== q.entity || p.part === q.part || (p.right === x && q.right === y)) continue;
      out.push([
        { part: p, right: p.right === x },
        { part: q, right: q.right === y },
      ]);
    }
  }
  return out;
}

function candidateOf(idx: ReadingsIndex, a: Token, b: Token, [p, q]: [PartAsSpelled, PartAsSpelled]): NameCandidate | undefined {
  const tokens = [a, b];
  const misread = [p, q].map((s, k) => (s.right ? undefined : tokens[k])).filter((t): t is Token => t !== undefined);
  // A misreading is no real name of anyone the KB knows, and no English word.
  if (misread.some((t) => idx.realNames.has(spelled.get(t.lower)) || isEnglishWord(t.lower))) return undefined;
  const e = p.part.entity;
  // The English name's words, told apart by the family name's spelling (most put it last).
  const words = e.name.split(/\s+/);
  const familyRight = (p.part.part === 0 ? p : q).part.right;
  const [given, family] = normaliseRomaji(words[0]) === familyRight ? [words[1], words[0]] : [words[0], words[1]];
  const familyFirst = p.part.part === 0;
  const kanji = japaneseNameOf(e)!;
  return {
    start: a.start,
    end: b.end,
    entity: e,
    replacement: familyFirst ? `${family} ${given}` : `${given} ${family}`,
    kind: 'transliteration',
    generator: 'kanji-readings',
    // One part read right and one not is the stronger sign; both misread needs the article's support.
    similarity: misread.length === 1 ? 0.9 : 0.82,
    basis: 'reading',
    part: 'full',
    evidence: `reads ${kanji} with other readings of its characters (${misread.map((t) => `"${t.text}"`).join(' and ')}; KANJIDIC), where ${e.name} reads them "${familyFirst ? `${family} ${given}` : `${given} ${family}`}"`,
  };
}
