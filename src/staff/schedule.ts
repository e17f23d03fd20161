/**
 * A weekly schedule such as "mon 09:00" (or "周一 09:00") in an IANA time zone → the next run time.
 * Pure given `now`; no timers here (digest.ts arms them).
 */

export interface WeeklySchedule {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
}

const DAYS: Record<string, number> = {
  sun: 0, sunday: 0, 日: 0, 天: 0, 周日: 0, 周天: 0, 星期日: 0, 星期天: 0,
  mon: 1, monday: 1, 一: 1, 周一: 1, 星期一: 1,
  tue: 2, tuesday: 2, 二: 2, 周二: 2, 星期二: 2,
  wed: 3, wednesday: 3, 三: 3, 周三: 3, 星期三: 3,
  thu: 4, thursday: 4, 四: 4, 周四: 4, 星期四: 4,
  fri: 5, friday: 5, 五: 5, 周五: 5, 星期五: 5,
  sat: 6, saturday: 6, 六: 6, 周六: 6, 星期六: 6,
};

/** "mon 09:00" → { weekday: 1, hour: 9, minute: 0 }; null when malformed. */
export function parseSchedule(text: string): WeeklySchedule | null {
  const m = /^\s*(\S+?)\s*(\d{1,2}):(\d{2})\s*$/.exec(text.normalize('NFKC').toLowerCase());
  if (!m) return null;
  const weekday = DAYS[m[1]!];
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (weekday === undefined || hour > 23 || minute > 59) return null;
  return { weekday, hour, minute };
}

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of an instant in a time zone. */
function wall(t: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', weekday: 'short',
  }).formatToParts(new Date(t));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { y: Number(get('year')), mo: Number(get('month')), d: Number(get('day')), h: Number(get('hour')), mi: Number(get('minute')), wd };
}

/** The instant whose wall clock in `timeZone` is y-mo-d h:mi (one correction for the zone's offset). */
function instant(y: number, mo: number, d: number, h: number, mi: number, timeZone: string): number {
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const w = wall(naive, timeZone);
  const offset = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi) - naive;
  let t = naive - offset;
  const w2 = wall(t, timeZone);
  const offset2 = Date.UTC(w2.y, w2.mo - 1, w2.d, w2.h, w2.mi) - t;
  if (offset2 !== offset) t = naive - offset2; // a DST change between the two
  return t;
}

/** The first run strictly after `now`. */
export function nextRun(s: WeeklySchedule, timeZone: string, now: Date): Date {
  const today = wall(now.getTime(), timeZone);
  for (let i = 0; i <= 7; i++) {
    const day = new Date(Date.UTC(today.y, today.mo - 1, today.d + i));
    if (day.getUTCDay() !== s.weekday) continue;
    const t = instant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), s.hour, s.minute, timeZone);
    if (t > now.getTime()) return new Date(t);
  }
  // unreachable: within 8 days the weekday comes again
  return new Date(now.getTime() + 7 * 86_400_000);
}
