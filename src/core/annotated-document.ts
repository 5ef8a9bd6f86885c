import type { Annotation, Label, Status } from './types';
import type { KbEntity } from './kb/model';
import { assignIds } from './annotations/ids';
import { LIKELY_CONFIDENCE } from './types';
import type { Analyzer, AnalysisResult, ArticleCounts } from './analyzer';
import type { Structure } from './structure/structure';
import { fromSidecar, parseSidecar, parseSidecarInSlices, sidecarTextInPieces, storedToAnnotation, textSha256, toSidecar, type HistoryEvent, type ParseResult, type Sidecar } from './annotations/sidecar';
import { reanchor, type AnchorMethod } from './annotations/anchor';
import { mergeDecisions } from './annotations/merge-sidecars';
import { isDecided, mergeAnnotations } from './annotations/merge';
import { applyChange, paragraphRange, shiftInPlace, type TextChange } from './annotations/edits';
import { byPosition, firstEndingAfter } from './text/spans';
import { mapInSlices } from './slices';
import type { Mention } from './entities/mention';
import { addFarFlag, carriesVerdict, dateKey } from './annotations/far-dates';
import { ArticleFacts } from './annotations/article-facts';
import { hasOpenCorrection } from './annotations/review';
import { ACRONYM_INTRODUCTION, possibleLoneUses } from './names/acronym';

export interface LoadReport {
  /** How many stored annotations were found again by each method (when the text had changed). */
  anchoring?: Record<AnchorMethod, number>;
}

/**
 * One article with its annotations and history: what the CLI writes and what each open editor
 * holds. Analysis is merged over the person's decisions; corrections edit the text and the log.
 */
export class AnnotatedDocument {
  annotations: Annotation[] = [];
  history: HistoryEvent[] = [];
  referenceDate: string | null = null;
  referenceSource: AnalysisResult['referenceSource'] = 'none';
  /** The article's blocks and sentences: parsed when first asked for (the editor has its tree's). */
  get structure(): Structure {
    if (typeof this.structureSource === 'function') this.structureSource = this.structureSource();
    return this.structureSource;
  }

  set structure(s: Structure) {
    this.structureSource = s;
  }

  private structureSource: Structure | (() => Structure) = { blocks: [], sentences: [] };
  /** Reference date stored in the sidecar or set by the user: wins over inference. */
  private fixedReferenceDate: string | null = null;

  constructor(
    /** Replaced when the workspace knowledge base changes. */
    public analyzer: Analyzer,
    public text: string,
    public fileName: string,
  ) {}

  /**
   * Restores a sidecar (re-anchoring it when the text changed). Throws `SidecarProblem` for a
   * sidecar that must not be overwritten.
   */
  restore(sidecarJson: string): LoadReport {
    return this.restoreParsed(parseSidecar(sidecarJson));
  }

  /** `restore` after `parseSidecar`. */
  restoreParsed(parsed: ParseResult): LoadReport {
    const s = this.accept(parsed);
    if (s.document.sha256 === textSha256(this.text) && this.keepIfCovered(fromSidecar(this.text, s))) return {};
    return this.reanchored(s);
  }

  /**
   * `restore` for a long article in the editor: the sidecar is parsed, checked and turned back into
   * annotations in slices, with `pause` between them (a 1 MB article's 13 MB sidecar would hold
   * the editor for about 200 ms in one go). Re-anchoring on a changed text is one step.
   */
  async restoreInSlices(sidecarJson: string, pause: () => Promise<void>): Promise<LoadReport> {
    const s = this.accept(await parseSidecarInSlices(sidecarJson, pause));
    await pause();
    if (s.document.sha256 === textSha256(this.text)) {
      await pause();
      const restored = await mapInSlices(s.annotations, storedToAnnotation(this.text), pause);
      if (this.keepIfCovered(restored)) return {};
    }
    return this.reanchored(s);
  }

  /** Takes in a parsed sidecar's history and reference date; throws `SidecarProblem` for one that must not be overwritten. */
  private accept(parsed: ParseResult): Sidecar {
    if (!parsed.ok) throw new SidecarProblem(parsed.problem, parsed.kind);
    const s = parsed.sidecar;
    this.history = [...s.history];
    this.fixedReferenceDate = s.document.referenceDate ?? null;
    this.referenceDate = this.fixedReferenceDate;
    if (this.referenceDate) this.referenceSource = 'given';
    uniqueIds(s.annotations);
    return s;
  }

