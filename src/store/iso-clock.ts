/**
 * The time now as an ISO string (Date.prototype.toISOString's text), for the turn log. Every reply logs a
 * turn, and a reply takes less than a millisecond: toISOString ran for nearly every turn (~0.4 µs, ~0.7 %
 * of a first-seen in-process reply, CPU profile). It runs once per second here; within the second only
 * the milliseconds change, written in the same three digits.
 */
export function isoClock(): () => string {
  let second = NaN;
  /** toISOString of the second's start without its milliseconds and "Z" ("2026-12-01T05:38:07."). */
  let head = '';
  let ms = -1;
  let iso = '';
  return () => {
    const now = Date.now();
    if (now === ms) return iso;
    ms = now;
    const s = Math.floor(now / 1000);
    if (s !== second) {
      second = s;
      head = new Date(s * 1000).toISOString().slice(0, -4);
    }
    const frac = now - s * 1000;
    iso = `${head}${frac < 10 ? '00' : frac < 100 ? '0' : ''}${frac}Z`;
    return iso;
  };
}
