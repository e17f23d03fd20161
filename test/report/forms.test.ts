/** The same report in every file form gives the same Report (values, contact, passages, fee statement). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';
import type { Report } from '../../src/report/types.js';
import { tightContact } from './extract-helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TXT = join(ROOT, 'test', 'fixtures', 'reports', '南岗区人民政府办公室-2022.txt');
const GEN = join(ROOT, 'test', 'fixtures', 'generated');
const pdfReady = !/STUB/.test(readFileSync(join(ROOT, 'src', 'report', 'extract', 'pdf.ts'), 'utf8'));

const comparable = (r: Report) => ({
  id: r.id,
  period: r.period,
  contact: r.contact,
  values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v.value])),
  passages: r.passages.map((p) => `${p.id} ${p.text}`),
  fee: r.feeStatement,
  rules: r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule).sort(), // info notes describe the layout
});

describe('南岗区 2022 in every form', () => {
  let base: ReturnType<typeof comparable>;
  beforeAll(async () => {
    base = comparable(await loadReport(TXT));
  });

  for (const name of ['南岗区人民政府办公室-2022.html', '南岗区人民政府办公室-2022.docx']) {
    it.runIf(existsSync(join(GEN, name)))(name, async () => {
      expect(comparable(await loadReport(join(GEN, name)))).toEqual(base);
    });
  }

  it.runIf(pdfReady && existsSync(join(GEN, '南岗区人民政府办公室-2022.pdf')))('南岗区人民政府办公室-2022.pdf (figures)', async () => {
    const r = comparable(await loadReport(join(GEN, '南岗区人民政府办公室-2022.pdf')));
    expect(r.id).toBe(base.id);
    expect(r.values).toEqual(base.values);
    expect(r.contact).toEqual(tightContact(base.contact)); // "大成街 52 号" → "大成街52号" in a PDF
  });

  it('the blank template .docx is refused, like the .tsv (a template is no report for citizens)', async () => {
    await expect(loadReport(join(ROOT, 'test', 'fixtures', 'reports', '年度报告格式模板-国办公开办函2021-30号.docx'))).rejects.toThrow(
      /^年度报告格式模板-国办公开办函2021-30号\.docx：这是空白的年度报告格式模板/,
    );
  });
});
