/**
 * The figure asked, read with the conversation: a column alone takes the last figure's rows ("企业呢"), "占多少"
 * asks its share, "剩下那些" the other results, "这两项加起来" the two just asked, "因为这个理由" the row of the rule
 * just explained; and what is asked of the figure — a share, a sum, a difference, its legal basis, or figures
 * quoted to check. Pure: the message's figure words, its text, the conversation and the report slots.
 */
import { T3_ROW_BY_ID, T3_ROWS } from '../report/format.js';
import { REASON_GROUPS } from '../answer/reasons.js';
import { questionKinds } from '../understand/kind.js';
import type { MetricQuery } from '../understand/metrics.js';
import type { ReportSlots } from '../understand/slots.js';
import type { ConvState } from './engine.js';
import { ARTICLE_ASKED, DIFFERENCE_ASKED, TIMES_ASKED, EACH_ASKED, MEANING_ASKED, QUANTITY, RATE, SUM_ASKED } from './patterns.js';
import { decimalsAsked } from './told-over-years.js';

/** The text with each span's characters as spaces (positions unchanged). */
export function blankSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  let s = text;
  for (const sp of spans) s = s.slice(0, sp.start) + ' '.repeat(Math.max(0, sp.end - sp.start)) + s.slice(sp.end);
  return s;
}

/** The question without the words of the rows it names (their labels say 理由, 原因 of their own). */
function withoutRowWords(norm: string, metric: MetricQuery): string {
  let text = blankSpans(norm, metric.spans);
  for (const row of metric.rows) text = text.split(T3_ROW_BY_ID[row]?.label ?? row).join(' ');
  return text.replace(ROW_REASON_WORDS, ' ');
}

/** Reason words inside the labels of table 三's rows ("无正当理由"). */
const ROW_REASON_WORDS = /无正当理由/g;

/** A review or a suit named (复议, 诉讼, 起诉, 官司, 案子). */
const CASE_NAMED = /复议|诉讼|起诉|官司|案/;

/** A share asked on its own, after a figure ("占多少", "占比呢", "百分之几"). */
const SHARE_FOLLOW_UP = /^占|^(?:它们|它|这些|这个)占|占比|比例|百分之?几|百分之多少|多少%|百分比|比重|几成/;

/** Requests counted by how they came in ("网上申请的有多少", "线下的几件"). */
const CHANNEL_COUNTED = /(?:网上|线上|网络|在线|线下|书面|当面|信函|信件|邮寄|传真|电子邮件|现场|窗口)[^，。？?]{0,6}(?:多少|几)/;

/** The results asked ("结果咋样", "结果呢", "怎么判的"). */
const RESULTS_ASKED = /结果|怎么判|判了|赢了|输了/;

/** Table 四's two kinds of case: administrative review and lawsuit (a suit's two paths add up to it). */
const T4_BOTH_GROUPS = ['review', 'suit'] as const;

/** Figures quoted and asked whether they are right ("对不对", "没错吧", "核对一下…对吗", "合计是22件吗", "是5件吧"). */
/** Where the asker should go next ("那我上哪要去", "该去哪找", "找谁要"). */
const WHERE_TO_GO = /(?:上哪|去哪|到哪|哪里|哪儿|找谁)(?:儿)?(?:去)?(?:要|拿|查|找|申请)/;

