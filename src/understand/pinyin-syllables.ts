/**
 * Pinyin as typed: the syllables of Mandarin, a Latin word cut into them, and whether a message's Latin
 * words are pinyin at all (normalize.ts keeps such a message's words from its English glossary;
 * pinyin-sentence.ts reads them as Chinese). Small and free of dependencies: every message may ask.
 */

/**
 * The toneless syllables of Mandarin (ü as v), as pinyin-pro reads the common characters; the lone
 * consonants (m, n, ng, hng: interjections) are left out, as an English letter is one of them as often.
 */
export const SYLLABLES: ReadonlySet<string> = new Set(
  ('a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo').split(' '),
);
/** The longest syllable (zhuang, chuang, shuang): a word is cut trying no longer pieces. */
const LONGEST_SYLLABLE = 6;

/** A message is read when its Latin words are at least this many … */
export const MIN_LATIN_WORDS = 2;
/** … and at least this share of them cut into syllables whole (an English word seldom does). */
const PINYIN_SHARE = 0.8;

/** Syllable cut of a word: the positions where syllables may end, or null when it cannot be cut whole. */
export function syllableEnds(word: string): boolean[] | null {
  const n = word.length;
  // toEnd[i]: the letters from i on cut into syllables whole; then, from the start, the cut points that reach both ends
  const toEnd = new Array<boolean>(n + 1).fill(false);
  toEnd[n] = true;
  for (let i = n - 1; i >= 0; i--) {
    for (let k = 1; k <= LONGEST_SYLLABLE && i + k <= n && !toEnd[i]; k++) if (toEnd[i + k] && SYLLABLES.has(word.slice(i, i + k))) toEnd[i] = true;
  }
  if (!toEnd[0]) return null;
  const fromStart = new Array<boolean>(n + 1).fill(false);
  fromStart[0] = true;
  for (let i = 0; i < n; i++) {
    if (!fromStart[i]) continue;
    for (let k = 1; k <= LONGEST_SYLLABLE && i + k <= n; k++) if (toEnd[i + k] && SYLLABLES.has(word.slice(i, i + k))) fromStart[i + k] = true;
  }
  return fromStart;
}

/** Nearly all of a message's Latin words are pinyin (two at least): it is a question typed in pinyin, not in English. */
export function typedInPinyin(text: string): boolean {
  const latin = text.match(/[a-z]+/g);
  if (!latin || latin.length < MIN_LATIN_WORDS) return false;
  return latin.filter((w) => syllableEnds(w) !== null).length / latin.length >= PINYIN_SHARE;
}

