import type { Token } from '../text/tokens';
import { firstEndingAfter } from '../text/spans';
import { isEnglishInLowerCase, isEnglishWord, FUNCTION_WORDS } from '../text/english';
import { CALENDAR_WORD, holdsPossessive, TITLE_WORDS } from '../text/name-cues';
import { formKey } from '../kb/forms';
import { countMention, type ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import type { NameCandidate } from './candidates';
import { rankSpan, type RankedCandidate } from './ranker';
import { similarityOfSounds, soundForm } from './romanisation';
import { LIKELY_CONFIDENCE } from '../types';
import { givenNameAfterPinyinSurname } from './pinyin-name-parts';
import { afterPlaceName, anotherOwnSpelling, givenNameBeforeSurname, countPinyinSurnames, notAPerson, spaced, surnameOfPinyinName, typeNounAdded, wholeNameInsideName, type Span } from './written-right';
import { setIn } from '../collections';
import { beginsLongerForm } from '../entities/gazetteer';
import { titleBefore, titleStartsAt } from './titles';
import { namedInFullAsAnother } from './named-in-full';
import { readingCandidates, readsAsPinyin, spanWord, type SpanWord, type SyllableIndex } from './syllable-readings';

/**
 * Names read syllable by syllable: spans of one to three name-like words that no KB name
 * covers, matched against the syllable readings of every KB entity with a Chinese name, ranked
 * with the article's context and gated. Runs after the exact names; it may take a span from an
 * exact match that is only a part of it ("Han" in a reading of 韩江 Han Kang).
 */
export function findReadingNames(ctx: ArticleContext, index: SyllableIndex, out: MentionSet, others: readonly NameCandidate[] = []): void {
  for (const r of chooseSpans(ctx, index, others, out)) {
    const covering = out.at(r.start, r.end);
    // A known name inside a longer span gives way to a near-exact reading, or to a likely
    // word-by-word rendering of an outlet ("German voice said": the demonym is part of its name).
    const strong = r.similarity >= 0.95 || (r.generator === 'literal' && r.entity.type === 'MEDIA' && r.confidence >= LIKELY_CONFIDENCE);
    if (covering && !(mayReplace(out, r) && r.part === 'full' && strong)) continue;
    const mention: Mention = {
      start: r.start,
      end: r.end,
      label: r.entity.type,
      entity: r.entity,
      rule: `names:${r.generator}`,
      // "Taixing" for Taixing City: the place's name as English writes it without its type noun, nothing to fix;
      // nor in a paraphrase of the name ("Chicago University"), which is right English.
      correction: r.paraphrase || typeNounAdded(ctx.text.slice(r.start, r.end), r.replacement)
        ? undefined
        : { replacement: r.replacement, kind: r.kind, confidence: Math.round(r.confidence * 1000) / 1000, reason: reasonOf(ctx, r) },
    };
    if (covering) out.replace(mention);
    else out.add(mention);
  }
}

/**
 * Pass 1: the people and places named in full by a confident reading count as mentions of them
 * (so that a surname alone, or a weaker variant, later has the article's support), and their
 * spellings seed the article's name variants: other unknown names that sound like one of them
 * are tied to the same entity, in rounds, so that a chain of spellings of one name is followed
 * ("Dagu Xiangping", then "Dagou Shanpei", then "Da Shanpei").
 */
export function countReadingNames(ctx: ArticleContext, index: SyllableIndex, counted: ReadonlyArray<{ start: number; end: number }>): void {
  countPinyinSurnames(ctx);
  const free = nameSpans(ctx).filter((span) => !coveredByCounted(counted, span) && !surnameOfPinyinName(ctx, span));
  for (const span of free) {
    // A confident reading has a word in pinyin (a whole reading, or the pinyin part of a mixed one).
    if (!span.words.some((w) => w.syllables)) continue;
    // A whole name in pinyin counts as a reading of a person only (see ranker's asPinyinName).
    const person = span.words.length === 2 && givenNameAfterPinyinSurname(ctx.text, ctx.tokens, span.first + 1);
    const found = readingCandidates(index, span.words, span.start, span.end, 0.85, ctx.text).filter((c) => c.part === 'full' && c.basis === 'reading' && (span.words.length > 1 || c.similarity === 1) && (!person || c.entity.type === 'PERSON'));
    if (new Set(found.map((c) => c.entity)).size !== 1) continue;
    const c = found[0];
    if (!ctx.pinyinNamed.has(c.entity.id)) ctx.pinyinNamed.add(c.entity.id);
    countMention(ctx, c.entity);
    setIn((ctx.countedReadings ??= new Map()), c.entity.id, span.start, ctx.text.slice(span.start, span.end).toLowerCase());
    const sound = joinedSound(span);
    if (!ctx.nameVariants.has(sound)) ctx.nameVariants.set(sound, { entity: c.entity, replacement: c.replacement, via: ctx.text.slice(span.start, span.end), similarity: 1 });
  }
  tieVariants(ctx, free.filter((s) => s.whole));
}

/** A counted name overlaps the span, other than a shorter one inside it (counted: sorted, disjoint). */
function coveredByCounted(counted: ReadonlyArray<{ start: number; end: number }>, span: Span): boolean {
  for (let i = firstEndingAfter(counted, span.start); i < counted.length && counted[i].start < span.end; i++) {
    const c = counted[i];
    if (!(c.start >= span.start && c.end <= span.end && c.end - c.start < span.end - span.start)) return true;
  }
  return false;
}

/** Minimum similarity of a spelling to a known spelling of the same name in the article. */
const VARIANT_SIMILARITY = 0.75;

function tieVariants(ctx: ArticleContext, spans: Span[]): void {
  if (!ctx.nameVariants.size) return;
  // Each spelling once (names recur), and only those that are no KB name as written.
  const open = new Map<string, number>();
  for (const span of spans) {
    const sound = joinedSound(span);
    if (sound.length < 5 || open.has(sound) || ctx.nameVariants.has(sound) || ctx.index.forms.has(formKey(ctx.text.slice(span.start, span.end)))) continue;
    open.set(sound, 0);
  }
  // In rounds: each round compares the open spellings with the variants the round before tied.
  // Every pair is compared: each spelling's sound form is worked out once, not once per pair.
  const formOf = new Map<string, string>();
  const form = (sound: string): string => formOf.get(sound) ?? formOf.set(sound, soundForm(sound)).get(sound)!;
  let fresh = [...ctx.nameVariants.keys()];
  for (let round = 0; round < 3 && fresh.length && open.size; round++) {
    const tiedNow: string[] = [];
    for (const sound of open.keys()) {
      let best: { known: string; sim: number } | undefined;
      const x = form(sound);
      for (const known of fresh) {
        const y = form(known);
        const sim = similarityOfSounds(x, y, VARIANT_SIMILARITY);
        if (sim >= VARIANT_SIMILARITY && (!best || sim > best.sim)) best = { known, sim };
      }
      if (!best) continue;
      const v = ctx.nameVariants.get(best.known)!;
      ctx.nameVariants.set(sound, { entity: v.entity, replacement: v.replacement, via: v.via, similarity: best.sim });
      tiedNow.push(sound);
    }
    for (const sound of tiedNow) open.delete(sound);
    fresh = tiedNow;
  }
}

const joinedSound = (span: Span): string => span.words.map((w) => w.sound).join('');

/** The candidate a known variant gives a span: the entity of the spelling it sounds like. */
function variantCandidate(ctx: ArticleContext, span: Span): NameCandidate | undefined {
  const v = ctx.nameVariants.get(joinedSound(span));
  if (!v || v.similarity === 1) return undefined;
  return { start: span.start, end: span.end, entity: v.entity, replacement: v.replacement, kind: 'transliteration', generator: 'variants', similarity: v.similarity, basis: 'sound', part: 'full', evidence: `sounds like "${v.via}", a reading of ${v.entity.names?.zh?.[0] ?? v.entity.name} in this article`, variant: true };
}

/** A replaceable cover: only exact names strictly inside the span, without corrections. */
function mayReplace(out: MentionSet, r: RankedCandidate): boolean {
  const m = out.at(r.start, r.end);
  return !!m && !m.correction && m.start >= r.start && m.end <= r.end && m.end - m.start < r.end - r.start && m.rule.startsWith('kb:');
}

function reasonOf(ctx: ArticleContext, r: RankedCandidate): string {
  const text = ctx.text.slice(r.start, r.end);
  const who = r.entity.description ? `${r.entity.name} (${r.entity.description})` : r.entity.name;
  return `"${text}" ${r.evidence}: ${who}${r.support.length ? `; ${r.support.join('; ')}` : ''}`;
}

/**
 * A translation that says what the entity's own English name says ("Pyeongchang Winter Olympics"
 * for 2018 Winter Olympics, "President's Office" for the presidential office, "Chicago University"
 * for the University of Chicago): every content word is a word of the entity's names or a place
 * the KB knows. Right English, not a garbling: the entity, with nothing to fix.
 */
function paraphrase(ctx: ArticleContext, c: NameCandidate): boolean {
  if (c.headless || c.basis === 'reading') return false;
  const own = [c.entity.name, ...(c.entity.aliases ?? [])].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = ctx.text.slice(c.start, c.end).replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
  const stemOf = (w: string) => w.toLowerCase().slice(0, Math.max(4, w.length - 3));
  return words.every((w) => own.some((o) => o.startsWith(stemOf(w))) || ctx.index.lookup(formKey(w))?.some((f) => f.entity.type === 'GPE'));
}

/**
 * "India Foreign Minister Ramesh Sen": the rendering's last word is the first of a title before a
 * name (洋 glosses "foreign": "India Foreign" is no 印度洋 Indian Ocean).
 */
function endsInsideTitle(ctx: ArticleContext, c: NameCandidate): boolean {
  const last = firstEndingAfter(ctx.tokens, c.end) - 1;
  return last >= 0 && ctx.tokens[last].end === c.end && titleStartsAt(ctx, last);
}

function beginsLongerName(ctx: ArticleContext, c: NameCandidate): boolean {
  const first = firstEndingAfter(ctx.tokens, c.start);
  let last = first;
  while (last < ctx.tokens.length && ctx.tokens[last].end <= c.end) last++;
  return last > first && beginsLongerForm(ctx.text, ctx.tokens, ctx.index, first, last);
}

/** The best non-overlapping spans: every span's ranked best, then the strongest first, longer on ties. */
function chooseSpans(ctx: ArticleContext, index: SyllableIndex, others: readonly NameCandidate[], out: MentionSet): RankedCandidate[] {
  const ranked: RankedCandidate[] = [];
  // Other generators' proposals (literal translations), ranked per span with the same gate.
  const bySpan = new Map<string, NameCandidate[]>();
  for (const c of others) {
    if (endsInsideTitle(ctx, c)) continue;
    const same = paraphrase(ctx, c);
    // Words that begin another KB name are that name's, not a paraphrase of this one's; a
    // possessive names two ("Japan's Foreign Ministry": the country and its body).
    if (same && (beginsLongerName(ctx, c) || holdsPossessive(ctx.text.slice(c.start, c.end)))) continue;
    const key = `${c.start}:${c.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), same ? { ...c, paraphrase: true } : c]);
  }
  for (const group of bySpan.values()) {
    const best = rankSpan(ctx, group);
    // A paraphrase is the entity only where it is likely: a link without a fix shows no doubt.
    if (best && !(best.paraphrase && best.confidence < LIKELY_CONFIDENCE)) ranked.push(best);
  }
  for (const span of nameSpans(ctx)) {
    // A span inside a name the KB knows as written is that name ("Tripoli", "Fayez al-Sarraj").
    const known = out.at(span.start, span.end);
    if (known && !known.correction && known.start <= span.start && known.end >= span.end) continue;
    if (surnameOfPinyinName(ctx, span) || afterPlaceName(ctx, out, span) || givenNameBeforeSurname(ctx, span)) continue;
    const read = readingCandidates(index, span.words, span.start, span.end, 0.8, ctx.text);
    // "the town of Liyong", "Liyong County", "Gaolin Daily": a place or an organisation's name,
    // whatever person its syllables also spell.
    const candidates: NameCandidate[] = read.length && notAPerson(ctx, span) ? read.filter((c) => c.entity.type !== 'PERSON') : read;
    const variant = span.whole ? variantCandidate(ctx, span) : undefined;
    if (variant) candidates.push(variant);
    const pinyinName = span.words.length === 2 && givenNameAfterPinyinSurname(ctx.text, ctx.tokens, span.first + 1);
    const best = candidates.length ? rankSpan(ctx, candidates, titleBefore(ctx, ctx.tokens[span.first]), pinyinName) : undefined;
    if (best && !spelledRight(ctx, span, best) && !anotherOwnSpelling(ctx, span, best) && !wholeNameInsideName(span, best) && !surnameOfAnother(ctx, span, best)) ranked.push(best);
  }
  sameSpellingAsLikelyFix(ctx, ranked);
  // The longest span that passes the gate: a whole name read out beats the surname inside it.
  ranked.sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || b.score - a.score);
  // Chosen spans kept in text order: an overlap test is a binary search, not a scan (a long
  // text has thousands of ranked spans).
  const chosen: RankedCandidate[] = [];
  for (const r of ranked) {
    const at = firstEndingAfter(chosen, r.start);
    if (at < chosen.length && chosen[at].start < r.end) continue;
    chosen.splice(at, 0, r);
  }
  return chosen;
}

/**
 * A weaker reading whose spelling the article also has where a likely fix to the same entity
 * stands ("Gu Teleisi" after "Secretary-General Gu Teleisi"): the same name again, as likely.
 */
function sameSpellingAsLikelyFix(ctx: ArticleContext, ranked: RankedCandidate[]): void {
  const likely = new Map<string, RankedCandidate>();
  for (const r of ranked) {
    if (r.confidence < LIKELY_CONFIDENCE) continue;
    const spelling = ctx.text.slice(r.start, r.end);
    if ((likely.get(spelling)?.confidence ?? 0) < r.confidence) likely.set(spelling, r);
  }
  if (!likely.size) return;
  for (const r of ranked) {
    const sure = r.confidence < LIKELY_CONFIDENCE ? likely.get(ctx.text.slice(r.start, r.end)) : undefined;
    if (sure?.entity !== r.entity || sure.replacement !== r.replacement) continue;
    r.confidence = sure.confidence;
    r.support = [...r.support, 'the same spelling is a likely fix elsewhere in the article'];
  }
}

/** "Boer" alone after "Ruben Boer": the surname of the person the article named in full, no reading of a KB person's (伯尔 Richard Burr). */
const surnameOfAnother = (ctx: ArticleContext, span: Span, r: RankedCandidate): boolean =>
  span.words.length === 1 && r.entity.type === 'PERSON' && namedInFullAsAnother(ctx, ctx.tokens[span.first].folded, r.entity);

/** The span is one of the entity's own names (or any KB name): written right, not garbled. */
function spelledRight(ctx: ArticleContext, span: Span, r: RankedCandidate): boolean {
  const key = formKey(ctx.text.slice(span.start, span.end));
  return key === formKey(r.replacement) || ctx.index.forms.has(key);
}

const MAX_RUN = 4;
const MAX_SPAN = 3;

/**
 * Spans of 1-3 words inside runs of name-like words: capitalised words, and lower-case words
 * after a capitalised one that are not English ("Da gu"). A possessive ending is left out of
 * the span. Spans made only of English words, function words or calendar words are not names.
 */
function nameSpans(ctx: ArticleContext): Span[] {
  const cached = spansByTokens.get(ctx.tokens);
  if (cached) return cached;
  const spans: Span[] = [];
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i], true) && !surnameAsFunctionWord(ctx.text, tokens, i)) continue;
    let j = i + 1;
    // A possessive ends a name ("Japan's Fengtian Motor": the country, then its company).
    while (j < tokens.length && j - i < MAX_RUN && endOfName(tokens[j - 1]) === tokens[j - 1].end && nameLike(tokens[j], false) && spaced(ctx.text, tokens[j - 1], tokens[j])) j++;
    spansOfRun(ctx.text, tokens, i, j, spans);
    i = j - 1;
  }
  spansByTokens.set(ctx.tokens, spans);
  return spans;
}

/**
 * The spans of the run of name-like tokens i..j-1. Each word is looked at once (its bare form,
 * whether it is English, its sound): this runs for every capitalised word of the text.
 */
function spansOfRun(text: string, tokens: Token[], i: number, j: number, spans: Span[]): void {
  if (j - i === 1) return spanOfWord(text, tokens, i, spans);
  const bareWords: string[] = [];
  for (let k = i; k < j; k++) bareWords.push(bare(tokens[k].text));
  const english = bareWords.map((w) => w.length > 0 && isEnglishWord(w.toLowerCase()));
  let sounds: Array<SpanWord | undefined> | undefined;
  for (let a = 0; a < bareWords.length; a++) {
    // A given name is not read without the surname before it (in the run, or a word that ends
    // no run: "Jun", a month's abbreviation too, in "Jun Hezi").
    if (givenNameAfterPinyinSurname(text, tokens, i + a)) continue;
    for (let b = a + 1; b <= bareWords.length && b - a <= MAX_SPAN; b++) {
      if (!bareWords[b - 1].length) break;
      if (b - a === 1 && bareWords[a].length < 4) continue;
      // Nor is a name in pinyin cut before its last syllables ("Li Shi" of "Li Shi Feng").
      if (b < bareWords.length && givenNameAfterPinyinSurname(text, tokens, i + b)) continue;
      if (!mayBeName(bareWords, english, a, b)) continue;
      sounds ??= bareWords.map((w) => (w ? spanWord(w.toLowerCase()) : undefined));
      spans.push({ start: tokens[i + a].start, end: endOfName(tokens[i + b - 1]), words: sounds.slice(a, b) as SpanWord[], whole: a === 0 && b === bareWords.length, first: i + a });
    }
  }
}

/** A run of one word (most runs): a span unless it is short or English ("Government", "Monday"). */
function spanOfWord(text: string, tokens: Token[], i: number, spans: Span[]): void {
  if (givenNameAfterPinyinSurname(text, tokens, i)) return;
  const word = bare(tokens[i].text);
  if (word.length < 4) return;
  const lower = word.toLowerCase();
  if (isEnglishWord(lower)) return;
  spans.push({ start: tokens[i].start, end: endOfName(tokens[i]), words: [spanWord(lower)], whole: true, first: i });
}

/**
 * Words a..b-1 are not a run of English words ("Long March"), unless every word reads as pinyin
 * and there are two or more ("Shi Po": both are English words, and a name read character by character).
 */
function mayBeName(words: readonly string[], english: readonly boolean[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!english[k]) return true;
  if (b - a < 2) return false;
  for (let k = a; k < b; k++) if (!readsAsPinyin(words[k])) return false;
  return true;
}

const spansByTokens = new WeakMap<Token[], Span[]>();

/** The word without a possessive ending, letters only ("Xiyue’s" -> "Xiyue"); "" if it has other marks. */
function bare(word: string): string {
  if (isAsciiLetters(word)) return word; // most words: no pattern needed
  const w = word.replace(/['’]s$/u, '');
  return /^\p{L}+(?:-\p{L}+)?$/u.test(w) ? w.replace(/-/g, '') : '';
}

/**
 * Where the name in a word ends: before a possessive ending ("Xiyue’s"), else at the word's end
 * (a hyphen is dropped from the word's letters, "Min-jun" read as minjun, never from the span).
 */
function endOfName(t: Token): number {
  const last = t.text.charCodeAt(t.text.length - 1);
  const mark = t.text.charCodeAt(t.text.length - 2);
  return last === 115 && (mark === 39 || mark === 0x2019) ? t.end - 2 : t.end;
}

function isAsciiLetters(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function nameLike(t: Token, first: boolean): boolean {
  const c = t.text.charCodeAt(0);
  const upper = c >= 65 && c <= 90;
  // Most words are lower case: decided by the first letter before any set or pattern is asked.
  if (!upper && (first || c < 97 || c > 122)) return false;
  if (FUNCTION_WORDS.has(t.lower) || CALENDAR_WORD.test(t.text) || TITLE_WORDS.has(t.lower)) return false;
  if (t.text.length > 1 && isAllCaps(t.text)) return false; // acronyms
  if (upper) return true;
  return !first && c >= 97 && c <= 122 && !isEnglishInLowerCase(t.lower);
}

/** The word has no lower-case letter (a char loop for ASCII: this runs for every capitalised word). */
function isAllCaps(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * A capitalised function word that is a pinyin syllable, before a capitalised word that is no
 * English word and reads as pinyin: a surname read as it is written in Chinese (何 He, 安 An,
 * 游 You, 佘 She: "He Yunshi", "An Beijinsan"), not the pronoun or article, which are not
 * followed by a name-like word in pinyin.
 */
function surnameAsFunctionWord(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || !next || !FUNCTION_WORDS.has(t.lower) || !readsAsPinyin(t.lower)) return false;
  return spaced(text, t, next) && nameLike(next, true) && next.text.length >= 3 && !isEnglishWord(next.lower) && readsAsPinyin(next.lower);
}