// (or a figure heard and doubted: "是这个数吗", "真的假的", "是不是发了4000条左右")
export const QUOTES_CHECKED = /(?<!不)是这个数(?:吗|吧|不|么|嘛)?|真的假的|(?:是不是|是否)[^，。,？?\d]{0,6}\d+\s*(?:余|多)?\s*[件条个次项份篇起宗人期场批家户名]|(?:也|都|还)?是\s*\d+\s*(?:吗|么|嘛)[?？]*$|对不对|(?:帮我|帮忙)?(?:对一下|对一对|对下)|(?:一致|相符|对)不[?？。]*$|(?:我|我们|草稿里?|稿子里?|材料里?)(?:这么|是这样)?(?:写|填)的(?:是)?\s*\d|这么填的|对吗|帮我确认|确认一下|确认下|请确认|一致吧|一样吗|一样吧|相符吧|对得上吧|有出处吗|出处在哪|是吧[?？。!！~]*$|(?:年报|报告)里有这句|有没有这句|是这么写的吗|这么写的吗|原文是这样吗|没(?:有)?[记弄搞看听算数]错(?:吧|吗|嘛)?|对吧|(?:是不是|是否)(?:正好|刚好)?等于|正好等于|对么|是不是这样|是这样吗|是吗|没错吧|没问题(?:吧|吗|嘛)|没毛病(?:吧|吗|嘛)?|有没有错|准不准确|准确吗|一致吗|(?:是否|是不是)(?:一致|相符|准确|正确)|如不一致|是否属实|正确吗|核对|核一下|对得上|对不上|相符吗|吻合吗|属实吗|(?:是|有|为|共|合计|一共|总共)\s*\d+\s*(?:余|多)?\s*[件条个次项份篇起宗人期场批家户名]\s*(?:吗|么|嘛|[?？])|\d+\s*[件条个次项份篇起宗人期场批家户名]\s*(?:是吧|吧)(?:[?？。!！，,]|$)|是不是(?:啊|呀|呢)?[?？。!！]*$|(?:就|只有|只|才)\s*\d+\s*个?[件条个次项份篇起宗人名家][^，。,？?]{0,8}(?:吗|么|嘛)?[?？]/;
/** Words that ask for a check in so many words ("对吗", "核对") or set counts against each other ("分开加起来却有31条"), whatever else is asked. */
const CHECK_WORDS = /对吗|对不对|对吧|核对|核一下|确认|一致|相符|对得上|对不上|是不是|加起来|合计|一共|总共|却有/;
/** Figures quoted to check: not a reason asked of a count ("为啥只有4件是县里自己办的？"), unless a check is asked too. */
export function quotesChecked(text: string): boolean {
  return QUOTES_CHECKED.test(text) && !(questionKinds(text).why && !CHECK_WORDS.test(text));
}

/** A count the asker states ("8件", "予以公开4", "总计15"), not a year, a date, a share or an amount. */
const QUOTED_COUNT = /(?<![\d.])(\d{1,6})(?![\d.]|\s*(?:年|月|日|号|%|％|万|元))/g;

/** A question naming its own subject (a website, a channel, news, information items): not a column of the last figure. */
const OWN_SUBJECT = /网站|网页|平台|公众号|微博|新媒体|信息\d*条|多少条|几条|新闻|稿件/;

/** The rows that count requests in and out (received, carried, handled). */
const BALANCE_ROW_IDS: ReadonlySet<string> = new Set(['new', 'carried', 'total', 'carry-over']);
/** Granted said plainly after the requests ("公开了几份", "给公开了几件"), not 主动公开 nor 部分公开. */
const GRANTED_SAID = /^(?:那|其中)?(?:给|予以)?公开了?(?:几|多少)(?:件|份|个)?/;

/** The two figures just asked ("这两项", "这两个", "两者", "这俩"). */
const THE_TWO = /这两项|这两个|这两类|两者|这俩|二者|^(?:那)?两(?:个|项)(?=加|合起来|合在一起|一共|合计|总共|相加|差|哪个)/;

/** The row of table 三 that counts what a rule's intent explains (intents/procedure.yml → report format). */
const ROW_OF_RULE: Readonly<Record<string, string>> = {
  'procedure.third-party': 'refused.third-party',
  'procedure.correction': 'other.no-correction',
  'procedure.exempt': 'refused',
  // (an office's "not ours" answer is counted with what it does not hold: 本机关不掌握相关政府信息)
  'procedure.not-ours': 'unable.not-held',
  'procedure.need-create': 'unable.need-create',
};

/** Pointing back at what was just explained ("这个理由", "这种情况", "这类"). */
const POINTS_BACK = /这个理由|这个原因|这种情况|这类情况|这种理由|这类|这样的/;

/** The requests answered the way just told ("这么回复的", "这样答复的", "像这样处理的"). */
const ANSWERED_SO = /(?:这么|这样|这种方式|像这样)(?:回复|答复|处理|办理|告知|回|拒绝|驳回|回绝)/;

/** Two figures joined by 加 or + ("予以公开加部分公开"), not 增加/参加/加快 and the like. */
const PLUS = /[+＋]|(?<![增追参附更添])加(?![起在一到上快急班强大入])/;

