/**
 * Passage retrieval (BM25 over jieba words) for what the tables do not hold: narrative figures
 * ("全年累计上传各类信息 600 余条") and facts such as where the 政务公开专区 is being built.
 */
import { escapeRegExp } from '../escape.js';
import type { Passage, Report } from '../report/types.js';
import { cut, cutGeneration } from '../understand/segment.js';
import { QUESTION_WORDS, STOPWORDS } from '../understand/classifier.js';
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';
import { FOLLOWERS_BY_NUMBER, PUBLISHED_BY_NUMBER, TIMES_BY_NUMBER } from '../understand/kind.js';

interface Doc {
  passage: Passage;
  tf: Map<string, number>;
  len: number;
  /** The passage's text in lower case (the text itself when it has no capital: most reports). */
  lower: string;
}

export interface PassageIndex {
  docs: Doc[];
  df: Map<string, number>;
  avgLen: number;
  vocab: Set<string>;
}

/** Words that say "how many / what" but not what about, and the report named as the frame of the question ("23年报里引用的那个…" cut as 报里, "报告提到的"). */
const GENERIC = new Set('数量 数据 情况 一共 总共 共 全年 累计 本年 本年度 今年 年 件 条 个 次 项 家 多 少 有 没有 是 做 进行 开展 工作 打算 搞 听说 据说 好像 要 必须 应当 应该 需要 务必 必需 一般 通常 最晚 最迟 列 列出 报里 引用 提到'.split(' '));

/**
 * The words of a text that say what it is about. A pure function of the text, asked of the same message
 * and its clauses by several rules: the words of short texts are kept (frozen), as many as the other
 * readings of questions (understand/memo.ts); a report's passages are read once and not kept here.
 */
export function contentWords(text: string): readonly string[] {
  if (text.length > CONTENT_MEMO_CHARS) return readContentWords(text);
  // (words added to jieba's dictionary since: the words kept were cut with the dictionary before)
  if (contentMemoGeneration !== cutGeneration()) contentMemo.clear(), (contentMemoGeneration = cutGeneration());
  let words = contentMemo.get(text);
  if (words === undefined) {
    words = Object.freeze(readContentWords(text));
    contentMemo.set(text, words);
  }
  return words;
}

const contentMemo = new BoundedMemo<string, readonly string[]>(READING_MEMO_MAX);
let contentMemoGeneration = -1;
/** Texts longer than this (report passages) are read afresh each time. */
const CONTENT_MEMO_CHARS = 200;

function readContentWords(text: string): string[] {
  // (内容 asked as what, "都公开了哪些内容": the question's frame, no word of the thing — "内容单一" keeps it)
  const frame = CONTENT_ASKED.test(text);
  return cut(text).filter(
    (w) => !(frame && w === '内容') && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !GENERIC.has(w) && !/^\d+(\.\d+)?$/.test(w) && !/^(几|多少|哪[几一]?)\p{Script=Han}?$/u.test(w) && !FORMAL_FUNCTION_WORDS.has(w) && !MOTION_VERBS.has(w),
  );
}

/** What is asked as 内容 ("哪些内容", "什么内容", "些啥内容"). */
const CONTENT_ASKED = /(?:哪些|什么|啥|哪方面的?)内容/;

/** Verbs of going and looking alone ("去哪里查", "在哪看"; not 找, "找谁" asks whom), and the 时候 of 什么时候: the errand or its time, never what a passage is about. */
const MOTION_VERBS: ReadonlySet<string> = new Set(['去', '来', '查', '看', '时候']);

/** Question and function words of formal writing, no subject of a passage ("执行何种审核制度", "由哪些人员审批", "对拟公开信息": 拟 "planned", cut with 对). */
const FORMAL_FUNCTION_WORDS: ReadonlySet<string> = new Set(['何种', '何类', '何', '由', '系', '之', '其', '拟', '对拟']);

const cache = new WeakMap<Report, PassageIndex>();

export function passageIndex(report: Report): PassageIndex {
  const hit = cache.get(report);
  if (hit) return hit;
  const df = new Map<string, number>();
  const vocab = new Set<string>();
  const docs = report.passages.map((passage) => {
    // Latin words as questions are read (lower case: "IPv6" is asked as "ipv6")
    const lowered = passage.text.toLowerCase();
    const lower = lowered === passage.text ? passage.text : lowered;
    const words = contentWords(lower);
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) {
      df.set(w, (df.get(w) ?? 0) + 1);
      vocab.add(w);
    }
    return { passage, tf, len: words.length, lower };
  });
  const avgLen = docs.reduce((s, d) => s + d.len, 0) / (docs.length || 1);
  const index = { docs, df, avgLen, vocab };
  cache.set(report, index);
  return index;
}

const used = new WeakMap<PassageIndex, Map<string, boolean>>();

