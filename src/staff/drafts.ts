/**
 * Draft check: a staff member sends a report file (Telegram document, dashboard upload, …); the bot
 * reads it with the same loader as the reports folder, lists its findings (each with where it is), and
 * compares it with the same office's previous loaded report. The draft stays in a private staging
 * folder — never seen by citizens — until a staff member confirms with /publish, which copies it into
 * the reports folder and reloads.
 *
 * Channels check that the sender is staff BEFORE fetching the file: a non-staff file is never
 * downloaded, so never kept.
 */
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { compareReports } from '../answer/trend.js';
import { ReportError } from '../report/errors.js';
import { SUPPORTED_EXTENSIONS, isSupported } from '../report/extract/index.js';
import type { Finding, Report } from '../report/types.js';

/** Largest draft accepted (Telegram bots may download up to 20 MB; a report PDF is a few MB). */
export const DRAFT_MAX_BYTES = 20 * 1024 * 1024;
/** Findings listed in the reply; the rest are counted. */
const FINDINGS_SHOWN = 20;
/** Drafts kept waiting for /publish (oldest dropped first). */
const PENDING_MAX = 20;

export const DRAFT_REFUSAL = '抱歉，报告草稿核对仅供工作人员使用，您发送的文件未被保存。如需咨询政府信息公开事宜，请直接输入您的问题。';
export const PUBLISH_HINT = '确认无误后发送 /发布（/publish）即可发布，发布前市民看不到这份草稿。';

export interface DraftDeskOptions {
  /** The reports folder /publish copies into; default the one the core loads (resolveReportsDir). */
  reportsDir?: string;
  /** Loaded reports (for the comparison and the cross-report checks). */
  reports: () => Report[];
  /** Reloads the core after a publish; returns its Chinese summary. */
  reload: () => Promise<{ ok: boolean; message: string }>;
  maxBytes?: number;
  /** Staging folder for drafts; default a fresh folder under the OS temp dir. */
  stagingDir?: string;
}

interface Pending {
  file: string;
  report: Report;
  name: string;
}

export interface DraftResult {
  ok: boolean;
  /** The reply for staff (Chinese). */
  text: string;
  report?: Report;
}

/** Keeps a file name safe for a folder: no path, no control characters, a supported extension kept. */
export function safeName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '');
  return base.slice(-120) || 'draft.txt';
}

export class DraftDesk {
  /** Size cap (DRAFT_MAX_MB). */
  maxBytes: number;
  private staging: string | undefined;
  private pending = new Map<string, Pending>();

  constructor(private readonly opts: DraftDeskOptions) {
    this.maxBytes = opts.maxBytes ?? DRAFT_MAX_BYTES;
    this.staging = opts.stagingDir;
  }

  /** A refusal to send before downloading, or null when the announced file may be fetched. */
  precheck(name: string, size?: number): string | null {
    if (!isSupported(name)) {
      return `⚠️ 无法核对“${safeName(name)}”：不支持的文件类型，支持 ${SUPPORTED_EXTENSIONS.join(' ')}。`;
    }
    if (size !== undefined && size > this.maxBytes) return this.tooBig(name, size);
    return null;
  }

  private tooBig(name: string, size: number): string {
    const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return `⚠️ 无法核对“${safeName(name)}”：文件 ${mb(size)}，超过上限 ${mb(this.maxBytes)}。`;
  }

  private async stagingDir(): Promise<string> {
    if (!this.staging) this.staging = await mkdtemp(join(tmpdir(), 'disclosure-drafts-'));
    await mkdir(this.staging, { recursive: true });
    return this.staging;
  }

