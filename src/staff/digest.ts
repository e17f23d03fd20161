/**
 * Weekly digest for the staff group: questions asked in the last 7 days, answer and fallback rates,
 * the top 10 unanswered questions with their counts, feedback, the reports loaded and their check
 * findings. Pushed on a configurable schedule (DIGEST_SCHEDULE "mon 09:00", DIGEST_TZ).
 *
 * The clock is injected (now + setTimeout), so tests run it with fake timers.
 */
import { basename } from 'node:path';
import type { LoadError, Report } from '../report/types.js';
import type { Store } from '../store/types.js';
import { defaultTimeZone, shortTime } from '../store/time.js';
import { nextRun, type WeeklySchedule } from './schedule.js';

/** Unanswered questions listed in the digest. */
export const DIGEST_TOP = 10;
const WEEK_MS = 7 * 86_400_000;
/** setTimeout's largest delay (2^31 − 1 ms ≈ 24.8 days); a week fits, re-armed anyway for safety. */
const MAX_DELAY = 2 ** 31 - 1;

export interface DigestSources {
  store: Pick<Store, 'stats' | 'unanswered'>;
  reports: () => Report[];
  loadErrors: () => LoadError[];
  timeZone?: string;
}

const pct = (n: number, d: number) => (d ? `${Math.round((n / d) * 1000) / 10}%` : '—');

export async function buildDigest(src: DigestSources, now = new Date()): Promise<string> {
  const tz = src.timeZone ?? defaultTimeZone();
  const stats = await src.store.stats();
  const asked = stats.days.reduce((a, d) => a + d.questions, 0);
  const answered = stats.days.reduce((a, d) => a + d.answered, 0);
  const fallback = stats.days.reduce((a, d) => a + d.fallback, 0);
  const since = now.getTime() - WEEK_MS;
  const unanswered = (await src.store.unanswered()).filter((u) => Date.parse(u.lastSeen) >= since).slice(0, DIGEST_TOP);
  const from = stats.days[0]?.day ?? '';
  const to = stats.days.at(-1)?.day ?? '';
  const lines = [`📮 政务公开问答机器人 · 每周简报（${from} 至 ${to}）`, ''];
  lines.push(`一、问答量：${asked} 条；已回答 ${answered} 条（${pct(answered, asked)}），未能回答 ${fallback} 条（${pct(fallback, asked)}）`);
  lines.push(`每日：${stats.days.map((d) => `${d.day.slice(5)} ${d.questions}`).join('，')}`);
  lines.push('', `二、未能回答的问题（本周，前 ${DIGEST_TOP} 条，按次数）：`);
  if (!unanswered.length) lines.push('本周没有未能回答的问题。');
  unanswered.forEach((u, i) => lines.push(`${i + 1}. ${u.text.length > 40 ? `${u.text.slice(0, 40)}…` : u.text} ×${u.count}（最近 ${shortTime(u.lastSeen, tz)}）`));
  const { up, down, byIntent } = stats.feedback;
  lines.push('', '三、评价：');
  if (up + down) {
    lines.push(`👍 ${up} / 👎 ${down}（有用 ${pct(up, up + down)}）`);
    const worst = Object.entries(byIntent).filter(([, b]) => b.down > 0).sort(([, a], [, b]) => b.down - a.down).slice(0, 3);
    if (worst.length) lines.push(`👎 较多：${worst.map(([i, b]) => `${i} ${b.down}`).join('，')}`);
  } else {
    lines.push('暂无评价。');
  }
  const reports = src.reports();
  const errors = src.loadErrors();
  lines.push('', `四、已加载报告 ${reports.length} 份：`);
  for (const r of reports) {
    const e = r.findings.filter((f) => f.severity === 'error').length;
    const w = r.findings.filter((f) => f.severity === 'warning').length;
    const findings = r.findings.length ? `核对发现 ${r.findings.length} 条（错误 ${e}，提醒 ${w}）` : '核对未发现问题';
    lines.push(`- ${r.id}：${findings}`);
  }
  for (const e of errors) lines.push(`- ⚠️ ${basename(e.file)} 加载失败：${e.message}`);
  lines.push('', '详情：发送 /检查 查看核对结果，/未答 查看全部未答问题。');
  return lines.join('\n');
}

export interface Clock {
  now(): Date;
  setTimeout(fn: () => void, ms: number): { unref?: () => void } | unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => new Date(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface DigestSchedulerOptions {
  schedule: WeeklySchedule;
  timeZone: string;
  build: (now: Date) => Promise<string>;
  /** Sends the digest to the staff group(s). */
  send: (text: string) => Promise<void>;
  clock?: Clock;
  onError?: (err: unknown) => void;
}

export interface DigestScheduler {
  /** The next run time. */
  next(): Date;
  stop(): void;
}

/** Arms a timer for the next run; after each run, the one after. */
export function scheduleDigest(opts: DigestSchedulerOptions): DigestScheduler {
  const clock = opts.clock ?? SYSTEM_CLOCK;
  let timer: unknown;
  let stopped = false;
  let due = nextRun(opts.schedule, opts.timeZone, clock.now());

  const arm = () => {
    if (stopped) return;
    const delay = Math.max(0, Math.min(due.getTime() - clock.now().getTime(), MAX_DELAY));
    timer = clock.setTimeout(() => void fire(), delay);
    (timer as { unref?: () => void } | undefined)?.unref?.();
  };
  const fire = async () => {
    if (stopped) return;
    const now = clock.now();
    if (now.getTime() < due.getTime()) return arm(); // woke early (long delays are capped)
    try {
      await opts.send(await opts.build(now));
    } catch (err) {
      opts.onError?.(err);
    }
    due = nextRun(opts.schedule, opts.timeZone, new Date(Math.max(now.getTime(), due.getTime())));
    arm();
  };
  arm();
  return {
    next: () => due,
    stop() {
      stopped = true;
      clock.clearTimeout(timer);
    },
  };
}