/** Does the report use this word, alone or inside a longer one? (memoised per index) */
function usedByReport(index: PassageIndex, w: string): boolean {
  let memo = used.get(index);
  if (!memo) used.set(index, (memo = new Map()));
  let yes = memo.get(w);
  if (yes === undefined) {
    yes = index.df.has(w);
    if (!yes) for (const k of index.df.keys()) if (k.includes(w) || w.includes(k)) { yes = true; break; }
    if (memo.size < 50_000) memo.set(w, yes);
  }
  return yes;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share (IDF-weighted) of the question's content words found in the passage, 0…1. */
  coverage: number;
  /** Some word of the question that the report rarely uses (≤ 3 passages) is in this passage. */
  rare: boolean;
  /** Some word of two or more characters of the question is in this passage (whole or inside a longer word). */
  word: boolean;
}

/** How a query word occurs in the passages of a report: the passages where it does, with tf and quality. */
interface WordHits {
  docs: Int32Array;
  tf: Float64Array;
  quality: Float64Array;
}

/**
 * Words a question and a report use for the same thing, neither inside the other: a passage holding one is found
 * by the other (as a word inside a longer one is). Only words that mean the same in any sentence of a report.
 */
// (a Map: a question's word may be any string, "constructor" too, never a property of an object)
const WRITTEN_ALIKE: ReadonlyMap<string, readonly string[]> = new Map([
  ['方面', ['领域']],
  ['领域', ['方面']],
]);

/** Words whose occurrences are kept per report (each a few entries per passage that holds it). */
const WORD_HITS_MAX = 20_000;
const wordHitsCache = new WeakMap<PassageIndex, BoundedMemo<string, WordHits>>();

/**
 * The words of two or more characters of every passage with their counts, passage after passage (each
 * passage's words in the order of its `tf`), built once per index: the scan of wordHits() goes over
 * plain arrays instead of every passage's map entries (an entry pair made for every word of every
 * passage, for each new word of a question: ~10 % of the bytes a batch answer allocated, measured).
 */
interface LongWords {
  words: string[];
  counts: number[];
  /** Passage i's words are words[start[i]] … words[start[i + 1] - 1]. */
  start: Int32Array;
}
const longWordsCache = new WeakMap<PassageIndex, LongWords>();

function longWords(index: PassageIndex): LongWords {
  let flat = longWordsCache.get(index);
  if (flat) return flat;
  const words: string[] = [];
  const counts: number[] = [];
  const start = new Int32Array(index.docs.length + 1);
  index.docs.forEach((d, i) => {
    start[i] = words.length;
    for (const [k, c] of d.tf) if (k.length >= 2) words.push(k), counts.push(c);
  });
  start[index.docs.length] = words.length;
  flat = { words, counts, start };
  longWordsCache.set(index, flat);
  return flat;
}

/**
 * Where a word occurs in each passage: as a word (quality 1), inside a longer word or around a shorter
 * one (0.6, half its count), or only as characters of the passage text (0.4, 0.3). Memoised per report:
 * the scan over every word of every passage runs once per word, not once per question.
 */
function wordHits(index: PassageIndex, w: string): WordHits {
  let memo = wordHitsCache.get(index);
  if (!memo) wordHitsCache.set(index, (memo = new BoundedMemo(WORD_HITS_MAX)));
  let hits = memo.get(w);
  if (hits) return hits;
  const docs: number[] = [];
  const tfs: number[] = [];
  const qs: number[] = [];
  const long = w.length >= 2 ? longWords(index) : undefined;
  const chars = [...w];
  const alike = WRITTEN_ALIKE.get(w);
  for (let i = 0; i < index.docs.length; i++) {
    const d = index.docs[i]!;
    let tf = d.tf.get(w) ?? 0;
    let quality = tf ? 1 : 0;
    // (a word the report writes another way for the same thing, "哪些方面" of "…等领域": as good as inside a longer word)
    if (!tf && alike) for (const a of alike) if (d.tf.has(a)) (tf = Math.max(tf, d.tf.get(a)! * 0.5)), (quality = 0.6);
    if (!tf && long) {
      // a word inside a longer one (专区 in 政务公开专区), or its characters in the text (建在 ~ 建设…在)
      for (let k = long.start[i]!, end = long.start[i + 1]!; k < end; k++) {
        const word = long.words[k]!;
        if (word.includes(w) || w.includes(word)) {
          tf = Math.max(tf, long.counts[k]! * 0.5);
          quality = 0.6;
        }
      }
      if (!tf && chars.every((ch) => d.lower.includes(ch))) {
        tf = 0.3;
        quality = 0.4;
      }
    }
    if (!tf) continue;
    docs.push(i);
    tfs.push(tf);
    qs.push(quality);
  }
  hits = { docs: Int32Array.from(docs), tf: Float64Array.from(tfs), quality: Float64Array.from(qs) };
  memo.set(w, hits);
  return hits;
}

/**
 * Per-passage sums of searchPassages(), zeroed, at least `n` long: one set shared by every call and left
 * zeroed by it (a typed list of more than 64 bytes has a buffer of its own outside the heap: four
 * allocations and finalisations per search, made for every question that looks passages up).
 */
