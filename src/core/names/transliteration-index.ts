import { doubleMetaphone } from 'double-metaphone';
import type { EntityLabel } from '../types';
import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import { fold } from '../text/tokens';
import { isEnglishWord } from '../text/english';
import { isPinyinWord, pinyinAsEnglish, pinyinSkeleton, skeleton } from './phonetic';
import { similarity } from './weighted-distance';
import { spellingsBefore } from './script-round-trips';
import { pushTo } from '../collections';

/** One way an entity's name can sound. */
export interface SoundKey {
  entity: KbEntity;
  /** What a Chinese round trip would bring back, in Latin letters ("haftar", "chiawushiaolu"). */
  spoken: string;
  /** The name token to put back in the text ("Haftar", "Çavuşoğlu"). */
  written: string;
  via: 'spelling' | 'pinyin';
  /** The KB lets this word alone name the entity (an alias "Haftar", a zh name 哈夫塔尔). */
  standalone: boolean;
  /** Its consonant skeleton (filled when indexed). */
  skeleton?: string;
  /** Its sound form (romanisation.ts), filled on first comparison. */
  sound?: string;
  /** `spoken` folded to a-z (weighted-distance.ts `letters`), filled on first comparison. */
  letters?: string;
  /** `spoken` reads as pinyin syllables (a reading, or a name written in pinyin), filled on first use. */
  pinyin?: boolean;
}

// Name particles that carry no identity: never keys on their own.
const PARTICLES = new Set('al el ad as ash at ibn bin bint abu abd abdul de del della der di da dos das du la le van von mac mc'.split(' '));
const SOUND_TYPES: ReadonlySet<EntityLabel> = new Set(['PERSON', 'FAC', 'ORG', 'GPE', 'MEDIA', 'EVENT', 'LOC']);
const MIN_KEY_LENGTH = 3;

/**
 * Sound keys of every KB name token, indexed by consonant skeleton and by every skeleton with one
 * class deleted (a symmetric-delete index, as SymSpell does), so that a lookup finds names one
 * consonant apart without scanning the KB. Also indexed by double-metaphone codes.
 */
/** A sound key as stored in the precompiled index: [entity index, spoken, written, pinyin?, standalone?, skeleton, metaphone codes]. */
export type StoredSoundKey = [number, string, string, 0 | 1, 0 | 1, string, string[]];

export class TransliterationIndex {
  private readonly bySkeleton = new Map<string, SoundKey[]>();
  private readonly byMetaphone = new Map<string, SoundKey[]>();
  /** Every key added, with what the maps were built from: what the build step stores. */
  private readonly stored: Array<{ key: SoundKey; skel: string; codes: string[] }> = [];

  /** From the KB (slow: phonetic keys of every name), or from keys precomputed at build time. */
  constructor(
    private readonly kb: KbIndex,
    precomputed?: StoredSoundKey[],
  ) {
    if (!precomputed) {
      for (const e of kb.ofTypes(SOUND_TYPES)) this.addEntity(e);
      return;
    }
    this.load(kb, precomputed);
  }

  /**
   * The same index from precomputed keys, built in slices with `pause` between them: the editor
   * thread is never held for the whole build (about 50 ms, several times that before the JIT).
   */
  static async build(index: KbIndex, precomputed: StoredSoundKey[], pause: () => Promise<void>, slice = 1500): Promise<TransliterationIndex> {
    const built = new TransliterationIndex(index, []);
    for (let i = 0; i < precomputed.length; i += slice) {
      built.load(index, precomputed.slice(i, i + slice));
      await pause();
    }
    return built;
  }

  private load(index: KbIndex, stored: StoredSoundKey[]): void {
    const entities = index.kb.entities;
    for (const [e, spoken, written, pinyin, standalone, skel, codes] of stored) {
      this.index({ entity: entities[e], spoken, written, via: pinyin ? 'pinyin' : 'spelling', standalone: standalone === 1 }, skel, codes);
    }
  }

  /** The keys in storable form (entity by its index in the KB). */
  toStored(index: KbIndex): StoredSoundKey[] {
    const position = new Map(index.kb.entities.map((e, i) => [e, i]));
    return this.stored
      .filter(({ key }) => position.has(key.entity))
      .map(({ key, skel, codes }) => [position.get(key.entity)!, key.spoken, key.written, key.via === 'pinyin' ? 1 : 0, key.standalone ? 1 : 0, skel, codes]);
  }

