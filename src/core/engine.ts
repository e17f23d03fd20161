/**
 * The pure decision: (knowledge, message text, conversation state) → answer + new state.
 * understand() reads the message once; the first rule of the policy (src/core/policy/index.ts) that
 * decides wins; the decision is carried out and worded here (src/core/respond.ts). No I/O: bot.ts adds
 * storage, staff commands and feedback around it.
 */
import type { MetricQuery } from '../understand/metrics.js';
import { RULES, type Rule } from './policy/index.js';
import type { Knowledge } from './knowledge.js';
import { carryOut, PASSAGE_INTENT, type Outcome } from './respond.js';
import { figuresIntent } from './handlers.js';
import { withSecondAsk } from './second-ask.js';
import { asksPerOffice, eachOfficeAlone, itemsEachAlone } from './asks-per-office.js';
import { POLICY } from './thresholds.js';
import { understand, type Understanding } from './understanding.js';
import { withKeys } from '../with-keys.js';
import { countAsked } from '../answer/retrieve.js';

export { defaultReport } from './select.js';
export { THRESHOLDS } from './thresholds.js';
export { fallbackText } from './respond.js';

/** The rule comparing the last two answers (src/core/policy/compare-last.ts): its answer keeps the two for the next question. */
const COMPARE_RULE = 'compare-last-two';

/** Per-user conversation context. Plain JSON: stored as is. */
export interface ConvState {
  intent?: string;
  report?: string;
  metric?: MetricQuery;
  /** Normalised text of the last answered question. */
  text?: string;
  clarify?: { options: string[]; text: string };
  /** The report of the figure answered before the last one, when the last asked the same figure of another report ("那丁蜀镇呢"): "两个差多少" compares them. */
  previousReport?: string;
  /** The rows of table 三 (or 二) answered before the last, when the last asked another row of the same report ("那无法提供的呢"): "这两项加起来" adds them. */
  previousRows?: string[];
  /** The reports of the last answer when it gave one figure of two or more offices ("临朐和绵阳各几件"): a figure asked next with no office named ("行政诉讼呢") is asked of them all. */
  reports?: string[];
  /** When the last answer was given (ms since epoch): a conversation quiet for longer starts afresh. */
  at?: number;
  /** The one year the last question named ("沭阳县去年…"): "那南岗呢" next asks of that year too. */
  yearNamed?: number;
  /** The report of another office answered before the conversation's (whatever was asked): "两个局加起来" means both. */
  otherReport?: string;
  /** The question answered before the last, of the same report ("微信公众号发布了多少条" then "那微博呢"): "两个加起来" adds their counts. */
  previousText?: string;
  /** The office not loaded the last question named ("沭阳县2025年的"): "那沭阳…" next is about it, never a loaded office. */
  unknownOffice?: string;
}

/** The first rule that decides, and its decision. The last rule always decides. */
export function firstDecision(u: Understanding, state: ConvState, kn: Knowledge, rules: readonly Rule[] = RULES) {
  for (const rule of rules) {
    const decision = rule.decide(u, state, kn);
    if (decision) return { rule, decision };
  }
  throw new Error('the policy has no final rule');
}

/** The conversation gone quiet: its last answer given longer ago than contextQuietMinutes, so its context is dropped. */
export function contextQuiet(previous: ConvState, now: Date): boolean {
  return previous.at !== undefined && now.getTime() - previous.at > POLICY.contextQuietMinutes * 60_000;
}

