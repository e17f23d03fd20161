/**
 * Finds the figure a question asks about, from the lexicon in intents/figures.yml and the report
 * format catalogue: "企业申请了几次" → t3.new.business; "告过你们吗" → table 四 suits.
 */
import { readingMemo } from './memo.js';
import type { Lexicon } from '../answer/intents.js';
import { T3_ROW_BY_ID } from '../report/format.js';
import { tableRefHits } from './table-refs.js';

/** Words that place a cell in the printed table: the cheap test before the table-reference reading. */
const PLACE_WORDS = /项|列|栏|\([一二三四五六七]\)|申请人(?:类型|类别)?(?:是|为|属于)/;

export interface Span {
  start: number;
  end: number;
}

interface Hit extends Span {
  group: string;
  part: string;
  /** Matched by a pattern (/多少申请/) rather than a phrase: weaker than a named row. */
  generic?: boolean;
  /** An everyday verb (收到, 受理): a row only when counts are asked. */
  weak?: boolean;
  /** Found by the typo pass: one character differs from the phrase ("无法提共"). */
  near?: boolean;
}

export interface MetricQuery {
  table: '二' | '三' | '四';
  /** Table 三: row ids; table 二: row ids; table 四: group ids ('suit' = both kinds of suit). */
  rows: string[];
  /** Column ids (table 三 incl. 'org'; table 二; table 四). Empty = the row's natural total. */
  cols: string[];
  spans: Span[];
  /** False when only a column was named ("现行有效的呢"): a follow-up takes the rows from context. */
  rowsExplicit?: boolean;
  /** Named only by a question-like phrase ("办理了多少", /多少申请/): the words around it may mean something else. */
  vague?: boolean;
  /** Who applied is asked ("是哪类申请人提的"): table 三's answer lists the row's applicants. */
  byApplicant?: boolean;
  /** A share is asked ("予以公开率", "占新收的百分之多少"): the answer adds the share of the row in the base. */
  rate?: boolean;
  /** A share set against a part of the whole ("是不是超过新收总量一半了": 0.5): the answer says whether it is above or below. */
  threshold?: number;
  /** The decimals asked of a share ("保留两位小数"): the share to that many places. */
  decimals?: number;
  /** Every reason of a result asked, each ("不予处理下面5个理由分别是多少"): zeros too. */
  allParts?: boolean;
  /**
   * Several figures asked added up: table 四's kinds of cases ("复议诉讼共多少件"), or table 三's results
   * ("不予公开加上无法提供一共多少"): the answer adds their sum.
   */
  added?: boolean;
  /** Why a reason of table 三 applies is asked ("凭啥不予处理"): the answer quotes its legal basis. */
  basis?: boolean;
  /** Two figures asked against each other ("现行有效的比新发的多几件"): the answer adds their difference. */
  difference?: boolean;
  /** How many times one figure is another asked ("无法提供的件数是予以公开的几倍"): the answer adds their ratio. */
  times?: boolean;
  /** Figures the asker quotes to check ("无法提供合计8件，其中不掌握6件…对不对"): the answer says whether they agree. */
  quoted?: number[];
  /**
   * Table 二 of the 2019 format: last year's count or the change asked ("上一年项目数量", "比上一年增加还是减少"):
   * the row's cells as printed come with the answer.
   */
  printed?: boolean;
}

const globalCache = new WeakMap<RegExp, RegExp>();

/** A phrase opening on a measure word right after a how-many ("几个人" is no 个人): the count's measure word. (After a
 * number it may be the column still: "6是6个人吗" asks whether the 6 are natural persons.) */
const MEASURE_FIRST = /^[个件条]/;
const HOW_MANY_BEFORE = /(?:几|多少)\s*$/;
function measureOfCount(text: string, at: number, phrase: string): boolean {
  return MEASURE_FIRST.test(phrase) && at > 0 && HOW_MANY_BEFORE.test(text.slice(Math.max(0, at - 3), at));
}

