/**
 * The pure decision: (knowledge, message text, conversation state) → answer + new state.
 * No I/O here: bot.ts adds storage, staff commands and feedback around it.
 */
import type { Intent } from '../answer/intents.js';
import {
  fillTemplate, joinSentences, leadMissing, renderLitigation, renderMetric, renderOverview, reportLabel, sectionPassages,
} from '../answer/render.js';
import { contentWords, passageIndex, searchPassages } from '../answer/retrieve.js';
import { SECTION_TITLES, SOURCE } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { Scored } from '../understand/classifier.js';
import { findMetric, type MetricQuery } from '../understand/metrics.js';
import { isEmptyText, normalize } from '../understand/normalize.js';
import { stripCourtesy } from '../understand/politeness.js';
import { findReportSlots, type ReportSlots } from '../understand/slots.js';
import type { Answer } from './types.js';
import { classifierText, type Knowledge } from './knowledge.js';

/** Per-user conversation context. Plain JSON: stored as is. */
export interface ConvState {
  intent?: string;
  report?: string;
  metric?: MetricQuery;
  /** Normalised text of the last answered question. */
  text?: string;
  clarify?: { options: string[]; text: string };
}

export const THRESHOLDS = {
  /** A candidate at or above this answers. */
  answer: 0.42,
  /** Between clarify and answer, or two candidates within `margin`: ask which one. */
  clarify: 0.3,
  margin: 0.04,
  /** Share of unknown content words above which a question is off-topic. */
  unknown: 0.5,
  /** Passage answers need this share of the question's content words. */
  coverage: 0.6,
};

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

