/**
 * Consistency rules (勾稽关系, report-format.md §2.5) → Finding[]. Never throws, never stops loading.
 *
 * R1  一 + 二 = 三(七)总计 + 四, per applicant column
 * R2  三(七)总计 = (一) + (二) + Σ(三) + Σ(四) + Σ(五) + Σ(六), per column
 * R3  总计 = the six applicant columns, per row
 * R4  table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结, per group
 * soft: prose figures vs the tables, years in the prose vs the report year,
 *       across reports of one office: 上年结转(t) = 结转下年度(t−1), 现行有效(t) ≈ 现行有效(t−1) + 制发 − 废止.
 */
import { T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from './format.js';
import type { Finding, Report } from './types.js';

const COL_LABEL: Record<string, string> = Object.fromEntries(T3_COLUMNS.map((c) => [c.id, c.label]));
const ROW_LABEL: Record<string, string> = Object.fromEntries(T3_ROWS.map((r) => [r.id, r.label]));
const SIX = T3_COLUMNS.slice(0, 6).map((c) => c.id);

function v(report: Report, id: string): number | null {
  return report.values[id]?.value ?? null;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

function checkR1R2(report: Report, out: Finding[]) {
  for (const c of T3_COLUMNS.map((x) => x.id)) {
    const nw = v(report, `t3.new.${c}`);
    const ca = v(report, `t3.carried.${c}`);
    const tot = v(report, `t3.total.${c}`);
    const co = v(report, `t3.carry-over.${c}`);
    if (nw !== null && ca !== null && tot !== null && co !== null && nw + ca !== tot + co) {
      out.push({
        rule: 'R1',
        severity: 'error',
        message: `表三勾稽关系不符（${COL_LABEL[c]}）：本年新收 ${nw} + 上年结转 ${ca} = ${nw + ca}，但办理结果总计 ${tot} + 结转下年度 ${co} = ${tot + co}`,
        row: 'new+carried / total+carry-over',
        column: c,
        numbers: [nw, ca, tot, co],
      });
    }
    const parts = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'].map((r) => v(report, `t3.${r}.${c}`));
    if (tot !== null && parts.every((p) => p !== null)) {
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== tot) {
        out.push({
          rule: 'R2',
          severity: 'error',
          message: `表三办理结果总计不符（${COL_LABEL[c]}）：予以公开 ${parts[0]} + 部分公开 ${parts[1]} + 不予公开 ${parts[2]} + 无法提供 ${parts[3]} + 不予处理 ${parts[4]} + 其他处理 ${parts[5]} = ${sum}，但（七）总计为 ${tot}`,
          row: 'total',
          column: c,
          numbers: [...(parts as number[]), tot],
        });
      }
    }
  }
}

function checkR3(report: Report, out: Finding[]) {
  for (const r of T3_ROWS) {
    const total = report.values[`t3.${r.id}.total`];
    if (!total || total.value === null || total.derived) continue;
    const cols = SIX.map((c) => v(report, `t3.${r.id}.${c}`));
    if (cols.some((x) => x === null)) continue;
    const sum = (cols as number[]).reduce((a, b) => a + b, 0);
    if (sum !== total.value) {
      out.push({
        rule: 'R3',
        severity: 'error',
        message: `表三“${r.num}${ROW_LABEL[r.id]}”一行：各列之和 ${(cols as number[]).join(' + ')} = ${sum}，但总计为 ${total.value}`,
        row: r.id,
        column: 'total',
        numbers: [...(cols as number[]), total.value],
      });
    }
  }
}

function checkR4(report: Report, out: Finding[]) {
  for (const g of T4_GROUPS) {
    const vals = T4_COLUMNS.map((c) => v(report, `t4.${g.id}.${c.id}`));
    if (vals.some((x) => x === null)) continue;
    const [a, b, c, d, total] = vals as number[];
    const sum = a! + b! + c! + d!;
    if (sum !== total) {
      out.push({
        rule: 'R4',
        severity: 'error',
        message: `表四“${g.label}”：结果维持 ${a} + 结果纠正 ${b} + 其他结果 ${c} + 尚未审结 ${d} = ${sum}，但总计为 ${total}`,
        row: g.id,
        column: 'total',
        numbers: [a!, b!, c!, d!, total!],
      });
    }
  }
}

// ------------------------------------------------------------------ prose vs tables

interface ProseRule {
  /** The figure right after the words that name its row (group 1). */
  re: RegExp;
  /**
   * Words that, between the clause start and the number, show the number belongs to another row
   * ("结转下年度继续办理3件" is no 办理完成 figure, "收到行政复议申请1件" no 新收 figure).
   */
  not?: RegExp;
  what: string;
  /** Acceptable table figures (any one may match). */
  expect: (r: Report) => (number | null)[];
}

const sum = (...xs: (number | null)[]) => (xs.every((x) => x !== null) ? (xs as number[]).reduce((a, b) => a + b, 0) : null);

const PROSE_RULES: ProseRule[] = [
  {
    re: /(?:接到|收到|新收|受理|接收)[^。；，,]{0,24}?申请(?:数量|共|总数)?[^。；，,\d]{0,6}?(\d+)\s*[件条个]/,
    not: /结转|复议|诉讼|信访|举报|投诉|建议|提案|咨询|留言/,
    what: '收到的申请',
    expect: (r) => [v(r, 't3.new.total'), sum(v(r, 't3.new.total'), v(r, 't3.carried.total'))],
  },
  { re: /予以公开\s*(\d+)\s*[件条个]/, what: '予以公开', expect: (r) => [v(r, 't3.granted.total')] },
  {
    // "予以公开及部分公开258件": the two results together (上海 2019)
    re: /予以公开[及和与、]部分公开(?:共)?\s*(\d+)\s*[件条个]/,
    what: '予以公开及部分公开',
    expect: (r) => [sum(v(r, 't3.granted.total'), v(r, 't3.partial.total'))],
  },
  { re: /部分公开\s*(\d+)\s*[件条个]/, not: /予以公开[及和与、]部分公开/, what: '部分公开', expect: (r) => [v(r, 't3.partial.total')] },
  { re: /不予公开\s*(\d+)\s*[件条个]/, what: '不予公开', expect: (r) => [v(r, 't3.refused.total')] },
  { re: /无法提供\s*(\d+)\s*[件条个]/, what: '无法提供', expect: (r) => [v(r, 't3.unable.total')] },
  { re: /不予处理\s*(\d+)\s*[件条个]/, what: '不予处理', expect: (r) => [v(r, 't3.rejected.total')] },
  {
    re: /自然人(?:申请|提出)?\s*(\d+)\s*[件条个]/,
    what: '自然人申请',
    expect: (r) => [v(r, 't3.new.natural'), sum(v(r, 't3.new.natural'), v(r, 't3.carried.natural'))],
  },
  {
    re: /法人或其他组织(?:申请|提出)?\s*(\d+)\s*[件条个]/,
    what: '法人或其他组织申请',
    expect: (r) => [v(r, 't3.new.org'), sum(v(r, 't3.new.org'), v(r, 't3.carried.org'))],
  },
  {
    // "办结42件", "办理完成118件", "共办理 40 件" — not "结转下年度继续办理3件", "正在办理2件", "办理人大建议…"
    re: /(?:(?:共|已|累计|全年|全部)?办结|(?:共|已|累计)?办理(?:完成|完毕|完结|了)|(?:共|已|累计)办理)(?:申请)?\s*(\d+)\s*件/,
    not: /结转|继续|正在|尚未|未办结|下年|建议|提案|信访|复议|诉讼/,
    what: '办理完成',
    expect: (r) => [v(r, 't3.total.total')],
  },
  { re: /结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?\s*(\d+)\s*件/, what: '结转下年度', expect: (r) => [v(r, 't3.carry-over.total')] },
  {
    re: /(?:复议|诉讼)[^。；]{0,20}?案件\s*(\d+)\s*件/,
    what: '行政复议、行政诉讼案件',
    expect: (r) => {
      const t = T4_GROUPS.map((g) => v(r, `t4.${g.id}.total`));
      return [sum(...t), t[0]!, sum(t[1]!, t[2]!)];
    },
  },
  { re: /行政复议(?:案件)?\s*(\d+)\s*件/, what: '行政复议', expect: (r) => [v(r, 't4.review.total')] },
  { re: /行政诉讼(?:案件)?\s*(\d+)\s*件/, what: '行政诉讼', expect: (r) => [sum(v(r, 't4.suit-direct.total'), v(r, 't4.suit-after-review.total'))] },
];

function checkProse(report: Report, out: Finding[]) {
  const seen = new Set<string>();
  for (const p of report.passages) {
    if (p.section !== '一' && p.section !== '前言') continue;
    for (const clause of p.text.split(/[，,；;：:]/)) {
      for (const rule of PROSE_RULES) {
        const m = rule.re.exec(clause);
        if (!m) continue;
        if (rule.not?.test(clause.slice(0, m.index + m[0].length))) continue;
        const said = Number(m[1]);
        const expected = rule.expect(report).filter((x): x is number => x !== null);
        if (!expected.length || expected.includes(said)) continue;
        const key = `${rule.what}:${said}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          rule: 'prose',
          severity: 'warning',
          message: `正文（${p.id}）说${rule.what} ${said} 件，与表格数字 ${[...new Set(expected)].join(' 或 ')} 不一致`,
          row: p.id,
          numbers: [said, ...new Set(expected)],
        });
      }
    }
  }
}

// ------------------------------------------------------------------ years in the prose

function checkYears(report: Report, out: Finding[]) {
  if (report.year === null) return;
  const year = report.year;
  for (const p of report.passages) {
    const re = /(?<![〔\[【（(\d])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?!以来|以前|之前|起|至今)/g;
    for (const m of p.text.matchAll(re)) {
      const y = Number(m[1]);
      if (y === year) continue;
      // Inside a book title 《…2021年…》 is a citation, not the report's own period.
      const before = p.text.slice(0, m.index);
      if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
      // A comparison with another year ("较2018年", "与2022年相比", "同比") is not a wrong year.
      if (/(?:较|比|相比|与|同|对比|比较|和)\s*$/.test(before) || /^\s*(?:相比|同期|比较)/.test(p.text.slice(m.index + m[0].length))) continue;
      // Plans for the next year ("2023年，我办将…") are not a wrong year either.
      if (y === year + 1 && /将|计划|拟|下一步|明年|力争|打算/.test(p.text)) continue;
      // Requests carried over into the next year ("结转至2024年继续办理", "余下3件转至2026年办理") name that year on purpose.
      if (y === year + 1 && /结转|转入|转至|转到|继续办理/.test(p.text)) continue;
      out.push({
        rule: 'year',
        severity: 'warning',
        message: `正文（${p.id}）写的是 ${y} 年，而报告年度是 ${year} 年：“${p.text.length > 60 ? p.text.slice(0, 60) + '…' : p.text}”`,
        row: p.id,
        numbers: [y, year],
      });
    }
  }
}

/** All consistency findings of one report (R1–R4, prose vs tables, years in the prose). */
export function checkReport(report: Report): Finding[] {
  const out: Finding[] = [];
  checkR1R2(report, out);
  checkR3(report, out);
  checkR4(report, out);
  checkProse(report, out);
  checkYears(report, out);
  return out;
}

function sameOffice(a: Report, b: Report): boolean {
  const names = (r: Report) => new Set([r.office, ...(r.aliases ?? [])]);
  const na = names(a);
  return [...names(b)].some((n) => na.has(n));
}

/**
 * Findings across consecutive years of one office: 上年结转(t) = 结转下年度(t−1) per column, and
 * 现行有效件数(t) ≈ 现行有效(t−1) + 制发(t) − 废止(t). Returned per report id (the later year).
 */
export function checkLibrary(reports: Report[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const cur of reports) {
    if (cur.year === null) continue;
    const prev = reports.find((r) => r !== cur && r.year === cur.year! - 1 && sameOffice(r, cur));
    if (!prev) continue;
    const list: Finding[] = [];
    for (const c of T3_COLUMNS.map((x) => x.id)) {
      const a = v(cur, `t3.carried.${c}`);
      const b = v(prev, `t3.carry-over.${c}`);
      if (a !== null && b !== null && a !== b) {
        list.push({
          rule: 'carry-over',
          severity: 'warning',
          message: `${cur.year} 年“上年结转”${a} 件（${COL_LABEL[c]}）与 ${prev.year} 年报告“结转下年度继续办理”${b} 件不一致`,
          row: 'carried',
          column: c,
          numbers: [a, b],
        });
      }
    }
    for (const row of ['rules', 'normative']) {
      const valid = v(cur, `t2.${row}.valid`);
      const before = v(prev, `t2.${row}.valid`);
      const issued = v(cur, `t2.${row}.issued`);
      const repealed = v(cur, `t2.${row}.repealed`);
      if ([valid, before, issued, repealed].some((x) => x === null)) continue;
      const expected = before! + issued! - repealed!;
      if (expected !== valid) {
        const label = row === 'rules' ? '规章' : '行政规范性文件';
        list.push({
          rule: 'valid-count',
          severity: 'info',
          message: `${label}现行有效件数 ${fmt(valid!)} ≠ 上年现行有效 ${fmt(before!)} + 本年制发 ${fmt(issued!)} − 本年废止 ${fmt(repealed!)} = ${fmt(expected)}`,
          row: `t2.${row}`,
          column: 'valid',
          numbers: [valid!, before!, issued!, repealed!],
        });
      }
    }
    if (list.length) out.set(cur.id, list);
  }
  return out;
}
