/**
 * Staff checking a report's arithmetic in the chat ("不予公开的小计和分项加起来对得上吗", "表三数字对得上吗"):
 * a group of table 三 with its reasons added up, or the report's consistency findings (R1–R4, prose vs
 * tables, years) as the load found them. Only the report's own figures; nothing is corrected. Pure.
 */
import { SOURCE, T3_ROW_BY_ID, T3_ROWS } from '../report/format.js';
import type { Finding, Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import type { Rendered } from './render.js';
import { reportLabel } from './render.js';

/** Findings listed in the answer at most (staff run `disclosure-bot check` for all of them). */
const MAX_FINDINGS = 5;

/** A group of reasons of table 三 and its parts added up; undefined when the metric names no group. */
function groupCheck(r: Report, m: MetricQuery): string[] | undefined {
  if (m.table !== '三') return undefined;
  const group = m.rows.map((x) => T3_ROW_BY_ID[x]?.parent ?? x).find((x) => T3_ROWS.some((s) => s.parent === x));
  if (!group) return undefined;
  const label = T3_ROW_BY_ID[group]!.label;
  const parts = T3_ROWS.filter((s) => s.parent === group).map((s) => ({ s, v: r.values[`t3.${s.id}.total`]?.value }));
  if (parts.some((p) => p.v === null || p.v === undefined)) return [`${label}的分项报告未全部列出，无法核对。`];
  const sum = parts.reduce((a, p) => a + (p.v as number), 0);
  const nonZero = parts.filter((p) => (p.v as number) > 0).map((p) => `${p.s.label} ${p.v}`);
  const added = `${label}各分项相加：${nonZero.length ? `${nonZero.join(' + ')} = ${sum} 件` : '全部为 0'}`;
  const total = r.values[`t3.${group}.total`];
  // (the subtotal quoted to be checked, "无法提供 8件 没问题吧": set against it, the year said bare left out)
  const quoted = (m.quoted ?? []).filter((n) => n !== r.year && (r.year === null || n !== r.year % 100));
  const verdict = quoted.length === 1 ? (quoted[0] === (typeof total?.value === 'number' ? total.value : sum) ? `您说的 ${quoted[0]} 件与报告一致，没错。` : `您说的 ${quoted[0]} 件与报告不一致，应为 ${typeof total?.value === 'number' ? total.value : sum} 件。`) : '';
  if (!total || total.value === null) return [`${added}；报告未列出${label}的小计。`];
  if (total.derived) return [`${added}。国家格式的表三不单列${label}小计，本报告的${label}即为 ${sum} 件。${verdict}`];
  return [(total.value === sum ? `${added}，与表中小计 ${total.value} 件一致。` : `${added}，但表中小计为 ${total.value} 件，两者不一致。`) + verdict];
}

/** A figure of table 三 the report's text states in a clause of its own (core/prose-figures.ts toldFigure). */
export type ToldFigure = (r: Report, m: MetricQuery) => { v: number } | undefined;

/**
 * R1 with the report's numbers: 新收 + 上年结转 = 办理结果总计 + 结转下年度 (per the total column). A cell the
 * tables do not give (a page cut before table 三) is taken from the text's own clause, when it states it
 * ("全年新收到政府信息公开申请779件,上年结转…37件,共计办结774件,结转下年办理42件"), and said so.
 */
function balanceCheck(r: Report, m: MetricQuery, told?: ToldFigure): string[] | undefined {
  const ROWS = ['new', 'carried', 'total', 'carry-over'];
  const named = ROWS.filter((x) => m.rows.includes(x));
  if (m.table !== '三' || named.length < 2) return undefined;
  let fromText = false;
  const [a, b, c, d] = ROWS.map((x) => {
    const v = r.values[`t3.${x}.total`]?.value;
    if (typeof v === 'number') return v;
    const t = told?.(r, { table: '三', rows: [x], cols: [], spans: [], rowsExplicit: true });
    if (t) fromText = true;
    return t?.v;
  });
  // (the carry-in alone not told, the year's requests set against what was done and carried on — "受理14件,已办结11件,
  // 余下3件转至2026年办理": the two sides the text gives, and that the carry-in is not told)
  if ((b === null || b === undefined) && [a, c, d].every((x) => typeof x === 'number')) {
    const [na, nc, nd] = [a as number, c as number, d as number];
    const tail = fromText ? '（数字取自报告正文）' : '';
    return [`本年新收 ${na} 件；办理结果总计 ${nc} + 结转下年度 ${nd} = ${nc + nd} 件；${na === nc + nd ? '两者相等，一致' : '两者不相等'}。报告没有写上年结转的件数，无法核对完整的勾稽关系。${tail}`];
  }
  // (the receiving side given, the results cut off — a page that stops inside table 三: the side it gives, added up)
  if (typeof a === 'number' && typeof b === 'number' && [c, d].some((x) => x === null || x === undefined)) {
    const missing = typeof c === 'number' ? `办理结果总计 ${c} 件，结转下年度` : '办理结果总计';
    return [`本年新收 ${a} + 上年结转 ${b} = ${a + b} 件；${missing}报告未列出，无法核对两边是否相等。${fromText ? '（数字取自报告正文）' : ''}`];
  }
  if ([a, b, c, d].some((x) => x === null || x === undefined)) return ['表三收到与办理的数字报告未全部列出，无法核对。'];
  const [left, right] = [(a as number) + (b as number), (c as number) + (d as number)];
  const source = fromText ? '（表中未列出的数字取自报告正文）' : '';
  return [`本年新收 ${a} + 上年结转 ${b} = ${left} 件；办理结果总计 ${c} + 结转下年度 ${d} = ${right} 件；${left === right ? '两边相等，一致。' : '两边不相等，报告数字有误。'}${source}`];
}

/** Several groups named ("不予公开+无法提供+不予处理三项小计加起来"): each subtotal and their sum. */
function groupsSum(r: Report, m: MetricQuery, told?: ToldFigure): string[] | undefined {
  // the results of table 三 named (予以公开, 部分公开 and the groups of reasons), added up
  const groups = m.table === '三' ? m.rows.filter((x) => RESULT_ROWS.has(x) || T3_ROWS.some((s) => s.parent === x)) : [];
  if (groups.length < 2) return undefined;
  // (a cell the tables lack — a page cut before table 三 — taken from the text's own clause, and said so)
  let fromText = false;
  const valueOf = (row: string): number | undefined => {
    const v = r.values[`t3.${row}.total`]?.value;
    if (typeof v === 'number') return v;
    const t = told?.(r, { table: '三', rows: [row], cols: [], spans: [], rowsExplicit: true });
    if (t) fromText = true;
    return t?.v;
  };
  const vs = groups.map((g) => ({ label: T3_ROW_BY_ID[g]!.label, v: valueOf(g) }));
  if (vs.some((x) => x.v === undefined)) return ['所问的小计报告未全部列出，无法相加。'];
  const sum = vs.reduce((a, x) => a + (x.v as number), 0);
  const added = `${vs.map((x) => `${x.label} ${x.v}`).join(' + ')} = ${sum} 件`;
  const note = fromText ? '（表中未列出的数字取自报告正文）' : '';
  // set against the total when it is named ("…加起来等不等于总计")
  const total = m.rows.includes('total') ? valueOf('total') : undefined;
  // (or against the requests received, named as the whole: "…合计多少？跟收到的申请数对得上吗")
  const received = typeof total !== 'number' && m.rows.includes('new') && !(m.quoted ?? []).length ? valueOf('new') : undefined;
  if (typeof received === 'number') return [received === sum ? `${added}，与本年新收申请 ${received} 件相等，一致。${note}` : `${added}，与本年新收申请 ${received} 件不相等（办理结果还应与上年结转、结转下年度一起核对）。${note}`];
  if (typeof total !== 'number') {
    // the whole quoted beside the parts ("接到申请15条 予以公开4条 … 对得上吗"): the sum set against it
    // (the report's year said bare, "南岗区办2022：予以公开4+…=15", is no figure)
    const quotedParts = (m.quoted ?? []).filter((n) => n !== r.year);
    const whole = quotedWhole(quotedParts, vs.map((x) => x.v as number));
    // (each part quoted to be checked against the table, "正文写的不予公开2条、无法提供8条，和表三对得上吗": part by part)
    if (whole === undefined && quotedParts.length === vs.length) {
      const same = vs.every((x, k) => x.v === quotedParts[k]);
      return [`${added}。${same ? '您说的各项与表三的数字一致。' : '您说的数字与表三不一致（以上为表三的数字）。'}${note}`];
    }
    if (whole === undefined) return [`${added}。`];
    return [whole === sum ? `${added}，与所说的 ${whole} 件相等，一致。` : `${added}，与所说的 ${whole} 件不相等。`];
  }
  return [total === sum ? `${added}，与表中总计 ${total} 件相等，一致。${note}` : `${added}，但表中总计为 ${total} 件，两者不一致。${note}`];
}

/**
 * The one quoted number (said once or more) left when the parts' own figures are taken out of the quoted ones (each
 * once): the parts quoted with it ("接到申请15条 予以公开4条 …"), or named only ("予以公开+部分公开+…合计是不是等于答复总数11件").
 */
function quotedWhole(quoted: readonly number[], parts: number[]): number | undefined {
  const rest = [...quoted];
  let named = 0;
  for (const v of parts) {
    const at = rest.indexOf(v);
    if (at < 0) continue;
    named++;
    rest.splice(at, 1);
  }
  // (some parts quoted and some not: what is left may be a part misquoted, no whole)
  if (named && named < parts.length) return undefined;
  return rest.length && new Set(rest).size === 1 ? rest[0] : undefined;
}

/** Results of table 三 that are rows of their own, not groups of reasons. */
const RESULT_ROWS: ReadonlySet<string> = new Set(['granted', 'partial']);

export function consistencyAnswer(r: Report, m: MetricQuery | undefined, told?: ToldFigure): Rendered {
  const group = m ? groupsSum(r, m, told) ?? groupCheck(r, m) ?? balanceCheck(r, m, told) : undefined;
  if (group) return { head: `${reportLabel(r)}：`, lines: group, source: SOURCE['三'], labelled: true };
  const shown = r.findings.filter((f) => f.severity !== 'info');
  // the balance of table 三 with the report's numbers, whatever else was found
  const balance = balanceCheck(r, { table: '三', rows: ['new', 'carried', 'total', 'carry-over'], cols: [], spans: [] }, told) ?? [];
  const lines = shown.length
    ? [
        `读取时发现 ${shown.length} 处需要核对：\n`,
        ...shown.slice(0, MAX_FINDINGS).map((f, i) => `${i + 1}. ${f.message.replace(/[。；]$/, '')}；\n`),
        shown.length > MAX_FINDINGS ? `……另有 ${shown.length - MAX_FINDINGS} 处，可用 disclosure-bot check 查看全部。` : '以上是报告本身的数字，机器人未作改动。',
      ]
    : ['表二、表三、表四的勾稽关系（各列之和、收到与办理的平衡、复议诉讼各结果之和）均一致，读取时未发现问题。'];
  return { head: `${reportLabel(r)}报告核对：`, lines: [...lines, ...balance.map((b) => `\n表三：${b}`)], labelled: true };
}

/** Numbers the asker quotes ("正文说258件", "总计却填的0"), not years (2024年, "2025年报") or table numbers (表三). */
export function quotedNumbers(norm: string): number[] {
  const out: number[] = [];
  for (const m of norm.matchAll(/(?<![\d表第])(\d+)(?![\d]|\s*年)/g)) out.push(Number(m[1]));
  return out;
}

/**
 * The load's findings about what is asked: those that state a number the asker quotes, else those of the
 * row asked (its table row or its R-rule row), none otherwise. Info-level notes are left out.
 */
export function findingsOf(r: Report, quoted: number[], m: MetricQuery | undefined): Finding[] {
  const shown = r.findings.filter((f) => f.severity !== 'info');
  const numbered = quoted.length ? shown.filter((f) => quoted.some((n) => mentions(f, n))) : [];
  if (numbered.length) return numbered;
  const rows = m?.rows ?? [];
  return rows.length ? shown.filter((f) => f.row && rows.some((x) => f.row === x || f.row!.endsWith(`.${x}`) || f.row!.includes(`.${x}.`))) : [];
}

/** A finding states the number: in its numbers, or as a whole number in its message. */
function mentions(f: Finding, n: number): boolean {
  // (a count in its message, with its measure word: not a number inside a quoted sentence, "第五十条", "2021 年")
  return f.numbers?.includes(n) || new RegExp(`(?<![\\d.])${n}\\s*(?:件|条|个|项|人|次|宗)`).test(f.message);
}

/** The findings about what was asked, as the load worded them; nothing is corrected. */
export function findingsAnswer(r: Report, findings: Finding[]): Rendered {
  const lines = findings.slice(0, MAX_FINDINGS).map((f, i) => `${findings.length > 1 ? `${i + 1}. ` : ''}${f.message.replace(/[。；]$/, '')}。\n`);
  lines.push('以上是报告本身的数字不一致之处，机器人未作改动；以哪个为准请向发布机关核实。');
  return { head: `${reportLabel(r)}报告核对：`, lines, labelled: true };
}
