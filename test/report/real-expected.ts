/**
 * Reads test/fixtures/reports-real/EXPECTED-real.md: per "## file.pdf" section, the office/year line,
 * the contact table, and the tables 二 / 三 / 四 (markdown tables whose first column is a catalogue id).
 */
import type { Contact } from '../../src/report/types.js';

export interface ExpectedReport {
  file: string;
  office: string;
  year: number;
  contact: Contact;
  /** "t2.rules" → printed values in column order. */
  t2: Record<string, number[]>;
  /** "refused.law" → the 7 columns 自然人 … 总计. */
  t3: Record<string, number[]>;
  /** "review" → 维持, 纠正, 其他, 尚未审结, 总计. */
  t4: Record<string, number[]>;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

export function parseExpected(md: string): ExpectedReport[] {
  const out: ExpectedReport[] = [];
  let cur: ExpectedReport | null = null;
  let table = '';
  for (const line of md.split('\n')) {
    const file = /^## (\S+\.pdf)\s*$/.exec(line);
    if (file) {
      cur = { file: file[1]!, office: '', year: 0, contact: {}, t2: {}, t3: {}, t4: {} };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const head = /^### (.+)$/.exec(line);
    if (head) {
      table = head[1]!.trim();
      continue;
    }
    const who = /^- (?:office|.*office as printed in the title): ([^;(]+?)\s*(?:\(.*\))?; year: (\d{4})/.exec(line);
    if (who && !cur.office) {
      cur.office = who[1]!.trim();
      cur.year = Number(who[2]);
    }
    const title = /^- title: .*?; office: ([^;]+); year: (\d{4})/.exec(line);
    if (title) {
      cur.office = title[1]!.trim();
      cur.year = Number(title[2]);
    }
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const c = cells(line);
    if (table === 'contact' && c[0] !== 'field') (cur.contact as Record<string, string>)[c[0]!] = c[1]!;
    if (table === 'table 二' && c[0]!.startsWith('t2.')) cur.t2[c[0]!] = c[2]!.split('/').map((x) => Number(x.trim()));
    if (table === 'table 三' && c[0] !== 'id') cur.t3[c[0]!] = c.slice(2, 9).map(Number);
    if (table === 'table 四' && c[0] !== 'id') cur.t4[c[0]!] = c.slice(2, 7).map(Number);
  }
  return out;
}