function sums(n: number): { score: Float64Array; covered: Float64Array; rare: Uint8Array; word: Uint8Array } {
  if (scratch.score.length < n) scratch = { score: new Float64Array(n), covered: new Float64Array(n), rare: new Uint8Array(n), word: new Uint8Array(n) };
  return scratch;
}
let scratch = { score: new Float64Array(0), covered: new Float64Array(0), rare: new Uint8Array(0), word: new Uint8Array(0) };

export function searchPassages(index: PassageIndex, query: string[], opts: { needNumber?: boolean } = {}): Hit[] {
  const n = index.docs.length;
  if (!n || !query.length) return [];
  const words = [...new Set(query)];
  // a word the report never uses weighs like its rarest word, not more
  const idf = (w: string) => {
    const df = Math.max(index.df.get(w) ?? 0, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  // a single character, or a word the report never uses, is weaker evidence either way
  const weight = (w: string) => (w.length < 2 ? 0.5 : 1) * (usedByReport(index, w) ? 1 : 0.5);
  const weights = new Map(words.map((w) => [w, idf(w) * weight(w)]));
  const totalIdf = words.reduce((s, w) => s + weights.get(w)!, 0) || 1;
  const k1 = 1.2;
  const b = 0.75;
  // word by word over the passages that hold it: each passage's sums add up in the order of the words
  const { score, covered, rare, word } = sums(n);
  for (const w of words) {
    const h = wordHits(index, w);
    const wIdf = idf(w);
    const wWeight = weights.get(w)!;
    const isRare = w.length >= 2 && (index.df.get(w) ?? 1) <= 3;
    for (let k = 0; k < h.docs.length; k++) {
      const i = h.docs[k]!;
      const tf = h.tf[k]!;
      const quality = h.quality[k]!;
      if (quality >= 0.6 && w.length >= 2) word[i] = 1;
      if (quality >= 0.6 && isRare) rare[i] = 1;
      covered[i]! += wWeight * quality;
      score[i]! += (wIdf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * index.docs[i]!.len) / (index.avgLen || 1)));
    }
  }
  const hits: Hit[] = [];
  for (let i = 0; i < n; i++) {
    const s = score[i]!;
    const c = covered[i]!;
    const isRare = rare[i] === 1;
    const isWord = word[i] === 1;
    // (the lists are shared between calls: left zeroed for the next one)
    score[i] = covered[i] = rare[i] = word[i] = 0;
    if (!(s > 0)) continue;
    const d = index.docs[i]!;
    if (opts.needNumber && !STATES_NUMBER.test(d.passage.text)) continue;
    hits.push({ passage: d.passage, score: s, coverage: c / totalIdf, rare: isRare, word: isWord });
  }
  return hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}

// ---------------------------------------------------------------- narrative counts

/** Verbs that make a count a change (新增 4 个) rather than a stock (共 16 个). */
const CHANGE = /新增|增加|新开|新建|新设|开通|注销|关闭|关停|减少|撤销|撤并|合并|取消|清理|废止/;

export interface CountAsked {
  /** The measure word asked (几个人 → 人, 几篇 → 篇, 几个 → 个). */
  unit: string;
  /** Content words of the question: the thing counted is among them (账号, 新媒体). */
  nouns: string[];
  /** The question asks about a change (新增了几个), not how many there are. */
  change: boolean;
  /** An article's number asked ("依据条例第几条"), or a place in order ("第几次"): a 第N in the text is then the count, not a reference to pass over. */
  article?: boolean;
  /** The year's whole count asked ("全年一共发布了多少条"): a count the text says of the whole year breaks a tie. */
  wholeYear?: boolean;
}

/** What a count question counts: "新媒体账号有几个" → 个 of 新媒体/账号; none without 几/多少. */
/** A number as reports write it: digits, or Chinese numerals before a measure word ("一名人员", "两个"). */
// (a count in ten-thousands, "2.72万余条", "1.5万条", is a count too)
const NUMBER = '(?:\\d+(?:\\.\\d+\\s*万|\\s*万)?|[一二两三四五六七八九十百]+)';
/** A text that states a number: digits, or a Chinese numeral with its measure word. */
const STATES_NUMBER = /\d|[一二两三四五六七八九十百]+[名个位人家件条项次篇所户批场期]/;
/** Measure words that count the same thing ("几个人" ~ "一名人员", "2位同志"). */
// (letters to a mailbox are counted in 封 or 件: "市长信箱来件285封")
const UNIT_ALIKE: Record<string, string> = { 件: '件例宗起封', 封: '封件', 宗: '宗件起', 起: '起件宗', 人: '人名位', 名: '人名位', 位: '人名位', 项: '项个', 家: '家个', 所: '所个', 条: '条篇', 篇: '篇条', 份: '份件条篇个' };

/** The measure words that count the same things as `unit` (reports count pieces of information in 条 or 篇), for a character class. */
export function unitsAlike(unit: string): string {
  return UNIT_ALIKE[unit] ?? unit;
}

/** How many items of information, with no measure word ("发了多少信息", "公开多少政务信息"). */
const INFORMATION_COUNTED = /(?:几|多少)(?:政务|政府)?信息(?!处理|公开|化|系统|科|费)|信息(?:的)?(?:总数|总量|数量|条数)(?:是|有|为|一共|共)?(?:多少|几)/;

