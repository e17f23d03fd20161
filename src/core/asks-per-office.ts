/**
 * Several questions in one message answered each alone, in turn: items that each name their own office ("两个问题：1.柳北区…
 * 地址在哪 2.西安市2021年主动公开政策文件多少件") — never one office's answer for both — one question asked of each office named,
 * and items set out ("第一，…第二，…") whose whole-message answer misses one.
 */
import type { Knowledge } from './knowledge.js';
import type { ConvState } from './engine.js';
import type { Outcome } from './respond.js';
import { itemsAsked } from './second-ask.js';
import { understand, type Understanding } from './understanding.js';
import { ASKING } from './patterns.js';

/** Sentences ended by a question mark, a stop or a semicolon ("…多少条？顺便问下大王街道办的电话。", "…地址在哪；…多少人次？"). */
const SENTENCE = /[^?？。！!;；]+[?？。！!;；]?/g;
/** At most this many sentences are answered each of its own office. */
const MAX_SENTENCES = 3;

/** The sentences of a message, two or three, each asking something of its own; else undefined. */
function askingSentences(norm: string): string[] | undefined {
  const all = (norm.match(SENTENCE) ?? []).map((x) => x.trim()).filter(Boolean);
  return all.length >= 2 && all.length <= MAX_SENTENCES && all.every((x) => ASKING.test(x) || /电话|地址|邮编|邮箱|网址/.test(x)) ? all : undefined;
}

/** "Each" said of the offices named ("各自", "分别"): one question asked of every one. */
const EACH_WORD = /各自|分别|各是|各有/g;
/** The words that join office names ("章安街道2024年和莲花山住建局2025年"). */
const OFFICES_JOINED = /和|与|跟|及|以及|、|还有/;

/**
 * One question asked of each office named before it ("章安街道2024年和莲花山住建局2025年，各自的信息公开申请是多少件"):
 * the question asked of each, its own name (and year) first; else undefined.
 */
function oneAskOfEach(u: Understanding): string[] | undefined {
  if (!new RegExp(EACH_WORD.source).test(u.norm) || !u.slots.spans.length) return undefined;
  const end = Math.max(...u.slots.spans.map((sp) => sp.end));
  const head = u.norm.slice(0, end);
  const rest = u.norm.slice(end).replace(EACH_WORD, '').replace(/^[，,\s]*(?:的)?/, '');
  if (!ASKING.test(rest)) return undefined;
  const names = head.split(OFFICES_JOINED).map((x) => x.trim()).filter(Boolean);
  return names.length >= 2 && names.length <= MAX_SENTENCES ? names.map((n) => `${n}${rest}`) : undefined;
}

/** Each item asked (numbered, 一是/二是, or sentences of their own) answered alone when every one names one office and not all the same one; else undefined. */
export function asksPerOffice(kn: Knowledge, u: Understanding, state: ConvState, now: Date, decideOne: (clause: string, state: ConvState) => Outcome): Outcome | undefined {
  if (u.slots.offices.length < 2) return undefined;
  // (set out as items: questions in a row that name two offices may ask one thing of both, "为啥晋城3月才发，福田1月就发了？")
  // (or sentences each ending in its own question mark or stop, "…公开目录信息多少条？顺便问下大王街道办的电话。")
  const asks = itemsAsked(u.norm) ?? askingSentences(u.norm);
  if (!asks) return undefined;
  return eachInTurn(kn, asks, state, now, decideOne);
}

/**
 * One question asked of each office named ("章安街道2024年和莲花山住建局2025年，各自的信息公开申请是多少件") whose answer
 * for the whole message tells only some of them: the question asked of each in turn; else undefined.
 */
export function eachOfficeAlone(kn: Knowledge, u: Understanding, state: ConvState, whole: Outcome, now: Date, decideOne: (clause: string, state: ConvState) => Outcome): Outcome | undefined {
  if (u.slots.offices.length < 2 || u.slots.offices.every((o) => whole.answer.text.includes(o))) return undefined;
  const asks = oneAskOfEach(u);
  return asks ? eachInTurn(kn, asks, state, now, decideOne) : undefined;
}

/** At most this many items set out are answered each alone. */
const MAX_ITEMS = 3;

/** The questions announced before their items ("两个问题：", "以下几个问题", "问题如下"). */
const QUESTIONS_ANNOUNCED = /(?:两|三|四|几|以下|下面|如下)(?:个|几个)?(?:问题|事项?)[:：]|问题如下/;

/**
 * Questions set out as items ("第一，…有几件；第二，…复议的期限是多少天？", "1.… 2.…", "一是…二是…") whose whole-message answer
 * is one item's reading of another's words (第三方 and 期限 read together as the third party's time limit): each item answered
 * alone, in turn, about the report the whole answer used — when every item is answered, and the answer of some item is not
 * already in the whole one; else undefined.
 */
export function itemsEachAlone(u: Understanding, state: ConvState, whole: Outcome, decideOne: (clause: string, state: ConvState) => Outcome): Outcome | undefined {
  const items = itemsAsked(u.norm);
  // (each a question: numbered lines of a table pasted in, "1.本机关不掌握相关政府信息 6 0 0…", ask nothing)
  // (or items named as what is wanted, after the questions are announced: "两个问题：一、…不予公开的件数；二、该年报所载联系电话")
  if (!items || items.length > MAX_ITEMS || whole.answer.kind !== 'answer' || !(items.every((c) => ASKING.test(c) || /[?？]$/.test(c)) || QUESTIONS_ANNOUNCED.test(u.norm))) return undefined;
  const about: ConvState = whole.answer.report ? { ...state, report: whole.answer.report } : state;
  const outs: Outcome[] = [];
  for (const c of items) outs.push(decideOne(c, outs.at(-1)?.state ?? about));
  if (outs.some((o) => o.answer.fallback || o.answer.kind !== 'answer')) return undefined;
  const lead = (o: Outcome) => o.answer.text.split('\n')[0]!.replace(/（来源：.*$/, '').trim();
  if (outs.every((o) => whole.answer.text.includes(lead(o)))) return undefined;
  const text = outs.map((o) => o.answer.text).join('\n\n');
  return { answer: { ...outs[0]!.answer, text }, state: outs.at(-1)!.state };
}

/** Each ask answered in turn when every one names one office and not all the same one; else undefined. */
function eachInTurn(kn: Knowledge, asks: string[], state: ConvState, now: Date, decideOne: (clause: string, state: ConvState) => Outcome): Outcome | undefined {
  const offices = asks.map((c) => understand(kn, c, {}, now).slots.offices);
  if (!offices.every((o) => o.length === 1) || new Set(offices.map((o) => o[0])).size < 2) return undefined;
  // (in turn, each with the conversation as the one before left it: "…收到多少件？那西安市呢" goes on from the first)
  const outs: Outcome[] = [];
  for (const c of asks) outs.push(decideOne(c, outs.at(-1)?.state ?? state));
  const first = outs[0]!;
  const text = outs.map((o) => o.answer.text).join('\n\n');
  return { answer: { ...first.answer, text, fallback: outs.every((o) => o.answer.fallback) }, state: outs.at(-1)!.state };
}
