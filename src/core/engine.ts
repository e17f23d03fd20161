/**
 * The pure decision: (knowledge, message text, conversation state) → answer + new state.
 * No I/O here: bot.ts adds storage, staff commands and feedback around it.
 */
import type { Intent } from '../answer/intents.js';
import { fillTemplate, renderMetric, reportLabel } from '../answer/render.js';
import { contentWords, passageIndex } from '../answer/retrieve.js';
import { SOURCE } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { Scored } from '../understand/classifier.js';
import { findMetric, type MetricQuery } from '../understand/metrics.js';
import { isEmptyText, normalize } from '../understand/normalize.js';
import { stripCourtesy } from '../understand/politeness.js';
import { cutSpans, findReportSlots, type ReportSlots } from '../understand/slots.js';
import type { Answer } from './types.js';
import { execute, narrative, reportFree } from './execute.js';
import { classifierText, type Knowledge } from './knowledge.js';
import { defaultReport, homeReport, namedReports, pickReport } from './select.js';
import { THRESHOLDS } from './thresholds.js';

export { defaultReport } from './select.js';
export { THRESHOLDS } from './thresholds.js';

/** Per-user conversation context. Plain JSON: stored as is. */
export interface ConvState {
  intent?: string;
  report?: string;
  metric?: MetricQuery;
  /** Normalised text of the last answered question. */
  text?: string;
  clarify?: { options: string[]; text: string };
}

interface Outcome {
  answer: Answer;
  state: ConvState;
}

const QUANTITY = /多少|几[件个次条起项家]?|数量|数目|总数|统计|数据|有没有|是否有|几多|金额|过没有|没有过|是不是|对不对|对吗/;
/** "几天内" / "多久" ask for a duration (a procedure), not for a count in the report. */
const DURATION = /几天|多少天|几个?工作日|多少个?工作日|多长时间|多久|几个月|多少日|期限|时限/;
const FOLLOW_UP = /^(那|那么|还有|另外|再问|再说|and)|呢[?？。!]*$|^(地址|电话|邮编|邮箱|网址)[?？]*$/;

function answer(kind: Answer['kind'], text: string, intent: string | null, confidence: number, report: Report | undefined, extra: Partial<Answer> = {}): Answer {
  const c = Math.min(1, Math.max(0, Number.isFinite(confidence) ? confidence : 0));
  return { kind, text, fallback: kind === 'fallback', intent, confidence: Math.round(c * 1000) / 1000, report: report?.id ?? null, ...extra };
}

// ---------------------------------------------------------------- reports

// ---------------------------------------------------------------- fallbacks

export function fallbackText(kn: Knowledge, home: Report | undefined = homeReport(kn)): string {
  const r = home;
  const phone = r?.contact.phone
    ? `如需人工咨询，请致电${r.contact.department ?? r.office} ${r.contact.phone}。`
    : '如需人工咨询，请联系相应机关的政府信息公开工作机构（联系方式见该机关的政府信息公开指南）。';
  return `抱歉，这个问题我暂时无法回答。我可以回答：如何申请政府信息公开（方式、材料、期限、费用、救济途径）、联系方式（地址、电话、邮编），以及政府信息公开工作年度报告中的数据（收到多少申请、办理结果、复议诉讼等）。${phone}`;
}

function fallback(kn: Knowledge, state: ConvState, confidence = 0, why?: string, home?: Report): Outcome {
  return { answer: answer('fallback', why ?? fallbackText(kn, home ?? homeReport(kn, undefined, state)), null, confidence, undefined), state: { ...state, clarify: undefined } };
}

// ---------------------------------------------------------------- executing an intent

