import type { KbEntity } from '../kb/model';
import type { KbIndex } from '../kb/index';
import { participleOf, type StoredLiterals } from '../kb/literal-patterns';
import { formKey } from '../kb/forms';
import { isCapitalized, tokenize, type Token } from '../text/tokens';
import { holdsPossessive, ORG_HEADS, OUTLET_NOUNS, quoted, reportingFrame } from '../text/name-cues';
import { notYet } from '../entities/context';
import type { NameCandidate } from './candidates';
import { addToSet, pushTo } from '../collections';

/**
 * Names translated word by word from Chinese: a party, outlet, agency or event whose zh name the
 * translator rendered one dictionary word at a time instead of writing its English name. The
 * patterns (each zh name's segments and their English glosses, from CC-CEDICT) are compiled at
 * build time (src/core/kb/literal-patterns.ts, out/kb.literal.json); this module matches them
 * against the text, one segment after the other, and proposes the entity. Pure: no vscode, no
 * Node APIs.
 */

/** One way to render a segment: its words as matching keys, and as shown in evidence. */
interface Alternative {
  keys: string[];
  text: string;
  /** A verb gloss's participle ("united" of "unite"): a word of a name only capitalised, never "Ming reported". */
  capitalOnly?: boolean;
}

interface Segment {
  zh: string;
  alternatives: Alternative[];
  /** A particle with no rendering (之): skipped without cost. */
  optional: boolean;
  /** A KB place or people (its name, aliases, demonyms are its renderings). */
  place: boolean;
  /** Its reading in pinyin as a rendering (a transcription's, a foreign place's), capitalised. */
  reading?: string;
  /** A word that recurs in many names (党, 新闻, 协会): says nothing about which entity. */
  generic: boolean;
}

interface Pattern {
  entity: KbEntity;
  zh: string;
  segments: Segment[];
  /** Index of the head (the last rendered segment). */
  head: number;
  /** Segments that must be rendered (not optional). */
  required: number;
  /** The entity's English name and aliases as normalised key strings (a span equal to one is not garbled). */
  ownKeys: string[][];
}

/** Where a pattern may start matching: `segment` is the first segment matched at the start token. */
interface Entry {
  pattern: Pattern;
  segment: number;
  reversed: boolean;
}

const blank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** One or two spaces or tabs, or a line break with a space at most on each side: one phrase (no slice, no regex: per word). */
function adjacent(text: string, from: number, to: number): boolean {
  const gap = to - from;
  if (gap < 1 || gap > 3) return false;
  if (gap <= 2 && blank(text.charCodeAt(from)) && blank(text.charCodeAt(to - 1))) return true;
  let nl = from;
  while (nl < to && text.charCodeAt(nl) !== 10) nl++;
  if (nl === to) return false;
  return (nl === from || (nl === from + 1 && text.charCodeAt(from) === 32)) && (nl === to - 1 || (nl === to - 2 && text.charCodeAt(to - 1) === 32));
}

/** Patterns compiled per step of a stepwise build. */
const PATTERNS_PER_STEP = 500;

/** Small words allowed between segments ("Union of ...", "... and ..."). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for']);
/** A word of this many other outlets' English names is an ordinary word of outlet names. */
const ORDINARY_OUTLET_WORD = 3;

/** The word keys of an outlet's English names. */
const outletKeys = (e: KbEntity, keysOf: (name: string) => string[]): Set<string> => new Set([e.name, ...(e.aliases ?? [])].flatMap(keysOf));

/** A word in this many patterns, or the head of this many, is generic. */
const GENERIC_COUNT = 5;
const GENERIC_HEAD_COUNT = 2;

/**
 * Plural, possessive and "-al" adjective endings off ("nationals", "national" -> "nation"): the
 * light stemmer of both glosses and text.
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s?$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('al')) w = w.slice(0, -2);
  return w;
}

/**
 * The literal-translation patterns of a KB, ready to match: built from the build step's data
 * (`StoredLiterals`) and the KB they index into.
 */
export class LiteralIndex {
  readonly patterns: Pattern[] = [];
  /**
   * Where patterns may start: a trie of first segments' renderings, word key by word key (no
   * rendering string is built per word of the text), each whole rendering's entries by the key
   * of the word after it.
   */
  private readonly starts = new Map<string, StartNode>();
  /** Demonym token -> its country's name token ("japanese" -> "japan"), from the KB. */
  private readonly demonyms = new Map<string, string>();
  /** Word key -> how many of the KB's outlets have it in an English name ("news": 175, "peninsula": 1). */
  private readonly outletWords = new Map<string, number>();

