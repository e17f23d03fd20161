/**
 * Carrying out a decision of the policy: the intent on the picked report(s), a figure, a passage, a
 * clarify question, "no such report" or the fallback → the Answer (with the deciding rule) and the
 * next conversation state. Answers are combined from rendered parts (src/answer/render.ts), never by
 * re-reading text.
 */
import type { Intent } from '../answer/intents.js';
import { articleText, chineseNumber } from '../answer/regulation.js';
import { fillTemplate, reportLabel, textOf } from '../answer/render.js';
import { SOURCE } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import { cutSpans, type ReportSlots } from '../understand/slots.js';
import { valueIds } from '../answer/ranking.js';
import { countAsked } from '../answer/retrieve.js';
import { LISTING_MAX_CHARS, shortenListing } from '../answer/listing.js';
import { DONE_ASKED, nextStepTold, onlyPlanned, PLANNED } from './plans.js';
import { whyWithoutReason, withMissingNoted, withNoReason } from './answer-notes.js';
import { sumOfCells } from '../answer/trend.js';
import type { ConvState } from './engine.js';
import { execute, figuresIntent, handlerOf, reportFree, topicOf } from './handlers.js';
import type { Knowledge } from './knowledge.js';
import type { Decision } from './policy/types.js';
import { defaultReport, homeReport, namedReports, newest, pickReport, reportById, reportsOf } from './select.js';
import { CONTACT_FIELD_NOUNS, DIFFERENCE_ASKED, SUM_ASKED } from './patterns.js';
import { sameOverYears } from './contact-details.js';
import { toldFigure } from './prose-figures.js';
import { POLICY } from './thresholds.js';
import type { Answer } from './types.js';
import type { Understanding } from './understanding.js';
import { withKeys } from '../with-keys.js';

export interface Outcome {
  answer: Answer;
  state: ConvState;
}

/** The intent id of answers that quote a passage of the report. */
export const PASSAGE_INTENT = 'report.passage';
/** The answer intent of a figure ranked across offices (src/answer/ranking.ts): no intents/*.yml entry. */
export const RANKING_INTENT = 'figures.ranking';

/** The answer intent of an article of the 《条例》 quoted (src/answer/regulation.ts): no intents/*.yml entry. */
export const ARTICLE_INTENT = 'regulation.article';
/** "《中华人民共和国政府信息公开条例》第三十九条第一款规定：…" — the paragraph named, else the whole article (the longest, 第二十条, is 472 characters). */
function articleAnswer(n: number, paragraph?: number): string {
  const paragraphs = articleText(n) ?? [];
  const one = paragraph !== undefined && paragraph >= 1 && paragraph <= paragraphs.length && paragraphs.length > 1 ? paragraphs[paragraph - 1] : undefined;
  return `《中华人民共和国政府信息公开条例》第${chineseNumber(n)}条${one ? `第${chineseNumber(paragraph!)}款` : ''}规定：\n${one ?? paragraphs.join('\n')}`;
}

/** Every loaded office pointed at as a group ("三个单位", "这几家单位", "每个单位", "所有部门"). */
const EVERY_LOADED_OFFICE = /(?:两|三|四|五|六|几|每)(?:个|家)(?:单位|部门|机关|报告|年报)|(?:所有|全部)(?:的)?(?:单位|部门|机关|报告|年报)/;

/** Each office's report picked as if it alone were named (its newest, or the year asked). */
function newestOfEach(kn: Knowledge, offices: readonly string[], slots: ReportSlots): Report[] {
  return offices.map((o) => pickReport(kn, { ...slots, offices: [o] }, {}).report).filter((x): x is Report => !!x);
}

/** The intent that says which reports there are (intents/report.yml): a no-report answer to "有吗" is its answer. */
const REPORT_LIST_INTENT = 'report.list';

function answer(
  rule: string, kind: Answer['kind'], text: string, intent: string | null, confidence: number, report: Report | undefined, extra: Partial<Answer> = {},
): Answer {
  const c = Math.min(1, Math.max(0, Number.isFinite(confidence) ? confidence : 0));
  return { kind, text, fallback: kind === 'fallback', intent, confidence: Math.round(c * 1000) / 1000, report: report?.id ?? null, ...extra, rule };
}

