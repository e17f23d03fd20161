/** Rules for a message that continues the conversation. */
import { NUMBERED_YEAR } from '../patterns.js';
import { TIME_LIMIT_SUBJECTS } from './time-limit.js';
import { newest, reportById, reportsOf } from '../select.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { figuresIntent, reportFree as reportFreeIntent } from '../handlers.js';
import { PASSAGE_INTENT } from '../respond.js';
import { questionKinds } from '../../understand/kind.js';
import type { Report } from '../../report/types.js';
import type { ReportSlots } from '../../understand/slots.js';
import type { Understanding } from '../understanding.js';
import { withoutSlots } from './helpers.js';
import { cutSpans, findReportSlots } from '../../understand/slots.js';
import { understand } from '../understanding.js';
import { firstDecision, type ConvState } from '../engine.js';
import type { Decision } from './types.js';
import type { Knowledge } from '../knowledge.js';
import type { Rule } from './types.js';

/** The year next to the one the conversation is about, asked alone ("那前一年呢", "下一年的呢"). */
const ADJACENT_YEAR = /^(?:那|那么)?(?:它|他们)?(?:的)?(前一年|上一年|头一年|后一年|下一年|次年)(?:的)?(?:呢|的呢|怎么样|的情况|情况)?[?？]?$/;

/**
 * The slots of the year next to the conversation's report, its office kept — or the one office named with
 * it ("洪泽区上一年呢" after 洪泽区 2024); undefined when not asked so.
 */
function adjacentYear(u: Understanding, r: Report | undefined): ReportSlots | undefined {
  const named = u.slots.offices.length === 1 && !u.slots.years.length && !u.slots.unknownOffices.length ? u.slots.offices[0] : undefined;
  const m = ADJACENT_YEAR.exec((named ? withoutSlots(u) : u.norm).trim());
  if (!m || !r || r.year === null) return undefined;
  const year = r.year + (/前|上|头/.test(m[1]!) ? -1 : 1);
  return { years: [year], offices: [named ?? r.office], unknownOffices: [], spans: [] };
}

/** "我只有平度市卫生健康局 2023年的报告，没有2024年的报告。…": the years an office has, and the one asked it lacks. */
function noReportOf(kn: Knowledge, office: string, years: readonly number[]): string {
  const have = [...new Set(reportsOf(kn, office).map((r) => r.year).filter((y) => y !== null))].sort();
  return `我只有${office} ${have.join('、')}年的报告，没有${years.join('、')}年的报告。您可以问已有年份的数据。`;
}

/**
 * The last question asked again of another year of its office, read afresh ("想问水利局去年公开了多少条信息" → "衡阳市水利局
 * 2025年 想问 公开了多少条信息"): the passage the rules find for it, or undefined when they find none.
 */
/** A span of a question that is its year ("2023年", "23年", "去年", "前年"). */
const YEAR_WORDS = /^(?:(?:19|20)?\d{2}\s*年?度?|大前年|前年|去年|今年)$/;

function askedAgain(kn: Knowledge, u: Understanding, state: ConvState, office: string, year: number): Extract<Decision, { kind: 'passage' }> | undefined {
  const text = state.text!;
  // (its year said in the words it was asked in replaced by the number: "…去年公开了…" → "…2025年公开了…")
  const yearSpans = findReportSlots(text, kn.refs, u.now).spans.filter((sp) => YEAR_WORDS.test(text.slice(sp.start, sp.end)));
  const asked = yearSpans.length ? cutSpans(text, yearSpans, `${year}年`) : `${office}${year}年 ${text}`;
  const d = firstDecision(understand(kn, asked, {}, u.now), {}, kn).decision;
  return d.kind === 'passage' && d.report.office === office && d.report.year === year ? { ...d, asked: text } : undefined;
}

/**
 * "那去年呢" right after a question that named its year by number ("东关街道2023年…"): 去年 counts from today, but the asker
 * may mean the year before the one talked about — when the office has no report of that year either, said too.
 */
