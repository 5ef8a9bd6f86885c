import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import { fold } from '../text/tokens';
import type { NameCandidate } from './candidates';
import { pinyinSyllables, similarityOfSounds, soundForm, soundSimilarity, storedSyllable } from './romanisation';
import { Memo } from '../memo';
import { pushTo } from '../collections';
import { opensWithNoun, trailingTypeWord, typeNounAround, typeNounEndAfter, type PlaceTypeWords } from './place-type';
import { spokenName, withoutDisambiguator } from '../kb/spoken-name';
import { isTeam } from '../entities/sports';
import { namedInOwnCharacters } from '../kb/own-characters';

/**
 * Syllable readings: the ways a name written in Chinese characters comes back in Latin letters
 * after a machine translation reads the characters instead of knowing the name. Built for every
 * KB entity with a Chinese name whose English name is not itself pinyin:
 *   岸田文雄 Fumio Kishida  -> "An Tian Wen Xiong" (the whole name in pinyin), "Antianwenxiong"
 *   石破茂 Shigeru Ishiba   -> "Shi Po" (the last character read as a grammatical word: a part)
 *   文在寅 Moon Jae-in     -> "Moon Zaiyin" (one part as the person writes it, one in pinyin)
 *   大谷翔平 Shohei Ohtani -> "Xiangping Dagu" (the order flipped), "Dagu" (the surname alone)
 *   马克龙 Macron          -> "Mark Long" (a transcription read back: English words for its syllables)
 * A form is a list of words. A span of text is compared syllable by syllable where both sides
 * are pinyin (two different pinyin syllables are two different characters, however alike they
 * sound), and by sound elsewhere (Wade-Giles, Korean or English-like spellings, `soundForm`).
 */
export interface FormWord {
  /** `soundForm` spelling. */
  sound: string;
  /** Pinyin syllables when the word is a reading; undefined for an English name part. */
  syllables?: string[];
  /**
   * `soundForm` of `sound`, as a sound comparison spells both sides (filled on first use: a new
   * spelling is compared with hundreds of forms, each a look-up otherwise).
   */
  resound?: string;
  /** The syllables as one string (filled on first use): the same letters are the same reading however divided. */
  letters?: string;
}

/**
 * A form as the build step stores it: [entity index, part?, replacement ('' = the name), how,
 * words as "sound" or "sound|syl.syl", and for a place read without its type character the
 * English nouns of that character].
 */
export type StoredReading = [number, 0 | 1, string, string, string[]] | [number, 0 | 1, string, string, string[], string[]];

function storedWord(w: string): FormWord {
  const bar = w.indexOf('|');
  return bar < 0 ? { sound: w } : { sound: w.slice(0, bar), syllables: w.slice(bar + 1).split('.') };
}

export interface ReadingForm {
  entity: KbEntity;
  words: FormWord[];
  part: 'full' | 'part';
  replacement: string;
  /** "林芳正 lin fang zheng, the last syllable missing". */
  how: string;
  /**
   * A place read without its type character (豪登省 without 省): one of these English nouns
   * must stand by the span ("Houten province").
   */
  typeNouns?: readonly string[];
  /** The words as one (joinedWord; filled on first use: a new spelling is compared with thousands of forms). */
  joined?: FormWord;
  /** Derived from another form when the index is built (mixedForms), never stored. */
  derived?: true;
}

// Countries whose people's names are written in Chinese characters (and read back as pinyin).
const HAN_NAME_COUNTRIES = new Set(['country:TW', 'country:HK', 'country:MO', 'country:SG', 'country:JP', 'country:KR', 'country:KP', 'country:VN', 'country:MY']);
// Mainland Chinese names are written in pinyin in English: their reading is their name, not a
// garbling of it. Not so for the mainland people English writes otherwise (Jack Ma for 马云, Li
// Ka-shing for 李嘉诚, Eileen Gu for 谷爱凌): a translation that reads their characters writes
// "Ma Yun", which is theirs to fix.
const PINYIN_NAME_COUNTRIES = new Set(['country:CN']);

