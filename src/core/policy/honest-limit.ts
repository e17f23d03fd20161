/**
 * An intent that says what the bot cannot do and whom to ask ("办公时间" is not in any report;
 * "查询个人申请进度"): its own honest answer, logged as unanswered, rather than the generic fallback.
 */
import { DEPARTMENTS_WITHIN } from '../patterns.js';
import { AGGREGATE_ASKED, AGGREGATE_NOT, CONTACT_FIELD_NOUNS, SUBJECT_COUNT_ASKED } from '../patterns.js';
import { THRESHOLDS } from '../thresholds.js';
import { top, topScore } from './helpers.js';
import type { Rule } from './types.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';

export const honestLimit: Rule = {
  name: 'honest-limit',
  doc: 'A confident match of an intent marked fallback that has its own answer (办公时间 → not in the report, here is the phone): that answer, counted as a fallback; how long one waits with no average asked ("要等多长时间"): the reply\'s time limit instead.',
  decide: (u, state, kn) => {
    const t = top(u);
    const score = topScore(u);
    if (!t?.item.fallback || !t.item.answer || score < THRESHOLDS.answer) return undefined;
    // (the report looked up, not a request: "帮我查一下年报原话怎么说的" is no request's progress)
    if (t.item.id === PROGRESS && REPORT_LOOKED_UP.test(u.norm)) return undefined;
    // (how long one waits, with no average or ranking asked — "申请以后要等多久", "要等多长时间": the time limit, not the
    // statistics no report keeps, whatever example of them it matched)
    const waited = t.item.id === NOT_COUNTED && u.kind === 'duration' && !AGGREGATE_WORDS.test(u.norm) ? u.candidates.find((c) => c.item.id === REPLY_TIME_LIMIT) : undefined;
    if (waited) return { kind: 'intent', intent: waited.item, confidence: Math.max(waited.score, THRESHOLDS.clarify) };
    // (an average the report's text does state of a thing only it names, "领导信箱平均几天办完" — "处理领导信箱1件,平均办理时间2天":
    // that sentence, not the statistics reports in general do not keep)
    if (t.item.id === NOT_COUNTED && AVERAGE_ASKED.test(u.norm) && u.reportOnlyWords.length) {
      const r = pickReport(kn, u.slots, state).report;
      const told = r ? averageTold(r, u.reportOnlyWords) : undefined;
      if (r && told) return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [told.text], source: sectionSource(told.section), labelled: true } };
    }
    // a contact detail asked in so many words beside it ("电话多少 我想问问我的申请进度"), its intent close behind:
    // that detail, which the asker can use (the honest answer would only point to it)
    const field = CONTACT_FIELD_NOUNS.find(([re]) => re.test(u.norm))?.[1];
    const detail = field ? u.candidates.find((c) => c.item.id === field && score - c.score < THRESHOLDS.margin) : undefined;
    return detail ? { kind: 'intent', intent: detail.item, confidence: detail.score } : { kind: 'intent', intent: t.item, confidence: score };
  },
};

/** An average asked ("平均几天", "平均用时"). */
const AVERAGE_ASKED = /平均/;
/** A clause of the text stating an average with its number ("平均办理时间2天", "平均用时1.5个工作日"). */
const AVERAGE_STATED = /平均[^，。；;,\d]{0,8}\d+(?:\.\d+)?\s*(?:个)?(?:工作日|天|日|小时)/;
/** The clause (between commas) of a passage naming a word only the report uses and stating an average. */
function averageTold(r: Report, words: readonly string[]): { text: string; section: string } | undefined {
  for (const p of r.passages) {
    if (!AVERAGE_STATED.test(p.text) || !words.some((w) => p.text.includes(w))) continue;
    const clauses = p.text.split(/(?<=[；;。])/);
    const own = clauses.find((c) => AVERAGE_STATED.test(c) && words.some((w) => c.includes(w)));
    return { text: (own ?? p.text).trim(), section: p.section };
  }
  return undefined;
}

/** The progress of one's own request (intents/procedure.yml). */
const PROGRESS = 'procedure.progress';
/** The report named as what is looked up ("年报里写的…帮我查一下原话"). */
const REPORT_LOOKED_UP = /年报|年度报告|报告里|报告中|原话|原文/;
/** The honest answer for statistics reports do not keep (intents/report.yml). */
const NOT_COUNTED = 'report.not-counted';
/** The reply's time limit (intents/procedure.yml). */
const REPLY_TIME_LIMIT = 'procedure.time';
/** Words of the statistics reports do not keep: an average, a ranking, the longest or the quickest, by department. */
const AGGREGATE_WORDS = /平均|均值|排名|排第|最长|最短|最快|最慢|最多|最少|各部门|哪个部门|统计|实际|一般都|通常都|大概都|大多/;

/** A rank asked ("排第几", "排名"). */
const RANK_ASKED = /排第几|排名|第几名|排在第几/;
/** A rank a report states ("在全国排第5", "位列全省第3", "排名第一"). */
const RANK_STATED = /排(?:名)?第[一二三四五六七八九十\d]+|位列[^，。]{0,8}第[一二三四五六七八九十\d]+|居[^，。]{0,6}第[一二三四五六七八九十\d]+/;