/** Last year's count or the change of a row of table 二 (the 2019 format prints them: 上一年项目数量, 本年增/减). */
/** The clause of a message that holds the figure's last words (the whole message when they are not known). */
function clausesOfSpans(norm: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return norm;
  // (the last one's clause: the one that asks, a story before it may name the same thing)
  const last = spans.reduce((a, b) => (b.start > a.start ? b : a));
  const [from, to] = [last.start, last.end];
  const start = Math.max(...[...norm.slice(0, from).matchAll(/[，,。；;！!？?]/g)].map((m) => m.index! + 1), 0);
  const after = norm.slice(to).search(/[。；;！!？?]/);
  return norm.slice(start, after < 0 ? norm.length : to + after);
}
const PRIOR_YEAR_ASKED = /上一年|上年|去年|增减|增\/减|增加还是减少|增加了还是减少了|(?:多|少|增|减)了?(?:几|多少)|变化|变了/;

/** Whether all cases had one result ("都维持了吗", "是不是全部维持"). */
const EVERY_ASKED = /都|全部|全都|均|一律/;

/** Fees said plainly, which in a conversation about table 二 is its row of administrative fees. */
const T2_FEES_SAID = /收费|收了多少钱|收钱/;

/** A how-many and nothing else ("几件", "有多少个", "那一共多少呢"). */
const BARE_COUNT = /^(?:那|那么)?(?:一共|总共|共)?(?:有)?(?:几|多少)(?:件|个|起|次|项|条)?(?:呢|啊|呀|啦)?[?？]?$/;

/** The parts of the figure just given asked ("具体呢", "详细点", "结果呢", "怎么判的"). */
const DETAIL_ASKED = /^(?:那|那么)?(?:具体|详细|细分|明细|分别|结果|结果如何|结果怎么样|怎么判的|判得怎么样)(?:点|一点|些|的|情况|是)?(?:呢|啊|呀|如何|怎样|怎么样|咋样|咋样了|怎么样了)?[?？]?$/;
/** Results asked, which table 二 has none of. */
const RESULT_WORD = /结果|判/;

/** Table 三's results (（一）–（六）), in the report's order. */
const RESULT_ROWS = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'];

/** The rest asked after one figure ("剩下那些都是什么情况", "其余的呢", "别的几件呢"). */
const REST_ASKED = /剩下|剩余|其余|其它的|其他的|别的|另外的|另外那些/;

/** Only so many granted, then the rest asked ("才公开了4个 剩下那11个都咋回事", "只公开了3件，其余的呢"). */
const REST_OF_GRANTED = /(?:只|才|仅|就)(?:予以)?公开了?\s*\d+\s*[个件份项条]?[^。？?]{0,6}(?:剩下|剩余|其余|其他|别的)/;

/** Every result but the one named ("除了予以公开以外的", "除予以公开之外"). */
// (or "除了予以公开的，其余的…": the rest said after it)
const EXCEPT = /除了?[^，。？?]{0,12}(?:以外|之外)|除了?[^，。？?,]{1,12}[，,]?\s*(?:其余|其他|剩下|剩余|别的)/;

/** Their total asked in a question after each was asked ("各是多少？加起来等于多少"). */
const SUM_AFTER_EACH = /[？?，,。]\s*(?:那)?(?:加起来|加在一起|合计|一共|总共)/;

/** Another row added to the figure just given ("再加上不予处理的", "那加上部分公开呢"). */
const ADD_TO_LAST = /^(?:那|那么)?(?:再|还要|要是)?(?:把)?加上/;

/** Table 三's applicant columns by their full names: nothing else is called so. */
const APPLICANT_COLUMN_NAME = /^(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织)(?:[那这]?一?[列栏](?:的)?)?$/;

/** Matters an office handles besides requests for information: deputies' suggestions and members' proposals. */
const OTHER_MATTER_HANDLED = /提案|议案|代表建议|人大建议/;

/** Table 二's rows counted in money (收费金额, 采购金额): the only ones with an amount column. */
const T2_MONEY_ROWS: ReadonlySet<string> = new Set(['fees', 'procurement']);

/** Table 三's base rows: a share is of them, a sum is not made of them. */
const BASE_ROW_IDS: ReadonlySet<string> = new Set(['new', 'carried', 'total', 'carry-over']);