/**
 * The syllables of a stored reading as the text's words are read (pinyinSyllables): lü and nü
 * as lu and nu, since translations write 吕 "Lü", "Lu" or "Lv" and folding takes the umlaut off;
 * lüe and nüe as "lue", "nue", their spelling in plain letters (安大略 "Andalue").
 */
const readingSyllables = (pinyin: string): string[] => pinyin.split(' ').map(storedSyllable);

/** Whether the reading (toneless syllables, space-separated) spells one of the entity's English names, in either order. */
function readsAsOwnName(e: KbEntity, pinyin: string): boolean {
  const syllables = pinyin.replace(/ü/g, 'u').split(' ');
  const spellings = new Set<string>();
  for (let k = 0; k < syllables.length; k++) spellings.add([...syllables.slice(k), ...syllables.slice(0, k)].join(''));
  // "Liu Yang (astronaut)": the name without the KB's disambiguation.
  return [e.name, ...(e.aliases ?? [])].some((n) => spellings.has(fold(n.replace(/\s*\(.*\)$/, '')).replace(/[^a-z]/g, '')));
}
// Japanese names in English news put the given name first; Chinese and Korean names do not.
const GIVEN_NAME_FIRST = new Set(['country:JP']);
const HAN = /\p{Script=Han}/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const PART_SEPARATOR = /[·・•‧.\s]+/u;
/** Types whose Chinese names are transcriptions often enough to be read back as pinyin. */
const TRANSCRIBED_TYPES = new Set(['PERSON', 'GPE', 'LOC', 'FAC']);

/** The lowest similarity a caller asks for (the find pass's floor). */
const LOWEST_FLOOR = 0.8;

export class SyllableIndex {
  private readonly byKey = new Map<string, ReadingForm[]>();
  /** The entity and word sounds of every form added (see add). */
  private readonly added = new Set<string>();
  size = 0;
  /** Forms near a spelling (its words, space-separated), remembered up to a bound. */
  readonly near = new Memo<NearForm[]>((spelling) => formsNear(this, spelling.split(' ').map(spanWord)), 50_000);

  /**
   * From the KB (costly: every Chinese name read and spelled, about 250 ms for 16,000 entities),
   * or from the forms the build step stored, plus the entities the workspace KB added or replaced.
   */
  /**
   * `types`: the place-type words a place's reading may be without; `transcribed`: zh names of
   * organisations and outlets that are transcriptions (莫克姆 Morecambe), read like a place's
   * (both from the dictionary, at build time).
   */
  constructor(index: KbIndex, stored?: StoredReading[], private readonly types?: PlaceTypeWords, private readonly transcribed?: ReadonlySet<string>) {
    if (!stored) {
      for (const e of index.byId.values()) this.addEntity(e);
      return;
    }
    this.load(index, stored);
    this.addWorkspaceEntities(index);
  }

  /**
   * The same index from the stored forms, built in slices with `pause` between them: the
   * editor's thread is never held for the whole build.
   */
  static async build(index: KbIndex, stored: StoredReading[], pause: () => Promise<void>, slice = 3000): Promise<SyllableIndex> {
    const built = new SyllableIndex(index, []);
    for (let i = 0; i < stored.length; i += slice) {
      built.load(index, stored.slice(i, i + slice));
      await pause();
    }
    built.addWorkspaceEntities(index);
    return built;
  }

  private load(index: KbIndex, stored: StoredReading[]): void {
    const builtin = index.kb.entities;
    for (const [e, part, replacement, how, words, typeNouns] of stored) {
      const entity = builtin[e];
      // An entity the workspace KB replaced: its own forms are added from it.
      if (!entity || index.byId.get(entity.id) !== entity) continue;
      this.add({ entity, part: part ? 'part' : 'full', replacement: replacement || spokenName(entity), how, words: words.map(storedWord), ...(typeNouns ? { typeNouns } : {}) });
    }
  }

  /** The forms of the entities that are not the built-in KB's (added or replaced by the workspace KB). */
  private addWorkspaceEntities(index: KbIndex): void {
    const builtin = new Set(index.kb.entities);
    for (const e of index.byId.values()) if (!builtin.has(e)) this.addEntity(e);
  }