  /** Built at once (the CLI, a first synchronous analysis). */
  constructor(stored: StoredLiterals, kb: KbIndex, stepwise = false) {
    if (!stepwise) for (const _ of this.steps(stored, kb)) void _;
  }

  /**
   * The same index built step by step with `pause` between the steps (the editor's long-document
   * path: about 100 ms at once on a cold start, never one step of it).
   */
  static async build(stored: StoredLiterals, kb: KbIndex, pause: () => Promise<void>): Promise<LiteralIndex> {
    const index = new LiteralIndex(stored, kb, true);
    for (const _ of index.steps(stored, kb)) await pause();
    return index;
  }

  /** The construction, one stage (or slice of patterns) per step. */
  private *steps(stored: StoredLiterals, kb: KbIndex): Generator<void> {
    this.learnDemonyms(kb);
    this.learnOutletWords(kb);
    yield;
    const entities = kb.kb.entities;
    const live = (i: number): KbEntity | undefined => {
      const e = entities[i];
      return e && (kb.byId.get(e.id) ?? e);
    };
    // Segment words, resolved once: their alternatives from the glosses and the KB place.
    const words = stored.words.map(([zh, glossText, placeIndex, reading]) => {
      const alternatives: Alternative[] = [];
      const seen = new Set<string>();
      const add = (text: string, capitalOnly: boolean) => {
        const keys = this.keysOf(text);
        const id = keys.join(' ');
        if (!keys.length || seen.has(id)) return;
        seen.add(id);
        alternatives.push(capitalOnly ? { keys, text, capitalOnly } : { keys, text });
      };
      const place = placeIndex >= 0 ? live(placeIndex) : undefined;
      if (place) for (const f of [place.name, ...(place.aliases ?? []), ...(place.demonyms ?? [])]) for (const x of withoutCompassWord(f)) add(x, false);
      const glosses = glossText ? glossText.split('|') : [];
      // The build adds participles after their verbs (literal-patterns.ts participleOf).
      for (const g of glosses) add(g, glosses.some((v) => v !== g && participleOf(v) === g));
      // A transcription or a foreign place read in pinyin, as one capitalised word ("Aohusi").
      const read = reading ? capitalised(reading) : undefined;
      if (read) add(read, true);
      return { zh, alternatives, place: !!place, reading: read };
    });
    yield;

    // How many names of organisations, outlets and events use each word, and end with it:
    // recurring words (党, 新闻, 协会, 国家) are generic. Place names do not count (半岛 ends
    // many of them, but it is a distinctive word in an outlet's name).
    const uses = new Map<number, Set<number>>();
    const heads = new Map<number, Set<number>>();
    const P = stored.patterns;
    for (let i = 0; i < P.length; i += 3 + P[i + 2]) {
      const type = entities[P[i]]?.type;
      if (type === 'GPE' || type === 'LOC') continue;
      const ids = P.slice(i + 3, i + 3 + P[i + 2]);
      for (const w of ids) addToSet(uses, w, P[i]);
      const last = [...ids].reverse().find((w) => words[w].alternatives.length > 0);
      if (last !== undefined) addToSet(heads, last, P[i]);
    }
    yield;

    for (let i = 0, n = 0; i < P.length; i += 3 + P[i + 2], n++) {
      if (n > 0 && n % PATTERNS_PER_STEP === 0) yield;
      const entity = live(P[i]);
      const zh = entity?.names?.zh?.[P[i + 1]];
      if (!entity || !zh) continue;
      const segments: Segment[] = P.slice(i + 3, i + 3 + P[i + 2]).map((w) => ({
        zh: words[w].zh,
        alternatives: words[w].alternatives,
        optional: words[w].alternatives.length === 0,
        place: words[w].place,
        reading: words[w].reading,
        generic: (uses.get(w)?.size ?? 0) >= GENERIC_COUNT || (heads.get(w)?.size ?? 0) >= GENERIC_HEAD_COUNT,
      }));
      const required = segments.filter((s) => !s.optional).length;
      if (required < 2) continue;
      let head = segments.length - 1;
      while (segments[head].optional) head--;
      const ownKeys = [entity.name, ...(entity.aliases ?? [])].map((n) => this.keysOf(n));
      this.addPattern({ entity, zh, segments, head, required, ownKeys });
    }
  }

