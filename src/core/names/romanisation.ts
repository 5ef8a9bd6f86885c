import { fold } from '../text/tokens';
import { similarityOfLetters } from './weighted-distance';
import { Memo } from '../memo';

/**
 * One spelling for the sounds of a name, whichever system wrote it: Hanyu Pinyin ("Xiyue",
 * "Zhengyi"), Wade-Giles and other older Chinese spellings ("Hsien", "Tsai", "Chang"), Korean
 * and Japanese romanisation ("Seok", "Yoshi") and English-like respellings ("Mar" for ma). The
 * differences between the systems are mapped onto one letter each, so that one weighted edit
 * distance compares them all:
 *   J = pinyin zh, ch, j, q and Wade-Giles ch, ch'      S = pinyin x, sh and Wade-Giles hs
 *   Z = pinyin z, c and Wade-Giles ts, tz, dz           ng at a syllable's end = n
 * Vowel changes and l/r, b/p, d/t, g/k swaps are cheap in the distance itself.
 */
export function soundForm(word: string): string {
  return soundForms.get(fold(word).replace(/[^a-z]/g, ''));
}

const soundForms = new Memo<string>((w) => spell(w), 20_000);

function spell(word: string): string {
  // Pinyin c is ts ("cai" is Tsai), never the English k.
  const w = pinyinSyllables(word) ? word.replace(/c(?!h)/g, 'ts') : word;
  return w
    .replace(/hs/g, 'S')
    .replace(/sch|sh|x/g, 'S')
    .replace(/tch|zh|ch|q|j/g, 'J')
    .replace(/tz|ts|dz/g, 'Z')
    .replace(/c(?=[eiy])/g, 'Z')
    .replace(/ck|c/g, 'k')
    .replace(/z/g, 'Z')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ng(?![aeiouy])/g, 'n')
    .replace(/(.)\1+/g, '$1')
    .replace(/S/g, 'x')
    .replace(/J/g, 'j')
    .replace(/Z/g, 'z');
}

/**
 * Similarity of two words written in any romanisation (1 = the same sounds). Below `floor` the
 * result is only known to be below it (the comparison stops early).
 */
export function soundSimilarity(a: string, b: string, floor = 0): number {
  return similarityOfSounds(soundForm(a), soundForm(b), floor);
}

/** `soundSimilarity` of two words already in sound spelling (letters a-z: no folding before the distance). */
export const similarityOfSounds = (x: string, y: string, floor = 0): number => (x === y ? 1 : similarityOfLetters(x, y, floor));

// Every toneless Hanyu Pinyin syllable (the standard table: initials x finals that exist).
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
    'cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ' +
    'ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan ' +
    'guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian ' +
    'jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan ' +
    'kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun ' +
    'luo lue lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne ' +
    'nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo nv nve o ou pa pai pan pang pao pei pen ' +
    'peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang ' +
    'rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she ' +
    'shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan ' +
    'tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia ' +
    'xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue ' +
    'yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua ' +
    'zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);

/**
 * The pinyin syllables a word is made of ("xiyue" -> xi yue), or undefined when it cannot be read
 * as pinyin. Of the possible readings the one with the fewest syllables wins ("xian" is one
 * syllable, not xi an), as pinyin is read.
 */
export function pinyinSyllables(word: string): string[] | undefined {
  const w = fold(word).replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(w) || w.length > 24) return undefined;
  const best: Array<string[] | undefined> = [[]];
  for (let end = 1; end <= w.length; end++) {
    for (let len = 1; len <= 6 && len <= end; len++) {
      const prev = best[end - len];
      const syl = w.slice(end - len, end);
      if (!prev || !SYLLABLES.has(syl)) continue;
      if (!best[end] || prev.length + 1 < best[end]!.length) best[end] = [...prev, syl];
    }
  }
  return best[w.length]?.map(asStored);
}

/**
 * One spelling of each syllable with ü, as the readings store them: lü and nü written "lv", "nv"
 * are "Lü" folded (lu, nu); lüe and nüe are "lue", "nue" in plain letters (no "lue" without the
 * umlaut exists), however a translation writes them ("lve", "lüe").
 */
const STORED_SPELLING: Readonly<Record<string, string>> = { lv: 'lu', nv: 'nu', lve: 'lue', nve: 'nue' };
const asStored = (s: string): string => STORED_SPELLING[s] ?? s;

/** A toneless pinyin syllable as written with ü ("lüe"), in the spelling the readings store. */
export function storedSyllable(s: string): string {
  const v = s.replace(/ü/g, 'v');
  return STORED_SPELLING[v] ?? v;
}

export const isPinyinSyllable = (s: string): boolean => SYLLABLES.has(s);
