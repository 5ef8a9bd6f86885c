import { firstStartingAt } from '../text/spans';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';

/** Nouns for what a body is that a translation writes after its name. */
const KIND_WORDS = new Set(['party', 'movement']);

/**
 * A body's name with the noun for what it is written after it, capitalised: "Indian National
 * Congress Party", "Hamas Movement". Chinese names carry the noun (国大党, 哈马斯运动) and a
 * translation keeps it; the mention takes it when the KB describes the body so ("party",
 * "movement") and its name does not end in it already.
 */
export function takeKindWordAfter(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  for (const m of out.all()) {
    const e = m.entity;
    if (!e || e.type !== 'ORG' || m.correction) continue;
    const i = firstStartingAt(tokens, m.end + 1);
    const next = tokens[i];
    if (!next || next.start !== m.end + 1 || text.charCodeAt(m.end) !== 32 || !/^\p{Lu}/u.test(next.text)) continue;
    if (!KIND_WORDS.has(next.lower) || out.covers(next.start, next.end)) continue;
    if (e.name.toLowerCase().endsWith(next.lower) || !(e.description ?? '').toLowerCase().split(/[^\p{L}]+/u).includes(next.lower)) continue;
    out.replace({ ...m, end: next.end });
  }
}