/** A way requests come in (写信 is read as 信件, intents/synonyms.yml). */
const CHANNEL = '(?:网上|在线|网络|线上|信函|信件|邮寄|寄来|当面|现场|窗口|传真|电子邮件|邮件)';
/** A way requests come in, named with a count asked after it ("网上提交的几件", "信函寄来的有多少"). */
const CHANNEL_COUNTED = new RegExp(`${CHANNEL}[^，,。？?；;]{0,8}(?:几件|多少件|多少|几个)`, 'g');
/** Two ways named, then one count asked of each ("网上提交的和写信来的各有多少"). */
const CHANNELS_EACH_COUNTED = new RegExp(`${CHANNEL}[^，,。？?；;]{0,6}(?:和|与|跟|及|、|还有)${CHANNEL}[^，,。？?；;]{0,6}(?:各|分别)(?:有|是|占)?(?:多少|几件|几个)`);
/** A count asked, then the way ("多少是网上提交的", "几件是写信寄来的"). */
const COUNTED_CHANNEL = new RegExp(`(?:几件|多少件|多少|几个)(?:是|为)?(?:通过|从|用)?${CHANNEL}`, 'g');
/** Whether the message asks the requests' counts by two ways they came in or more. */
function channelsCounted(norm: string): boolean {
  return (norm.match(CHANNEL_COUNTED)?.length ?? 0) + (norm.match(COUNTED_CHANNEL)?.length ?? 0) >= 2 || CHANNELS_EACH_COUNTED.test(norm);
}
/** A count of requests by the way they came in, told in a report's text ("网上申请12件", "信函申请3件"). */
const CHANNEL_COUNT_TOLD = /(?:网上|在线|网络|线上|信函|邮寄|当面|现场|窗口|传真|电子邮件|邮件)[^，,。；;]{0,10}\d+\s*[件条]/;
function channelCountTold(r: Report | undefined): boolean {
  return !!r?.passages.some((p) => CHANNEL_COUNT_TOLD.test(p.text));
}

/** The year's proactive disclosure named (each report's text tells its count). */
const PROACTIVE_NAMED = /主动公开|公开的信息|发布的信息|公开了?多少条/;

/** A sentence counting the requests of the departments within ("…市政府各部门共受理群众依法公开申请24件"). */
const DEPARTMENTS_COUNTED = /各(?:个)?(?:部门|单位)[^。；;]{0,20}申请\s*\d+\s*件/;

/** Whether the report's text counts the requests of the departments within. */
function departmentsCounted(r: Report | undefined): boolean {
  return !!r?.passages.some((p) => DEPARTMENTS_COUNTED.test(p.text));
}

/** The body a question's requests were made to ("针对区政府本身的"): its name. */
const TARGET_ASKED = /(?:针对|对|向)(\p{Script=Han}{2,12}?)(?:本身|自己|本级)?的/u;

/** Whether the text counts requests by the body asked ("针对区政府(92件)"): its name with a count in 件 right after. */
function targetCounted(r: Report | undefined, norm: string): boolean {
  const target = TARGET_ASKED.exec(norm)?.[1];
  if (!r || !target) return false;
  const counted = new RegExp(`${target}[(（]?\\s*\\d+\\s*件`);
  return r.passages.some((p) => counted.test(p.text));
}

export const notCounted: Rule = {
  name: 'not-counted',
  doc: 'Asks for an average, a ranking or the most/least of something ("哪个部门被申请得最多"), or requests counted by subject ("有多少件是关于征地拆迁的"): annual reports keep counts by applicant and outcome only — say so, with the phone (counted as a fallback), never a nearby count or procedure.',
  decide: (u, state, kn) => {
    // requests by subject: the only figure read is the requests themselves, not a row of their own
    // (or by the departments inside the government: "市政府各部门分别收到多少申请")
    // (or by the way they came in, "网上提交的几件，信函寄来的几件", of a report whose text counts none of them)
    const requestsOnly = !u.metric || (u.metric.table === '三' && u.metric.rows.every((r) => r === 'new' || r === 'total') && !u.metric.cols.length);
    const byChannel = requestsOnly && channelsCounted(u.norm) && !channelCountTold(pickReport(kn, u.slots, state).report);
    // (the departments' requests the text itself counts, "各乡镇政府,开发区管委会,市政府各部门共受理…申请24件": that sentence)
    const departments = DEPARTMENTS_WITHIN.test(u.norm) && !departmentsCounted(pickReport(kn, u.slots, state).report);
    // (requests by the body they were made to, which the text counts, "针对区政府(92件)、区规划资源局(80件)": the text's)
    const targetTold = SUBJECT_COUNT_ASKED.test(u.norm) && targetCounted(pickReport(kn, u.slots, state).report, u.norm);
    const bySubject = byChannel || ((SUBJECT_COUNT_ASKED.test(u.norm) && !targetTold) || departments) && requestsOnly;
    // a table row asked for ("哪类原因不公开的最多"): the table answers it
    if (!bySubject && (u.metric || !AGGREGATE_ASKED.test(u.norm) || AGGREGATE_NOT.test(u.norm))) return undefined;
    // (the offices named set against each other by what each text tells, "这三个地方哪个主动公开的信息最多": proactive-total-told)
    if (!bySubject && u.slots.offices.length >= 2 && PROACTIVE_NAMED.test(u.norm)) return undefined;
    // a rank the report itself states ("融媒体指数…在全国排第5"): the report's words answer, not "no ranking is kept"
    const r = !bySubject && RANK_ASKED.test(u.norm) ? pickReport(kn, u.slots, state).report : undefined;
    if (r?.passages.some((p) => RANK_STATED.test(p.text))) return undefined;
    const intent = kn.byId.get(NOT_COUNTED);
    return intent ? { kind: 'intent', intent, confidence: Math.max(topScore(u), THRESHOLDS.answer) } : { kind: 'fallback', reason: 'unknown', confidence: topScore(u) };
  },
};
