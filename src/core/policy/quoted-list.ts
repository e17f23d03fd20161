/**
 * Rule for a list of figures quoted to be checked one by one ("我稿子里写了：收到申请15件，予以公开5件，无法提供8件，
 * 现行有效规范性文件18件。帮我核对一下哪个不对"): each figure against the report's table cell, said right or wrong.
 */
import { fmt, val } from '../../answer/cells.js';
import { reportLabel } from '../../answer/render.js';
import { T2_ROWS, T3_ROW_BY_ID, T4_COLUMNS, T4_GROUPS } from '../../report/format.js';
import type { Report } from '../../report/types.js';
import { findMetric, type MetricQuery } from '../../understand/metrics.js';
import { cutSpans } from '../../understand/slots.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Asked whether the figures listed are right, or which is wrong. */
const CHECK_EACH = /哪(?:个|些|一个|几个|项)(?:数字|数据|数)?(?:不对|错了|有误|写错|不准)|(?:核对|核实|核一下|核查|帮我看看|看看)[^，。？?]{0,6}(?:对不对|有没有错|有无错误|是否正确|准不准)?|有没有(?:写)?错|对不对|是否正确|对吗|没错吧|没问题吧/;
/** A sum or a balance asked: the consistency rule's question, not one figure after another. */
const SUM_OR_BALANCE = /加起来|相加|合计|总和|之和|等于|等不等于|勾稽|平衡|对得上/;
/** A clause quoting one count ("予以公开5件", "现行有效规范性文件18件"). */
const QUOTED_COUNT = /(?<![\d.])(\d{1,6})\s*(?:件|个|条|项|起|宗)(?![\d])/;
/** Where the list's clauses part. */
const CLAUSE_BREAK = /[，,；;。、]/;
/** Fewer quoted figures than this are the other check rules' (one figure checked). */
const MIN_FIGURES = 2;

interface Checked {
  label: string;
  quoted: number;
  actual: number;
  unit: string;
  /** Read from a blank table (no case recorded), not a printed cell. */
  blank?: boolean;
}

/** The one table cell a clause names, as a label and its key; undefined when it names none, or several. */
function cellOf(m: MetricQuery | undefined): { key: string; label: string; unit: string } | undefined {
  if (!m || m.rows.length !== 1 || m.cols.length > 1) return undefined;
  const row = m.rows[0]!;
  if (m.table === '三') {
    const col = m.cols[0] ?? 'total';
    const label = T3_ROW_BY_ID[row]?.label;
    return label && col === 'total' ? { key: `t3.${row}.total`, label, unit: '件' } : undefined;
  }
  if (m.table === '二') {
    const spec = T2_ROWS.find((r) => r.id === row);
    const cols = spec ? Object.keys(spec.cols) : [];
    const col = m.cols[0] ?? (cols.length === 1 ? cols[0] : undefined);
    return spec && col && col in spec.cols ? { key: `t2.${row}.${col}`, label: `${spec.label}（${spec.cols[col as keyof typeof spec.cols]}）`, unit: col === 'amount' ? '万元' : col === 'count' ? '项' : '件' } : undefined;
  }
  // (review or suit cases, "行政复议3起": the group's total)
  if (m.table === '四' && (m.cols.length === 0 || m.cols[0] === 'total')) {
    const group = T4_GROUPS.find((g) => g.id === row);
    return group ? { key: `t4.${row}.total`, label: group.label, unit: '件' } : undefined;
  }
  return undefined;
}

/** Table 四 printed with no figure at all (a blank table, not one cut off): no case is recorded — 0 of each. */
function blankTable4(r: Report): boolean {
  const all = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => val(r, `t4.${g.id}.${c.id}`)));
  const absent = r.findings.some((f) => f.rule === 'missing-table' || f.rule === 'no-tables' || (f.rule === 'missing-section' && f.message.includes('四')));
  return all.every((v) => v === null || v === undefined) && !absent;
}

function checkList(r: Report, clauses: string[], lexicon: Parameters<typeof findMetric>[1]): Checked[] | undefined {
  const out: Checked[] = [];
  for (const c of clauses) {
    const q = QUOTED_COUNT.exec(c);
    if (!q) continue;
    const cell = cellOf(findMetric(c, lexicon));
    if (!cell) return undefined;
    const cellValue = val(r, cell.key);
    // (a case count of a blank table 四: none recorded)
    const actual = typeof cellValue === 'number' ? cellValue : cell.key.startsWith('t4.') && blankTable4(r) ? 0 : undefined;
    if (actual === undefined) return undefined;
    out.push({ label: cell.label, quoted: Number(q[1]), actual, unit: cell.unit, ...(typeof cellValue === 'number' ? {} : { blank: true }) });
  }
  return out.length >= MIN_FIGURES ? out : undefined;
}

export const quotedListChecked: Rule = {
  name: 'quoted-list-checked',
  doc: 'Several figures quoted, each with its row, to be checked ("收到申请15件，予以公开5件，无法提供8件…帮我核对一下哪个不对"): each against its table cell, right or wrong, no sum made of them.',
  decide: (u, state, kn) => {
    if (!CHECK_EACH.test(u.norm) || SUM_OR_BALANCE.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    // (the office and year named are no figures: "南岗区政府办2022年收到申请15件")
    const text = u.slots.spans.length ? cutSpans(u.norm, u.slots.spans) : u.norm;
    const checked = checkList(r, text.split(CLAUSE_BREAK), kn.lexicon);
    if (!checked) return undefined;
    const wrong = checked.filter((c) => c.quoted !== c.actual);
    const lines = checked.map((c) =>
      c.quoted === c.actual
        ? `“${c.label}”${fmt(c.quoted)} ${c.unit}：对，与报告一致。`
        : c.blank
          ? `“${c.label}”：您写的 ${fmt(c.quoted)} 与报告不一致，报告第四部分的表格是空白的，未记载${c.label}案件。`
          : `“${c.label}”：您写的 ${fmt(c.quoted)} 与报告不一致，报告为 ${fmt(c.actual)} ${c.unit}。`,
    );
    const head = `${reportLabel(r)}逐项核对：${wrong.length ? `有 ${wrong.length} 处不对。` : '都对，与报告一致。'}`;
    return { kind: 'passage', report: r, parts: { head, lines, labelled: true } };
  },
};
