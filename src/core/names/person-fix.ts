import type { ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import type { RankedCandidate } from './ranker';

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
