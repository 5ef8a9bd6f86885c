import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { rankSpan, type RankedCandidate } from './ranker';
import type { NameCandidate } from './candidates';
import { capitalisedPairs } from '../text/tokens';
import { titleBefore } from './titles';

/**
 * The ranked fix of a person's whole name over [start, end) into the article's mentions (in place
 * of what covered the span: only exact names inside it, as the generators check), with a reason
 * a person can check: the span, the evidence, who it is, and the article's support.
 */
export function addPersonFix(ctx: ArticleContext, out: MentionSet, start: number, end: number, best: RankedCandidate): void {
  const who = best.entity.description ? `${best.entity.name} (${best.entity.description})` : best.entity.name;
  const mention = {
    start,
    end,
    label: 'PERSON' as const,
    entity: best.entity,
    rule: `names:${best.generator}`,
    correction: {
      replacement: best.replacement,
      kind: 'transliteration' as const,
      confidence: Math.round(best.confidence * 1000) / 1000,
      reason: `"${ctx.text.slice(start, end)}" ${best.evidence}: ${who}${best.support.length ? `; ${best.support.join('; ')}` : ''}`,
    },
  };
  if (out.covers(start, end)) out.replace(mention);
  else out.add(mention);
}

/** A generator's proposal at a capitalised pair: its candidates, and the token the name ends with. */
export interface PairProposal {
  candidates: NameCandidate[];
  last: number;
}

/**
 * The loop of the generators that read two or three capitalised words as one person's name
 * (Russian systems, the Korean romanisation): at each capitalised pair, `propose` gives the
 * candidates (it checks what covers the span), the ranker with the title before the name picks,
 * and the fix writes the whole name; the scan resumes after it.
 */
export function fixPersonsAtPairs(ctx: ArticleContext, out: MentionSet, propose: (i: number) => PairProposal | undefined): void {
  const tokens = ctx.tokens;
  let after = -1; // the scan resumes after a fix
  for (const i of capitalisedPairs(tokens)) {
    if (i <= after) continue;
    const p = propose(i);
    const best = p?.candidates.length ? rankSpan(ctx, p.candidates, titleBefore(ctx, tokens[i])) : undefined;
    if (!p || !best) continue;
    addPersonFix(ctx, out, tokens[i].start, tokens[p.last].end, best);
    after = p.last;
  }
}
