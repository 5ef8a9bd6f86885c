import type { EntityLabel } from '../types';
import type { CompiledKb, KbEntity } from './model';
import { formKey } from './forms';
import { withoutDisambiguator } from './spoken-name';
import { englishSpellings } from './english-spellings';
import { countryWordForms, countryWords, type CountryWords } from './country-words';
import { FUNCTION_WORDS, isEnglishWord } from '../text/english';
import { pushTo } from '../collections';
import { fold } from '../text/tokens';
import { TITLE_WORDS } from '../text/name-cues';

/** One word that is no English word: a garbled spelling ("haftal"), not an ordinary word. */
const isMisspelledWord = (s: string): boolean => /^\p{L}[\p{L}'-]+$/u.test(s) && !isEnglishWord(s.toLowerCase());
/** A literal translation of one content word ("The World", "the country") is an ordinary phrase. */
const contentWords = (s: string): number => s.split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase())).length;

/** How a surface form relates to its entity. */
export type FormKind = 'name' | 'alias' | 'demonym' | 'mistranslation' | 'context';

const FORM_KINDS: FormKind[] = ['name', 'alias', 'demonym', 'mistranslation', 'context'];

/**
 * The surface forms as the build step stores them (out/kb.precompiled.json): one flat list of
 * (entity index, kind, form) triples, which parses faster than a list of lists, and the key of
 * each form whose key is not the form in lower case (one in ten), by triple number.
 */