  /** The forms in storable form (entity by its index in the KB). */
  toStored(index: KbIndex): StoredReading[] {
    const position = new Map(index.kb.entities.map((e, i) => [e, i]));
    const out: StoredReading[] = [];
    for (const list of this.byKey.values()) {
      for (const f of list) {
        const at = position.get(f.entity);
        if (at === undefined || f.derived) continue;
        const words = f.words.map((w) => (w.syllables ? `${w.sound}|${w.syllables.join('.')}` : w.sound));
        const stored: StoredReading = [at, f.part === 'part' ? 1 : 0, f.replacement === f.entity.name ? '' : f.replacement, f.how, words];
        out.push(f.typeNouns ? [...stored, [...f.typeNouns]] : stored);
      }
    }
    return out;
  }

  addEntity(e: KbEntity): void {
    const pinyinNamed = e.type === 'PERSON' && !!e.country && PINYIN_NAME_COUNTRIES.has(e.country);
    // A club is named by its city's transcription (布雷西亚 Brescia Calcio), which the dictionary
    // segments as that place: read like one.
    // A Japanese or Korean company's or outlet's name is its own characters, read in pinyin.
    const always = TRANSCRIBED_TYPES.has(e.type) || isTeam(e) || namedInOwnCharacters(e);
    (e.names?.zh ?? []).forEach((zh, k) => {
      const pinyin = e.pinyin?.[k];
      if (!pinyin || !(always || this.transcribed?.has(zh))) return;
      // A name that is its own reading is written right as the KB has it; only its whole
      // reading differently spaced ("Zhao Xin Tong", "Zhaoxintong") is a misspelling of it.
      const own = pinyinNamed && readsAsOwnName(e, pinyin);
      for (const f of formsOf(e, zh, readingSyllables(pinyin), this.types, pinyin)) if (!own || (f.part === 'full' && f.how === `${zh} ${pinyin}`)) this.add(f);
    });
  }

  private add(f: ReadingForm): void {
    if (joinedSound(f.words).length < 3) return;
    if (!f.derived) for (const m of mixedForms(f)) this.add(m);
    // One form per entity and words' sounds (looked up, not searched for: a key has thousands of forms).
    const signature = `${f.entity.id}|${f.words.map((w) => w.sound).join('|')}`;
    if (this.added.has(signature)) return;
    this.added.add(signature);
    pushTo(this.byKey, keyOf(f.words[0].sound), f);
    this.size++;
  }

  /** Forms whose first word begins with the same sound as `firstWord` (in soundForm spelling). */
  candidates(firstWord: string): readonly ReadingForm[] {
    return this.byKey.get(keyOf(firstWord)) ?? [];
  }
}

/** The lookup key of a word in soundForm spelling: its first letter and the class of its second. */
function keyOf(word: string): string {
  const second = word[1] ?? '';
  return word[0] + (/[aeiouy]/.test(second) ? 'V' : second);
}

const joinedSound = (words: readonly FormWord[]): string => words.map((w) => w.sound).join('');
const reading = (syllables: string[]): FormWord => ({ sound: soundForm(syllables.join('')), syllables });
const english = (word: string): FormWord => ({ sound: soundForm(word) });
const hanCount = (s: string): number => [...s].filter((c) => HAN.test(c)).length;

/** `said`: the reading as shown in reasons (with its ü), when it differs from the syllables matched. */
function formsOf(e: KbEntity, zh: string, syllables: string[], types?: PlaceTypeWords, said = syllables.join(' ')): ReadingForm[] {
  const parts = zh.split(PART_SEPARATOR).filter((p) => HAN.test(p));
  // A part with Latin letters or digits in it (SK集团, 三星SDI, U2乐队): its reading would leave
  // them out ("Jituan" is no SK Group); the text writes them. Initials apart (V·S·奈保尔) are no part.
  if (parts.some((p) => LATIN_OR_DIGIT.test(p))) return [];
  if (parts.reduce((n, p) => n + hanCount(p), 0) !== syllables.length || !syllables.length) return [];
  const spoken = `${zh} ${said}`;
  if (e.type === 'PERSON' && e.country && (HAN_NAME_COUNTRIES.has(e.country) || PINYIN_NAME_COUNTRIES.has(e.country)) && HAN_ONLY.test(zh) && zh.length >= 2 && zh.length <= 4) {
    return eastAsianForms(e, zh, syllables, spoken);
  }
  const forms = transcriptionForms(e, parts, syllables, spoken);
  const untyped = types && (e.type === 'GPE' || e.type === 'LOC') && parts.length === 1 ? withoutTypeWord(e, zh, syllables, spoken, types) : undefined;
  return untyped ? [...forms, untyped] : forms;
}

