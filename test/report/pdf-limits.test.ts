/**
 * Limits on a PDF (issue 14 item 2): a file over a limit is refused with a clear reason before it can
 * run the bot out of memory or time. Hostile files are generated small, in the test, never committed.
 * Also: a web site's footer ("版权所有…") printed on a page is never the office's name (issue 10).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/report/extract/index.js';
import { layoutPages, type PdfItem } from '../../src/report/extract/pdf.js';
import { PDF_LIMITS } from '../../src/report/extract/pdf/limits.js';
import { readPages } from '../../src/report/extract/pdf/read.js';
import { ReportError } from '../../src/report/errors.js';
import { parseReport } from '../../src/report/parse.js';

const REAL = join(import.meta.dirname, '..', 'fixtures', 'reports-real', '淮安市人民政府-2024.pdf');
const tmp = mkdtempSync(join(os.tmpdir(), 'pdf-limits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A valid PDF of `n` empty pages (a flat page tree, a real xref table). */
function manyPages(n: number): Buffer {
  const parts: string[] = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let len = parts[0]!.length;
  const add = (s: string) => {
    offsets.push(len);
    parts.push(s);
    len += Buffer.byteLength(s);
  };
  add('1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n');
  const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
  add(`2 0 obj<</Type/Pages/Count ${n}/Kids[${kids}]>>endobj\n`);
  for (let i = 0; i < n; i++) add(`${i + 3} 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n`);
  const xref = len;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(`xref\n0 ${n + 3}\n0000000000 65535 f \n${rows}trailer<</Size ${n + 3}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}

const reason = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ReportError);
    return (err as ReportError).reason;
  }
  throw new Error('not refused');
};

describe('PDF limits', () => {
  it('a 50,000-page PDF is refused by its page count, before any page is read', async () => {
    const file = join(tmp, 'bomb.pdf');
    writeFileSync(file, manyPages(50_000));
    const t = performance.now();
    const why = await reason(readDocument(file));
    expect(why).toContain('50000 页');
    expect(why).toContain(`上限 ${PDF_LIMITS.maxPages} 页`);
    expect(performance.now() - t).toBeLessThan(25_000); // not a timing target: it must not hang
  });

  it('a small PDF within the page limit is read (the generator makes valid files)', async () => {
    const pages = await readPages('ok.pdf', new Uint8Array(manyPages(3)));
    expect(pages).toHaveLength(3);
  });

  const data = () => new Uint8Array(readFileSync(REAL));
  it('too many bytes: refused before parsing, with the size and the limit', async () => {
    const why = await reason(readPages('big.pdf', data(), { ...PDF_LIMITS, maxBytes: 100_000 }));
    expect(why).toMatch(/太大.*上限/);
  });

  it('too many pages for the limit', async () => {
    expect(await reason(readPages('x.pdf', data(), { ...PDF_LIMITS, maxPages: 5 }))).toMatch(/6 页.*上限 5 页/);
  });

  it('too many text items on a page', async () => {
    expect(await reason(readPages('x.pdf', data(), { ...PDF_LIMITS, maxItemsPerPage: 20 }))).toMatch(/第 1 页.*上限 20/);
  });

  it('too slow: refused when the time per file runs out', async () => {
    expect(await reason(readPages('x.pdf', data(), { ...PDF_LIMITS, timeoutMs: 1 }))).toContain('超时');
  });

  it('too many border lines on a page: that page is read as text only, the file still loads', async () => {
    const pages = await readPages('x.pdf', data(), { ...PDF_LIMITS, maxRulingsPerPage: 3 });
    expect(pages.every((p) => !p.rulings || p.rulings.length <= 3)).toBe(true);
    expect(pages[3]!.rulings).toBeUndefined(); // table 三's page draws hundreds
    expect(pages).toHaveLength(6);
  });
});

describe('a site footer printed on the page', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfItem => ({ str, x, y, w: [...str].length * size, size });
  it('is dropped, and never becomes the office name or an alias', () => {
    const blocks = layoutPages([
      {
        width: 600,
        height: 800,
        items: [
          item('某县2023年政府信息公开工作年度报告', 100, 80, 16),
          item('一、总体情况', 80, 130),
          item('本年度我县认真贯彻落实条例，主动公开政府信息一千余条。', 100, 150),
          item('六、其他需要报告的事项', 80, 180),
          item('本年度未收取信息处理费。', 100, 200),
          item('版权所有 某县人民政府办公室', 200, 770, 8),
        ],
      },
    ]);
    const text = blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text])).join('\n');
    expect(text).not.toContain('版权所有');
    const r = parseReport({ file: '某县-2023.pdf', blocks: [...blocks, { kind: 'paragraph', text: '版权所有 某县人民政府办公室' }] });
    expect(r.office).toBe('某县');
    expect(r.aliases ?? []).not.toContain('版权所有某县人民政府办公室');
    expect((r.aliases ?? []).some((a) => a.includes('版权'))).toBe(false);
  });
});
