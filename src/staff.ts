/**
 * Staff commands: /stats /unanswered [N] /reports /check /reload /help (and Chinese aliases).
 * The core routes every message starting with "/" here; null means "not a staff command".
 * The formatters are shared with the CLI commands (stats, unanswered, reports).
 */
import { basename } from 'node:path';
import { log, type Logger } from './log.js';
import type { Core } from './core/types.js';
import type { Finding, LoadError, Report } from './report/types.js';
import type { Stats, Store, UnansweredItem } from './store/types.js';
import { NO_INTENT } from './store/engine.js';
import { defaultTimeZone, shortTime } from './store/time.js';

export interface StaffContext {
  store: Store;
  core: Pick<Core, 'reload' | 'reports' | 'loadErrors' | 'drafts'>;
  /** The conversation (group id, else user id): where a draft waits for /publish. */
  key?: string;
  staff: boolean;
  /** Who asked (for the log line of a refused attempt). */
  user?: string;
  logger?: Logger;
}

type Command = 'stats' | 'unanswered' | 'reports' | 'check' | 'reload' | 'publish' | 'digest' | 'help';

const ALIASES: Record<string, Command> = {
  stats: 'stats', 统计: 'stats', 数据: 'stats',
  unanswered: 'unanswered', 未答: 'unanswered', 未回答: 'unanswered', 未解答: 'unanswered',
  reports: 'reports', 报告: 'reports',
  check: 'check', 检查: 'check', 核对: 'check', 勾稽: 'check',
  reload: 'reload', 重载: 'reload', 重新加载: 'reload',
  publish: 'publish', 发布: 'publish', 确认发布: 'publish',
  digest: 'digest', 简报: 'digest', 周报: 'digest',
  help: 'help', 帮助: 'help',
};

export const UNANSWERED_DEFAULT = 10;
export const UNANSWERED_MAX = 50;
/** Findings listed in one chat message. */
const FINDINGS_MAX = 20;

export const REFUSAL = '抱歉，该指令仅供工作人员使用。如需咨询政府信息公开事宜，请直接输入您的问题。';

export const STAFF_HELP = [
  '工作人员指令：',
  '/统计 /stats — 近 7 天问答量、回答率、热门问题、满意度',
  '/未答 [N] /unanswered [N] — 未能回答的问题（前 N 条）',
  '/报告 /reports — 已加载的报告与加载失败的文件',
  '/检查 /check — 报告的勾稽关系检查结果',
  '/重载 /reload — 重新加载报告与问答配置',
  '/简报 /digest — 本周简报（与每周推送的内容相同）',
  '发送报告文件 — 核对草稿（勾稽关系、年份、缺行）并与上一年对比；/发布 /publish — 发布刚核对的草稿',
].join('\n');

/** "/统计", "／stats@MyBot 3" → { command, args }; null when not one of ours. */
export function parseStaffCommand(text: string): { command: Command; args: string[] } | null {
  const t = text.normalize('NFKC').trim();
  if (!t.startsWith('/')) return null;
  const [head = '', ...args] = t.slice(1).split(/\s+/);
  const name = head.replace(/@\S*$/, '').toLowerCase();
  // own keys only: "/constructor" is not a command
  const command = Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
  return command ? { command, args } : null;
}

export async function handleStaffCommand(text: string, ctx: StaffContext): Promise<string | null> {
  const parsed = parseStaffCommand(text);
  if (!parsed) return null;
  const { command, args } = parsed;
  if (!ctx.staff) {
    if (command === 'help') return null; // a citizen's /帮助 is the core's to answer
    (ctx.logger ?? log).warn({ command, ...(ctx.user ? { user: ctx.user } : {}) }, `非工作人员尝试使用工作人员指令 /${command}，已拒绝`);
    return REFUSAL;
  }
  switch (command) {
    case 'help':
      return STAFF_HELP;
    case 'stats':
      return formatStats(await ctx.store.stats());
    case 'unanswered': {
      const n = parseCount(args[0]);
      return formatUnanswered(await ctx.store.unanswered(), n);
    }
    case 'reports':
      return formatReports(ctx.core.reports(), ctx.core.loadErrors());
    case 'check':
      return formatFindings(ctx.core.reports());
    case 'publish':
      if (!ctx.core.drafts) return '此渠道不支持草稿发布。';
      try {
        return await ctx.core.drafts.publish(ctx.key ?? ctx.user ?? '');
      } catch (err) {
        return `⚠️ 发布失败：${err instanceof Error ? err.message : String(err)}`;
      }
    case 'digest': {
      const { buildDigest } = await import('./staff/digest.js');
      return buildDigest({ store: ctx.store, reports: () => ctx.core.reports(), loadErrors: () => ctx.core.loadErrors() });
    }
    case 'reload':
      try {
        const r = await ctx.core.reload();
        return `${r.ok ? '✅' : '⚠️'} ${r.message}`;
      } catch (err) {
        return `⚠️ 重新加载失败：${err instanceof Error ? err.message : String(err)}。仍在使用原有数据。`;
      }
  }
}