  addEntity(e: KbEntity): void {
    const tokens = nameTokens(e);
    // A person's surname is theirs even when it is also an English word (Macron, Trump): a
    // garbled spelling of it is no English word, and the gate asks the article for support.
    const surname = e.type === 'PERSON' ? englishSurname(e.name) : undefined;
    if (surname && !tokens.includes(surname)) tokens.push(surname);
    const canonical = nameTokens({ ...e, aliases: [] });
    if (surname && !canonical.includes(surname)) canonical.push(surname);
    // Replacements are spelled as the canonical name has them, else as the first (most usual) alias.
    const preferred = canonical.length ? canonical : tokens;
    const aliases = new Set(e.aliases ?? []);
    for (const t of tokens) {
      const written = closest(canonical, t, tokens.find((x) => similarity(x, t) >= 0.75) ?? t);
      this.addKey({ entity: e, spoken: fold(t), written, via: 'spelling', standalone: aliases.has(t) }, skeleton(t));
    }
    // Pinyin readings of transcribed names are a person's; for places they match too many words.
    if (e.type !== 'PERSON') return;
    // A surname with a short particle comes back as one word ("De Bruyne" as "Debruyne").
    for (const name of particleSurnames(e)) this.addKey({ entity: e, spoken: fold(name).replace(/[^a-z]/g, ''), written: name, via: 'spelling', standalone: true }, skeleton(name));
    (e.pinyin ?? []).forEach((p, k) => {
      const spoken = pinyinAsEnglish(p);
      const standalone = !/[·・.]/.test(e.names?.zh?.[k] ?? '·');
      this.addKey({ entity: e, spoken, written: closest(preferred, spoken, preferred[preferred.length - 1] ?? e.name, 0), via: 'pinyin', standalone }, pinyinSkeleton(p));
    });
  }

  private addKey(key: SoundKey, skel: string): void {
    if (skel.length < 2 || key.spoken.length < MIN_KEY_LENGTH) return;
    this.index(key, skel, [...new Set(doubleMetaphone(key.spoken))].filter(Boolean));
  }

  private index(key: SoundKey, skel: string, codes: string[]): void {
    key.skeleton = skel;
    this.stored.push({ key, skel, codes });
    for (const k of [skel, ...deletions(skel)]) pushTo(this.bySkeleton, k, key);
    for (const code of codes) pushTo(this.byMetaphone, code, key);
  }

  private personWords?: Set<string>;

  /**
   * Whether `folded` is a word of some person's name as the KB spells it ("frank", "mehmet"), or
   * begins one though it is an English word, which keys no sound ("matt", "will").
   */
  isPersonNameWord(folded: string): boolean {
    if (!this.personWords) {
      this.personWords = new Set();
      for (const { key } of this.stored) if (key.via === 'spelling' && key.entity.type === 'PERSON' && !key.spoken.includes(' ')) this.personWords.add(key.spoken);
    }
    return this.personWords.has(folded) || this.kb.isGivenName(folded);
  }

  /** Candidate keys for a garbled word: same skeleton, one class apart, or same metaphone code. */
  candidates(word: string): SoundKey[] {
    const skel = skeleton(word);
    const found = new Set<SoundKey>();
    const probes = skel.length >= 4 ? [skel, ...deletions(skel)] : [skel];
    // A word made of pinyin syllables ("qiani") may be read the Chinese way: q = ch, x = sh.
    if (isPinyinWord(word)) probes.push(pinyinSkeleton(word));
    // A word written back from another script ("Khuang", "Dzhonson" from Cyrillic, "Jrant" from
    // Arabic script) is looked up as it was before too.
    for (const before of spellingsBefore(word)) probes.push(skeleton(before));
    for (const p of probes) for (const k of this.bySkeleton.get(p) ?? []) found.add(k);
    for (const code of doubleMetaphone(fold(word))) for (const k of this.byMetaphone.get(code) ?? []) found.add(k);
    return [...found];
  }
}

/** Surnames made of a short particle and a name ("Lo Celso", "De Bruyne", "Van Dijk"), from the name's last two words. */
function particleSurnames(e: KbEntity): string[] {
  const out = new Set<string>();
  for (const name of [e.name, ...(e.aliases ?? [])]) {
    const words = name.split(/\s+/);
    const [particle, last] = words.slice(-2);
    if (words.length >= 2 && particle.length <= 3 && /^\p{Lu}/u.test(particle) && last.length >= 3) out.add(`${particle} ${last}`);
  }
  return [...out];
}

/** The last word of a person's name when it is an English word too ("Macron"), if long enough to be a key. */
function englishSurname(name: string): string | undefined {
  const last = name.split(/\s+/).pop()!.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return last.length >= MIN_KEY_LENGTH + 2 && /^\p{Lu}\p{Ll}+$/u.test(last) && isEnglishWord(fold(last)) ? last : undefined;
}

/** Distinctive tokens of the entity's name and aliases ("Fayez", "Sarraj" from "Fayez al-Sarraj"). */
export function nameTokens(e: KbEntity): string[] {
  const out = new Set<string>();
  for (const name of [e.name, ...(e.aliases ?? [])]) {
    if (name === name.toUpperCase()) continue; // acronyms are not pronounced
    for (const part of name.split(/[\s\-‐]+/)) {
      const clean = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      // English words ("Federal", "National") are spelled right or not names at all.
      if (clean.length >= MIN_KEY_LENGTH && !PARTICLES.has(fold(clean)) && !isEnglishWord(fold(clean))) out.add(clean);
    }
  }
  return [...out];
}

/**
 * The name token a sound stands for: the most similar token of the canonical name (so that an
 * alias spelling or a pinyin reading is replaced by the name as the KB writes it, "Tebboune"
 * rather than "Teboun"), or `fallback` when none is close.
 */
function closest(tokens: string[], sound: string, fallback: string, threshold = 0.5): string {
  let best = fallback;
  let bestScore = threshold;
  for (const t of tokens) {
    const score = similarity(sound, t);
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

