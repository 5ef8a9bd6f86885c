/**
 * CoNLL-2003 style NER columns: `-DOCSTART- -X- -X- O`, a blank line, then one token per line as
 * `token _ _ TAG` (POS and chunk columns are `_` placeholders), IOB2 tags, a blank line after
 * each sentence (sentences from `parseStructure`).
 *
 * Label mapping to the CoNLL-2003 set:
 *   PERSON -> PER;  ORG, MEDIA -> ORG;  GPE, LOC, FAC -> LOC;  NORP, EVENT -> MISC;  DATE: omitted.
 *
 * Tokens: words (letters, digits, combining marks, inner apostrophes and hyphens), each Han/kana
 * character, each emoji cluster (with skin-tone modifiers, VS16, ZWJ sequences, flags), and each
 * other non-space character with its combining marks. Tokens are then cut at every exported
 * entity's start and end and at sentence starts, so that entity boundaries are token boundaries.
 * Whitespace is never part of a token: the tokens in order, with the original whitespace between
 * them, give back the text.
 *
 * CoNLL cannot express overlapping mentions: of overlapping entities the earlier (then longer)
 * one is kept. A sentence break that falls inside an entity is not emitted, so an I- tag never
 * follows a blank line.
 */
import type { Label } from '../../types';
import { parseStructure } from '../../structure/structure';
import { prepare, stemOf, type ExportFile, type ExportSpan } from './common';
import type { Sidecar } from '../sidecar';

export type ConllTag = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Sidecar label -> CoNLL-2003 type; DATE is not part of CoNLL-2003 NER and is left out. */
export const CONLL_LABELS: Record<Label, ConllTag | null> = {
  PERSON: 'PER',
  ORG: 'ORG',
  MEDIA: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  DATE: null,
};

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}])`;
const WORD = String.raw`${WORD_CHAR}(?:${WORD_CHAR}|\p{M})*(?:['’\-]${WORD_CHAR}(?:${WORD_CHAR}|\p{M})*)*`;
const EMOJI = String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*`;
const TOKEN = new RegExp(String.raw`${EMOJI}|${WORD}|[${CJK}]\p{M}*|\S\p{M}*`, 'gu');

export interface ConllToken {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
}

/** Tokens of `text`, cut at the given UTF-16 offsets. */
export function conllTokens(text: string, cuts: Iterable<number> = []): ConllToken[] {
  const sortedCuts = [...new Set(cuts)].sort((a, b) => a - b);
  const out: ConllToken[] = [];
  let c = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let start = m.index;
    const end = start + m[0].length;
    while (c < sortedCuts.length && sortedCuts[c] <= start) c++;
    for (let k = c; k < sortedCuts.length && sortedCuts[k] < end; k++) {
      out.push({ start, end: sortedCuts[k], text: text.slice(start, sortedCuts[k]) });
      start = sortedCuts[k];
    }
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/** The entities CoNLL can carry: mapped labels, no overlaps (earlier, then longer, wins). */
function conllEntities(spans: ExportSpan[]): Array<ExportSpan & { tag: ConllTag }> {
  const kept: Array<ExportSpan & { tag: ConllTag }> = [];
  let lastEnd = -1;
  for (const s of spans) {
    const tag = CONLL_LABELS[s.label];
    if (!tag || s.start16 < lastEnd) continue;
    kept.push({ ...s, tag });
    lastEnd = s.end16;
  }
  return kept;
}

export function exportConll(text: string, sidecar: Sidecar, baseName: string): ExportFile[] {
  const { spans } = prepare(text, sidecar, baseName);
  const entities = conllEntities(spans);
  const sentences = parseStructure(text).sentences;
  const cuts = [...entities.flatMap((e) => [e.start16, e.end16]), ...sentences.map((s) => s.start)];
  const tokens = conllTokens(text, cuts);
  const lines = ['-DOCSTART- -X- -X- O', ''];
  let e = 0;
  let sentence = -1;
  let inEntity: number | null = null;
  let any = false;
  for (const tok of tokens) {
    while (e < entities.length && entities[e].end16 <= tok.start) e++;
    const ent = e < entities.length && entities[e].start16 <= tok.start && tok.end <= entities[e].end16 ? e : null;
    let s = sentence;
    while (s + 1 < sentences.length && sentences[s + 1].start <= tok.start) s++;
    const continues = ent !== null && ent === inEntity;
    if (s !== sentence) {
      if (any && !continues) lines.push('');
      sentence = s;
    }
    const tag = ent === null ? 'O' : `${continues ? 'I' : 'B'}-${entities[ent].tag}`;
    lines.push(`${tok.text} _ _ ${tag}`);
    inEntity = ent;
    any = true;
  }
  if (any) lines.push('');
  return [{ name: `${stemOf(baseName)}.conll`, content: `${lines.join('\n')}\n` }];
}
