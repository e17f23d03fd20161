/**
 * A question typed all in pinyin ("jin an qu zhengfu bangongshi 2024 nian shouli le duoshao jian shenqing",
 * "yao jiao qian ma"): read back into the Chinese words the bot knows. People without a Chinese input
 * method (a phone borrowed abroad, a worker on a shared computer) write so; latin-places.ts reads the
 * offices' places and the table's terms, this reads the rest of the sentence.
 *
 * Each run of Latin words is cut into toneless syllables and read, by the fewest pieces, as the domain's
 * words (the rewriter's terms: intent words, figure words, office names, synonyms) and a short list of
 * everyday question words and particles; a syllable that is none of these stays as typed (it is an
 * unknown word, and counts as one). Only a message whose Latin words are nearly all pinyin is read,
 * so an English question ("phone number of the office") is never turned into characters.
 */
import { MIN_LATIN_WORDS, SYLLABLES, syllableEnds, typedInPinyin } from './pinyin-syllables.js';
import { shortPlace, splitOffice } from './office-names.js';
import { Sounds } from './sounds.js';

/**
 * Everyday words of asking that are no domain term, typed in pinyin as often as the terms: how, what,
 * how many, whether, the particles, the measure words of counts and the levels of places. A syllable
 * read alone comes from here only (a lone syllable has too many characters to guess from); one word per syllable
 * (qu is 区, the place's level, not 去).
 */
const EVERYDAY_WORDS: readonly (readonly [string, string])[] = (
  'shenme 什么 zenme 怎么 zenmeyang 怎么样 weishenme 为什么 duoshao 多少 nali 哪里 nage 哪个 naxie 哪些 jige 几个 keyi 可以 ' +
  'nengbuneng 能不能 shibushi 是不是 youmeiyou 有没有 yaobuyao 要不要 xubuxuyao 需不需要 xuyao 需要 buxuyao 不需要 buyong 不用 ' +
  'yigong 一共 zonggong 总共 jinnian 今年 qunian 去年 qiannian 前年 ziji 自己 women 我们 nimen 你们 tamen 他们 qingwen 请问 ' +
  'zhidao 知道 xiangzhidao 想知道 gaosu 告诉 xiexie 谢谢 nihao 你好 shihou 时候 duojiu 多久 haishi 还是 huozhe 或者 ruguo 如果 ' +
  'yijing 已经 xianzai 现在 zhege 这个 natian 哪天 zenmeban 怎么办 qingkuang 情况 ren 人 renmin 人民 ' +
  'wo 我 ni 你 ta 他 de 的 le 了 ma 吗 ne 呢 a 啊 ba 吧 ya 呀 you 有 mei 没 bu 不 yao 要 shi 是 zai 在 he 和 gen 跟 gei 给 bei 被 ' +
  'ji 几 jian 件 tiao 条 ge 个 ci 次 nian 年 yue 月 ri 日 tian 天 qu 区 xian 县 zhen 镇 sheng 省 ' +
  'ju 局 xiang 想 neng 能 hui 会 xie 写 cha 查 wen 问 jiao 交 qian 钱 shou 收 ban 办 na 哪 shui 谁 duo 多 shao 少 dou 都 hai 还 ' +
  'ye 也 jiu 就 lai 来 kan 看 zhao 找 rang 让 hao 好 cuo 错 pa 怕'
)
  .split(' ')
  .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 ? pairs : [...pairs, [w, all[i + 1]!]]), []);

/** From this length a term may be an office's name, whose places and organ are words of the dictionary too. */
const LONG_TERM = 4;

/** A place's level in pinyin, read as such right after the place's name. */
const LEVELS: Readonly<Record<string, string>> = { xiang: '乡', zhen: '镇', xian: '县', qu: '区', shi: '市', sheng: '省', jiedao: '街道' };

/** Pieces by cost: a known word of any length is one piece; an everyday single character a little more; a syllable left as typed the most. */
const COST_WORD = 1;
const COST_CHAR = 1.2;
const COST_LEFT = 3;

/** pinyin without spaces → the word, built once per term list. */
const dictionaries = new WeakMap<object, Map<string, string>>();
let sounds: Sounds | undefined;