function yearBeforeNote(kn: Knowledge, office: string, state: ConvState, latest: number, asked: readonly number[]): string {
  const talked = reportById(kn, state.report)?.year;
  if (!talked || talked !== latest || !state.text || !NUMBERED_YEAR.test(state.text)) return '';
  const before = talked - 1;
  if (asked.includes(before) || reportsOf(kn, office).some((r) => r.year === before)) return '';
  return `（如果您问的是${talked}年的前一年，${before}年的报告也没有加载）`;
}

/** Said before the newest report's answer to a year not loaded ("目前没有加载2025年的报告，…以下是2023年的数据。"). */
function newestInsteadNote(kn: Knowledge, office: string, state: ConvState, latest: number, asked: readonly number[]): string {
  return `目前没有加载${asked.join('、')}年的报告${yearBeforeNote(kn, office, state, latest, asked)}，最新的是${latest}年的报告；以下是${latest}年的数据。\n`;
}

export const slotOnlyFollowUp: Rule = {
  name: 'slot-only-follow-up',
  doc: 'A follow-up naming only a report or year ("那2025年呢", "沭阳县的呢"): the last question again, for that report.',
  decide: (u, state, kn) => {
    // (after a count the text told — "临朐县政府主动公开了多少条" — the figures intent looks for it in the text again)
    const countTold = state.intent === PASSAGE_INTENT && !!state.text && questionKinds(state.text).count;
    const prev = u.followUp.previous ?? (countTold ? figuresIntent(kn) : undefined);
    // "那前一年呢" / "下一年呢": the year next to the conversation's, of the same office
    const adjacent = prev ? adjacentYear(u, reportById(kn, state.report)) : undefined;
    if (!prev || ((!u.followUp.is || !u.followUp.onlySlots) && !adjacent)) return undefined;
    const slots = adjacent ?? u.slots;
    // "去年呢" after a 南岗区 question stays with 南岗区 when it has that year; otherwise the year decides, said plainly
    const prevOffice = reportById(kn, state.report)?.office;
    const yearOnly = !slots.offices.length && !slots.unknownOffices.length && slots.years.length > 0 && prevOffice;
    const hasYear = yearOnly && reportsOf(kn, prevOffice).some((r) => r.year !== null && slots.years.includes(r.year));
    // (after a count the text told, asked of a year the office has: the whole question again, read afresh with that
    // report named — the rule that told it tells it again; the figures intent alone may not find the sentence)
    if (countTold && slots.years.length === 1 && (hasYear || (yearOnly && !hasYear && u.slots.relativeYear !== undefined && !adjacent))) {
      const latest = hasYear ? undefined : newest(reportsOf(kn, prevOffice!));
      const again = askedAgain(kn, u, state, prevOffice!, latest?.year ?? slots.years[0]!);
      if (again && latest) return { ...again, parts: { ...again.parts, note: newestInsteadNote(kn, prevOffice!, state, latest.year!, slots.years) } };
      if (again) return again;
    }
    // (a count the text told, asked of a year its office has not: said so — another office's sentence that year
    // counts something of its own, never the figure asked)
    // (that there is none is the answer, as after a figure of the tables: "那2022年呢" right after the count)
    if (countTold && yearOnly && !hasYear && u.slots.relativeYear === undefined && !adjacent) return { kind: 'no-report', problem: noReportOf(kn, prevOffice, slots.years), confidence: POLICY.slotFollowUpConfidence, answered: true };
    // "去年的呢" counts back from the conversation's office: when it has no report of that year, say so — never
    // another office's report of that year (a year named as a number may mean whichever office has it)
    // (issue 9: as a question of its own — said so, then the office's newest report's answer, labelled)
    if (yearOnly && !hasYear && u.slots.relativeYear !== undefined && !adjacent) {
      const latest = newest(reportsOf(kn, prevOffice));
      // (even when the newest is the report just answered: issue 9 asks for the note and the newest answer, labelled)
      if (!latest?.year || !state.text) return { kind: 'no-report', problem: noReportOf(kn, prevOffice, slots.years), confidence: POLICY.slotFollowUpConfidence };
      return {
        kind: 'intent',
        intent: prev,
        confidence: POLICY.slotFollowUpConfidence,
        question: { norm: state.text, slots: { years: [latest.year], offices: [prevOffice], unknownOffices: [], spans: [] }, metric: u.metric ?? state.metric },
        state: { ...state, report: undefined },
        noteIfAnswered: newestInsteadNote(kn, prevOffice, state, latest.year, slots.years),
        problemIfUnanswered: noReportOf(kn, prevOffice, slots.years),
      };
    }
    // (a year no loaded report has, after a figure of the office's: "那2023年的情况呢" — no such report is the whole answer, said
    // plainly, not a question the bot failed to read)
    if (yearOnly && !hasYear && !adjacent && state.metric && !kn.refs.some((r) => r.year !== null && slots.years.includes(r.year))) {
      return { kind: 'no-report', problem: noReportOf(kn, prevOffice, slots.years), confidence: POLICY.slotFollowUpConfidence, answered: true };
    }
    // "那最新的呢": the newest report of the conversation's office
    const newestOwn = slots.latest && !slots.offices.length && !slots.unknownOffices.length && !slots.years.length && prevOffice;
    // "那南岗呢" after "沭阳县去年…": the year asked goes with the office named — its report of that year, or
    // its newest, saying that it has none of that year
    const officeOnly = !adjacent && !slots.latest && slots.offices.length === 1 && !slots.years.length && !slots.unknownOffices.length;
    const yearKept = officeOnly && state.yearNamed !== undefined ? state.yearNamed : undefined;
    const ofYear = yearKept !== undefined && reportsOf(kn, slots.offices[0]!).some((r) => r.year === yearKept);
    const newestThere = yearKept !== undefined && !ofYear ? newest(reportsOf(kn, slots.offices[0]!)) : undefined;
    const kept = hasYear || newestOwn ? { ...slots, offices: [prevOffice] } : ofYear ? { ...slots, years: [yearKept!] } : slots;
    const otherYear = newestThere?.year ? `${slots.offices[0]}没有${yearKept}年的报告，以下是其${newestThere.year}年的数据。\n` : undefined;
    return {
      kind: 'intent',
      intent: prev,
      confidence: POLICY.slotFollowUpConfidence,
      // (the spans of the slots are places in this message, not in the last question's text)
      question: { norm: state.text ?? u.norm, slots: state.text ? { ...kept, spans: [] } : kept, metric: u.metric ?? state.metric },
      state: { ...state, report: undefined },
      noteIfAnswered: yearOnly && !hasYear ? `${prevOffice}没有${slots.years.join('、')}年的报告。\n` : otherYear,
      // (another office's report of that year that does not tell it either: what the conversation's office lacks)
      problemIfUnanswered: yearOnly && !hasYear ? noReportOf(kn, prevOffice, slots.years) : undefined,
    };
  },
};

