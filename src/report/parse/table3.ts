/**
 * Table 三 (收到和处理政府信息公开申请情况): 25 printed rows × 7 columns → t3.<row>.<col>, plus the
 * derived `org` column and the derived group subtotals (不予公开/无法提供/不予处理/其他处理).
 *
 * Rows are identified by label AND context (a bare "其他" inside group (六) is other.other); columns
 * by the header when it is the real applicant header and the cells line up, else by position
 * (7 numbers = 6 columns + total; 8 numbers → R3 picks which 7; 6 → the total is computed).
 */
import { SOURCE, T3_COLUMNS, T3_GROUPS, T3_ORG_COLUMNS, T3_ROWS } from '../format.js';
import type { Finding, Value } from '../types.js';
import type { Item } from './items.js';
import { bestMatch } from './similar.js';
import { cellKind, hanOnly, normLabel, parseNumber, splitTrailingNumbers } from './util.js';

const COLS = T3_COLUMNS.map((c) => c.id); // natural … other, total
const SIX = COLS.slice(0, 6);
const GROUP_IDS = new Set<string>(T3_GROUPS);

const HEADER_MATCH: Record<string, RegExp> = {
  natural: /^自然人$/,
  business: /^商业企业$/,
  research: /^科研机构$/,
  nonprofit: /^社会公益组织$/,
  legal: /^法律服务机构$/,
  other: /^其他$/,
  total: /^(?:总计|合计)$/,
};

/** A row found by similarity carries the label as printed and the catalogue label it was read as. */
type Ident =
  | { kind: 'row'; id: string; misprint?: { printed: string; standard: string; score: number }; slip?: { printed: string; standard: string } }
  | { kind: 'group'; id: string }
  | { kind: 'result' }
  | null;

/** Bonus for a catalogue row whose number is the printed one ("2." ↔ 2.其他法律行政法规禁止公开). */
const SAME_NUMBER_BONUS = 0.1;
/** Bonus for a catalogue row of the group being read. */
const SAME_GROUP_BONUS = 0.05;

const SUB_ROWS = T3_ROWS.filter((r) => r.parent);

