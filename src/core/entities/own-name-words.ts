import { fold, isCapitalized } from '../text/tokens';
import { firstStartingAt } from '../text/spans';
import type { KbEntity } from '../kb/model';
import type { ArticleContext } from './context';
import type { MentionSet } from './mention';

/** Entities whose names are words a translation may shorten. */
const NAMED_BY_WORDS = new Set(['PERSON', 'ORG', 'MEDIA']);

/**
 * A person named by the KB's short name with one of their own given names before it is one
 * mention: "Recep Erdogan" (Recep Tayyip Erdoğan, known as "Erdogan"), "Luiz Lula", "Andres
 * Lopez Obrador". Translations drop middle names and keep the first; the given name alone was
 * left to other detectors (a title before it made it the office holder by itself, or a guess).
 * So is a body named by a short name with the first words of its name before it ("Indian
 * National" before "Congress Party": the Indian National Congress). A capitalised word right
 * before the mention, one space apart and not annotated (or annotated alone, without a
 * correction), that is a word of the entity's name other than the ones the mention already has.
 */
export function takeOwnNameWords(ctx: ArticleContext, out: MentionSet): void {
  const { tokens, text } = ctx;
  for (const m of out.all()) {
    if (!m.entity || !NAMED_BY_WORDS.has(m.entity.type) || m.correction) continue;
    let i = firstStartingAt(tokens, m.start);
    if (tokens[i]?.start !== m.start) continue;
    let start = m.start;
    // Two words at most ("Andres Manuel Lopez Obrador" written without its accents is a name of the KB's).
    for (let n = 0; n < 2 && i > 0; n++, i--) {
      const prev = tokens[i - 1];
      if (prev.end + 1 !== start || text.charCodeAt(prev.end) !== 32 || !isCapitalized(prev.text)) break;
      // The word alone may have been taken for something else: "George" the South African town
      // in "George Bush", "Bashir" (Omar al-Bashir) in "Bashir Magashi". Only it, and uncorrected.
      const other = out.at(prev.start, prev.end);
      // A body's name takes no word that is a mention of its own ("Australian" before "Labor").
      if (other && (m.entity.type !== 'PERSON' || other.start !== prev.start || other.end !== prev.end || other.correction)) break;
      if (!otherNameWords(m.entity, text.slice(start, m.end)).has(prev.folded)) break;
      if (other) out.remove(other);
      start = prev.start;
    }
    if (start !== m.start) out.replace({ ...m, start });
  }
}

/**
 * The folded words of the person's canonical name that `written` (the mention) does not have
 * (an alias may carry a title: "Crown Prince Mohammed").
 */
function otherNameWords(e: KbEntity, written: string): Set<string> {
  const has = new Set(written.split(/\s+/).map(fold));
  const out = new Set<string>();
  for (const w of e.name.split(/\s+/)) if (!has.has(fold(w))) out.add(fold(w));
  return out;
}