export function decide(kn: Knowledge, text: string, previous: ConvState = {}, now = new Date()): Outcome {
  // context expires after a quiet spell: "那2023年呢" an hour later is not about the old question
  const state = contextQuiet(previous, now) ? {} : previous;
  const u = understand(kn, text, state, now);
  // (questions that each name their own office: each answered of its own)
  const perOffice = asksPerOffice(kn, u, state, now, (clause, before) => decide(kn, clause, before, now));
  if (perOffice) return perOffice;
  const { rule, decision } = firstDecision(u, state, kn);
  const whole = carryOut(kn, decision, u, state, rule.name);
  // (one question asked of each office named, "A和B各自…", answered of only some: each asked alone)
  const eachAlone = eachOfficeAlone(kn, u, state, whole, now, (clause, before) => decide(kn, clause, before, now));
  if (eachAlone) return eachAlone;
  // (questions set out as items, "第一，…第二，…", the whole answer missing one: each item answered alone)
  const items = itemsEachAlone(u, state, whole, (clause, before) => decide(kn, clause, before, now));
  if (items) return items;
  // two questions in one message about different things: the other one's answer too
  const answered = withSecondAsk(kn, u, state, whole, now, firstDecision);
  // (a comparison of the last two answers keeps them: "两年加起来" then "哪年多" compares the same two)
  const out = rule.name === COMPARE_RULE ? { ...answered, state: withKeys(answered.state, { report: state.report, metric: state.metric, text: state.text, reports: state.reports, intent: state.intent }) } : answered;
  // the same figure of another report right after it ("那丁蜀镇呢"): both reports kept, so "两个差多少" compares them
  const s = out.state;
  // (or the same count the texts tell, asked again of another report: "邹城太平镇主动公开多少条" then "那吴起县2023年呢")
  // (or asked in words of its own that count the same thing in the same unit: "桃源街道微信公众号公开了多少条信息" then
  // "那西山区…的公众号2024年发了多少")
  const sameTold =
    !s.metric && !state.metric && (s.intent === PASSAGE_INTENT || s.intent === figuresIntent(kn)?.id) && !!s.text && (s.text === state.text || (state.intent === s.intent && !!state.text && sameCountAsked(s.text, state.text)));
  const previousReport =
    rule.name === COMPARE_RULE ? state.previousReport : (s.metric && state.metric && sameFigure(s.metric, state.metric)) || sameTold ? (state.report && s.report && state.report !== s.report ? state.report : undefined) : undefined;
  const previousRows =
    s.metric && state.metric && s.metric.table === state.metric.table && (s.metric.table === '三' || s.metric.table === '二' || s.metric.table === '四') && s.report === state.report && !s.metric.rows.some((x) => state.metric!.rows.includes(x))
      ? state.metric.rows
      : undefined;
  // (a follow-up naming only an office keeps the year the conversation named)
  const yearNamed = u.slots.years.length === 1 ? u.slots.years[0] : u.followUp.is && u.followUp.onlySlots && !u.slots.years.length ? state.yearNamed : undefined;
  // (the office answered before this one, kept while the conversation stays with this one)
  const otherReport = s.report && state.report && s.report !== state.report ? state.report : s.report && s.report === state.report ? state.otherReport : undefined;
  // (the question before this one, while the conversation stays with one report)
  const previousText = rule.name === COMPARE_RULE ? state.previousText : state.text && s.report && s.report === state.report && s.text !== state.text ? state.text : undefined;
  // (the office not loaded named last, kept until a loaded one is named: "那沭阳…" is still about it)
  const unknownOffice = u.slots.unknownOffices.length === 1 ? u.slots.unknownOffices[0] : u.slots.offices.length ? undefined : state.unknownOffice;
  return { ...out, state: withKeys(s, { at: now.getTime(), previousReport, previousRows, yearNamed, otherReport, previousText, unknownOffice }) };
}

/** Two figure questions ask the same cells (table, rows, columns). */
function sameFigure(a: MetricQuery, b: MetricQuery): boolean {
  return a.table === b.table && a.rows.join() === b.rows.join() && a.cols.join() === b.cols.join();
}

/** Words of a count asked that name nothing of its own (the doing and the items). */
const COUNTED_GENERIC = /^(?:发了|发布|公开|信息|一共|总共|多少|政务|发布了|公开了)$/;

/** Two questions asking a count in the same unit of a thing both name ("微信公众号…多少条信息", "公众号…发了多少"). */
function sameCountAsked(a: string, b: string): boolean {
  const [x, y] = [countAsked(a), countAsked(b)];
  if (!x || !y || x.unit !== y.unit) return false;
  const own = (w: string) => w.length >= 2 && !COUNTED_GENERIC.test(w);
  return x.nouns.filter(own).some((w) => y.nouns.filter(own).some((v) => v.includes(w) || w.includes(v)));
}
