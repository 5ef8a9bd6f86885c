import type { EntityLabel } from '../types';
import type { CompiledKb, KbEntity } from './model';
import { formKey, formLength } from './forms';
import { FUNCTION_WORDS } from '../text/english';

/** A literal translation of one content word ("The World", "the country") is an ordinary phrase. */
const contentWords = (s: string): number => s.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).length;

/** How a surface form relates to its entity. */
export type FormKind = 'name' | 'alias' | 'demonym' | 'mistranslation' | 'context';

export interface FormEntry {
  entity: KbEntity;
  /** The form as written in the KB (its case is the right one). */
  form: string;
  kind: FormKind;
}

/**
 * Lookup structures over a knowledge base: surface forms by normalised key, entities by id,
 * countries by the first character of their Chinese name. Built once per KB; pure data.
 */
export class KbIndex {
  readonly byId = new Map<string, KbEntity>();
  readonly forms = new Map<string, FormEntry[]>();
  /** Longest form, in tokens: the gazetteer never looks further ahead. */
  maxFormTokens = 1;
  readonly abbreviationReadings = new Map<string, string[]>();

  constructor(readonly kb: CompiledKb) {
    for (const e of kb.entities) this.add(e);
    for (const a of kb.abbreviations) {
      for (const r of a.readings) push(this.abbreviationReadings, r.toLowerCase(), a.char);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** Adds (or replaces, for the workspace KB) one entity. */
  add(e: KbEntity): void {
    if (this.byId.has(e.id)) this.remove(e.id);
    this.byId.set(e.id, e);
    this.addForm(e, e.name, 'name');
    for (const a of e.aliases ?? []) this.addForm(e, a, 'alias');
    for (const d of e.demonyms ?? []) this.addForm(e, d, 'demonym');
    // A "mistranslation" that differs from a name only in letter case is a case error, found as such.
    const names = new Set([e.name, ...(e.aliases ?? [])].map(formKey));
    for (const m of e.mistranslations ?? []) if (!names.has(formKey(m)) && contentWords(m) >= 2) this.addForm(e, m, 'mistranslation');
    for (const c of e.contextAliases ?? []) this.addForm(e, c, 'context');
  }

  private remove(id: string): void {
    for (const [key, list] of this.forms) {
      const kept = list.filter((f) => f.entity.id !== id);
      if (kept.length) this.forms.set(key, kept);
      else this.forms.delete(key);
    }
    this.byId.delete(id);
  }

  private addForm(entity: KbEntity, form: string, kind: FormKind): void {
    const key = formKey(form);
    if (!key) return;
    const list = this.forms.get(key) ?? [];
    if (list.some((f) => f.entity === entity && f.form === form)) return;
    list.push({ entity, form, kind });
    this.forms.set(key, list);
    this.maxFormTokens = Math.max(this.maxFormTokens, formLength(form));
  }

  lookup(key: string): FormEntry[] | undefined {
    return this.forms.get(key);
  }

  countryOf(e: KbEntity): KbEntity | undefined {
    if (e.id.startsWith('country:')) return e;
    return e.country ? this.byId.get(e.country) : undefined;
  }

  /** Entities of a type, for the fuzzy matchers. */
  *ofTypes(types: ReadonlySet<EntityLabel>): Iterable<KbEntity> {
    for (const e of this.byId.values()) if (types.has(e.type)) yield e;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