function newest(reports: Report[]): Report | undefined {
  return [...reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

const defaults = new WeakMap<Knowledge, Report | undefined>();

export function defaultReport(kn: Knowledge): Report | undefined {
  if (defaults.has(kn)) return defaults.get(kn);
  const r = findDefault(kn);
  defaults.set(kn, r);
  return r;
}

function findDefault(kn: Knowledge): Report | undefined {
  const office = kn.defaultOffice;
  const mine = office ? kn.reports.filter((r) => r.office === office || r.office.includes(office)) : [];
  return newest(mine.length ? mine : kn.reports.filter((r) => Object.values(r.values).some((v) => v.value !== null))) ?? newest(kn.reports);
}

function listReports(kn: Knowledge): string {
  const byOffice = new Map<string, number[]>();
  for (const r of kn.reports) byOffice.set(r.office, [...(byOffice.get(r.office) ?? []), ...(r.year ? [r.year] : [])]);
  return [...byOffice].map(([o, ys]) => `${o}${ys.length ? ` ${ys.sort().join('、')}年` : ''}`).join('；');
}

type Pick = { report?: Report; problem?: string; note?: string };

/** The newest report of each office named, when two or more offices (or years of one office) are named. */
function namedReports(kn: Knowledge, slots: ReportSlots): Report[] {
  if (slots.unknownOffices.length) return [];
  if (slots.offices.length >= 2 && !slots.years.length) {
    return slots.offices.map((o) => newest(kn.reports.filter((r) => r.office === o))).filter((r): r is Report => !!r);
  }
  if (slots.years.length >= 2) {
    const pool = slots.offices.length ? kn.reports.filter((r) => slots.offices.includes(r.office)) : kn.reports;
    const hits = pool.filter((r) => r.year !== null && slots.years.includes(r.year));
    return hits.length === slots.years.length ? hits.sort((a, b) => (a.year ?? 0) - (b.year ?? 0)) : [];
  }
  return [];
}

function pickReport(kn: Knowledge, slots: ReportSlots, state: ConvState): Pick {
  if (!kn.reports.length) return { problem: '目前没有加载任何年度报告，请联系工作人员。' };
  let pool = kn.reports;
  if (slots.offices.length) pool = pool.filter((r) => slots.offices.includes(r.office));
  else if (slots.unknownOffices.length) {
    return { problem: `我只有${listReports(kn)}的报告，没有${slots.unknownOffices.join('、')}的报告。` };
  }
  if (slots.years.length) {
    const inYear = pool.filter((r) => r.year !== null && slots.years.includes(r.year));
    const missing = slots.years.filter((y) => !pool.some((r) => r.year === y));
    // "今年…" before this year's report exists: the newest report, saying so
    if (!inYear.length && slots.thisYear && slots.years.length === 1) {
      const r = newest(pool);
      if (r?.year) return { report: r, note: `目前只有${r.year}年及以前的报告，还没有${slots.thisYear}年的；以下是${r.year}年的数据。\n` };
    }
    if (!inYear.length || missing.length) {
      const have = pool.map((r) => r.year).filter(Boolean);
      const who = slots.offices.length ? slots.offices.join('、') : '';
      return {
        problem: `我只有${slots.offices.length ? `${who} ${[...new Set(have)].sort().join('、')}年` : listReports(kn)}的报告，没有${(missing.length ? missing : slots.years).join('、')}年的报告。您可以问已有年份的数据。`,
      };
    }
    pool = inYear;
  }
  if (!slots.offices.length && !slots.years.length) {
    const prev = state.report ? kn.reports.find((r) => r.id === state.report) : undefined;
    return { report: prev ?? defaultReport(kn) };
  }
  if (!slots.years.length && slots.offices.length) return { report: newest(pool) };
  return { report: newest(pool) };
}

// ---------------------------------------------------------------- fallbacks

export function fallbackText(kn: Knowledge): string {
  const r = defaultReport(kn);
  const phone = r?.contact.phone ? `如需人工咨询，请致电${r.contact.department ?? r.office} ${r.contact.phone}。` : '';
  return `抱歉，这个问题我暂时无法回答。我可以回答：如何申请政府信息公开（方式、材料、期限、费用、救济途径）、联系方式（地址、电话、邮编），以及政府信息公开工作年度报告中的数据（收到多少申请、办理结果、复议诉讼等）。${phone}`;
}

function fallback(kn: Knowledge, state: ConvState, confidence = 0, why?: string): Outcome {
  return { answer: answer('fallback', why ?? fallbackText(kn), null, confidence, undefined), state: { ...state, clarify: undefined } };
}

// ---------------------------------------------------------------- executing an intent

interface Exec {
  text: string;
  /** The report could not answer (figure not given, field missing). */
  missing?: boolean;
  metric?: MetricQuery;
}

function helpText(kn: Knowledge): string {
  const r = defaultReport(kn);
  const label = r ? reportLabel(r) : '';
  return [
    `我可以回答这些问题（数据来自${label ? `${label}` : ''}政府信息公开工作年度报告）：`,
    '· 怎么申请：如何申请政府信息公开？要带什么材料？多久答复？收费吗？不服怎么办？',
    '· 联系方式：电话是多少？地址在哪？邮编？年报在哪下载？',
    '· 报告数据：收到多少申请？不予公开的有多少？行政复议有几起？制发了多少规范性文件？',
    '· 报告内容：存在哪些问题？有哪些改进措施？有哪几年的报告？',
  ].join('\n');
}

function sectionText(r: Report, intent: Intent): Exec {
  const all = sectionPassages(r, intent.section!);
  if (!all.length) return { text: `${reportLabel(r)}报告中没有找到“${intent.section}、${SECTION_TITLES[intent.section!] ?? ''}”部分的内容。`, missing: true };
  let chosen = all;
  if (intent.handler === 'section' && intent.match) {
    const byHeading = all.filter((p) => p.heading && intent.match!.test(p.heading));
    const byText = all.filter((p) => intent.match!.test(p.text));
    chosen = byHeading.length ? byHeading : byText.length ? byText : [];
    if (!chosen.length) return { text: `${reportLabel(r)}报告中没有找到“${intent.title}”的相关内容。`, missing: true };
  }
  return { text: `${reportLabel(r)}报告“${intent.section}、${SECTION_TITLES[intent.section!]}”：${joinSentences(chosen.map((p) => p.text))}` };
}

/** Section 五 holds problems first, then improvements: split at the first sentence that starts the measures. */
function problemsOrMeasures(r: Report, want: 'problems' | 'improvements'): Exec {
  const all = sectionPassages(r, '五');
  if (!all.length) return { text: `${reportLabel(r)}报告中没有找到“五、存在的主要问题及改进情况”部分。`, missing: true };
  const isMeasure = (p: { text: string; heading?: string }) => /改进|措施|下一步|今后|针对上述|整改/.test(p.heading ?? '') || /^(（[一二三]）)?\s*(改进措施|下一步|针对上述|今后)/.test(p.text) || /改进措施/.test(p.text.slice(0, 12));
  let cut = all.findIndex(isMeasure);
  if (cut <= 0) cut = Math.ceil(all.length / 2);
  const part = want === 'problems' ? all.slice(0, cut) : all.slice(cut);
  const title = want === 'problems' ? '存在的主要问题' : '改进措施';
  return { text: `${reportLabel(r)}报告“${title}”：${joinSentences(part.map((p) => p.text))}` };
}

function narrative(kn: Knowledge, r: Report, norm: string, needNumber: boolean, coverage = THRESHOLDS.coverage, requireRare = false): Exec | undefined {
  const words = contentWords(norm);
  if (!words.length) return undefined;
  const hits = searchPassages(passageIndex(r), words, { needNumber });
  const top = hits[0];
  // generic words alone (报告, 数据, 申请) do not make a passage the answer
  // a passage answers only through a real word of the question (not 大 in 大数据), and generic words alone don't do
  if (!top || !top.word || top.coverage < coverage || (requireRare && !top.rare && top.coverage < 0.9)) return undefined;
  const sec = top.passage.section;
  const where = SECTION_TITLES[sec] ? `${sec}、${SECTION_TITLES[sec]}` : '报告开头';
  return { text: `据${reportLabel(r)}报告：${top.passage.text.trim()}\n（来源：${where}）` };
}

function execute(kn: Knowledge, intent: Intent, r: Report | undefined, norm: string, metric: MetricQuery | undefined): Exec {
  switch (intent.handler) {
    case 'help':
      return { text: helpText(kn) };
    case 'reports':
      return { text: kn.reports.length ? `我有以下年度报告：${listReports(kn)}。提问时可以说明年份或单位，例如“${r?.year ?? ''}年收到多少申请”。` : '目前没有加载任何年度报告。' };
  }
  if (!r && intent.handler) return { text: '目前没有加载任何年度报告，请联系工作人员。', missing: true };
  if (!r) return { text: fillTemplate(intent.answer ?? '', undefined) ?? '目前没有加载任何年度报告，请联系工作人员。' };
  switch (intent.handler) {
    case 'figures': {
      if (metric) return { ...renderMetric(r, metric), metric };
      const n = narrative(kn, r, norm, true);
      if (n) return n;
      return { text: `${reportLabel(r)}报告中没有找到您问的这项数据。`, missing: true };
    }
    case 'overview':
      return renderOverview(r);
    case 'litigation':
      return renderLitigation(r);
    case 'section':
      if (intent.section === '五' && intent.match && /问题|改进/.test(intent.match.source)) {
        return problemsOrMeasures(r, /改进/.test(intent.match.source) ? 'improvements' : 'problems');
      }
      return sectionText(r, intent);
  }
  const text = fillTemplate(intent.answer ?? '', r);
  if (text !== null && intent.topic === 'contact' && leadMissing(intent.answer ?? '', r)) {
    // "丁蜀镇的电话": say that the report gives none, then what it does give
    return { text: `${reportLabel(r)}报告中没有写明${intent.title}。${text ? `报告中的联系信息：\n${text}` : ''}`, missing: true };
  }
  if (text === null) {
    const hint = intent.topic === 'contact' ? '各机关的联系方式可在其政府信息公开指南中查到（《条例》第十二条）。' : '';
    return { text: `${reportLabel(r)}报告中没有写明“${intent.title}”。${hint}`, missing: true };
  }
  return { text };
}

/** Intents whose answer does not depend on which report is chosen. */
function reportFree(intent: Intent): boolean {
  if (intent.handler === 'help' || intent.handler === 'reports') return true;
  if (intent.handler) return false;
  return !/\{(?!office\}|year\})/.test(intent.answer ?? '') || intent.topic === 'procedure' || intent.topic === 'smalltalk';
}

function respond(kn: Knowledge, intent: Intent, confidence: number, norm: string, slots: ReportSlots, metric: MetricQuery | undefined, state: ConvState): Outcome {
  if (intent.fallback && !intent.answer) return fallback(kn, state, confidence);
  if (intent.fallback) {
    // an answer that says what we cannot do (e.g. track one person's application): logged as unanswered
    const r = pickReport(kn, slots, state).report ?? defaultReport(kn);
    const text = fillTemplate(intent.answer!, r) ?? fallbackText(kn);
    return { answer: answer('fallback', text, intent.id, confidence, undefined), state: { ...state, clarify: undefined } };
  }
  const pick = pickReport(kn, slots, state);
  if (pick.problem && !reportFree(intent)) {
    return { answer: answer('fallback', pick.problem, intent.id, confidence, undefined), state: { ...state, clarify: undefined } };
  }
  const r = pick.report ?? defaultReport(kn);
  const several = intent.handler === 'figures' && metric ? namedReports(kn, slots) : [];
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
    return { answer: answer('fallback', `${ex.text}${fallbackText(kn).replace(/^抱歉，这个问题我暂时无法回答。/, '')}`, intent.id, confidence, r), state: { ...state, clarify: undefined } };
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

function unknownShare(kn: Knowledge, norm: string, slots: ReportSlots, metric: MetricQuery | undefined): { share: number; count: number } {
  let text = norm;
  // report names and years out; figure words stay (they are known words, and cutting them would leave fragments)
  for (const s of [...slots.spans].sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + ' ' + text.slice(s.end);
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
  if (followUp && state.intent) {
    // in a conversation the previous topic is the likelier reading of a short question
    cands = cands
      .map((c) => ({ ...c, score: c.score + (c.item.id === state.intent ? 0.06 : c.item.topic === prevIntent?.topic ? 0.03 : 0) }))
      .sort((a, b) => b.score - a.score);
  }

  // "那2025年呢" / "沭阳县的呢": same question, another report
  const onlySlots = clsText.replace(/[的呢那么吗?？。!\s]|zmetric/g, '') === '' && (slots.years.length || slots.offices.length || slots.unknownOffices.length);
  if (followUp && onlySlots && prevIntent) {
    return respond(kn, prevIntent, 0.9, state.text ?? norm, slots, metric ?? state.metric, { ...state, report: undefined });
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

  // figure words: a figure question unless another intent is clearly meant ("哪些信息不予公开", "复议期限")
  if (metric && figures) {
    const figScore = cands.find((c) => c.item.id === figures.id)?.score ?? 0;
    const otherClear =
      top &&
      top.item.handler !== 'figures' &&
      top.item.handler !== 'overview' &&
      top.item.handler !== 'litigation' &&
      score >= THRESHOLDS.answer &&
      // a count asked of a named report ("沭阳县有多少…没公开") is a figure
      !(quantity && (slots.offices.length || slots.years.length)) &&
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
  if (top?.item.fallback && score >= THRESHOLDS.clarify) return fallback(kn, state, score);
  const unknown = unknownShare(kn, focus, slots, metric);
  // off-topic: most words unknown — one stray word ("着急") beside a good match is not enough
  if (unknown.share >= THRESHOLDS.unknown && score < THRESHOLDS.answer + 0.15 && (unknown.count >= 2 || score < THRESHOLDS.answer)) {
    // words the intents don't know but the report does: "政务公开专区建在哪"
    return passageAnswer(kn, norm, slots, state, 0.6) ?? fallback(kn, state, score);
  }

  // report words the intents never use take precedence over a weak or generic match
  if (top && score < 0.8 && !top.item.handler && hasReportOnlyWords(kn, focus, slots, metric, state)) {
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
  if (!best) return passageAnswer(kn, norm, slots, state, THRESHOLDS.coverage) ?? fallback(kn, state);
  let chosen = best.item;
  if (chosen.topic === 'contact' && CONTACT_WORDS.filter(([re]) => re.test(norm)).length >= 2 && kn.byId.has('contact.all')) chosen = kn.byId.get('contact.all')!;
  const runnerUp = cands.find((c) => c.item.id !== best.item.id && !c.item.fallback && c.item.topic !== 'smalltalk');
  let close =
    !!runnerUp && best.score - runnerUp.score < THRESHOLDS.margin && runnerUp!.item.topic !== best.item.topic && !best.item.fallback && best.item.topic !== 'smalltalk';
  if (close && runnerUp && (slots.offices.length || slots.years.length) && reportFree(best.item) !== reportFree(runnerUp.item)) {
    // "南岗区收信息处理费了吗": naming a report means the report's answer
    chosen = reportFree(best.item) ? runnerUp.item : best.item;
    close = false;
  }
  if (best.score >= THRESHOLDS.answer) {
    if (close && runnerUp && runnerUp.score >= THRESHOLDS.answer) return clarify(kn, norm, [best.item, runnerUp.item], best.score, state);
    return respond(kn, chosen, best.score, norm, slots, metric, state);
  }
  const viaPassage = passageAnswer(kn, norm, slots, state, best.score >= THRESHOLDS.clarify ? 0.8 : THRESHOLDS.coverage);
  if (viaPassage) return viaPassage;
  if (best.score >= THRESHOLDS.clarify && !best.item.fallback) {
    if (close && runnerUp && runnerUp.score >= THRESHOLDS.clarify) return clarify(kn, norm, [best.item, runnerUp.item], best.score, state);
    return respond(kn, chosen, best.score, norm, slots, metric, state);
  }
  return fallback(kn, state, best.score);
}

/** Rare words of the report that no intent knows ("政务公开专区", "功能区"): the question is about the report text. */
function hasReportOnlyWords(kn: Knowledge, norm: string, slots: ReportSlots, metric: MetricQuery | undefined, state: ConvState): boolean {
  let text = norm;
  // report names and years out; figure words stay (they are known words, and cutting them would leave fragments)
  for (const s of [...slots.spans].sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + ' ' + text.slice(s.end);
  const r = pickReport(kn, slots, state).report;
  if (!r) return false;
  const index = passageIndex(r);
  return contentWords(text).some((w) => w.length >= 2 && !kn.classifier.knows(`w:${w}`) && (index.df.get(w) ?? 0) > 0 && (index.df.get(w) ?? 0) <= 3);
}

function passageAnswer(kn: Knowledge, norm: string, slots: ReportSlots, state: ConvState, coverage: number): Outcome | undefined {
  const pick = pickReport(kn, slots, state);
  if (!pick.report) return undefined;
  const n = narrative(kn, pick.report, norm, QUANTITY.test(norm), coverage, true);
  if (!n) return undefined;
  return {
    answer: answer('answer', n.text, 'report.passage', 0.6, pick.report),
    state: { intent: 'report.passage', report: pick.report.id, text: norm },
  };
}

function clarify(kn: Knowledge, norm: string, options: Intent[], confidence: number, state: ConvState): Outcome {
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
