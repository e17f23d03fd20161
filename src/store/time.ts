/** Calendar days and short times in the office's time zone (Asia/Shanghai unless TZ is set). */

export function defaultTimeZone(): string {
  return process.env.TZ || 'Asia/Shanghai';
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, f);
  }
  return f;
}

function parts(date: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format(timeZone).formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** "2026-11-28" */
export function dayKey(date: Date | string, timeZone: string): string {
  const p = parts(new Date(date), timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "11-28 09:05" */
export function shortTime(date: Date | string, timeZone: string): string {
  const p = parts(new Date(date), timeZone);
  return `${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The `n` calendar days ending today, oldest first. */
export function lastDays(now: Date, n: number, timeZone: string): string[] {
  const today = dayKey(now, timeZone);
  const noon = Date.parse(`${today}T12:00:00Z`);
  const days: string[] = [];
  for (let i = n - 1; i >= 0; i--) days.push(new Date(noon - i * 86_400_000).toISOString().slice(0, 10));
  return days;
}

/** Normalises a caller-given time to the ISO form stored (UTC, "Z"). */
export function isoTime(value: string | Date): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`无效的时间：${String(value)}`);
  return d.toISOString();
}