  private learnDemonyms(kb: KbIndex): void {
    for (const e of kb.byId.values()) {
      if (!e.demonyms?.length) continue;
      const single = [e.name, ...(e.aliases ?? [])].map((n) => formKey(n)).find((k) => k && !k.includes(' '));
      for (const d of e.demonyms) {
        const dk = formKey(d);
        if (!dk) continue;
        if (single && !dk.includes(' ')) {
          if (!this.demonyms.has(dk)) this.demonyms.set(dk, single);
          continue;
        }
        // "South Korean" -> "South Korea": the last word of a name of as many words.
        const dw = dk.split(' ');
        for (const n of [e.name, ...(e.aliases ?? [])]) {
          const nw = formKey(n).split(' ');
          if (nw.length === dw.length && nw.length > 1 && nw.slice(0, -1).join(' ') === dw.slice(0, -1).join(' ')) {
            if (!this.demonyms.has(dw[dw.length - 1])) this.demonyms.set(dw[dw.length - 1], nw[nw.length - 1]);
            break;
          }
        }
      }
    }
  }

  private learnOutletWords(kb: KbIndex): void {
    for (const e of kb.byId.values()) {
      if (e.type !== 'MEDIA') continue;
      for (const k of outletKeys(e, (n) => this.keysOf(n))) this.outletWords.set(k, (this.outletWords.get(k) ?? 0) + 1);
    }
  }

  /**
   * Every word of the rendering is a word of other outlets' English names too ("Morning News",
   * "Evening Post": many papers are called so), unlike "Peninsula TV": it names an outlet of its
   * kind, not this one, unless the article is about the outlet's country.
   */
  ordinaryOutletName(spanKeys: readonly string[], e: KbEntity): boolean {
    const own = outletKeys(e, (n) => this.keysOf(n));
    return spanKeys.every((k) => CONNECTORS.has(k) || (this.outletWords.get(k) ?? 0) - (own.has(k) ? 1 : 0) >= ORDINARY_OUTLET_WORD);
  }

  private readonly words = new Map<string, WordKey>();

  /** The matching key of one folded word: a demonym as its country, else stemmed (remembered per word, up to a bound). */
  key(folded: string): string {
    return this.wordKey(folded).key;
  }

  /**
   * The patterns whose first segment is rendered by this one word (by the word after it), and
   * whether a longer rendering begins with it: one lookup per capitalised word of the text,
   * which is all most of them get. Asked only once the index is built.
   */
  startOf(folded: string): StartNode {
    const w = this.wordKey(folded);
    return (w.start ??= this.starts.get(w.key) ?? NO_START);
  }

  private wordKey(folded: string): WordKey {
    let w = this.words.get(folded);
    if (w === undefined) {
      if (this.words.size >= 100_000) this.words.clear();
      this.words.set(folded, (w = { key: this.keyOf(folded), start: undefined }));
    }
    return w;
  }

  private keyOf(folded: string): string {
    const d = this.demonyms.get(folded);
    if (d) return d;
    const s = stem(folded);
    return this.demonyms.get(s) ?? s;
  }

  private keysOf(text: string): string[] {
    return tokenize(text).map((t) => this.key(t.folded));
  }

  private addPattern(p: Pattern): void {
    this.patterns.push(p);
    const starts: Entry[] = [{ pattern: p, segment: firstRequired(p.segments, 0), reversed: false }];
    // One non-head segment may go unrendered, the first one too.
    const first = firstRequired(p.segments, 0);
    if (p.required >= 3 && first !== p.head) starts.push({ pattern: p, segment: firstRequired(p.segments, first + 1), reversed: false });
    // "Y of X" for the zh "X Y": the head first.
    starts.push({ pattern: p, segment: p.head, reversed: true });
    for (const entry of starts) {
      const after = followKeys(p, entry);
      const seen = new Set<string>();
      for (const a of p.segments[entry.segment].alternatives) {
        const rendering = a.keys.join(' ');
        if (seen.has(rendering)) continue;
        seen.add(rendering);
        let node = nodeIn(this.starts, a.keys[0]);
        for (let n = 1; n < a.keys.length; n++) node = nodeIn((node.longer ??= new Map()), a.keys[n]);
        const byNext = (node.entries ??= new Map());
        for (const k of after) pushTo(byNext, k, entry);
      }
    }
  }

}