/** "那要是…呢", "如果…怎么办", "那我这个月要是…呢": a case put to the last answer, not a new question. */
const WHAT_IF = /^(?:那|那么)?(?:我|我们|俺|咱)?(?:这个月|今年|一个月|一年|每个月|每月|每年)?(?:要是|如果|假如|万一|若是)[^，。?？]{1,14}(?:呢|怎么办|咋办|怎么样|会怎样)[?？]?$/;

/** A correction asked for and not made ("一直不补", "没补正"): 《条例》第三十条's lapse. */
const NOT_CORRECTED = /(?:不|没|没有)补(?:正|交|充|齐)?/;

/** The time limit to answer a request, and the remedies when it passes (intents/procedure.yml). */
const REPLY_TIME_LIMIT = 'procedure.time';
const REMEDIES = 'procedure.remedy';
/** The limit passing with no reply ("到期了也不理我", read "期限了也不答复我"; "过了时间还没回", "超期不答复"). */
const OVERDUE_NO_REPLY = /(?:到期|过期|逾期|超期|超时|超过|过了|时间到|期限(?:到|过)?了?)[^，。？?]{0,8}(?:不理|不答复|没答复|没有答复|不回|没回|没有回|没动静|没消息|没音|不搭理|不给)/;

export const whatIfFollowUp: Rule = {
  name: 'what-if-follow-up',
  doc: 'A case put to the last template answer ("那要是申请特别多呢" after the fee rules), read by no intent clearly and naming no report or figure: that answer again, which covers its cases (the fee answer holds the information-processing fee) — not a passage sharing a word.',
  decide: (u, state, kn) => {
    if (!u.followUp.is || !state.intent || u.metric || u.slots.offices.length || u.slots.years.length || u.slots.unknownOffices.length) return undefined;
    if (!WHAT_IF.test(u.norm)) return undefined;
    const prev = kn.byId.get(state.intent);
    // (a template answer only: a figure or a passage is no set of rules that covers cases)
    if (!prev || prev.fallback || prev.id === PASSAGE_INTENT || prev === figuresIntent(kn)) return undefined;
    // (the time limit just given passing with no reply, "要是到期了也不理我呢": the remedies, 《条例》第五十一条 — even when the
    // time limit's own words read it clearly, "如果到期了既不答复也不说明延长呢": that answer again would not answer it)
    const remedies = prev.id === REPLY_TIME_LIMIT && OVERDUE_NO_REPLY.test(u.norm) ? kn.byId.get(REMEDIES) : undefined;
    if (remedies) return { kind: 'intent', intent: remedies, confidence: Math.max(u.candidates.find((c) => c.item === remedies)?.score ?? 0, THRESHOLDS.clarify) };
    // (read clearly, by the last intent or another: the confident reading answers)
    if ((u.candidates[0]?.score ?? 0) >= THRESHOLDS.answer) return undefined;
    // (a case that names a step of its own, "要是让我补材料呢", "我要是一直不补呢" after the time limit: that step's rules)
    const step = TIME_LIMIT_SUBJECTS.find(([re]) => re.test(u.norm))?.[1] ?? (NOT_CORRECTED.test(u.norm) ? 'procedure.correction' : undefined);
    const stepIntent = step && step !== prev.id ? kn.byId.get(step) : undefined;
    if (stepIntent) return { kind: 'intent', intent: stepIntent, confidence: Math.max(u.candidates.find((c) => c.item === stepIntent)?.score ?? 0, THRESHOLDS.clarify) };
    return { kind: 'intent', intent: prev, confidence: Math.max(u.candidates.find((c) => c.item === prev)?.score ?? 0, THRESHOLDS.clarify) };
  },
};

