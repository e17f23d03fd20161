/** `disclosure-bot kb [--reports DIR] [--json]`: print the knowledge base — every loaded report and its figures. */
import { parseArgs } from 'node:util';
import { T2_ROWS, T3_COLUMN_LABEL, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../report/format.js';
import { loadLibrary, resolveReportsDir } from '../report/library.js';
import type { ContactField, Finding, LoadError, Report, Value } from '../report/types.js';

const CONTACT_LABEL: Record<ContactField, string> = {
  department: '联系部门',
  person: '联系人',
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  email: '邮箱',
  website: '网址',
  download: '下载',
  fax: '传真',
  hours: '办公时间',
};

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** Display width in a terminal: CJK and full-width characters count 2. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}
function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}

/** A value as shown: "—" not reported, "*" computed. */
export function showValue(v: Value | undefined): string {
  if (!v || v.value === null) return '—';
  return `${v.value}${v.derived ? '*' : ''}`;
}

export function formatFindings(findings: Finding[], indent = '  '): string[] {
  if (!findings.length) return [`${indent}（无）`];
  return findings.map((f) => `${indent}[${SEVERITY_LABEL[f.severity]}] ${f.rule}：${f.message}`);
}

export function formatErrors(errors: LoadError[]): string[] {
  return errors.map((e) => `  ${e.message}`);
}

function grid(header: string[], rows: string[][], align: ('l' | 'r')[]): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    '  ' + cells.map((c, i) => (align[i] === 'l' ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

export function formatReport(r: Report): string[] {
  const out: string[] = [];
  out.push(`== ${r.office} ${r.year ?? '（年度未知）'}${r.year ? ' 年' : ''}　[${r.id}]`);
  out.push(`文件：${r.file}`);
  out.push(`标题：${r.title || '（未找到）'}`);
  if (r.aliases?.length) out.push(`别名：${r.aliases.join('、')}`);
  if (r.period) out.push(`统计期限：${r.period}`);
  const contact = Object.entries(r.contact) as [ContactField, string][];
  out.push(`联系方式：${contact.length ? '' : '（报告未提供）'}`);
  for (const [k, v] of contact) out.push(`  ${CONTACT_LABEL[k]}：${v}`);

  out.push('', '表二 主动公开政府信息情况（— 未报告）');
  for (const row of T2_ROWS) {
    const cells = Object.entries(row.cols).map(([c, h]) => `${h} ${showValue(r.values[`t2.${row.id}.${c}`])}`);
    out.push(`  ${row.item} ${row.label}：${cells.join('｜')}`);
  }
  const oldCols = r.table2Raw.filter((raw) => Object.keys(raw.cells).some((k) => /新制作|新公开|对外公开|上一年|本年增|本年减|采购/.test(k)));
  for (const raw of oldCols) {
    out.push(`  （原表）${raw.item} ${raw.label}：${Object.entries(raw.cells).map(([k, v]) => `${k} ${v || '—'}`).join('｜')}`);
  }

  out.push('', '表三 收到和处理政府信息公开申请情况（* 为计算所得，— 未报告）');
  const cols = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total', 'org'];
  const rows = T3_ROWS.map((row) => {
    const indent = row.parent ? '    ' : row.derived || ['granted', 'partial', 'total'].includes(row.id) ? '  ' : '';
    return [`${indent}${row.num}${row.label.length > 16 ? row.label.slice(0, 16) + '…' : row.label}`, ...cols.map((c) => showValue(r.values[`t3.${row.id}.${c}`]))];
  });
  out.push(...grid(['', ...cols.map((c) => T3_COLUMN_LABEL[c]!)], rows, ['l', ...cols.map(() => 'r' as const)]));

  out.push('', '表四 政府信息公开行政复议、行政诉讼情况（— 未报告）');
  out.push(
    ...grid(
      ['', ...T4_COLUMNS.map((c) => c.label)],
      T4_GROUPS.map((g) => [g.label, ...T4_COLUMNS.map((c) => showValue(r.values[`t4.${g.id}.${c.id}`]))]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
  );

  out.push('', `信息处理费：${r.feeStatement ?? '（未找到）'}`);
  const bySection = new Map<string, number>();
  for (const p of r.passages) bySection.set(p.section, (bySection.get(p.section) ?? 0) + 1);
  out.push(`正文句子：${r.passages.length} 句（${[...bySection].map(([s, n]) => `${s} ${n}`).join('，') || '无'}）`);
  out.push(`检查结果（${r.findings.length}）：`, ...formatFindings(r.findings));
  return out;
}

export async function run(args: string[]): Promise<number> {
  let values: { reports?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { reports: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, db: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(`参数错误：${err instanceof Error ? err.message : String(err)}\n用法：disclosure-bot kb [--reports DIR] [--json]`);
    return 2;
  }
  if (values.help) {
    console.log('用法：disclosure-bot kb [--reports DIR] [--json]\n显示报告文件夹中每份报告的机关、年度、联系方式、全部表格数字、正文句数和检查结果。');
    return 0;
  }
  const dir = resolveReportsDir(args);
  const { reports, errors } = await loadLibrary(dir);
  if (values.json) {
    console.log(JSON.stringify({ dir, reports, errors }, null, 2));
    return 0;
  }
  const out: string[] = [`报告文件夹：${dir}`, `已加载 ${reports.length} 份报告，${errors.length} 个文件无法加载`, ''];
  for (const r of reports) out.push(...formatReport(r), '');
  if (errors.length) out.push('无法加载的文件：', ...formatErrors(errors));
  console.log(out.join('\n'));
  return 0;
}