function findAll(text: string, pattern: string | RegExp, group: string, part: string, out: Hit[]): void {
  if (typeof pattern === 'string') {
    if (!pattern) return;
    for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) out.push({ start: i, end: i + pattern.length, group, part });
    return;
  }
  let re = globalCache.get(pattern);
  if (!re) globalCache.set(pattern, (re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')));
  // most patterns find nothing in a question: a test() is much cheaper than matchAll (which copies the regex)
  re.lastIndex = 0;
  const any = re.test(text);
  re.lastIndex = 0;
  if (!any) return;
  // (a pattern of a reason — a sub-row, "refused.law" — describes that reason: it names the row as a phrase does)
  const generic = !part.includes('.') || undefined;
  for (const m of text.matchAll(re)) if (m[0]) out.push({ start: m.index!, end: m.index! + m[0].length, group, part, generic });
}

/** Longest non-overlapping lexicon hits, in text order. */
type Phrase = { phrase: string; group: string; part: string };
/**
 * Phrases indexed by their first UTF-16 code unit, as a number: a Chinese character taken out of the
 * text (text[i]) is a new two-byte string, hashed again at every position.
 */
type ByFirstUnit = Map<number, Phrase[]>;
const byFirstChar = new WeakMap<Lexicon, ByFirstUnit>();

/** Phrases of 4+ characters indexed by their first character, for the typo pass. */
function fuzzyIndex(lexicon: Lexicon): ByFirstUnit {
  let index = byFirstChar.get(lexicon);
  if (index) return index;
  index = new Map();
  for (const [group, parts] of Object.entries(lexicon))
    for (const [part, pats] of Object.entries(parts))
      for (const p of pats) if (typeof p === 'string' && p.length >= 4) index.set(p.charCodeAt(0), [...(index.get(p.charCodeAt(0)) ?? []), { phrase: p, group, part }]);
  byFirstChar.set(lexicon, index);
  return index;
}

/** Characters of time words ("全年", "当月") and of a place's levels ("全市", "全区"): a window differing from a phrase by one
 *  of them is no typo of it ("全市公开了多少政府信息" is the city's disclosure, not 全部公开 mistyped). */
// (nor 家 of 大家, "大家申请的都是啥": everyone, no 大量 mistyped)
const TIME_CHARS: ReadonlySet<string> = new Set(['年', '月', '日', '天', '省', '市', '区', '县', '镇', '乡', '旗', '州', '家']);

/** A phrase led by a how-many ("几个项目", "多少个项目"). */
const HOW_MANY_LED = /^(?:几|多少)/;

/** Windows of the text that differ from a phrase in exactly one character (typos such as 无法提共). */
function findNear(text: string, lexicon: Lexicon, out: Hit[]): void {
  const index = fuzzyIndex(lexicon);
  for (let i = 0; i < text.length; i++) {
    // the first character must be right: 不予公开 is not a typo of 予以公开
    for (const { phrase, group, part } of index.get(text.charCodeAt(i)) ?? []) {
      const n = phrase.length;
      if (i + n > text.length) continue;
      let diff = 0;
      let at = -1;
      for (let k = 1; k < n && diff < 2; k++) if (text.charCodeAt(i + k) !== phrase.charCodeAt(k)) (diff++, (at = i + k));
      // (a time word or a place's level is no typo: "全年公开", "全市公开" are not 全部公开 mistyped)
      // (a phrase that opens on a how-many, "几个项目", is a count of that thing: another thing counted, "几个栏目", is no slip of it)
      if (diff === 1 && !TIME_CHARS.has(text[at]!) && !HOW_MANY_LED.test(phrase)) out.push({ start: i, end: i + n, group, part, near: true });
    }
  }
}

/** A contact detail named by its noun: no typo pass for figures then. */
const CONTACT_NOUN = /电话|地址|邮编|邮政编码|邮箱|电子邮件|传真|网址/;
/** The fee named: a near match may not run into it ("有没有收信息处理费" is not 没有该信息 + 处理费; "有没有收费" is not 没有缴费). */
const FEE_NOUN = /信息处理费|处理费|收费/g;

/** Everyday verbs that name a row only in a question about counts ("多久能收到答复" is not about 新收). */
const WEAK = new Set(['收到', '接到', '受理', '处理', '办理']);

const exactIndex = new WeakMap<Lexicon, { byChar: ByFirstUnit; regexes: { re: RegExp; group: string; part: string }[] }>();

/** Phrases indexed by first character (one pass over the text), regexes apart. */
function exact(lexicon: Lexicon) {
  let index = exactIndex.get(lexicon);
  if (index) return index;
  index = { byChar: new Map(), regexes: [] };
  for (const [group, parts] of Object.entries(lexicon))
    for (const [part, pats] of Object.entries(parts))
      for (const p of pats) {
        if (typeof p !== 'string') index.regexes.push({ re: p, group, part });
        else if (p) index.byChar.set(p.charCodeAt(0), [...(index.byChar.get(p.charCodeAt(0)) ?? []), { phrase: p, group, part }]);
      }
  exactIndex.set(lexicon, index);
  return index;
}

export function lexiconHits(text: string, lexicon: Lexicon): Hit[] {
  let hits: Hit[] = [];
  const { byChar, regexes } = exact(lexicon);
  for (let i = 0; i < text.length; i++) {
    for (const { phrase, group, part } of byChar.get(text.charCodeAt(i)) ?? [])
      if (text.startsWith(phrase, i) && !measureOfCount(text, i, phrase)) hits.push({ start: i, end: i + phrase.length, group, part, weak: WEAK.has(phrase) || undefined });
  }
  for (const { re, group, part } of regexes) findAll(text, re, group, part, hits);
  // cells named by their place in the printed table ("不予公开第2项", "其他那一列"): only when 项/列/（N） is said
  if (PLACE_WORDS.test(text)) hits.push(...tableRefHits(text));
  // the typo pass, when no phrase was found as written ("无法提共的申请多少"); a near match never
  // overrides what was found as written
  // a question that names a contact detail is not a figure mistyped ("有没有公布电子邮箱" is not 没有公开)
  // (or only a column's words, which a row mistyped may hold: "行政事业姓收费多少" — 收费多少 is a column, the row is
  // 行政事业性收费 with one character slipped; the row read near takes the column's words in)
  const columnsOnly = hits.length > 0 && hits.every((h) => h.group === 't2.columns' && !h.generic);
  if ((!hits.some((h) => !h.generic) || columnsOnly) && !CONTACT_NOUN.test(text)) {
    const near: Hit[] = [];
    findNear(text, lexicon, near);
    const fees = [...text.matchAll(FEE_NOUN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const rowsNear = columnsOnly ? near.filter((n) => n.group === 't2.rows') : [];
    if (rowsNear.length) hits = [...rowsNear, ...hits.filter((h) => !rowsNear.some((n) => h.start < n.end && n.start < h.end))];
    else hits.push(...near.filter((n) => !hits.some((h) => n.start < h.end && h.start < n.end) && !fees.some((f) => n.start < f.end && f.start < n.end)));
  }
  // a question-like pattern of requests never swallows a row of table 二 ("收到多少行政许可申请" asks licence
  // applications, not disclosure requests)
  const t2Rows = hits.filter((h) => h.group === 't2.rows' && !h.generic);
  if (t2Rows.length) hits = hits.filter((h) => !(h.generic && h.group === 't3.rows' && t2Rows.some((t) => h.start <= t.start && t.end <= h.end)));
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

const uniq = <T,>(xs: T[]): T[] => [...new Set(xs)];

/** A question word or a pronoun right before a noun ("哪个单位", "我们单位"): an office, not the applicant column. */
const WHICH_BEFORE = /(哪个|哪家|哪些|什么|哪|我们|我|咱们|本|你们|贵|[这那各][几两二三四五六七八九十\d]*个|几个)$/;

/** A place named by the words before it ("受理点", "申请受理窗口", "受理大厅"): no requests counted. */
// (right after the row's words, or after 受理 when the words end before it: "几个申请受理点")
const PLACE_OF_VERB = /^(?:受理)?(?:点|室|处|窗口|中心|大厅|场所)/;
/** Right after a row's words: the count the asker states for it ("收到15件申请", "予以公开 4 件"). */
const STATED_COUNT = /^[^，。,?？!！]{0,2}?\d+\s*件/;
/** A share asked of a count stated ("4件，占本年新收申请的百分之多少", "占比多少"): the stated row is the part asked. */
const SHARE_OF_STATED = /\d\s*件[^，。？?]{0,3}[，,]?\s*占[^，。？?]{0,14}(?:比例|比重|百分|几成|多少)|\d\s*件[^，。？?]{0,6}占比/;
/** After 单位/机构: the asker's workplace, not the applicant column ("单位同事", "单位领导", "单位里"). */
const WORKPLACE_AFTER = /^(?:的)?(?:同事|领导|里|上|要求|让我|改制|改革|破产|倒闭|裁员|分房|宿舍|工资|效益)/;
/** After 组织: the verb's tense or object ("组织了培训", "组织开展"), not the applicant column. */
const ORGANISED_AFTER = /^(?:了|开展|召开|举办|实施|学习|培训)/;
/** The asker saying who they are ("我是律师", "作为企业"). */
const SELF_BEFORE = /(我是|本人是|我们是|咱是|俺是|作为|身为)$/;
/** The asker as the one who received ("我收到…", "俺刚接到…"), and what a citizen receives (a notice, a reply). */
const ASKER_BEFORE = /(?:^|[^们])(?:我|俺|本人)(?:已经|刚刚|刚|都|也|才|又|前天|昨天|今天|上周)?$/;
/** A notice received, which only the asker receives, said or not who ("上个月收到补正通知"): no request an office received. */
const NOTICE_RECEIVED = /^(?:了|过|到)?[^，。,?？\d]{0,3}?(?:补正通知|通知书|告知书|决定书|答复书|补正告知)/;
const THING_RECEIVED = /^(?:了|过|到)?[^，。,?？]{0,4}?(?:通知|答复|回复|回信|短信|电话|告知书|告知|决定书|决定|信件|来信|材料|文件|快递|邮件)/;

/** Who applied is asked ("是哪类申请人提的", "申请人是谁"): the row's applicants are listed. */
const APPLICANT_ASKED = /哪类申请人|哪种申请人|什么申请人|哪些申请人|申请人(是谁|是哪|类型|类别)|谁提的|谁申请的|什么人提|哪类人/;

/** "其中" / "里面": a part asked beside its group, so both are meant. */
const OF_WHICH = /其中|里面|里头|当中|这里面|包括/;
/** Whether all of a group came of one reason, asked ("是不是都因为…", "全是因为…吗"). */
const ALL_OF_ONE_REASON = /(?:是不是|是否|难道)(?:都|全|全部|全都)(?:是)?(?:因为|由于|属于)|(?:都|全|全部|全都)是(?:因为|由于)/;

/** A reason named as one of several ("因…等原因无法提供"): the group of results is meant, not that reason's row. */
const ETC_REASONS = /等(?:原因|情形|情况|理由)/;

/** Keeps the most specific rows: a sub-row (refused.secret) makes its group (refused) redundant. */
function specific(rows: string[]): string[] {
  return rows.filter((r) => !rows.some((o) => o !== r && T3_ROW_BY_ID[o]?.parent === r));
}

/** Figure readings kept per lexicon (citizens repeat questions). */
const metricMemo = readingMemo<Lexicon, MetricQuery>();

/** The results of reviews and suits asked in general ("结果怎么样", "结果咋样", "结果如何"). */
const RESULTS_IN_GENERAL = /结果(?:都)?(?:怎么样|咋样|如何|是什么|是啥|怎样)/;

/** Before 复议/起诉: the asker's own plan or step ("准备复议", "打算起诉", "要去申请复议"), not a count asked. */
// (or the asker's own letter to sue someone, "写申请告村里干部": a complaint of their own, no case of table 四)
const PLAN_BEFORE = /(?:准备|打算|想要?|要去|将要|正在|已经|决定|(?:必须|需要|是否要|要|得|应该|应当)?先)(?:去)?(?:申请|提起|提出|提)?$|写(?:了)?(?:申请|信)$/;

/** Where a message's clauses part ("办结了几件 有没有拖到下一年的"). */
const CLAUSE_BREAK = /[，,；;。？?！!\s]+/;
/** A clause that asks something of a figure: how many, or whether there were any. */
const ASKS_IN_CLAUSE = /几|多少|有没有|有无|是否/;

/** Documents published proactively as such ("主动公开文件", "主动公开的文件"): no kind of document table 二 counts. */
const PROACTIVE_DOCUMENTS = /主动公开(?:的)?文件/;

/** A row said to be counted in with the one asked: "连上年结转的…", "含上年结转", "包括结转的". */
const COUNTED_IN_BEFORE = /(?:连|连同|含|包括|包含|算上)(?:上)?$/;
/** …"上年结转的一起算", "结转的也算上", "结转在内". */
const COUNTED_IN_AFTER = /^(?:的)?(?:一起算|一块算|一起|在内|也算)/;

/** Rows of table 三 that count requests rather than results: new, carried over, total, carried to next year. */
const BALANCE_ROWS = new Set(['new', 'carried', 'total', 'carry-over']);

/** The figure a text asks about. Memoised by text: the result is frozen, its lists and spans included. */
export function findMetric(text: string, lexicon: Lexicon): MetricQuery | undefined {
  return metricMemo(lexicon, text, () => readMetric(text, lexicon));
}

function readMetric(text: string, lexicon: Lexicon): MetricQuery | undefined {
  const hits = lexiconHits(text, lexicon);
  if (!hits.length) return undefined;
  const of = (g: string) => hits.filter((h) => h.group === g);
  const spans = hits.map(({ start, end }) => ({ start, end }));
  // "当事人准备复议。想了解…不予公开的理由": review or suit as the asker's own plan, beside a row of table 三 asked
  // (nor 复议 cut out of 回复 before 议: "转发回复议政网网帖" is replies on a forum)
  const t4g = of('t4.groups').filter((h) => !(PLAN_BEFORE.test(text.slice(Math.max(0, h.start - 5), h.start)) && of('t3.rows').some((r) => !r.generic)) && !(text[h.start - 1] === '回' && text.startsWith('复议', h.start)));
  const t4c = of('t4.columns').filter((h) => h.part !== 'total');
  if (!t4g.length && t4c.length && !of('t3.rows').length && !of('t2.rows').length) {
    // "其中维持的呢": a result column alone, rows from the conversation
    return { table: '四', rows: [], cols: uniq(t4c.map((h) => h.part)), spans: t4c.map(({ start, end }) => ({ start, end })), rowsExplicit: false };
  }
  if (t4g.length) {
    let rows = uniq(t4g.map((h) => h.part));
    // "直接起诉" also says 起诉: the specific kind of suit wins
    if (rows.some((r) => r.startsWith('suit-'))) rows = rows.filter((r) => r !== 'suit');
    // (the results asked in general beside one of them, "结果怎么样…有没有被纠正的": every result column)
    const cols = RESULTS_IN_GENERAL.test(text) ? [] : uniq(of('t4.columns').map((h) => h.part));
    return { table: '四', rows, cols, spans, rowsExplicit: true };
  }
  const t2r = of('t2.rows');
  const t2c = of('t2.columns');
  // "一年总共才收到15件申请，真正把信息给了人家的有几件": a row stated with its count is what the asker knows,
  // the row without one is what they ask (when every row has its count, they are all checked or compared)
  const stated = (h: Hit) => STATED_COUNT.test(text.slice(h.end, h.end + 8)) || /\d+\s*件/.test(text.slice(h.start, h.end));
  // "我收到补正通知了": what the asker received, not the requests an office received (a notice: whoever says it)
  // (nor a place named by the verb, "设了几个信息申请受理点": a counted place, not requests)
  const t3all = of('t3.rows').filter((h) => !PLACE_OF_VERB.test(text.slice(h.end, h.end + 4))).filter((h) => !(h.part === 'new' && ((ASKER_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start)) && THING_RECEIVED.test(text.slice(h.end, h.end + 8))) || NOTICE_RECEIVED.test(text.slice(h.end, h.end + 8)))));
  // (a row said to be counted in, "总共办理了多少件（连上年结转的一起算）": asked beside the one it is counted in, never instead
  // of it — a generic row named with it is no less asked)
  const countedIn = (h: Hit) => COUNTED_IN_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start)) || COUNTED_IN_AFTER.test(text.slice(h.end, h.end + 6));
  // (not when a share is asked of it: "予以公开4件，占本年新收申请的百分之多少" — the stated row is the part)
  // (a row said not to be the one asked, "我想问的是不予处理，不是不予公开": the other)
  const negated = (h: Hit) => /不是$/.test(text.slice(Math.max(0, h.start - 2), h.start));
  const t3said = t3all.some(negated) && t3all.some((h) => !negated(h)) ? t3all.filter((h) => !negated(h)) : t3all;
  const t3unstated = t3said.some((h) => !stated(h)) && t3said.some(stated) && !SHARE_OF_STATED.test(text) ? t3said.filter((h) => !stated(h)) : t3said;
  // "收到的申请有几个给公开了": the requests received, by an everyday verb, are the subject; the result is asked
  const resultNamed = t3unstated.some((h) => !BALANCE_ROWS.has(h.part));
  // (unless each is asked with its own how-many: "一共收到了多少件然后有多少件是公开了的" asks both)
  const twoAsked = (text.match(/几|多少/g) ?? []).length >= 2 && /然后|还有|另外|以及|和|又/.test(text);
  // (unless they are what a share is taken of, "结转下年度的占全年接收申请的百分之多少": the denominator named)
  const shareOf = (h: Hit) => /占[^，。？?\d]{0,4}$/.test(text.slice(Math.max(0, h.start - 6), h.start));
  const t3r = resultNamed && !twoAsked ? t3unstated.filter((h) => !(h.weak && h.part === 'new' && !shareOf(h))) : t3unstated;
  // "应该找哪个单位申请": 单位 after a question word asks which office, it is not the applicant column
  // (nor is the asker saying who they are: "我是律师。我当事人的申请…" asks no 法律服务机构 column)
  // (nor 单位 as the asker's workplace: "单位同事写材料说…", "我们单位领导问…")
  const t3c = of('t3.columns').filter(
    (h) =>
      !(h.part === 'org' && WHICH_BEFORE.test(text.slice(Math.max(0, h.start - 4), h.start))) &&
      !(h.part === 'org' && WORKPLACE_AFTER.test(text.slice(h.end, h.end + 3))) &&
      !SELF_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
      // (nor 组织 as a verb, "组织了政务公开培训")
      !(h.part === 'org' && text.slice(h.start, h.end) === '组织' && ORGANISED_AFTER.test(text.slice(h.end, h.end + 2))),
  );
  if (t2r.length && !(t3r.length > t2r.length)) {
    return { table: '二', rows: uniq(t2r.map((h) => h.part)), cols: uniq(t2c.map((h) => h.part)), spans, rowsExplicit: true };
  }
  // "有多少申请被拒绝": a named result row wins over the generic "多少申请"
  const named = t3r.filter((h) => !h.generic && !countedIn(h));
  // (unless each is asked with its own how-many: "申请公开的有几件啊部分公开的又是几件" asks both)
  // (or each in a clause of its own, one a yes-or-no: "办结了几件 有没有拖到下一年的")
  const eachAsked = (text.match(/几|多少/g) ?? []).length >= 2 || text.split(CLAUSE_BREAK).filter((c) => ASKS_IN_CLAUSE.test(c)).length >= 2;
  const rowHits = named.length && named.length < t3r.length ? t3r.filter((h) => !h.generic || shareOf(h) || named.some((n) => n.part === h.part) || (eachAsked && /几|多少/.test(text.slice(h.start, h.end + 4)))) : t3r;
  // named only by an everyday verb or a how-many phrase for the generic rows ("收到多少", "办理了多少")
  // (not the new ones named so, "本年新收了几件": 新收 is no everyday verb)
  const vague = rowHits.every((h) => h.weak || (['new', 'total'].includes(h.part) && (h.generic || /多少|几/.test(text.slice(h.start, h.end))) && !/新收/.test(text.slice(Math.max(0, h.start - 1), h.end))));
  // "不予公开的多少 其中国家秘密的呢": the group and its part, both asked
  const rows = uniq(rowHits.map((h) => h.part));
  if (t3r.length) {
    const cols = uniq(t3c.map((h) => h.part));
    // "部分公开多少件？其中法律服务机构几件": the row's total beside the applicant asked
    const withTotal = OF_WHICH.test(text) && cols.length ? ['total', ...cols] : cols;
    // "无法提供几件 不掌握的几件": a group and its part each asked, both answered
    // (or whether the whole group is of the one reason, "无法提供的有多少，是不是都因为不掌握": the group, with its reasons)
    const both = OF_WHICH.test(text) || (text.match(/几|多少/g) ?? []).length >= 2 || ALL_OF_ONE_REASON.test(text);
    // ("因本机关不掌握等原因无法提供的": one reason named for the whole group, the group is asked)
    const groupOnly = ETC_REASONS.test(text) ? rows.filter((r) => !rows.includes(T3_ROW_BY_ID[r]?.parent ?? '')) : undefined;
    return { table: '三', rows: both ? rows : groupOnly?.length ? groupOnly : specific(rows), vague, cols: withTotal, spans, rowsExplicit: true, ...(APPLICANT_ASKED.test(text) ? { byApplicant: true } : {}) };
  }
  if (t3c.length) {
    // "企业申请了几次" / "律师提出过申请吗": an applicant with no result row means new requests;
    // without 申请 the word is something else ("多少家单位运营新媒体")
    const cols = uniq(t3c.map((h) => h.part));
    if (/申请|提出|递交/.test(text)) return { table: '三', rows: ['new'], cols, spans, rowsExplicit: false };
    return { table: '三', rows: [], cols, spans: t3c.map(({ start, end }) => ({ start, end })), rowsExplicit: false };
  }
  // "制发了几件文件" / "现行有效的呢": table 二 columns alone
  const docCols = t2c.filter((h) => ['issued', 'repealed', 'valid'].includes(h.part));
  // (documents published proactively, "发布了多少份主动公开文件": the text's count of them, no row of table 二)
  if (docCols.length && !PROACTIVE_DOCUMENTS.test(text)) {
    const cols = uniq(docCols.map((h) => h.part));
    return { table: '二', rows: /文件/.test(text) ? ['normative'] : [], cols, spans: docCols.map(({ start, end }) => ({ start, end })), rowsExplicit: /文件/.test(text) };
  }
  // "总金额呢", "处理决定几件": another column of table 二 alone, its row from the conversation (none without one)
  if (t2c.length) return { table: '二', rows: [], cols: uniq(t2c.map((h) => h.part)), spans: t2c.map(({ start, end }) => ({ start, end })), rowsExplicit: false };
  return undefined;
}