/** The figure the message asks, with what the conversation and the message's words add to it. */
export function metricInContext(found: MetricQuery | undefined, norm: string, state: ConvState, slots: ReportSlots, shortOrMarked: boolean): MetricQuery | undefined {
  let metric = found;
  // "现行有效的呢" / "企业呢": a column alone takes its rows from the previous figure
  // (not a question of its own that happens to hold a column word: "在和平区政府门户网站上发布了多少条信息")
  // (a sum of money, "信息处理费收了多少", is never a column of rows that count documents or decisions: 规范性文件 has no 金额)
  const moneyOfCounts = metric?.table === '二' && metric.cols.includes('amount') && !state.metric?.rows.some((x) => T2_MONEY_ROWS.has(x));
  if (metric && !metric.rowsExplicit && state.metric && state.metric.table === metric.table && !moneyOfCounts && (shortOrMarked || (!metric.rows.length && !OWN_SUBJECT.test(norm)))) {
    metric = { ...metric, rows: state.metric.rows, rowsExplicit: true };
  }
  // "上一年项目数量多少", "比上一年是增加了还是减少了": the 2019 format's own columns of table 二, as printed
  // (said in the clause that asks the row, not in a story before it: "去年办营业执照…跑了好几次，…行政许可一共处理了多少")
  // (nor a 去年 the slots read as the story's — a year named beside it is the one asked: "去年给孩子办入学、办户口跑了几趟 海城镇2024年…")
  const storyYear = /去年/.test(norm) && slots.relativeYear === undefined && slots.years.length > 0;
  const asking = metric?.table === '二' ? clausesOfSpans(norm, metric.spans) : '';
  if (metric?.table === '二' && PRIOR_YEAR_ASKED.test(storyYear ? asking.replace(/去年/g, ' ') : asking)) metric = { ...metric, printed: true };
  // "还有几件在办" right after the requests (table 三): those still being handled, carried into next year — not a review case
  // still pending (no case named)
  if (metric?.table === '四' && metric.cols.length === 1 && metric.cols[0] === 'pending' && state.metric?.table === '三' && !CASE_NAMED.test(norm)) metric = { table: '三', rows: ['carry-over'], cols: [], spans: metric.spans, rowsExplicit: true, vague: false };
  // "都维持了吗": whether every case had that result — every result shown, so the others are seen too
  if (metric?.table === '四' && metric.cols.length === 1 && EVERY_ASKED.test(norm)) metric = { ...metric, cols: [] };
  // "败诉了吗", "纠错了几件": a result of table 四 with no case kind named and none in the conversation is
  // asked of both kinds of case
  if (metric?.table === '四' && !metric.rows.length && metric.cols.length) metric = { ...metric, rows: [...T4_BOTH_GROUPS], rowsExplicit: true };
  // "其中网上申请的有多少" right after the requests received: those requests, by how they came in
  if (!metric && shortOrMarked && state.metric?.table === '三' && state.metric.rows.includes('new') && CHANNEL_COUNTED.test(norm)) metric = { ...state.metric, rows: ['new'], cols: [], rowsExplicit: true, vague: false };
  // "结果咋样嘛" right after a review or suit figure: that figure with every result column
  if (!metric && shortOrMarked && state.metric?.table === '四' && RESULTS_ASKED.test(norm)) metric = { ...state.metric, cols: [], rowsExplicit: true };
  // "自然人占总数的比例是多少" with no figure before: an applicant named by its full column name is one of the
  // requests received (a word only table 三's columns use; "单位", "企业" alone are other things too)
  if (metric?.table === '三' && !metric.rows.length && !state.metric && metric.spans.every((sp) => APPLICANT_COLUMN_NAME.test(norm.slice(sp.start, sp.end)))) metric = { ...metric, rows: ['new'], rowsExplicit: false };
  if (metric && !metric.rows.length) metric = undefined;
  // (the results of other matters handled, "人大代表建议和政协提案办理结果公开了多少件": table 三 counts requests for information only)
  if (metric?.table === '三' && OTHER_MATTER_HANDLED.test(norm) && !/申请/.test(norm)) metric = undefined;
  // "占多少" / "比例呢" right after a figure of table 三: that figure's share
  // (the base named with it, "占全部办理结果的比例": the total the share is of, not a figure of its own)
  // (or the new requests, "占全年新收申请的多少": the share of those)
  const baseOnly = metric?.table === '三' && metric.rows.every((x) => x === 'total' || x === 'new') && !state.metric?.rows.every((x) => x === 'total' || x === 'new');
  // (the two rows just asked, "这两项加起来占…", are the next step's: both added up)
  if ((!metric || baseOnly) && shortOrMarked && state.metric?.table === '三' && SHARE_FOLLOW_UP.test(norm) && !(state.previousRows && THE_TWO.test(norm))) {
    const base = baseOnly && metric!.rows.includes('new') ? 'new' : 'total';
    const rows = state.metric.rows.includes(base) ? state.metric.rows : [...state.metric.rows, base];
    // (the share only: the articles asked just before are not asked again)
    const { basis: _articles, ...last } = state.metric;
    metric = { ...last, rows, rowsExplicit: true, rate: true };
  }
  // "几件" right after a row named without a count asked ("我想问沭阳县行政执法案卷那一项"): that row's figure
  if (!metric && state.metric && BARE_COUNT.test(norm.trim())) metric = { ...state.metric };
  // "对应条例哪些条款" right after a figure of table 三 with reasons: the legal basis of each reason it counts
  if (!metric && state.metric?.table === '三' && ARTICLE_ASKED.test(norm) && state.metric.rows.length && state.metric.rows.every((x) => REASON_GROUPS.has(x) || T3_ROW_BY_ID[x]?.basis)) metric = { ...state.metric, basis: true };
  // "具体呢", "结果呢" right after a figure: that figure again, every part of it (its reasons, its results)
  if (!metric && state.metric && DETAIL_ASKED.test(norm.trim()) && (state.metric.table !== '二' || !RESULT_WORD.test(norm))) metric = { ...state.metric, cols: state.metric.table === '四' ? [] : state.metric.cols };
  // "那收费呢" right after a figure of table 二 ("行政许可决定多少件" → "处罚呢" → "那收费呢"): that table's row of
  // fees (收费 alone names no row elsewhere: the fee for a request is another matter)
  if (!metric && shortOrMarked && state.metric?.table === '二' && T2_FEES_SAID.test(norm)) metric = { table: '二', rows: ['fees'], cols: [], spans: [], rowsExplicit: true };
  // "因为这个理由拒了几件" right after the rules of a step that table 三 counts (the third party's rights,
  // no 补正): that row
  const pointedRow = !metric && state.intent ? ROW_OF_RULE[state.intent] : undefined;
  if (pointedRow && POINTS_BACK.test(norm) && QUANTITY.test(norm)) metric = { table: '三', rows: [pointedRow], cols: [], spans: [], rowsExplicit: true };
  // "这么回复的有几个" right after a row of table 三 (its wording quoted: "回复说“本机关不掌握相关政府信息”啥意思"):
  // the requests answered so are that row's
  if (!metric && state.metric?.table === '三' && state.metric.rows.length && ANSWERED_SO.test(norm) && QUANTITY.test(norm)) metric = { ...state.metric, cols: [] };
  // "这两项加起来占总申请数的百分之多少" right after two rows asked one after the other: both, added up
  // (a base row named beside them is the share's denominator, not what is asked: "占总申请数的")
  if ((!metric || (metric.table === '三' && metric.rows.every((x) => BASE_ROW_IDS.has(x)))) && state.metric?.table === '三' && state.previousRows && THE_TWO.test(norm)) {
    metric = { ...state.metric, rows: [...state.previousRows, ...state.metric.rows], cols: [], rowsExplicit: true };
  }
  // "公开了几份" right after the requests received: those granted (not the items published of themselves)
  if (!metric && shortOrMarked && state.metric?.table === '三' && state.metric.rows.every((x) => BALANCE_ROW_IDS.has(x)) && GRANTED_SAID.test(norm)) {
    metric = { table: '三', rows: ['granted'], cols: [], spans: [], rowsExplicit: true };
  }
  // (two rows of table 二 asked one after the other, "行政处罚多少个" then "行政强制呢": their decisions, both)
  // (or of table 四, "行政复议几件" then "说的是行政诉讼": the review and the suit, both)
  if (!metric && (state.metric?.table === '二' || state.metric?.table === '四') && state.previousRows && THE_TWO.test(norm)) {
    metric = { ...state.metric, rows: [...state.previousRows, ...state.metric.rows], rowsExplicit: true };
  }
  // "15个申请才公开了4个，剩下那11个都咋回事": the results other than those granted, each
  if (!metric && REST_OF_GRANTED.test(norm)) metric = { table: '三', rows: RESULT_ROWS.filter((x) => x !== 'granted'), cols: [], spans: [], rowsExplicit: true };
  // "除了予以公开以外的一共几件": the other results of table 三, each and added up
  if (metric?.table === '三' && EXCEPT.test(norm) && metric.rows.length && metric.rows.every((x) => RESULT_ROWS.includes(x))) {
    const others = RESULT_ROWS.filter((x) => !metric!.rows.includes(x));
    metric = { ...metric, rows: others, cols: [], rowsExplicit: true, added: SUM_ASKED.test(norm) || undefined };
  }
  // "我们2022年这几项各是几件" right after rows were answered (their meanings): the same rows, counted
  if (!metric && state.metric && POINTED_ROWS.test(norm) && QUANTITY.test(norm) && !slots.offices.length) metric = { ...state.metric, basis: undefined, rate: undefined, times: undefined, difference: undefined };
  // "剩下那些都是什么情况" right after a result of table 三: the other results
  if (!metric && state.metric?.table === '三' && REST_ASKED.test(norm) && !slots.years.length && !slots.offices.length) {
    // (after reasons of one result, "其中本机关不掌握的呢": the other reasons of that result)
    const parents = new Set(state.metric.rows.map((x) => T3_ROW_BY_ID[x]?.parent));
    const parent = parents.size === 1 ? [...parents][0] : undefined;
    const siblings = parent ? T3_ROWS.filter((r) => r.parent === parent && !state.metric!.rows.includes(r.id)).map((r) => r.id) : [];
    const asked = new Set(state.metric.rows.map((x) => T3_ROW_BY_ID[x]?.parent ?? x));
    if (siblings.length) metric = { ...state.metric, rows: siblings, cols: [], rowsExplicit: true };
    else if (RESULT_ROWS.some((x) => asked.has(x))) metric = { ...state.metric, rows: RESULT_ROWS.filter((x) => !asked.has(x)), cols: [], rowsExplicit: true };
    // (after the requests handled, "办结了几件" → "剩下的呢": those carried into next year)
    else if (asked.has('total')) metric = { ...state.metric, rows: ['carry-over'], cols: [], rowsExplicit: true, vague: false };
  }
  // "予以公开率是多少": give the total beside the row, so the share can be read off the report's own figures
  // (an applicant column's share of its own row needs no total row: "新收申请里自然人占比多少")
  const columnShare = metric && metric.cols.length === 1 && metric.cols[0] !== 'total' && metric.rows.every((x) => BASE_ROW_IDS.has(x));
  // "不予公开的申请里，因为保护第三方合法权益的占几成": a reason's share of its own result row, both named
  const parentNamed = metric?.table === '三' && metric.rows.length === 1 ? T3_ROW_BY_ID[metric.rows[0]!]?.parent : undefined;
  if (parentNamed && RATE.test(norm) && norm.includes(T3_ROW_BY_ID[parentNamed]?.label ?? '\u0000')) metric = { ...metric!, rows: [parentNamed, ...metric!.rows], rate: true };
  else if (metric?.table === '三' && RATE.test(norm)) metric = { ...metric, rows: metric.rows.includes('total') || columnShare ? metric.rows : [...metric.rows, 'total'], rate: true };
  // ("无法提供的是不是超过新收总量一半了": the share, and whether it is above the part named)
  const threshold = metric?.table === '三' ? thresholdAsked(norm) : undefined;
  if (metric && threshold !== undefined) metric = { ...metric, rows: metric.rows.includes('total') || metric.rows.includes('new') ? metric.rows : [...metric.rows, 'total'], rate: true, threshold };
  // (the decimals asked of the share, "保留两位小数")
  const decimals = metric?.rate ? decimalsAsked(norm) : undefined;
  if (metric && decimals !== undefined) metric = { ...metric, decimals };
  // "纠错率": a result's share of the cases of table 四
  if (metric?.table === '四' && RATE.test(norm) && metric.cols.some((c) => c !== 'total')) metric = { ...metric, rate: true };
  // "行政许可、行政处罚、行政强制三项加起来一共多少件": rows of table 二 counted in the same unit, added up
  if (metric?.table === '二' && metric.rows.length > 1 && SUM_ASKED.test(norm) && !EACH_ASKED.test(norm)) metric = { ...metric, added: true };
  // "行政复议、行政诉讼案件共多少件": the cases of table 四 added up as well
  if (metric?.table === '四' && metric.rows.length > 1 && SUM_ASKED.test(norm)) metric = { ...metric, added: true };
  // "再加上不予处理的，一共多少件" right after a figure of table 三: the rows just given and the one named, added up
  if (metric?.table === '三' && state.metric?.table === '三' && ADD_TO_LAST.test(norm) && !metric.rows.some((x) => state.metric!.rows.includes(x)) && ![...metric.rows, ...state.metric.rows].some((x) => BASE_ROW_IDS.has(x))) {
    metric = { ...metric, rows: [...state.metric.rows, ...metric.rows], cols: [], added: true };
  }
  // "加上上年结转的一共要办多少" right after the new requests (or the other way round): the two added, all to handle that year
  const pair = new Set([...(metric?.rows ?? []), ...(state.metric?.rows ?? [])]);
  if (metric?.table === '三' && state.metric?.table === '三' && ADD_TO_LAST.test(norm) && metric.rows.length === 1 && state.metric.rows.length === 1 && pair.size === 2 && pair.has('new') && pair.has('carried')) {
    metric = { ...metric, rows: ['new', 'carried'], cols: [], added: true };
  }
  // "不予公开加上无法提供一共多少件": results of table 三 added up (not "分别是多少")
  // (or joined by 加 / + : "予以公开加部分公开占办结总数的比例")
  // (or each asked, then their total in a question of its own: "…各是多少？加起来等于多少？")
  if (metric?.table === '三' && metric.rows.filter((x) => !BASE_ROW_IDS.has(x)).length > 1 && (SUM_ASKED.test(norm) || PLUS.test(norm)) && (!EACH_ASKED.test(norm) || SUM_AFTER_EACH.test(norm))) metric = { ...metric, added: true };
  // "信访举报投诉类的申请凭啥就不予处理了": why a reason applies, its legal basis with its count
  // (the row's own words are not the why: "无正当理由大量反复申请" holds 理由)
  // (or which article allows it: "内部事务信息可以不公开，依据是条例第几条")
  // (or what the row means: "什么叫三类内部事务信息", "本机关不掌握相关政府信息是啥意思")
  // (or where to go next about it: "回复我说“本机关不掌握相关政府信息”，那我上哪要去" — the rule says who holds it)
  // (the parts under a result asked what they mean, "“无法提供”下面那几个细分项分别是什么意思": its reasons, each with its basis)
  // (what happens if the asker does or does not take a step, "我要是不补正会咋样", no count asked: the procedure, not the
  // row of table 三 that counts such requests)
  // (or put to the conversation as the asker's own course, "我一直不补正呢")
  if (metric?.table === '三' && (ASKER_WHAT_IF.test(norm) || ASKER_OWN_COURSE.test(norm)) && !QUANTITY.test(norm)) metric = undefined;
  // (each reason under a result counted, "不予处理下面5个理由，分别是多少": the result with every reason, zeros too)
  if (metric?.table === '三' && metric.rows.length === 1 && REASON_GROUPS.has(metric.rows[0]!) && (PARTS_UNDER.test(norm) || REASONS_NAMED.test(norm)) && EACH_ASKED.test(norm) && QUANTITY.test(norm)) metric = { ...metric, allParts: true };
  // (or a result with reasons asked what it counts, "“其他处理”这一栏是统计什么的", "一般指哪些情形": its reasons, each with its basis)
  const meaning = MEANING_ASKED.test(norm) || ROW_MEANING.test(norm);
  const parts = metric?.table === '三' && metric.rows.length === 1 && meaning && (PARTS_UNDER.test(norm) || (REASON_GROUPS.has(metric.rows[0]!) && ROW_MEANING.test(norm) && !COUNT_ASKED.test(norm))) ? T3_ROWS.filter((x) => x.parent === metric!.rows[0] && x.basis).map((x) => x.id) : [];
  if (parts.length) metric = { ...metric!, rows: parts, rowsExplicit: true };
  // (部分公开's basis is what the row means, asked as such; why a count of it, "为什么有6件只是部分公开", is that count — with
  // its basis said beside it, prose-figures.ts reasonsNotTold)
  const meaningOnly = metric?.rows.includes('partial') ?? false;
  if (metric?.table === '三' && metric.rows.every((x) => T3_ROW_BY_ID[x]?.basis) && (meaning || ARTICLE_ASKED.test(norm) || (!meaningOnly && (questionKinds(withoutRowWords(norm, metric)).why || WHERE_TO_GO.test(norm))))) metric = { ...metric, basis: true };
  // (a result with reasons, its article asked: "不予公开那两件依据的是条例第几条" — the basis of each reason it counts)
  // (or a reason named beside its result, "“信访举报投诉类申请”被列为不予处理，其条例依据为第几条")
  else if (metric?.table === '三' && metric.rows.length && metric.rows.every((x) => REASON_GROUPS.has(x) || T3_ROW_BY_ID[x]?.basis) && ARTICLE_ASKED.test(norm)) metric = { ...metric, basis: true };
  // "无法提供合计8件，其中不掌握6件、需要另行制作2件，对不对": the figures quoted, to check against the report's
  if (metric && quotesChecked(norm)) {
    const quoted = [...norm.matchAll(QUOTED_COUNT)].map((m) => Number(m[1]));
    if (quoted.length) metric = { ...metric, quoted };
  }
  // "现行有效的比新发的多几件": two figures against each other
  if (metric && DIFFERENCE_ASKED.test(norm)) metric = { ...metric, difference: true };
  // "无法提供的件数是予以公开的几倍": two figures, one as many times the other
  if (metric && TIMES_ASKED.test(norm)) metric = { ...metric, times: true };
  // "那其中本机关不掌握的占多少比例" right after 无法提供: a reason's share of the result answered before it
  // (the whole read as the year's total by default, "占多少比例": the result answered before, once 其中 points at it)
  const own = metric?.rows.filter((x) => x !== 'total') ?? [];
  if (metric?.rate && metric.table === '三' && own.length === 1 && OF_THE_LAST.test(norm)) {
    const parent = T3_ROW_BY_ID[own[0]!]?.parent;
    if (parent && state.metric?.table === '三' && state.metric.rows.includes(parent)) metric = { ...metric, rows: [own[0]!, parent] };
  }
  return metric;
}