/** A channel's output asked with no measure word ("门户网站发了多少", "公众号一共推送了几"). */
const CHANNEL_PUBLISHED = /(?:网站|门户|公众号|微博|微信|新媒体|账号|客户端|抖音|头条号|专栏)[^，。？?；]{0,6}?(?:发布|发|推送|更新|推)(?:了|过)?(?:一共|共|总共)?(?:有)?(?:多少|几)(?![\u4e00-\u9fa5])/;

/** Documents or pieces of information asked by their number, no how-many word ("政策文件数量", "稿件数目", "政务动态类信息之公开数量"). */
const ITEMS_BY_NUMBER = /(?:文件|信息|稿件|新闻|政策|解读)[)）”"]?(?:的|之)?(?:公开|发布|报送|推送)?(?:的)?(?:数量|数目|总?条数|总数)(?![^，。？?]{0,4}(?:多少|几))/;

/** The items published asked by their number ("主动公开的数量", "主动公开信息总数"). */
const PROACTIVE_BY_NUMBER = /主动公开(?:的)?(?:政府)?(?:信息)?(?:的)?(?:数量|总数|条数|总量)/;
/** An article's number asked ("第几条", "第多少条"). */
const ARTICLE_NUMBER_ASKED = /第(?:几|多少)[条款项]/;
/** Which time or which one in order asked ("第几次", "第几批"): the text's "第6次" answers it. */
const ORDINAL_ASKED = /第(?:几|多少)[次批期届轮]/;
/** A thing's count named by its measure word and 数, after the thing ("微博条数", "国资信息》期数", "申请件数"). */
const MEASURE_NUMBER_NAMED = /(?:\p{Script=Han}{2}|[》”"])([篇条件项期])数/u;
/** Accounts or sites by their number ("新媒体总数", "公众号数量", "网站个数"). */
const ACCOUNTS_BY_NUMBER = /(?:新媒体|公众号|账号|帐号|网站|平台)(?:的)?(?:总数|数量|个数)/;

/** A share asked ("占多少比例", "占比多少", "百分之几"), which reports state in per cent. */
const SHARE_COUNTED = /占(?:了)?(?:多少|几)(?:比例|比重|百分比)?|占比(?:是)?多少|比例(?:是)?多少|百分之(?:几|多少)|百分比(?:是)?多少|几成/;

/** Visits, views, clicks or plays of a site or a post, which reports count in 次. */
const VISITS_COUNTED = /(?:访问|浏览|点击|阅读|播放|下载)(?:量|次数)/;

/** Documents asked in 个 ("多少个乡镇人民政府文件", "几个通知"): reports count documents in 件, 条, 份 or 篇, never 个. */
/** Projects or matters counted with 个, which reports count in 项 or 个 ("多少个政府采购项目" → "采购项目9项"); not the items published about them. */
const PROJECTS_IN_GE = /(?:几|多少)个[^，。？?\d]{0,8}(?:项目|事项)(?!的?(?:信息|公告|文件|通知))/;
const DOCUMENTS_IN_GE = /(?:几|多少)个[^，。？?\d]{0,8}(?:文件|稿件|公告|通知|通报|简报)/;

/** Counts asked kept by text (as many as the other readings of a text, understand/memo.ts). */
const COUNT_ASKED_MEMO_MAX = READING_MEMO_MAX;
const countAskedMemo = new BoundedMemo<string, CountAsked | null>(COUNT_ASKED_MEMO_MAX);
let countAskedGeneration = -1;

/**
 * The count a question asks (readCountAsked). A pure function of the text and jieba's dictionary, asked by rule after
 * rule (~1.8 % self time of an in-process reply, CPU profile): memoised, afresh when the dictionary grows. Every call
 * gets its own object and nouns (callers may change them). Long texts are read afresh, as by contentWords.
 */
/** Quotation marks around a thing named. */
const QUOTE_MARKS = /[“”"「」『』]/g;

export function countAsked(norm: string): CountAsked | undefined {
  if (norm.length > CONTENT_MEMO_CHARS) return readCountAsked(norm);
  if (countAskedGeneration !== cutGeneration()) countAskedMemo.clear(), (countAskedGeneration = cutGeneration());
  let asked = countAskedMemo.get(norm);
  if (asked === undefined) {
    asked = readCountAsked(norm) ?? null;
    countAskedMemo.set(norm, asked);
  }
  return asked ? { ...asked, nouns: [...asked.nouns] } : undefined;
}

function readCountAsked(quotedNorm: string): CountAsked | undefined {
  // (a thing in quotation marks is counted as the same words unquoted: "“其他信息”数量为多少")
  const norm = quotedNorm.replace(QUOTE_MARKS, '');
  // (the first how-many with a unit: "主动公开了多少信息，发了多少篇新闻稿" asks 篇)
  let unit: string | undefined;
  // (部 of books or rules, "几部政府规章", never of 部分 or 部门)
  // (a measure word sized by 大 or 小, "几大类", "多少小项": the measure word itself)
  // (类 only so sized: "分了几类" asks what kinds, not a count in 类)
  for (const asked of norm.matchAll(/(?:几|多少)(个)?(?:(?:大|小)(类)|(?:大|小)?((?:[篇条家场次件人项期名所户批宗份封]|部(?![分门长署委队位]))?))/g)) if ((unit = asked[2] || asked[3] || asked[1])) break;
  // (documents counted in 个, as people say it, "发了多少个乡镇人民政府文件": in 份, which reports write 件, 条 or 篇)
  if (unit === '个' && DOCUMENTS_IN_GE.test(norm)) unit = '份';
  if (unit === '个' && PROJECTS_IN_GE.test(norm)) unit = '项';
  // (no measure word, but items of information counted: "发了多少信息" counts 条, as reports do: "发布信息426条")
  if (!unit && INFORMATION_COUNTED.test(norm)) unit = '条';
  // (what a channel put out, no measure word: "那门户网站发了多少" counts items, in 条, as "通过门户网站发布信息8085条")
  if (!unit && CHANNEL_PUBLISHED.test(norm)) unit = '条';
  // ("信息条数分别是多少": the unit before 数)
  if (!unit && /(?:多少|几)/.test(norm)) unit = /([篇条场件项期])数/.exec(norm)?.[1];
  // ("来件多少", "人数多少": the measure word just before the how-many)
  if (!unit) unit = /[来办收发]([件条篇])(?:数)?(?:有|是|共|一共)?(?:多少|几)/.exec(norm)?.[1];
  // (visits of a website, "访问量和浏览量分别是多少": counted in 次, as reports write them)
  if (!unit && VISITS_COUNTED.test(norm) && /多少|几/.test(norm)) unit = '次';
  // (a share, "征地类的占多少比例": reports state it in per cent, "占比93.8%")
  if (!unit && SHARE_COUNTED.test(norm)) unit = '%';
  // (documents or items counted by "数量" alone, "政策文件数量", "新闻稿件的数目": in 条, as reports list them)
  if (!unit && ITEMS_BY_NUMBER.test(norm)) unit = '条';
  // (what was published, by its number: "主动公开的数量分别是多少" counts items, in 条)
  if (!unit && PROACTIVE_BY_NUMBER.test(norm)) unit = '条';
  // (what a channel published, by its volume: "政务微博发布量" counts items, in 条)
  // (or its issues, "发布期数": in 期)
  if (!unit) unit = PUBLISHED_BY_NUMBER.exec(norm)?.[1] === '期数' ? '期' : PUBLISHED_BY_NUMBER.test(norm) ? '条' : undefined;
  // (people by their number, "关注人数有多少": in 人, as reports write "关注人数达181761人")
  if (!unit && /人数/.test(norm) && /多少|几/.test(norm)) unit = '人';
  // (followers, or accounts and sites, by their number: "订阅数是多少", "关停新媒体总数" — reports count them in 个)
  if (!unit && (FOLLOWERS_BY_NUMBER.test(norm) || ACCOUNTS_BY_NUMBER.test(norm))) unit = '个';
  // (times, "预警督改次数": in 次)
  if (!unit && TIMES_BY_NUMBER.test(norm)) unit = '次';
  // (a thing's count by its measure word and 数, no how-many word: "微博条数", "《…信息》期数")
  if (!unit) unit = MEASURE_NUMBER_NAMED.exec(norm)?.[1];
  if (!unit) return undefined;
  // (the unit cut together with the verb after it, "几个人干" → 人干: no noun of the thing counted)
  const gluedToUnit = (w: string) => w.startsWith(unit!) && new RegExp(`(?:几|多少)个?${escapeRegExp(w)}`).test(norm);
  return { unit, nouns: contentWords(norm).filter((w) => w.length >= 2 && !gluedToUnit(w)), change: CHANGE.test(norm), ...(ARTICLE_NUMBER_ASKED.test(norm) || ORDINAL_ASKED.test(norm) ? { article: true } : {}), ...(WHOLE_YEAR_ASKED.test(norm) ? { wholeYear: true } : {}) };
}


/** A share stated in per cent ("占比93.8%", "占31.91%"), with what follows it in its clause. */
const SHARE_STATED = /\d+(?:\.\d+)?\s*[%％]([^，。；,;]{0,10})/g;
/** Characters before a share where its part is named ("大部分为涉及征地类信息,占比93.8%": the clause before). */
const SHARE_SUBJECT_CHARS = 16;

/** Less than the half point between a stock and a change: every word of the thing beside the count only breaks a tie. */
const WHOLE_THING_BONUS = 0.25;
/** Words of the question beside a count that make it the whole thing asked, not a word it shares with another. */
const WHOLE_THING_WORDS = 2;
/** Words of any count of published items: no part of what tells the thing counted apart. */
export const PLAIN_COUNT_WORDS = /^(?:公开|信息|发布|公布|政府|主动|政务|发了|更新|共计|一共|总共|多少|全年)$/;

/** countFit() of a number in the unit asked with a word of the question next to it: the sentence states that count. */
export const COUNT_ATTACHED = 2;

/**
 * How well a passage holds the count asked: 2 when a number in the unit asked is followed closely by
 * a word of the question ("16个政务新媒体账号"), 1 for a number in that unit alone, 0 otherwise; a
 * stock beats a change unless a change is asked ("16个…账号" before "新增…4个新媒体账号").
 */
/** A web address in brackets ("目录系统(http://www.enping.gov.cn/…)主动公开…482条"): it stands between a thing and its count. */
const BRACKETED_URL = /[（(]\s*(?:https?:\/\/|www\.)[^)）]*[)）]/g;

/** A clause naming the means a count was made by, right before the count's own clause ("借助…微信公众号,"). */
const MEANS_CLAUSE = /(?:借助|通过|依托|利用|运用)[^，。；,;]{1,24}[，,]\s*$/;
/** Characters looked back for the means clause. */
const MEANS_CHARS = 40;
/** The words of a clause up to the verb opening a list ("专题专栏包括"): what stands after it is counted. */
const LIST_OPENED = /^.*(?:包括|包含|含有)/;
/** A total's own clause ("共发布86条", "合计…"): it sums the list before it. */
const TOTAL_CLAUSE = /^\s*(?:共计|合计|总计|累计|一共|总共|共)/;
/** What a list is of, at the start of its sentence ("专题专栏包括…", "其中…;专题专栏包括…"). */
const LIST_OF = /([^，。；,;、]{2,12}?)(?:包括|包含|含有)/;
/** The thing a list's total counts, when the number's clause is that total and its sentence opens with what the list is of. */
function listTotalOf(text: string, at: number, clause: string): string {
  if (!TOTAL_CLAUSE.test(clause)) return '';
  const sentence = text.slice(Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf(';', at)) + 1, at - clause.length);
  return LIST_OF.exec(sentence)?.[1] ?? '';
}
/** Characters looked back (within the clause) for things joined before the thing asked. */
const JOINT_CHARS = 24;
/** Less than the half step of countFit: a count of things joined loses only to one as well fitted of the thing alone. */
const JOINT_PENALTY = 0.25;
/**
 * A word asked standing joined to another thing not asked and counted with it as their total ("目录和我局专题专栏共188条" for
 * 专题专栏): two characters, a conjunction, at most three more, the word, then a total's word before the count — not a kind named by
 * a list ("涉及行政法规、规章和规范性文件的0条"). `gap` is the text from where the words are looked for up to the count.
 */
export function joinedToUnasked(gap: string, words: readonly string[]): boolean {
  for (const w of words) {
    if (w.length < 2) continue;
    const at = gap.lastIndexOf(w);
    if (at < 0) continue;
    const joined = JOINED_BEFORE.exec(gap.slice(0, at));
    if (joined && JOINT_TOTAL.test(gap.slice(at + w.length)) && !words.some((o) => o !== w && o.length >= 2 && (joined[1]!.includes(o) || o.includes(joined[1]!)))) return true;
  }
  return false;
}
/** Two characters, a conjunction and a few more just before a word ("目录和我局"; 我局, 本单位 between). */
const JOINED_BEFORE = /(\p{Script=Han}{2})[和及与]\p{Script=Han}{0,3}$/u;
/** Words that make a count the total of what comes before it ("共188条", "合计…"). */
const JOINT_TOTAL = /共计|合计|总计|一共|总共|共/;

export function countFit(said: string, asked: CountAsked, ranking = false): number {
  const text = said.includes('http') || said.includes('www.') ? said.replace(BRACKETED_URL, '') : said;
  let best = 0;
  const share = asked.unit === '%';
  // (a measure word sized by 大 or 小, "12 大类、90 小项", is that measure word)
  const re = share ? SHARE_STATED : new RegExp(`${NUMBER}\\s*(?:余|多)?\\s*(?:大|小)?[${unitsAlike(asked.unit)}]([^，。；,;]{0,10})`, 'g');
  for (const m of text.matchAll(re)) {
    // (an article cited, "《条例》第二十条", "第十五条第二款", counts nothing)
    if (!share && !asked.article && text[m.index! - 1] === '第') continue;
    const after = m[1] ?? '';
    // the thing counted after the number ("16个政务新媒体账号") or right before it in the same clause ("新闻稿件600余篇")
    // (a share names its part in the clause before: "大部分为涉及征地类信息,占比93.8%")
    // (a list opened right before, "专题专栏包括组织机构4条": the first item is the thing counted, not what the list is of)
    const before = share
      ? (text.slice(Math.max(0, m.index! - SHARE_SUBJECT_CHARS), m.index!).split(/[。；;]/).at(-1) ?? '')
      : (text.slice(Math.max(0, m.index! - 10), m.index!).split(/[，。；,;]/).at(-1) ?? '').replace(LIST_OPENED, '');
    // (letters in either case: the question is read lower-cased, "app" is the text's "APP")
    const holds = (t: string) => ((l) => asked.nouns.some((n) => l.includes(n) || (n.length >= 3 && [...n].filter((c) => l.includes(c)).length >= 2)))(t.toLowerCase());
    // (or the channel in the clause before, as the means: "借助“温州商务”微信公众号,累计发布各类信息345篇")
    const means = share || holds(before) ? '' : (MEANS_CLAUSE.exec(text.slice(Math.max(0, m.index! - MEANS_CHARS), m.index! - before.length))?.[0] ?? '');
    // (a list's total, "专题专栏包括组织机构4条、价格收费52条…,共发布86条": the total is of the thing the list is of)
    const listOf = share || holds(before) ? '' : listTotalOf(text, m.index!, before);
    const attached = holds(after) || holds(before) || (!!means && holds(means)) || (!!listOf && holds(listOf));
    // (a count of two things joined, "目录和我局专题专栏共188条", is no count of the one asked alone)
    // (only when passages are ranked: the steps of countFit, read as thresholds elsewhere, stay as they were)
    const joint = ranking && !share && !holds(after) && joinedToUnasked(text.slice(Math.max(0, m.index! - JOINT_CHARS), m.index!).split(/[，。；,;]/).at(-1) ?? '', asked.nouns) ? JOINT_PENALTY : 0;
    // (two words of the thing asked right there, "各类政策文件73个" for 多少个政策文件, fit better than one, "政策解读信息64条")
    const near = `${listOf}${before}${after}`.toLowerCase();
    // (words every count of published items has, 公开/信息/发布, tell no thing from another)
    const whole = attached && asked.nouns.filter((n) => !PLAIN_COUNT_WORDS.test(n) && near.includes(n)).length >= WHOLE_THING_WORDS;
    // the clause of the number: is it a change or a stock?
    const start = Math.max(text.lastIndexOf('，', m.index!), text.lastIndexOf('。', m.index!), text.lastIndexOf('；', m.index!)) + 1;
    const clause = text.slice(start, m.index! + m[0].length);
    const sameKind = CHANGE.test(clause) === asked.change ? 0.5 : 0;
    best = Math.max(best, (attached ? 2 : 1) + sameKind + (whole ? WHOLE_THING_BONUS : 0) - joint);
  }
  return best;
}

/**
 * The change beside a stock ("新增…4个新媒体账号" beside "16个政务新媒体账号"): another passage that holds
 * a count of the same thing, said as a change. Only when the stock was asked and found.
 */
/** countFit() to its half step (2, a count with its thing; 2.5, the kind asked too), whatever tie-breaks were added. */
function fitStep(text: string, asked: CountAsked): number {
  return Math.floor(countFit(text, asked) * 2) / 2;
}

export function countCompanion<T extends Hit>(hits: T[], top: T, asked: CountAsked, slack: number): T | undefined {
  if (asked.change || countFit(top.passage.text, asked) < 2.5) return undefined;
  return hits.find((h) => h !== top && h.coverage >= top.coverage - slack && fitStep(h.passage.text, asked) === 2 && /新增|增加|新开|新建|开通/.test(h.passage.text));
}

/**
 * A stock asked ("管着多少个…账号") and the best passage tells only a change ("新增…4个新媒体账号"): a
 * passage that states the stock ("16个政务新媒体账号") comes first, if it covers at least `share` as much.
 */
export function stockFirst<T extends Hit>(hits: T[], asked: CountAsked, share: number): T[] {
  const top = hits[0];
  if (!top || asked.change || fitStep(top.passage.text, asked) !== 2) return hits;
  const stock = hits.find((h) => h !== top && h.coverage >= top.coverage * share && fitStep(h.passage.text, asked) === 2.5);
  return stock ? [stock, ...hits.filter((h) => h !== stock)] : hits;
}

/** Words of a running total (all years so far: "截至2019年底"), not the year's count ("全年累计" is the year's own). */
const RUNNING_TOTAL = /截至|截止|历年|以来/;
/** Words that make a count the year's own. */
const THE_YEAR = /全年|本年度?|今年|当年/;
/** Less than the half point between a stock and a change (countFit): a running total loses only to a count as well fitted. */
const RUNNING_TOTAL_PENALTY = 0.25;

/** Measure words of items of information published (not requests, counted in 件). */
const INFORMATION_UNITS = /^[条项篇]$/;
/** A sentence that counts requests ("办理政府信息公开申请114件"), not one that only names them ("依申请及公共服务事项清单"). */
const REQUESTS_COUNTED = /申请[^，。；,;]{0,6}\d+\s*件|\d+\s*件[^，。；,;]{0,4}申请/;
/** Less than any step of countFit: it only breaks a tie between sentences that fit the count alike. */
const REQUESTS_UNASKED_PENALTY = 0.25;
/** Items received, not published ("共收到0条有效反馈信息", "受理留言12条"): no count of what an office put out. */
const RECEIVED_ITEMS = /(?:收到|接到|受理|接收)[^，。；,;\d]{0,8}\d+\s*[条篇]/;
/** Items put out ("共发布信息4034条", "公开政府信息18658条"). */
const PUBLISHED_ITEMS = /(?:发布|公开|公布|推送|更新|发)[^，。；,;\d]{0,8}\d+\s*[条篇]/;
/** Words of a question asking what came in (feedback, messages): then a count received is no penalty. */
const RECEIVED_ASKED = /收|接|受理|来信|留言|反馈|咨询/;
/**
 * A sentence counting only items received ranks below one counting items put out, alike otherwise — and below a running
 * total of items put out ("2023年以来,…共发布信息4034条" reads as one): more than RUNNING_TOTAL_PENALTY, less than the half step.
 */
const RECEIVED_UNASKED_PENALTY = 0.4;

/** The year's whole count asked ("全年一共发布了多少条", "一年总共公开多少"). */
const WHOLE_YEAR_ASKED = /全年|一整年|整年|(?:一|这)年(?:来|下来|里)?(?:一共|总共|共)|本年度?(?:一共|总共|共)/;
/** A count the text says of the whole year ("全年共发布信息1699条", "全年累计公开…"). */
const WHOLE_YEAR_COUNT = /(?:全年|本年度)[^，。；,;\d]{0,10}\d/;
/** Less than any step of countFit and than the running-total penalty: only a tie between sentences that fit alike. */
const WHOLE_YEAR_BONUS = 0.2;

/** Among passages about as good as the best, the ones that hold the count asked come first. */
export function preferCounted<T extends Hit>(hits: T[], asked: CountAsked, slack: number): T[] {
  if (hits.length < 2) return hits;
  const best = hits[0]!.coverage;
  const near = hits.filter((h) => h.coverage >= best - slack);
  // (a running total, "截至2019年底,累计主动公开…64627条", ranks below the year's own count unless asked)
  const runningAsked = asked.nouns.some((n) => RUNNING_TOTAL.test(n));
  // ("截至2024年底…全年通过政府网站主动公开信息总数778条" counts the year: 全年 says so)
  const running = (t: string) => RUNNING_TOTAL.test(t) && !THE_YEAR.test(t);
  // (items of information counted, no request named: a sentence about the requests, "…申请114件,…公开政府信息167项", ranks
  // below the year's own count of what was published, "…公开政府信息82276项")
  // (and the other way round: "通过申请公开了多少项信息" asks the requests' sentence, not the year's count of what was published)
  const items = INFORMATION_UNITS.test(asked.unit);
  const requestsAsked = asked.nouns.some((n) => n.includes('申请'));
  // (items published asked, "政府网站发了多少条信息": a sentence counting only what came in, "…共收到0条有效反馈信息", ranks below
  // one counting what went out, "政府网站共发布信息4034条")
  const receivedAsked = asked.nouns.some((n) => RECEIVED_ASKED.test(n));
  const onlyReceived = (t: string) => RECEIVED_ITEMS.test(t) && !PUBLISHED_ITEMS.test(t);
  const fit = new Map(
    near.map((h) => [
      h,
      countFit(h.passage.text, asked, true) -
        (!runningAsked && running(h.passage.text) ? RUNNING_TOTAL_PENALTY : 0) -
        (items && REQUESTS_COUNTED.test(h.passage.text) !== requestsAsked ? REQUESTS_UNASKED_PENALTY : 0) -
        (items && !receivedAsked && onlyReceived(h.passage.text) ? RECEIVED_UNASKED_PENALTY : 0) +
        (asked.wholeYear && WHOLE_YEAR_COUNT.test(h.passage.text) ? WHOLE_YEAR_BONUS : 0),
    ]),
  );
  const ranked = [...near].sort((a, b) => fit.get(b)! - fit.get(a)! || b.coverage - a.coverage);
  return [...ranked, ...hits.filter((h) => !fit.has(h))];
}

/** The last words of a sentence cut off (no closing mark) whose last clause names a word asked but no number. */
export function cutBeforeCount(line: string, nouns: readonly string[]): string | undefined {
  const t = line.trim();
  if (/[。；;！？!?）)”"]$/.test(t)) return undefined;
  const last = t.split(/[，,、；;]/).at(-1) ?? '';
  if (/\d/.test(last) || !last) return undefined;
  // (a word asked, or its first two characters: "线下申请" cut as "线下申")
  return nouns.some((w) => last.includes(w) || (w.length >= 2 && last.includes(w.slice(0, 2)))) ? last : undefined;
}

/** How the note on a sentence cut off before its figure begins. */
export const CUT_NOTE_START = '……（报告此处文字不完整';
/** Said after a sentence cut off right at the thing asked: the report does not state that count. */
export const cutNote = (cut: string) => `${CUT_NOTE_START}，在“${cut}”处中断，没有写出这项数字。）`;

/** A sentence of a report's text, with the section of the passage holding it. */
export interface ReportSentence {
  readonly text: string;
  readonly section: string;
}
const sentencesMemo = new WeakMap<Report, readonly ReportSentence[]>();
/** Every sentence of a report's passages (cut after 。；;), in order: split once per report. */
export function sentencesOf(r: Report): readonly ReportSentence[] {
  let all = sentencesMemo.get(r);
  if (!all) {
    all = Object.freeze(r.passages.flatMap((p) => p.text.split(/(?<=[。；;])/).map((text) => ({ text, section: p.section }))));
    sentencesMemo.set(r, all);
  }
  return all;
}
