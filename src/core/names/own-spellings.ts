import { countedInside, type ArticleContext } from '../entities/context';
import type { KbEntity } from '../kb/model';
import type { MentionSet } from '../entities/mention';
import { fold, isCapitalized } from '../text/tokens';
import { scriptOfCountry } from './script-round-trips';

/**
 * A name written the way its own language spells it is no garbling of the KB name it resembles.
 * Sound similarity finds "Semenov" near Shamanov and "Sadeghi" near Sadegh; in an article
 * translated from Russian, Persian or Turkish most such words are other people, spelled right.
 * Three relations between a written word and the KB word a fix would write say so, whatever the
 * language:
 * - the word has letters with marks ("Kılıç", "Güneş"): a translation writes them only from a
 *   dictionary that knew the name, never as a sound-alike;
 * - it is the KB word with a derivational ending added or taken away: a Slavic surname's other
 *   gender (Zakharov, Zakharova), a Persian surname made of a given name (Sadeghi of Sadegh),
 *   which name another person;
 * - it is the KB word in another romanisation of the same letters (Vasiliev and Vasilyev,
 *   Soloviev and Solovyov, Heidari and Heydari), for a person whose country writes another
 *   script: the same name by another system, so at most the same person, never a misrendering.
 * Only capitalised words: a name in lower case was not written by someone who knew it.
 * A fix with such a word in it is dropped; the person is still linked, without a fix, when the
 * article names them elsewhere as the KB writes them (the variant is then theirs).
 */
export function dropOwnSpellings(ctx: ArticleContext, out: MentionSet): void {
  for (const m of out.all()) {
    const c = m.correction;
    if (!c || !m.entity || !SOUND_ALIKE.test(m.rule)) continue;
    const relation = ownSpelling(ctx.text.slice(m.start, m.end), c.replacement);
    if (!relation || (relation === 'variant' && !variantsAreNames(m.entity))) continue;
    const namedElsewhere = (ctx.entityCounts.get(m.entity.id) ?? 0) - countedInside(ctx, m.entity.id, m.start, m.end) > 0;
    if (relation === 'variant' && namedElsewhere) out.replace({ ...m, correction: undefined, rule: `${m.rule}+own-spelling` });
    else out.remove(m);
  }
}

/**
 * The generators that go by sound alone. Readings of a name's characters, case endings and
 * office holders have their own evidence.
 */
const SOUND_ALIKE = /^names:(?:transliteration-|whole-name|script-round-trip)/;

/**
 * Only a person's name first written in another script has several romanisations of its own:
 * "Makari" is no other spelling of an American's Makary, and a place by its Russian form
 * ("Zhitomir") is that place, to be written as usual. A surname made of a place ("Tehrani",
 * "Lombardi") is still no garbling of it.
 */
function variantsAreNames(e: KbEntity): boolean {
  return e.type === 'PERSON' && !!scriptOfCountry(e.country?.replace(/^country:/, ''));
}

export type OwnSpelling = 'marks' | 'derived' | 'variant';

/**
 * How `written` is a name in its own right rather than a garbling of `replacement`, word by word
 * (the words that differ; a derived form or marks anywhere decide it), or undefined.
 */
export function ownSpelling(written: string, replacement: string): OwnSpelling | undefined {
  const a = written.split(/\s+/);
  const b = replacement.split(/\s+/);
  if (a.length !== b.length) return undefined;
  let variants = 0;
  let others = 0;
  for (let i = 0; i < a.length; i++) {
    if (fold(a[i]) === fold(b[i])) continue;
    const r = wordRelation(a[i], b[i]);
    if (r === 'marks' || r === 'derived') return r;
    if (r) variants++;
    else others++;
  }
  return variants && !others ? 'variant' : undefined;
}

function wordRelation(written: string, kb: string): OwnSpelling | undefined {
  // A name in lower case is no name as its language writes it ("bukadum").
  if (!isCapitalized(written)) return undefined;
  if (hasMarks(written)) return 'marks';
  const w = systemFree(written);
  const k = systemFree(kb);
  if (w === k) return 'variant';
  if (derivedOf(w, k) || derivedOf(k, w)) return 'derived';
  return undefined;
}

/** A Latin letter with a mark or one English does not write (ı, ş, ø): the word is written as its language spells it. */
const hasMarks = (word: string): boolean => /[\u00c0-\u024f]/.test(word);

/**
 * The word with the choices romanisation systems make between the same letters made one way:
 * y or i (Heydari, Heidari), the Russian soft vowels ie, io, yo, ye as a plain e (Soloviev,
 * Solovyov), German oe and ue (Mueller), x or ks. Not kh/h, w/v, ou/u or doubled letters: a
 * garbling changes those too ("Hamenei", "bukadum", "Gutteres").
 */
function systemFree(word: string): string {
  return fold(word)
    .replace(/[^a-z-]/g, '')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/ii/g, 'i')
    .replace(/([ou])e/g, '$1')
    .replace(/i[eo]/g, 'e');
}

/**
 * Endings that make another name of the same stem: a Slavic surname's female form, a surname made
 * of a given name (Russian -ov/-ev, Persian and Arabic -i, -zadeh, -pour, Turkish -oglu,
 * Germanic -son, -sen), in the spelling `systemFree` gives them.
 */
const DERIVED_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['', 'a'],
  ['', 'i'],
  ['ski', 'ska'],
  ['ski', 'skaia'],
  ['i', 'aia'],
  ['', 'ov'],
  ['', 'ev'],
  ['a', 'ov'],
  ['', 'zade'],
  ['', 'zadeh'],
  ['', 'pour'],
  ['', 'pur'],
  ['', 'oglu'],
  ['', 'son'],
  ['', 'sen'],
];

/** `longer` is `stem` with a derivational ending in place of its own. */
function derivedOf(stem: string, longer: string): boolean {
  for (const [from, to] of DERIVED_ENDINGS) {
    if (!stem.endsWith(from) || !longer.endsWith(to)) continue;
    const base = stem.slice(0, stem.length - from.length);
    if (base.length >= 4 && longer === base + to) return true;
  }
  return false;
}