function nodeIn(level: Map<string, StartNode>, key: string): StartNode {
  let node = level.get(key);
  if (!node) level.set(key, (node = { entries: undefined, longer: undefined }));
  return node;
}

/**
 * The keys the word after a match's first segment may have (connectors skipped): the first word
 * of a rendering of any later segment (one may be dropped); for the English order ("Y of X"),
 * of a segment before the head.
 */
function followKeys(p: Pattern, entry: Entry): Set<string> {
  const out = new Set<string>();
  const [from, to] = entry.reversed ? [0, p.head] : [entry.segment + 1, p.segments.length];
  for (let k = from; k < to; k++) for (const a of p.segments[k].alternatives) out.add(a.keys[0]);
  return out;
}

function firstRequired(segments: Segment[], from: number): number {
  let i = from;
  while (i < segments.length - 1 && segments[i].optional) i++;
  return i;
}

/** A word's matching key, and what it starts (worked out on first use). */
interface WordKey {
  key: string;
  start: StartNode | undefined;
}

/**
 * The renderings of first segments that end with a word: the patterns they select, by the key of
 * the word after them (a match has two segments at least, so a word tries only the few patterns
 * that can continue there), and the longer renderings that go on from it, by their next word.
 */
interface StartNode {
  entries: Map<string, Entry[]> | undefined;
  longer: Map<string, StartNode> | undefined;
}

const NO_START: StartNode = { entries: undefined, longer: undefined };

/** One way the segments matched: the gloss each rendered segment took (undefined: dropped or optional). */
interface Match {
  /** Token index after the last matched token. */
  end: number;
  glosses: Array<string | undefined>;
  matched: number;
  dropped: number;
  /** An outlet's name without its head word (see headless). */
  headless?: boolean;
}

/** A match being walked: the glosses so far as a chain from the last back to the first. */
interface Path {
  end: number;
  last: GlossLink | undefined;
  matched: number;
  dropped: number;
}

interface GlossLink {
  text: string | undefined;
  prev: GlossLink | undefined;
}

function glossList(last: GlossLink | undefined): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  for (let l = last; l; l = l.prev) out.push(l.text);
  return out.reverse();
}

const better = (a: Path | undefined, b: Path): boolean =>
  !a || b.matched > a.matched || (b.matched === a.matched && (b.dropped < a.dropped || (b.dropped === a.dropped && b.end > a.end)));

/**
 * Spans of `text` that render a KB entity's zh name word by word: every rendered segment by one
 * of its glosses, in order (one non-head segment may be missing; "Y of X" for the zh "X Y" too).
 * A span starts with a capitalised word (or a number: "2030 ..."). The entity's own English names
 * are never proposed.
 * `tokens`: the words of `text` (src/core/text/tokens.ts). Linear in the text: a word starts a
 * match only when some pattern's first gloss begins with it.
 */
const NO_ENTRIES: readonly Entry[] = [];