// ---------------------------------------------------------------- fallbacks

const SORRY = '抱歉，这个问题我暂时无法回答。';

/** What the bot can answer, and whom to call: the fallback after its apology. */
function fallbackOffer(kn: Knowledge, home: Report | undefined = homeReport(kn)): string {
  const r = home;
  const phone = r?.contact.phone
    ? `如需人工咨询，请致电${r.contact.department ?? r.office} ${r.contact.phone}。`
    : '如需人工咨询，请联系相应机关的政府信息公开工作机构（联系方式见该机关的政府信息公开指南）。';
  return `我可以回答：如何申请政府信息公开（方式、材料、期限、费用、救济途径）、联系方式（地址、电话、邮编），以及政府信息公开工作年度报告中的数据（收到多少申请、办理结果、复议诉讼等）。${phone}`;
}

export function fallbackText(kn: Knowledge, home: Report | undefined = homeReport(kn)): string {
  return SORRY + fallbackOffer(kn, home);
}

function fallback(kn: Knowledge, rule: string, state: ConvState, confidence: number, home: Report | undefined, named = false): Outcome {
  // (the one office the message named stays the conversation's, though its question went unanswered: "楚雄文旅局那1件…？" then
  // "那我自己想申请…往哪里交" asks of 楚雄)
  return {
    answer: answer(rule, 'fallback', fallbackText(kn, home ?? homeReport(kn, undefined, state)), null, confidence, undefined),
    state: withKeys(state, { clarify: undefined, ...(named && home ? { report: home.id } : {}) }),
  };
}

// ---------------------------------------------------------------- an intent

