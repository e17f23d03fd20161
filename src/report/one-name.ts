/**
 * One office, one name: reports of one office whose titles name it with and without its county or city
 * ("宣州区杨柳镇人民政府" in 2025, "杨柳镇人民政府" in 2021) are filed under the fuller name, the shorter kept
 * as an alias — so "杨柳镇2021年…" finds the 2021 report, and the years of the office are compared and added.
 */
import { splitOffice } from '../understand/office-names.js';
import type { Report } from './types.js';

/** A place before an office's name: a county, district, city, prefecture or province ("宣州区", "淮安市"). */
const PLACE_PREFIX = /^\p{Script=Han}{2,8}?[省市区县州盟旗]$/u;

export function oneNamePerOffice(reports: Report[]): Report[] {
  const offices = [...new Set(reports.map((r) => r.office))];
  const fuller = new Map<string, string>();
  // (人民 said or left out names the same office: "硚口区政府办公室" is "武汉市硚口区人民政府办公室")
  const key = (o: string) => o.replace(/人民(?=政府)/g, '');
  for (const short of offices) {
    // (the shorter name must name a place of its own: never a bare organ, "教育局")
    if (!splitOffice(short).places.length) continue;
    const k = key(short);
    const longer = offices.filter((o) => o !== short && key(o) !== k && key(o).endsWith(k) && PLACE_PREFIX.test(key(o).slice(0, key(o).length - k.length)));
    if (longer.length === 1) fuller.set(short, longer[0]!);
  }
  // (a report whose other name, from its file name, is another report's office: "硚口区政府办公室" 2025 filed as
  // 武汉市硚口区人民政府办公室-2025, beside 武汉市硚口区人民政府办公室 2023)
  for (const r of reports) {
    if (fuller.has(r.office)) continue;
    const same = [...new Set((r.aliases ?? []).filter((a) => a !== r.office && offices.includes(a)))];
    if (same.length === 1 && same[0]!.length > r.office.length && !fuller.has(same[0]!)) fuller.set(r.office, same[0]!);
  }
  if (!fuller.size) return reports;
  return reports.map((r) => {
    const to = fuller.get(r.office);
    if (!to) return r;
    const aliases = [...new Set([...(r.aliases ?? []), r.office])];
    return { ...r, office: to, aliases, id: r.year ? `${to}-${r.year}` : r.id.replace(r.office, to) };
  });
}