export function findLiteralTranslations(text: string, tokens: Token[], index: LiteralIndex, kb: KbIndex, referenceDate?: string): NameCandidate[] {
  // Word keys on demand (remembered per word by the index): most words are never looked at
  // past the first test.
  const keyAt = (k: number): string => index.key(tokens[k].folded);
  // Whether token k and k+1 are adjacent words of one phrase (spaces only between them).
  const joined = (k: number): boolean => k + 1 < tokens.length && adjacent(text, tokens[k].end, tokens[k + 1].start);

  /** Matches the alternative's words at token k; returns the token after, or -1. */
  const matchWords = (alt: Alternative, k: number): number => {
    for (let j = 0; j < alt.keys.length; j++) {
      if (k + j >= tokens.length || keyAt(k + j) !== alt.keys[j] || (alt.capitalOnly && !isCapitalized(tokens[k + j].text))) return -1;
      if (j > 0 && !joined(k + j - 1)) return -1;
    }
    return k + alt.keys.length;
  };

  /**
   * Segments from..to-1 of p in order from token k (k === start: no connector before). The
   * glosses chosen so far are a chain back to the first (shared by the paths that continue it:
   * no copy per step); the result's glosses are a list.
   */
  const walk = (p: Pattern, from: number, to: number, k: number, start: number, dropped: number, acc: Path): Path | undefined => {
    if (from >= to) return acc;
    const seg = p.segments[from];
    let best: Path | undefined;
    if (seg.optional) return walk(p, from + 1, to, k, start, dropped, { ...acc, last: { text: undefined, prev: acc.last } });
    // Before a segment that is not the first: a connector or two may stand between (positions
    // k..last; counted, not listed: this runs for every possible start of every pattern).
    let last = k;
    if (k > start) for (let n = 0; n < 2 && last < tokens.length && CONNECTORS.has(tokens[last].lower) && joined(last - 1); n++) last++;
    for (let at = k; at <= last; at++) {
      if (at >= tokens.length || (at > start && !joined(at - 1))) continue;
      for (const alt of seg.alternatives) {
        const next = matchWords(alt, at);
        if (next < 0) continue;
        const m = walk(p, from + 1, to, next, start, dropped, { end: next, last: { text: alt.text, prev: acc.last }, matched: acc.matched + 1, dropped: acc.dropped });
        if (m && better(best, m)) best = m;
      }
    }
    // One non-head segment may be missing (not the last one matched, which anchors the span).
    if (dropped === 0 && from !== p.head && p.required >= 3 && k > start) {
      const m = walk(p, from + 1, to, k, start, 1, { ...acc, last: { text: undefined, prev: acc.last }, dropped: acc.dropped + 1 });
      if (m && better(best, m)) best = m;
    }
    return best;
  };

  /**
   * `walk` from token k as a Match: `dropped` 1 allows no missing segment, `counted` is the
   * number the match starts with (the segments skipped before it).
   */
  const matchSegments = (p: Pattern, from: number, to: number, k: number, start: number, dropped: number, counted = dropped): Match | undefined => {
    const path = walk(p, from, to, k, start, dropped, { end: k, last: undefined, matched: 0, dropped: counted });
    return path && { end: path.end, glosses: glossList(path.last), matched: path.matched, dropped: path.dropped };
  };

  /**
   * The entries that may start at token i: for each length of a first rendering, the words it
   * would cover and the word after them (past connectors) select them (see LiteralIndex.entriesAt).
   */
  const startingAt = (i: number): readonly Entry[] => {
    // Most words start no rendering: no look at the words after them.
    let node: StartNode | undefined = index.startOf(tokens[i].folded);
    let out: Entry[] | undefined; // most words start nothing: no list for them
    for (let len = 1; node && i + len < tokens.length; len++) {
      if (len > 1 && (!joined(i + len - 2) || !(node = node.longer?.get(keyAt(i + len - 1))))) break;
      if (!node.entries) continue;
      let next = i + len;
      while (next < tokens.length && next - (i + len) < 2 && joined(next - 1) && CONNECTORS.has(tokens[next].lower)) next++;
      if (!(next < tokens.length && joined(next - 1))) continue;
      const entries = node.entries.get(keyAt(next));
      if (entries) for (const e of entries) if (!out?.includes(e)) (out ??= []).push(e);
    }
    return out ?? NO_ENTRIES;
  };

  /**
   * A match of every segment before the head, the head missing: taken only in a reporting frame;
   * words that recur in many names and places ("Korea Economy") only in quotation marks too,
   * as a title.
   */
  const headless = (p: Pattern, m: Match | undefined, i: number): Match | undefined => {
    if (!m || m.matched + 1 < p.required) return undefined;
    const [start, end] = [tokens[i].start, tokens[m.end - 1].end];
    if (!reportingFrame(text, start, end)) return undefined;
    if (p.segments.slice(0, p.head).every((s) => s.optional || s.place || s.generic) && !quoted(text, start, end)) return undefined;
    return { ...m, glosses: [...m.glosses, ...p.segments.slice(p.head).map(() => undefined)], headless: true };
  };

  const found: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A name starts with a capital (or a number); in the English order ("government of national
    // accord") a lower-case head may start it too: its lower-case words then ask for a cue.
    const capital = isCapitalized(tokens[i].text) || startsWithDigit(tokens[i].text);
    if (!capital && !(ofFollows(tokens, i) && isLowerHead(tokens[i].text))) continue;
    for (const entry of startingAt(i)) {
      const { pattern: p, segment, reversed } = entry;
      if ((!capital && !reversed) || notYet(p.entity, referenceDate)) continue;
      let skipped = 0;
      for (let k = 0; k < segment; k++) if (!p.segments[k].optional) skipped++;
      let m: Match | undefined;
      let glosses: Array<string | undefined>;
      if (!reversed) {
        m = matchSegments(p, segment, p.segments.length, i, i, skipped);
        // An outlet named without its head word ("X Economy" for "X Economy Daily"), where
        // something is reported in it: every other segment rendered.
        if (!m && p.entity.type === 'MEDIA' && skipped === 0) m = headless(p, matchSegments(p, 0, p.head, i, i, 1), i);
        if (!m) continue;
        glosses = [...p.segments.slice(0, segment).map(() => undefined), ...m.glosses];
      } else {
        // The head, then "of" (and "the"), then the other segments in their order.
        const head = matchSegments(p, p.head, p.head + 1, i, i, 1, 0);
        if (!head) continue;
        let k = head.end;
        if (!(k < tokens.length && tokens[k].lower === 'of' && joined(k - 1))) continue;
        k++;
        if (k < tokens.length && tokens[k].lower === 'the' && joined(k - 1)) k++;
        if (k >= tokens.length || !joined(k - 1)) continue;
        const rest = matchSegments(p, 0, p.head, k, k, 0);
        if (!rest) continue;
        m = { end: rest.end, glosses: [], matched: head.matched + rest.matched, dropped: rest.dropped };
        glosses = [...rest.glosses, ...head.glosses, ...p.segments.slice(p.head + 1).map(() => undefined)];
      }
      // The head must be rendered (but for an outlet in a reporting frame), and two segments at least.
      if (m.matched < 2 || (glosses[p.head] === undefined && !m.headless)) continue;
      if (m.matched + m.dropped < p.required) continue;
      // A missing segment must leave three rendered at least, and a word of this name, not only words that recur in many
      // names and places ("News Agency", "Libyan government").
      if (m.dropped > 0 && !m.headless && (m.matched < 3 || p.segments.every((s, k) => glosses[k] === undefined || s.generic || s.place))) continue;
      const candidate = toCandidate(text, tokens, keyAt, i, m.end, p, glosses, m, reversed, kb, index, referenceDate);
      if (candidate) found.push(withCountryBefore(text, tokens, i, candidate, kb));
    }
  }
  return keepLongest(found);
}