function respond(
  kn: Knowledge, rule: string, intent: Intent, confidence: number, norm: string, slots: ReportSlots, metric: MetricQuery | undefined, state: ConvState,
  focus?: string,
): Outcome {
  const cleared = withKeys(state, { clarify: undefined });
  if (intent.fallback && !intent.answer) return fallback(kn, rule, state, confidence, homeReport(kn, slots, state));
  if (intent.fallback) {
    // an answer that says what we cannot do (e.g. track one person's application): logged as unanswered
    const r = pickReport(kn, slots, state).report ?? defaultReport(kn);
    const text = fillTemplate(intent.answer!, r) ?? fallbackText(kn, homeReport(kn, slots, state));
    return { answer: answer(rule, 'fallback', text, intent.id, confidence, undefined), state: cleared };
  }
  const free = reportFree(intent);
  const figures = Boolean(handlerOf(intent)?.figures);
  const pick = pickReport(kn, slots, state);
  if (pick.problem && !free) return { answer: answer(rule, 'fallback', pick.problem, intent.id, confidence, undefined), state: cleared };
  const r = topicOf(intent).speaksForHome ? homeReport(kn, slots, state) : (pick.report ?? defaultReport(kn));
  let several = !free ? namedReports(kn, slots) : [];
  // a figure asked of no office, with several offices loaded, no default office set and no report in the
  // conversation: each office's newest report answers, each labelled — no office is picked silently
  if (!several.length && figures && metric && !slots.offices.length && !slots.years.length && !kn.defaultOffice && !state.report) {
    const offices = kn.officeNames;
    // (a province's platform with hundreds of offices: which office is asked, not a list of hundreds)
    if (offices.length > POLICY.eachOfficeMax) {
      const text = `我这里有 ${offices.length} 个单位的年度报告，请说明是哪个单位，例如“${offices[0]}${kn.reports.find((x) => x.office === offices[0])?.year ?? ''}年${metric.table === '四' ? '行政复议多少件' : '收到多少申请'}”。`;
      return { answer: answer(rule, 'answer', text, intent.id, confidence, undefined), state: cleared };
    }
    const newestEach = newestOfEach(kn, offices, slots);
    if (newestEach.length > 1) several = newestEach;
  }
  // one figure of two or more offices just answered ("临朐和绵阳行政复议各几件"), then another figure with no
  // office named ("行政诉讼呢"): of the same offices
  if (!several.length && figures && metric && !slots.offices.length && !slots.years.length && !slots.unknownOffices.length && (state.reports?.length ?? 0) >= 2) {
    const same = state.reports!.map((id) => reportById(kn, id)).filter((x): x is Report => !!x);
    if (same.length >= 2) several = same;
  }
  // a contact detail of every loaded office asked, none named ("把三个单位的邮编列一下", "所有单位的电话"): each office's
  // newest report, each labelled
  if (!several.length && !slots.offices.length && !slots.unknownOffices.length && topicOf(intent).contact && EVERY_LOADED_OFFICE.test(norm) && kn.officeNames.length > 1 && kn.officeNames.length <= POLICY.eachOfficeMax) {
    several = newestOfEach(kn, kn.officeNames, slots);
  }
  // "联系电话是不是换了": a contact detail of every loaded year of that office, to see what changed
  // (a year named beside 现在/最新 is the asker's old report: "我手上2021年的报告写电话…现在还是这个号吗")
  // (or a year named and set against the ones before: "2023年报告的邮编和之前比变了吗")
  if (!several.length && (!slots.years.length || slots.latest || BEFORE_ASKED.test(norm)) && r && topicOf(intent).contact && CHANGED_ASKED.test(norm)) {
    const years = reportsOf(kn, r.office).filter((x) => x.year !== null).sort((a, b) => a.year! - b.year!);
    if (years.length > 1) several = years;
  }
  if (several.length > 1 && !(figures && metric)) {
    // "2022年和2023年报告上的电话一样吗": the answer from each named report, each labelled
    const parts = several.map((x) => {
      const p = execute(kn, intent, x, norm, metric).parts;
      return p.labelled ? textOf(p) : `${reportLabel(x)}：${textOf(p)}`;
    });
    // (whether it changed, when asked: "联系电话变了没有" → 一样/不一样, not the lines alone to compare)
    const verdict = topicOf(intent).contact && CHANGED_ASKED.test(norm) ? sameOverYears(intent, several) : undefined;
    if (verdict) parts.push(verdict);
    return { answer: answer(rule, 'answer', parts.join('\n'), intent.id, confidence, several[0]), state: { intent: intent.id, report: several[0]!.id, text: norm } };
  }
  if (several.length > 1) {
    // "南岗区和沭阳县哪个收到的申请多": the same figure from each named report, one source line
    const parts = several.map((x) => execute(kn, intent, x, norm, metric).parts);
    // (added up, or two set against each other: "临朐县政府办和丁蜀镇新收申请数相差多少件")
    const total = SUM_ASKED.test(norm) ? sumOf(kn, several, metric!) : DIFFERENCE_ASKED.test(norm) ? differenceOf(kn, several, metric!) : undefined;
    const lines = [parts.map((p) => textOf({ ...p, source: undefined })).join('\n'), ...(total ? [`\n${total}`] : [])];
    const text = textOf({ head: '', lines, source: SOURCE[metric!.table], labelled: true });
    return { answer: answer(rule, 'answer', text, intent.id, confidence, several[0]), state: { intent: intent.id, report: several[0]!.id, metric, text: norm, reports: several.map((x) => x.id) } };
  }
  // a figure or a fact found in the text is looked for without the report's own name and year ("湛江方志办2023年各栏目…")
  const asked = slots.spans.length ? cutSpans(norm, slots.spans) : norm;
  let ex = execute(kn, intent, r, asked, metric);
  // (a long message whose story words hide the count in the text: looked for again by the clause that asks, "…我想知道门户网站
  // 一共发布了多少条信息？年报里是怎么写的")
  const clause = focus?.replace(/zmetric/g, '').trim();
  if (ex.missing && figures && !ex.metric && clause && clause !== asked && clause.length < asked.length) {
    const again = execute(kn, intent, r, clause, metric);
    if (!again.missing) ex = again;
  }
  if (pick.note && !free) ex.parts = { ...ex.parts, note: pick.note + (ex.parts.note ?? '') };
  if (ex.missing && figures && !ex.metric) {
    // nothing in the tables or the text: an honest fallback, logged as unanswered
    // (unless the year asked counts back from today and is not loaded, "今年公开了多少": that it is not there yet is the
    // answer, said first; the newest report's lack of it after)
    // (or 去年/前年: "南岗 去年 多少件" is answered by saying that year is not loaded)
    if (pick.note && (slots.thisYear !== undefined || slots.relativeYear !== undefined)) return { answer: answer(rule, 'answer', `${textOf(ex.parts)}${fallbackOffer(kn, r)}`, intent.id, confidence, r), state: cleared };
    // (the report asked stays the conversation's: "电话呢" next is that office's)
    return { answer: answer(rule, 'fallback', `${textOf(ex.parts)}${fallbackOffer(kn, r)}`, intent.id, confidence, r), state: r ? withKeys(cleared, { report: r.id }) : cleared };
  }
  const usesReport = !free || /\{/.test(intent.answer ?? '');
  return {
    answer: answer(rule, 'answer', textOf(ex.parts), intent.id, confidence, usesReport ? r : undefined),
    state: {
      intent: intent.id,
      report: r?.id ?? state.report,
      metric: ex.metric ?? (figures ? undefined : state.metric),
      text: norm,
    },
  };
}

/** When something happens or happened, asked ("什么时候能建好", "哪天开放", "何时上线"). */
const WHEN_ASKED = /什么时候|啥时候|何时|几时|哪天|哪一天|哪个月|几月份?|多久(?:能|才能|可以|会)/;
/** A time told in a passage: a date, a month, a season of the year or a span ("2023年6月", "年底前", "3个工作日内"). */
// (号 only after a month: "〔2022〕-18号" and "52号" are a document's and a street's numbers)
const TIME_SAID = /\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|[一二三四五六七八九十]{1,2}月|年底|年初|年内|年中|上半年|下半年|季度|月底|月初|\d+\s*(?:天|日|个工作日|个月|周)|近期|目前已|已于|已经/;
/** Said after a passage that tells no time, when one was asked. */
const WHEN_NOT_TOLD = '报告没有写明具体时间。';

/** Set against the years before ("和之前比", "跟以前比", "比往年"). */
const BEFORE_ASKED = /之前|以前|往年|前几年|原来/;

/** Whether something changed ("是不是换了", "变了吗", "还是原来那个吗"). */
const CHANGED_ASKED = /换了|变了|改了|变没变|换没换|改没改|有没有变|有没有换|有没有改|有变化|还是原来|还是这个|还是那个|一样吗|变过|换过|改过|开始变|哪一?年变|哪一?年换|什么时候变|什么时候换|原来在哪/;


/**
 * Each report's figure for the sum or difference: its cells, else (tables cut off or left out) the one count its text
 * states for that row ("新受理政府信息公开申请42件"), marked as told; null when neither gives it.
 */
function figureOf(kn: Knowledge, r: Report, m: MetricQuery, ids: ReturnType<typeof valueIds>): { v: number; told: boolean } | null {
  const v = ids ? sumOfCells(r, ids) : null;
  if (v !== null && v !== undefined) return { v, told: false };
  const told = toldFigure(kn)(r, m);
  return told ? { v: told.v, told: true } : null;
}

/** "合计 88 件（2021—2023年）" when every named report gives the one figure asked; undefined otherwise. */
function sumOf(kn: Knowledge, reports: Report[], m: MetricQuery): string | undefined {
  const ids = valueIds(m);
  const each = reports.map((r) => figureOf(kn, r, m, ids));
  if (each.some((x) => x === null)) return undefined;
  const sum = each.reduce((a, x) => a + x!.v, 0);
  const years = reports.map((r) => r.year).filter((y): y is number => y !== null);
  const offices = new Set(reports.map((r) => r.office));
  // (counts read from the texts: the addition shown, as every sum worked from the report's words is)
  const told = each.some((x) => x!.told) ? `，${each.map((x) => x!.v).join(' + ')}，按报告正文数字计算` : '';
  const span = offices.size === 1 && years.length === reports.length ? `（${Math.min(...years)}—${Math.max(...years)}年，${reports.length}份报告相加${told}）` : `（${reports.length}份报告相加${told}）`;
  return `合计 ${sum}${m.table === '二' && m.cols.includes('amount') ? ' 万元' : ' 件'}${span}。`;
}

/** "两者相差 102 件（117 − 15，按报告数字计算）": one figure of exactly two reports, both given. */
function differenceOf(kn: Knowledge, reports: Report[], m: MetricQuery): string | undefined {
  if (reports.length !== 2) return undefined;
  const ids = valueIds(m);
  const [a, b] = reports.map((r) => figureOf(kn, r, m, ids));
  if (!a || !b) return undefined;
  const [hi, lo] = a.v >= b.v ? [a.v, b.v] : [b.v, a.v];
  return `两者相差 ${hi - lo}${m.table === '二' && m.cols.includes('amount') ? ' 万元' : ' 件'}（${hi} − ${lo}，按报告数字计算）。`;
}

function clarify(rule: string, norm: string, options: Intent[], confidence: number, state: ConvState): Outcome {
  if (options.length < 2) {
    return {
      answer: answer(rule, 'clarify', `您是想问“${options[0]!.title}”吗？回复 1 查看，或换个说法再问一次。\n1. ${options[0]!.title}`, null, confidence, undefined, {
        options: [options[0]!.title],
      }),
      state: withKeys(state, { clarify: { options: [options[0]!.id], text: norm } }),
    };
  }
  const lines = options.map((o, i) => `${i + 1}. ${o.title}`).join('\n');
  return {
    answer: answer(rule, 'clarify', `您是想问：\n${lines}\n请回复序号（如“1”）。`, null, confidence, undefined, { options: options.map((o) => o.title) }),
    state: withKeys(state, { clarify: { options: options.map((o) => o.id), text: norm } }),
  };
}

// ---------------------------------------------------------------- any decision

/**
 * After "no such report", the question is kept as asked (without the report named), so that a follow-up
 * naming a report we have ("我问的是南岗", "那2022年的呢") answers it.
 */
function askedState(kn: Knowledge, u: Understanding, state: ConvState): ConvState {
  // (a follow-up naming only a year or office we do not have, "那前年呢": the question followed stays the question)
  if (u.followUp.is && u.followUp.onlySlots && state.intent) return withKeys(state, { clarify: undefined });
  const t = u.candidates[0];
  // (a how-many of something counted in a unit — "公开了多少信息" — is asked again of the report's text through the
  // figures intent, not of a template its question words matched: "收了多少信息处理费")
  // (a contact read only weakly, no detail named — "规划类信息公开了几条" — is no contact asked)
  const counted = !u.metric && !!countAsked(u.norm)?.nouns.length && (!t || !topicOf(t.item).contact || !CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm)));
  const intent = u.metric || counted ? figuresIntent(kn) : t && !t.item.fallback ? t.item : undefined;
  if (!intent) return withKeys(state, { clarify: undefined });
  const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans).trim() : u.norm;
  // (one loaded office named with a year it lacks, "泽州县去年的年报…": the conversation stays with that office, so
  // "那前年的呢" is its year, never another office's)
  const office = u.slots.offices.length === 1 ? newest(reportsOf(kn, u.slots.offices[0]!)) : undefined;
  // (no office named at all, "他们去年的年报有吗": the conversation's office stays, so "那2024年的呢" is its year)
  const kept = !u.slots.offices.length && !u.slots.unknownOffices.length ? state.report : undefined;
  return withKeys(state, { clarify: undefined, intent: intent.id, metric: u.metric, text, report: office?.id ?? kept });
}