/**
 * A place read without its type character, which the translation renders as an English noun
 * by the name (豪登省 hao deng sheng: "Houten province"). The replacement is the name without
 * that noun: the noun stays in the text.
 */
function withoutTypeWord(e: KbEntity, zh: string, syllables: string[], spoken: string, types: PlaceTypeWords): ReadingForm | undefined {
  const type = trailingTypeWord(zh, types);
  if (!type) return undefined;
  const stem = syllables.slice(0, syllables.length - [...type.word].length);
  const words = withoutDisambiguator(e.name).split(/\s+/);
  const replacement = words.length > 1 && type.nouns.includes(words[words.length - 1].toLowerCase()) ? words.slice(0, -1).join(' ') : spokenName(e);
  return { entity: e, words: [reading(stem)], part: 'full', replacement, how: `${spoken}, ${type.word} rendered as "${type.nouns[0]}"`, typeNouns: type.nouns };
}

const LATIN_OR_DIGIT = /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/;

const ONE_WORD = 'written as one word';
/** How a form that is the last part of a transcribed name reads (乔·拜登 "Baideng" alone). */
const LAST_PART = 'the last part alone';
/** How a form that is the surname of a name in characters reads (石破 "Shipo" of 石破茂). */
const SURNAME_ALONE = 'the surname alone';

/**
 * A part that news writes alone for the person after a title: the last part of a transcribed
 * name (the surname of "Joe Biden"), or a surname in characters of two syllables or more (a
 * Japanese one: 石破 "Shipo"). A surname of one character is shared by millions (金, 李).
 */
const familyName = (f: ReadingForm): boolean => f.how.endsWith(LAST_PART) || (f.how.endsWith(SURNAME_ALONE) && (f.words[0].syllables?.length ?? 0) >= 2);

/** The last part of a transcribed name in three syllables or more (see NameCandidate.longTranscription). */
const longTranscription = (f: ReadingForm): boolean => f.how.endsWith(LAST_PART) && (f.words[0].syllables?.length ?? 0) >= 3;

/** Initials only: no two letters in a row ("S. R.", "C.Y."). */
const INITIALS = /^(?:\p{L}(?:\.|(?=\s)|$)[\s-]*)+$/u;

/** A name in Chinese characters: surname then given name, read syllable by syllable. */
function eastAsianForms(e: KbEntity, zh: string, syl: string[], spoken: string): ReadingForm[] {
  const surnameLength = GIVEN_NAME_FIRST.has(e.country!) && zh.length >= 4 ? 2 : 1;
  const surname = syl.slice(0, surnameLength);
  const given = syl.slice(surnameLength);
  const { engSurname, engGiven } = englishParts(e, surname);
  const form = (words: FormWord[], part: ReadingForm['part'], replacement: string, how: string): ReadingForm => ({ entity: e, words, part, replacement, how: `${spoken}${how ? `, ${how}` : ''}` });
  const [s, g] = [reading(surname), reading(given)];
  if (!given.length) return [form([s], 'full', e.name, '')];
  const forms = [form([s, g], 'full', e.name, ''), form([reading(syl)], 'full', e.name, ONE_WORD), form([g, s], 'full', e.name, 'given name first')];
  if (engSurname && fold(engSurname) !== surname.join('')) forms.push(form([english(engSurname), g], 'full', e.name, `the surname as ${engSurname}, the given name in pinyin`));
  // Initials ("S. R." of S. R. Nathan) are no given name to read a word as: "Na SR" would be "Nasr".
  if (engGiven && !INITIALS.test(engGiven) && fold(engGiven).replace(/[^a-z]/g, '') !== given.join('')) forms.push(form([s, english(engGiven)], 'full', e.name, `the surname in pinyin, the given name as ${engGiven}`));
  // The person's own spelling with the given name's syllables run together ("Moon Jaein" for Moon Jae-in).
  if (engSurname && engGiven && engGiven.includes('-')) forms.push(form([english(engSurname), english(engGiven.replace(/-/g, ''))], 'full', e.name, `the given name ${engGiven} written as one word`));
  if (engSurname) {
    if (given.length >= 2) forms.push(form([s, reading(given.slice(0, -1))], 'part', engSurname, 'the last syllable missing'));
    forms.push(form([s], 'part', engSurname, SURNAME_ALONE));
  }
  return forms;
}

