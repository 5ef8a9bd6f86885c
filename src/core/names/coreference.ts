import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import { LIKELY_CONFIDENCE } from '../types';

/**
 * One name, one reading per article: once a garbled spelling has a likely fix, the same
 * spelling elsewhere in the article is the same person or place, even where it stands alone
 * without the title or context that made the first one sure ("Prime Minister Albanis's visit",
 * then "led by Albanis"). Copies the fix to every uncovered occurrence of the spelling.
 */
export function spreadLikelyFixes(ctx: ArticleContext, out: MentionSet): void {
  const fixes = new Map<string, Mention>();
  for (const m of out.all()) {
    const c = m.correction;
    if (!c || c.kind !== 'transliteration' || c.confidence < LIKELY_CONFIDENCE || !m.entity) continue;
    const surface = bare(ctx.text.slice(m.start, m.end));
    if (surface.length >= 4 && !fixes.has(surface)) fixes.set(surface, m);
  }
  if (!fixes.size) return;
  for (const t of ctx.tokens) {
    const word = bare(t.text);
    const m = fixes.get(word);
    if (!m || out.covers(t.start, t.start + word.length)) continue;
    out.add({
      ...m,
      start: t.start,
      end: t.start + word.length,
      rule: `${m.rule}+same-spelling`,
      correction: { ...m.correction!, confidence: Math.min(m.correction!.confidence, 0.8), reason: `${m.correction!.reason} (the same spelling as a likely fix elsewhere in the article)` },
    });
  }
}

const bare = (s: string): string => s.replace(/['’]s$/u, '');