/**
 * A garbled rendering with its entity's country right before it ("Korea United News Agency" for
 * 韩国联合通讯社, the KB's name 韩联社 without 国): the country word is a word of the rendering, and
 * the fix writes the name over both. Not a possessive ("South Korea's ...": the country, then its
 * outlet), nor a paraphrase (nothing to fix: the country stays a mention of its own).
 */
function withCountryBefore(text: string, tokens: Token[], first: number, c: NameCandidate, kb: KbIndex): NameCandidate {
  const country = c.entity.country;
  if (!country || c.sameWords || !isCapitalized(tokens[first].text)) return c;
  // The longest name of the country, of one or two words ("South Varnia", not its "Varnia").
  let start: number | undefined;
  for (let n = 1; n <= 2 && first - n >= 0; n++) {
    const from = tokens[first - n];
    if (!isCapitalized(from.text) || !adjacent(text, from.end, tokens[first - n + 1].start)) break;
    const words = text.slice(from.start, tokens[first - 1].end);
    if (/['’]/.test(words)) break;
    // The country's name, not its demonym ("South Korean President's Office" is English describing it).
    if (kb.lookup(formKey(words))?.some((f) => f.entity.id === country && (f.kind === 'name' || f.kind === 'alias'))) start = from.start;
  }
  return start === undefined ? c : { ...c, start, evidence: `${c.evidence}, its country named before it` };
}

function toCandidate(
  text: string,
  tokens: Token[],
  keyAt: (k: number) => string,
  first: number,
  end: number,
  p: Pattern,
  glosses: Array<string | undefined>,
  m: Match,
  reversed: boolean,
  kb: KbIndex,
  index: LiteralIndex,
  referenceDate: string | undefined,
): NameCandidate | undefined {
  const start = tokens[first].start;
  const stop = tokens[end - 1].end;
  const span = text.slice(start, stop);
  // A real English name (this entity's or any other's) is not garbled.
  if (kb.lookup(formKey(span))?.some((f) => (f.kind === 'name' || f.kind === 'alias' || f.kind === 'demonym') && !notYet(f.entity, referenceDate))) return undefined;
  const spanKeys: string[] = [];
  for (let k = first; k < end; k++) spanKeys.push(keyAt(k));
  // A span whose keys are the entity's own name's ("Asia Badminton Championships": the country
  // or continent for its adjective) says what the name says, word for word: a paraphrase to
  // link with nothing to fix (reading-names.ts), and no cue needed. Not with a possessive:
  // "Japan's Foreign Ministry" is the country and its body, each named as English names them.
  const ownWords = p.ownKeys.some((k) => k.join(' ') === spanKeys.join(' '));
  if (ownWords && holdsPossessive(span)) return undefined;
  // Nor a piece of the entity's name standing in it ("National Army" of "Libyan National Army"),
  // nor its name with a word more ("Chinese People's Liberation Army").
  if (insideOwnName(keyAt, tokens.length, first, end, p.ownKeys) || p.ownKeys.some((k) => spanKeys.length > k.length && containsRun(spanKeys, k))) return undefined;

  // "Russian newspaper Moscow Komsomolets": a lower-case head right before a name describes that
  // name; it is no name itself (俄罗斯报 Rossiyskaya Gazeta).
  const next = tokens[end];
  if (next && next.start === stop + 1 && text[stop] === ' ' && isCapitalized(next.text) && !isCapitalized(tokens[end - 1].text) && !startsWithDigit(tokens[end - 1].text)) return undefined;
  // A lower-case content word ("Peninsula television") is weaker than a capitalised name.
  let lowerCase = !isCapitalized(tokens[first].text) && !startsWithDigit(tokens[first].text);
  for (let k = first + 1; k < end; k++) if (!CONNECTORS.has(tokens[k].lower) && !isCapitalized(tokens[k].text) && !startsWithDigit(tokens[k].text)) lowerCase = true;

  let similarity = m.matched / p.required;
  if (reversed) similarity *= 0.95;
  if (lowerCase) similarity *= 0.9;
  // Every segment but the head: as sure as a rendering with one word missing can be.
  if (m.headless) similarity = 0.85;
  // Something reported in it ("German voice said"): an outlet's rendering needs no other cue.
  const framed = p.entity.type === 'MEDIA' && reportingFrame(text, start, stop);
  // A transcription read in pinyin is this name's own, never ordinary words.
  const read = p.segments.some((s, i) => s.reading !== undefined && glosses[i] === s.reading);
  const ordinaryWords = !read && p.segments.every((s, i) => glosses[i] === undefined || s.place || s.generic);
  // "the Russian newspaper reported": a place and ordinary words in lower case, ending in a noun
  // for a kind of outlet or body, are English describing one, whatever the frame; capitalised
  // they may be its name, and a word that is no such noun (之声 read "voice") still renders it.
  if (ordinaryWords && lowerCase && kindNoun(tokens[end - 1].lower)) return undefined;
  const generic = ordinaryWords && !framed;
  // A name without its country ("气象厅", "Bureau of Meteorology") is a body of any country: this
  // one's only where the article is about its country (or names it), as the short name is used.
  // An outlet reported in is this one ("Peninsula TV said"), unless its rendering is an ordinary
  // outlet name: many papers are a "Morning News" or an "Evening Post".
  const countryless = !!p.entity.country && !read && !p.segments.some((s) => s.place) && (!framed || index.ordinaryOutletName(spanKeys, p.entity));
  const parts = p.segments
    .map((s, i) => (s.optional ? undefined : `${s.zh} ${glosses[i] === undefined ? '(not rendered)' : glosses[i] === s.reading ? `${s.reading}, read in pinyin` : glosses[i]}`))
    .filter((x) => x !== undefined)
    .join(', ');
  return {
    start,
    end: stop,
    entity: p.entity,
    replacement: writtenLike(p.entity, spanKeys),
    kind: 'mistranslation',
    generator: 'literal',
    similarity: Math.round(similarity * 100) / 100,
    part: 'full',
    // The reason puts the span before the evidence (reading-names.ts reasonOf), as for every generator.
    evidence: `translates ${p.zh} word by word (${parts})${reversed ? ', in English order' : ''}${m.headless ? ', an outlet named without its last word, something reported in it' : ''}`,
    ...(ownWords ? { sameWords: true } : generic || countryless || (lowerCase && !framed) ? { needsCue: true } : {}),
    // A part read in pinyin: a reading, never a paraphrase of the name however alike it starts ("Monashi").
    ...(read ? { basis: 'reading' as const } : {}),
    ...(m.headless ? { headless: true } : {}),
  };
}

/**
 * The entity's name in the register of the span: a name spelt out for a name spelt out ("Japan
 * Broadcasting Corporation", not "NHK", for a word-by-word rendering of its Chinese name). The
 * name or alias that shares the most words with the span; the canonical name on a tie or none.
 */
function writtenLike(e: KbEntity, spanKeys: string[]): string {
  const words = new Set(spanKeys);
  let best = e.name;
  let bestShared = shared(e.name, words);
  for (const a of e.aliases ?? []) {
    const n = shared(a, words);
    if (n > bestShared) [best, bestShared] = [a, n];
  }
  return best;
}

const shared = (name: string, words: ReadonlySet<string>): number => name.toLowerCase().split(/[\s-]+/).filter((w) => words.has(stem(w))).length;

/**
 * A place's name and, when it starts with a compass word, the name without it: in the name of
 * its outlets and bodies a country is often written short ("Korea" for 韩国 South Korea, in
 * "Korea Economic Daily"; "Korean" for its demonym). The ranker weighs the article's country
 * where the short form is shared (North and South).
 */
function withoutCompassWord(name: string): string[] {
  const short = COMPASS_WORD.exec(name)?.[1];
  return short ? [name, short] : [name];
}

const COMPASS_WORD = /^(?:South|North|East|West)\s+(\S.*)$/;

const capitalised = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** "of" one or two words after token i: the English order ("government of ...", "news agency of ..."). */
const ofFollows = (tokens: Token[], i: number): boolean => tokens[i + 1]?.lower === 'of' || tokens[i + 2]?.lower === 'of';

/** A lower-case word that may head a name in the English order: a noun, not a function word ("government", "ministry"). */
const isLowerHead = (word: string): boolean => word.length >= 4 && !CONNECTORS.has(word) && LOWER_WORD.test(word);
const LOWER_WORD = /^\p{Ll}+$/u;

/** "2030 Agenda": a number may start a name too (a char test: this runs for every word). */
const startsWithDigit = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** Whether tokens first..end-1 stand inside one of the names in `own`, the text around completing it. */
function insideOwnName(keyAt: (k: number) => string, count: number, first: number, end: number, own: string[][]): boolean {
  const len = end - first;
  for (const name of own) {
    if (name.length <= len) continue;
    for (let o = 0; o + len <= name.length; o++) {
      if (first - o < 0 || first - o + name.length > count) continue;
      let all = true;
      for (let j = 0; j < name.length && all; j++) all = keyAt(first - o + j) === name[j];
      if (all) return true;
    }
  }
  return false;
}

/** Whether `run` stands in `keys` as consecutive words. */
function containsRun(keys: string[], run: string[]): boolean {
  if (!run.length || run.length > keys.length) return false;
  for (let o = 0; o + run.length <= keys.length; o++) if (run.every((k, j) => keys[o + j] === k)) return true;
  return false;
}

/** Per entity, drops a span inside a longer (or as long and as similar) span of the same entity. */
function keepLongest(found: NameCandidate[]): NameCandidate[] {
  const byEntity = new Map<string, NameCandidate[]>();
  for (const c of found) {
    const list = byEntity.get(c.entity.id);
    if (list) list.push(c);
    else byEntity.set(c.entity.id, [c]);
  }
  const out: NameCandidate[] = [];
  for (const list of byEntity.values()) {
    list.sort((a, b) => b.end - b.start - (a.end - a.start) || b.similarity - a.similarity);
    const kept: NameCandidate[] = [];
    for (const c of list) if (!kept.some((k) => k.start <= c.start && k.end >= c.end)) kept.push(c);
    out.push(...kept);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || b.similarity - a.similarity);
}

/** A noun for a kind of organisation or outlet ("party", "newspaper", "agency"). */
const kindNoun = (lower: string): boolean => ORG_HEADS.has(lower) || OUTLET_NOUNS.has(lower);