function respond(kn: Knowledge, intent: Intent, confidence: number, norm: string, slots: ReportSlots, metric: MetricQuery | undefined, state: ConvState): Outcome {
  if (intent.fallback && !intent.answer) return fallback(kn, state, confidence, undefined, homeReport(kn, slots, state));
  if (intent.fallback) {
    // an answer that says what we cannot do (e.g. track one person's application): logged as unanswered
    const r = pickReport(kn, slots, state).report ?? defaultReport(kn);
    const text = fillTemplate(intent.answer!, r) ?? fallbackText(kn, homeReport(kn, slots, state));
    return { answer: answer('fallback', text, intent.id, confidence, undefined), state: { ...state, clarify: undefined } };
  }
  const pick = pickReport(kn, slots, state);
  if (pick.problem && !reportFree(intent)) {
    return { answer: answer('fallback', pick.problem, intent.id, confidence, undefined), state: { ...state, clarify: undefined } };
  }
  const r = intent.topic === 'smalltalk' ? homeReport(kn, slots, state) : (pick.report ?? defaultReport(kn));
  const several = !reportFree(intent) ? namedReports(kn, slots) : [];
  if (several.length > 1 && !(intent.handler === 'figures' && metric)) {
    // "2022年和2023年报告上的电话一样吗": the answer from each named report, each labelled
    const parts = several.map((x) => {
      const t = execute(kn, intent, x, norm, metric).text;
      return t.includes(reportLabel(x)) ? t : `${reportLabel(x)}：${t}`;
    });
    return { answer: answer('answer', parts.join('\n'), intent.id, confidence, several[0]), state: { intent: intent.id, report: several[0]!.id, text: norm } };
  }
  if (several.length > 1) {
    // "南岗区和沭阳县哪个收到的申请多": the same figure from each named report
    const text = several.map((x) => renderMetric(x, metric!).text.replace(/\n（来源：[^）]*）$/, '')).join('\n') + `\n（来源：${SOURCE[metric!.table]}）`;
    return {
      answer: answer('answer', text, intent.id, confidence, several[0]),
      state: { intent: intent.id, report: several[0]!.id, metric, text: norm },
    };
  }
  const ex = execute(kn, intent, r, norm, metric);
  if (pick.note && !reportFree(intent)) ex.text = pick.note + ex.text;
  if (ex.missing && intent.handler === 'figures' && !ex.metric) {
    // nothing in the tables or the text: an honest fallback, logged as unanswered
    return { answer: answer('fallback', `${ex.text}${fallbackText(kn, r).replace(/^抱歉，这个问题我暂时无法回答。/, '')}`, intent.id, confidence, r), state: { ...state, clarify: undefined } };
  }
  const usesReport = !reportFree(intent) || /\{/.test(intent.answer ?? '');
  return {
    answer: answer('answer', ex.text, intent.id, confidence, usesReport ? r : undefined),
    state: { intent: intent.id, report: r?.id ?? state.report, metric: ex.metric ?? (intent.handler === 'figures' ? undefined : state.metric), text: norm },
  };
}

// ---------------------------------------------------------------- the decision

const ASKING = /吗|呢|\?|？|能不能|可不可以|是否|怎么|怎样|如何|多少|几|哪|什么|谁|告诉我|请问|想问|想知道/;

function rankClauses(kn: Knowledge, clsText: string): { cands: Scored<Intent>[]; focus: string } {
  const whole = kn.classifier.rank(clsText);
  if (clsText.length <= 24) return { cands: whole, focus: clsText };
  // a long story around one question: the best-matching clause decides
  let best = { cands: whole, focus: clsText };
  let bestScore = whole[0]?.score ?? 0;
  for (const clause of clsText.split(/[,.?!;:。？！，；：\n]+/)) {
    if (clause.replace(/zmetric/g, '').trim().length < 2) continue;
    const r = kn.classifier.rank(clause.includes('zmetric') || !clsText.includes('zmetric') ? clause : `${clause} zmetric`);
    // the clause that asks ("能不能告诉我…电话") outweighs the story around it
    const bonus = ASKING.test(clause) ? 0.08 : 0;
    if (r[0] && (!best.cands[0] || r[0].score + bonus > bestScore)) {
      best = { cands: r, focus: clause };
      bestScore = r[0].score + bonus;
    }
  }
  return best;
}

const FUNCTION_CHARS = '的了吗呢吧啊呀是在有个这那就都也还会能可以把被给让得着过下上要来去说到和与及或又再很太更最才只而但却么什怎样哪谁几多少吧嘛啦呗咋啥俺们你我他她它自己一些点儿';

function unknownShare(kn: Knowledge, norm: string, slots: ReportSlots): { share: number; count: number } {
  // report names and years out; figure words stay (they are known words, and cutting them would leave fragments)
  const text = cutSpans(norm, slots.spans);
  // words made only of function characters (jieba's "下要" in 情况下要收) say nothing either way
  const words = contentWords(text).filter((w) => /\p{Script=Han}{2,}|[a-z]{3,}/u.test(w) && ![...w].every((ch) => FUNCTION_CHARS.includes(ch)));
  if (!words.length) return { share: 0, count: 0 };
  const unknown = words.filter((w) => !kn.vocab.has(w) && !kn.classifier.knows(`w:${w}`));
  return { share: unknown.length / words.length, count: unknown.length };
}

/** Contact fields a question names: two or more → the whole contact block. */
const CONTACT_WORDS: [RegExp, string][] = [
  [/电话|号码|热线|座机/, 'phone'], [/地址|在哪|位置|地点/, 'address'], [/邮编|邮政编码/, 'postcode'], [/邮箱|邮件/, 'email'], [/网址|网站|链接/, 'website'],
];

export function decide(kn: Knowledge, text: string, state: ConvState = {}, now = new Date()): Outcome {
  const norm = stripCourtesy(normalize(text));
  if (isEmptyText(norm)) return fallback(kn, state);

  // an answer to "您是想问：1. … 2. …"
  if (state.clarify) {
    const m = /^(?:第)?([1-9一二三])(?:个|项|条)?[.。!]?$/.exec(norm);
    if (m) {
      const k = '1一'.includes(m[1]!) ? 0 : '2二'.includes(m[1]!) ? 1 : 2;
      const chosen = kn.byId.get(state.clarify.options[k] ?? '');
      if (chosen) {
        const q = state.clarify.text;
        return respond(kn, chosen, 1, q, findReportSlots(q, kn.refs, now), findMetric(q, kn.lexicon), { ...state, clarify: undefined });
      }
    }
  }

  const slots = findReportSlots(norm, kn.refs, now);
  const followUp = Boolean(state.intent) && (FOLLOW_UP.test(norm) || norm.length <= 8);
  const prevIntent = state.intent ? kn.byId.get(state.intent) : undefined;
  let metric = findMetric(norm, kn.lexicon);
  // "现行有效的呢" / "企业呢": a column alone takes its rows from the previous figure
  if (metric && !metric.rowsExplicit && state.metric && state.metric.table === metric.table && (followUp || !metric.rows.length)) {
    metric = { ...metric, rows: state.metric.rows, rowsExplicit: true };
  }
  if (metric && !metric.rows.length) metric = undefined;
  // "予以公开率是多少": give the total beside the row, so the share can be read off the report's own figures
  if (metric?.table === '三' && /率|占比|比例|百分|比重/.test(norm) && !metric.rows.includes('total')) metric = { ...metric, rows: [...metric.rows, 'total'] };

  const clsText = classifierText(norm, kn.lexicon, kn.refs, now, { slots, metric: findMetric(norm, kn.lexicon) });
  const { cands: ranked, focus } = rankClauses(kn, clsText);
  let cands = ranked;
  if (followUp && state.intent && (norm.length <= 8 || (ranked[0]?.score ?? 0) < THRESHOLDS.answer)) {
    // in a conversation the previous topic is the likelier reading of a short or unclear question
    cands = cands
      .map((c) => ({ ...c, score: c.score + (c.item.id === state.intent ? 0.06 : c.item.topic === prevIntent?.topic ? 0.03 : 0) }))
      .sort((a, b) => b.score - a.score);
  }

  // "那2025年呢" / "沭阳县的呢": same question, another report
  const onlySlots = clsText.replace(/[的呢那么吗?？。!\s]|zmetric/g, '') === '' && (slots.years.length || slots.offices.length || slots.unknownOffices.length);
  if (followUp && onlySlots && prevIntent) {
    // "去年呢" after a 南岗区 question stays with 南岗区 when it has that year; otherwise the year decides, said plainly
    const prevOffice = kn.reports.find((r) => r.id === state.report)?.office;
    const yearOnly = !slots.offices.length && !slots.unknownOffices.length && slots.years.length > 0 && prevOffice;
    const hasYear = yearOnly && kn.reports.some((r) => r.office === prevOffice && r.year !== null && slots.years.includes(r.year));
    const kept = hasYear ? { ...slots, offices: [prevOffice] } : slots;
    const out = respond(kn, prevIntent, 0.9, state.text ?? norm, kept, metric ?? state.metric, { ...state, report: undefined });
    if (yearOnly && !hasYear && !out.answer.fallback) out.answer.text = `${prevOffice}没有${slots.years.join('、')}年的报告。\n${out.answer.text}`;
    return out;
  }

  const top = cands[0];
  const score = top?.score ?? 0;
  const figures = kn.intents.find((i) => i.handler === 'figures');
  const quantity = QUANTITY.test(norm) && !DURATION.test(norm);

  // a year or office we have no report for: say which reports there are, never another report's figure
  if (slots.years.length || slots.offices.length || slots.unknownOffices.length) {
    const pick = pickReport(kn, slots, state);
    if (pick.problem && (metric || !top || score < THRESHOLDS.answer + 0.2 || !reportFree(top.item))) {
      return { answer: answer('fallback', pick.problem, null, score, undefined), state: { ...state, clarify: undefined } };
    }
  }

  // "办理了多少件人大代表建议": a question-like figure phrase beside words only the report uses → the report text;
  // beside words nobody knows ("收到多少件人大代表建议" where the report has none) → not a figure of table 三
  if (metric?.vague) {
    if (hasReportOnlyWords(kn, focus, slots, state)) {
      const viaPassage = passageAnswer(kn, norm, slots, state, THRESHOLDS.coverage);
      if (viaPassage) return viaPassage;
    }
    // a count of something other than applications, that neither intents nor the report know
    if (!/申请/.test(norm) && unknownShare(kn, focus, slots).count > 0) return fallback(kn, state, 0, undefined, homeReport(kn, slots, state));
  }

  // figure words: a figure question unless another intent is clearly meant ("哪些信息不予公开", "复议期限")
  if (metric && figures) {
    const figScore = cands.find((c) => c.item.id === figures.id)?.score ?? 0;
    const otherClear =
      top &&
      top.item.handler !== 'figures' &&
      top.item.handler !== 'overview' &&
      top.item.handler !== 'litigation' &&
      score >= THRESHOLDS.answer &&
      // a count asked of a named report ("沭阳县有多少…没公开"), or a figure word with a named report
      // instead of a general procedure ("2021年有行政复议吗"), is a figure
      !(quantity && (slots.offices.length || slots.years.length)) &&
      !((slots.offices.length || slots.years.length) && reportFree(top.item)) &&
      score - figScore > (quantity ? 0.3 : 0.12);
    const isFigure =
      top?.item.handler === 'figures' ||
      (!DURATION.test(norm) &&
        ((followUp && prevIntent?.handler === 'figures') ||
          quantity ||
          /\d+\s*件|[那这].{0,3}件/.test(norm) ||
          slots.years.length > 0 ||
          slots.offices.length > 0 ||
          score < THRESHOLDS.clarify));
    if (isFigure && !otherClear) return respond(kn, figures, Math.max(figScore, 0.6), norm, slots, metric, state);
  }

  // off-topic: an out-of-scope example matched, or most content words are unknown
  const home = homeReport(kn, slots, state);
  if (top?.item.fallback && score >= THRESHOLDS.clarify) return fallback(kn, state, score, undefined, home);
  const unknown = unknownShare(kn, focus, slots);
  // off-topic: most words unknown — one stray word ("着急") beside a good match is not enough
  if (unknown.share >= THRESHOLDS.unknown && score < THRESHOLDS.answer + 0.15 && (unknown.count >= 2 || score < THRESHOLDS.answer)) {
    // words the intents don't know but the report does: "政务公开专区建在哪"
    return passageAnswer(kn, norm, slots, state, 0.6) ?? fallback(kn, state, score, undefined, home);
  }

  // report words the intents never use take precedence over a weak or generic match
  if (top && score < 0.8 && !top.item.handler && hasReportOnlyWords(kn, focus, slots, state)) {
    const viaPassage = passageAnswer(kn, norm, slots, state, score < THRESHOLDS.answer ? THRESHOLDS.coverage : 0.75);
    if (viaPassage) return viaPassage;
  }
  // a narrative figure ("负责政务公开的有几个人") beats a non-figure intent
  if (top && quantity && !metric && top.item.topic !== 'figures' && score < 0.6) {
    const viaPassage = passageAnswer(kn, norm, slots, state, 0.8);
    if (viaPassage) return viaPassage;
  }

  // elliptical follow-up ("要多久？") with a weak match: read it with the previous question
  if (followUp && score < THRESHOLDS.answer && state.text) {
    const joined = rankClauses(kn, classifierText(`${state.text} ${norm}`, kn.lexicon, kn.refs, now)).cands;
    if (joined[0] && joined[0].score >= THRESHOLDS.answer) cands = joined;
  }
  const best = cands[0];
  if (!best) return passageAnswer(kn, norm, slots, state, THRESHOLDS.coverage) ?? fallback(kn, state, 0, undefined, home);
  let chosen = best.item;
  if (chosen.topic === 'contact' && CONTACT_WORDS.filter(([re]) => re.test(norm)).length >= 2 && kn.byId.has('contact.all')) chosen = kn.byId.get('contact.all')!;
  const runnerUp = cands.find((c) => c.item.id !== best.item.id && !c.item.fallback && c.item.topic !== 'smalltalk');
  let close =
    !!runnerUp && best.score - runnerUp.score < THRESHOLDS.margin && runnerUp!.item.topic !== best.item.topic && !best.item.fallback && best.item.topic !== 'smalltalk';
  const named = slots.offices.length || slots.years.length;
  if (runnerUp && named && reportFree(best.item) && !reportFree(runnerUp.item) && best.score - runnerUp.score < 0.12 && runnerUp.score >= THRESHOLDS.clarify) close = true;
  if (close && runnerUp && named && reportFree(best.item) !== reportFree(runnerUp.item)) {
    // "南岗区收信息处理费了吗": naming a report means the report's answer
    chosen = reportFree(best.item) ? runnerUp.item : best.item;
    close = false;
  }
  if (best.score >= THRESHOLDS.answer) {
    if (close && runnerUp && runnerUp.score >= THRESHOLDS.answer) return clarify(norm, [best.item, runnerUp.item], best.score, state);
    return respond(kn, chosen, best.score, norm, slots, metric, state);
  }
  const viaPassage = passageAnswer(kn, norm, slots, state, best.score >= THRESHOLDS.clarify ? 0.8 : THRESHOLDS.coverage);
  if (viaPassage) return viaPassage;
  if (best.score >= THRESHOLDS.clarify && !best.item.fallback) {
    if (close && runnerUp && runnerUp.score >= THRESHOLDS.clarify) return clarify(norm, [best.item, runnerUp.item], best.score, state);
    return respond(kn, chosen, best.score, norm, slots, metric, state);
  }
  return fallback(kn, state, best.score, undefined, home);
}

/** Rare words of the report that no intent knows ("政务公开专区", "功能区"): the question is about the report text. */
function hasReportOnlyWords(kn: Knowledge, norm: string, slots: ReportSlots, state: ConvState): boolean {
  // report names and years out; figure words stay (they are known words, and cutting them would leave fragments)
  const text = cutSpans(norm, slots.spans);
  const r = pickReport(kn, slots, state).report;
  if (!r) return false;
  const index = passageIndex(r);
  return contentWords(text).some((w) => w.length >= 2 && !kn.classifier.knows(`w:${w}`) && (index.df.get(w) ?? 0) > 0 && (index.df.get(w) ?? 0) <= 3);
}

function passageAnswer(kn: Knowledge, norm: string, slots: ReportSlots, state: ConvState, coverage: number): Outcome | undefined {
  const pick = pickReport(kn, slots, state);
  if (!pick.report) return undefined;
  const n = narrative(pick.report, norm, QUANTITY.test(norm), coverage, true);
  if (!n) return undefined;
  return {
    answer: answer('answer', n.text, 'report.passage', 0.6, pick.report),
    state: { intent: 'report.passage', report: pick.report.id, text: norm },
  };
}

function clarify(norm: string, options: Intent[], confidence: number, state: ConvState): Outcome {
  if (options.length < 2) {
    return {
      answer: answer('clarify', `您是想问“${options[0]!.title}”吗？回复 1 查看，或换个说法再问一次。\n1. ${options[0]!.title}`, null, confidence, undefined, { options: [options[0]!.title] }),
      state: { ...state, clarify: { options: [options[0]!.id], text: norm } },
    };
  }
  const lines = options.map((o, i) => `${i + 1}. ${o.title}`).join('\n');
  return {
    answer: answer('clarify', `您是想问：\n${lines}\n请回复序号（如“1”）。`, null, confidence, undefined, { options: options.map((o) => o.title) }),
    state: { ...state, clarify: { options: options.map((o) => o.id), text: norm } },
  };
}
