import type { Annotation } from './types';
import type { CompiledKb, KbEntity } from './kb/model';
import type { PrecompiledIndexes } from './kb/precompiled';
import { KbIndex } from './kb/index';
import { TransliterationIndex, type StoredSoundKey } from './names/transliteration-index';
import { tokenize } from './text/tokens';
import { parseStructure, type Structure } from './structure/structure';
import { findSentenceStarts, type ArticleContext } from './entities/context';
import { MentionSet, type Mention } from './entities/mention';
import { countKnownNames, findKnownNames } from './entities/known-names';
import { findMediaPhrases } from './entities/media-phrases';
import { findUnknownNames } from './entities/unknown-names';
import { findPossessives } from './names/possessive';
import { findAcronyms } from './names/acronym';
import { findAbbreviationConfusions, findNationalityConflicts } from './names/abbreviation';
import { findTransliterations } from './names/transliteration';
import { findPinyinNames, PinyinNameIndex } from './names/pinyin-names';
import { findDates, inferReferenceDate, type DateMention } from './dates/index';
import { assignIds } from './annotations/ids';
import { overlapsSorted } from './text/spans';

/** What the detectors learnt about the whole article: mentions per entity and per country. */
export interface ArticleCounts {
  entityCounts: ReadonlyMap<string, number>;
  countryCounts: ReadonlyMap<string, number>;
  namedCountries: ReadonlySet<string>;
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
    this.precomputedSounds = precomputed?.sounds;
    this.addEntities(workspaceEntities);
  }

  private precomputedSounds?: StoredSoundKey[];
  private soundIndex?: TransliterationIndex;
  private pinyinIndex?: PinyinNameIndex;

  /** Built on first use: activation and the first paint need only the name forms. */
  private get sounds(): TransliterationIndex {
    this.soundIndex ??= new TransliterationIndex(this.index, this.precomputedSounds);
    return this.soundIndex;
  }

  private get pinyinNames(): PinyinNameIndex {
    this.pinyinIndex ??= new PinyinNameIndex(this.index);
    return this.pinyinIndex;
  }

  /** Merges workspace entities over the built-in ones (same id replaces). */
  addEntities(entities: KbEntity[]): void {
    if (!entities.length) return;
    for (const e of entities) {
      this.index.add(e);
      this.sounds.addEntity(e);
    }
    this.pinyinIndex = undefined;
  }

  analyze(text: string, referenceDate?: string | null): AnalysisResult {
    const structure = parseStructure(text);
    const inferred = referenceDate ? null : inferReferenceDate(text);
    const ref = referenceDate ?? inferred?.date ?? null;
    const annotations = this.annotate(text, ref);
    return {
      annotations: assignIds(annotations),
      referenceDate: ref,
      referenceSource: referenceDate ? 'given' : (inferred?.source ?? 'none'),
      structure,
      counts: this.lastCounts,
    };
  }

  /**
   * Annotations (entities and dates, without ids) of the whole text, or of whole paragraphs
   * `range` with the statistics of an earlier full pass.
   */
  annotate(text: string, ref: string | null, range?: { start: number; end: number }, counts?: ArticleCounts): Annotation[] {
    const mentions = this.findMentions(text, range, counts);
    const nameEnds = new Set(mentions.filter((m) => m.label === 'PERSON' || m.label === 'ORG').map((m) => m.end));
    const from = range?.start ?? 0;
    const slice = range ? text.slice(range.start, range.end) : text;
    const dates = findDates(slice, ref, { nameEnds: range ? new Set([...nameEnds].map((e) => e - from)) : nameEnds })
      .map((d) => ({ ...d, start: d.start + from, end: d.end + from }))
      .filter((d) => !overlapsSorted(mentions, d));
    return [...mentions.map((m) => fromMention(text, m)), ...dates.map(fromDate)].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /**
   * Entity mentions of the whole text, or of `range` only (whole paragraphs) using the article
   * statistics `counts` of an earlier full pass: the incremental path.
   */
  findMentions(text: string, range?: { start: number; end: number }, counts?: ArticleCounts): Mention[] {
    const tokens = tokenize(text, range?.start ?? 0, range?.end ?? text.length);
    const ctx: ArticleContext = {
      text,
      tokens,
      index: this.index,
      sentenceStarts: findSentenceStarts(text, tokens),
      entityCounts: counts ? new Map(counts.entityCounts) : new Map(),
      countryCounts: counts ? new Map(counts.countryCounts) : new Map(),
      namedCountries: counts ? new Set(counts.namedCountries) : new Set(),
    };
    if (!counts) countKnownNames(ctx);
    this.lastCounts = { entityCounts: ctx.entityCounts, countryCounts: ctx.countryCounts, namedCountries: ctx.namedCountries };
    const out = new MentionSet();
    findKnownNames(ctx, out);
    findAcronyms(ctx, out);
    findPossessives(ctx, out);
    findAbbreviationConfusions(ctx, out);
    findPinyinNames(ctx, this.pinyinNames, out);
    findTransliterations(ctx, this.sounds, out);
    findNationalityConflicts(ctx, out);
    findMediaPhrases(ctx, out);
    findUnknownNames(ctx, out);
    return out.all();
  }

  /** Article statistics of the last full pass (for incremental re-analysis). */
  lastCounts: ArticleCounts = { entityCounts: new Map(), countryCounts: new Map(), namedCountries: new Set() };

}

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
  if (m.correction) a.correction = m.correction;
  return a;
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

