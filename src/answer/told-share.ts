/**
 * The share of a count the text tells within the total its sentence breaks down ("发布各类信息数27条,其中…其他信息23条":
 * 其他信息 23 of 27). The part is the clause naming the thing asked with its count; the whole is the count right before
 * 其中/包括 in the same sentence (or in the fragments of it before, cut at semicolons). A share the text prints beside
 * the part ("常见问题13条,占总数的18.31%") is the report's own: none is computed then.
 */
import type { Report } from '../report/types.js';
import { unitsAlike, type CountAsked } from './retrieve.js';

/** Shares computed from the text's counts, to two places unless the asker says otherwise (as text-arith's). */
const TOLD_SHARE_DECIMALS = 2;
/** Fragments of one sentence looked back through for its total (a breakdown cut at semicolons). */
const FRAGMENTS_BACK = 6;

export interface ToldShare {
  part: number;
  whole: number;
  /** The part's name as the clause gives it. */
  name: string;
  /** The text holding the part: the line given, or a later fragment of its sentence. */
  line: string;
}

/** The passage a line of an answer was taken from (the line is the passage, or a part of it): its index, or -1. */
function passageOf(r: Report, line: string): number {
  return r.passages.findIndex((p) => p.text.includes(line.trim()) || line.includes(p.text.trim()));
}

/** Words every count of the information published or requested holds: they name no part ("信息", "公开", "发布"). */
const PLAIN_NOUN = /^(?:信息|政府信息|政务信息|公开|主动公开|发布|政府|政务|申请|总数|总量|全部|各类|本年|全年|平台|渠道)$/;

/**
 * The clause of `line` naming one of the things asked with its count in the unit — by a word of its own, not only by
 * the words every count holds (so "新媒体平台…占比" never takes "政府信息公开专栏63条"); its count and name.
 */
function partOf(line: string, asked: CountAsked): { v: number; name: string; clause: string } | undefined {
  const unit = new RegExp(`([\\p{Script=Han}“”"]{0,12}?)(\\d+)\\s*(?:余|多)?\\s*[${unitsAlike(asked.unit)}]`, 'u');
  const own = asked.nouns.filter((n) => !PLAIN_NOUN.test(n));
  const clauses = line.split(/[，,；;。]/);
  let best: { v: number; name: string; clause: string; score: number } | undefined;
  for (const [i, clause] of clauses.entries()) {
    // (the whole a breakdown follows, "发布各类信息数27条,其中…", is no part)
    if (/^\s*(?:其中|包括)/.test(clauses[i + 1] ?? '')) continue;
    if (!own.some((n) => clause.includes(n))) continue;
    const score = new Set(asked.nouns.filter((n) => clause.includes(n))).size;
    // (items listed with 、 in one clause, "其中包括部门领导信息1条、…、业务工作24条": the item that names the part)
    const item = clause.includes('、') ? clause.split('、').find((x) => own.some((n) => x.includes(n)) && unit.test(x)) : undefined;
    const m = score ? unit.exec(item ?? clause) : null;
    if (m && (!best || score > best.score)) best = { v: Number(m[2]), name: m[1]!.replace(/^(?:其中|包括|另有|另)+/, '').replace(/[“”"]/g, '') || asked.nouns[0]!, clause, score };
  }
  return best;
}

export function toldShare(r: Report, line: string, asked: CountAsked): ToldShare | undefined {
  // (the part may stand in a later fragment of the sentence: "…20216条,其中,政府信息公开专栏63条;" then "…新媒体平台发布信息18816条")
  let at = passageOf(r, line);
  let text = line;
  let part = partOf(text, asked);
  for (let k = 1; !part && at >= 0 && k <= FRAGMENTS_BACK; k++) {
    const next = r.passages[at + 1];
    if (!next || next.section !== r.passages[at]!.section || /[。]\s*$/.test(r.passages[at]!.text)) break;
    at++;
    text = next.text.trim();
    part = partOf(text, asked);
  }
  // (a share printed beside the part is the report's: quoted with the line, never computed again)
  if (!part || /[%％]/.test(part.clause)) return undefined;
  const whole = toldWhole(r, text, part.clause, asked.unit);
  return whole !== undefined && part.v <= whole ? { part: part.v, whole, name: part.name, line: text } : undefined;
}

/**
 * The whole a part of `line` belongs to: the count in the unit right before 其中/包括 in the part's sentence, before the
 * part's clause (looking back through the fragments the sentence was cut into at semicolons).
 */
export function toldWhole(r: Report, line: string, clause: string, unit: string): number | undefined {
  const at = passageOf(r, line);
  if (at < 0) return undefined;
  const section = r.passages[at]!.section;
  const whole = new RegExp(`(\\d+)\\s*(?:余|多)?\\s*[${unitsAlike(unit)}][^\\d，,。；;]{0,4}[，,]?\\s*(?:其中|包括)`, 'gu');
  for (let k = at; k >= Math.max(0, at - FRAGMENTS_BACK) && r.passages[k]!.section === section; k--) {
    const text = r.passages[k]!.text;
    // (in the part's own fragment, only before the part)
    // (the clause's own 其中 stays with the whole: "71条,其中通知公告信息19条")
    const lead = /^\s*(?:其中|包括)/.exec(clause)?.[0] ?? '';
    const before = k === at ? text.slice(0, Math.max(0, text.indexOf(clause)) + lead.length) : text;
    const t = [...before.matchAll(whole)].at(-1);
    if (t) return Number(t[1]) > 0 ? Number(t[1]) : undefined;
    // (a sentence ending on the count, the breakdown opening the next: "共解读文件23个。" "其中图片解读文件16个,…")
    const ends = k < at && /^\s*(?:其中|包括)/.test(r.passages[k + 1]!.text) ? new RegExp(`(\\d+)\\s*(?:余|多)?\\s*[${unitsAlike(unit)}][^\\d，,。；;]{0,4}[。；;]?\\s*$`, 'u').exec(text) : null;
    if (ends) return Number(ends[1]) > 0 ? Number(ends[1]) : undefined;
    // (a fragment that ends a sentence ends the search: the total is in this sentence or none)
    if (k < at && /[。]\s*$/.test(text)) return undefined;
  }
  return undefined;
}

/** "其他信息 23 ÷ 总数 27 ≈ 85.19%（按报告数字计算）。" */
export function toldShareLine(s: ToldShare, unit: string, decimals = TOLD_SHARE_DECIMALS): string {
  return `${s.name} ${s.part}${unit} ÷ 总数 ${s.whole}${unit} ≈ ${((s.part / s.whole) * 100).toFixed(decimals)}%（按报告数字计算）。`;
}
