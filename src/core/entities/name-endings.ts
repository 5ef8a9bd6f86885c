import type { EntityLabel } from '../types';
import { formKey } from '../kb/forms';
import type { FormEntry, KbIndex } from '../kb/index';
import { pushTo } from '../collections';
import { fold, type Token } from '../text/tokens';
import { notYet, type ArticleContext } from './context';
import type { Mention } from './mention';

/** Kinds of entity whose names are phrases a translation may inflect ("People's Power Party"). */
const PHRASE_NAMED = new Set<EntityLabel>(['ORG', 'MEDIA', 'EVENT', 'FAC']);

/**
 * A KB name the run writes with a possessive or a plural ending a word of it lacks, or without
 * one it has: "People's Power Party" and "Peoples Power Party" for the People Power Party,
 * "People Liberation Army" for the People's Liberation Army. Only names of bodies, outlets,
 * events and facilities, only where exactly one entity has the name, and only for runs no KB
 * form matched as written. The fix writes the KB's name.
 */
export function namedWithOtherEndings(ctx: ArticleContext, run: Token[]): Mention | undefined {
  const entries = byEndlessKey(ctx.index).get(endlessKey(run.map((t) => fold(t.text))))?.filter((f) => !notYet(f.entity, ctx.referenceDate));
  if (!entries?.length || entries.some((f) => f.entity !== entries[0].entity)) return undefined;
  const { entity, form } = entries[0];
  const written = ctx.text.slice(run[0].start, run[run.length - 1].end);
  if (formKey(written) === formKey(form)) return undefined;
  return {
    start: run[0].start,
    end: run[run.length - 1].end,
    label: entity.type,
    entity,
    rule: 'kb:name-ending',
    correction: { replacement: form, kind: 'possessive', confidence: 0.85, reason: `${entity.name} is written "${form}"; the text has "${written}", a word's ending changed` },
  };
}

/** Folded words without their possessive or plural endings, joined ("people's" and "peoples" as "people"). */
const endlessKey = (words: readonly string[]): string => words.map((w) => w.replace(ENDING, '')).join(' ');
const ENDING = /(?:['’]s|(?<=\p{L}{3})s)$/u;

const byIndex = new WeakMap<KbIndex, { changes: number; keys: Map<string, FormEntry[]> }>();

/** The names (and aliases) of two to four words of the phrase-named entities, by their endless key; built on first use. */
function byEndlessKey(index: KbIndex): Map<string, FormEntry[]> {
  const known = byIndex.get(index);
  if (known && known.changes === index.changes) return known.keys;
  const keys = new Map<string, FormEntry[]>();
  for (const [key, entries] of index.forms) {
    let withoutEndings: string | undefined;
    for (const f of entries) {
      if ((f.kind !== 'name' && f.kind !== 'alias') || !PHRASE_NAMED.has(f.entity.type)) continue;
      if (withoutEndings === undefined) {
        const words = key.split(' ');
        withoutEndings = words.length >= 2 && words.length <= 4 ? endlessKey(words) : '';
      }
      if (withoutEndings) pushTo(keys, withoutEndings, f);
    }
  }
  byIndex.set(index, { changes: index.changes, keys });
  return keys;
}
