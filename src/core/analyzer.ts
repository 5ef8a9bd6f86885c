import { dropOwnSpellings } from './names/own-spellings';
import { takeOwnNameWords } from './entities/own-name-words';
import { takeKindWordAfter } from './entities/kind-word-after';
import { takeClubsNamedByCity } from './entities/club-by-city';
import { findTeamNicknames } from './entities/team-nicknames';
import { releaseSurnamesAfterGivenNames } from './entities/surname-after-given-name';
import type { Annotation } from './types';
import type { CompiledKb, KbEntity } from './kb/model';
import type { PrecompiledIndexes } from './kb/precompiled';
import { KbIndex } from './kb/index';
import { TransliterationIndex } from './names/transliteration-index';
import { tokenize, withoutMarks, type Token } from './text/tokens';
import { isEnglishWord } from './text/english';
import { lineRanges, parseStructure, type Structure } from './structure/structure';
import { structureHeadEnd } from './structure/budget';
import { findSentenceStarts, type ArticleContext, type NameVariant } from './entities/context';
import { MentionSet, type Mention } from './entities/mention';
import { countKnownNames, findKnownNames } from './entities/known-names';
import { findMediaPhrases } from './entities/media-phrases';
import { findBodiesOfPlaces, findUnknownNames } from './entities/unknown-names';
import { findPossessives } from './names/possessive';
import { findAcronyms } from './names/acronym';
import { findAbbreviationConfusions, findNationalityConflicts } from './names/abbreviation';
import { findOfficeHolders, prepareOfficeHolders } from './names/office-holders';
import { findSurnamesAfterFullNames, findSurnamesOfUnknownPeople } from './entities/surname-after-full-name';
import { preferNamesakesInSport } from './entities/namesake-in-sport';
import { findSurnamesAlone, prepareFamilyNames } from './names/surname-alone';
import { findMisreadJapaneseNames, prepareKanjiReadings } from './names/kanji-readings';
import { findNamesViaRussian, prepareRussianSpellings } from './names/via-russian';
import { findKoreanSystemSpellings, prepareKoreanSpellings } from './names/korean-names';
import { countRomanisationVariants, findRomanisationVariants, prepareRomanisationVariants } from './names/romanisation-variants';
import { findJapaneseRomanisations, prepareJapaneseSpellings } from './names/japanese-romanisation';
import { findPatronymicNames } from './names/patronymic';
import { findTransliterations, learnSoundsLike, possibleGarblings } from './names/transliteration';
import { countReadingNames, findReadingNames } from './names/reading-names';
import { findHomeInstitutions } from './names/home-institution';
import { SyllableIndex } from './names/syllable-readings';
import { spreadLikelyFixes } from './names/coreference';
import { findLiteralTranslations, LiteralIndex } from './names/literal-translation';
import { findGarbledGivenNames, findSurnameFirstNames } from './names/surname-first';
import { findWholeNames } from './names/whole-names';
import { findDeclinedNames } from './names/slavic-case-endings';
import { articleDateFacts, findDates, inferReferenceDate, inferReferenceDateInPieces, marksThisYear, type DateMention } from './dates/index';
import { addFarFlag, farVerdictsOf } from './annotations/far-dates';
import type { InferredReference } from './dates/reference';
import { assignIds } from './annotations/ids';
import { byPosition, mergeSorted, overlapsSorted } from './text/spans';

/** What the detectors learnt about the whole article: mentions per entity and per country. */
export interface ArticleCounts {
  entityCounts: ReadonlyMap<string, number>;
  countryCounts: ReadonlyMap<string, number>;
  namedCountries: ReadonlySet<string>;
  pinyinNamed: ReadonlySet<string>;
  nameVariants: ReadonlyMap<string, NameVariant>;
  /** Where the counting pass counted a confident reading (see ArticleContext.countedReadings). */
  countedReadings?: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** Where the counting pass counted a KB name (see ArticleContext.countedNames). */
  countedNames?: ReadonlyMap<string, readonly number[]>;
  /** The article writes this year's months as "July this year" (how its "last May" reads: see dates/months.ts). */
  marksThisYear?: boolean;
  /** Surnames of people named by another romanisation (see ArticleContext.variantSurnames). */
  variantSurnames?: ReadonlyMap<string, KbEntity>;
  /** Surnames of the names written whole in pinyin (see ArticleContext.pinyinSurnames). */
  pinyinSurnames?: ReadonlySet<string>;
}

