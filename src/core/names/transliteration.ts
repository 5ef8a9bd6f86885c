import type { KbEntity } from '../kb/model';
import { COUNTRY_HINT_CONFIDENCE } from '../types';
import { givenNameAfterPinyinSurname } from './pinyin-name-parts';
import { mayBeGivenName } from './given-name-word';
import { FUNCTION_WORDS, isEnglishInLowerCase, isEnglishWord } from '../text/english';
import { fold, isCapitalized, isLowerWord, type Token } from '../text/tokens';
import { countryInArticle, salience, type ArticleContext } from '../entities/context';
import type { Mention, MentionSet } from '../entities/mention';
import type { SoundKey, TransliterationIndex } from './transliteration-index';
import { describeDifferences, letters, similarity, similarityOfLetters } from './weighted-distance';
import { isPinyinWord, pinyinWordAsEnglish, skeleton } from './phonetic';
import { beforeOrganisationHead, CALENDAR_WORD, speechFollows, TITLE_WORDS } from '../text/name-cues';
import { Memo } from '../memo';
import { namedInFullAsAnother } from './named-in-full';
import { pinyinSyllables, soundForm } from './romanisation';
import { withoutLoanwordVowels } from './loanword-vowels';
import { calledAPlace } from './place-type';
import { bestRoundTrip, plausibleScripts, SCRIPTS, spellingsBefore } from './script-round-trips';
import { isAboutSport, isInSport, isTeam } from '../entities/sports';
import { countryBeforeTitle, ofCountryOrConfusable, titleBeforeToken } from './titles';


const MIN_SIMILARITY = 0.55;
/** The most a capitalised sound-alike without support in the article may be: a hint. */
const UNSUPPORTED_CONFIDENCE = 0.6;
/**
 * Below this, a sound-alike with nothing in the article for it is not even a hint: names the KB
 * does not know sound like some name of its 30,000 often enough (a tenth of 300 generated
 * transcriptions of foreign names did, "Kuteman" like Kidman, "Delante" like Durant).
 */
const UNSUPPORTED_HINT_FLOOR = 0.75;
/**
 * An English word after a title is a name only when it is nearly one ("President duke": Duque);
 * "the president left" is a verb, whatever name it half sounds like.
 */
const TITLED_ENGLISH_SIMILARITY = 0.84;
/** A form without a kana or hangul spelling's vowels is a reading of the word, a little less sure than the word itself. */
const LOANWORD_PENALTY = 0.03;
const MIN_CONFIDENCE = 0.6;

interface Candidate {
  key: SoundKey;
  order: number;
  /** The confidence before the ambiguity check: similarity plus context. */
  score: number;
  /** The ranking key: similarity weighs double. */
  rank: number;
  similarity: number;
  titled: boolean;
  /** A word for another trade stands before the name ("striker" before an actor's). */
  otherTrade?: boolean;
}

/**
 * The most a sound-alike gets whose trade is not the one written before it ("Manchester City
 * striker Harland" and the actor Tom Holland): a hint, never a fix Fix All applies.
 */
const OTHER_TRADE_HINT = 0.55;

/**
 * Names that came back from Chinese as sound-alikes ("haftal" for Haftar, "bukadum" for
 * Boukadoum): words in a name position that are neither English nor known names, matched to KB
 * name tokens and pinyin readings by consonant skeleton, then ranked by weighted edit distance,
 * the entity's salience in the article and the fit of a preceding title.
 */
export function findTransliterations(ctx: ArticleContext, sounds: TransliterationIndex, out: MentionSet): void {
  // A word ranks the same wherever it stands after the same title and nationality (or none).
  const ranks = new Map<string, Candidate[]>();
  // A loop, not forEach with a closure: this runs for every token of the text.
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    const kind = candidateKind(ctx, t, i);
    if (!kind || out.covers(t.start, t.end)) continue;
    findTransliteration(ctx, sounds, out, ranks, t, i, kind);
  }
}