/**
 * Which words of the English name are the surname: the first for Chinese and Korean names, the
 * last for Japanese ones and for names with an English given name (Lawrence Wong), decided by
 * which end sounds more like the surname's reading.
 */
function englishParts(e: KbEntity, surname: string[]): { engSurname?: string; engGiven?: string } {
  const words = e.name.split(/\s+/);
  if (words.length < 2) return {};
  const said = surname.join('');
  const first = soundSimilarity(words[0], said);
  const last = soundSimilarity(words[words.length - 1], said);
  const lastIsSurname = GIVEN_NAME_FIRST.has(e.country!) ? first < last + 0.2 : last > first + 0.15;
  return lastIsSurname ? { engSurname: words[words.length - 1], engGiven: words.slice(0, -1).join(' ') } : { engSurname: words[0], engGiven: words.slice(1).join(' ') };
}

/**
 * A transcription of a foreign name (谭德塞 Tedros, 阿尔巴尼斯 Albanese, 豪登 Gauteng): the whole
 * reading, its parts when the Chinese name has them (乔·拜登), and the English word(s) the
 * reading stands for: Tedros, not Tedros Adhanom Ghebreyesus.
 */
function transcriptionForms(e: KbEntity, parts: string[], syl: string[], spoken: string): ReadingForm[] {
  const partSyllables: string[][] = [];
  let at = 0;
  for (const p of parts) {
    const n = hanCount(p);
    partSyllables.push(syl.slice(at, at + n));
    at += n;
  }
  const whole = reading(syl);
  const replacement = e.type === 'PERSON' && parts.length === 1 ? closestWords(e.name, whole.sound) : spokenName(e);
  const forms: ReadingForm[] = [{ entity: e, words: [whole], part: 'full', replacement, how: spoken }];
  if (parts.length > 1) {
    forms.push({ entity: e, words: partSyllables.map(reading), part: 'full', replacement: spokenName(e), how: spoken });
    const last = reading(partSyllables[partSyllables.length - 1]);
    forms.push({ entity: e, words: [last], part: 'part', replacement: closestWords(e.name, last.sound), how: `${spoken}, ${LAST_PART}` });
  }
  return forms;
}

/**
 * A transcribed name with one part read in pinyin and the others as the person writes them
 * (罗曼·阿布拉莫维奇 "Roman Abulamoweiqi", "Luoman Abramovich"): a translation that knows the
 * common given name but not the rare surname, or the other way round. Derived from the reading
 * of the name part by part, where the English name has as many words as the Chinese name has
 * parts (two or three); the part in pinyin has two syllables or more (one syllable is a Chinese
 * surname of millions: "David Li" is no 大卫·李) and is not the English word's own spelling.
 */
