/**
 * Rules for questions about one row of table 三 that only the report answers: its count ("部分公开多少"),
 * whether there were any ("部分公开的有吗"), or why (the sub-rows of 不予公开 / 无法提供 / 不予处理 /
 * 其他处理 with their counts: "为什么不予公开"). Procedure intents share these words (部分公开是什么意思,
 * 哪些信息不予公开) and often score higher, but they never answer a how-many or this report's why.
 */
import { applicantBesideContact, contactAskedAfterStory } from './figures.js';
import { asksTableRow, REASON_GROUPS } from '../../answer/reasons.js';
import { figuresIntent, handlerOf } from '../handlers.js';
import { ASKER_FUTURE, YES_NO_END, FEE_THRESHOLD_ASKED, MEANING_ASKED, RULES_ASKED, TABLE_PLACE, EVENTS_COUNTED } from '../patterns.js';

/** The report or this office named ("报告里", "你们去年"): this report's cases, not the rules. */
const REPORT_NAMED = /报告|年报|你们|贵单位|本机关|去年|今年|前年/;
import { POLICY } from '../thresholds.js';
import { renderMetric } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { kindsOf } from './helpers.js';
import { hasCells } from './consistency.js';
import { textArithmetic } from './text-arith.js';
import type { Rule } from './types.js';
import type { MetricQuery } from '../../understand/metrics.js';
import { questionKinds, type QuestionKinds } from '../../understand/kind.js';
import type { Understanding } from '../understanding.js';

/** Where one question of a message ends and the next begins: a sentence's end, or one joined on ("，以及…", "，另外…"). */
const QUESTION_BREAK = /[?？。；;!！]+|[，,]\s*(?=以及|另外|还有|此外|再问|顺便)/g;

/**
 * The kinds of the question that names the row, when the message asks another one after it ("…不予公开多少件？另外一般
 * 多少个工作日内答复？", "不予公开的件数，以及依申请公开的法定答复期限"): the other question's time limit does not
 * make the row's count a time limit (it is answered as a second question, second-ask.ts).
 */
function rowQuestionKinds(u: Understanding, kinds: QuestionKinds): QuestionKinds {
  const spans = u.foundMetric?.spans ?? [];
  if (!kinds.duration || !spans.length) return kinds;
  const ends = [...u.norm.matchAll(QUESTION_BREAK)].map((m) => m.index! + m[0].length);
  if (!ends.length) return kinds;
  const from = Math.max(0, ...ends.filter((e) => e <= spans[0]!.start));
  const to = Math.min(u.norm.length, ...ends.filter((e) => e > spans[0]!.start));
  if (spans.some((s) => s.start < from || s.end > to) || to - from >= u.norm.length) return kinds;
  // (the row's sentence is a question of its own, ended by a question mark or joined to the next: not a story
  // sentence before the question, "…补偿款跟隔壁几家比少了一大截…文件谁也不给看。…最晚多少天必须答复我？")
  const own = u.norm.slice(from, to);
  if (!/[?？]$|[，,]\s*$/.test(own)) return kinds;
  return questionKinds(own);
}

export const tableRowAsked: Rule = {
  name: 'table-row-asked',
  doc: 'A count, existence or the reasons of a row named in the question ("部分公开多少", "为什么不予公开"), or a cell named by its place in the table ("表三 不予公开第2项"): the report\'s figure and its reasons, not the regulation\'s rules.',
  decide: (u, state, kn) => {
    const figures = figuresIntent(kn);
    const metric = u.metric;
    // (events counted, "培训一共办了几次", are no row of table 三)
    // (nor a contact detail asked after a story that names a row: contactAskedAfterStory)
    if (!figures || !metric || applicantBesideContact(u) || contactAskedAfterStory(u) || (metric.table === '三' && EVENTS_COUNTED.test(u.norm))) return undefined;
    const kinds = rowQuestionKinds(u, kindsOf(u));
    // a cell named by its place in the printed table ("表三 不予公开第2项 总计"): staff ask its figure
    // (or what a reason row means, its legal basis asked: "什么叫三类内部事务信息")
    // (or a row's share asked in so many words, "不予处理占比": a figure, not what the result means)
    const shareAsked = metric.rate === true && metric.table === '三' && metric.rowsExplicit === true && !metric.vague && !MEANING_ASKED.test(u.norm);
    const asked = asksTableRow(metric, kinds) || shareAsked || TABLE_PLACE.test(u.norm) || Boolean(metric.basis && MEANING_ASKED.test(u.norm));
    // "那部分公开呢" right after a figure: the same kind of question about another row
    const nextRow =
      u.followUp.is && !kinds.duration && Boolean(u.followUp.previous && handlerOf(u.followUp.previous)?.figures) && metric.rowsExplicit === true && !metric.vague;
    if (!asked && !nextRow) return undefined;
    // what will happen to the asker's own request ("不写会不会被拒", "我…会被收钱吗"): the rules, not a count of the past
    // (a few of the asker's own things said with 几, "申请表有几项写得不清楚，他们会直接驳回吗": a yes-or-no all the same)
    if ((!u.quantity || YES_NO_END.test(u.norm)) && ASKER_FUTURE.test(u.norm)) return undefined;
    // (from how many requests a fee is charged, "超过多少件会收信息处理费": the fee's rule)
    if (FEE_THRESHOLD_ASKED.test(u.norm)) return undefined;
    // in which cases the rules allow it ("政府在哪些情况下可以拒绝公开"), no year or report named: the rules
    if (RULES_ASKED.test(u.norm) && !u.slots.years.length && !u.slots.offices.length && !REPORT_NAMED.test(u.norm)) return undefined;
    // a share of a row asked of a report whose tables lack that row, its text giving the counts ("行政复议…结果纠正的比例"
    // where the text says 复议102件…结果纠正62件): the share worked out from the text
    if (metric.rate) {
      const r = pickReport(kn, u.slots, state).report;
      if (r && !hasCells(r, metric)) {
        const fromText = textArithmetic.decide(u, state, kn);
        if (fromText) return fromText;
      }
    }
    const figScore = u.candidates.find((c) => c.item.id === figures.id)?.score ?? 0;
    return { kind: 'figure', intent: figures, metric, confidence: Math.max(figScore, POLICY.figureMinConfidence) };
  },
};