/** The rows just answered, pointed at ("这几项", "这些", "它们", "上面几个"). */
const POINTED_ROWS = /这几[项个类种]|这些(?:项|类|情形)?|它们|上面(?:这|那)?几[项个类]|上述几[项个类]/;

/** The parts under a result ("下面那几个细分项", "其中各项", "包括的几种情形"). */
/** The asker supposing a step of their own and asking what follows ("我要是不补正会咋样", "如果不交费会怎么样"). */
const ASKER_WHAT_IF = /(?:我|俺|咱)们?(?:要是|如果|假如|万一|若是)[^，。?？]{1,12}(?:会|该|能)?(?:咋样|怎样|怎么样|怎么办|咋办|如何|有什么后果)/;
/** The asker's own course put as a question ("我一直不补正呢", "那我就是不补正会咋样"). */
const ASKER_OWN_COURSE = /^(?:那|那么)?(?:我|俺|咱)们?(?:要是|如果|假如|万一)?(?:一直|就是|就|偏|还是|硬是|不)[^，。?？]{0,8}(?:呢|会怎样|会咋样|会怎么样|怎么办|咋办)[?？]?$/;
/** The reasons of a result named as such ("5个理由", "几种情形", "各原因"). */
const REASONS_NAMED = /(?:[几两二三四五六七八九\d]|各)(?:个|种|类|项)?(?:理由|原因|情形|情况)/;
/** What a row counts, asked in other words than MEANING_ASKED's ("这一栏是统计什么的", "系指何者", "一般指哪些情形"). */
const ROW_MEANING = /系指|指何者|何谓|所指|统计(?:的是)?(?:什么|啥|哪些)|指(?:的是)?哪些情形/;
/** A count asked ("几件", "多少"), not the words of counting ("统计什么"). */
const COUNT_ASKED = /多少|几[件个次条起项宗]|几多/;
const PARTS_UNDER = /细分|下面(?:那|这)?[几些]|下设|其中(?:的)?(?:各|几|每)|各项|几种情形|分项/;