/** Identify one label cell, given the current group. */
export function identifyT3(label: string, group: string | null): Ident {
  const n = normLabel(label);
  if (!n) return null;
  const top = /^([一二三四五六七八九十]+)、/.exec(n);
  const paren = /^\(([一二三四五六七八九十]+)\)/.exec(n);
  const arabic = /^(\d{1,2})\.(?=\D)/.exec(n);
  const rest = n.replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}\.(?=\D))/, '');
  if (!rest) return null;

  const sub = (): Ident => {
    if (/^其他$|^其它$/.test(rest)) return { kind: 'row', id: 'other.other' };
    const pool = group ? [...SUB_ROWS.filter((r) => r.parent === group), ...SUB_ROWS.filter((r) => r.parent !== group)] : SUB_ROWS;
    const hit = pool.find((r) => r.match.some((re) => re.test(rest)));
    if (hit) {
      // (read by its pattern, yet a character or two off the catalogue's wording, "行政机关不在处理其…": a slip to note)
      const printed = asPrinted(label);
      const slip = charSlips(hanOnly(printed), hanOnly(hit.label)) ? { printed, standard: hit.label } : undefined;
      return slip ? { kind: 'row', id: hit.id, slip } : { kind: 'row', id: hit.id };
    }
    // a misprinted label: the catalogue row most like it, by characters and sound
    const num = arabic ? `${arabic[1]}.` : null;
    const m = bestMatch(rest, pool, (r) => r.label, (r) => (num && r.num === num ? SAME_NUMBER_BONUS : 0) + (group && r.parent === group ? SAME_GROUP_BONUS : 0));
    if (!m) return null;
    return { kind: 'row', id: m.item.id, misprint: { printed: label.trim(), standard: `${m.item.num}${m.item.label}`, score: m.score } };
  };
  if (arabic) {
    const s = sub();
    if (s) return s;
  }
  if (/本年新收|新收.*申请/.test(rest) || (top?.[1] === '一' && /申请/.test(rest))) return { kind: 'row', id: 'new' };
  if (/上年结转/.test(rest)) return { kind: 'row', id: 'carried' };
  if (/办理结果/.test(rest)) return { kind: 'result' };
  if (/结转下/.test(rest)) return { kind: 'row', id: 'carry-over' };
  if (/^(?:总计|合计)$/.test(rest)) return { kind: 'row', id: 'total' };
  if (/部分公开/.test(rest)) return { kind: 'row', id: 'partial' };
  if (/^予以公开|^公开$/.test(rest)) return { kind: 'row', id: 'granted' };
  if (/^不予公开/.test(rest)) return { kind: 'group', id: 'refused' };
  if (/^无法提供/.test(rest)) return { kind: 'group', id: 'unable' };
  if (/^不予处理/.test(rest)) return { kind: 'group', id: 'rejected' };
  if (/^其他处理/.test(rest) || (paren?.[1] === '六' && /^其[他它]/.test(rest))) return { kind: 'group', id: 'other' };
  if (paren) {
    const byNum: Record<string, Ident> = {
      一: { kind: 'row', id: 'granted' },
      二: { kind: 'row', id: 'partial' },
      三: { kind: 'group', id: 'refused' },
      四: { kind: 'group', id: 'unable' },
      五: { kind: 'group', id: 'rejected' },
      六: { kind: 'group', id: 'other' },
      七: { kind: 'row', id: 'total' },
    };
    if (/予以公开|公开|处理|提供|总计/.test(rest)) return byNum[paren[1]!] ?? null;
  }
  if (!top && !paren) return sub();
  return null;
}

/**
 * One cell holding a group label and a sub-row label ("(三)不予公开 4. 保护第三方合法权益", seen where a
 * merged group cell is centred on one of its rows), or a top row and a group ("三、本年度办理结果(一)予以公开").
 */
export function splitCompoundLabel(label: string): string[] {
  const n = normLabel(label);
  const m = /^(\([一二三四五六七八九十]+\)\D+?)(\d{1,2}\.\D.*)$/.exec(n) ?? /^([一二三四五六七八九十]+、\D+?)(\([一二三四五六七八九十]+\).*)$/.exec(n);
  return m ? [m[1]!, ...splitCompoundLabel(m[2]!)] : [label];
}

/** At most this many characters may differ for a label to be a slip of the catalogue's wording, not another row. */
const MAX_SLIP_CHARS = 2;

/** The same length and one or two characters off ("不在处理" for "不再处理"): the positions differing, else null. */
function charSlips(printed: string, standard: string): number[] | null {
  if (printed.length !== standard.length || printed === standard) return null;
  const at = [...printed].map((c, i) => (c === standard[i] ? -1 : i)).filter((i) => i >= 0);
  return at.length <= MAX_SLIP_CHARS ? at : null;
}

/** "1 处错字（“在”应为“再”）": the characters that differ, said for staff. */
function slipWords(printed: string, standard: string): string {
  const [a, b] = [hanOnly(printed), hanOnly(standard)];
  const at = charSlips(a, b) ?? [];
  return `${at.length} 处错字（${at.map((i) => `“${a[i]}”应为“${b[i]}”`).join('，')}）`;
}