function mixedForms(f: ReadingForm): ReadingForm[] {
  const n = f.words.length;
  if (f.part !== 'full' || f.entity.type !== 'PERSON' || n < 2 || n > 3 || !f.words.every((w) => w.syllables) || f.typeNouns) return [];
  const names = withoutDisambiguator(f.entity.name).split(/\s+/);
  if (names.length !== n || !names.every((w) => /^\p{L}[\p{L}'’-]*$/u.test(w))) return [];
  const out: ReadingForm[] = [];
  for (let k = 0; k < n; k++) {
    const read = f.words[k];
    if (read.syllables!.length < 2 || fold(names[k]).replace(/[^a-z]/g, '') === read.syllables!.join('')) continue;
    const words = names.map((w, i) => (i === k ? read : english(w)));
    const written = names.filter((_, i) => i !== k).join(' ');
    out.push({ entity: f.entity, words, part: 'full', replacement: f.replacement, how: `${f.how}, ${written} as written, the rest in pinyin`, derived: true });
  }
  return out;
}

/** The contiguous words of `name` that sound most like `said` (a transcription of some of them). */
function closestWords(name: string, said: string): string {
  const words = name.split(/\s+/);
  let best = name;
  let bestScore = soundSimilarity(name, said);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      if (i === 0 && j === words.length) continue;
      const piece = words.slice(i, j).join(' ');
      const score = soundSimilarity(piece, said);
      if (score > bestScore + 0.02) [best, bestScore] = [piece, score];
    }
  }
  return best;
}

/** A word of the text: its sound, and its pinyin syllables if it reads as pinyin. */
export interface SpanWord {
  /** The word as written (lower case). */
  text: string;
  sound: string;
  syllables?: string[];
}

export function spanWord(word: string): SpanWord {
  return spanWords.get(word);
}

const spanWords = new Memo<SpanWord>((word) => {
  const syllables = pinyinSyllables(word);
  // A pinyin word sounds as its syllables read ("lv" as lu, like the readings).
  return { text: word, sound: soundForm(syllables ? syllables.join('') : word), syllables };
}, 50_000);

interface Match {
  similarity: number;
  basis: 'reading' | 'sound';
}

/**
 * How well the words of a span match a form: word by word when the counts agree, else as one
 * string. Pinyin against pinyin is compared syllable by syllable (a different syllable is a
 * different character; in a name of four syllables or more one misread syllable costs less).
 */
export function formSimilarity(span: readonly SpanWord[], form: ReadingForm, floor = 0, spanJoined?: FormWord): Match {
  const long = form.words.reduce((n, w) => n + (w.syllables?.length ?? 1), 0) >= 4;
  // Word by word when the counts agree (a mixed form is only ever compared so), else as one string.
  if (span.length !== form.words.length || span.length === 1) return wordMatch(spanJoined ?? joinedWord(span), (form.joined ??= joinedWord(form.words)), long, floor);
  let total = 0;
  for (let i = 0; i < span.length; i++) total += Math.max(span[i].sound.length, form.words[i].sound.length);
  let weighted = 0;
  let left = total;
  let basis: Match['basis'] = 'reading';
  for (let i = 0; i < span.length; i++) {
    const len = Math.max(span[i].sound.length, form.words[i].sound.length);
    const m = wordMatch(span[i], form.words[i], long);
    weighted += len * m.similarity;
    left -= len;
    if (m.basis === 'sound') basis = 'sound';
    // The words still to compare cannot lift it to the floor: stop (most forms fail at the first word).
    if ((weighted + left) / total < floor) return { similarity: (weighted + left) / total, basis: 'sound' };
  }
  return { similarity: weighted / total, basis };
}

/** The words as one, in sound and (when every word has them) pinyin syllables. */
function joinedWord(words: readonly FormWord[]): FormWord {
  if (words.length === 1) return words[0];
  return { sound: words.map((w) => w.sound).join(''), syllables: words.every((w) => w.syllables) ? words.flatMap((w) => w.syllables!) : undefined };
}

/** `floor`: a sound comparison below it may stop early (its similarity is then only known to be below). */
function wordMatch(w: FormWord, f: FormWord, long: boolean, floor = 0): Match {
  // The same sounds are a reading when the text's word is pinyin or the form's is an English name part.
  // Pinyin against pinyin: syllable by syllable, even when they sound the same (jian is not jiang).
  // The same letters are the same reading however they divide (pinyin without its apostrophe:
  // "Jinan" is ji'nan as well as jin'an).
  if (w.syllables && f.syllables) return { similarity: sameLetters(w, f) ? 1 : syllableSimilarity(w.syllables, f.syllables, long ? 0.6 : 1), basis: 'reading' };
  if (w.sound === f.sound) return { similarity: 1, basis: f.syllables ? 'sound' : 'reading' };
  const x = (w.resound ??= soundForm(w.sound));
  const y = (f.resound ??= soundForm(f.sound));
  // soundSimilarity(w.sound, f.sound, floor), the sound forms of both remembered on the words.
  return { similarity: similarityOfSounds(x, y, floor), basis: 'sound' };
}

const sameLetters = (a: FormWord, b: FormWord): boolean => (a.letters ??= a.syllables!.join('')) === (b.letters ??= b.syllables!.join(''));

/** 1 - syllable edit distance / length: a missing or extra syllable costs 1, a different one `substitution`. */
function syllableSimilarity(a: string[], b: string[], substitution: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : substitution));
    prev = cur;
  }
  return Math.max(0, 1 - prev[b.length] / Math.max(a.length, b.length));
}

