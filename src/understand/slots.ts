/**
 * Which report a question is about: years ("2022年", "去年") and offices ("南岗区", "沭阳县人民政府")
 * named in the text, matched against the loaded reports. Mentions of a year or office that is not
 * loaded are returned too, so the answer can say "我只有…的报告" instead of using another report.
 */
import type { Span } from './metrics.js';

export interface ReportRef {
  id: string;
  office: string;
  aliases?: string[];
  year: number | null;
  /** Title, address and department text: place names found there are not "other offices". */
  context?: string;
}

export interface ReportSlots {
  years: number[];
  /** Offices (report.office values) named in the text. */
  offices: string[];
  /** Place/office names in the text that match no loaded report. */
  unknownOffices: string[];
  spans: Span[];
}

const SUFFIXES = /(人民政府办公室|人民政府办公厅|政府办公室|人民政府|政府|办公室|办公厅)$/;

/** Names a citizen may use for an office: "南岗区人民政府办公室" → 南岗区人民政府办公室, 南岗区, 南岗. */
export function officeNames(office: string): string[] {
  const names = new Set<string>([office]);
  let base = office;
  while (SUFFIXES.test(base)) base = base.replace(SUFFIXES, '');
  if (base.length >= 2) names.add(base);
  // strip a leading city: 哈尔滨市南岗区 → 南岗区
  const m = /^.{2,4}?[省市](.{2,}[区县市])$/.exec(base);
  if (m) names.add(m[1]!);
  for (const n of [...names]) {
    const short = n.replace(/[区县市省]$/, '');
    if (short.length >= 2 && short !== n && /[区县市省]$/.test(n)) names.add(short);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** A place named as the subject of a report question: "道里区政府", "北京市的报告", "海淀区收到多少申请". */
const PLACE = /([\p{Script=Han}]{2,5}?)(省|市|县|区|自治州|自治县|旗)(?=人民政府|政府|办公室|的?报告|的?年报|的?数据|的?情况|收到|受理|一共|共|有多少|的申请|的电话|的地址|的联系|信息公开|\d{2,4}年|去年|今年|前年)/gu;
const NOT_PLACE = /^(社|小|园|景|城|市|地|郊|辖|全|本|该|我|你|他|贵|各|新|老|片|校|学|商业|工业|开发|保税|试验|示范|专|政务|政务公开专|线下|服务|风|山|湖|省|直|管)$|专$|公开$|服务$|政务$/;

export function findReportSlots(text: string, reports: ReportRef[], now = new Date()): ReportSlots {
  const spans: Span[] = [];
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})(?:\s*年度?|(?![\d.]))/g)) {
    years.add(Number(m[1]));
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(/(?<![\d])(\d{2})年(?!度?[内底末初])/g)) {
    const y = 2000 + Number(m[1]);
    if (y >= 2008 && y <= now.getFullYear()) {
      years.add(y);
      spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const m of text.matchAll(/(去年|前年)(?:度)?/g)) {
    years.add(now.getFullYear() - (m[1] === '去年' ? 1 : 2));
    spans.push({ start: m.index!, end: m.index! + m[0].length });
  }

  const offices = new Set<string>();
  const known: string[] = [];
  for (const r of reports) {
    for (const office of [r.office, ...(r.aliases ?? [])]) {
      for (const name of officeNames(office)) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
          if (spans.some((s) => i < s.end && s.start < i + name.length)) continue;
          offices.add(r.office);
          spans.push({ start: i, end: i + name.length });
        }
        known.push(name);
      }
    }
  }
  const unknownOffices: string[] = [];
  for (const m of text.matchAll(PLACE)) {
    const start = m.index!;
    if (spans.some((s) => start < s.end && s.start < start + m[0].length)) continue;
    const stem = m[1]!;
    if (NOT_PLACE.test(stem) || NOT_PLACE.test(stem.slice(-2)) || NOT_PLACE.test(stem.slice(-1))) continue;
    const name = stem + m[2];
    if (known.some((k) => k.includes(name) || name.includes(k))) continue;
    if (reports.some((r) => r.context?.includes(name))) continue;
    unknownOffices.push(name);
    spans.push({ start, end: start + m[0].length });
  }
  return { years: [...years], offices: [...offices], unknownOffices, spans };
}

/** Removes spans from a text (used to classify a question without its slots). */
export function cutSpans(text: string, spans: Span[], filler = ' '): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let s = text;
  for (const sp of sorted) s = s.slice(0, sp.start) + filler + s.slice(sp.end);
  return s;
}