  /**
   * Keeps annotations restored at their stored offsets, if each still covers its text (a
   * hand-edited sidecar may not): false otherwise.
   */
  private keepIfCovered(restored: Annotation[]): boolean {
    if (!restored.every((a) => a.status === 'orphaned' || (a.end <= this.text.length && this.text.slice(a.start, a.end) === a.text))) return false;
    this.annotations = restored.sort(byPosition);
    return true;
  }

  /** The stored annotations found again in a changed text. */
  private reanchored(s: Sidecar): LoadReport {
    const anchored = reanchor(this.text, s.annotations);
    this.annotations = anchored.map((a) => a.annotation).sort(byPosition);
    const anchoring = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 } as Record<AnchorMethod, number>;
    for (const a of anchored) anchoring[a.method]++;
    return { anchoring };
  }

  /**
   * Takes in the decisions of another copy of this file's sidecar (changed on disk while open, or
   * written by another window). Throws `SidecarProblem` for a sidecar that cannot be read.
   */
  mergeFrom(sidecarJson: string): void {
    const parsed = parseSidecar(sidecarJson);
    if (!parsed.ok) throw new SidecarProblem(parsed.problem, parsed.kind);
    const merged = mergeDecisions(this.text, this.annotations, this.history, parsed.sidecar);
    this.annotations = merged.annotations;
    this.history = merged.history;
  }

  setReferenceDate(date: string | null): void {
    this.fixedReferenceDate = date;
    this.referenceDate = date;
  }

  /** Runs the analysis and merges it over the current annotations. */
  analyze(): void {
    this.take(this.analyzer.analyze(this.text, this.fixedReferenceDate));
  }

  /** Takes in a full analysis of the current text, merged over the person's decisions. */
  private take(result: AnalysisResult): void {
    this.referenceDate = result.referenceDate;
    this.referenceSource = result.referenceSource;
    this.structureSource = () => result.structure;
    this.annotations = mergeAnnotations(this.annotations, result.annotations);
    this.counts = result.counts;
    this.dirty = [];
    this.introducedBeforeEdits = undefined;
  }

  /**
   * A full analysis in pieces (see Analyzer.analyzeInChunks); false when the text changed before
   * it finished (nothing is applied then).
   */
  async analyzeInChunks(pause: () => Promise<void>): Promise<boolean> {
    const text = this.text;
    const result = await this.analyzer.analyzeInChunks(text, this.fixedReferenceDate, pause, () => this.text !== text);
    if (!result) return false;
    this.take(result);
    return true;
  }

  /** Article statistics of the last full analysis, for re-analysing edited paragraphs. */
  private counts?: ArticleCounts;
  /** Text edited since the last analysis (current offsets). */
  private dirty: Array<{ start: number; end: number }> = [];
  /** What the paragraphs analysed after edits need from the rest of the article (kept between keystrokes). */
  private readonly facts = new ArticleFacts();
  /** The acronym introductions before the edits not yet analysed (an edit may delete one). */
  private introducedBeforeEdits?: Map<string, Annotation>;

  /** Adds ranges (current offsets) to re-analyse at the next analyzeEdited, e.g. a parser's changed ranges. */
  markEdited(ranges: ReadonlyArray<{ start: number; end: number }>): void {
    for (const r of ranges) this.dirty.push({ start: r.start, end: r.end });
  }

  /**
   * Re-analyses only the paragraphs edited since the last analysis (with the article statistics
   * of the last full pass): what a long document needs after a keystroke. Falls back to a full
   * analysis when there is none to build on.
   */
  analyzeEdited(): void {
    if (!this.counts) return this.analyze();
    let ranges = this.dirty.splice(0).map((d) => paragraphRange(this.text, Math.min(d.start, this.text.length), Math.min(d.end, this.text.length)));
    const introduced = this.introducedBeforeEdits ?? this.firstIntroductions();
    this.introducedBeforeEdits = undefined;
    // What one pass decides over the whole article is decided so here too. Dates far from the
    // reference are judged against every date of the article (a paragraph alone would question a
    // day that only other paragraphs support); a paragraph elsewhere whose date's verdict changed
    // (a date was typed or removed), or that may hold a lone use of an acronym whose introduction
    // appeared or went, is analysed again, once: analysing it changes no date nor introduction.
    for (let round = 0; round < 2 && ranges.length; round++) {
      const fresh = new Set<Annotation>();
      for (const range of ranges) for (const a of this.reannotate(range)) fresh.add(a);
      ranges = distinct([...this.judgeFarDates(fresh), ...(round ? [] : this.acronymUsesToReconsider(introduced))]);
    }
  }

  /** Analyses the paragraphs `range` again (dates without the far-from-reference check); returns the fresh annotations. */
  private reannotate(range: { start: number; end: number }): Annotation[] {
    const fresh = this.analyzer.annotate(this.text, this.referenceDate, range, this.counts, { acronyms: this.acronymsBefore(range.start) });
    // The annotations of the paragraph are a contiguous run of the sorted list: replace that run.
    const list = this.annotations;
    let from = firstEndingAfter(list, range.start);
    while (from > 0 && list[from - 1].end > range.start) from--;
    let to = from;
    while (to < list.length && list[to].start < range.end) to++;
    // Ids elsewhere in the list stay reserved (those of the paragraph are free to be reused).
    const inRange = new Set(list.slice(from, to).map((a) => a.id));
    const bases = new Map<string, Set<string>>();
    const elsewhere = { has: (id: string) => !inRange.has(id) && idsLike(list, id, bases).has(id) };
    const before = list.slice(from, to);
    const after = mergeAnnotations(before, fresh, elsewhere);
    list.splice(from, to - from, ...after);
    this.facts.replaced(before, after);
    return fresh;
  }

  /** The first introduction of each acronym introduced in lower case ("Islamic state (is)"). */
  private firstIntroductions(): Map<string, Annotation> {
    const first = new Map<string, Annotation>();
    for (const a of this.facts.introductionsOf(this.annotations, this.history.length)) if (!first.has(a.text)) first.set(a.text, a);
    return first;
  }

  /** The paragraphs that may hold lone uses of the acronyms whose first introduction is not the one of `before`. */
  private acronymUsesToReconsider(before: ReadonlyMap<string, Annotation>): Array<{ start: number; end: number }> {
    const after = this.firstIntroductions();
    const same = (a?: Annotation, b?: Annotation) => a?.start === b?.start && a?.correction?.replacement === b?.correction?.replacement && a?.kbId === b?.kbId;
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => !same(before.get(k), after.get(k)));
    return changed.flatMap((k) => possibleLoneUses(this.text, k).map((at) => paragraphRange(this.text, at)));
  }

  /**
   * The acronyms introduced in lower case before `offset` ("Islamic state (is)"), as one pass
   * carries them to the paragraph there: its lone uses ("drove out is") are the acronym too.
   */
  private acronymsBefore(offset: number): Map<string, Mention> {
    // The first introduction of an acronym is before `offset` if any of them is.
    const introduced = new Map<string, Mention>();
    for (const [written, a] of this.firstIntroductions()) {
      if (a.start >= offset || a.label === 'DATE') continue;
      const entity = a.kbId ? this.analyzer.index.byId.get(a.kbId) : undefined;
      introduced.set(written, { start: a.start, end: a.end, label: a.label, entity, canonical: a.canonical, rule: ACRONYM_INTRODUCTION, correction: a.correction });
    }
    return introduced;
  }

  /**
   * Gives the `fresh` dates their far-from-reference verdicts over the whole article; returns the
   * paragraphs of other suggested dates whose verdict is no longer the one they carry.
   */
  private judgeFarDates(fresh: ReadonlySet<Annotation>): Array<{ start: number; end: number }> {
    const { byDate, computed: verdicts } = this.facts.verdictsOf(this.annotations, this.history.length, this.referenceDate);
    if (!verdicts) {
      // The article's dates are those of the last verdicts (a keystroke elsewhere than a date): the
      // fresh dates get their earlier verdicts, and no other date's verdict has changed.
      for (const a of fresh) {
        const v = a.label === 'DATE' ? byDate.get(dateKey(a)) : undefined;
        if (v) addFarFlag(a, v);
      }
      return [];
    }
    const stale: Array<{ start: number; end: number }> = [];
    for (const [a, v] of verdicts) {
      if (fresh.has(a)) {
        if (v) addFarFlag(a, v);
      } else if (!isDecided(a) && !carriesVerdict(a, v) && !(stale.length && stale[stale.length - 1].end >= a.end)) {
        stale.push(paragraphRange(this.text, a.start, a.end));
      }
    }
    return stale;
  }

  /** Follows one edit. */
  applyEdit(change: TextChange, at = new Date()): void {
    this.applyEdits([change], at);
  }

  /**
   * Follows the changes of one editor event (each applied after the previous one, as VS Code
   * reports them): shifts annotations and updates the text. When the words of a suggested
   * correction end up reading exactly as its replacement, that correction was applied, however
   * the editor split the edit ("salaj" -> "Sarraj" may arrive as two minimal changes), and it
   * is recorded as such.
   */
  applyEdits(changes: TextChange[], at = new Date()): void {
    this.introducedBeforeEdits ??= this.firstIntroductions();
    const watched = changes
      .flatMap((c) => this.annotations.slice(Math.max(0, firstEndingAfter(this.annotations, c.start) - 1), firstEndingAfter(this.annotations, c.end) + 1))
      .filter((a, i, all) => all.indexOf(a) === i && hasOpenCorrection(a) && changes.some((c) => a.start <= c.start && c.end <= a.end))
      .map((a) => ({ a, start: a.start }));
    for (const c of changes) {
      const delta = c.text.length - (c.end - c.start);
      this.text = applyChange(this.text, c);
      this.facts.touched(shiftInPlace(this.annotations, c, this.text));
      for (const w of watched) if (c.start < w.start && c.end <= w.start) w.start += delta;
      this.dirty = this.dirty.map((d) => (d.start >= c.end ? { start: d.start + delta, end: d.end + delta } : { start: d.start, end: Math.max(d.end + delta, c.start + c.text.length) }));
      this.dirty.push({ start: c.start, end: c.start + c.text.length });
    }
    for (const { a, start } of watched) {
      const to = a.correction!.replacement;
      if (this.text.slice(start, start + to.length) === to) this.recordCorrection(a, start, at);
    }
  }

  get(id: string): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  /** The text change that applies an annotation's correction (not yet applied). */
  correctionChange(id: string): TextChange | undefined {
    const a = this.get(id);
    if (!a?.correction || a.status === 'rejected' || a.status === 'orphaned') return undefined;
    return { start: a.start, end: a.end, text: a.correction.replacement };
  }

  /**
   * Applies a correction to the text: the annotation now covers the replacement, is accepted,
   * and the history records it. Returns the change for the editor to mirror.
   */
  correct(id: string, at = new Date()): TextChange | undefined {
    const change = this.correctionChange(id);
    const a = this.get(id);
    if (!change || !a) return undefined;
    this.applyEdit(change, at);
    return change;
  }

  /** Records a correction whose edit has just been applied: its words now start at `start`. */
  private recordCorrection(a: Annotation, start: number, at = new Date()): void {
    const to = a.correction!.replacement;
    const updated: Annotation = { ...a, start, end: start + to.length, text: to, status: 'accepted' };
    delete updated.correction;
    this.annotations = this.annotations
      .filter((x) => x.id !== a.id && !(x.start < updated.end && updated.start < x.end && !isDecided(x)))
      .concat(updated)
      .sort((x, y) => x.start - y.start || x.end - y.end);
    this.history.push({ at: at.toISOString(), action: 'correct', id: a.id, from: a.text, to });
  }


  /** Every likely correction, applied from the end of the text so that offsets stay valid. */
  correctAll(minConfidence = LIKELY_CONFIDENCE, at = new Date()): TextChange[] {
    const ids = this.annotations
      .filter((a) => hasOpenCorrection(a) && a.correction!.confidence >= minConfidence)
      .sort((a, b) => b.start - a.start)
      .map((a) => a.id);
    return ids.map((id) => this.correct(id, at)).filter((c): c is TextChange => !!c);
  }

  setStatus(id: string, status: Extract<Status, 'accepted' | 'rejected'>, at = new Date()): boolean {
    const a = this.get(id);
    if (!a) return false;
    a.status = status;
    this.history.push({ at: at.toISOString(), action: status === 'accepted' ? 'accept' : 'reject', id, from: a.text });
    return true;
  }

  /** A person's own annotation: never touched by re-analysis. Replaces suggestions it overlaps. */
  annotate(start: number, end: number, label: Label, entity?: KbEntity, at = new Date()): Annotation {
    const a: Annotation = { id: '', start, end, text: this.text.slice(start, end), label, status: 'accepted', source: 'manual' };
    if (entity) Object.assign(a, { kbId: entity.id, canonical: entity.name, description: entity.description, ...(entity.wikidata ? { wikidata: entity.wikidata } : {}) });
    const taken = new Set(this.annotations.map((x) => x.id));
    assignIds([a], new Set([...taken].filter((id) => id.startsWith('manual-')).map((id) => id.slice(7))));
    a.id = `manual-${a.id}`;
    this.annotations = this.annotations
      .filter((x) => !(x.start < end && start < x.end && !isDecided(x)))
      .concat(a)
      .sort((x, y) => x.start - y.start || x.end - y.end);
    this.history.push({ at: at.toISOString(), action: 'annotate', id: a.id, to: `${label} ${a.text}` });
    return a;
  }

  /** Removes an annotation; an automatic one is kept as rejected so that it is not suggested again. */
  remove(id: string, at = new Date()): boolean {
    const a = this.get(id);
    if (!a) return false;
    if (a.source === 'auto') a.status = 'rejected';
    else this.annotations = this.annotations.filter((x) => x.id !== id);
    this.history.push({ at: at.toISOString(), action: 'remove', id, from: a.text });
    return true;
  }

  relabel(id: string, label: Label, entity?: KbEntity | null, at = new Date()): boolean {
    const a = this.get(id);
    if (!a) return false;
    const from = a.label;
    a.label = label;
    a.status = 'accepted';
    if (entity) Object.assign(a, { kbId: entity.id, canonical: entity.name, description: entity.description });
    else if (entity === null) for (const k of ['kbId', 'canonical', 'description', 'wikidata'] as const) delete a[k];
    this.history.push({ at: at.toISOString(), action: 'relabel', id, from, to: label });
    return true;
  }

  /** Puts an orphaned annotation back on text the person selected (its words were rewritten). */
  reattach(id: string, start: number, end: number, at = new Date()): boolean {
    const a = this.get(id);
    if (!a || a.status !== 'orphaned' || end <= start) return false;
    const from = a.text;
    Object.assign(a, { start, end, text: this.text.slice(start, end), status: 'accepted' });
    this.annotations = this.annotations
      .filter((x) => x === a || !(x.start < end && start < x.end && !isDecided(x)))
      .sort((x, y) => x.start - y.start || x.end - y.end);
    this.history.push({ at: at.toISOString(), action: 'reanchor', id, from, to: a.text });
    return true;
  }

  /**
   * Accepts every open suggestion but the corrections: accepting those means applying them (Fix
   * All), so they stay on offer rather than being hidden.
   */
  acceptAll(at = new Date()): number {
    const open = this.annotations.filter((a) => a.status === 'suggested' && !a.correction);
    for (const a of open) this.setStatus(a.id, 'accepted', at);
    return open.length;
  }

  toSidecar(): Sidecar {
    return toSidecar(this.text, this.fileName, this.annotations, this.referenceDate, this.history);
  }

  /**
   * The sidecar's text (as serializeSidecar(toSidecar()) gives it), written in slices with
   * `pause` between them, from a snapshot: edits meanwhile do not reach it.
   */
  sidecarTextInPieces(pause: () => Promise<void>): Promise<string> {
    const snapshot = this.annotations.map((a) => ({ ...a }));
    return sidecarTextInPieces(this.text, this.fileName, snapshot, this.referenceDate, [...this.history], pause);
  }
}

