/**
 * The real published PDFs (test/fixtures/reports-real, exactly as the offices published them) parse
 * exactly: every cell of tables 二, 三, 四 and the contact block, as written by hand from the rendered
 * pages in EXPECTED-real.md (this test reads that file: it is the one source of the expected figures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';
import { T2_ROWS, T3_COLUMNS, T3_GROUPS, T3_ROWS, T4_COLUMNS } from '../../src/report/format.js';
import type { Report } from '../../src/report/types.js';
import { parseExpected, type ExpectedReport } from './real-expected.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports-real');
const EXPECTED = parseExpected(readFileSync(join(DIR, 'EXPECTED-real.md'), 'utf8'));

describe('EXPECTED-real.md', () => {
  it('lists the three published PDFs with every table', () => {
    expect(EXPECTED.map((e) => e.file)).toEqual(['淮安市人民政府-2024.pdf', '淮安市洪泽区人民政府-2023.pdf', '淮安市洪泽区人民政府-2024.pdf']);
    for (const e of EXPECTED) {
      expect(Object.keys(e.t2)).toHaveLength(6);
      expect(Object.keys(e.t3).length).toBeGreaterThanOrEqual(23);
      expect(Object.keys(e.t4)).toHaveLength(3);
    }
  });
});

describe('one office, two years', () => {
  it('洪泽区 2023 (title without 淮安市) and 2024 are the same office; the printed name is an alias', async () => {
    const [a, b] = await Promise.all(['淮安市洪泽区人民政府-2023.pdf', '淮安市洪泽区人民政府-2024.pdf'].map((f) => loadReport(join(DIR, f))));
    expect(a!.office).toBe(b!.office);
    expect(a!.aliases).toContain('洪泽区人民政府');
  });
});

describe.each(EXPECTED)('$file', (e: ExpectedReport) => {
  let r: Report;
  beforeAll(async () => {
    r = await loadReport(join(DIR, e.file));
  });
  const val = (id: string) => r.values[id]?.value;

  it('office and year', () => {
    expect(r.year).toBe(e.year);
    expect(r.office).toBe(e.office);
  });

  it('contact block', () => {
    expect(r.contact).toMatchObject(e.contact);
    if (!('email' in e.contact)) expect(r.contact.email).toBeUndefined();
  });

  it('table 二: every cell', () => {
    const got: Record<string, number | null | undefined> = {};
    const want: Record<string, number> = {};
    for (const [id, values] of Object.entries(e.t2)) {
      const row = T2_ROWS.find((x) => `t2.${x.id}` === id)!;
      Object.keys(row.cols).forEach((c, k) => {
        want[`${id}.${c}`] = values[k]!;
        got[`${id}.${c}`] = val(`${id}.${c}`);
      });
    }
    expect(got).toEqual(want);
  });

  it('table 三: every cell, rows not printed are null', () => {
    const got: Record<string, number | null | undefined> = {};
    const want: Record<string, number | null> = {};
    const printed = new Set(Object.keys(e.t3));
    for (const row of T3_ROWS) {
      if (row.derived && !printed.has(row.id)) continue; // derived subtotals: checked below
      for (const [k, c] of T3_COLUMNS.entries()) {
        const id = `t3.${row.id}.${c.id}`;
        got[id] = val(id);
        const parentPrinted = row.parent && printed.has(row.parent);
        want[id] = printed.has(row.id) ? e.t3[row.id]![k]! : parentPrinted ? null : null;
      }
    }
    expect(got).toEqual(want);
  });

  it('table 三: the subtotals not printed are the sums of their rows, marked derived', () => {
    for (const g of T3_GROUPS) {
      if (e.t3[g]) {
        expect(r.values[`t3.${g}.total`]!.value).toBe(e.t3[g]![6]);
        continue;
      }
      for (const [k, c] of T3_COLUMNS.entries()) {
        const sum = Object.entries(e.t3)
          .filter(([id]) => id.startsWith(`${g}.`))
          .reduce((s, [, v]) => s + v[k]!, 0);
        expect(r.values[`t3.${g}.${c.id}`], `${g}.${c.id}`).toMatchObject({ value: sum, derived: true });
      }
    }
  });

  it('table 四: every cell (15 numbers), not read into table 三', () => {
    const got: Record<string, number | null | undefined> = {};
    const want: Record<string, number> = {};
    for (const [g, values] of Object.entries(e.t4)) {
      T4_COLUMNS.forEach((c, k) => {
        want[`t4.${g}.${c.id}`] = values[k]!;
        got[`t4.${g}.${c.id}`] = val(`t4.${g}.${c.id}`);
      });
    }
    expect(got).toEqual(want);
    expect(r.findings.filter((f) => f.rule === 'columns')).toEqual([]);
  });

  it('every printed row recognised: no unknown or missing rows', () => {
    const rules = r.findings.filter((f) => ['unknown-row', 'missing-rows', 'missing-section'].includes(f.rule));
    expect(rules.map((f) => f.message)).toEqual([]);
  });

  it('no consistency errors but the ones printed in the report', () => {
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors).toEqual(e.file.includes('2023') ? ['R4', 'R4'] : []);
  });
});
