/**
 * A report's own sum told in words, checked: "全州主动公开各类政府信息55236条。其中,指南信息305条,…其他信息14160条"
 * — the parts after 其中 added up and set against the total before it (and against a total the asker quotes).
 * For pages whose tables were cut, or figures no table holds (主动公开 by kind of information).
 */
import { reportLabel, type Rendered } from './render.js';
import type { Report } from '../report/types.js';
import { escapeRegExp } from '../escape.js';

/** A count with its measure word; 余/多 marks an approximate one ("20余条"). */
const COUNT = /(\d+(?:\.\d+)?)\s*(余|多)?\s*([条件个篇项份期])/g;
/** Where the breakdown starts. */
// (or announced with 如下: "具体类别如下:基层政务公开信息201条,…")
const BREAKDOWN = /其中|包括|分别为|分别是|具体为|具体(?:类别|分类|情况)?如下|分类如下/;
/** A clause that starts over after the breakdown ("，全年发布…", "；此外…"): no part of it. */
const BREAKDOWN_OVER = /[,，;；。]\s*(?:全年|本年度?|年内|另外|此外|同时|另有|另|还)/;
/** Fewer parts than this are no breakdown worth adding up. */
const MIN_PARTS = 2;

export interface ProseSum {
  text: string;
  total: number;
  unit: string;
  parts: number[];
  approximate: boolean;
}

/** The total and its parts in a text ("…共1528条,其中,…1380条,…5条"), when it has both in one unit. */
/** Measure words a part of a total may be counted in besides the total's own ("政府信息108条,其中,公开领导介绍4项;…"). */
const PART_UNITS: Readonly<Record<string, string>> = { 条: '项' };
/** Measures of the channels' own counts ("公众号发布信息315篇", "视频号发布73期"), read as parts of a total in 条 when asked by channel. */
const CHANNEL_UNITS: Readonly<Record<string, string>> = { 条: '项篇期' };

export function sumInText(text: string, byChannel = false): ProseSum | undefined {
  const at = text.search(BREAKDOWN);
  if (at < 0) return undefined;
  const head = [...text.slice(0, at).matchAll(COUNT)];
  const last = head.at(-1);
  if (!last) return undefined;
  const unit = last[3]!;
  // (a part's own breakdown in brackets, "通知公告29条(其中行政处罚27条)", is no part of its own)
  // (the breakdown ends where a clause starts over with the year or another matter: "…信息公开目录信息1799条,全年发布各类解读信息42条")
  const rest = text.slice(at);
  const end = rest.search(BREAKDOWN_OVER);
  const tail = [...(end > 0 ? rest.slice(0, end) : rest).replace(/[（(][^（()）]*[）)]/g, '').matchAll(COUNT)].filter((m) => m[3] === unit || ((byChannel ? CHANNEL_UNITS : PART_UNITS)[unit] ?? '').includes(m[3]!));
  if (tail.length < MIN_PARTS) return undefined;
  return { text, total: Number(last[1]), unit, parts: tail.map((m) => Number(m[1])), approximate: tail.some((m) => !!m[2]) };
}

/** The answer: the text, the parts added up and set against its total (and a quoted one). */
/** `why`: the question asks why they differ — the report gives no reason, said so (never one made up). */
export function proseSumAnswer(r: Report, s: ProseSum, quoted: readonly number[], source: string, why = false): Rendered {
  const sum = s.parts.reduce((a, b) => a + b, 0);
  // (a subtotal quoted that the parts make up: "网站发布3832篇，是不是等于概况类、政务动态、信息公开目录三项相加"
  // inside "全年…19135条，其中网站3832篇，概况类269条…" — the parts against the subtotal, the total being larger)
  const subtotal = sum !== s.total && sum < s.total && quoted.includes(sum) && new RegExp(`(?<![\\d.])${sum}(?![\\d.])`).test(s.text);
  const verdict = subtotal
    ? `等于您说的、报告也写明的 ${sum}，一致（报告所写的 ${s.total} ${s.unit}是更大的总数，还含其他项）`
    : sum === s.total ? `与报告所写的总数 ${s.total} ${s.unit}相等，一致` : `与报告所写的总数 ${s.total} ${s.unit}不相等，相差 ${Math.abs(s.total - sum)} ${s.unit}`;
  const lines = [`报告正文写道：${s.text}`, `其中各项相加：${s.parts.join(' + ')} = ${sum} ${s.unit}，${verdict}（按报告数字计算${s.approximate ? '，约数按所写数字计' : ''}）。`];
  const other = quoted.find((q) => q !== s.total && q !== sum && !s.parts.includes(q) && q >= Math.max(...s.parts));
  if (other !== undefined) lines.push(`您说的 ${other} ${s.unit}与报告的数字不同。`);
  // (fewer than the total: the rest is not listed — the report names only some of the kinds)
  if (why && sum < s.total && !subtotal) lines.push(`报告没有说明分项之和与总数不一致的原因，也没有列出其余 ${s.total - sum} ${s.unit}是哪些，可向该机关核实。`);
  else if (why && sum !== s.total && !subtotal) lines.push('报告没有说明分项之和与总数不一致的原因，可向该机关核实。');
  return { head: `${reportLabel(r)}：`, lines, source, labelled: true };
}