/** The source of the last answer asked alone ("出处？", "依据呢", "哪条规定的"). */
const SOURCE_ASKED = /^(?:那|那么)?(?:出处|依据|法律依据|法规依据|根据|来源)(?:呢|是什么|是啥|在哪|在哪里)?[?？。]*$|^(?:那|那么)?(?:是)?(?:哪条|哪一条|第几条)(?:规定的?)?(?:呢)?[?？。]*$/;

/** Which article says what was just said ("这规定在条例第几条", "这个是条例哪一条规定的", "依据的是哪条"): nothing else asked. */
const ARTICLE_OF_IT = /^(?:那|那么)?(?:这|这个|这条|这项|该|上面|刚才)(?:的)?(?:规定|条款|说法|期限|要求)?(?:是|在|出自|写在|依据的是|根据的是)?(?:《?(?:政府信息公开)?条例》?|法律|法规)?(?:里|中|上)?(?:的)?(?:是)?(?:第几条|哪条|哪一条|哪个条款)(?:规定的?|写的)?(?:呢|啊|呀)?[?？。]*$/;

export const sourceFollowUp: Rule = {
  name: 'source-follow-up',
  doc: 'The source of the last answer asked alone ("出处？", "依据呢", "哪条规定的") right after a rule of the procedure: that answer again, which cites its article — never the fallback.',
  decide: (u, state, kn) => {
    if (!state.intent || !((u.followUp.is && SOURCE_ASKED.test(u.norm.trim())) || ARTICLE_OF_IT.test(u.norm.trim()))) return undefined;
    const prev = kn.byId.get(state.intent);
    if (!prev || prev.fallback || !reportFreeIntent(prev)) return undefined;
    return { kind: 'intent', intent: prev, confidence: POLICY.slotFollowUpConfidence, question: { norm: state.text ?? u.norm, slots: u.slots, metric: undefined } };
  },
};
