/** Facts several rules share, derived from the Understanding (memoised per Understanding). */
import type { Intent } from '../../answer/intents.js';
import type { Scored } from '../../understand/classifier.js';
import type { ConvState } from '../engine.js';
import { handlerOf, narrative, reportFree, topicOf } from '../handlers.js';
import type { Knowledge } from '../knowledge.js';
import { CONTACT_ALL, CONTACT_FIELD_NOUNS, CONTACT_WORDS, PAST_ASKED, REPORT_TWINS } from '../patterns.js';

/** The address intent (intents/contact.yml). */
const ADDRESS = 'contact.address';
/** The single-detail contact intents (not the whole block, the department or office hours). */
const FIELD_INTENTS = new Set(CONTACT_FIELD_NOUNS.map(([, id]) => id));
import { pickReport } from '../select.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { questionKind, type Understanding } from '../understanding.js';
import { cutSpans } from '../../understand/slots.js';
import type { Decision } from './types.js';

export const top = (u: Understanding): Scored<Intent> | undefined => u.candidates[0];
export const topScore = (u: Understanding): number => u.candidates[0]?.score ?? 0;
export const namesReport = (u: Understanding): boolean => Boolean(u.slots.years.length || u.slots.offices.length || u.slots.unknownOffices.length);

/**
 * The message without the report names and years it holds: "临朐县天气怎么样" must not be covered by the
 * passage that holds the address 临朐县民主路1号 — the office name is how the report was chosen, not what is asked.
 */
export function withoutSlots(u: Understanding): string {
  return u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
}

/** A passage of the picked report covering the question at least this much, as a decision. */
export function passage(kn: Knowledge, u: Understanding, state: ConvState, coverage: number): Decision | undefined {
  const pick = pickReport(kn, u.slots, state);
  if (!pick.report) return undefined;
  // a how-many question needs a passage with a number in it
  const n = narrative(pick.report, withoutSlots(u), u.quantity, coverage, true);
  if (!n) return undefined;
  return { kind: 'passage', report: pick.report, parts: n.parts };
}

/** The final reading of the candidates, after the rules that may take a question elsewhere. */
export interface Choice {
  best?: Scored<Intent>;
  /** The intent to carry out (may differ from best: the whole contact block, a report's own answer). */
  chosen?: Intent;
  runnerUp?: Scored<Intent>;
  /** best and runnerUp are too close to choose. */
  close: boolean;
}

/** Kept on the Understanding itself (a WeakMap of short-lived keys costs the garbage collector more). */
const CHOICE = Symbol('choice');
type WithChoice = Understanding & { [CHOICE]?: Choice };

export function choice(u: Understanding, kn: Knowledge): Choice {
  return ((u as WithChoice)[CHOICE] ??= choose(u, kn));
}

/**
 * Kinds that tell near matches apart. Not yes/no: "能不能告诉我他们的电话" asks for the phone, the
 * 能不能 is politeness.
 */
const DECIDING_KINDS: ReadonlySet<string> = new Set(['how', 'who', 'where', 'why', 'duration', 'count']);

/** Between two near matches, the one whose example asks the question's kind ("怎么申请…" → how, not who). */
function preferKind(cands: Scored<Intent>[], u: Understanding): Scored<Intent>[] {
  const [lead, next] = cands;
  if (!lead || !next || !DECIDING_KINDS.has(u.kind) || lead.score - next.score >= POLICY.kindMargin || lead.item.fallback || next.item.fallback) return cands;
  return questionKind(lead.example) !== u.kind && questionKind(next.example) === u.kind ? [next, lead, ...cands.slice(2)] : cands;
}

/**
 * A contact intent made exact by the details the question names: two or more → the whole block; one →
 * that detail (also over the whole block); none and asked where ("在哪办公") → the address.
 */
function contactChoice(u: Understanding, kn: Knowledge, chosen: Intent, fields: [RegExp, string][]): Intent {
  if (CONTACT_WORDS.filter(([re]) => re.test(u.norm)).length >= 2 && kn.byId.has(CONTACT_ALL)) return kn.byId.get(CONTACT_ALL)!;
  const field = fields.length === 1 ? kn.byId.get(fields[0]![1]) : !fields.length && u.kind === 'where' ? kn.byId.get(ADDRESS) : undefined;
  return field && (FIELD_INTENTS.has(chosen.id) || chosen.id === CONTACT_ALL) ? field : chosen;
}

function choose(u: Understanding, kn: Knowledge): Choice {
  // elliptical follow-up ("要多久？") with a weak match: read with the previous question
  const cands = preferKind(u.followUp.joined ?? u.candidates, u);
  const best = cands[0];
  if (!best) return { close: false };
  const contact = topicOf(best.item).contact;
  // contact details named by their nouns (电话, 地址 …)
  const fields = contact ? CONTACT_FIELD_NOUNS.filter(([re]) => re.test(u.norm)) : [];
  let chosen = contact ? contactChoice(u, kn, best.item, fields) : best.item;
  const runnerUp = cands.find((c) => c.item.id !== best.item.id && !c.item.fallback && !topicOf(c.item).neverAnOption);
  // a contact detail named settles a near call against another topic ("能不能告诉我他们的电话")
  let close =
    !!runnerUp && best.score - runnerUp.score < THRESHOLDS.margin && runnerUp.item.topic !== best.item.topic && !best.item.fallback && !topicOf(best.item).neverAnOption && !fields.length;
  const named = u.slots.offices.length || u.slots.years.length;
  // the figures intent matched by "几件" alone, with no figure word in the question, barely leads another
  // intent that names the subject ("每个月几件以内不收费" → the fee rules)
  const second = cands.find((c) => c.item.id !== best.item.id && !c.item.fallback);
  if (handlerOf(best.item)?.figures && !u.metric && second && best.score - second.score < POLICY.figureWithoutWordsMargin) {
    return { best: second, chosen: second.item, runnerUp: cands.find((c) => c.item.id !== second.item.id && !c.item.fallback), close: false };
  }
  // asked in the past ("收了多少钱", "收费了没"): with a report named, or with the rules and the report's own
  // answer neck and neck, what the report says happened
  const past = PAST_ASKED.test(u.norm);
  const twinId = REPORT_TWINS[chosen.id];
  const neck = close && runnerUp?.item.id === twinId;
  const twin = past && (named || neck) ? kn.byId.get(twinId ?? '') : undefined;
  if (twin) return { best, chosen: twin, runnerUp: undefined, close: false };
  const other = past && close && runnerUp && REPORT_TWINS[runnerUp.item.id] === best.item.id ? best.item : undefined;
  if (other) return { best, chosen: other, runnerUp: undefined, close: false };
  if (runnerUp && named && reportFree(best.item) && !reportFree(runnerUp.item) && best.score - runnerUp.score < POLICY.namedReportMargin && runnerUp.score >= THRESHOLDS.clarify) close = true;
  if (close && runnerUp && named && reportFree(best.item) !== reportFree(runnerUp.item)) {
    // "南岗区收信息处理费了吗": naming a report means the report's answer
    chosen = reportFree(best.item) ? runnerUp.item : best.item;
    close = false;
  }
  return { best, chosen, runnerUp, close };
}