export interface AnalysisResult {
  annotations: Annotation[];
  /** The reference date used, and where it came from. */
  referenceDate: string | null;
  referenceSource: 'given' | 'dateline' | 'published-line' | 'latest-full-date' | 'none';
  structure: Structure;
  counts: ArticleCounts;
}

/**
 * The analysis pipeline over one knowledge base: text -> structure -> known names -> name
 * corrections -> dates -> annotations. Pure; build once and reuse for every document.
 */
export class Analyzer {
  readonly index: KbIndex;

  /** `precomputed`: the build step's indexes for this KB (fast); without them they are computed. */
  constructor(kb: CompiledKb, workspaceEntities: KbEntity[] = [], precomputed?: PrecompiledIndexes) {
    this.index = new KbIndex(kb, precomputed?.forms);
    this.precomputed = precomputed;
    this.addEntities(workspaceEntities);
  }

  private readonly precomputed?: PrecompiledIndexes;
  private soundIndex?: TransliterationIndex;
  private syllableIndex?: SyllableIndex;

  /** Built on first use: activation and the first paint need only the name forms. */
  private get sounds(): TransliterationIndex {
    this.soundIndex ??= this.withAddedSounds(new TransliterationIndex(this.index, this.precomputed?.sounds()));
    return this.soundIndex;
  }

  private literalIndex?: LiteralIndex | null;

  /** The literal-translation patterns of the KB's Chinese names (built at build time), if shipped. */
  private get literals(): LiteralIndex | null {
    if (this.literalIndex === undefined) {
      const stored = this.precomputed?.literals?.();
      this.literalIndex = stored ? new LiteralIndex(stored, this.index) : null;
    }
    return this.literalIndex;
  }

  private get syllables(): SyllableIndex {
    this.syllableIndex ??= new SyllableIndex(this.index, this.precomputed?.readings?.());
    return this.syllableIndex;
  }

  /**
   * The editor's first paint: until `prepare` has built the name matchers' indexes, analyses
   * leave out the detectors that need them (syllable readings, literal translations, sound-alikes)
   * instead of building them at once on the editor's thread. Names the KB writes as the text
   * does, dates and the rest come at once; `namesComplete` says when the full analysis is on.
   * `loadIndexData`: what must be read before the indexes can be built (the extension reads
   * their data files only then, after the first paint); `prepare` waits for it.
   */
  deferNamesUntilPrepared(loadIndexData?: () => Promise<void>): void {
    this.deferNames = true;
    this.loadIndexData = loadIndexData;
  }

  private loadIndexData?: () => Promise<void>;

  /**
   * What the first paint needs built, in slices with `pause` between them: the KB's name-form
   * trie (built at once on first use, cold, it would hold the editor for about 100 ms) and the
   * English lexicon.
   */
  async prepareFirstPaint(pause: () => Promise<void>): Promise<void> {
    await this.index.prepareTrie(pause);
    isEnglishWord('the');
    await pause();
  }

  private deferNames = false;
  private namesIndexed = false;

  /** Whether analyses run every name detector (always, unless deferred and not yet prepared). */
  get namesComplete(): boolean {
    return !this.deferNames || this.namesIndexed;
  }

  /**
   * Builds the indexes the first analysis would build, in slices with `pause` between them (the
   * editor's long-document path: no single step holds the thread for the whole build). Concurrent
   * callers share one preparation.
   */
  prepare(pause: () => Promise<void>): Promise<void> {
    this.preparing ??= this.prepareInSteps(pause);
    return this.preparing;
  }

  private preparing?: Promise<void>;

