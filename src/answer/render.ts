/** Report content → Chinese answer text: templates, figures with their context, sections. */
import { reviewBody } from './review-body.js';
import { cellsOf, checkLine, differenceLine, fmt, val } from './cells.js';
import { renderT2 } from './render-t2.js';
import { METRIC_BY_ID, SOURCE, T3_COLUMN_LABEL, T3_ROW_BY_ID, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../report/format.js';
import type { Passage, Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';

/** How a line giving a figure's legal basis opens ("依据：《条例》第三十六条…"): handlers tell such lines apart by it. */
export const BASIS_LABEL = '依据：';

/**
 * An answer in parts, so the core combines answers (several reports, notes, fallbacks) without ever
 * re-reading its own text. The text a channel sends is `textOf(parts)`: note + head + lines + source.
 */
export interface Rendered {
  /** Said first, on its own ("目前只有2023年及以前的报告…\n"). */
  note?: string;
  /** The opening: "南岗区人民政府办公室2022年：", "据…报告：", or empty. */
  head: string;
  /** The body; each line carries its own punctuation or line break. */
  lines: string[];
  /** Where in the report it comes from, shown as a last line "（来源：…）". */
  source?: string;
  /** The text names its report (so several reports' answers need no extra label). */
  labelled: boolean;
  /** The report could not answer (figure not given, field missing). */
  missing?: boolean;
}

/** A line that ends in the middle of its words (a sentence of a page cut off: "…我局未收到政府信息公开申"). */
const ENDS_CUT = /[\p{Script=Han}\dA-Za-z]$/u;

export function textOf(p: Rendered): string {
  // (a quote cut off is marked so before the next line, never run into it: "…公开申……即…0 件。")
  // (unless the next line is the note that says so, which opens with its own mark)
  const body = p.lines.map((l, i) => (i < p.lines.length - 1 && ENDS_CUT.test(l) && !p.lines[i + 1]!.startsWith('……') ? `${l}……` : l)).join('');
  return `${p.note ?? ''}${p.head}${body}${p.source ? `\n（来源：${p.source}）` : ''}`;
}

/** Plain text as one part (templates, lists, help). */
export function plain(text: string, labelled = false, missing?: boolean): Rendered {
  return { head: '', lines: [text], labelled, ...(missing === undefined ? {} : { missing }) };
}

/** "南岗区人民政府办公室2022年" */
export function reportLabel(r: Report): string {
  return `${r.office}${r.year ? `${r.year}年` : ''}`;
}

/** A year run into its month, as some pages print it ("20201月1日", "202012月31日"). */
const YEAR_WITHOUT_NIAN = /((?:19|20)\d{2})(?=\d{1,2}月)/g;
/** The end day run together ("2019年1231"). */
const END_RUN_TOGETHER = /年1231(?!\d)/;

/**
 * The period as printed, and when the page left out a character, how it reads ("自20201月1日起至202012月31日止" →
 * 2020年1月1日 … 2020年12月31日): staff checking the sentence see the slip, citizens the dates.
 */
function periodAsRead(period: string): string {
  const read = period.replace(YEAR_WITHOUT_NIAN, '$1年').replace(END_RUN_TOGETHER, '年12月31日');
  return read === period ? period : `${period}（原文如此，漏了字，应读作：${read}）`;
}

function fieldValue(report: Report | undefined, field: string): string | undefined {
  if (!report) return undefined;
  if (field.startsWith('contact.')) return report.contact[field.slice(8) as keyof Report['contact']];
  switch (field) {
    case 'office':
      return report.office;
    case 'year':
      return report.year ? String(report.year) : undefined;
    case 'title':
      return report.title;
    case 'period':
      return report.period && periodAsRead(report.period);
    case 'published':
      return report.published;
    case 'pageSource':
      return report.pageSource;
    case 'indexNo':
      return report.indexNo;
    case 'fee':
      return report.feeStatement;
    case 'review':
      return reviewBody(report.office);
  }
  return undefined;
}

/**
 * A field that only labels its line ("{contact.department}地址：…") when the report names no department:
 * the office itself, so that the address it does give is not dropped with the label.
 */
function standIn(report: Report | undefined, field: string): string | undefined {
  return field === 'contact.department' ? report?.office : undefined;
}

/**
 * Fills {field}s from the report. A line naming a field the report does not give is dropped;
 * returns null when no line that names a field could be filled (the report has none of it).
 */
export function fillTemplate(template: string, report: Report | undefined): string | null {
  const lines = template.trim().split('\n');
  const out: string[] = [];
  let withFields = 0;
  let filled = 0;
  for (const line of lines) {
    const fields = [...line.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
    if (!fields.length) {
      out.push(line);
      continue;
    }
    withFields++;
    const values = fields.map((f) => fieldValue(report, f) ?? standIn(report, f));
    // (a line of several labelled fields, "本机关：{…}，地址：{…}，邮编：{…}，电话：{…}": a field the report lacks takes only
    // its own "，label：{field}" piece with it; the line stays when its first field is there)
    const lacking = fields.filter((_, i) => values[i] === undefined || values[i] === '');
    if (lacking.length && fields.length >= 2 && !lacking.includes(fields[0]!)) {
      let trimmed = line;
      for (const f of lacking) trimmed = trimmed.replace(new RegExp(`[，、][^，、{}]{1,8}[：:]\\{${f.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\}`), '');
      if (!/\{([^{}]+)\}/.test(trimmed) || [...trimmed.matchAll(/\{([^{}]+)\}/g)].every((m) => !lacking.includes(m[1]!))) {
        out.push(trimmed.replace(/\{([^{}]+)\}/g, (_, f: string) => fieldValue(report, f) ?? standIn(report, f) ?? ''));
        filled++;
        continue;
      }
    }
    if (values.some((v) => v === undefined || v === '')) {
      // "{office}" alone missing is harmless in greetings: drop just the field
      if (fields.every((f, i) => values[i] !== undefined || f === 'office' || f === 'year')) {
        out.push(line.replace(/\{([^{}]+)\}/g, (_, f: string) => fieldValue(report, f) ?? standIn(report, f) ?? ''));
        filled++;
      }
      continue;
    }
    out.push(line.replace(/\{([^{}]+)\}/g, (_, f: string) => fieldValue(report, f) ?? standIn(report, f) ?? ''));
    filled++;
  }
  if (withFields > 0 && filled === 0 && !out.some((l) => l.trim())) return null;
  return out.join('\n').trim();
}

/** Does the template's first line that names fields lack one in this report (the main fact is missing)? */
export function leadMissing(template: string, report: Report | undefined): boolean {
  const lead = template.trim().split('\n').find((l) => /\{[^{}]+\}/.test(l));
  if (!lead) return false;
  return [...lead.matchAll(/\{([^{}]+)\}/g)].some((m) => m[1] !== 'office' && m[1] !== 'year' && !fieldValue(report, m[1]!) && !standIn(report, m[1]!));
}

// ---------------------------------------------------------------- figures

const T3_PHRASE: Record<string, string> = {
  new: '本年新收政府信息公开申请',
  carried: '上年结转的政府信息公开申请',
  granted: '办理结果为“予以公开”的申请',
  partial: '办理结果为“部分公开”的申请',
  total: '本年度办理结果总计',
  'carry-over': '结转下年度继续办理的申请',
};

function t3Phrase(row: string): string {
  if (T3_PHRASE[row]) return T3_PHRASE[row]!;
  const r = T3_ROW_BY_ID[row]!;
  if (r.parent) return `因“${r.label}”而${T3_ROW_BY_ID[r.parent]!.label}的申请`;
  return `办理结果为“${r.label}”的申请`;
}

/** The applicants of a row of table 三 ("（申请人：法律服务机构 1 件）"), those with a count above 0. */
function applicants(r: Report, row: string): string {
  const parts = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other']
    .map((c) => ({ c, v: val(r, `t3.${row}.${c}`) }))
    .filter((x) => typeof x.v === 'number' && x.v > 0)
    .map((x) => `${T3_COLUMN_LABEL[x.c]} ${fmt(x.v as number)} 件`);
  return parts.length ? `（申请人：${parts.join('，')}）` : '';
}

function subBreakdown(r: Report, group: string, col: string, zeros = false): string {
  const parts = T3_ROWS.filter((x) => x.parent === group)
    .map((x) => ({ label: x.label, v: val(r, `t3.${x.id}.${col}`) }))
    .filter((x) => typeof x.v === 'number' && (x.v > 0 || zeros))
    .map((x) => `${x.label} ${fmt(x.v as number)} 件`);
  return parts.length ? `（其中${parts.join('，')}）` : '';
}

/** The legal basis of each reason of a result that the report counts above 0 ("保护第三方合法权益：依据…"). */
function reasonBases(r: Report, row: string): string[] {
  return T3_ROWS.filter((x) => x.parent === row && x.basis)
    .filter((x) => { const v = val(r, `t3.${x.id}.total`); return typeof v === 'number' && v > 0; })
    .map((x) => `${x.label}：依据${x.basis}`);
}

function renderT3(r: Report, q: MetricQuery): { lines: string[]; missing: boolean } {
  // an applicant column comes with its row's total: the column may have been named in passing ("转一位市民的
  // 咨询：…予以公开的一共有多少件"), and the total is the figure of the row in any case
  const cols = q.cols.length ? (q.cols.includes('total') ? q.cols : ['total', ...q.cols]) : ['total'];
  const lines: string[] = [];
  let missing = false;
  for (const row of q.rows) {
    for (const col of cols) {
      const v = val(r, `t3.${row}.${col}`);
      if (v === null || v === undefined) {
        missing = true;
        lines.push(`报告未列出${col === 'total' ? '' : `${T3_COLUMN_LABEL[col]}的`}${t3Phrase(row)}数量。`);
        // (the basis asked is the regulation's, whatever the report counts: "这是依据条例哪一条")
        // (not beside applicants' columns asked: each of them is said not listed too, and the answer would run long)
        const ruleOf = q.basis && col === 'total' && cols.length === 1 ? T3_ROW_BY_ID[row]?.basis : undefined;
        if (ruleOf) lines.push(`${BASIS_LABEL}${ruleOf}`);
        continue;
      }
      const who = col === 'total' ? '' : `${T3_COLUMN_LABEL[col]}：`;
      let line = `${who}${t3Phrase(row)} ${fmt(v)} 件`;
      if (col === 'total' && ['refused', 'unable', 'rejected', 'other'].includes(row)) line += subBreakdown(r, row, 'total', q.allParts);
      if (col === 'total' && q.byApplicant && row !== 'new') line += applicants(r, row);
      if (col === 'total' && row === 'new') {
        const nat = val(r, 't3.new.natural');
        const org = val(r, 't3.new.org');
        if (typeof nat === 'number' && typeof org === 'number') line += `（其中自然人 ${fmt(nat)} 件，法人或其他组织 ${fmt(org)} 件）`;
      }
      if (r.values[`t3.${row}.${col}`]?.by === 'balance') line += '（根据表内合计推算）';
      lines.push(line + '。');
      const basis = q.basis && col === 'total' ? T3_ROW_BY_ID[row]?.basis : undefined;
      if (basis) lines.push(`${BASIS_LABEL}${basis}`);
      // (a result asked with its basis: the basis of each reason it counts)
      else if (q.basis && col === 'total') for (const line of reasonBases(r, row)) lines.push(line);
    }
  }
  const sum = q.added ? sumLine(r, q) : undefined;
  if (sum) lines.push(sum.line);
  const share = q.rate ? (sum ? sumShareLine(r, q, sum.total) : shareLine(r, q)) : undefined;
  if (share) lines.push(share);
  const diff = q.difference ? differenceLine(cellsOf(r, q)) : undefined;
  if (diff) lines.push(diff);
  const times = q.times ? timesLine(r, q) : undefined;
  if (times) lines.push(times);
  return { lines, missing };
}

/** Table 三's asked results (not the base rows) in the column asked, when every one is in the report. */
function resultCells(r: Report, q: MetricQuery): { label: string; v: number }[] | undefined {
  const col = q.cols.length === 1 ? q.cols[0]! : 'total';
  // (a reason beside its own result is part of it, not added to it: "无法提供合计8件，其中不掌握6件")
  const cells = q.rows
    .filter((x) => !BASE_ROWS.has(x) && !q.rows.includes(T3_ROW_BY_ID[x]?.parent ?? ''))
    .map((x) => ({ label: T3_ROW_BY_ID[x]?.label ?? x, v: val(r, `t3.${x}.${col}`) }));
  return cells.every((c): c is { label: string; v: number } => typeof c.v === 'number') ? cells : undefined;
}

/** "以上 3 项合计 11 件（2 + 8 + 1，按报告数字计算）": the results asked, added up. */
function sumLine(r: Report, q: MetricQuery): { line: string; total: number } | undefined {
  const cells = resultCells(r, q);
  if (!cells || cells.length < 2) return undefined;
  const total = cells.reduce((a, c) => a + c.v, 0);
  return { total, line: `以上 ${cells.length} 项合计 ${fmt(total)} 件（${cells.map((c) => fmt(c.v)).join(' + ')}，按报告数字计算）。` };
}

/** The share of a sum of results in the base ("合计占本年新收政府信息公开申请的 73.3%"). */
function sumShareLine(r: Report, q: MetricQuery, total: number): string | undefined {
  const base = q.rows.includes('new') || q.rows.includes('total') ? (q.rows.includes('new') ? 'new' : 'total') : 'new';
  const col = q.cols.length === 1 ? q.cols[0]! : 'total';
  const b = val(r, `t3.${base}.${col}`);
  if (typeof b !== 'number' || b <= 0) return undefined;
  return `合计占${T3_PHRASE[base]}的 ${Math.round((total / b) * 1000) / 10}%（${fmt(total)} ÷ ${fmt(b)}，按报告数字计算）。`;
}

/** Places a ratio of two rows is given to ("2 倍", "1.33 倍"). */
const TIMES_DECIMALS = 2;

/** "“无法提供”8 件是“予以公开”4 件的 2 倍（8 ÷ 4，按报告数字计算）": exactly two rows of table 三 asked, the larger over the smaller. */
function timesLine(r: Report, q: MetricQuery): string | undefined {
  const col = q.cols.length === 1 ? q.cols[0]! : 'total';
  const rows = q.rows.filter((x) => !(q.rate && x === 'total'));
  if (rows.length !== 2) return undefined;
  const cells = rows.map((x) => ({ label: `“${T3_ROW_BY_ID[x]?.label ?? x}”`, v: val(r, `t3.${x}.${col}`) }));
  if (!cells.every((c): c is { label: string; v: number } => typeof c.v === 'number')) return undefined;
  const [big, small] = cells[0]!.v >= cells[1]!.v ? [cells[0]!, cells[1]!] : [cells[1]!, cells[0]!];
  if (small.v <= 0) return undefined;
  const ratio = Number((big.v / small.v).toFixed(TIMES_DECIMALS));
  return `${big.label} ${fmt(big.v)} 件是${small.label} ${fmt(small.v)} 件的 ${fmt(ratio)} 倍（${fmt(big.v)} ÷ ${fmt(small.v)}，按报告数字计算）。`;
}

/** Decimals of a share of table 三 when none are asked (26.7%). */
const TABLE_SHARE_DECIMALS = 1;

/** v ÷ b as a percentage: to the decimals asked ("保留两位小数": 26.67, trailing zeros kept as asked), else to one place, trailing zero dropped. */
function pctOf(v: number, b: number, decimals?: number): string {
  return decimals === undefined ? String(Math.round((v / b) * 100 * 10 ** TABLE_SHARE_DECIMALS) / 10 ** TABLE_SHARE_DECIMALS) : ((v / b) * 100).toFixed(decimals);
}

/** Rows whose share of the base is meaningful (results, not the base rows themselves). */
const BASE_ROWS = new Set(['new', 'carried', 'total', 'carry-over']);

/** "予以公开占本年度办理结果总计的 26.7%（4 ÷ 15，按报告数字计算）": the share, computed from the report's own cells. */
function shareLine(r: Report, q: MetricQuery): string | undefined {
  // "不予公开的申请里，因为保护第三方合法权益的占几成": a reason's share of its own result row
  const part = q.rows.find((x) => { const p = T3_ROW_BY_ID[x]?.parent; return !!p && q.rows.includes(p); });
  // (another result asked beside them, "予以公开的占总数多少？因为本机关不掌握而无法提供的又占多少": the parent names the
  // reason's result, each asked is a share of the whole)
  const alongside = part ? q.rows.filter((x) => !BASE_ROWS.has(x) && x !== part && x !== T3_ROW_BY_ID[part]!.parent) : [];
  if (part && alongside.length) return shareLine(r, { ...q, rows: q.rows.filter((x) => x !== T3_ROW_BY_ID[part]!.parent) });
  if (part) return partShareLine(r, part, T3_ROW_BY_ID[part]!.parent!, q.cols.length === 1 ? q.cols[0]! : 'total', q.decimals);
  const row = q.rows.find((x) => !BASE_ROWS.has(x));
  // "新收申请里自然人占比多少": one applicant column's share of its row's total
  if (!row && q.cols.length === 1 && q.cols[0] !== 'total') return columnShareLine(r, q.rows.find((x) => x !== 'total') ?? 'new', q.cols[0]!, q.decimals);
  // (several applicants asked, a share among them: "商业企业、科研机构…各是多少？自然人占总数的比例" — each one's share)
  if (!row && q.cols.filter((c) => c !== 'total').length > 1) {
    const lines = q.cols.filter((c) => c !== 'total').map((c) => columnShareLine(r, q.rows.find((x) => x !== 'total') ?? 'new', c, q.decimals));
    return lines.every((l) => l) ? lines.join('') : undefined;
  }
  const base = q.rows.includes('new') ? 'new' : 'total';
  const col = q.cols.length === 1 ? q.cols[0]! : 'total';
  // (each result asked, "予以公开和不予公开分别占…百分之多少": a share for each)
  const rows = q.rows.filter((x) => !BASE_ROWS.has(x));
  const lines = rows.map((x) => {
    const [v, b] = [val(r, `t3.${x}.${col}`), val(r, `t3.${base}.${col}`)];
    if (typeof v !== 'number' || typeof b !== 'number' || b <= 0) return undefined;
    // (set against a part of the whole asked, "是不是超过一半": said which side it is on)
    const side = q.threshold === undefined ? '' : v / b > q.threshold ? `，超过${partName(q.threshold)}` : v / b < q.threshold ? `，不到${partName(q.threshold)}` : `，正好${partName(q.threshold)}`;
    return `${T3_ROW_BY_ID[x]?.label ?? x}占${T3_PHRASE[base]}的 ${pctOf(v, b, q.decimals)}%（${fmt(v)} ÷ ${fmt(b)}，按报告数字计算）${side}。`;
  });
  if (!row || !lines[0] || lines.some((l) => !l)) return undefined;
  return lines.join('');
}

/** A part of a whole said in words (0.5 → 一半, 0.3 → 三成). */
function partName(x: number): string {
  const named: Record<string, string> = { '0.5': '一半', '0.25': '四分之一' };
  if (named[String(x)]) return named[String(x)]!;
  if (Math.abs(x - 1 / 3) < 1e-9) return '三分之一';
  if (Math.abs(x - 2 / 3) < 1e-9) return '三分之二';
  return `${'一二三四五六七八九'[Math.round(x * 10) - 1] ?? ''}成`;
}

/** "“保护第三方合法权益”占“不予公开”的 50%（1 ÷ 2，按报告数字计算）": a part of a result row against the row. */
function partShareLine(r: Report, part: string, parent: string, col: string, decimals?: number): string | undefined {
  const [v, b] = [val(r, `t3.${part}.${col}`), val(r, `t3.${parent}.${col}`)];
  if (typeof v !== 'number' || typeof b !== 'number' || b <= 0) return undefined;
  const label = (id: string) => `“${T3_ROW_BY_ID[id]?.label ?? id}”`;
  return `${label(part)}占${label(parent)}的 ${pctOf(v, b, decimals)}%（${fmt(v)} ÷ ${fmt(b)}，按报告数字计算）。`;
}

/** "自然人占本年新收政府信息公开申请的 82.1%（96 ÷ 117，按报告数字计算）". */
function columnShareLine(r: Report, row: string, col: string, decimals?: number): string | undefined {
  const [v, b] = [val(r, `t3.${row}.${col}`), val(r, `t3.${row}.total`)];
  if (typeof v !== 'number' || typeof b !== 'number' || b <= 0) return undefined;
  return `${T3_COLUMN_LABEL[col] ?? col}占${T3_PHRASE[row] ?? t3Phrase(row)}的 ${pctOf(v, b, decimals)}%（${fmt(v)} ÷ ${fmt(b)}，按报告数字计算）。`;
}

function t4Line(r: Report, group: string, cols: string[]): { line: string; missing: boolean } {
  const g = T4_GROUPS.find((x) => x.id === group)!;
  const total = val(r, `t4.${group}.total`);
  const detailCols = (cols.length ? cols : T4_COLUMNS.map((c) => c.id)).filter((c) => c !== 'total' || cols.includes('total'));
  const values = T4_COLUMNS.map((c) => val(r, `t4.${group}.${c.id}`));
  if (values.every((v) => v === null || v === undefined)) return { line: `${g.label}：报告未填写数据`, missing: true };
  const parts = detailCols
    .filter((c) => c !== 'total')
    .map((c) => ({ c, v: val(r, `t4.${group}.${c}`) }))
    .map(({ c, v }) => `${T4_COLUMNS.find((x) => x.id === c)!.label} ${v === null || v === undefined ? '未列出' : fmt(v)}`);
  const head = typeof total === 'number' ? `${g.label} ${fmt(total)} 件` : `${g.label}`;
  return { line: parts.length ? `${head}（${parts.join('，')}）` : head, missing: false };
}

/** How the load words a table 四 it did not find (src/report/parse.ts). */
const T4_NOT_FOUND = '没有找到表四';

function renderT4(r: Report, q: MetricQuery): { lines: string[]; missing: boolean } {
  const groups = q.rows.flatMap((g) => (g === 'suit' ? ['suit-direct', 'suit-after-review'] : [g]));
  const all = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => val(r, `t4.${g.id}.${c.id}`)));
  if (all.every((v) => v === null || v === undefined)) {
    // a table that is not there at all (a page cut short) says nothing about cases: only a blank one does
    // (a report kept without any table, or without section 四, has no table 四 either)
    const absent = r.findings.some((f) => (f.rule === 'missing-table' && f.message.startsWith(T4_NOT_FOUND)) || f.rule === 'no-tables' || (f.rule === 'missing-section' && f.message.includes('四')));
    if (absent) return { lines: ['报告中没有找到第四部分（行政复议、行政诉讼情况）的表格，正文也没有写明复议、诉讼的件数（报告可能不完整），无法回答这项数据。'], missing: true };
    return { lines: ['报告第四部分（行政复议、行政诉讼情况）的表格是空白的：报告中未记载行政复议或行政诉讼案件。'], missing: true };
  }
  let missing = false;
  const lines = groups.map((g) => {
    const x = t4Line(r, g, q.cols);
    missing ||= x.missing;
    return x.line + '。';
  });
  // several kinds of cases asked added up ("行政复议、行政诉讼案件共多少件"): their sum last
  if (q.added) {
    const totals = groups.map((g) => val(r, `t4.${g}.total`));
    if (totals.every((t): t is number => typeof t === 'number')) lines.push(`以上合计 ${fmt(totals.reduce((a, t) => a + t, 0))} 件（各项相加）。`);
  }
  // "纠错率": each result asked as a share of its kind's cases
  if (q.rate) {
    for (const g of groups) {
      const total = val(r, `t4.${g}.total`);
      for (const c of q.cols.filter((x) => x !== 'total')) {
        const v = val(r, `t4.${g}.${c}`);
        const label = T4_COLUMNS.find((x) => x.id === c)!.label;
        const kind = T4_GROUPS.find((x) => x.id === g)!.label;
        if (typeof v === 'number' && typeof total === 'number' && total > 0) lines.push(`${label}占${kind}总数的 ${Math.round((v / total) * 1000) / 10}%（${fmt(v)} ÷ ${fmt(total)}，按报告数字计算）。`);
      }
    }
  }
  // 行政诉讼 asked as a whole: the two kinds added up first ("一共多少件"), each kind after it
  if (q.rows.includes('suit')) {
    const col = q.cols.length === 1 ? q.cols[0]! : 'total';
    const [a, b] = [val(r, `t4.suit-direct.${col}`), val(r, `t4.suit-after-review.${col}`)];
    if (typeof a === 'number' && typeof b === 'number') {
      const what = col === 'total' ? '' : T4_COLUMNS.find((c) => c.id === col)!.label;
      // before the two kinds of suit (after 行政复议 when that is asked too)
      lines.splice(groups.indexOf('suit-direct'), 0, `行政诉讼${what}共 ${fmt(a + b)} 件（直接起诉与复议后起诉两项相加）：`);
    }
  }
  return { lines, missing };
}

/** Table 四's cases asked, each kind's total (a suit: its two kinds added) and, for several, their sum. */
function caseTotals(r: Report, q: MetricQuery): number[] {
  const total = (g: string): number | undefined => {
    if (g !== 'suit') return val(r, `t4.${g}.total`) ?? undefined;
    const [a, b] = [val(r, 't4.suit-direct.total'), val(r, 't4.suit-after-review.total')];
    return typeof a === 'number' && typeof b === 'number' ? a + b : undefined;
  };
  const each = q.rows.map(total);
  if (!each.every((x): x is number => typeof x === 'number')) return [];
  return each.length > 1 ? [...each, each.reduce((a, x) => a + x, 0)] : each;
}

export function renderMetric(r: Report, q: MetricQuery, prior?: Report): Rendered & { missing: boolean; zeroByText?: boolean } {
  const t2 = q.table === '二' ? renderT2(r, q, prior) : undefined;
  const { lines, missing } = t2 ?? (q.table === '三' ? renderT3(r, q) : renderT4(r, q));
  // (a sum the asker checks is checked against the sum of the figures, and against the table's own 总计)
  const sum = q.table === '三' && q.added ? sumLine(r, q)?.total : undefined;
  const total = q.table === '三' ? val(r, 't3.total.total') : undefined;
  // (table 四: each kind of case, a suit as its two kinds added, and all of them together)
  const cases = q.table === '四' && q.quoted?.length ? caseTotals(r, q) : [];
  // (one figure quoted for each row named, each row one cell: checked row by row, so figures swapped between
  // two rows — "行政处罚15件、行政强制16件" for 16 and 15 — are no match)
  const cells = cellsOf(r, q);
  const paired = !!q.quoted && q.quoted.length >= 2 && q.quoted.length === q.rows.length && cells.length === q.rows.length && !q.added;
  const check = q.quoted?.length ? checkLine([...cells, ...(sum !== undefined ? [sum, total] : []), ...cases], q.quoted, undefined, paired ? cells : undefined) : undefined;
  if (check) lines.unshift(check);
  if (q.table === '四') lines.push(...t4Mismatches(r, q));
  return { head: `${reportLabel(r)}：`, lines, source: SOURCE[q.table], labelled: true, missing, ...(t2?.zeroByText ? { zeroByText: true } : {}) };
}

/**
 * A kind of case asked whose 总计 the report prints against its own columns (洪泽区 2023: 结果维持 10 + 结果纠正 1
 * = 11, 总计 0): the load's finding, said beside the figure, so neither number is taken for the truth.
 */
function t4Mismatches(r: Report, q: MetricQuery): string[] {
  const asked = (group: string) => !q.rows.length || q.rows.includes(group) || (q.rows.includes('suit') && group.startsWith('suit-'));
  return (r.findings ?? [])
    .filter((f) => f.rule === 'R4' && f.row && asked(f.row))
    .map((f) => `注意：${f.message}，报告自身数字不一致（以报告为准，可向制作机关核实）。`);
}

export function renderOverview(r: Report): Rendered & { missing: boolean } {
  const v = (row: string) => val(r, `t3.${row}.total`);
  const rows = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other', 'total'];
  if ([...rows, 'new'].every((x) => v(x) === null || v(x) === undefined)) return { ...plain(`${reportLabel(r)}报告没有填写申请办理数据。`, true), missing: true };
  const f = (x: number | null | undefined) => (typeof x === 'number' ? `${fmt(x)} 件` : '未列出');
  const label = (row: string) => (row === 'total' ? '总计' : T3_ROW_BY_ID[row]!.label);
  const lines = [
    `本年新收政府信息公开申请 ${f(v('new'))}，上年结转 ${f(v('carried'))}。`,
    `办理结果：${rows.map((x) => `${label(x)} ${f(v(x))}`).join('，')}；结转下年度继续办理 ${f(v('carry-over'))}。`,
  ];
  return { head: `${reportLabel(r)}：`, lines, source: SOURCE['三'], labelled: true, missing: false };
}

export function renderLitigation(r: Report): Rendered & { missing: boolean } {
  const { lines, missing } = renderT4(r, { table: '四', rows: ['review', 'suit-direct', 'suit-after-review'], cols: [], spans: [] });
  return { head: `${reportLabel(r)}：`, lines, source: SOURCE['四'], labelled: true, missing };
}

/** Joins sentences up to a length, at sentence boundaries. */
export function joinSentences(texts: string[], max = 380): string {
  let out = '';
  for (const t of texts) {
    const s = t.trim();
    if (!s) continue;
    if (out && out.length + s.length > max) break;
    out += s;
  }
  if (!out && texts.length) out = texts[0]!.slice(0, max) + '…';
  return out;
}

export function sectionPassages(r: Report, section: string): Passage[] {
  return r.passages.filter((p) => p.section === section);
}

export { METRIC_BY_ID };
