/**
 * Staff tools settings from the environment: the weekly digest's schedule and time zone, the
 * /admin dashboard token, the draft size cap. Errors are ConfigErrors (one line, Chinese then English).
 */
import { parseSchedule, validTimeZone, type WeeklySchedule } from './schedule.js';

export const STAFF_TOOL_VARIABLES = ['DIGEST_SCHEDULE', 'DIGEST_TZ', 'ADMIN_TOKEN', 'DRAFT_MAX_MB'] as const;

/** A token shorter than this is refused: the dashboard can edit intents. */
export const ADMIN_TOKEN_MIN = 16;

export interface StaffToolsConfig {
  /** Weekly digest to the staff groups; off when DIGEST_SCHEDULE is unset. */
  digest?: { schedule: WeeklySchedule; text: string; timeZone: string };
  /** /admin is served only when set. */
  adminToken?: string;
  draftMaxBytes?: number;
}

type Fail = (variable: string, zh: string, en: string) => never;

export function loadStaffToolsConfig(env: NodeJS.ProcessEnv, fail: Fail): StaffToolsConfig {
  const out: StaffToolsConfig = {};
  const tz = env.DIGEST_TZ?.trim() || env.TZ || 'Asia/Shanghai';
  if (!validTimeZone(tz)) fail('DIGEST_TZ', `DIGEST_TZ“${tz}”不是有效的时区，例如 Asia/Shanghai`, `DIGEST_TZ "${tz}" is not a valid IANA time zone, e.g. Asia/Shanghai`);
  const text = env.DIGEST_SCHEDULE?.trim();
  if (text) {
    const schedule = parseSchedule(text);
    if (!schedule) {
      fail('DIGEST_SCHEDULE', `DIGEST_SCHEDULE“${text}”格式不对：写成“星期 时:分”，如 mon 09:00 或 周一 09:00`, `DIGEST_SCHEDULE "${text}" is malformed: write "<weekday> HH:MM", e.g. mon 09:00`);
    }
    out.digest = { schedule, text, timeZone: tz };
  }
  const token = env.ADMIN_TOKEN?.trim();
  if (token) {
    if (token.length < ADMIN_TOKEN_MIN) {
      fail('ADMIN_TOKEN', `ADMIN_TOKEN 太短：至少 ${ADMIN_TOKEN_MIN} 个字符（可用 openssl rand -hex 16 生成）`, `ADMIN_TOKEN is too short: at least ${ADMIN_TOKEN_MIN} characters (openssl rand -hex 16)`);
    }
    out.adminToken = token;
  }
  const mb = env.DRAFT_MAX_MB?.trim();
  if (mb) {
    const n = Number(mb);
    if (!(n > 0 && n <= 100)) fail('DRAFT_MAX_MB', `DRAFT_MAX_MB“${mb}”应为 1 到 100 之间的数字（MB）`, `DRAFT_MAX_MB "${mb}" must be a number from 1 to 100 (MB)`);
    out.draftMaxBytes = Math.round(n * 1024 * 1024);
  }
  return out;
}
