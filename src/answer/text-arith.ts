/**
 * Arithmetic on counts the report tells in its text (pages whose tables were cut, figures no table holds): a sum
 * of items ("网站272+微博608+微信615=2425？", "旗政府网+三务公开平台+魅力侨乡合计多少条"), a difference ("政务动态比
 *政府信息公开类多几条"), a share ("机构信息占主动公开总量百分之几") and a check of a quoted count ("政策文件24条，没问题
 *吧"). An item is a count the asker quotes, or the count the text tells right after the item's words. Nothing is
 * computed unless every item is found: the reading is strict, and the other rules answer otherwise.
 */
import { PROACTIVE_ITEM, proactiveTold } from './proactive-told.js';
import type { Passage, Report } from '../report/types.js';
import { respectiveCounts } from './respectively.js';
import { contentWords, joinedToUnasked } from './retrieve.js';
import { smallNumber } from '../understand/cn-number.js';
import { BoundedMemo, READING_MEMO_MAX, readingMemo } from '../understand/memo.js';

export type ArithOp = 'sum' | 'diff' | 'share' | 'check' | 'each' | 'avg' | 'times';

export interface AskedItem {
  /** The words naming the item, as the asker wrote them (cleaned of particles). */
  label: string;
  /** The count the asker quotes for it, if any. */
  quoted?: number;
  unit?: string;
  /** The whole of a share ("门户网站272条里…"). */
  whole?: boolean;
}

export interface ArithAsked {
  op: ArithOp;
  items: AskedItem[];
  /** A total the asker claims ("…加起来28对吧", "=2425？"). */
  claimed?: number;
  /** The unit asked ("多少条"). */
  unit?: string;
  /** The decimals asked of a share ("保留两位小数"). */
  decimals?: number;
}

/** A count the text tells, with the words before it. */
export interface Told {
  value: number;
  unit: string;
  /** The clause holding it, as printed. */
  clause: string;
  passage: Passage;
  /** Said with 余/多 ("80余条"): at least this many. */
  approx?: boolean;
  /** One count of a list given "respectively" (its clause holds the others too). */
  listed?: boolean;
}

/** A share asked ("占…比例", "占比", "百分之几"). */
// (not "占多少条": the count a part takes up, in its measure word)
const SHARE = /占[^，。？?,]{0,14}(?:比例|比重|份额|百分|几成|多少(?![条件个篇项份])|几(?![条件个篇项份]))|占比|百分之几|百分比|比例(?:是|为)?多少/;
/** A difference asked ("比…多几条", "差多少", "增量", "少发了多少"). */
const DIFF = /比[^，。？?,]{1,16}(?:多|少)(?:了)?(?:几|多少)|比[^，。？?,]{0,16}(?:多|少)\p{Script=Han}{1,4}?了?(?:几|多少)[条件个篇项份]|(?:相差|差了?)(?:几|多少)|差距|差额|多出(?:几|多少)|增量|净增|净减|(?:增加|减少|增长|下降|少发|多发|少了|多了|涨了?|降了?|增了|减了)(?:了)?(?:多少|几)|(?:多|少)(?:了)?(?:大概|大约|约|差不多)?多少[条件个篇项份]?/u;
/** After 比…多/少, a verb, the how-many and the thing counted ("多公开了多少条信息" → 公开, 信息). */
const VERB_AFTER_MORE = /比[^，。？?,]*?(?:多|少)(\p{Script=Han}{1,4}?)了?(?:几|多少)[条件个篇项份]?(\p{Script=Han}{0,6})/u;
/** An average asked. */
/** Up or down asked ("增加了还是减少了", "多了还是少了", "是涨是降"). */
const UP_OR_DOWN = /(?:增加|增长|上升|多|涨|增)了?还是(?:减少|下降|少|降|减)了?|(?:减少|下降|少|降)了?还是(?:增加|增长|上升|多|涨)了?|是涨是降|有没有变化|持平吗|一样多吗/;
/** Two things named and set against each other ("A和B比", "A跟B相比", "A比B"). */
const TWO_COMPARED = /\p{Script=Han}{2,}(?:和|与|跟|同)\p{Script=Han}{2,}?(?:的)?(?:相比|比较|比)|\p{Script=Han}{2,}比\p{Script=Han}{2,}/u;
/** Which of them is more or fewer ("哪个多", "谁少", "哪一类更多"). */
const WHICH_MORE = /(?:哪个|哪项|哪一个|哪一项|哪类|哪一类|哪种|谁)(?:的)?(?:更|比较)?(?:多|少)/;
/** Two things named and set side by side before it ("人事信息和政策法规哪个多", "微博跟微信比哪个少"): the two. */
const TWO_NAMED = /([^，。？?,、]{2,16}?)(?:和|与|跟|同|还是)([^，。？?,、]{2,16}?)(?:相比|比较|比)?[，,\s]*(?:哪个|哪项|哪一个|哪一项|哪类|哪一类|哪种|谁)/;
/** Figures written as a sum with nothing named ("398加318", "28+1+49"). */
const BARE_SUM = /\d+\s*[条件个篇项份]?\s*(?:加|\+|＋)\s*\d+/;

/** How many times another count ("是…的多少倍", "是…的几倍"). */
const TIMES = /是[^，。？?]{1,20}的(?:多少|几)倍/;
const AVERAGE = /平均(?:每年|一年|每家|每个|下来|每月)?[^，。？?]{0,12}(?:多少|几)/;
/** The words of adding up ("加起来", "合计"), shared by the sum asked and where its items end. */
const SUM_WORDS = '加起来|加在一起|加一起|加到一起|加一块|合一块|合起来|相加|之和|总和|一共|总共|合计|加总|汇总|共计';
/** A sum asked. */
const SUM = new RegExp(`${SUM_WORDS}|\\+|＋`);
/** A count quoted, 加, the next item and its count, then how much asked ("…41加健康知识525加通知公告83是多少"). */
const QUOTED_PLUS_ASKED = /\d\s*[条件个篇项份]?\s*加\s*\p{Script=Han}{0,10}\s*\d[^，。？?]*?(?:多少|几)/u;
/** "等于多少": how much a sum comes to, asked — not a total quoted to check ("等于566吗"). */
const EQUALS_WHAT = /等于(?=多少|几)/g;
/** A sum asked for, not said ("一共回应多少件", "加起来是多少"). */
const SUM_ASKED = /(?:加起来|加在一起|合起来|一共|总共|合计|共计)[^，。？?,]{0,10}(?:多少|几)/;
/** A total said to be written wrong ("写成20126条了", "不对劲"): what is asked is whether it is right. */
const TOTAL_DOUBTED = /写成|写错|不对劲|搞错|算错/;
/** The rest of a whole asked ("剩下多少", "其余的有几件", "没公开的是多少件"). */
const REST_ASKED = /(?:剩下|剩余|其余|其他)(?:的)?[^，。？?]{0,6}(?:多少|几)|没(?:有)?\p{Script=Han}{1,3}的(?:是|有)?(?:多少|几)/u;
/** Each figure on its own: no arithmetic. */
// (or a verb between, "政府网站和政务新媒体各公开了多少条" — not 各级/各类…, which name no items)
const EACH = /分别|各是|各有|各自|各(?:多少|几|有多少)|各(?![级类种项个部单乡镇街地])[^，,。？?多几]{1,4}?了?(?:多少|几)/;
/** Words asking whether a quoted figure is right. */
const CHECK = /对吧|对不对|对吗|是不是|是否|没问题|没毛病|没错|正确吗|一致|对得上|对不上|相符|吻合|等于|=|＝|应该是|我记得|[吗吧][？?。!！]*$|[？?]/;