  private async prepareInSteps(pause: () => Promise<void>): Promise<void> {
    if (this.prepared) return;
    await this.loadIndexData?.();
    // What the first analysis would build or compile, one step at a time: the name-form trie (in slices),
    // the English lexicon, the literal-translation patterns, the syllable readings and the sound-key index (both in slices), then the code
    // itself on a short sample (first calls run in the interpreter, regexes compile on first use).
    await this.index.prepareTrie(pause);
    isEnglishWord('the');
    await pause();
    const literals = this.precomputed?.literals;
    if (this.literalIndex === undefined && literals) {
      const stored = literals();
      await pause();
      const built = await LiteralIndex.build(stored, this.index, pause);
      this.literalIndex ??= built; // unless a synchronous analysis built it meanwhile
    }
    const readings = this.precomputed?.readings;
    if (!this.syllableIndex && readings) {
      const stored = readings();
      await pause();
      const built = await SyllableIndex.build(this.index, stored, pause);
      this.syllableIndex ??= built; // unless a synchronous analysis built it meanwhile
    }
    if (!this.soundIndex && this.precomputed) {
      const stored = this.precomputed.sounds();
      await pause();
      const built = await TransliterationIndex.build(this.index, stored, pause);
      this.soundIndex ??= this.withAddedSounds(built); // unless a synchronous analysis built it meanwhile
    }
    // The office holders' and the family names' indexes, in slices.
    await prepareOfficeHolders(this.index, pause);
    await prepareFamilyNames(this.index, pause);
    await prepareKanjiReadings(this.index, pause);
    await prepareRussianSpellings(this.index, pause);
    await prepareKoreanSpellings(this.index, pause);
    await prepareRomanisationVariants(this.index, pause);
    await prepareJapaneseSpellings(this.index, pause);
    this.namesIndexed = true;
    // The very first run compiles every detector's code and patterns: dates and names apart.
    findDates(WARM_UP[0], '2020-01-08');
    await pause();
    this.findMentions(WARM_UP[0]);
    await pause();
    for (const sample of WARM_UP) {
      this.annotate(sample, '2020-01-08');
      await pause();
    }
    this.prepared = true;
  }

  private prepared = false;
  /** A long document was analysed in blocks before: the code is compiled and optimised. */
  private warm = false;

  /** Merges workspace entities over the built-in ones (same id replaces). */
  addEntities(entities: KbEntity[]): void {
    if (!entities.length) return;
    for (const e of entities) {
      this.index.add(e);
      // The sound keys are added when the index is built (not built here: that takes seconds).
      if (this.soundIndex) this.soundIndex.addEntity(e);
      else this.soundsToAdd.push(e);
    }
    this.syllableIndex = undefined;
  }

  /** Entities added before the sound-key index was built. */
  private readonly soundsToAdd: KbEntity[] = [];

  private withAddedSounds(index: TransliterationIndex): TransliterationIndex {
    for (const e of this.soundsToAdd.splice(0)) index.addEntity(e);
    return index;
  }

  analyze(text: string, referenceDate?: string | null): AnalysisResult {
    const { ref, source } = this.reference(text, referenceDate);
    const annotations = this.annotate(text, ref);
    const counts = this.lastCounts;
    let structure: Structure | undefined;
    return {
      annotations: assignIds(annotations),
      referenceDate: ref,
      referenceSource: source,
      // Parsed on first use: the editor takes its structure from the tree-sitter tree.
      get structure() {
        return (structure ??= parseStructure(text, { start: 0, end: structureHeadEnd(text) }));
      },
      counts,
    };
  }

  /**
   * The same analysis in pieces, for long documents in the editor: the article statistics are
   * gathered, then the annotations, one block of paragraphs at a time, calling `pause` between
   * blocks (to let the editor breathe); `stale` stops the work when the text changed meanwhile.
   */
  async analyzeInChunks(text: string, referenceDate: string | null | undefined, pause: () => Promise<void>, stale: () => boolean, chunkChars = 16_000): Promise<AnalysisResult | undefined> {
    const chunks = paragraphChunks(text, chunkChars);
    await this.prepare(pause);
    const { ref, source } = referenceDate ? given(referenceDate) : inferred(await inferReferenceDateInPieces(text, chunks, pause));
    if (stale()) return undefined;
    const counted = await this.countInPieces(text, chunkChars, pause, stale);
    if (!counted || !(await this.learnWords(counted.words, pause, stale))) return undefined;
    await this.warmUpOn(text, ref, chunks, counted.counts, pause);
    const annotations = await this.annotateInPieces(text, ref, chunkChars, counted.counts, pause, stale);
    if (!annotations) return undefined;
    flagFarAcrossPieces(annotations, ref);
    await pause();
    const structure = stale() ? undefined : await structureInPieces(text, chunkChars, pause, stale);
    if (!structure) return undefined;
    this.lastCounts = counted.counts;
    return { annotations, referenceDate: ref, referenceSource: source, structure, counts: counted.counts };
  }

