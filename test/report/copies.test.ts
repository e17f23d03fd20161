/**
 * Byte-identical copies are read and extracted once and parsed per name (the name can give the office
 * and year); the folder loader still refuses all but one as duplicates, with the same words as before.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/report/library.js';
import { loadCopies, loadReport } from '../../src/report/load.js';

const PDF = join(import.meta.dirname, '..', 'fixtures', 'reports-real', '淮安市洪泽区人民政府-2024.pdf');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-copies-'));
  copyFileSync(PDF, join(dir, '淮安市洪泽区人民政府-2024.pdf'));
  copyFileSync(PDF, join(dir, '淮安市洪泽区人民政府-2024 - 副本.pdf'));
  copyFileSync(PDF, join(dir, 'report.pdf'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('copies of one file', () => {
  it('loadCopies gives each name the report loadReport gives it', async () => {
    const files = ['淮安市洪泽区人民政府-2024.pdf', 'report.pdf'].map((n) => join(dir, n));
    const { hash, outcomes } = await loadCopies(files);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const [i, file] of files.entries()) {
      const o = outcomes[i]!;
      expect(o.ok).toBe(true);
      expect(JSON.stringify(o.ok && o.report)).toBe(JSON.stringify(await loadReport(file)));
    }
  });

  it('the folder keeps the file whose name agrees with its content, the others are duplicates', async () => {
    const { reports, errors } = await loadLibrary(dir);
    expect(reports.map((r) => r.file)).toEqual([join(dir, '淮安市洪泽区人民政府-2024.pdf')]);
    expect(errors.map((e) => e.file).sort()).toEqual([join(dir, '淮安市洪泽区人民政府-2024 - 副本.pdf'), join(dir, 'report.pdf')].sort());
    for (const e of errors) expect(e.message).toMatch(/是同一份报告（淮安市洪泽区人民政府-2024），已忽略/);
  });
});
