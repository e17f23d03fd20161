/**
 * Counts the text gives as a list "respectively" ("全省行政许可、行政处罚、行政强制决定数量分别为2764.2万宗、3124万宗和
 * 188.2万宗"): each thing of the list with its count, in order — only when the list and the counts are as many.
 */

export interface RespectiveCount {
  /** The thing as the list names it ("行政处罚"), the words they share after the last one left out. */
  item: string;
  value: number;
  /** The measure as printed after the number, 万 or 亿 kept ("万宗", "件", "亿元"). */
  unit: string;
  approx: boolean;
  /** The sentence's clause holding the list and its counts, as printed. */
  clause: string;
}

/** The list, 分别 and its counts, inside one clause (no comma, full stop or semicolon across). */
// (the list may end the clause before, "“A”和“B”微信公众号运转正常,分别发布了信息405条和102条信息": its things there)
const RESPECTIVELY = /([^，,。；;：:]{4,80}?)[，,]?\s*分别(?:为|是|达到?|有|(?:发布|公开|推送|办理|受理|收到)了?(?:各类)?(?:政府)?(?:信息)?)\s*([^。；;]{2,120})/gu;
/** One count of the list: the number, 万 or 亿, an approximate mark, its measure word. */
// (the thing counted said again after the last, "102条信息": the count still)
const COUNT = /^\s*(\d+(?:\.\d+)?)\s*(万|亿)?\s*(余|多)?\s*([件条个项次份篇宗家人起例]|元|万元|亿元)?\s*(余|多)?\s*(?:的?(?:政府)?信息)?\s*$/u;
/** What joins the things of a list and its counts. */
const JOIN = /、|和|及|与|以及|，|,/;
/** The most things a list may name (more is a run of text, not a list). */
const LIST_MAX = 8;

export function respectiveCounts(text: string): RespectiveCount[] {
  const out: RespectiveCount[] = [];
  for (const m of text.matchAll(RESPECTIVELY)) {
    const things = m[1]!.split(/、|和|及|与/).map((s) => s.trim()).filter(Boolean);
    // (the counts: up to the first piece that is no count)
    const pieces = m[2]!.split(JOIN);
    const counts: { value: number; unit: string; approx: boolean }[] = [];
    let unit = '';
    for (const p of pieces) {
      const c = COUNT.exec(p);
      if (!c) break;
      const value = Number(c[1]);
      const u = `${c[2] ?? ''}${c[4] ?? ''}`;
      counts.push({ value, unit: u, approx: !!(c[3] || c[5]) });
      unit ||= u;
    }
    if (things.length < 2 || things.length > LIST_MAX || counts.length !== things.length) continue;
    // (a measure said once, after the last count: "分别为12、10和2件")
    for (const c of counts) c.unit ||= unit;
    const clause = m[0].trim();
    things.forEach((item, k) => out.push({ item, ...counts[k]!, clause }));
  }
  return out;
}