export class SidecarProblem extends Error {
  constructor(
    readonly problem: string,
    readonly kind: 'syntax' | 'schema' | 'newer-version' | 'unreadable',
  ) {
    super(problem);
  }
}

/**
 * The ids of `list` that share `id`'s label-and-text base (remembered in `bases` for one state
 * of the list): an edit checks a few new ids against thousands without building a set of all.
 */
function idsLike(list: Annotation[], id: string, bases: Map<string, Set<string>>): Set<string> {
  const base = id.slice(0, id.lastIndexOf('-') + 1);
  let ids = bases.get(base);
  if (!ids) {
    ids = new Set();
    for (const a of list) if (a.id.startsWith(base)) ids.add(a.id);
    bases.set(base, ids);
  }
  return ids;
}

/**
 * Ids must be unique: a duplicated one (a hand-edited or merged sidecar) gets a suffix, the
 * smallest `-N` (N >= 2) not taken; nothing is dropped. The next N to try is kept per id, so that
 * many copies of one id cost linear time, not quadratic (every N below it is taken for good).
 * Returns the number of ids tried (for tests: at most twice the number of annotations).
 */
export function uniqueIds(annotations: Array<{ id: string }>): number {
  const seen = new Set<string>();
  const nextSuffix = new Map<string, number>();
  let tried = 0;
  for (const a of annotations) {
    let id = a.id;
    tried++;
    if (seen.has(id)) {
      let n = nextSuffix.get(a.id) ?? 2;
      for (; tried++, seen.has((id = `${a.id}-${n}`)); n++);
      nextSuffix.set(a.id, n + 1);
    }
    a.id = id;
    seen.add(id);
  }
  return tried;
}

/** Ranges without repeats (paragraph ranges: equal or disjoint), in text order. */
function distinct(ranges: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const byStart = new Map(ranges.map((r) => [r.start, r]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
