import { escapeRegExp } from '../text/regexp';
import { FUNCTION_WORDS } from '../text/english';
import type { ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';

// A lone lower-case acronym after these words is a noun ("the base of is", "drove out is"), never the verb.
const NOUN_SLOT_WORDS = 'of out by from against with on for than and to as about under'.split(' ');
const NOUN_SLOT_BEFORE = new Set(NOUN_SLOT_WORDS);

/**
 * Where `written` (an acronym as introduced) stands in a noun slot in `text`: the places a lone use
 * of it may be found (findLoneAcronyms decides), for an editor that must look at them again when
 * the acronym's introduction appears or goes.
 */
export function possibleLoneUses(text: string, written: string): number[] {
  // An introduced acronym is 2-6 letters (see findAcronyms), but `written` may come from a
  // sidecar's annotation text: escaped, it is matched as text, never read as a pattern.
  const slot = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NOUN_SLOT_WORDS.join('|')}) (${escapeRegExp(written)})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  const out: number[] = [];
  for (const m of text.matchAll(slot)) if (m[1] === written) out.push(m.index! + m[0].length - written.length);
  return out;
}

/** `s` as a literal in a `u`-flag pattern (where only syntax characters may be escaped). */

/** The rule of an acronym's introduction in parentheses ("Islamic state (is)"). */
export const ACRONYM_INTRODUCTION = 'names:acronym-parenthesised';
/** The rule of its lone uses after it ("drove out is"). */
const ACRONYM_LONE = 'names:acronym-lone';

const initials = (s: string): string =>
  s
    .split(/[\s-]+/)
    .filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');

/**
 * An acronym introduced in parentheses and written in lower case, "Islamic state (is)", and its
 * later lone uses ("the largest base of is"), which machine translation lower-cases. The acronym
 * must be a KB alias of the entity or its initials.
 */
export function findAcronyms(ctx: ArticleContext, out: MentionSet): void {
  // The first introduction of each acronym written in lower case: its lone uses after it are
  // the acronym. Shared by the blocks of an article analysed in blocks (in text order), so that
  // a block knows the introductions of the blocks before it, as one pass does.
  const acronyms = ctx.acronyms ?? new Map<string, Mention>();
  for (const m of out.all()) {
    if (!m.entity) continue;
    const after = /^ ?\(([\p{L}]{2,6})\)/u.exec(ctx.text.slice(m.end, m.end + 10));
    if (!after) continue;
    const written = after[1];
    const known = [...(m.entity.aliases ?? []), initials(m.entity.name)].find(
      (a) => a.toLowerCase() === written.toLowerCase() && a === a.toUpperCase(),
    );
    if (!known) continue;
    const start = m.end + after[0].indexOf('(') + 1;
    const mention = acronymMention(m, start, start + written.length, written, known, ACRONYM_INTRODUCTION);
    out.add(mention);
    if (written !== known && !acronyms.has(written)) acronyms.set(written, mention);
  }
  if (acronyms.size) findLoneAcronyms(ctx, out, acronyms);
}

function findLoneAcronyms(ctx: ArticleContext, out: MentionSet, acronyms: Map<string, Mention>): void {
  for (let i = 1; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    const intro = acronyms.get(t.text);
    if (!intro || t.start < intro.end || out.covers(t.start, t.end)) continue;
    const prev = ctx.tokens[i - 1];
    const gap = ctx.text.slice(prev.end, t.start);
    if (gap !== ' ' || !NOUN_SLOT_BEFORE.has(prev.lower)) continue;
    out.add(acronymMention(intro, t.start, t.end, t.text, intro.correction!.replacement, ACRONYM_LONE));
  }
}

function acronymMention(m: Mention, start: number, end: number, written: string, right: string, rule: string): Mention {
  return {
    start,
    end,
    label: m.label,
    entity: m.entity,
    rule,
    correction:
      written === right
        ? undefined
        : {
            replacement: right,
            kind: 'case',
            confidence: rule === ACRONYM_LONE ? 0.8 : 0.9,
            reason: `"${right}" is the acronym of ${m.entity?.name ?? m.canonical}, introduced in parentheses; the translation lower-cased it`,
          },
  };
}