export function carryOut(kn: Knowledge, d: Decision, u: Understanding, state: ConvState, rule: string): Outcome {
  switch (d.kind) {
    case 'intent': {
      const q = d.question ?? { norm: u.norm, slots: u.slots, metric: u.metric };
      const out = respond(kn, rule, d.intent, d.confidence, q.norm, q.slots, q.metric, d.state ?? state, d.question ? undefined : u.focus);
      if (d.noteIfAnswered && !out.answer.fallback) out.answer.text = d.noteIfAnswered + out.answer.text;
      // (that the year asked is not loaded is then the whole answer, said plainly — not a question the bot failed to read)
      if (d.problemIfUnanswered && out.answer.fallback) out.answer = { ...out.answer, kind: 'answer', text: d.problemIfUnanswered, fallback: false };
      // (a figure answered to a why of a count, or to the result of cases, its words giving neither: said that the report
      // gives none)
      if (!out.answer.fallback && handlerOf(d.intent)?.figures) out.answer.text = withMissingNoted(u, out.answer.text);
      return out;
    }
    case 'figure': {
      const out = respond(kn, rule, d.intent, d.confidence, u.norm, u.slots, d.metric, state);
      // (why asked, the text's count quoted with no reason in it: said that the report gives none)
      if (!out.answer.fallback) out.answer.text = withMissingNoted(u, out.answer.text);
      return out;
    }
    case 'passage': {
      // ("今年…", "去年…" counted to a year not loaded: the newest report's passage, saying so first)
      // (or an office named that is not loaded beside one that is: said first that there is none of it)
      const pick = u.slots.thisYear || u.slots.relativeYear !== undefined || (u.slots.unknownOffices.length && u.slots.offices.length) ? pickReport(kn, u.slots, state) : undefined;
      // (unless the rule worded that note itself: slot-only-follow-up's, which may say more)
      const note = pick?.note && pick.report?.id === d.report.id && !d.parts.note ? pick.note : undefined;
      // (when something happens asked, the passage telling no time — "专区什么时候能建好" of "拟在…建设…待资金批复后…": said so)
      let told = WHEN_ASKED.test(u.norm) && !d.parts.lines.some((l) => TIME_SAID.test(l)) ? { ...d.parts, lines: [...d.parts.lines, WHEN_NOT_TOLD] } : d.parts;
      // (whether a thing the report only plans is done, asked: its next step as the report tells it, and that it is only planned)
      const planWord = DONE_ASKED.test(u.norm) ? told.lines.map((l) => PLANNED.exec(l)?.[0]).find(Boolean) : undefined;
      if (planWord) {
        const step = nextStepTold(d.report, told.lines.find((l) => PLANNED.test(l))!);
        told = { ...told, lines: [...told.lines.map((l) => l.trim()), ...(step && !told.lines.some((l) => l.includes(step)) ? [step] : []), `\n${onlyPlanned(planWord)}`] };
      }
      // (a paragraph of twenty counts quoted: the items asked of it, listing.ts)
      // (only a line quoted word for word from the report: a rule's own wording of its figures is kept whole)
      const quotedWhole = (l: string) => d.report.passages.some((p) => p.text.includes(l.trim()));
      const parts = told.lines.some((l) => l.length > LISTING_MAX_CHARS) ? { ...told, lines: told.lines.map((l) => (l.length > LISTING_MAX_CHARS && quotedWhole(l) ? shortenListing(l, `${u.norm} ${u.classifierText}`) : undefined) ?? l) } : told;
      const said = textOf(parts);
      return {
        answer: answer(rule, 'answer', (note && !said.startsWith(note) ? note : '') + (whyWithoutReason(u, said) ? withNoReason(said) : said), PASSAGE_INTENT, POLICY.passageConfidence, d.report),
        state: { intent: PASSAGE_INTENT, report: d.report.id, text: d.asked ?? u.norm, ...(d.metric ? { metric: d.metric } : {}) },
      };
    }
    case 'clarify':
      return clarify(rule, u.norm, d.options, d.confidence, state);
    case 'no-report':
      return { answer: answer(rule, d.answered ? 'answer' : 'fallback', d.problem, d.answered ? REPORT_LIST_INTENT : null, d.confidence, undefined), state: askedState(kn, u, state) };
    case 'fallback':
      return fallback(kn, rule, state, d.confidence, homeReport(kn, u.slots, state), u.slots.offices.length === 1);
    case 'ranking':
      return {
        answer: answer(rule, 'answer', d.text, RANKING_INTENT, 1, d.report),
        // (the conversation goes on with the figure itself, of the office ranked first: "它那10件都是啥理由", "绵阳呢")
        state: withKeys(state, { clarify: undefined, intent: figuresIntent(kn)?.id ?? RANKING_INTENT, report: d.report.id, metric: u.metric, text: u.norm }),
      };
    case 'article':
      return {
        answer: answer(rule, 'answer', articleAnswer(d.article, d.paragraph), ARTICLE_INTENT, d.confidence, undefined),
        state: withKeys(state, { clarify: undefined, intent: undefined, metric: undefined, text: u.norm }),
      };
    case 'trend': {
      const r = reportById(kn, d.result.report);
      return {
        answer: answer(rule, 'answer', d.result.text, 'trend', 1, r, { chart: d.result.chart }),
        state: withKeys(state, { clarify: undefined, report: d.result.report }),
      };
    }
  }
}