  /** The article statistics, block by block, and the words of the text that may be garbled names. */
  private async countInPieces(text: string, size: number, pause: () => Promise<void>, stale: () => boolean): Promise<{ counts: MutableCounts; words: Set<string> } | undefined> {
    const counts = emptyCounts();
    const words = new Set<string>();
    const done = await inTimedBlocks(text, size, pause, stale, (c) => {
      for (const w of possibleGarblings(this.countInto(text, c, counts))) words.add(w);
    });
    return done ? { counts, words } : undefined;
  }

  /**
   * The first blocks of a session run cold (interpreted code, first regex compilations): the
   * first time, the detectors run on the document's first paragraphs in small pieces, results
   * dropped.
   */
  private async warmUpOn(text: string, ref: string | null, chunks: Range[], counts: ArticleCounts, pause: () => Promise<void>): Promise<void> {
    if (this.warm) return;
    for (const c of paragraphChunks(text.slice(0, Math.min(chunks[0]?.end ?? 0, 6_000)), 2_000)) {
      this.annotate(text, ref, c, counts, { acronyms: new Map() });
      await pause();
    }
    this.warm = true;
  }

  /** Annotations block by block, with ids numbered as one list would be (shared occurrence counts). */
  private async annotateInPieces(text: string, ref: string | null, size: number, counts: ArticleCounts, pause: () => Promise<void>, stale: () => boolean): Promise<Annotation[] | undefined> {
    const annotations: Annotation[] = [];
    const taken = new Set<string>();
    const seen = new Map<string, number>();
    const piece: Piece = { acronyms: new Map() };
    const done = await inTimedBlocks(text, size, pause, stale, (c) => {
      for (const a of assignIds(this.annotate(text, ref, c, counts, piece), taken, seen)) annotations.push(a);
    });
    return done ? annotations : undefined;
  }


  private reference(text: string, referenceDate?: string | null): Reference {
    return referenceDate ? given(referenceDate) : inferred(inferReferenceDate(text));
  }

  /** Adds pass 1's findings in `range` to the article statistics `counts`; returns the range's tokens. */
  private countInto(text: string, range: Range, counts: MutableCounts): Token[] {
    const tokens = tokenize(text, range.start, range.end);
    // Blocks are whole paragraphs: a "July this year" lies inside one.
    counts.marksThisYear ||= marksThisYear(text.slice(range.start, range.end));
    this.count({ text, tokens, index: this.index, sentenceStarts: findSentenceStarts(text, tokens), ...counts });
    return tokens;
  }

  /**
   * Matches the words that may be garbled names against the KB's sounds ahead of the blocks
   * (remembered per word), pausing every 10 ms: a first sighting is the costly part of the
   * transliteration check, and a new document's first block would otherwise meet them all.
   */
  private async learnWords(words: Iterable<string>, pause: () => Promise<void>, stale: () => boolean): Promise<boolean> {
    let since = performance.now();
    for (const w of words) {
      learnSoundsLike(this.sounds, w);
      if (performance.now() - since < 10) continue;
      await pause();
      if (stale()) return false;
      since = performance.now();
    }
    return true;
  }

