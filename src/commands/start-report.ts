/**
 * What `start` tells a person at start about the reports (issue 14, item 8: quiet failures made loud):
 * every file that could not be read with its reason, an empty folder, a DEFAULT_OFFICE that matches no
 * report (exit 2), and which office answers questions that name none when several are loaded.
 * Plain Chinese lines for stderr; names escaped (a file name cannot forge lines or clear the screen).
 */
import { basename } from 'node:path';
import { escapeName } from '../log.js';
import type { LoadError, Report } from '../report/types.js';
import { officeNames } from '../understand/office-names.js';
import { hasTableFigures } from '../core/select.js';

export interface LoadSummary {
  lines: string[];
  /** 2 when the configuration is wrong (DEFAULT_OFFICE names no loaded office). */
  exit?: number;
}

/** Same matching as the core's default (select.ts): any name of the office. */
export function officeMatches(r: Report, name: string): boolean {
  return r.office === name || r.office.includes(name) || officeNames(r.office).includes(name);
}

const newest = (rs: Report[]) => [...rs].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];

export function summariseLoad(reports: Report[], errors: LoadError[], opts: { defaultOffice?: string; reportsDir?: string }): LoadSummary {
  const lines: string[] = [];
  const dir = escapeName(opts.reportsDir ?? 'data/reports');
  if (errors.length) {
    lines.push(`有 ${errors.length} 个报告文件无法读取（其余报告照常使用）：`);
    for (const e of errors) lines.push(`  - ${escapeName(e.message.startsWith(basename(e.file)) ? e.message : `${e.file}：${e.message}`)}`);
  }
  for (const r of reports) {
    const bad = r.findings.filter((f) => f.rule === 'sanity');
    if (!bad.length) continue;
    lines.push(`报告 ${escapeName(r.id)} 有 ${bad.length} 项不合理的数据（已加载；这些数据不会回答给市民，市民问到时会被告知报告数据有误并给出咨询电话，详见 /check）：`);
    for (const f of bad.slice(0, 5)) lines.push(`  - ${f.message.replace(/。该项不会回答给市民.*$/, '')}`);
    if (bad.length > 5) lines.push(`  ……另有 ${bad.length - 5} 项`);
  }
  if (!reports.length) {
    lines.push(`报告文件夹 ${dir} 中没有可用的年度报告：机器人只能回答申请办法等一般问题。请把报告文件（.pdf .docx .html .txt .md）放进该文件夹后发送 /reload 或重新启动。`);
  }
  const offices = [...new Set(reports.map((r) => r.office))];
  if (opts.defaultOffice && reports.length && !reports.some((r) => officeMatches(r, opts.defaultOffice!))) {
    lines.push(`DEFAULT_OFFICE 的值“${escapeName(opts.defaultOffice)}”与已加载的报告都不符：已加载的单位有 ${offices.join('、')}。请改成其中之一（或其简称），或清空 DEFAULT_OFFICE。`);
    return { lines, exit: 2 };
  }
  if (!opts.defaultOffice && offices.length > 1) {
    const withData = reports.filter(hasTableFigures);
    const d = newest(withData.length ? withData : reports)!;
    lines.push(
      `已加载 ${offices.length} 个单位的报告（${offices.join('、')}）。未设置 DEFAULT_OFFICE：没有说明单位的问题按 ${d.office} 回答（年份最新${withData.length ? '且有数据' : ''}的报告：${d.year ?? '年度未知'}年）。如需固定默认单位，请设置 DEFAULT_OFFICE。`,
    );
  }
  return { lines };
}