/** The N of "/unanswered N": default 10, at most 50. */
export function parseCount(arg: string | undefined, fallback = UNANSWERED_DEFAULT): number {
  const n = arg && /^\d+$/.test(arg) ? Number(arg) : fallback;
  return Math.min(Math.max(n, 1), UNANSWERED_MAX);
}

const pct = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(1)}%`;
const intentName = (i: string) => (i === NO_INTENT ? '未识别' : i);

export function formatStats(s: Stats, timeZone = defaultTimeZone()): string {
  const lines = ['📊 近 7 天问答量（日期 问题数/未能回答）：'];
  lines.push(s.days.map((d) => `${d.day.slice(5)} ${d.questions}${d.fallback ? `/${d.fallback}` : ''}`).join('，'));
  if (!s.total) {
    lines.push('记录中暂无问答。');
  } else {
    lines.push(`记录内共 ${s.total} 条（自 ${shortTime(s.since ?? '', timeZone)} 起）：已回答 ${pct(s.answeredPct)}，未能回答 ${pct(s.fallbackPct)}`);
    if (s.topIntents.length) lines.push(`热门问题：${s.topIntents.map((t) => `${t.intent} ${t.count}`).join('，')}`);
  }
  const { up, down, byIntent } = s.feedback;
  if (up + down) {
    lines.push(`满意度：👍 ${up} / 👎 ${down}（有用 ${pct(Math.round((up / (up + down)) * 1000) / 10)}）`);
    const worst = Object.entries(byIntent)
      .filter(([, b]) => b.down > 0)
      .sort(([, a], [, b]) => b.down - a.down)
      .slice(0, 3);
    if (worst.length) lines.push(`👎 较多：${worst.map(([i, b]) => `${intentName(i)} ${b.down}`).join('，')}`);
  } else {
    lines.push('满意度：暂无评价。');
  }
  return lines.join('\n');
}

const cut = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function formatUnanswered(items: UnansweredItem[], limit: number, timeZone = defaultTimeZone()): string {
  if (!items.length) return '暂无未能回答的问题。';
  const shown = items.slice(0, limit);
  const head = `❓ 未能回答的问题（共 ${items.length} 条，按次数列出前 ${shown.length} 条）：`;
  return [head, ...shown.map((u, i) => `${i + 1}. ${cut(u.text)} ×${u.count}（最近 ${shortTime(u.lastSeen, timeZone)}）`)].join('\n');
}

export function formatReports(reports: Report[], errors: LoadError[]): string {
  const lines = [reports.length ? `📄 已加载报告 ${reports.length} 份：` : '📄 尚未加载任何报告。'];
  reports.forEach((r, i) => {
    const values = Object.values(r.values).filter((v) => v.value !== null).length;
    lines.push(`${i + 1}. ${r.office} ${r.year ?? '（年份未知）'}${r.year ? '年' : ''} — ${basename(r.file)}；数据 ${values} 项，核对发现 ${r.findings.length} 条`);
  });
  if (errors.length) {
    lines.push(`⚠️ 加载失败 ${errors.length} 个文件：`);
    for (const e of errors) lines.push(`- ${e.message.includes(basename(e.file)) ? e.message : `${basename(e.file)}：${e.message}`}`);
  }
  return lines.join('\n');
}

const SEVERITY: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };
const ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

export function formatFinding(f: Finding): string {
  const where = [f.row && `行：${f.row}`, f.column && `列：${f.column}`, f.numbers?.length && `数：${f.numbers.join('、')}`].filter(Boolean);
  return `${SEVERITY[f.severity] ?? '•'} [${f.rule}] ${f.message}${where.length ? `（${where.join('；')}）` : ''}`;
}

export function formatFindings(reports: Report[], max = FINDINGS_MAX): string {
  if (!reports.length) return '尚未加载任何报告，无可检查的内容。';
  const lines: string[] = [];
  let shown = 0;
  let hidden = 0;
  for (const r of reports) {
    if (!r.findings.length) {
      lines.push(`✅ ${r.id}：未发现问题`);
      continue;
    }
    const counts = (['error', 'warning', 'info'] as const).map((s) => [s, r.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n);
    lines.push(`📋 ${r.id}：${counts.map(([s, n]) => `${SEVERITY[s]} ${n}`).join(' ')}`);
    for (const f of [...r.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])) {
      if (shown < max) (lines.push(formatFinding(f)), shown++);
      else hidden++;
    }
  }
  if (hidden) lines.push(`……另有 ${hidden} 条未列出（完整结果：disclosure-bot check）`);
  return lines.join('\n');
}