/** A label as printed, its spaces and number dropped, none of its usual variants read away (normLabel does that). */
function asPrinted(label: string): string {
  return label.replace(/\s+/g, '').replace(/^(?:\d{1,2}[.、．，,]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/, '');
}

/** A column's name printed other than the national format's ("社会组织" for 社会公益组织): noted once. */
function noteColumnNames(cells: string[], findings: Finding[], reported: Set<string>): void {
  for (const c of cells.map((x) => x.replace(/\s+/g, ''))) {
    if (Object.values(HEADER_MATCH).some((re) => re.test(c))) continue;
    const col = T3_COLUMNS.find((x) => x.id !== 'total' && x.match.test(c) && c.length <= x.label.length + 2);
    // (a name cut where a cell wraps, "社会公益" above "组织", "科研" above "机构": the start or end of the format's, no slip)
    if (!col || c === col.label || col.label.startsWith(c) || col.label.endsWith(c) || reported.has(`col:${c}`)) continue;
    reported.add(`col:${c}`);
    findings.push({ rule: 'column-name', severity: 'info', message: `表三列名“${c}”与国家格式“${col.label}”不同（按“${col.label}”列读取）`, column: col.id });
  }
}

export interface Table3Result {
  found: boolean;
  hasData: boolean;
  /** Row ids printed (with or without numbers). */
  rows: Set<string>;
}

type RowValues = Partial<Record<string, number | null>>;

function headerMap(cells: string[]): Record<string, number> {
  const map: Record<string, number> = {};
  cells.forEach((c, i) => {
    const n = normLabel(c);
    for (const [col, re] of Object.entries(HEADER_MATCH)) if (!(col in map) && re.test(n)) map[col] = i;
  });
  return map;
}

/** Column values of a row by position, given its value cells (first number … last number). */
function byPosition(region: (number | null)[], label: string, findings: Finding[]): RowValues | null {
  const nums = region.map((v) => v ?? 0);
  const out: RowValues = {};
  const assign = (vals: number[]) => {
    SIX.forEach((c, i) => (out[c] = vals[i]!));
    out.total = vals[6] ?? null;
  };
  if (nums.length === 7) assign(nums);
  else if (nums.length === 6) assign(nums);
  else if (nums.length === 1) out.total = nums[0]!;
  else if (nums.length > 7) {
    // Drop extra cells so that R3 (total = sum of the six) holds; prefer dropping zeros.
    const extra = nums.length - 7;
    let chosen: number[] | null = null;
    const tryDrop = (drop: number[]) => {
      const kept = nums.filter((_, i) => !drop.includes(i));
      const six = kept.slice(0, 6).reduce((a, b) => a + b, 0);
      return six === kept[6] ? kept : null;
    };
    if (extra === 1) {
      const order = nums.map((_, i) => i).sort((a, b) => (nums[a] === 0 ? 0 : 1) - (nums[b] === 0 ? 0 : 1));
      for (const i of order) {
        if ((chosen = tryDrop([i]))) break;
      }
    } else {
      for (let s = 0; s + 7 <= nums.length && !chosen; s++) {
        const win = nums.slice(s, s + 7);
        if (win.slice(0, 6).reduce((a, b) => a + b, 0) === win[6]) chosen = win;
      }
    }
    if (!chosen) {
      chosen = nums.slice(0, 7);
      findings.push({
        rule: 'columns',
        severity: 'warning',
        message: `表三“${label}”一行有${nums.length}个数字（应为7个，多出${nums.length - 7}个），按前7个读取`,
        row: label,
        numbers: nums,
      });
    } else {
      findings.push({
        rule: 'columns',
        severity: 'info',
        message: `表三“${label}”一行有${nums.length}个数字（应为7个，多出${nums.length - 7}个），已按“总计 = 各列之和”选取7个`,
        row: label,
        numbers: nums,
      });
    }
    assign(chosen);
  } else if (nums.length >= 2 && nums.at(-1) === nums.slice(0, -1).reduce((a, b) => a + b, 0)) {
    // blank cells lost in a copy ("12 … 12" of a web page whose empty cells are blank lines): the last number is the sum
    // of the others, so it is the 总计 (R3); which applicant columns the others stand in cannot be told, so they stay unknown
    out.total = nums.at(-1)!;
    findings.push({
      rule: 'columns',
      severity: 'info',
      message: `表三“${label}”一行只有 ${nums.length} 个数字（应为 7 个），最后一个等于其余之和，按“总计”读取，其余各列位置不明`,
      row: label,
      numbers: nums,
    });
  } else {
    nums.forEach((v, i) => (out[SIX[i]!] = v));
    findings.push({
      rule: 'columns',
      severity: 'warning',
      message: `表三“${label}”一行只有 ${nums.length} 个数字（应为 7 个），按列顺序读取`,
      row: label,
      numbers: nums,
    });
  }
  return out;
}

export function parseTable3(items: Item[], values: Record<string, Value>, findings: Finding[]): Table3Result {
  const parsed = new Map<string, RowValues>();
  const blankRows = new Set<string>();
  const printed = new Set<string>();
  let group: string | null = null;
  let pending: string | null = null;
  let header: { table: number; map: Record<string, number> } | null = null;
  let found = false;
  let hasData = false;

  const reported = new Set<string>();
  const unknownBefore = findings.filter((f) => f.rule === 'unknown-row').length;
  const enter = (id: Ident): string | null => {
    if (!id) return null;
    if (id.kind === 'row' && id.misprint && !reported.has(id.misprint.printed)) {
      reported.add(id.misprint.printed);
      findings.push({
        rule: 'misprint',
        severity: 'warning',
        message: `表三行名“${id.misprint.printed}”与国家格式不符（疑为印刷错误），已按最接近的标准行“${id.misprint.standard}”读取`,
        row: id.id,
      });
    }
    if (id.kind === 'row' && id.slip && !reported.has(id.slip.printed)) {
      reported.add(id.slip.printed);
      findings.push({ rule: 'label-slip', severity: 'info', message: `表三行名有${slipWords(id.slip.printed, id.slip.standard)}：原文“${id.slip.printed}”，国家格式为“${id.slip.standard}”（不影响读数）`, row: id.id });
    }
    if (id.kind === 'result') {
      group = null;
      return null;
    }
    if (id.kind === 'group') {
      group = id.id;
      return id.id;
    }
    const parent = T3_ROWS.find((r) => r.id === id.id)?.parent;
    if (parent) group = parent;
    else if (!GROUP_IDS.has(id.id)) group = null;
    return id.id;
  };

  for (const it of items) {
    if (it.kind === 'context') {
      const id = identifyT3(it.text, group);
      const row = enter(id);
      if (row) pending = row;
      continue;
    }
    found = true;
    const cells = splitTrailingNumbers(it.cells.map((c) => c.trim()));
    const kinds = cells.map(cellKind);
    const firstNum = kinds.findIndex((k) => k === 'number');
    const textCells = cells.filter((_, i) => kinds[i] === 'text' && (firstNum < 0 || i < firstNum)).flatMap(splitCompoundLabel);

    if (firstNum < 0 && !it.split) {
      // No numbers: a header row, or a label row (group header / blank row).
      if (textCells.length >= 4 || textCells.some((t) => /申请人情况|自然人|法人或其他组织|商业企业|科研机构|勾稽/.test(normLabel(t)))) {
        noteColumnNames(textCells, findings, reported);
        const map = headerMap(cells);
        if (Object.keys(map).length >= 1) {
          const merged: Record<string, number> = header && header.table === it.table ? { ...header.map, ...map } : map;
          header = { table: it.table, map: merged };
        }
        continue;
      }
      let last: string | null = null;
      for (const t of textCells) last = enter(identifyT3(t, group)) ?? last;
      if (last) {
        pending = last;
        printed.add(last);
        if (cells.length > textCells.length && kinds.some((k) => k === 'empty' || k === 'dash')) blankRows.add(last);
      }
      continue;
    }

    hasData = true;
    let rowId: string | null = null;
    for (const t of textCells) rowId = enter(identifyT3(t, group)) ?? rowId;
    const label = textCells.join(' ') || rowId || '';
    if (!rowId && textCells.length === 0 && pending && !parsed.has(pending)) rowId = pending;
    pending = null;
    if (!rowId) {
      findings.push({ rule: 'unknown-row', severity: 'info', message: `表三有一行无法识别：“${label}”`, row: label });
      continue;
    }
    printed.add(rowId);
    if (parsed.has(rowId)) {
      findings.push({ rule: 'duplicate-row', severity: 'info', message: `表三“${label}”重复出现，只取第一次的数字`, row: label });
      continue;
    }
    const lastNum = kinds.length - 1 - [...kinds].reverse().findIndex((k) => k === 'number');

    // Figures already split (a run-together row): by position, unknown cells stay null.
    let rv: RowValues | null = it.split ? Object.fromEntries(COLS.map((c, i) => [c, it.split![i] ?? null])) : null;
    // By header position when the header is the real applicant header and the numbers sit under it.
    const map = header && header.table === it.table ? header.map : null;
    if (!rv && map && SIX.every((c) => c in map)) {
      const idxs = new Set(Object.values(map));
      const numIdx = kinds.map((k, i) => (k === 'number' ? i : -1)).filter((i) => i >= 0);
      if (numIdx.every((i) => idxs.has(i))) {
        rv = {};
        for (const c of COLS) {
          const i = map[c];
          if (i === undefined) continue;
          const v = parseNumber(cells[i] ?? '');
          rv[c] = v ?? (c === 'total' ? null : 0);
        }
      }
    }
    if (!rv) {
      const region = cells.slice(firstNum, lastNum + 1).map((c) => parseNumber(c));
      rv = byPosition(region, label, findings);
    }
    if (rv) parsed.set(rowId, rv);
  }

  // Blank rows in a table that has data elsewhere read as 0; a blank group row too when none of its
  // sub-rows is printed (the 2019 format's (六)其他处理 is one row: 上海 2019 leaves it blank).
  const hasChildren = (g: string) => T3_ROWS.some((r) => r.parent === g && printed.has(r.id));
  if (hasData) {
    for (const id of blankRows) {
      if (!parsed.has(id) && (!GROUP_IDS.has(id) || !hasChildren(id))) parsed.set(id, Object.fromEntries(SIX.map((c) => [c, 0])));
    }
  }

  fill(parsed, values, findings);
  deriveByBalance(parsed, values, findings, findings.filter((f) => f.rule === 'unknown-row').length - unknownBefore);
  return { found, hasData, rows: printed };
}

function setV(values: Record<string, Value>, id: string, value: number | null, derived?: boolean, by?: Value['by']) {
  const v: Value = { value, source: SOURCE.三 };
  if (derived) v.derived = true;
  if (by) v.by = by;
  values[id] = v;
}

/** The six results whose sum is (七)总计 (R2). */
const RESULTS = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'] as const;

/**
 * A group subtotal left unknown because one of its rows could not be read (a misprinted label no
 * similarity recognised): when every other result and the 总计 row are known, the table's own
 * balance (R2) gives it. Marked derived, by 'balance', with a finding for staff.
 */
function deriveByBalance(parsed: Map<string, RowValues>, values: Record<string, Value>, findings: Finding[], unknownRows: number) {
  if (!unknownRows) return;
  const v = (id: string) => values[id]?.value;
  for (const g of T3_GROUPS) {
    if (parsed.has(g)) continue;
    const others = RESULTS.filter((r) => r !== g);
    const got: string[] = [];
    for (const c of COLS) {
      if (typeof v(`t3.${g}.${c}`) === 'number') continue;
      const total = v(`t3.total.${c}`);
      const parts = others.map((r) => v(`t3.${r}.${c}`));
      if (typeof total !== 'number' || parts.some((p) => typeof p !== 'number')) continue;
      const rest = total - (parts as number[]).reduce((a, b) => a + b, 0);
      if (!Number.isInteger(rest) || rest < 0) continue;
      setV(values, `t3.${g}.${c}`, rest, true, 'balance');
      got.push(`${T3_COLUMNS.find((x) => x.id === c)!.label} ${rest}`);
    }
    if (got.length) {
      const org = sumOrNull(T3_ORG_COLUMNS.map((o) => v(`t3.${g}.${o}`)));
      if (org !== null) setV(values, `t3.${g}.org`, org, true, 'balance');
      findings.push({
        rule: 'balance',
        severity: 'warning',
        message: `表三“${T3_ROWS.find((r) => r.id === g)!.label}”有一行无法读取，其小计已根据表内合计（总计减其他办理结果）推算：${got.join('，')}`,
        row: g,
      });
    }
  }
}

/** The sum, or null when any part is missing: a total of incomplete parts is a figure the report never gave. */
function sumOrNull(vals: (number | null | undefined)[]): number | null {
  if (!vals.length || vals.some((v) => typeof v !== 'number')) return null;
  return (vals as number[]).reduce((a, b) => a + b, 0);
}

/** Write t3.* values: printed cells, computed blank totals, org column, group subtotals. */
function fill(parsed: Map<string, RowValues>, values: Record<string, Value>, findings: Finding[]) {
  for (const row of T3_ROWS) {
    if (row.derived) continue;
    const rv = parsed.get(row.id);
    for (const c of SIX) setV(values, `t3.${row.id}.${c}`, rv ? (rv[c] ?? null) : null);
    let total = rv ? (rv.total ?? null) : null;
    let totalDerived = false;
    if (rv && total === null && SIX.every((c) => typeof rv[c] === 'number')) {
      total = SIX.reduce((a, c) => a + (rv[c] as number), 0);
      totalDerived = true;
    }
    setV(values, `t3.${row.id}.total`, total, totalDerived);
    const org = rv ? sumOrNull(T3_ORG_COLUMNS.map((c) => rv[c])) : null;
    setV(values, `t3.${row.id}.org`, org, true);
  }
  for (const g of T3_GROUPS) {
    const children = T3_ROWS.filter((r) => r.parent === g).map((r) => r.id);
    const anyChild = children.some((id) => parsed.has(id));
    const printedGroup = parsed.get(g);
    for (const c of [...COLS, 'org']) {
      const id = `t3.${g}.${c}`;
      if (anyChild) {
        const sum = sumOrNull(children.map((ch) => values[`t3.${ch}.${c}`]?.value));
        const p = printedGroup ? (c === 'org' ? sumOrNull(T3_ORG_COLUMNS.map((o) => printedGroup[o])) : printedGroup[c]) : undefined;
        // a printed subtotal is the report's own figure; the sum of the parts stands in only when none is printed
        if (typeof p === 'number') setV(values, id, p, c === 'org');
        else setV(values, id, sum, true);
        if (typeof p === 'number' && sum !== null && p !== sum && c !== 'org') {
          findings.push({
            rule: 'subtotal',
            severity: 'warning',
            message: `表三“${T3_ROWS.find((r) => r.id === g)!.label}”印出的小计 ${p} 与各分项之和 ${sum} 不一致（${T3_COLUMNS.find((x) => x.id === c)!.label}）`,
            row: g,
            column: c,
            numbers: [p, sum],
          });
        }
      } else if (printedGroup) {
        // 2019 format: (六)其他处理 printed as one row without sub-rows.
        let v: number | null;
        let derived = false;
        if (c === 'org') {
          v = sumOrNull(T3_ORG_COLUMNS.map((o) => printedGroup[o]));
          derived = true;
        } else {
          v = printedGroup[c] ?? null;
          if (c === 'total' && v === null && SIX.every((s) => typeof printedGroup[s] === 'number')) {
            v = SIX.reduce((a, s) => a + (printedGroup[s] as number), 0);
            derived = true;
          }
        }
        setV(values, id, v, derived);
      } else {
        setV(values, id, null, true);
      }
    }
  }
}
