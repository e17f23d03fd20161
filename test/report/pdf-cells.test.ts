/**
 * The cell limit of ruled tables (limits.ts: maxCells, issue 14): a page that draws a grid of
 * hundreds of borders each way is refused with a reason before the grid is allocated. The PDF is
 * generated small in the test, never committed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../src/report/errors.js';
import { readDocument } from '../../src/report/extract/index.js';
import { layoutPages } from '../../src/report/extract/pdf.js';
import { PDF_LIMITS } from '../../src/report/extract/pdf/limits.js';
import type { Ruling } from '../../src/report/extract/pdf/rulings.js';

const tmp = mkdtempSync(join(os.tmpdir(), 'pdf-cells-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One page: an n × n grid of ruled cells (2 points each) and a row of bare numbers (so it is read for borders). */
function gridPdf(n: number): Buffer {
  const size = 5; // points: wider than SNAP, so borders stay apart
  const lines: string[] = ['0.1 w'];
  for (let i = 0; i <= n; i++) {
    lines.push(`10 ${10 + i * size} m ${10 + n * size} ${10 + i * size} l S`);
    lines.push(`${10 + i * size} 10 m ${10 + i * size} ${10 + n * size} l S`);
  }
  const numbers = Array.from({ length: 14 }, (_, i) => `BT /F1 3 Tf ${11 + i * size} 11 Td (${i % 10}) Tj ET`);
  const content = [...lines, ...numbers].join('\n');
  const objs = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Count 1/Kids[3 0 R]>>',
    `<</Type/Page/Parent 2 0 R/MediaBox[0 0 ${20 + n * size} ${20 + n * size}]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>`,
    `<</Length ${Buffer.byteLength(content)}>>stream\n${content}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj${o}endobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer<</Size ${objs.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Rulings of an n × n grid, for the layout alone. */
function gridRulings(n: number): Ruling[] {
  const out: Ruling[] = [];
  for (let i = 0; i <= n; i++) {
    out.push({ dir: 'h', at: 10 + i * 10, from: 10, to: 10 + n * 10 });
    out.push({ dir: 'v', at: 10 + i * 10, from: 10, to: 10 + n * 10 });
  }
  return out;
}

describe('PDF ruled-table cell limit', () => {
  it('layoutPages stops at the limit, before allocating the grid', () => {
    const page = { width: 3000, height: 3000, items: [{ str: '1', x: 12, y: 18, w: 4, size: 8 }], rulings: gridRulings(240) };
    expect(() => layoutPages([page], PDF_LIMITS.maxCells)).toThrow(/cells over the limit/);
    expect(() => layoutPages([page], 240 * 240)).not.toThrow(); // at the limit: read
  });

  it('the limit counts the cells of the whole file, page after page', () => {
    const page = { width: 3000, height: 3000, items: [{ str: '1', x: 12, y: 18, w: 4, size: 8 }], rulings: gridRulings(100) };
    expect(() => layoutPages([page, page], 20_000)).not.toThrow();
    expect(() => layoutPages([page, page], 19_999)).toThrow(/cells over the limit/);
  });

  it('a PDF with a 240 × 240 ruled grid is refused with a reason in Chinese', async () => {
    const file = join(tmp, 'grid.pdf');
    writeFileSync(file, gridPdf(240));
    const err = await readDocument(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).reason).toMatch(/表格的单元格太多（至少 \d+ 个，上限 50000 个/);
  });

  it('the same PDF with a small grid is read', async () => {
    const file = join(tmp, 'small.pdf');
    writeFileSync(file, gridPdf(10));
    const err = await readDocument(file).catch((e: unknown) => e);
    if (err instanceof ReportError) expect(err.reason).not.toMatch(/单元格太多/);
  });
});