  /**
   * Checks a draft. `key` is the conversation (group or private chat) a later /publish comes from.
   * A file that cannot be read as a report is removed at once.
   */
  async check(key: string, name: string, data: Uint8Array): Promise<DraftResult> {
    const pre = this.precheck(name, data.length);
    if (pre) return { ok: false, text: pre };
    if (!data.length) return { ok: false, text: `⚠️ 无法核对“${safeName(name)}”：文件为空。` };
    const dir = await mkdtemp(join(await this.stagingDir(), 'd-'));
    const file = join(dir, safeName(name));
    await writeFile(file, data);
    let report: Report;
    try {
      // an uploaded file is read in a worker with a memory cap and a time limit (a bomb is refused, the bot goes on)
      const { loadReportIsolated } = await import('../report/worker/isolated.js');
      report = await loadReportIsolated(file);
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      const reason = err instanceof ReportError ? err.reason : err instanceof Error ? err.message : String(err);
      return { ok: false, text: `⚠️ 无法核对“${safeName(name)}”：${reason}。未保存该文件。` };
    }
    // the checks across years of one office (结转, 现行有效件数) against the loaded reports
    const loaded = this.opts.reports().filter((r) => r.office === report.office && r.id !== report.id);
    // the checks and the staff wording are loaded with the first draft (a start that never sees one skips them)
    const [{ checkLibrary }, { formatFinding }] = await Promise.all([import('../report/check.js'), import('../staff.js')]);
    const cross = checkLibrary([...loaded.map((r) => ({ ...r, findings: [] })), report]).get(report.id) ?? [];
    report.findings.push(...cross);

    const prev = previousReport(loaded, report);
    const text = formatDraft(report, prev, formatFinding);
    const old = this.pending.get(key);
    if (old) await rm(join(old.file, '..'), { recursive: true, force: true });
    this.pending.delete(key);
    this.pending.set(key, { file, report, name: safeName(name) });
    while (this.pending.size > PENDING_MAX) {
      const [k, p] = this.pending.entries().next().value as [string, Pending];
      this.pending.delete(k);
      await rm(join(p.file, '..'), { recursive: true, force: true });
    }
    return { ok: true, text, report };
  }

  /** The draft waiting in a conversation, if any. */
  waiting(key: string): Report | undefined {
    return this.pending.get(key)?.report;
  }

  /**
   * /publish: copies the conversation's draft into the reports folder as "<office>-<year><ext>" (an
   * older file of the same report is kept as a hidden .bak) and reloads.
   */
  async publish(key: string): Promise<string> {
    const p = this.pending.get(key);
    if (!p) return '没有待发布的草稿：请先发送报告文件，核对后再发送 /发布。';
    const reportsDir: string = this.opts.reportsDir ?? (await import('../report/library.js')).resolveReportsDir();
    const target = join(reportsDir, `${p.report.id}${extname(p.file).toLowerCase()}`);
    await mkdir(reportsDir, { recursive: true });
    // the same report already in the folder (any file name or form): set it aside, hidden
    for (const r of this.opts.reports()) {
      if (r.id === p.report.id && r.file.startsWith(reportsDir)) {
        await rename(r.file, join(reportsDir, `.${basename(r.file)}.bak`)).catch(() => {});
      }
    }
    for (const n of await readdir(reportsDir)) {
      if (n !== basename(target) && n.startsWith(`${p.report.id}.`)) {
        await rename(join(reportsDir, n), join(reportsDir, `.${n}.bak`)).catch(() => {});
      }
    }
    await copyFile(p.file, target);
    this.pending.delete(key);
    await rm(join(p.file, '..'), { recursive: true, force: true });
    const r = await this.opts.reload();
    return `✅ 已发布 ${p.report.id}（${basename(target)}），市民现在可以查询。\n${r.message}`;
  }

  /** Removes the staging folder (drafts not published are dropped). */
  async close(): Promise<void> {
    this.pending.clear();
    if (this.staging && !this.opts.stagingDir) await rm(this.staging, { recursive: true, force: true });
  }
}

/** The office's newest loaded report before the draft's year. */
export function previousReport(sameOffice: Report[], draft: Report): Report | undefined {
  return sameOffice
    .filter((r) => r.year !== null && (draft.year === null || r.year < draft.year))
    .sort((a, b) => b.year! - a.year!)[0];
}

export function formatDraft(report: Report, prev: Report | undefined, formatFinding: (f: Finding) => string): string {
  const lines = [`📝 草稿核对：${report.office} ${report.year ?? '（年份未知）'}${report.year ? '年' : ''}报告（${basename(report.file)}）`];
  if (!report.findings.length) {
    lines.push('✅ 未发现问题（勾稽关系、年份、缺行、表头标签均已核对）。');
  } else {
    const order = { error: 0, warning: 1, info: 2 } as const;
    const sorted = [...report.findings].sort((a, b) => order[a.severity] - order[b.severity]);
    lines.push(`发现 ${report.findings.length} 处需要核对：`);
    for (const f of sorted.slice(0, FINDINGS_SHOWN)) lines.push(formatFinding(f));
    if (sorted.length > FINDINGS_SHOWN) lines.push(`……另有 ${sorted.length - FINDINGS_SHOWN} 条未列出`);
  }
  if (prev) {
    const cmp = compareReports(prev, report);
    lines.push('', `📈 与 ${prev.year} 年报告对比：`, ...(cmp.length ? cmp : ['两份报告没有可对比的数字。']));
  } else {
    lines.push('', '（尚未加载该机关往年的报告，无法对比。）');
  }
  lines.push('', PUBLISH_HINT);
  return lines.join('\n');
}