  /**
   * Annotations (entities and dates, without ids) of the whole text, or of whole paragraphs
   * `range` with the statistics of an earlier full pass. `piece`: the caller runs the
   * far-from-reference check over the article's dates afterwards (farVerdictsOf: the range is one
   * of the pieces of a full analysis, or an edited paragraph); `piece.acronyms` carries the
   * acronyms introduced in the pieces before, in text order.
   */
  annotate(text: string, ref: string | null, range?: { start: number; end: number }, counts?: ArticleCounts, piece?: Piece): Annotation[] {
    const mentions = this.findMentions(text, range, counts, piece?.acronyms, ref).filter(annotated);
    const nameEnds = new Set(mentions.filter((m) => m.label === 'PERSON' || m.label === 'ORG').map((m) => m.end));
    const from = range?.start ?? 0;
    const slice = range ? text.slice(range.start, range.end) : text;
    // A range is a piece of the article: its dates read with the article's dateline (in its head)
    // and its wording, as counted by the full pass (`counts`); a full pass counts the wording here.
    const article = articleDateFacts(text, ref, range ? { marksThisYear: counts?.marksThisYear ?? false } : undefined);
    if (!range) this.lastCounts.marksThisYear = article.marksThisYear;
    const found = findDates(slice, ref, { nameEnds: range ? new Set([...nameEnds].map((e) => e - from)) : nameEnds, farCheck: !piece, article });
    const placed = from ? found.map((d) => ({ ...d, start: d.start + from, end: d.end + from })) : found;
    // A date in another calendar ("12 Mordad 1402", "Reiwa 5") is a whole date: its month or era
    // word is no name ("Mordad" read as a garbled Mehrdad, "Reiwa" the era's KB entry).
    const calendar = placed.filter((d) => d.rule.startsWith('calendar-'));
    const kept = calendar.length ? mentions.filter((m) => !overlapsSorted(calendar, m)) : mentions;
    const dates = placed.filter((d) => !overlapsSorted(kept, d));
    // Both lists are in text order and never overlap: one merge, no sort.
    return mergeSorted(kept.map((m) => fromMention(text, m)), dates.map(fromDate), byPosition);
  }

  /**
   * Entity mentions of the whole text, or of `range` only (whole paragraphs) using the article
   * statistics `counts` of an earlier full pass: the incremental path.
   */
  findMentions(text: string, range?: { start: number; end: number }, counts?: ArticleCounts, acronyms?: Map<string, Mention>, ref?: string | null): Mention[] {
    const tokens = tokenize(text, range?.start ?? 0, range?.end ?? text.length);
    const ctx: ArticleContext = {
      text,
      tokens,
      ...(range ? { partial: true } : {}),
      index: this.index,
      sentenceStarts: findSentenceStarts(text, tokens),
      entityCounts: counts ? new Map(counts.entityCounts) : new Map(),
      countryCounts: counts ? new Map(counts.countryCounts) : new Map(),
      namedCountries: counts ? new Set(counts.namedCountries) : new Set(),
      pinyinNamed: counts ? new Set(counts.pinyinNamed) : new Set(),
      nameVariants: counts ? new Map(counts.nameVariants) : new Map(),
      // Only read when the counts are given (the counting pass, which fills it, does not run then).
      countedReadings: counts?.countedReadings as ArticleContext['countedReadings'],
      countedNames: counts?.countedNames as ArticleContext['countedNames'],
      variantSurnames: counts?.variantSurnames as ArticleContext['variantSurnames'],
      pinyinSurnames: counts?.pinyinSurnames as ArticleContext['pinyinSurnames'],
      acronyms,
      referenceDate: ref ?? undefined,
    };
    if (!counts) this.count(ctx);
    this.lastCounts = { entityCounts: ctx.entityCounts, countryCounts: ctx.countryCounts, namedCountries: ctx.namedCountries, pinyinNamed: ctx.pinyinNamed, nameVariants: ctx.nameVariants, countedReadings: ctx.countedReadings, countedNames: ctx.countedNames, variantSurnames: ctx.variantSurnames, pinyinSurnames: ctx.pinyinSurnames, marksThisYear: counts?.marksThisYear };
    const out = new MentionSet();
    findKnownNames(ctx, out);
    releaseSurnamesAfterGivenNames(ctx, out);
    takeOwnNameWords(ctx, out);
    takeKindWordAfter(ctx, out);
    takeClubsNamedByCity(ctx, out);
    findTeamNicknames(ctx, out);
    findPatronymicNames(ctx, out);
    findSurnameFirstNames(ctx, out);
    findGarbledGivenNames(ctx, out);
    findAcronyms(ctx, out);
    findPossessives(ctx, out);
    findAbbreviationConfusions(ctx, out);
    if (this.namesComplete) {
      // Whole names by a fixed system (a character's other reading, a Russian transcription,
      // the Korean romanisation) before the syllable readings, which would read them as something else.
      findMisreadJapaneseNames(ctx, out);
      findNamesViaRussian(ctx, out);
      findKoreanSystemSpellings(ctx, out);
      findJapaneseRomanisations(ctx, out);
      findRomanisationVariants(ctx, out);
      const literal = this.literals;
      findReadingNames(ctx, this.syllables, out, literal ? findLiteralTranslations(text, tokens, literal, this.index, ctx.referenceDate) : []);
      findWholeNames(ctx, this.sounds, out);
      findDeclinedNames(ctx, out);
      findTransliterations(ctx, this.sounds, out);
      findOfficeHolders(ctx, out);
      dropOwnSpellings(ctx, out);
    }
    spreadLikelyFixes(ctx, out);
    findNationalityConflicts(ctx, out);
    findHomeInstitutions(ctx, out);
    findMediaPhrases(ctx, out);
    findSurnamesAfterFullNames(ctx, out);
    preferNamesakesInSport(ctx, out);
    if (this.namesComplete) findSurnamesAlone(ctx, out);
    findBodiesOfPlaces(ctx, out);
    findUnknownNames(ctx, out);
    findSurnamesOfUnknownPeople(ctx, out);
    return out.all();
  }