export interface StoredForms {
  version: 4;
  entries: Array<number | string>;
  keys: Record<string, string>;
}

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
  /** The forms as a trie of folded tokens: built on the first scan, dropped when the KB changes. */
  private trie?: Map<string, FormNode>;
  readonly abbreviationReadings = new Map<string, string[]>();

  /** From the KB, or from the surface forms precomputed at build time (fast: no tokenising). */
  constructor(
    readonly kb: CompiledKb,
    precomputed?: StoredForms,
  ) {
    if (precomputed) this.load(precomputed);
    else {
      for (const e of kb.entities) this.addOwn(e);
      // After every entity's own names: a derived form is never another entity's name.
      for (const e of kb.entities) this.addDerivedForms(e);
    }
    for (const a of kb.abbreviations) {
      for (const r of a.readings) pushTo(this.abbreviationReadings, r.toLowerCase(), a.char);
    }
  }

  private load(stored: StoredForms): void {
    for (const e of this.kb.entities) this.byId.set(e.id, e);
    const { entries, keys } = stored;
    for (let i = 0, n = 0; i < entries.length; i += 3, n++) {
      const form = entries[i + 2] as string;
      pushTo(this.forms, keys[n] ?? form.toLowerCase(), { entity: this.kb.entities[entries[i] as number], form, kind: FORM_KINDS[entries[i + 1] as number] });
    }
  }

  private givenNames?: Set<string>;

  /**
   * Whether `folded` is the first word of some person's name in the KB ("emily", "peter",
   * "frank"): a word that may begin a person's name. Built on first use.
   */
  isGivenName(folded: string): boolean {
    if (!this.givenNames) {
      this.givenNames = new Set();
      for (const e of this.byId.values()) {
        if (e.type !== 'PERSON') continue;
        for (const n of [e.name, ...(e.aliases ?? [])]) {
          const words = n.split(/\s+/);
          const first = fold(words[0]);
          // "The Weeknd", "King Salman": an article or a title is no given name.
          if (words.length >= 2 && first.length >= 3 && !first.endsWith('.') && !FUNCTION_WORDS.has(first) && !TITLE_WORDS.has(first)) this.givenNames.add(first);
        }
      }
    }
    return this.givenNames.has(folded);
  }

  /** The forms in storable form (entity by its index in the KB). */
  toStored(): StoredForms {
    const position = new Map(this.kb.entities.map((e, i) => [e, i]));
    const stored: StoredForms = { version: 4, entries: [], keys: {} };
    for (const [key, list] of this.forms) {
      for (const f of list) {
        if (!position.has(f.entity)) continue;
        if (key !== f.form.toLowerCase()) stored.keys[stored.entries.length / 3] = key;
        stored.entries.push(position.get(f.entity)!, FORM_KINDS.indexOf(f.kind), f.form);
      }
    }
    return stored;
  }

  get size(): number {
    return this.byId.size;
  }

  /** How many entities the workspace KB replaced (their old sound keys are then stale). */
  replaced = 0;

  /** Adds (or replaces, for the workspace KB) one entity. */
  add(e: KbEntity): void {
    this.addOwn(e);
    this.addDerivedForms(e);
  }

  private countryWordPairs?: CountryWords;

  /**
   * The names of everything but people as English also writes them: British or American
   * spelling, "and" for "&", "Mt." for "Mount" ("Japan Self-Defence Forces", "Mt. Fuji"), and,
   * but for countries, places and peoples, with their country's word the other way ("Korea
   * Central News Agency", "Korean Workers' Party"); never as another entity is named.
   */
  private addDerivedForms(e: KbEntity): void {
    if (e.type === 'PERSON') return;
    const pairs = e.type === 'GPE' || e.type === 'NORP' ? undefined : (this.countryWordPairs ??= countryWords([...this.byId.values()].filter((c) => c.id.startsWith('country:'))));
    for (const [form, kind] of [[e.name, 'name'], ...(e.aliases ?? []).map((a) => [a, 'alias'])] as Array<[string, FormKind]>) {
      const variants = pairs ? [...englishSpellings(form), ...countryWordForms(form, pairs)] : englishSpellings(form);
      for (const v of variants) {
        if (this.forms.get(formKey(v))?.some((f) => f.entity !== e && f.kind !== 'context' && f.kind !== 'mistranslation')) continue;
        this.addKey(e, v, kind);
      }
    }
  }

  private addOwn(e: KbEntity): void {
    if (this.byId.has(e.id)) {
      this.remove(e.id);
      this.replaced++;
    }
    this.byId.set(e.id, e);
    this.trie = undefined;
    this.givenNames = undefined;
    this.changes++;
    this.addForm(e, e.name, 'name');
    for (const a of e.aliases ?? []) this.addForm(e, a, 'alias');
    for (const d of e.demonyms ?? []) this.addForm(e, d, 'demonym');
    // A "mistranslation" that differs from a name only in letter case is a case error, found as such.
    // One word counts when it is no English word: a garbled spelling someone recorded ("haftal"),
    // never a word of the language ("Compass" stands for the paper only in a longer phrase).
    const names = new Set([e.name, ...(e.aliases ?? [])].map(formKey));
    for (const m of e.mistranslations ?? []) if (!names.has(formKey(m)) && (contentWords(m) >= 2 || isMisspelledWord(m))) this.addForm(e, m, 'mistranslation');
    for (const c of e.contextAliases ?? []) this.addForm(e, c, 'context');
    // An organisation's or an outlet's name without its brackets: its name where the article is
    // about its country, as the generic names of bodies are ("National Security Bureau" of
    // Taiwan's), after its own names (an alias keeps its kind); a phrase only, never one word
    // ("i (newspaper)" is no pronoun).
    const generic = e.country && e.type !== 'GPE' && e.type !== 'LOC' ? withoutDisambiguator(e.name) : e.name;
    if (generic !== e.name && generic.includes(' ')) this.addForm(e, generic, 'context');
  }

  private remove(id: string): void {
    for (const [key, list] of this.forms) {
      const kept = list.filter((f) => f.entity.id !== id);
      if (kept.length) this.forms.set(key, kept);
      else this.forms.delete(key);
    }
    this.byId.delete(id);
    this.trie = undefined;
    this.changes++;
  }

  private addForm(entity: KbEntity, form: string, kind: FormKind): void {
    this.addKey(entity, form, kind);
    // "Anping County (Hebei)" is written "Anping County": the brackets tell namesakes apart. Places
    // only: an outlet's or an organisation's name without them is often a phrase or another's
    // name ("The Guardian (Nigeria)", "National Unity (Israel)").
    const bare = (kind === 'name' || kind === 'alias') && (entity.type === 'GPE' || entity.type === 'LOC') ? withoutDisambiguator(form) : form;
    if (bare !== form) this.addForm(entity, bare, kind);
    // "US House of Representatives" is also written "U.S. House of Representatives".
    const dotted = withDottedAcronym(form);
    if (dotted) this.addKey(entity, dotted, kind);
    // "Amir-Abdollahian" is also written "Amir Abdollahian" (a translation drops the hyphen).
    if (kind !== 'context' && HYPHEN_BETWEEN_LETTERS.test(form)) this.addKey(entity, form.replace(HYPHENS_BETWEEN_LETTERS, ' '), kind);
    if (kind === 'name' || kind === 'alias') for (const v of arabicArticleSpellings(form)) this.addKey(entity, v, kind);
    if (entity.type === 'PERSON' && (kind === 'name' || kind === 'alias')) for (const v of personSpellings(form)) this.addKey(entity, v, kind);
  }

  private addKey(entity: KbEntity, form: string, kind: FormKind): void {
    const key = formKey(form);
    if (!key) return;
    const list = this.forms.get(key) ?? [];
    if (list.some((f) => f.entity === entity && f.form === form)) return;
    list.push({ entity, form, kind });
    this.forms.set(key, list);
  }

  /**
   * The forms as a trie of folded tokens, first level: the node of the forms that start with a
   * token (most tokens start none); walk on with `node.next.get(nextToken)`, so that a scan never
   * builds a key string it does not need. A new map whenever the KB changed.
   */
  formTrie(): ReadonlyMap<string, FormNode> {
    if (!this.trie) {
      const root = new Map<string, FormNode>();
      for (const [key, entries] of this.forms) addToTrie(root, key, entries);
      this.trie = root;
    }
    return this.trie;
  }

  /**
   * Builds the form trie in steps of about `stepMs` with `pause` between (the editor prepares the
   * analyzer in short steps: built at once, cold, it takes about 100 ms). Steps by time, not by a
   * count of forms: a pause costs a few milliseconds of its own, and the first paint waits.
   */
  async prepareTrie(pause: () => Promise<void>, stepMs = 12): Promise<void> {
    const version = this.changes;
    const root = new Map<string, FormNode>();
    let n = 0;
    let stepStart = performance.now();
    for (const [key, entries] of this.forms) {
      if (this.trie) return;
      addToTrie(root, key, entries);
      if (++n % 256 === 0 && performance.now() - stepStart > stepMs) {
        await pause();
        if (this.changes !== version) return; // the KB changed meanwhile: built on first use
        stepStart = performance.now();
      }
    }
    this.trie ??= root;
  }

  /**
   * Additions and removals so far: a trie built in slices is dropped when the KB changed
   * meanwhile, and derived indexes compare it to know they are stale.
   */
  changes = 0;

  lookup(key: string): FormEntry[] | undefined {
    return this.forms.get(key);
  }

  /**
   * A country or a country's capital: named far more often in news than any English word spelt
   * the same ("China", "Turkey", "Paris"), even at the start of a sentence.
   */
  isCountryOrCapital(e: KbEntity): boolean {
    if (e.id.startsWith('country:')) return true;
    const country = e.country ? this.byId.get(e.country) : undefined;
    return country?.capital === e.id;
  }

  /**
   * The capital of a sovereign country (Tripoli in Libya), not of a territory (Plymouth in
   * Montserrat): the importer describes a territory as one ("Territory in the Caribbean").
   */
  isSovereignCapital(e: KbEntity): boolean {
    const country = e.country ? this.byId.get(e.country) : undefined;
    return country?.capital === e.id && !country.description.startsWith('Territory');
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

/**
 * One token of a form: the forms that end here, and the tokens that can follow. The tokens that
 * follow are sorted into their own nodes when a scan first walks past this one (`following`):
 * most of the KB's 47,000 forms start with a word no article of a session contains, and building
 * every level at once was most of the cold start's trie time.
 */
export interface FormNode {
  entries?: FormEntry[];
  /** The following tokens' nodes, once sorted. */
  next?: Map<string, FormNode>;
  /** Not yet sorted: the rest of each longer form's key (after this token's space) with its entries. */
  pending?: Array<string | FormEntry[]>;
}

/** The nodes of the tokens that may follow this one (undefined: no longer form goes on from here). */
export function following(node: FormNode): Map<string, FormNode> | undefined {
  if (node.pending) {
    const next = (node.next ??= new Map());
    const pending = node.pending;
    node.pending = undefined;
    for (let i = 0; i < pending.length; i += 2) addToTrie(next, pending[i] as string, pending[i + 1] as FormEntry[]);
  }
  return node.next;
}

/** Adds one form key (folded tokens joined by spaces) and its entries to a trie level. */
function addToTrie(level: Map<string, FormNode>, key: string, entries: FormEntry[]): void {
  const space = key.indexOf(' ');
  const first = space < 0 ? key : key.slice(0, space);
  let node = level.get(first);
  if (!node) level.set(first, (node = {}));
  if (space < 0) node.entries = entries;
  else (node.pending ??= []).push(key.slice(space + 1), entries);
}

/** A name that starts with an acronym of two or three capitals and goes on ("US House"), with the acronym written with dots ("U.S. House"). */
function withDottedAcronym(form: string): string | undefined {
  const m = LEADING_ACRONYM.exec(form);
  return m ? `${[...m[1]].join('.')}.${m[2]}` : undefined;
}

const LEADING_ACRONYM = /^([A-Z]{2,3})( \S.*)$/;
/**
 * Other ways a person's name is written with the same words: a compound given name hyphenated, as Persian and Arabic names
 * often are ("Mohammad-Bagher Ghalibaf", "Mohammad-Javad Zarif").
 */
function personSpellings(name: string): string[] {
  const out: string[] = [];
  const words = name.split(' ');
  if (words.length >= 3 && words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) out.push(`${words[0]}-${words.slice(1).join(' ')}`);
  // "Abdel Fattah" is Arabic ʿAbd al-Fattāḥ: written Abdul, Abd al-, Abd el- as well.
  const servant = SERVANT_OF.exec(name);
  if (servant) for (const other of SERVANT_FORMS) if (other !== servant[2]) out.push(name.replace(SERVANT_OF, `$1${other}$3`));
  return out;
}

const SERVANT_FORMS = ['Abdel ', 'Abdul ', 'Abd al-', 'Abd el-'];
const SERVANT_OF = /(^|\s)(Abdel |Abdul |Abd al-|Abd el-)(\p{Lu})/u;

/**
 * The Arabic article written the other ways ("Bashar el-Assad", "Deir al-Zour" for Deir el-Zour,
 * "an-Nahda", "al-Nahda"): al- or el-, and before a sun letter (t, th, d, dh, r, z, s, sh, n, l)
 * assimilated to it, as transliterations write it (az-Zour, ez-Zor, ash-Sham). Every article of
 * the name takes the same spelling; the name's own spelling is not repeated.
 */
export function arabicArticleSpellings(name: string): string[] {
  if (!ARTICLE_IN_NAME.test(name)) return [];
  const out = new Set<string>();
  for (const vowel of ['a', 'e']) {
    for (const assimilate of [false, true]) {
      out.add(
        name.replace(ARABIC_ARTICLE, (_, before: string, article: string, word: string) => {
          const sun = assimilate ? SUN_LETTER.exec(word)?.[0].toLowerCase() : undefined;
          const written = (sun ? vowel + sun : `${vowel}l`);
          return `${before}${/^\p{Lu}/u.test(article) ? written[0].toUpperCase() + written.slice(1) : written}-${word}`;
        }),
      );
    }
  }
  out.delete(name);
  return [...out];
}

const ARTICLE_IN_NAME = /(?:^|\s)(?:[ae]l|[ae](?:[dnrstz]|sh|th|dh))-\p{L}/iu;
const ARABIC_ARTICLE = /(^|\s)([ae]l|[ae](?:sh|th|dh|[dnrstz]))-(\p{L}[\p{L}'’]*)/giu;
const SUN_LETTER = /^(?:th|dh|sh|[tdrzsnl])/i;

const HYPHEN_BETWEEN_LETTERS = /\p{L}-\p{L}/u;
const HYPHENS_BETWEEN_LETTERS = /(?<=\p{L})-(?=\p{L})/gu;
