/**
 * End to end: every generated form of 南岗区 2022 (HTML, docx, three PDFs) goes through
 * readDocument → parseReport and must give the figures of tables 二 and 三, and the contact, of the
 * .txt — the source of truth — and the figures worked out by hand in EXPECTED.md.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';
import type { Report, Value } from '../../src/report/types.js';
import { GENERATED, NAME, REPORTS, tightContact } from './extract-helpers.js';

const pick = (r: Report, prefix: string): Record<string, Value> =>
  Object.fromEntries(Object.entries(r.values).filter(([k]) => k.startsWith(prefix)));
const figures = (r: Report, prefix: string) => Object.fromEntries(Object.entries(pick(r, prefix)).map(([k, v]) => [k, v.value]));

let txt: Report;
beforeAll(async () => {
  txt = await loadReport(join(REPORTS, `${NAME}.txt`));
});

describe('the .txt itself matches EXPECTED.md', () => {
  it('tables 二 and 三, contact', () => {
    expect(figures(txt, 't2.normative.')).toEqual({ 't2.normative.issued': 4, 't2.normative.repealed': 1, 't2.normative.valid': 18 });
    expect(txt.values['t3.new.total']?.value).toBe(15);
    expect(txt.values['t3.granted.total']?.value).toBe(4);
    expect(txt.values['t3.refused.total']?.value).toBe(2);
    expect(txt.values['t3.unable.total']?.value).toBe(8);
    expect(txt.values['t3.unable.not-held.total']?.value).toBe(6);
    expect(txt.values['t3.rejected.petition.natural']?.value).toBe(1);
    expect(txt.values['t3.total.total']?.value).toBe(15);
    expect(txt.contact.phone).toBe('0451-82705546');
  });
});

describe.each([`${NAME}.html`, `${NAME}.docx`, `${NAME}.pdf`, `${NAME}-paged.pdf`, `${NAME}-writer.pdf`])('%s → Report', (name) => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(GENERATED, name));
  });

  it('is the same report (id, office, year)', () => {
    expect([r.id, r.office, r.year]).toEqual([txt.id, txt.office, txt.year]);
  });

  it('table 二: the whole values map equals the .txt', () => {
    expect(Object.keys(pick(r, 't2.')).length).toBeGreaterThanOrEqual(9);
    expect(pick(r, 't2.')).toEqual(pick(txt, 't2.'));
  });

  it('table 三: the whole values map equals the .txt', () => {
    expect(Object.keys(pick(r, 't3.')).length).toBeGreaterThan(150);
    expect(pick(r, 't3.')).toEqual(pick(txt, 't3.'));
    expect(r.values['t3.refused.third-party.total']?.value).toBe(1);
  });

  it('table 四 and the contact', () => {
    expect(figures(r, 't4.')).toEqual(figures(txt, 't4.'));
    if (name.endsWith('.pdf')) {
      // a PDF gives "大成街52号" for the source's "大成街 52 号" (spaces next to digits dropped)
      expect(r.contact).toEqual(tightContact(txt.contact));
      expect(r.contact.address).toBe('哈尔滨市南岗区大成街52号');
    } else expect(r.contact).toEqual(txt.contact);
  });

  it('the same passages (narrative text) as the .txt', () => {
    expect(r.passages.map((p) => [p.id, p.text.replace(/\s+/g, '')])).toEqual(txt.passages.map((p) => [p.id, p.text.replace(/\s+/g, '')]));
  });
});

describe('blank template as PDF', () => {
  it('is refused as a blank template', async () => {
    await expect(loadReport(join(GENERATED, '年度报告格式模板-writer.pdf'))).rejects.toThrow(/^年度报告格式模板-writer\.pdf：这是空白的年度报告格式模板/);
  });
});