function dictionary(terms: ReadonlySet<string>): Map<string, string> {
  let dict = dictionaries.get(terms);
  if (dict) return dict;
  // (the everyday words first, as written out above: a domain term that sounds the same as 什么 or 多少 never
  // takes its place, and a particle's reading is its spoken one, 了 le)
  dict = new Map();
  for (const [py, w] of EVERYDAY_WORDS) if (!dict.has(py)) dict.set(py, w);
  // (and the parts of office names, each place and the organ: "qixiangju" is the 气象局 of 湖州市气象局)
  const han = [...terms].filter((t) => /^\p{Script=Han}{2,}$/u.test(t));
  const pieces = han.filter((t) => t.length >= LONG_TERM).flatMap((t) => {
    const { places, organ } = splitOffice(t);
    return places.length ? [...places, ...places.map(shortPlace), organ] : [];
  }).filter((w) => /^\p{Script=Han}{2,}$/u.test(w));
  const list = [...new Set([...han.filter((t) => t.length <= 8), ...pieces])];
  sounds ??= new Sounds();
  const syllables = sounds.syllables(list);
  list.forEach((w, i) => {
    const syl = syllables[i]!;
    if (syl.length !== w.length) return;
    const key = syl.join('').replace(/ü/g, 'v');
    if (!dict!.has(key)) dict!.set(key, w);
  });
  dictionaries.set(terms, dict);
  return dict;
}

/** The longest key of the dictionary, in letters (so a match is looked for no further). */
const longestKeys = new WeakMap<Map<string, string>, number>();
function longestKey(dict: Map<string, string>): number {
  let n = longestKeys.get(dict);
  if (n === undefined) {
    n = 0;
    for (const k of dict.keys()) n = Math.max(n, k.length);
    longestKeys.set(dict, n);
  }
  return n;
}

/** A run of Latin words (spaces between them) read by the fewest pieces. */
function readRun(words: string[], dict: Map<string, string>): string {
  const text = words.join('');
  const n = text.length;
  // where a syllable may end: inside each word by its cut, and at every word's end
  const cut = new Array<boolean>(n + 1).fill(false);
  let at = 0;
  for (const w of words) {
    const ends = syllableEnds(w)!;
    ends.forEach((ok, i) => {
      if (ok) cut[at + i] = true;
    });
    at += w.length;
  }
  const wordEnd = new Set<number>();
  at = 0;
  for (const w of words) wordEnd.add((at += w.length));
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<{ start: number; piece: string } | undefined>(n + 1);
  best[0] = 0;
  const maxKey = longestKey(dict);
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity || !cut[i]) continue;
    for (let j = i + 1; j <= Math.min(n, i + maxKey); j++) {
      if (!cut[j]) continue;
      const key = text.slice(i, j);
      const word = dict.get(key);
      const lone = SYLLABLES.has(key);
      if (!word && !lone) continue;
      const cost = best[i]! + (word ? (word.length === 1 ? COST_CHAR : COST_WORD) : COST_LEFT);
      if (cost < best[j]!) {
        best[j] = cost;
        // (a syllable none of the words has stays as typed, with a space after it)
        from[j] = { start: i, piece: word ?? ` ${key} ` };
      }
    }
  }
  if (best[n] === Infinity) return words.join(' ');
  const pieces: string[] = [];
  for (let j = n; j > 0; j = from[j]!.start) pieces.push(from[j]!.piece);
  return pieces.reverse().join('').replace(/\s+/g, ' ').trim();
}

/**
 * The message with its pinyin read as Chinese, or the message itself when it is not written in pinyin.
 * `terms` are the rewriter's (its dictionary is built from them once, the first time a message is in pinyin).
 */
export function readPinyinSentence(text: string, terms: ReadonlySet<string>): string {
  if (!/[a-z]/.test(text)) return text;
  const latin = text.match(/[a-z]+/g) ?? [];
  // (a lone Latin word is read on its own terms below; two or more, nearly all of them pinyin)
  if (latin.length >= MIN_LATIN_WORDS ? !typedInPinyin(text) : syllableEnds(latin[0]!) === null) return text;
  const dict = dictionary(terms);
  const read = text.replace(/[a-z]+(?:[\s']+[a-z]+)*/g, (run, at: number) => {
    const words = run.split(/[\s']+/);
    if (!words.every((w) => syllableEnds(w) !== null)) return run;
    // (a place's level after its name, the name already read: "平寨 xiang" → 平寨乡, never 平寨想)
    const level = LEVELS[words[0]!];
    const before = text.slice(0, at).trimEnd();
    const placed = level && [2, 3, 4].some((n) => terms.has(`${before.slice(-n)}${level}`));
    const reading = placed ? `${level}${words.length > 1 ? readRun(words.slice(1), dict) : ''}` : readRun(words, dict);
    // (a lone Latin word beside characters is read only when it is words of two characters or more, none left as typed: "nangangqu")
    return latin.length >= MIN_LATIN_WORDS || (!/[a-z]/.test(reading) && reading.length >= 2) ? reading : run;
  });
  // (characters read from pinyin join the characters and numbers around them: "2025 年" → 2025年)
  return read.replace(/(?<=[\p{Script=Han}\d])\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=\d)/gu, '');
}