/** A total quoted, then "=" and its parts added ("987条 = 网站96 + 其他平台891"). */
const TOTAL_THEN_PARTS = /^[^=＝+＋\d]*\d+\s*(?:余|多)?\s*[条件个篇项份例]?\s*(?:[=＝]|等于)[^=＝]*[+＋][^=＝]*$/;

/** A span of time quoted ("15个工作日", "20天", "3个月"). */
const QUOTED_SPAN = /\d+\s*(?:个)?(?:工作日|自然日|天|小时|个月|周)/;

/** Words that report what someone said, no part of the thing counted. */
const HEARSAY = /我看|有人说|听人说|听说|据说|不是/g;

/** A count quoted in the question ("272", "131条", "1600余条"); years and long numbers (phones) are no counts, nor a
 * service line's number that names a thing ("12345投诉件", "12315平台"), nor the year of a document number ("〔2022〕18号"). */
const QUOTED = /(?<![\d.〔【\[])(?!123\d\d(?![\d.])\s*(?![条件个篇项份期次家人例])\p{Script=Han})(\d{1,6}(?:\.\d+)?)(?![\d.])\s*(?:余|多)?\s*([条件个篇项份期次家人例])?(?!\s*[年月日号%％万元岁])/gu;
/** A share quoted ("占6.3%"). */
const QUOTED_SHARE = /\d\s*[%％]|百分之[\d一二三四五六七八九十]/;
/** Right before a quoted number: the asker's claimed total, not an item ("加起来28", "等于总数2406", "=2425"). */
// (or a total set beside the sum to check, "加起来是多少？跟累计10220一致吗")
const CLAIM_BEFORE = /(?:=|＝|等于|应该是|应是|合计|加起来|一共|共|总数|总共|总计|总量|是|(?:跟|和|与|同)(?:报告(?:里|上)?的?)?(?:累计|合计|总数|总计|总共|总量)(?:的)?)[^\p{Script=Han}\d]{0,2}(?:总数|是)?\s*$/u;
/** Right after a quoted number: the whole of a share ("272条里", "272条中"). */
const WHOLE_AFTER = /^\s*(?:[条件个篇项份例])?\s*(?:\p{Script=Han}{1,8}?)?(?:里|中|当中|之中)/u;
/** Right after a quoted count: its parts named ("，其中网站公开的…"), so the count is the whole. */
const PARTS_AFTER = /^\s*[，,]?\s*(?:其中|这里面|这当中|里面|里头)/;
/** The whole named right after its count ("那2例申请里"): its words. */
const WHOLE_NAMED_AFTER = /^\s*(?:[条件个篇项份例])?\s*(\p{Script=Han}{1,8}?)(?:里|中|当中|之中)/u;

/** Words that are no part of an item's name. */
const FILLER_LEAD = /^(?:按照?(?=[\u4e00-\u9fff]{2})|(?:工作)?群里|加(?:起来|在一起|到一起|一块|一起)|(?:帮我|帮忙|请|麻烦)?(?:核对|核一下|核实|核查|算一下|算下|算算|看一下|看下|计算)(?:一下)?|全部|所有|总的|整个|(?:我看)?(?:报告|年报)?(?:里|上)?(?:写的是|写着|印的是|说的是|说)|(?:报告|年报)(?:里|上)写|(?:这|那)?[两三四五六七八九几各]家(?:的)?|(?:两|几|各|三)?(?:年|份|个)?的?(?:年报|报告)(?:里|中)?|报(?:里|中)|加上|加(?![强快大])|那么|那|这|其中|里面|里|的|是|把|将|和|与|跟|及|另外|还有|以及|呢|啊|吧|咱|我|你|他们|核一下|核对一下|问一下|请问|帮我算算|算算|算一下)+/;
const FILLER_TAIL = /(?:(?<=\p{Script=Han}{2})(?<!是)发(?:布)?(?=了?$)|等|大概|大约|大致|差不多|约|左右|跟|同|与|和|(?:这|那)?[两三四五六七八九十几]+(?:项|个渠道|个|类|种|样)|更多|更少|多|少|的|那|是|为|有|共|了|达|计|这些|这几个|这几项|几项|三个渠道|两个渠道|渠道|的条数|条数|件数|数量|数|总数|总量|方面|那边|这边|那块|这块|那头)+$/u;
/** Words of a question, not of an item (asking words, the operation's own words). */
const ASK_WORDS =
  /多少[条件个篇项份部]?|几[条件个篇项份部]?|哪一年|哪年|哪个|哪家|谁的|谁|更多|更少|最多|最少|多出|加起来|加在一起|合计|一共|总共|汇总|加总|相加|之和|总和|差距|差额|相差|差了?|比例|比重|百分之几|百分比|占比|占|对吧|对不对|对吗|是不是|没问题|吧|吗|呢|啊|[？?。！!，,、：:；;\s]+/g;

/** Han characters that say nothing of what an item is. */
// (计 but in a word of its own, "审计署", "统计局": kept there)
const STOP_CHARS = /[的了和与及等这些那里中是在我局本年度共有]|(?<![审统会设估])计/g;

/** The operation asked, if any. */
/** Words that surely ask whether a figure is right (a question mark alone may ask anything about it). */
const CHECK_STRONG = /有人说|听人说|听说|据说|看着不像|不太像|(?:查|核|对)(?:一)?下原文|不是[^，。？?]{0,12}\d+[^，。？?]{0,6}[吗么嘛]|核对|核一下|核实|核查|看着像|好像是|印象中|对吧|对不对|对吗|是不是|是否正确|没问题|没毛病|没错|正确吗|一致|对得上|对不上|相符|吻合|等于|=|＝|应该是|我记得|这个数/;
/** A why or how about the figures ("为什么办理答复是139件"): no arithmetic asked. */
const WHY = /为什么|为啥|怎么会|咋会|什么原因|按什么|什么标准|凭什么/;
/** Signed arithmetic ("制发6废止2", "减去"): not a plain sum to check. */
const SIGNED = /减|废止|扣除|去掉|[-－−]/;
/** A sum said between quoted items ("19条加电子屏108条", "+", "合计"). */
const SUM_BETWEEN = /加|[+＋]|合计|一共|总共|共|相加|总数|总计/;

export function arithOp(text: string, quotedCount: number): ArithOp | undefined {
  if (WHY.test(text)) return undefined;
  // ("机构类和工作类信息各多少条": each item's own count, nothing added)
  // (each, and then their total asked in a clause of its own: "…各几条？合计多少？" — the sum, which says each too)
  if (EACH.test(text) && !/[，,？?。]\s*(?:合计|一共|总共|加起来|合起来|加一块|共计)(?:是|有)?(?:多少|几)/.test(text)) return quotedCount ? undefined : 'each';
  if (SHARE.test(text)) return 'share';
  // ("23、24两年…平均一年多少条")
  if (AVERAGE.test(text)) return 'avg';
  // ("行政处罚数量是行政强制的多少倍")
  if (TIMES.test(text)) return 'times';
  if (DIFF.test(text)) return 'diff';
  // (whether it went up or down, two named, "结转下年的和上年结转的比，增加了还是减少了": their difference, which says it)
  if (UP_OR_DOWN.test(text) && TWO_COMPARED.test(text)) return 'diff';
  // (which of two named is more, "人事信息和政策法规哪个多": their difference, which says it)
  if (WHICH_MORE.test(text) && TWO_NAMED.test(text)) return 'diff';
  // (a whole and a part quoted, the rest asked: "审核文件39个、公开26件，没公开的是多少件")
  if (quotedCount === 2 && REST_ASKED.test(text)) return 'diff';
  // (two counts quoted and their sum asked, "留言540件，加上…76条，一共回应多少件": added, nothing to check)
  // (not when a total is said to be wrong, "合计写成20126条了，我看着不对劲…加起来到底是多少": a check)
  if (quotedCount >= 2 && SUM_ASKED.test(text) && !CHECK_STRONG.test(text) && !TOTAL_DOUBTED.test(text)) return 'sum';
  // (or counts quoted one plus the next, their sum asked: "政策文件41加健康知识525加通知公告83是多少")
  if (quotedCount >= 2 && QUOTED_PLUS_ASKED.test(text) && !CHECK_STRONG.test(text.replace(EQUALS_WHAT, '')) && !TOTAL_DOUBTED.test(text)) return 'sum';
  if (quotedCount >= 2 && CHECK.test(text)) return 'check';
  if (quotedCount === 1 && CHECK_STRONG.test(text)) return 'check';
  if (SUM.test(text)) return 'sum';
  return undefined;
}

/** The report named before a colon ("年报：", "报："): the document, not the item's name. */
const REPORT_BEFORE_COLON = /^.*(?:年报|报告|报)\s*[:：]/;

function cleanLabel(s: string): string {
  // (how many things were listed is no word of the thing: "强制三项决定" is 强制决定)
  // (the report named before a colon, "核对2025年报：在线访谈…" — its year cut out with the slots, 报 left)
  let t = s.replace(REPORT_BEFORE_COLON, '').replace(/[^\p{Script=Han}A-Za-z]/gu, '').replace(/(?<=\p{Script=Han})[两三四五六七八九几]+(?:项|类|种)(?=\p{Script=Han})/gu, '');
  for (let i = 0; i < 3; i++) t = t.replace(FILLER_LEAD, '').replace(FILLER_TAIL, '');
  return t;
}

/** Readings of arithmetic kept by text (as many as the other readings of a text, understand/memo.ts). */
const ARITH_MEMO_MAX = READING_MEMO_MAX;
const arithMemo = new BoundedMemo<string, ArithAsked | null>(ARITH_MEMO_MAX);

/**
 * The operation and its items, read from the question without its slots (office and year names cut out). A pure
 * function of the text, asked of most figure questions by the text-arithmetic rule (~1.7 % of an in-process reply,
 * CPU profile): memoised. Every call gets its own reading and items (the rule adds an item to them).
 */
export function readArith(text: string): ArithAsked | undefined {
  let read = arithMemo.get(text);
  if (read === undefined) {
    read = readArithOnce(text) ?? null;
    arithMemo.set(text, read);
  }
  return read ? { ...read, items: read.items.map((i) => ({ ...i })) } : undefined;
}

/** The asker's own result said after the question ("…的比例是多少？我算的是79%左右"): the question is worked out as asked,
 *  the result shown beside what they reckoned. */
const OWN_RESULT_AFTER = /[，,。？?；;]\s*(?:我|自己)(?:算的|算出来的?|算得|计算的|估计)(?:是|为|大概|约)?[^，,。？?]*[？?]?$/;

/** A figure worked out again, asked ("按答复总数14件算", "应该是多少", "重新算一下"). */
const RECOMPUTED = /按[^，。？?]{0,12}(?:算|计算)|应该是多少|应为多少|重新算|算一下|算下/;
/** The quoted share itself, with the words that point at it ("写的占21.44%"). */
const SHARE_SAID = /(?:写的|写着|报告说)?占\s*\d+(?:\.\d+)?\s*[%％]/;
/** Counts quoted with their measure word: two (a part and its whole) for a share worked out anew. */
const COUNTS_QUOTED = /\d+\s*[件条个篇项]/g;

/**
 * A share quoted and asked to be worked out anew ("无法提供3件写的占21.44%，按答复总数14件算，应该是多少"): how many counts
 * the message quotes (0 when it asks no such thing). With two, a part and its whole, the share of the two is computed here;
 * stated-rate steps aside from two on, the share as the text states it being no answer.
 */
export function countsToRecompute(text: string): number {
  return QUOTED_SHARE.test(text) && RECOMPUTED.test(text) ? (text.match(COUNTS_QUOTED) ?? []).length : 0;
}

/** A count asked in a clause of its own before a count quoted to set against it ("X公示了多少条？跟Y那118条比差多少"): X. */
const ASKED_BEFORE_QUOTE = /^\s*(?:在|通过|从)?((?:(?!合计|一共|共计|总共|加起来|[两三四五六几]类)[^，,。？?、]){2,40}?)(?:了|的)?(?:一共|共|总共)?(?:多少|几)[条件个篇项份]?[^，,。？?]{0,4}[？?，,]\s*(?:跟|和|与|同|比)/;

function readArithOnce(full: string): ArithAsked | undefined {
  let text = full.replace(OWN_RESULT_AFTER, '');
  // (a share quoted to be checked, "占6.3%，对不对": the share rules' question — unless it is worked out anew from a part and
  // its whole quoted, "无法提供3件写的占21.44%，按答复总数14件算，应该是多少": the share of the two)
  const anew = countsToRecompute(text) === 2;
  if (QUOTED_SHARE.test(text) && !anew) return undefined;
  if (anew) text = text.replace(SHARE_SAID, '');
  // (a time limit quoted, "是15个工作日内答复是不是": the procedure's question, no count)
  if (QUOTED_SPAN.test(text)) return undefined;
  const quotes = [...text.matchAll(QUOTED)];
  const op = anew ? 'share' : arithOp(text, quotes.length);
  if (!op) return undefined;
  const unit = /(?:多少|几)\s*([条件个篇项份部期次场])/.exec(text)?.[1];
  const items: AskedItem[] = [];
  let claimed: number | undefined;
  let prevEnd = 0;
  for (const m of quotes) {
    const before = text.slice(prevEnd, m.index);
    const after = text.slice(m.index! + m[0].length);
    prevEnd = m.index! + m[0].length;
    // (a claim needs items before it: "主动公开文件是2056份" is the item itself)
    if (items.length && CLAIM_BEFORE.test(before) && (op === 'check' || op === 'sum')) {
      claimed = Number(m[1]);
      continue;
    }
    // (or a count with its parts after it, "主动公开114条，其中网站公开的占比多少": the whole)
    const whole = op === 'share' && (WHOLE_AFTER.test(after) || PARTS_AFTER.test(after));
    // (the whole named after its count, "那2例申请里": its words after)
    let label = cleanLabel(before.split(/[\s,，、;；:：+＋=＝?？。]/).filter((x) => /\p{Script=Han}/u.test(x)).at(-1) ?? '') || (whole ? cleanLabel(WHOLE_NAMED_AFTER.exec(after)?.[1] ?? '') : '');
    // (one count checked, said as hearsay or a question back: "有人说…微信公众号…发了766条信息？", "不是发布了22条信息吗" —
    // the thing is named anywhere in the question)
    if (op === 'check' && quotes.length === 1) label = cleanLabel(label.replace(HEARSAY, ''));
    // (the whole named after 占, "占全年发布总数3545条的百分之几": the count quoted is the whole, never the part)
    if (op === 'share' && /^占/.test(label)) {
      items.push({ label: cleanLabel(label.slice(1)) || label.slice(1), quoted: Number(m[1]), unit: m[2], whole: true });
      continue;
    }
    if (op === 'check' && quotes.length === 1 && label.length < 2) label = residualLabel(text.replace(HEARSAY, ' '));
    items.push({ label, quoted: Number(m[1]), unit: m[2], whole });
  }
  // (figures alone added up and checked, "398加318是不是等于716": named by their place in the sum)
  if (items.some((i) => i.quoted !== undefined && !i.label)) {
    if (!BARE_SUM.test(text) || !items.every((i) => i.quoted !== undefined)) return undefined;
    items.forEach((i, k) => (i.label ||= `第${k + 1}个数`));
  }
  // (the total said first and its parts after "=": "主动公开987条 = 网站96 + 其他平台891 对得上吗")
  const totalFirst = claimed === undefined && items.length >= 3 && (op === 'check' || op === 'sum') && TOTAL_THEN_PARTS.test(text);
  if (totalFirst) claimed = items.shift()!.quoted;
  // (the total quoted first and then its parts, "新收15件，公开4、…不予处理1，加起来是15吧": the parts are checked)
  if (claimed !== undefined && items.length >= 3 && items[0]!.quoted === claimed) items.shift();
  // a claimed total is the last figure said, of a plain sum ("…19条加电子屏108条一共127条"): never "117加5是不是等于118加4"
  if (claimed !== undefined && !totalFirst) {
    const last = quotes.at(-1)!;
    if (Number(last[1]) !== claimed || SIGNED.test(text) || !SUM_BETWEEN.test(text)) return undefined;
  }
  if (items.length) {
    // (one count quoted and the other named in words after 比, "建议提案办理情况65条比年度财政预决算多多少条": both)
    if (op === 'diff' && items.length === 1) {
      const other = /^\s*[，,]?\s*比([^，。？?,\d]{2,20}?)(?:多|少)/.exec(text.slice(prevEnd));
      // (not the difference's own word, "118条比差多少")
      const label = other && !/^相?差/.test(other[1]!) ? cleanLabel(other[1]!) : '';
      if (label) items.push({ label });
      // (or asked in a clause before the quoted count, "…公示了多少条？跟政府网站那118条比差多少": that clause's thing, first)
      const asked = !label ? ASKED_BEFORE_QUOTE.exec(text.slice(0, quotes[0]!.index)) : null;
      const first = asked ? cleanLabel(asked[1]!) : '';
      if (first.length >= 2) items.unshift({ label: first });
    }
    // (a share of a quoted part in a whole named in words: "部门网站那584条占累计公开的比例")
    if (op === 'share' && items.length === 1 && !items[0]!.whole) {
      const whole = cleanLabel(text.slice(prevEnd).replace(/^[^占]*占/, '').replace(/(?:的)?(?:比例|比重|百分|占比).*$/, ''));
      if (whole) items.push({ label: whole, whole: true });
    }
    // (two counts quoted, neither said to be the whole, "门户网站发文2959篇，重点领域信息338条，占比多少": the smaller
    // is the part of the larger)
    if (op === 'share' && items.length === 2 && items.every((i) => i.quoted !== undefined && !i.whole) && items[0]!.quoted !== items[1]!.quoted) {
      const big = items[0]!.quoted! > items[1]!.quoted! ? 0 : 1;
      items[big] = { ...items[big]!, whole: true };
      if (big === 0) items.reverse();
    }
    // (a part named after a whole quoted, "那2例申请里，财政信息的占比多少")
    if (op === 'share' && items.length === 1 && items[0]!.whole) {
      const part = cleanLabel(text.slice(prevEnd).replace(/^\s*(?:[条件个篇项份例])?\s*\p{Script=Han}{0,8}?(?:里|中|当中|之中)/u, '').replace(/(?:的)?(?:占比|占|比例|比重|百分).*$/, '').replace(/^[\s，,]*(?:其中|这里面|这当中|里面|里头)/, ''));
      if (part) items.push({ label: part });
    }
    return { op, items, claimed, unit: unit ?? items.find((i) => i.unit)?.unit };
  }
  // items named in words only
  return { op, items: wordItems(text, op), unit };
}

/** A name in quotation marks ("“部门动态”"). */
const QUOTED_NAME = /[“"「『]([^”"」』，。？?]{2,16})[”"」』]/g;

/** Where the items to add end: the words of adding up, or the channels counted ("三个渠道"). */
const SUM_ITEMS_END = new RegExp(`${SUM_WORDS}|(?:三|两|几|四)个渠道`);
/** The words of adding up said first ("加起来多少", "合计网站和微信多少条"). */
const SUM_FIRST = new RegExp(`^(?:${SUM_WORDS})`);

/** A part of the report pointed at ("回应关切那一段", "第一部分里", "那块"): where the items are told, not one of them. */
const PART_POINTED = /(?:那一?段|这一?段|那部分|这部分|那块|这块|那一节|这一节|部分里|段里)(?:里|中|里面)?$/;

/** Items named in words: "A比B多几条", "X占Y的比例", "A+B+C合计", "A，加上B，一共". */
function wordItems(text: string, op: ArithOp): AskedItem[] {
  // (items named in quotation marks, "“部门动态”和“重点领域”两类合计": those names as written)
  const named = [...text.matchAll(QUOTED_NAME)].map((m) => m[1]!.trim());
  if ((op === 'sum' || op === 'diff') && named.length >= 2) return named.map((label) => ({ label }));
  if (op === 'diff') {
    // (without 比, "哪一年…更多，多多少": one item, of the reports set side by side)
    // (the first item may end the clause before: "富县…主动公开的信息条数，比安徽省统计局…编发的各类信息多多少条")
    // (or two named side by side and which is more asked, "人事信息和政策法规哪个多")
    const pair = !/比[^，。？?,]{1,16}?(?:多|少)/.test(text) ? TWO_NAMED.exec(text) : null;
    if (pair) return [cleanLabel(pair[1]!), cleanLabel(pair[2]!)].filter((l) => l.length >= 2).map((label) => ({ label }));
    const m = /([^。？?]*?)[，,\s]*比([^，。？?,]{1,16}?)(?:多|少)/.exec(text);
    // (a change verb after 比 is no item: "点击量25年比21年涨了多少" is one item of two years)
    const items = m ? [cleanLabel(m[1]!), cleanLabel(m[2]!)].filter((l) => l && !CHANGE_VERB.test(l)) : [residualLabel(text)].filter(Boolean);
    // (the reports alone on either side of 比, the thing counted said after 多: "A比B多公开了多少条信息" — 公开信息 of each)
    const after = !items.length ? VERB_AFTER_MORE.exec(text) : null;
    if (after) return [{ label: cleanLabel(`${after[1]}${after[2] ?? ''}`) }].filter((i) => i.label.length >= 2);
    return items.map((label) => ({ label }));
  }
  if (op === 'times') {
    const m = /([^，。？?]*?)(?:大约|大概|约|差不多)?是([^，。？?,]{1,20}?)的(?:多少|几)倍/.exec(text);
    const items = m ? [cleanLabel(m[1]!), cleanLabel(m[2]!)].filter((l) => l.length >= 2) : [];
    return items.length === 2 ? items.map((label) => ({ label })) : [];
  }
  if (op === 'share') {
    // (the whole named first, "…的申请里，不属于本机关的占比多少")
    // (the part first, "工作动态在主动公开总数里占几成")
    const within = /([^，。？?,]+?)在([^，。？?,]+?)(?:里|中|当中|之中)(?:面|头)?占/.exec(text);
    if (within && cleanLabel(within[1]!).length >= 2 && cleanLabel(within[2]!).length >= 2) return [{ label: cleanLabel(within[1]!) }, { label: cleanLabel(within[2]!), whole: true }];
    const inside = /([^，。？?,]*?)(?:里|中|当中|之中)(?:面|头)?[，,\s]*([^，。？?,]+?)(?:的)?(?:占比|占(?:的)?(?:比例|比重|多少|百分之几|百分之多少|百分比|几成))/.exec(text);
    if (inside && cleanLabel(inside[1]!).length >= 2 && !/其$/.test(inside[1]!) && cleanLabel(inside[2]!)) return [{ label: cleanLabel(inside[2]!) }, { label: cleanLabel(inside[1]!), whole: true }];
    // (its count and its share asked in turn, "其中微博多少，占比多少": the part named before its how-many)
    const countThenShare = /^\s*(?:其中|这里面|里面)?([^，。？?,]+?)(?:有|是)?(?:多少|几)[条件个篇项份]?[，,\s]*(?:它|其)?(?:的)?(?:占比|占(?:的)?(?:比例|比重|多少|百分之几|百分之多少|百分比|几成))/.exec(text);
    if (countThenShare && cleanLabel(countThenShare[1]!).length >= 2) return [{ label: cleanLabel(countThenShare[1]!) }];
    const m = /([^，。？?,]*?)占([^，。？?,]*?)(?:的)?(?:比例|比重|百分|几成|多少|几)/.exec(text);
    if (m) {
      const part = cleanLabel(m[1]!);
      const whole = cleanLabel(m[2]!);
      return part ? [{ label: part }, ...(whole ? [{ label: whole, whole: true }] : [])] : [];
    }
  }
  // the items before the operation's words
  const at = text.search(op === 'each' ? EACH : op === 'avg' ? /平均/ : SUM_ITEMS_END);
  // (items to be listed each are named in the asking clause itself: "…的依申请公开，同意公开和不予公开分别是")
  // (or after a colon, "各渠道发布数报一下：省政府网站、…、媒体各多少": the list after it)
  // (the operation's words first, "加起来多少", "合计网站和微信多少条": the items after them, if any)
  const opFirst = at === 0 && op !== 'each' && op !== 'avg' ? SUM_FIRST.exec(text) : null;
  let head = op === 'each' ? (at > 0 ? text.slice(0, at) : text).split(/[，,。;；:：]/).at(-1)! : at > 0 ? text.slice(0, at) : opFirst ? text.slice(opFirst[0].length) : text;
  // (the items listed in brackets after a word for them, "三种公开形式（门户网站、新媒体、广播电视等）合计": the list)
  const listed = /[(（]([^()（）]*、[^()（）]*)[)）]/.exec(head);
  if (listed && op !== 'each') head = listed[1]!.replace(/等$/, '');
  // (two kinds of one thing asked each, "取消和下放的审批事项各是多少项": the two kinds, whose counts the text gives each
  // right after its word, "其中取消215项,下放152项" — the thing they share is also the words of their joint total)
  const kinds = op === 'each' ? TWO_KINDS_OF_ONE.exec(head.trim()) : null;
  if (kinds) return [{ label: kinds[1]! }, { label: kinds[2]! }];
  // (or 加 said between them, "人大建议加政协提案合计…" — not the 加 of 增加, 参加, 加强)
  const pieces = /[+＋]/.test(head) ? head.split(/[+＋]/) : head.split(/加上|(?<![增参附追更])加(?![强快大入以班])|、|和|与|跟|，|,/);
  // (the part of the report pointed at before the list, "回应关切那一段，热线、信访…，一共多少件": where they are, no item)
  const labels = pieces.filter((p) => !PART_POINTED.test(p.trim())).map((p) => cleanLabel(p)).filter((l) => l.length >= 2 && !(op === 'avg' && YEARS_SPAN.test(l)));
  // (an average over the years set side by side names its item after 平均: "这两年平均每年主动公开多少条")
  if (op === 'avg' && !labels.length) {
    const after = cleanLabel(text.slice(at).replace(/^平均(?:每年|一年|每家|每个|下来|每月)?/, '').replace(/(?:多少|几)[^]*$/, ''));
    return after.length >= 2 ? [{ label: after }] : [];
  }
  return labels.map((label) => ({ label }));
}

/** Two kinds joined by 和 before the thing they share ("取消和下放的审批事项"): the two kinds. */
const TWO_KINDS_OF_ONE = /^(\p{Script=Han}{2,4})(?:和|与|跟)(\p{Script=Han}{2,4})的\p{Script=Han}{2,}$/u;

/** Years named as a span, no item ("这两年", "三年"). */
const YEARS_SPAN = /^(?:这|那|近|最近)?[两三四五几]?(?:个)?(?:年|年度)$/;

/** A change said after 比 ("涨了", "增加"): the verb, not a second item. */
const CHANGE_VERB = /^(?:涨|降|增|减|增加|减少|增长|下降|上升|多|少)$/;

/** The one item left when the offices and years carry the rest ("两个局 主动公开 合计"): the question's own words. */
export function residualLabel(text: string): string {
  const runs = text
    .replace(/\d+/g, ' ')
    .replace(ASK_WORDS, ' ')
    .split(/\s+/)
    .map(cleanLabel)
    .filter((x) => x.length >= 2);
  return runs.sort((a, b) => b.length - a.length)[0] ?? '';
}

/** A count in the text: number, approximate mark, measure word. */
const COUNT = /(?<![\d.\-—])(\d{1,7})\s*(余|多)?\s*(人次|[条件个篇项份期次家人例部宗场批])/g;
/** A sub-heading before a passage's text ("(一)主动公开情况:"): it names the section, not the count after it. */
const SUBHEADING = /^\s*[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?[^:：,，。；;]{0,16}(?:情况|工作)?[:：]/;
/** A count alone in brackets ("(1个)"). */
const BRACKETED = /^[(（]\d+\s*(?:余|多)?\s*\S{1,2}[)）]$/;
/** How far back from a count its words are read (Han characters). */
const LEAD_CHARS = 40;
/** What lies between two counts of a list that says each count first: the last one's words, then a comma. */
const NUMBER_FIRST_GAP = /^\p{Script=Han}[^，,、；;。\d]{0,20}[，,、]\s*(?:其中|包括)?\s*$/u;
/** The share of an item's word pairs the words before a count must hold. */
const MIN_COVERAGE = 0.75;
/** Words of a running total, never the count of one item unless the item says so. */
const RUNNING_TOTAL = /截至|截止|历年|以来|结转|上年度|上一年|上年/;

// (人民 said or left out names the same thing: "旗政府网" is "旗人民政府网")
// (letters in either case: questions are read lower-cased, "app" is the text's "APP")
const hanOnly = (s: string) => s.replace(/[^\p{Script=Han}A-Za-z]/gu, '').replace(/人民(?=政府)/g, '').toLowerCase();
/** An item's pairs of characters (letters too), stop characters left out: the words the text must repeat to name it. */
export function pairs(s: string): string[] {
  const t = hanOnly(s).replace(STOP_CHARS, '');
  if (t.length < 2) return t ? [t] : [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= t.length; i++) out.push(t.slice(i, i + 2));
  return [...new Set(out)];
}

/**
 * The count the report tells for an item: the count whose preceding words (back to the count before it, at most
 * LEAD_CHARS) hold most of the item's word pairs — at least MIN_COVERAGE — the nearest words first. Undefined when
 * none fits, or two different counts fit equally.
 */
export function toldCount(r: Report, label: string, unit?: string): Told | undefined {
  return toldCounts(r, unit === undefined ? label : `${label}${UNIT_KEY}${unit}`, () => readToldCount(r, label, unit));
}

/**
 * toldCount per report, item and measure word: a pure function of the three (a loaded report never changes), and each
 * call reads every passage of the report with a regular expression; the rules ask it for the same items of the same
 * report on every question that names them (~2 % of a repeated question's CPU profile). Kept frozen: callers only read it.
 */
const toldCounts = readingMemo<Report, Told>();
/** Between the item and the measure word in a memo key (no item holds it). */
const UNIT_KEY = '\u0000';

function readToldCount(r: Report, label: string, unit: string | undefined): Told | undefined {
  const own = toldCountOf(r, label, unit) ?? (SHORT_NAMES.test(label) ? toldCountOf(r, label.replace(new RegExp(SHORT_NAMES.source, 'g'), (w) => SHORT_NAME_OF[w] ?? w), unit) : undefined);
  if (own) return own;
  // (a site by its short name, "厅网站" where the text says "我厅门户网站": its portal)
  const portal = /网站$/.test(label) && !/门户/.test(label) ? toldCountOf(r, label.replace(/网站$/, '门户网站'), unit) : undefined;
  if (portal) return portal;
  // (requests made online by any of its names, "网上申请" where the text says "网络申请数3条")
  // (or by mail, "邮寄申请" — 信函 read so — where the text says "信函申请数5条")
  for (const [re, names] of CHANNEL_NAMES) {
    const other = re.test(label) ? names.map((n) => label.replace(re, n)).filter((x) => x !== label).map((x) => toldCountOf(r, x, unit)).find(Boolean) : undefined;
    if (other) return other;
  }
  // ("其他平台891": the rest of the channels, named by the text in its own words "…等平台公开信息891条")
  const rest = label.replace(REST_OF, '');
  if (rest !== label && rest.length >= 2) return toldCountOf(r, rest, unit);
  // ("会议类信息" where the text says "…等会议,发布16条": the kind itself)
  const bare = label.replace(KIND_TAIL, '');
  if (bare !== label && bare.length >= 2) return toldCountOf(r, bare, unit);
  // ("环境保护信息" where the text lists "环境保护327条": the kind itself, when it is a name of its own)
  const kind = label.replace(INFO_TAIL, '');
  return kind !== label && kind.length >= MIN_KIND_CHARS && !PLAIN_ITEM_WORDS.test(kind) ? toldCountOf(r, kind, unit) : undefined;
}

/** Information said after a kind's own name ("环境保护信息", "食药安全方面的信息"). */
const INFO_TAIL = /(?:方面)?(?:的)?(?:信息|内容)$/;
/** A kind left without its 信息 is a name of its own only with three characters or more ("公开" is every count's word). */
const MIN_KIND_CHARS = 3;

/** A way requests come in, said any of the ways reports say it ("网上申请", "网络申请", "在线申请"; "信函申请", "邮寄申请"). */
const CHANNEL_NAMES: readonly [RegExp, readonly string[]][] = [
  [/网上|网络|在线|线上/, ['网络', '网上', '在线', '线上']],
  [/邮寄|信函|信件|来信/, ['信函', '邮寄', '信件', '来信']],
];

/** A kind of item said after the thing counted ("会议类信息"): not words the text counts it by. */
const KIND_TAIL = /类(?:的)?(?:信息|内容|事项|文件)$/;

/** Everyday short names of what reports name in full ("官网" is the 官方网站 or 门户网站: their common word 网站). */
// (and a newspaper by the name papers carry, "眉山日报")
// (and the two kinds of proposal by the names everyone uses, "人大建议", "政协提案": 人大代表建议, 政协委员提案)
const SHORT_NAME_OF: Record<string, string> = { 官网: '网站', 公号: '公众号', 报纸: '日报', 人大建议: '人大代表建议', 政协提案: '政协委员提案' };
const SHORT_NAMES = new RegExp(Object.keys(SHORT_NAME_OF).join('|'));

/** "其他…", "别的…": the rest of a list, which the text names in words of its own. */
const REST_OF = /^(?:其他|其它|别的|另外的?)(?=\p{Script=Han}{2})/u;

/**
 * The count of an item the asker quotes, when the text tells that very count with the item's words before it ("微信149"
 * where the text says "微信公众账号(1个)发布信息149条"): the count they mean, or undefined.
 */
export function toldCountAs(r: Report, label: string, unit: string | undefined, value: number): Told | undefined {
  return toldCountOf(r, label, unit, value);
}

function toldCountOf(r: Report, label: string, unit?: string, value?: number): Told | undefined {
  const want = pairs(label);
  if (!want.length) return undefined;
  // (a list given "respectively", "行政许可、行政处罚、行政强制决定数量分别为2764.2万宗、3124万宗和188.2万宗": its item's count)
  const listed = listedCount(r, want, unit);
  if (listed && (value === undefined || listed.value === value)) return listed;
  const running = RUNNING_TOTAL.test(label) || label.includes('累计');
  type Cand = Told & { cover: number; lead: number; exact: number; general: number; joint?: number };
  const cands: Cand[] = [];
  for (const p of r.passages) {
    const text = p.text.replace(SUBHEADING, (h) => ' '.repeat(h.length));
    let prev = 0;
    for (const m of text.matchAll(COUNT)) {
      const from = prev;
      // (a list's total, "专题专栏包括组织机构4条、…,共发布86条": what the list is of leads its total)
      const listOf = LIST_TOTAL_GAP.test(text.slice(prev, m.index)) ? (LIST_SUBJECT.exec(sentenceBefore(text, m.index!))?.[1] ?? '') : '';
      const leadText = hanOnly(`${listOf}${text.slice(prev, m.index)}`).replace(STOP_CHARS, '');
      // (a list that says each count first, "17件线上申请,2件邮寄信函申请": the words after a count are its own,
      // not the next count's)
      const numberFirst = from > 0 && NUMBER_FIRST_GAP.test(text.slice(from, m.index));
      // (a count in brackets is an aside, "微信公众账号(1个)发布信息149条": the words before it are the next count's too)
      if (!BRACKETED.test(text.slice(Math.max(0, m.index! - 1), m.index! + m[0].length + 1))) prev = m.index! + m[0].length;
      if (numberFirst) continue;
      if (unit && !sameUnit(unit, m[3]!)) continue;
      if (value !== undefined && Number(m[1]) !== value) continue;
      const lead = leadText.slice(-LEAD_CHARS);
      if (!running && RUNNING_TOTAL.test(lead.slice(-12))) continue;
      const cover = want.filter((w) => lead.includes(w)).length / want.length;
      if (cover < MIN_COVERAGE) continue;
      // ("同意公开" is not "不同意公开的6件": the label negated in the text is another count)
      const bare = hanOnly(label);
      if (!/^[不未没非无]/.test(bare) && lead.includes(bare) && !lead.replace(new RegExp(`[不未没非无]${bare}`, 'g'), '').includes(bare)) continue;
      // (the nearest: from the first pair found to the count)
      const first = Math.min(...want.filter((w) => lead.includes(w)).map((w) => lead.lastIndexOf(w)));
      // ("其他主动公开内容668条" is the rest of a list, not 主动公开: only when "其他…" is asked)
      if (/其他|其它/.test(lead.slice(Math.max(0, first - 2), first)) && !REST_OF.test(label)) continue;
      const clause = clauseOf(p.text, from, prev);
      // (the words from the label to the count name information in general, "门户网站公开政府信息20条", not one kind of
      // it, "门户网站公开政策法规5条": the count of the label itself)
      const lastPair = want.filter((w) => lead.includes(w)).sort((a, b) => lead.lastIndexOf(b) - lead.lastIndexOf(a))[0]!;
      const general = GENERAL_GAP.test(lead.slice(lead.lastIndexOf(lastPair) + lastPair.length)) ? 1 : 0;
      // (the item joined to another the label does not name, "目录和我局专题专栏共188条" for 专题专栏: their joint count)
      const joint = joinedToUnasked(text.slice(from, m.index), want) ? 1 : 0;
      cands.push({ value: Number(m[1]), unit: m[3]!, clause, passage: p, cover, lead: lead.length - first, exact: unit && m[3] === unit ? 1 : 0, general, joint, ...(m[2] ? { approx: true } : {}) });
    }
  }
  // (a count quoted, sought by its value: only among the counts the item's words come right before — never one read by the
  // looser ways below, "回复4条,予以公开3条" holds no 4 of 予以公开)
  if (value !== undefined && !cands.length) return undefined;
  // (or the count said first and the thing after it, "17件线上申请": the label right after the measure word)
  if (!cands.length) {
    const bare = hanOnly(label);
    for (const p of r.passages) {
      for (const m of p.text.matchAll(COUNT)) {
        if (unit && !sameUnit(unit, m[3]!)) continue;
        if (value !== undefined && Number(m[1]) !== value) continue;
        const end = m.index! + m[0].length;
        const after = hanOnly(p.text.slice(end, end + bare.length + 2)).replace(/^(?:的|为|是)/, '');
        if (bare.length < 2 || !after.startsWith(bare)) continue;
        const start = Math.max(p.text.lastIndexOf('，', m.index!), p.text.lastIndexOf(',', m.index!), p.text.lastIndexOf('、', m.index!)) + 1;
        const stop = p.text.slice(end).search(/[，,。；;、]/);
        cands.push({ value: Number(m[1]), unit: m[3]!, clause: p.text.slice(start, stop < 0 ? undefined : end + stop).trim(), passage: p, cover: 1, lead: 0, exact: unit && m[3] === unit ? 1 : 0, general: 0, ...(m[2] ? { approx: true } : {}) });
      }
    }
  }
  // (or, none found by its word pairs, by its words: every word of the item before the count, a little further back —
  // "网站上传的信息" of "…政府网站政务公开专栏…全年累计上传各类信息600余条", "新媒体推送的热点信息" of "推送热点信息700余条"
  // less the channel the text names elsewhere — one count only)
  if (!cands.length) {
    const byWords = wordsBeforeCount(r, label, unit, value);
    if (byWords) return byWords;
  }
  if (value !== undefined && !cands.length) return undefined;
  // (the year's proactive disclosure, worded by each report its own way: "共主动发布政府信息473条")
  if (!cands.length) {
    // (the year's proactive disclosure first: a count of requests told as none is no count of it)
    const proactive = PROACTIVE_ITEM.test(hanOnly(label)) && (!unit || sameUnit(unit, '条')) ? proactiveTold(r) : undefined;
    return proactive ?? (PROACTIVE_ITEM.test(hanOnly(label)) ? undefined : toldNone(r, want, unit));
  }
  // (the measure word asked, "多少项", tells 跑腿清单4615项 from 零跑腿清单1573条)
  cands.sort((a, b) => b.cover - a.cover || b.exact - a.exact || (a.joint ?? 0) - (b.joint ?? 0) || a.lead - b.lead || b.general - a.general);
  const [best, next] = cands;
  if (next && next.cover === best!.cover && next.exact === best!.exact && (next.joint ?? 0) === (best!.joint ?? 0) && next.lead === best!.lead && next.general === best!.general && next.value !== best!.value) return undefined;
  const { cover: _c, lead: _l, exact: _e, general: _g, joint: _j, ...told } = best!;
  return told;
}

/** The words between a list's last count and its total ("、重点项目12条,共发布86条" → ",共发布"). */
const LIST_TOTAL_GAP = /^\s*[，,]\s*(?:共计|合计|总计|一共|总共|共)(?:发布|公开|公布)?\s*$/;
/** What a list is of, opening its sentence ("专题专栏包括组织机构4条…"). */
const LIST_SUBJECT = /^\s*(?:其中)?[，,]?\s*([^，。；,;、\d]{2,12}?)(?:包括|包含|含有)/;
/** The sentence a count stands in, up to the count (from the last 。；; before it). */
function sentenceBefore(text: string, at: number): string {
  return text.slice(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1), text.lastIndexOf(';', at - 1)) + 1, at);
}
/** How far back from a count the item's words are read when found by words, not pairs (Han characters). */
const WORDS_LEAD_CHARS = 80;
/** Words of an item that say nothing of which count it is. */
const PLAIN_ITEM_WORDS = /^(?:信息|政府|政务|公开|信息公开|政府信息|发布|各类|全年|累计|申请|收到|受理|办理|总量|总数|数量|条数|件数)$/;
/** A label that still holds the question's own words ("政策解读一共多少件图解"), or names two things ("国家级和省级"): no
 *  item to find by its words. */
