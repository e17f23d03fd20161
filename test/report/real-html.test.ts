/**
 * The three real reports as web pages (test/fixtures/reports-real-html, made by scripts/make-real-html.mjs
 * from EXPECTED-real.md and the PDFs' prose) parse to the same figures, contact and office as the PDFs:
 * the same reports in two forms, for comparing the bot on both (issue 10).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const NAMES = ['淮安市人民政府-2024', '淮安市洪泽区人民政府-2023', '淮安市洪泽区人民政府-2024'];

describe.each(NAMES)('%s: HTML and PDF forms', (name) => {
  it('the same office, year, contact and every figure', async () => {
    const [pdf, html] = await Promise.all([
      loadReport(join(FIX, 'reports-real', `${name}.pdf`)),
      loadReport(join(FIX, 'reports-real-html', `${name}.html`)),
    ]);
    expect([html.office, html.year]).toEqual([pdf.office, pdf.year]);
    expect(html.contact).toEqual(pdf.contact);
    const figures = (r: typeof pdf) => Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v.value]));
    expect(figures(html)).toEqual(figures(pdf));
    expect(Object.values(html.values).filter((v) => typeof v.value === 'number').length).toBeGreaterThan(150);
  });
});
