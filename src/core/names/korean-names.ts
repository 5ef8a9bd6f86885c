import type { KbEntity } from '../kb/model';
import type { KbIndex } from '../kb/index';
import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { isCapitalized, type Token } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { perKbIndex } from '../slices';
import type { NameCandidate } from './candidates';
import { replaceable } from './whole-names';
import { fixPersonsAtPairs } from './person-fix';
import { romanizeName } from './korean-romanization';
import { pushTo } from '../collections';

/**
 * Korean names in the Revised Romanization: a translation from Korean that does not know the
 * person writes the Hangul name by the official system, syllable by syllable ("Yun Seok-yeol",
 * "Chu Gyeong-ho"), where the person's own English spelling is older ("Yoon Suk Yeol", "Choo
 * Kyung-ho"). A family name and a given name (one word, hyphenated or joined, or two words) that
 * are one Korean person's, at least one of them in the system's spelling and not the person's own,
 * are that person. A system spelling that is an English word is never taken as one.
 */

/** One part of a Korean person's name: its spellings by the system, and the person's own. */
interface KoreanPart {
  entity: KbEntity;
  /** 0: the family name, 1: the given name. */
  part: 0 | 1;
  /** The person's own spelling of the other part (lower case, no hyphen or space). */
  otherOwn: string;
  /** The system's spelling of the other part. */
  otherSystem: string;
  /** The name in Hangul and by the system, for the reason ("윤석열, yun seok-yeol"). */
  shown: string;
}

const PEOPLE_PER_STEP = 300;
const KOREAN = new Set(['country:KR', 'country:KP']);
const HANGUL_NAME = /^[\uac00-\ud7a3]{2,4}$/;

/** A name part as compared: lower case, no hyphen or space ("Seok-yeol" -> "seokyeol"). */
const joined = (s: string): string => s.toLowerCase().replace(/[-\s]/g, '');

/** The person's family and given name by the system and as the person writes them, or undefined. */
function partsOf(e: KbEntity): { system: [string, string]; own: [string, string]; hangul: [string, string]; syllables: [string[], string[]] } | undefined {
  if (e.type !== 'PERSON' || !e.country || !KOREAN.has(e.country)) return undefined;
  const hangul = e.names?.ko?.[0];
  if (!hangul || !HANGUL_NAME.test(hangul)) return undefined;
  // The family name is one syllable (two of a four-syllable name: 남궁, 제갈); the English name writes it first.
  const family = hangul.length === 4 ? 2 : 1;
  const words = e.name.split(/\s+/);
  if (words.length < 2) return undefined;
  const f = romanizeName(hangul.slice(0, family));
  const g = romanizeName(hangul.slice(family));
  if (!f || !g) return undefined;
  return { system: [f.join(''), g.join('')], own: [joined(words[0]), joined(words.slice(1).join(''))], hangul: [hangul.slice(0, family), hangul.slice(family)], syllables: [f, g] };
}

function* buildIndex(index: KbIndex): Generator<void, Map<string, KoreanPart[]>> {
  const bySpelling = new Map<string, KoreanPart[]>();
  let n = 0;
  for (const e of index.byId.values()) {
    if (++n % PEOPLE_PER_STEP === 0) yield;
    const p = partsOf(e);
    if (!p) continue;
    for (const k of [0, 1] as const) {
      const spelling = p.system[k];
      // The system's spelling where it is not the person's own and no English word.
      if (spelling === p.own[k] || spelling.length < 2 || isEnglishWord(spelling)) continue;
      pushTo(bySpelling, spelling, { entity: e, part: k, otherOwn: p.own[1 - k], otherSystem: p.system[1 - k], shown: `${p.hangul.join('')}, ${p.syllables[0].join('-')} ${p.syllables[1].join('-')}` });
    }
  }
  return bySpelling;
}

const koreanIndex = perKbIndex(buildIndex);

/** Builds the index in steps (the editor's thread is never held for the whole build). */
export const prepareKoreanSpellings = (index: KbIndex, pause: () => Promise<void>): Promise<void> => koreanIndex.prepare(index, pause);

export function findKoreanSystemSpellings(ctx: ArticleContext, out: MentionSet): void {
  const idx = koreanIndex.get(ctx.index);
  if (!idx.size) return;
  const tokens = ctx.tokens;
  fixPersonsAtPairs(ctx, out, (i) => {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    // The given name in one word ("Seok-yeol"), or in two ("Seok Yeol").
    const spaced = c && c.start === b.end + 1 && isCapitalized(c.text) ? joined(b.text + c.text) : undefined;
    const found = matchAt(idx, a, joined(b.text), b) ?? (spaced ? matchAt(idx, a, spaced, c) : undefined);
    if (!found || !replaceable(out, a.start, found.last.end)) return undefined;
    return { candidates: found.candidates, last: found.last === b ? i + 1 : i + 2 };
  });
}

/** The candidates for family name `a` and given name `given` (ending with token `last`), if any. */
function matchAt(idx: Map<string, KoreanPart[]>, a: Token, given: string, last: Token): { candidates: NameCandidate[]; last: Token } | undefined {
  const family = joined(a.text);
  const candidates: NameCandidate[] = [];
  // The family name by the system and the given name either way, or the given name by the system
  // and the family name either way (a system spelling that is an English word, "Jo", is in no index).
  for (const p of idx.get(family) ?? []) if (p.part === 0 && (given === p.otherOwn || given === p.otherSystem)) candidates.push(candidateOf(p, a, last, given === p.otherSystem ? 2 : 1));
  for (const p of idx.get(given) ?? []) if (p.part === 1 && (family === p.otherOwn || family === p.otherSystem)) candidates.push(candidateOf(p, a, last, family === p.otherSystem ? 2 : 1));
  return candidates.length ? { candidates, last } : undefined;
}

function candidateOf(p: KoreanPart, a: Token, last: Token, bySystem: number): NameCandidate {
  return {
    start: a.start,
    end: last.end,
    entity: p.entity,
    replacement: p.entity.name,
    kind: 'transliteration',
    generator: 'korean-romanization',
    // Both parts by the system, none the person's own, is a little less telling.
    similarity: bySystem === 1 ? 0.93 : 0.9,
    basis: 'reading',
    part: 'full',
    evidence: `writes the Korean name by the Revised Romanization (${p.shown}), where ${p.entity.name} writes it otherwise`,
  };
}