/** Items named to be added up: "线上加线下", "文字、图片、视频、线下、新闻发布会这几种" (2–6 characters each). */
const JOINER = '(?:加上|加(?!起来|总|在一起|一起|到一起)|和|与|、|及|以及|\\s*[+＋]\\s*)';
const ITEM_JOIN = new RegExp(`([\\p{Script=Han}]{2,6}?)(?=${JOINER}[\\p{Script=Han}]{2})`, 'gu');
const ITEM_AFTER_JOIN = new RegExp(`${JOINER}([\\p{Script=Han}]{2,6})`, 'gu');
/** Where an item's words end ("新闻发布会这几种" → 新闻发布会; "常见问题两类" → 常见问题). */
const ITEM_END = /(?:这|那|等|几|一共|合计|总共|加起|加上|加总|[两二三四五六七八九十]+[类项种样块]).*$/;

/** Quotation marks around an item. */
const QUOTE_MARKS = /[“”"‘’「」『』]/g;

/** The items a sum question names, in order (none when fewer than two). */
export function itemsAsked(question: string): string[] {
  const items = new Set<string>();
  // (items quoted as the report writes them: "“信息不存在”和“非本机关制作或保存”的加起来")
  question = question.replace(QUOTE_MARKS, '');
  for (const m of question.matchAll(ITEM_JOIN)) items.add(m[1]!.replace(ITEM_END, ''));
  for (const m of question.matchAll(ITEM_AFTER_JOIN)) items.add(m[1]!.replace(ITEM_END, ''));
  // (an item inside another named, "部分公开" of "予以公开及部分公开": the longer one)
  const all = [...items].filter((x) => x.length >= 2);
  return all.filter((x) => !all.some((y) => y !== x && y.includes(x)));
}

/**
 * The counts of the items named, each the first count after it in its clause ("线上信息公开申请65件",
 * "图片解读3份"), all in one unit: their sum. Undefined unless every item is counted.
 */
export function sumOfItems(text: string, items: string[]): { parts: { item: string; v: number }[]; unit: string; sum: number } | undefined {
  const parts: { item: string; v: number; unit: string }[] = [];
  // (where each count stands: two items counted by one figure, "予以公开及部分公开18件", are counted together — no sum)
  const at = new Set<number>();
  for (const item of items) {
    // the item's shortest form that the text holds (线上 in "受理线上信息公开申请65件"; 新闻发布会 as written)
    // (the words right before a joiner end the item, the words after one begin it: "年报里文字" → 文字)
    const keys: string[] = [];
    for (let n = item.length; n >= 2; n--) keys.push(item.slice(-n), item.slice(0, n));
    const key = keys.find((k) => text.includes(k));
    if (!key) return undefined;
    const m = new RegExp(`${key}[^，。；,;、\\d]{0,12}?(\\d+)\\s*([件条个篇项份场次])`).exec(text);
    if (!m) return undefined;
    const where = m.index + m[0].length;
    if (at.has(where)) return undefined;
    at.add(where);
    parts.push({ item: key, v: Number(m[1]), unit: m[2]! });
  }
  if (parts.length < 2 || new Set(parts.map((p) => p.unit)).size !== 1) return undefined;
  return { parts, unit: parts[0]!.unit, sum: parts.reduce((a, p) => a + p.v, 0) };
}

/** Characters allowed between two items joined and the conjunction ("目录和我局专题专栏": 我局). */
const JOINED_ITEMS_CHARS = 6;
/** Two items joined in one clause with their joint count after them ("目录和我局专题专栏共188条"): the report's own sum. */
export function jointCount(r: Report, items: string[]): { sentence: string; count: string; section: string } | undefined {
  const [a, b] = items;
  if (items.length !== 2 || !a || !b) return undefined;
  const joined = (x: string, y: string) => new RegExp(`${escapeRegExp(x)}[^，。；,;、\\d]{0,${JOINED_ITEMS_CHARS}}?[和及与][^，。；,;、\\d]{0,${JOINED_ITEMS_CHARS}}?${escapeRegExp(y)}[^，。；,;\\d]{0,4}?(?:共计|合计|总计|一共|共)\\s*(\\d+\\s*[条件篇项个])`);
  for (const p of r.passages) {
    for (const sentence of p.text.split(/(?<=[。；;])/)) {
      const m = joined(a, b).exec(sentence) ?? joined(b, a).exec(sentence);
      if (m) return { sentence: sentence.trim(), count: m[1]!.replace(/\s+/g, ''), section: p.section };
    }
  }
  return undefined;
}