/** Pointing back at the cases just counted ("那几件", "这些申请", "它们"). */
const POINTS_AT_THEM = /[那这](?:几|些|两|\d+)(?:件|个|申请)?|它们|它俩/;

export const reasonsFollowUp: Rule = {
  name: 'reasons-follow-up',
  doc: 'A bare why ("为啥", "分别是什么原因") right after a figure of 不予公开 / 无法提供 / 不予处理 / 其他处理: that row again, with its reasons.',
  decide: (u, state, kn) => {
    const figures = figuresIntent(kn);
    const prev = state.metric;
    // (or pointing back at them in a longer message: "南岗那几件具体是啥原因")
    if (!figures || !prev || u.metric || !(u.followUp.is || POINTS_AT_THEM.test(u.norm))) return undefined;
    const kinds = kindsOf(u);
    if (!(kinds.why || kinds.breakdown)) return undefined;
    if (prev.table !== '三' || !prev.rows.some((r) => REASON_GROUPS.has(r))) return undefined;
    return { kind: 'figure', intent: figures, metric: prev, confidence: POLICY.figureMinConfidence };
  },
};

/** The particulars of the cases counted ("具体是什么事", "申请的是啥文件", "申请人是谁"): annual reports give none. */
const CASE_DETAIL_ASKED = /(?:具体)?(?:是)?(?:什么|啥|哪个|哪件|哪份)(?:事|事情|文件|内容|案子|案件)(?!类)|(?:申请|要)的(?:是)?(?:什么|啥|哪)(?:些|个|份)?(?:文件|信息|内容)|(?:什么|哪个|啥)案子|申请人是谁|谁申请的|哪些人申请/;

/** How an answer says that the report counts cases without their particulars. */
export const NO_CASE_DETAILS = '年度报告只公布件数和办理结果，没有载明每件申请或案件的具体内容（申请的是什么信息、案情、申请人等）。';

/** Which documents a row of table 二 counts ("是什么文件", "文号多少", "叫什么名字"). */
/** Requests pointed at by their count ("那15件申请", "这几件申请"). */
const REQUESTS_QUOTED = /(?:那|这)(?:\d+|几|些)件(?:申请|信息公开申请)/;
/** Table 三's row of the year's new requests. */
const NEW_REQUESTS: MetricQuery = { table: '三', rows: ['new'], cols: [], spans: [] };
/** The document an action followed, asked ("按照哪个文件的要求", "依据的是哪个文件"). */
const BASIS_DOCUMENT_ASKED = /(?:按照|依照|依据|根据|遵照|落实)(?:的是)?(?:哪个|哪份|什么|啥)文件|(?:哪个|哪份|什么)文件(?:的)?(?:要求|规定|精神|部署)/;
const DOCUMENT_DETAIL_ASKED = /(?:是|叫)(?:什么|啥|哪个|哪份|哪些)(?:文件|规章|名字|名称)|文号|文件(?:的)?(?:名称|名字|标题)|哪(?:个|份|些)文件/;

/** How an answer says that the report counts documents without naming them. */
export const NO_DOCUMENT_DETAILS = '年度报告只公布件数，没有列出具体文件的名称和文号（可在该机关政府网站的政策文件或规范性文件栏目查询）。';

export const caseDetailAsked: Rule = {
  name: 'case-detail-asked',
  doc: 'The particulars of cases a row counts ("被纠正的那一件具体是什么事", "那件申请的是啥文件"): the row\'s figure, and that annual reports give counts only — never a guess at the case.',
  decide: (u, state, kn) => {
    // (the requests quoted by their count, "那15件申请具体都是申请的什么内容": the year's new requests)
    const quoted = !u.metric && REQUESTS_QUOTED.test(u.norm) ? NEW_REQUESTS : undefined;
    const metric = u.metric ?? quoted ?? (u.followUp.is ? state.metric : undefined);
    // (or which documents table 二 counts: "废止的那一件是什么文件？文号多少？")
    // (not the document an action followed, "制定…实施方案，是按照哪个文件的要求": the text names it)
    const documents = metric?.table === '二' && DOCUMENT_DETAIL_ASKED.test(u.norm) && !BASIS_DOCUMENT_ASKED.test(u.norm);
    if (!metric || (metric.table === '二' && !documents) || (!documents && !CASE_DETAIL_ASKED.test(u.norm))) return undefined;
    // (what will happen to the asker's own request, "我写的申请要是没说清楚要哪份文件，会直接驳回吗": the rules, no case counted)
    if (ASKER_FUTURE.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const figure = renderMetric(r, metric);
    return { kind: 'passage', report: r, parts: { ...figure, lines: [...figure.lines, documents ? NO_DOCUMENT_DETAILS : NO_CASE_DETAILS] } };
  },
};