  /** Article statistics of the last full pass (for incremental re-analysis). */
  lastCounts: ArticleCounts = emptyCounts();

  /** Pass 1 on `ctx`: the exact names, and the people named in full in pinyin, into its statistics. */
  private count(ctx: ArticleContext): void {
    const counted = countKnownNames(ctx);
    if (!this.namesComplete) return;
    countReadingNames(ctx, this.syllables, counted);
    countRomanisationVariants(ctx);
  }

}

/**
 * Prizes and awards ("award:" ids) are in the knowledge base so that their names are known (a
 * "Pulitzer Prize" is not read as a garbled person's name), but they are no entity of the
 * annotation scheme (people, organisations, places, nationalities, outlets, facilities, events).
 */
const annotated = (m: Mention): boolean => !m.entity?.id.startsWith('award:');

function fromMention(text: string, m: Mention): Annotation {
  const a: Annotation = {
    id: '',
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    label: m.label,
    rule: m.rule,
    status: 'suggested',
    source: 'auto',
  };
  if (m.entity) {
    a.kbId = m.entity.id;
    a.canonical = m.entity.name;
    a.description = m.entity.description;
    if (m.entity.wikidata) a.wikidata = m.entity.wikidata;
  } else if (m.canonical) a.canonical = m.canonical;
  // A fix that would write what is there already (a possessive of the name itself) is none, nor one
  // that only adds the marks English text leaves out ("Sanchez" for Sánchez is written right).
  if (m.correction && withoutMarks(m.correction.replacement) !== withoutMarks(a.text.replace(/['’]s$/u, ''))) a.correction = m.correction;
  return a;
}

type Range = { start: number; end: number };
/** What the pieces of one article analysed in pieces share (see annotate). */
type Piece = { acronyms: Map<string, Mention> };
type MutableCounts = { entityCounts: Map<string, number>; countryCounts: Map<string, number>; namedCountries: Set<string>; pinyinNamed: Set<string>; nameVariants: Map<string, NameVariant>; countedReadings: Map<string, Map<number, string>>; countedNames: Map<string, number[]>; variantSurnames: Map<string, KbEntity>; pinyinSurnames: Set<string>; marksThisYear?: boolean };
const emptyCounts = (): MutableCounts => ({ entityCounts: new Map(), countryCounts: new Map(), namedCountries: new Set(), pinyinNamed: new Set(), nameVariants: new Map(), countedReadings: new Map(), countedNames: new Map(), variantSurnames: new Map(), pinyinSurnames: new Set() });
type Reference = { ref: string | null; source: AnalysisResult['referenceSource'] };
const given = (date: string): Reference => ({ ref: date, source: 'given' });
const inferred = (r: InferredReference | null): Reference => ({ ref: r?.date ?? null, source: r?.source ?? 'none' });

/** parseStructure's result on the document's head (structure/budget.ts), line range by line range with `pause` between them; undefined when stale. */
async function structureInPieces(text: string, size: number, pause: () => Promise<void>, stale: () => boolean): Promise<Structure | undefined> {
  const structure: Structure = { blocks: [], sentences: [] };
  const head = text.slice(0, structureHeadEnd(text));
  for (const r of lineRanges(head, size)) {
    const part = parseStructure(head, r, structure.blocks.length > 0);
    for (const b of part.blocks) structure.blocks.push(b);
    for (const s of part.sentences) structure.sentences.push(s);
    await pause();
    if (stale()) return undefined;
  }
  return structure;
}

/** The far-from-reference check over the dates of an article analysed in pieces (see `annotate`). */
function flagFarAcrossPieces(annotations: Annotation[], ref: string | null): void {
  for (const [a, v] of farVerdictsOf(annotations, ref)) if (v) addFarFlag(a, v);
}

function fromDate(d: DateMention): Annotation {
  const a: Annotation = {
    id: '',
    start: d.start,
    end: d.end,
    text: d.text,
    label: 'DATE',
    value: d.value,
    flags: [...d.flags],
    rule: d.rule,
    status: 'suggested',
    source: 'auto',
  };
  if (d.endValue !== undefined) a.endValue = d.endValue;
  if (d.likelyValue !== undefined) a.likelyValue = d.likelyValue;
  if (d.reason) a.description = d.reason;
  return a;
}


/**
 * Short news sentences that take every detector and date rule through its code (used only to
 * warm the analyzer up; their results are dropped).
 */
const WARM_UP = [
  'Foreign Minister lavrof met President makron in Paris on Monday, January 6, 2020.',
  'Brazils Globo network said the Ba government and the Pakistani foreign minister spoke on the 5th.',
  'In December last year, three days ago and in the 1990s, the african union (AU) said Modi met Xi Jinping in March.',
];

/** Blocks of whole paragraphs of about `size` characters. */
export function paragraphChunks(text: string, size: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < text.length; start = out[out.length - 1].end) out.push(paragraphBlock(text, start, size));
  return out;
}

/** The block of whole paragraphs of about `size` characters that starts at `start`. */
function paragraphBlock(text: string, start: number, size: number): Range {
  let end = Math.min(text.length, start + size);
  const para = text.indexOf('\n\n', end);
  end = end >= text.length ? text.length : para < 0 ? text.length : para;
  // A very long paragraph (or line) is cut at a space near the size, never inside a word.
  if (end - start > size * 4) end = Math.max(start + size, text.lastIndexOf(' ', start + size * 2) + 1 || start + size);
  return { start, end };
}

/** How long one block may hold the editor before the next blocks are made smaller. */
const BLOCK_MS = 20;

/**
 * Runs `work` on the text's blocks of whole paragraphs, in order, with `pause` between them;
 * false when `stale` stopped it. Blocks are at most `size` characters; each next block is sized
 * for BLOCK_MS at the speed of the last one, down to a sixteenth of `size` (code not yet
 * optimised, a major garbage collection, a busy machine: a cold block of 4,000 characters took
 * 30-60 ms), starting at a quarter. The blocks do not change the results: whatever the article
 * as a whole decides is carried across them.
 */
async function inTimedBlocks(text: string, size: number, pause: () => Promise<void>, stale: () => boolean, work: (block: Range) => void): Promise<boolean> {
  const smallest = Math.round(size / 16);
  let current = Math.round(size / 4); // the first block's time is not known: it grows from there
  for (let start = 0; start < text.length; ) {
    const block = paragraphBlock(text, start, current);
    const began = performance.now();
    work(block);
    const ms = performance.now() - began;
    current = Math.max(smallest, Math.min(size, Math.round((current * BLOCK_MS) / Math.max(ms, 1))));
    start = block.end;
    await pause();
    if (stale()) return false;
  }
  return true;
}