const ASKING_IN_LABEL = /多少|几|一共|合计|总共|[和与及跟、]/;

/**
 * The one count whose words before it (back to WORDS_LEAD_CHARS, not past a full stop) hold every telling word of the item
 * — or all but one, of three or more; undefined when none or several do.
 */
function wordsBeforeCount(r: Report, label: string, unit: string | undefined, value: number | undefined): Told | undefined {
  if (ASKING_IN_LABEL.test(label)) return undefined;
  const words = contentWords(label).filter((w) => w.length >= 2 && !PLAIN_ITEM_WORDS.test(w));
  // (two telling words at least: one alone, "征地", is in too many sentences to say which count)
  if (words.length < 2) return undefined;
  const needed = words.length >= 3 ? words.length - 1 : words.length;
  const hits: Told[] = [];
  for (const p of r.passages) {
    let prev = 0;
    for (const m of p.text.matchAll(COUNT)) {
      const from = prev;
      prev = m.index! + m[0].length;
      // (in the very measure asked: words found this loosely must not meet a count of something else, "公开栏25个")
      if (unit && unit !== m[3]) continue;
      if (value !== undefined && Number(m[1]) !== value) continue;
      // (the words after a count said first are its own, "9件为网上申请,1件为书面申请": not the next count's)
      if (from > 0 && NUMBER_FIRST_GAP.test(p.text.slice(from, m.index))) continue;
      const before = p.text.slice(0, m.index).split(/[。；;]/).at(-1)!.slice(-WORDS_LEAD_CHARS);
      if (words.filter((w) => before.includes(w)).length < needed) continue;
      // (the last word of the item right before this count, not before the one ahead of it)
      const last = words.at(-1)!;
      if (before.lastIndexOf(last) < before.length - (m.index! - from)) continue;
      hits.push({ value: Number(m[1]), unit: m[3]!, clause: clauseOf(p.text, from, prev), passage: p, ...(m[2] ? { approx: true } : {}) });
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/** Words between an item and its count that name information in general ("公开政府信息", "发布各类信息"). */
const GENERAL_GAP = /^(?:公开|发布|公布|上传|推送)?(?:了)?(?:各类|各项)?(?:政府|政务)?信息(?:数)?$/;

/** The count of the one item of a list given "respectively" whose words hold most of the label's pairs (MIN_COVERAGE at least). */
function listedCount(r: Report, want: string[], unit?: string): Told | undefined {
  let best: (Told & { cover: number }) | undefined;
  let tie = false;
  for (const p of r.passages) {
    if (!p.text.includes('分别')) continue;
    for (const c of respectiveCounts(p.text)) {
      if (unit && c.unit && !sameUnit(unit, c.unit.replace(/^[万亿]/, ''))) continue;
      const item = hanOnly(c.item);
      // (or the item's words all in the label: the list's words before its first item belong to every item,
      // "全省行政处罚" of "全省行政许可、行政处罚…")
      const own = pairs(c.item);
      const cover = Math.max(want.filter((w) => item.includes(w)).length / want.length, own.length >= 2 ? own.filter((w) => want.includes(w)).length / own.length : 0);
      if (cover < MIN_COVERAGE || (best && cover < best.cover)) continue;
      tie = !!best && cover === best.cover && best.value !== c.value;
      if (!best || cover > best.cover) tie = false;
      best = { value: c.value, unit: c.unit, clause: c.clause, passage: p, cover, listed: true, ...(c.approx ? { approx: true } : {}) };
    }
  }
  if (!best || tie) return undefined;
  const { cover: _c, ...told } = best;
  return told;
}

/** Things of one kind counted together ("两个公众号", "三个平台"): their number and the kind. */
const GROUP_NAMED = /^(?:这|那)?([两二三四五六七八九2-9])个(\p{Script=Han}{2,8})$/u;

/**
 * The things of a kind counted together, told as a list "respectively" ("两个公众号" of "“A”和“B”微信公众号运转正常,分别发布了信息
 * 405条和102条信息"): each one's count — only when one such list names the kind and as many things; else undefined.
 */
export function toldGroup(r: Report, label: string, unit?: string): { name: string; told: Told }[] | undefined {
  const m = GROUP_NAMED.exec(label);
  if (!m) return undefined;
  const n = smallNumber(m[1]!.replace('两', '二'));
  const groups: { name: string; told: Told }[][] = [];
  for (const p of r.passages) {
    if (!p.text.includes('分别') || !p.text.includes(m[2]!)) continue;
    const byClause = new Map<string, ReturnType<typeof respectiveCounts>>();
    for (const c of respectiveCounts(p.text)) byClause.set(c.clause, [...(byClause.get(c.clause) ?? []), c]);
    for (const [clause, list] of byClause) {
      if (list.length !== n || !clause.slice(0, clause.indexOf('分别')).includes(m[2]!)) continue;
      if (unit && list.some((c) => c.unit && !sameUnit(unit, c.unit))) continue;
      // (each by its name in quotation marks, "“善美政务”公众号", or by its words before the kind)
      const nameOf = (item: string) => ((q) => (q ? `“${q[1]}”${m[2]}` : item.replace(new RegExp(`${m[2]}.*$`), '') || item))(/[“"「]([^”"」]+)[”"」]/.exec(item));
      groups.push(list.map((c) => ({ name: nameOf(c.item), told: { value: c.value, unit: c.unit, clause, passage: p, listed: true, ...(c.approx ? { approx: true } : {}) } })));
    }
  }
  return groups.length === 1 ? groups[0] : undefined;
}

/** Measure words that count the same kind of thing (条 and 件 are both used for pieces of information). */
export function sameUnit(a: string, b: string): boolean {
  const group = (u: string) => ('条件篇项个例'.includes(u) ? 'piece' : u);
  return group(a) === group(b);
}

/** The words from the count before (or the passage's start) to this count, as printed: at most CLAUSE_MAX characters. */
const CLAUSE_MAX = 60;
function clauseOf(text: string, from: number, to: number): string {
  const t = text.slice(from, to).replace(/^[\s,，、;；:：。)）]+/, '');
  return t.length > CLAUSE_MAX ? `…${t.slice(-CLAUSE_MAX)}` : t;
}

/** Told in words that there were none ("我校未接到依申请公开事项要求", "全年没有收到…申请"). */
const NONE_TOLD = /未(?:接到|收到|受理|发生|产生|出现)|没有(?:接到|收到|受理|发生)|无(?:一)?(?:件|例)?(?:依申请|申请)/;

/** The item told as none in a clause of its own: a count of 0. */
function toldNone(r: Report, want: string[], unit?: string): Told | undefined {
  const hits: Told[] = [];
  for (const p of r.passages) {
    for (const clause of p.text.split(/[，,；;。]/)) {
      if (!NONE_TOLD.test(clause)) continue;
      const han = hanOnly(clause).replace(STOP_CHARS, '');
      if (want.filter((w) => han.includes(w)).length / want.length < MIN_COVERAGE) continue;
      hits.push({ value: 0, unit: unit ?? '', clause: clause.trim(), passage: p });
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}