/** The correction of token `t` (index i), a candidate of `kind`, if one is confident enough. */
function findTransliteration(ctx: ArticleContext, sounds: TransliterationIndex, out: MentionSet, ranks: Map<string, Candidate[]>, t: Token, i: number, kind: CandidateKind): void {
  // Keys of an entity since replaced by the workspace KB are stale: the index no longer has it.
  const all = soundsLike(sounds, t.text);
  const keys = ctx.index.replaced ? all.filter((k) => ctx.index.byId.get(k.key.entity.id) === k.key.entity) : all;
  // A word spelled exactly like a name token is that name, not a garbling of another one.
  if (isCapitalisedKind(kind) && spelledAsName(keys, t.folded.replace(/'s$/, ''))) return;
  const title = titleBeforeToken(ctx.text, ctx.tokens, ctx.index, i);
  const nationality = title ? countryBeforeTitle(ctx, i) : undefined;
  const team = !title && TEAM_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 12), t.start));
  // Only an office's title supports a sound-alike: after "actor" or "striker" a name spelt right
  // that the KB lacks is far likelier than a garbled one of the KB's few hundred actors.
  const roles = title?.official ? title.roles : undefined;
  const describedAs = title && !title.official ? title.roles : undefined;
  const cacheKey = `${kind}|${t.text}|${title ? title.phrase : ''}|${nationality?.id ?? ''}|${team}`;
  let ranked = ranks.get(cacheKey);
  if (!ranked) ranks.set(cacheKey, (ranked = rank(ctx, keys, t, kind, roles, nationality, team, describedAs)));
  // "talks in Paskov": a word after a preposition of place is a place's name, not a person's garbled.
  const placeSlot = isCapitalisedKind(kind) && afterPlacePreposition(ctx, i);
  const best = placeSlot ? ranked.find((c) => c.key.entity.type !== 'PERSON') : ranked[0];
  if (!best) return void suggestCapital(ctx, t, i, kind, out);
  // "Conti" alone after "Giovanni Conti": the surname of the person named in full, not a garbling.
  if (kind === 'capitalised' && namedInFullAsAnother(ctx, t.folded.replace(/'s$/, ''), best.key.entity)) return;
  // A rival that would write the same replacement (two Haftars) does not make the fix doubtful.
  const rival = ranked.find((c) => rivals(c, best));
  const margin = rival ? (best.rank - rival.rank) / 2 : 1;
  let confidence = Math.min(0.97, best.score - (margin < 0.05 ? 0.15 : 0));
  if (confidence < MIN_CONFIDENCE) return void suggestCapital(ctx, t, i, kind, out);
  // A capitalised word is usually spelled as its writer meant: with nothing in the article for
  // the entity (not named, no fitting title; for a place, its country absent), a sound-alike is
  // a hint that Fix All leaves alone, never a likely fix. A person's country alone makes it a
  // hint too, if a closer one: the article names many of its people the KB does not know
  // ("French actor Perrot" is no Barrot).
  // The country's hint still ties the article's other spellings of the name (coreference.ts).
  let tiesVariants = false;
  if (isCapitalisedKind(kind) && !best.titled && !supportedAlone(ctx, best.key.entity)) {
    if (confidence < UNSUPPORTED_HINT_FLOOR) return void suggestCapital(ctx, t, i, kind, out);
    tiesVariants = salience(ctx, best.key.entity) > 0;
    confidence = Math.min(confidence, tiesVariants ? COUNTRY_HINT_CONFIDENCE : UNSUPPORTED_CONFIDENCE);
  }
  if (best.otherTrade) confidence = Math.min(confidence, OTHER_TRADE_HINT);
  const span = extendToFullName(ctx, i, best.key.entity, best.key.written, out);
  // After a capitalised word, only as the rest of the name that word begins.
  if (kind === 'capitalised-after-name' && span.start === t.start) return;
  if (kind === 'capitalised-before-name' && span.end === t.end) return;
  const mention: Mention = {
    start: span.start,
    end: span.end,
    label: best.key.entity.type,
    entity: best.key.entity,
    rule: `names:transliteration-${best.key.via}`,
    ...(tiesVariants ? { tiesVariants } : {}),
    correction: {
      replacement: span.replacement,
      kind: 'transliteration',
      // Three decimals: the score is a sum of weights, its last digits are summation order.
      confidence: Math.round(confidence * 1000) / 1000,
      reason: reason(ctx, t.text, best),
    },
  };
  // The surname after a garbled first name is that person's, found as written: the fix takes it in.
  const after = kind === 'capitalised-before-name' ? out.at(t.end, span.end) : undefined;
  if (after && after.entity === best.key.entity && !after.correction && after.start >= t.end && after.end <= span.end) out.replace(mention);
  else out.add(mention);
}

/**
 * Whether the article supports the entity without a title: a place of a country in it; a person
 * named in it, or a player or coach of a country in an article about sport (a match report names
 * its players by surname, garbled as often as not).
 */
function supportedAlone(ctx: ArticleContext, e: KbEntity): boolean {
  if (e.type !== 'PERSON') return salience(ctx, e) > 0;
  return (ctx.entityCounts.get(e.id) ?? 0) > 0 || (salience(ctx, e) > 0 && isInSport(e) && isAboutSport(ctx.text));
}

// Per key list (one per word, remembered by soundsLike): whether the word is a name token as spelled.
const spelled = new WeakMap<ScoredKey[], boolean>();

function spelledAsName(keys: ScoredKey[], folded: string): boolean {
  let known = spelled.get(keys);
  if (known === undefined) spelled.set(keys, (known = keys.some((k) => k.key.via === 'spelling' && k.key.spoken === folded && !k.key.written.includes(' '))));
  return known;
}

/** Prepositions after which a capitalised word is a place ("in", "near"; not "to" or "from": "wrote to Peskov"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across']);

/**
 * Token i follows a preposition of place, or capitalised English words after one ("in Port
 * Brenda", "in Upper Bednar"; a given name is no such word: "trust in Joe Baiden"), and is no
 * possessive ("trust in Putin's word" is his).
 */
function afterPlacePreposition(ctx: ArticleContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (/['’]s$/.test(t.text) || ctx.text[t.end] === "'" || ctx.text[t.end] === '’') return false;
  let k = i - 1;
  while (k > 0 && k > i - 3 && isCapitalized(ctx.tokens[k].text) && wordClass(ctx.tokens[k]).english && !ctx.index.isGivenName(ctx.tokens[k].folded) && spacedPair(ctx, k)) k--;
  const prev = ctx.tokens[k];
  return !!prev && PLACE_PREPOSITIONS.has(prev.lower) && spacedPair(ctx, k);
}

/** Tokens k and k+1 are one space apart. */
const spacedPair = (ctx: ArticleContext, k: number): boolean => ctx.tokens[k + 1].start - ctx.tokens[k].end === 1 && ctx.text.charCodeAt(ctx.tokens[k].end) === 32;

type CandidateKind = 'unknown-lower' | 'titled-lower' | 'capitalised' | 'capitalised-place' | 'capitalised-after-name' | 'capitalised-before-name';

/** A capitalised word (alone, before a region word, or beside a name written right), not a lower-case one. */
const isCapitalisedKind = (kind: CandidateKind): boolean => kind !== 'unknown-lower' && kind !== 'titled-lower';

// Words that follow a title as verbs, not as names.
const VERB_AFTER_TITLE = /^(?:said|says|told|asked|added|noted|stated|stressed|warned|urged|called|met|visited|announced|declared|expressed|hoped|wanted|went|came|made|took|gave|also|then|still|later|himself|herself|would|could|should|will|shall|might|must|was|were|has|had|have|is|are|did|does)$|(?:ed|ing)$/;

/**
 * Lower-case words that are not English; lower-case English words right after a title
 * ("Colombian President duke": Duque); and capitalised words that stand alone inside a sentence
 * (not part of a longer name, which the KB would know or an unknown name would be).
 */
/** Named HTML entities of punctuation and spacing (HTML 5), the ones news text carries as leftovers. */
const HTML_PUNCTUATION = new Set(['nbsp', 'ensp', 'emsp', 'thinsp', 'hellip', 'mdash', 'ndash', 'minus', 'quot', 'apos', 'amp', 'lsquo', 'rsquo', 'sbquo', 'ldquo', 'rdquo', 'bdquo', 'laquo', 'raquo', 'lsaquo', 'rsaquo', 'middot', 'bull', 'prime', 'dagger', 'sect', 'para', 'deg', 'times', 'divide', 'shy', 'zwnj', 'zwj', 'lrm', 'rlm']);

function candidateKind(ctx: ArticleContext, t: Token, i: number): CandidateKind | undefined {
  if (t.text.length < MIN_LENGTH) return undefined; // most tokens: decided without the class lookup
  const word = wordClass(t);
  if (word.skip) return undefined;
  // "&hellip;", "&nbsp;": an HTML entity left in the text, not a word.
  if (t.start > 0 && ctx.text.charCodeAt(t.start - 1) === 38) return undefined;
  // The same with its "&" lost: the name of an HTML punctuation entity glued to a semicolon.
  if (ctx.text.charCodeAt(t.end) === 59 && HTML_PUNCTUATION.has(t.lower)) return undefined;
  if (word.lowerWord) {
    if (!word.english) return 'unknown-lower';
    // "Colombian President duke" is Duque; "the president said" is a verb.
    // Only after an official title: after "the singer" an English word is a verb more often than not.
    return titleBeforeToken(ctx.text, ctx.tokens, ctx.index, i)?.official && !VERB_AFTER_TITLE.test(t.lower) && !isEnglishPhraseAfter(ctx, i) ? 'titled-lower' : undefined;
  }
  // At a sentence start too: a word that is no English word is capitalised as a name is.
  if (word.english || !word.capitalised || ctx.index.lookup(t.folded) || ctx.index.lookup(t.folded.replace(/'s$/, ''))) return undefined;
  if (givenNameAfterPinyinSurname(ctx.text, ctx.tokens, i)) return undefined;
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  // A capitalised neighbour makes the word part of a longer name, unless it is a title or an
  // English word ("Before Albanesi visited", "the Presidency Tuynhuise").
  const inName = (o: Token | undefined, gap: string) =>
    !!o && gap === ' ' && isCapitalized(o.text) && (wordClass(o).english ? mayBeGivenName(ctx.index, o) : !TITLE_WORDS.has(o.lower.replace(/\.$/, '')));
  const afterName = inName(prev, prev ? ctx.text.slice(prev.end, t.start) : '');
  // "Olaf Sholts": a first name written right and a garbled surname. Taken only when the fix
  // writes the word before it as part of the same name (see findTransliteration).
  if (afterName) return inName(ctx.tokens[i - 2], ctx.tokens[i - 2] ? ctx.text.slice(ctx.tokens[i - 2].end, prev!.start) : '') || inName(next, next ? ctx.text.slice(t.end, next.start) : '') ? undefined : 'capitalised-after-name';
  // "Songjiang Pharmaceutical": the first word of an organisation's name, no person's.
  if (beforeOrganisationHead(ctx.text, ctx.tokens, i)) return undefined;
  // "Limpopu province", "the province of Limpopu", "Yangzee River": a place's name, whatever the word.
  if (calledAPlace(ctx.text, t.start, t.end)) return 'capitalised-place';
  // "Entoni Blinken": a garbled first name before a surname; taken only when the fix covers the
  // surname as the rest of the same name (see findTransliteration). So is the surname of a name
  // in pinyin whose given name is also an English word ("Mucun Long": 木村隆).
  const beforeName = inName(next, next ? ctx.text.slice(t.end, next.start) : '') || givenNameAfterPinyinSurname(ctx.text, ctx.tokens, i + 1);
  return beforeName ? 'capitalised-before-name' : 'capitalised';
}

/** The words of `tokens` that may be garbled names wherever they stand (see candidateKind). */
export function possibleGarblings(tokens: Token[]): string[] {
  const words = new Set<string>();
  for (const t of tokens) {
    const c = wordClass(t);
    if (!c.skip && !c.english && (c.lowerWord || c.capitalised)) words.add(t.text);
  }
  return [...words];
}

/** Works out (and remembers) the sound-alikes of `word`: the costly part of a first sighting. */
export function learnSoundsLike(sounds: TransliterationIndex, word: string): void {
  soundsLike(sounds, word);
}

/** What a word is by itself, wherever it stands. */
interface WordClass {
  /** Too short, a function word, a number or a calendar word: never a candidate. */
  skip: boolean;
  english: boolean;
  lowerWord: boolean;
  capitalised: boolean;
}

/** Shorter words are never candidates ("Xi" is the KB's, not a garbling). */
const MIN_LENGTH = 4;

// Words recur (Zipf): their class is worked out once per spelling, up to a bound.
const wordClasses = new Memo<WordClass>(classOf, 100_000);
const wordClass = (t: Token): WordClass => wordClasses.get(t.text);

function classOf(text: string): WordClass {
  const lower = text.toLowerCase();
  // A contraction or an English word's possessive ("don't", "people’s") is English, not a name.
  const bare = lower.replace(/['’](?:s|t|ll|re|ve|d|m)$/, '');
  const skip = text.length < MIN_LENGTH || FUNCTION_WORDS.has(lower) || FUNCTION_WORDS.has(bare) || /\d/.test(text) || CALENDAR_WORD.test(text);
  const lowerWord = isLowerWord(text);
  const english = !skip && (lower.split(/[-‐]/).some((part) => isEnglishWord(part)) || isEnglishWord(lower) || (bare !== lower && isEnglishWord(bare)) || (lowerWord && isEnglishInLowerCase(lower)));
  return { skip, english, lowerWord, capitalised: isCapitalized(text) };
}

/** "President said": an English word after a title followed by "of" or a noun is a description, not a name. */
function isEnglishPhraseAfter(ctx: ArticleContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return !!next && ctx.text.slice(ctx.tokens[i].end, next.start) === ' ' && ['of', 'for', 'and'].includes(next.lower);
}

interface ScoredKey {
  key: SoundKey;
  similarity: number;
  /** Position in the index's candidate order: breaks ties in the ranking. */
  order: number;
}

// Similarities depend only on the word and the key: remembered per index across articles (names
// recur), up to a bound.
const memos = new WeakMap<TransliterationIndex, Memo<ScoredKey[]>>();

/** KB sound keys near a word, with their similarity (above the floor), most similar first. */
function soundsLike(sounds: TransliterationIndex, word: string): ScoredKey[] {
  let memo = memos.get(sounds);
  if (!memo) memos.set(sounds, (memo = new Memo((w) => scoredKeys(sounds, w), 50_000)));
  return memo.get(word);
}

function scoredKeys(sounds: TransliterationIndex, word: string): ScoredKey[] {
  const reading = isPinyinWord(word) && /[qx]|zh/i.test(word) ? pinyinWordAsEnglish(word) : undefined;
  const bare = withoutLoanwordVowels(word);
  // Spelt back the English way from each script (kh, dzh, j for g, b for p, a kana's vowels...).
  const befores = spellingsBefore(word);
  const sound = soundForm(word);
  // Each form of the word folded once, not once per key; a comparison that cannot reach the
  // floor stops early (it could not change the best of the four).
  const [wordL, readingL, bareL] = [letters(word), reading && letters(reading), bare && letters(bare)];

  const soundChanged = sound !== word.toLowerCase();
  const syllables = syllablesInPinyin(word);
  const pinyin = syllables > 0 && syllables <= CHINESE_NAME_SYLLABLES;
  const scored: ScoredKey[] = [];
  for (const key of sounds.candidates(word)) {
    // Lengths too far apart cannot reach the similarity floor: skip the edit distance.
    if (Math.abs(key.spoken.length - word.length) > Math.max(3, word.length * 0.6)) continue;
    if (pinyin && otherPinyin(word, key)) continue;
    // The word as written, as it sounds in any romanisation ("Sholts" is Scholz: sch = sh, z = ts),
    // read as pinyin, and without the vowels a kana or hangul spelling adds.
    const keySound = (key.sound ??= soundForm(key.spoken));
    const keyL = (key.letters ??= letters(key.spoken));
    const bySound = sound === keySound ? 1 : soundChanged || keySound !== key.spoken ? similarityOfLetters(sound, keySound, MIN_SIMILARITY) : 0;
    const sim = Math.max(
      similarityOfLetters(wordL, keyL, MIN_SIMILARITY),
      bySound,
      readingL ? similarityOfLetters(readingL, keyL, MIN_SIMILARITY) : 0,
      bareL ? similarityOfLetters(bareL, keyL, MIN_SIMILARITY + LOANWORD_PENALTY) - LOANWORD_PENALTY : 0,
      // Written back from a script: kh, dzh, ts, ks are h, j, z, x ("Dzhonson" is Johnson), j is g ("Jrant").
      beforeScript(befores, keyL),
    );
    if (sim >= MIN_SIMILARITY) scored.push({ key, similarity: sim, order: scored.length });
  }
  scored.sort((a, b) => b.similarity - a.similarity || a.order - b.order);
  return scored;
}

/** The best similarity of the word spelt back from a script to the key, a little below the word's own. */
function beforeScript(befores: readonly string[], keyL: string): number {
  let best = 0;
  for (const b of befores) best = Math.max(best, similarityOfLetters(b, keyL, MIN_SIMILARITY + LOANWORD_PENALTY) - LOANWORD_PENALTY);
  return best;
}

/**
 * Chinese names of places and people are two or three characters; a longer word in pinyin is
 * more likely a foreign name's transcription, which Chinese writes in more than one way (泽连斯基,
 * 泽伦斯基): those stay candidates of one another.
 */
const CHINESE_NAME_SYLLABLES = 3;

/**
 * A word in pinyin of a Chinese name's length and a name in pinyin that differ are two names: a
 * translation writes the pinyin of the characters exactly, so "Ningbao" and "Huafeng" are towns
 * of their own, not a garbled Ningbo or Haifeng (nor 钱 Qian read from "Jiachang"). Names
 * written otherwise stay candidates ("Mashan" may be Marchand through its Chinese transcription).
 */
function otherPinyin(word: string, key: SoundKey): boolean {
  return key.spoken !== word.toLowerCase() && (key.pinyin ??= key.via === 'pinyin' || syllablesInPinyin(key.spoken) > 0);
}

/**
 * How many syllables the word has as pinyin as it is written (0: it is none): whole syllables,
 * none after the first beginning with a, o or e (pinyin writes an apostrophe there: Xi'an).
 * A word whose "o" stands alone after another syllable is no pinyin: it is a letter of a foreign
 * name heard through Chinese, which sound-alikes may still read.
 */
function syllablesInPinyin(word: string): number {
  const syllables = pinyinSyllables(word);
  if (!syllables) return 0;
  for (let k = 1; k < syllables.length; k++) if (/^[aoe]/.test(syllables[k])) return 0;
  return syllables.length;
}

/** A word naming a sports team right before a name ("the relegation team X", "club X", "side X"). */
const TEAM_BEFORE = /\b(?:team|club|side)\s+$/i;

function rank(ctx: ArticleContext, keys: ScoredKey[], t: Token, kind: CandidateKind, title: readonly string[] | undefined, nationality: KbEntity | undefined, team = false, describedAs?: readonly string[]): Candidate[] {
  const skel = skeleton(t.text);
  const ranked: Candidate[] = [];
  // An entity has several keys (name, aliases, readings): its salience is looked up once.
  const saliences = new Map<KbEntity, number>();
  const top = new TopTwo();
  for (const { key, similarity: sim, order, fixed, bound } of staticRanking(keys, kind, skel)) {
    // Keys come by their rank without the article's part: once even the best article context
    // cannot lift one above the runner-up, no later key can change the best or its rival (all
    // the caller reads).
    if (bound + ARTICLE_MAX < top.rivalRank) break;
    // A team word right before the name: a club's name ("relegation team Morkam"), no person's.
    if (team && key.entity.type === 'PERSON') continue;
    // A team word before the name fits a club as a title fits an office holder.
    const titled = (!!title && !!key.entity.roles?.some((r) => title.includes(r))) || (team && isTeam(key.entity));
    if (kind === 'titled-lower' && !titled) continue;
    // A word for what someone does ("striker", "actor") before the name is seldom another trade's
    // person ("Manchester City striker Harland" is no actor Holland); an office's title stands for several.
    const otherTrade = !!describedAs && key.entity.type === 'PERSON' && !!key.entity.roles?.length && !key.entity.roles.some((r) => describedAs.includes(r));
    // The nationality before the title is the entity's ("Iraqi Prime Minister abdul" is no Uzbek
    // prime minister), or one the translator could confuse with it.
    if (nationality && !ofCountryOrConfusable(ctx, nationality, key.entity)) continue;
    if (kind === 'capitalised' && key.entity.type !== 'PERSON' && !countryInArticle(ctx, key.entity)) continue;
    let sal = saliences.get(key.entity);
    if (sal === undefined) saliences.set(key.entity, (sal = salience(ctx, key.entity)));
    // Context separates close sound-alikes; it must not beat a much closer sound: similarity
    // counts twice in the ranking, once in the confidence.
    const context = fixed + articleContext(sal, titled);
    // Another trade's person ranks below those of the trade; if still the best, a hint (OTHER_TRADE_HINT).
    const c = { key, order, score: sim + context, rank: 2 * sim + context + (otherTrade ? OTHER_TRADE_PENALTY : 0), similarity: sim, titled, otherTrade };
    ranked.push(c);
    top.add(c, ranked);
  }
  return ranked.sort(byRank);
}

/** Ranks a person of another trade than the word before the name below those of its trade. */
const OTHER_TRADE_PENALTY = -0.3;

/** How alike a capitalised word must be to a place's name to be that place spelt another way. */
const PLACE_RESPELLING = 0.9;

/** The most articleContext can add: salience 0.12 + a fitting title 0.08 (the rest are penalties). */
const ARTICLE_MAX = 0.2 + 1e-9;

interface StaticKey extends ScoredKey {
  /** The context that does not depend on the article (see fixedContext). */
  fixed: number;
  /** The rank without the article's part: the rank is at most bound + ARTICLE_MAX. */
  bound: number;
}

/**
 * The part of a key's context that depends on the word and the key only: a same skeleton, a
 * short skeleton (matches too many names), a capitalised word (may be a name the KB lacks), the
 * entity's type (people are what gets garbled most), its prominence, a standalone name.
 */
function fixedContext(key: SoundKey, skel: string, capitalised: boolean): number {
  return (
    ((key.skeleton ?? skel) === skel ? 0.05 : -0.05) +
    (skel.length <= 2 ? -0.15 : 0) +
    (capitalised ? -0.15 : 0) +
    (key.entity.type === 'PERSON' ? 0 : -0.1) +
    prominence(key.entity) +
    (key.standalone ? 0.03 : 0)
  );
}

/**
 * The part that depends on the article: the entity's salience, a fitting title before the word,
 * an unknown entity without a title (a nationality before the title that does not fit rules the
 * entity out in rank).
 */
function articleContext(sal: number, titled: boolean): number {
  return Math.min(sal, 10) * 0.012 + (titled ? 0.08 : 0) + (sal === 0 && !titled ? -0.12 : 0);
}

// A word's keys that pass the article-independent filters, by rank without the article's part,
// per candidate kind: remembered with the word's key list (soundsLike's, itself remembered).
const staticRankings = new WeakMap<ScoredKey[], Map<CandidateKind, StaticKey[]>>();

function staticRanking(keys: ScoredKey[], kind: CandidateKind, skel: string): StaticKey[] {
  let byKind = staticRankings.get(keys);
  if (!byKind) staticRankings.set(keys, (byKind = new Map()));
  let list = byKind.get(kind);
  if (list) return list;
  const capitalised = isCapitalisedKind(kind);
  list = [];
  for (const k of keys) {
    // A capitalised word is usually spelled as its writer meant: only a near-identical person
    // name counts (a region's, before "province"). An English word is a name only where the
    // title before it fits the person.
    const type = k.key.entity.type;
    const place = type === 'GPE' || type === 'LOC';
    // A place by another transliteration of its name ("Zhitomir" for Zhytomyr, its Russian form)
    // only when nearly the same spelling; rank asks for its country in the article.
    const otherSpelling = kind === 'capitalised' && place && k.similarity >= PLACE_RESPELLING;
    const fits = kind === 'unknown-lower' || otherSpelling || (kind === 'capitalised-place' ? place : type === 'PERSON');
    if (k.similarity < (capitalised ? 0.85 : MIN_SIMILARITY) || !fits) continue;
    // After a title, an English word is a name only as someone with a role, close in sound (the
    // rest rank would skip, one by one, for every article).
    if (kind === 'titled-lower' && (k.similarity < TITLED_ENGLISH_SIMILARITY || !k.key.entity.roles?.length)) continue;
    const fixed = fixedContext(k.key, skel, capitalised);
    list.push({ ...k, fixed, bound: 2 * k.similarity + fixed });
  }
  list.sort((a, b) => b.bound - a.bound || a.order - b.order);
  byKind.set(kind, list);
  return list;
}

const byRank = (a: Candidate, b: Candidate): number => b.rank - a.rank || a.order - b.order;

/** Whether `c` could be the rival of `best`: another entity, another replacement. */
const rivals = (c: Candidate, best: Candidate): boolean => c.key.entity !== best.key.entity && c.key.written !== best.key.written;

/** The best candidate so far and the rank of its best rival (-Infinity: none yet). */
class TopTwo {
  best?: Candidate;
  rivalRank = -Infinity;

  add(c: Candidate, all: Candidate[]): void {
    if (!this.best || byRank(c, this.best) < 0) {
      this.best = c;
      this.rivalRank = all.filter((x) => rivals(x, c)).reduce((m, x) => Math.max(m, x.rank), -Infinity);
    } else if (rivals(c, this.best)) this.rivalRank = Math.max(this.rivalRank, c.rank);
  }
}

/**
 * Between namesakes (Khalifa and Khaled Haftar), the better documented entity is the likelier
 * one: a tie-breaker worth at most 0.03.
 */
function prominence(e: KbEntity): number {
  let p = prominences.get(e);
  if (p === undefined) prominences.set(e, (p = documentation(e)));
  return p;
}

const prominences = new WeakMap<KbEntity, number>();

function documentation(e: KbEntity): number {
  const documented = (e.wikidata ? 1 : 0) + Object.keys(e.names ?? {}).length + Math.min(e.aliases?.length ?? 0, 4) / 2 + (e.roles?.length ?? 0) / 2;
  return Math.min(documented, 6) * 0.005;
}



/**
 * "kardabiya air base", "padrino lopez": when the next words are the rest of the entity's name
 * (exactly, or as close sound-alikes), cover and restore all of them. The words of the name
 * before the matched one, written as they are ("Lo" of a surname with a particle, a first name),
 * join the span too, so that the fix writes the name whole and not a half of it.
 */
function extendToFullName(ctx: ArticleContext, i: number, e: KbEntity, written: string, out: MentionSet): { start: number; end: number; replacement: string } {
  // A key written in several words (an alias "Di Lallo" heard as one word) stands for its own words.
  const words = written.includes(' ') ? written.split(' ') : e.name.split(/\s+/);
  const at = written.includes(' ') ? words.length - 1 : words.findIndex((w) => w === written || w.split(/[-‐]/).includes(written));
  const rest = at >= 0 ? words.slice(at + 1) : [];
  let j = i + 1;
  for (const w of rest) {
    const t = ctx.tokens[j];
    if (!t || ctx.text.slice(ctx.tokens[j - 1].end, t.start) !== ' ' || !(fold(t.text) === fold(w) || (isLowerWord(t.text) && similarity(t.text, w) >= 0.75))) break;
    j++;
  }
  let k = i;
  while (at - (i - k) > 0 && k > 0 && sameWordBefore(ctx, k, words[at - (i - k) - 1]) && !out.covers(ctx.tokens[k - 1].start, ctx.tokens[k - 1].end)) k--;
  if (j === i + 1 && k === i) return { start: ctx.tokens[i].start, end: ctx.tokens[i].end, replacement: written };
  if (written.includes(' ')) return { start: ctx.tokens[k].start, end: ctx.tokens[i].end, replacement: written };
  const covered = words.slice(at - (i - k), at + (j - i));
  covered[i - k] = written;
  return { start: ctx.tokens[k].start, end: ctx.tokens[j - 1].end, replacement: covered.length === words.length ? e.name : covered.join(' ') };
}

/** The token before token k is `word` (any case), one space before token k. */
function sameWordBefore(ctx: ArticleContext, k: number, word: string): boolean {
  const prev = ctx.tokens[k - 1];
  return fold(prev.text) === fold(word) && ctx.text.slice(prev.end, ctx.tokens[k].start) === ' ';
}

function reason(ctx: ArticleContext, surface: string, c: Candidate): string {
  const e = c.key.entity;
  // A spelling a script the article plausibly came through explains is said so ("Raeesi": Raisi through Arabic script).
  const trip = c.key.via === 'spelling' ? bestRoundTrip(surface, c.key.spoken, plausibleScripts(ctx, e)) : undefined;
  const how = describeDifferences(surface, c.key.spoken);
  const via = c.key.via === 'pinyin' ? ` (Chinese ${e.names?.zh?.[0] ?? ''}, read "${c.key.spoken}")` : '';
  const parts = [trip ? `reads as ${c.key.written} through ${SCRIPTS[trip.script].label}: ${trip.notes.join(', ')}` : `sounds like ${c.key.written}${via}${how.length ? `: ${how.join(', ')}` : ''}`];
  const n = ctx.entityCounts.get(e.id) ?? 0;
  if (n) parts.push(`${e.name} is mentioned ${n} time${n > 1 ? 's' : ''} in this article`);
  else {
    const country = ctx.index.countryOf(e);
    if (country && ctx.countryCounts.get(country.id)) parts.push(`the article is about ${country.name}`);
  }
  if (c.titled) parts.push('the title before the name fits');
  if (c.otherTrade) parts.push('but the word before the name is another trade than theirs');
  return parts.join('; ');
}

/**
 * A lower-case word that is not English and matches no KB name, standing where a name stands
 * ("President teben", "bulhan said"): a name the KB lacks. Suggest capitalising it, weakly.
 */
function suggestCapital(ctx: ArticleContext, t: Token, i: number, kind: CandidateKind, out: MentionSet): void {
  if (kind !== 'unknown-lower' || t.text.includes('-')) return;
  const titled = !!titleBeforeToken(ctx.text, ctx.tokens, ctx.index, i);
  if (!titled && !speechFollows(ctx.text, t.end)) return;
  const replacement = t.text[0].toUpperCase() + t.text.slice(1);
  out.add({
    start: t.start,
    end: t.end,
    label: 'PERSON',
    rule: 'names:unknown-name',
    canonical: replacement,
    correction: {
      replacement,
      kind: 'case',
      confidence: 0.55,
      reason: `"${t.text}" is not an English word and stands where a name stands (${titled ? 'after a title' : 'before a verb of saying'}); no name in the knowledge base sounds like it: add it with "Add to Knowledge Base"`,
    },
  });
}
