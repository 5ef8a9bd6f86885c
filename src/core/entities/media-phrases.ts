import { FUNCTION_WORDS } from '../text/english';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';

// "Algerian state television", "Saudi Arabian television", "Egyptian news agency": a nationality
// followed by a broadcaster noun names a (possibly unknown) outlet.
const OUTLET = /^ +(?:(?:state|national|public|official|government|private)[- ])?(?:television|tv|radio|news agency|press agency|broadcaster|broadcasting corporation|newspaper|daily)\b/i;
// "Dawn newspaper": an unknown capitalised name directly before "newspaper" or "daily".
const NAMED_PAPER = /\b(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3}) (?:newspaper|daily|news agency|television|TV)\b/gu;

export function findMediaPhrases(ctx: ArticleContext, out: MentionSet): void {
  for (const m of out.all()) {
    if (m.label !== 'NORP' || m.correction) continue;
    const tail = OUTLET.exec(ctx.text.slice(m.end, m.end + 40));
    if (!tail) continue;
    out.replace({ start: m.start, end: m.end + tail[0].length, label: 'MEDIA', canonical: ctx.text.slice(m.start, m.end + tail[0].length), rule: 'media:nationality-outlet' });
  }
  // Only the tokens being analysed (a paragraph range in incremental analysis).
  const from = ctx.tokens[0]?.start ?? 0;
  const to = ctx.tokens[ctx.tokens.length - 1]?.end ?? 0;
  const scope = ctx.text.slice(0, to);
  NAMED_PAPER.lastIndex = from;
  for (let m = NAMED_PAPER.exec(scope); m; m = NAMED_PAPER.exec(scope)) {
    const start = m.index;
    const end = start + m[1].length;
    if (out.covers(start, end) || FUNCTION_WORDS.has(m[1].split(' ')[0].toLowerCase())) continue;
    out.add({ start, end, label: 'MEDIA', canonical: m[1], rule: 'media:named-paper' });
  }
}