/** A part of what was answered last ("其中…", "这里面…", "这些里…"). */
const OF_THE_LAST = /其中|这里面|这里头|这当中|这些里|里面/;

/** A part of the whole a share is set against ("超过一半", "不到三成", "过半", "达到三分之一"): the comparison and the part. */
const THRESHOLD_ASKED = /(?:超过|超出|多于|高于|大于|不到|不足|少于|低于|小于|达到|达|过)[^，。？?\d]{0,10}?(一半|半数|三分之一|四分之一|三分之二|[一二三四五六七八九]成)/;
const PART_VALUE: Readonly<Record<string, number>> = { 一半: 0.5, 半数: 0.5, 三分之一: 1 / 3, 四分之一: 0.25, 三分之二: 2 / 3 };
const TENTHS = '一二三四五六七八九';

/** The part of the whole a share is asked against, if any (0.5 for "是不是超过一半"). */
function thresholdAsked(norm: string): number | undefined {
  const m = THRESHOLD_ASKED.exec(norm) ?? (/过半/.test(norm) ? ['过半', '一半'] : null);
  if (!m) return undefined;
  const part = m[1]!;
  return PART_VALUE[part] ?? (part.endsWith('成') ? (TENTHS.indexOf(part[0]!) + 1) / 10 : undefined);
}
