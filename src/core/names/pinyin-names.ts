import type { KbIndex } from '../kb/index';
import type { KbEntity } from '../kb/model';
import { isCapitalized, type Token } from '../text/tokens';
import { isPinyinWord } from './phonetic';
import { joined } from '../entities/gazetteer';
import { countMention, type ArticleContext } from '../entities/context';
import type { MentionSet } from '../entities/mention';
import { overlapsSorted, type Spanned } from '../text/spans';

// Countries whose people's names are written in Chinese characters and read back as pinyin.
const HAN_NAME_COUNTRIES = new Set(['country:CN', 'country:TW', 'country:HK', 'country:MO', 'country:SG', 'country:JP', 'country:KR', 'country:KP', 'country:VN']);
// Japanese names in English news put the given name first; Chinese and Korean names do not.
const GIVEN_NAME_FIRST = new Set(['country:JP']);

const isHan = (s: string): boolean => /^\p{Script=Han}+$/u.test(s);
const squash = (pinyin: string): string => pinyin.replace(/ü/g, 'u').replace(/[^a-z]/g, '');

interface PinyinKey {
  entity: KbEntity;
  part: 'full' | 'surname';
}

/**
 * People whose Chinese-character name was read out as pinyin: 岸田文雄 Fumio Kishida as "Antian
 * Wenxiong", 尹锡悦 Yoon Suk-yeol as "Yin Xiyue", and Western names as the pinyin of their
 * transcription run together (哈夫塔尔 "Hafutaer"). Keys come from the KB's `pinyin`; a surname
 * alone counts only for someone the article names in full.
 */
export class PinyinNameIndex {
  private readonly keys = new Map<string, PinyinKey[]>();

  constructor(index: KbIndex) {
    for (const e of index.byId.values()) {
      if (e.type !== 'PERSON') continue;
      (e.names?.zh ?? []).forEach((zh, k) => {
        const pinyin = e.pinyin?.[k];
        if (!pinyin) return;
        const syllables = pinyin.replace(/ü/g, 'u').split(' ');
        this.add(squash(pinyin), e, 'full');
        if (isHan(zh) && e.country && HAN_NAME_COUNTRIES.has(e.country) && zh.length >= 3) {
          const surnameLength = GIVEN_NAME_FIRST.has(e.country) && zh.length >= 4 ? 2 : 1;
          this.add(syllables.slice(0, surnameLength).join(''), e, 'surname');
        }
      });
    }
  }

  private add(key: string, entity: KbEntity, part: PinyinKey['part']): void {
    if (key.length < 2) return;
    const list = this.keys.get(key) ?? [];
    if (!list.some((k) => k.entity === entity && k.part === part)) list.push({ entity, part });
    this.keys.set(key, list);
  }

  get(key: string): PinyinKey[] {
    return this.keys.get(key) ?? [];
  }
}

/** The surname as English news writes it. */
function surnameOf(e: KbEntity): string {
  const words = e.name.split(/\s+/);
  return e.country && GIVEN_NAME_FIRST.has(e.country) ? words[words.length - 1] : words[0];
}

/**
 * Pass 1 (with the article statistics): the people named in full in pinyin, counted as mentions
 * of them, in runs that no counted name covers (`counted`, in text order). A whole-article fact,
 * whether the article is analysed at once or in blocks.
 */
export function countPinyinNames(ctx: ArticleContext, index: PinyinNameIndex, counted: readonly Spanned[]): void {
  for (const run of pinyinRuns(ctx)) {
    if (overlapsSorted(counted, { start: run[0].start, end: run[run.length - 1].end })) continue;
    const full = fullNames(index, run);
    if (full.length !== 1) continue;
    ctx.pinyinNamed.add(full[0].entity.id);
    countMention(ctx, full[0].entity);
  }
}

const fullNames = (index: PinyinNameIndex, run: Token[]): PinyinKey[] => index.get(pinyinKey(run)).filter((k) => k.part === 'full');
const pinyinKey = (run: Token[]): string => run.map((t) => t.lower).join('');

export function findPinyinNames(ctx: ArticleContext, index: PinyinNameIndex, out: MentionSet): void {
  for (const run of pinyinRuns(ctx)) {
    if (out.covers(run[0].start, run[run.length - 1].end)) continue;
    const full = fullNames(index, run);
    if (full.length === 1) add(ctx, out, run, full[0].entity, full[0].entity.name, 'full name');
    else surnameOnly(ctx, index, out, run, pinyinKey(run));
  }
}

function surnameOnly(ctx: ArticleContext, index: PinyinNameIndex, out: MentionSet, run: Token[], key: string): void {
  const hit = index.get(key).find((k) => k.part === 'surname' && ctx.pinyinNamed.has(k.entity.id));
  if (hit && run.length === 1) add(ctx, out, run, hit.entity, surnameOf(hit.entity), 'surname of a person named in full earlier');
}

function add(ctx: ArticleContext, out: MentionSet, run: Token[], e: KbEntity, replacement: string, what: string): void {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const text = ctx.text.slice(start, end);
  if (text === replacement) return;
  out.add({
    start,
    end,
    label: 'PERSON',
    entity: e,
    rule: 'names:pinyin',
    correction: {
      replacement,
      kind: 'transliteration',
      confidence: what === 'full name' ? 0.9 : 0.8,
      reason: `"${text}" is the pinyin of ${e.names?.zh?.[0] ?? ''}, the Chinese name of ${e.name} (${what})`,
    },
  });
}

/**
 * Runs of 1-3 capitalised tokens, each made of pinyin syllables ("Antian Wenxiong", "Yins" is
 * not). The counting pass and the finding pass ask for the same tokens: found once per list.
 */
function pinyinRuns(ctx: ArticleContext): Token[][] {
  let runs = runsByTokens.get(ctx.tokens);
  if (!runs) runsByTokens.set(ctx.tokens, (runs = findRuns(ctx)));
  return runs;
}

const runsByTokens = new WeakMap<Token[], Token[][]>();

function findRuns(ctx: ArticleContext): Token[][] {
  const runs: Token[][] = [];
  const ok = (t: Token) => isCapitalized(t.text) && isPinyinWord(t.lower);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ok(ctx.tokens[i])) continue;
    let j = i + 1;
    while (j < ctx.tokens.length && j - i < 3 && ok(ctx.tokens[j]) && joined(ctx.text, ctx.tokens[j - 1], ctx.tokens[j])) j++;
    runs.push(ctx.tokens.slice(i, j));
    i = j - 1;
  }
  return runs;
}