/**
 * Candidates for one span of words (text offsets given), best first, at or above `floor`. A place
 * read without its type character is a candidate only where `text` has the type's noun by the
 * span; the noun makes it a reading of the whole name.
 */
export function readingCandidates(index: SyllableIndex, words: readonly SpanWord[], start: number, end: number, floor: number, text?: string): NameCandidate[] {
  if (!words[0]?.sound) return [];
  // Names recur within an article and across a corpus: the forms near a spelling are remembered.
  const found = index.near.get(words.map((w) => w.text).join(' '));
  const out: NameCandidate[] = [];
  for (const { form: f, similarity, basis } of found) {
    if (similarity < floor) continue;
    if (f.typeNouns && !(text !== undefined && typeNounAround(text, start, end, f.typeNouns))) continue;
    const typed: Match['basis'] = f.typeNouns ? 'reading' : basis;
    // The one-word form matches a name the text writes in several words too: not "written as one word" then.
    const how = words.length > 1 && f.how.endsWith(`, ${ONE_WORD}`) ? f.how.slice(0, -ONE_WORD.length - 2) : f.how;
    // "Andalue Lake" for Lake Ontario: a name that opens with its type's noun takes the noun after the span in.
    const nounEnd = f.typeNouns && opensWithNoun(f.replacement, f.typeNouns) ? typeNounEndAfter(text!, end, f.typeNouns) : undefined;
    out.push({ start, end: nounEnd ?? end, entity: f.entity, replacement: f.replacement, kind: 'transliteration', generator: 'syllables', similarity, basis: typed, part: f.part, evidence: `reads as ${how}`, ...(familyName(f) ? { familyName: true } : {}), ...(longTranscription(f) ? { longTranscription: true } : {}) });
  }
  return out;
}

interface NearForm extends Match {
  form: ReadingForm;
}

/** The forms at or above the lowest similarity any caller asks for, best first. */
function formsNear(index: SyllableIndex, words: readonly SpanWord[]): NearForm[] {
  const out: NearForm[] = [];
  const length = words.reduce((n, w) => n + w.sound.length, 0);
  const joined = joinedWord(words);
  for (const f of index.candidates(words[0].sound)) {
    if (Math.abs((f.joined ??= joinedWord(f.words)).sound.length - length) > Math.max(3, length * 0.4)) continue;
    const m = formSimilarity(words, f, LOWEST_FLOOR, joined);
    if (m.similarity < LOWEST_FLOOR) continue;
    // One word that only sounds like a name is the transliteration detector's to judge.
    // A place read without its type character is the exception: the noun by it is checked later.
    if (words.length === 1 && m.basis === 'sound' && !f.typeNouns) continue;
    out.push({ form: f, ...m });
  }
  return out.sort((a, b) => b.similarity - a.similarity);
}

/** Whether a word can be read as pinyin syllables (a cue that a name was read character by character). */
export const readsAsPinyin = (word: string): boolean => pinyinSyllables(word) !== undefined;
