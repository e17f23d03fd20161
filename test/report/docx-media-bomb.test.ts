/**
 * Word files that unpack to hundreds of MB outside the XML parts the limits check (issue 14): a 300 MB
 * image part, and ten 30 MB XML parts. Memory of Buffers is outside a worker's heap cap, so they must
 * be refused (or read) without ever unpacking: measured through the folder loader, as the bot loads.
 * Generated small in the test (a few hundred KB each), never committed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/report/library.js';
import { deflated, deflatedRepeat, docxParts, documentXml, zip, type ZipPart } from './limits-files.js';

const NANGANG = join(import.meta.dirname, '..', 'fixtures', 'reports', '南岗区人民政府办公室-2022.txt');
const tmp = mkdtempSync(join(os.tmpdir(), 'docx-bomb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const MB = 1024 * 1024;

function reportXml(): ZipPart {
  const lines = readFileSync(NANGANG, 'utf8').split('\n').filter((l) => l.trim() && !l.includes('\t'));
  return deflated('word/document.xml', documentXml(lines));
}

async function loadOne(name: string, parts: ZipPart[]) {
  const dir = join(tmp, name.replace(/\W/g, '') || 'x');
  mkdirSync(dir);
  writeFileSync(join(dir, name), zip(parts));
  const t = performance.now();
  const r = await loadLibrary(dir);
  return { ...r, ms: performance.now() - t };
}

describe('docx bombs outside the XML limits', () => {
  it('a 300 MB image part is never unpacked: the text is read, fast', async () => {
    const media = await deflatedRepeat('\0'.repeat(1024), 300 * 1024);
    const r = await loadOne('南岗区人民政府办公室-2022.docx', [...docxParts(reportXml()), { name: 'word/media/image1.png', data: media, method: 8, size: 300 * MB }]);
    // the text was read (its tables are left out by the generator): kept for its text, with the warning
    expect(r.errors).toEqual([]);
    expect(r.reports[0]!.findings.map((f) => f.rule)).toContain('no-tables');
    expect(r.ms).toBeLessThan(20_000); // not a timing target: it must not unpack 300 MB
  }, 60_000);

  it('ten 30 MB XML parts (300 MB) are refused by their declared total, unread', async () => {
    const parts = [...docxParts(reportXml())];
    const chunk = await deflatedRepeat('<a/>', (30 * MB) / 4);
    for (let i = 0; i < 10; i++) parts.push({ name: `customXml/item${i}.xml`, data: chunk, method: 8, size: 30 * MB });
    const r = await loadOne('many.docx', parts);
    expect(r.reports).toEqual([]);
    expect(r.errors[0]!.message).toMatch(/many\.docx：Word 文件解压后过大/);
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);

  it('the same parts declaring 1 KB each are stopped while inflating, at the total cap', async () => {
    const parts = [...docxParts(reportXml())];
    const chunk = await deflatedRepeat('<a/>', (30 * MB) / 4);
    for (let i = 0; i < 10; i++) parts.push({ name: `customXml/item${i}.xml`, data: chunk, method: 8, size: 1024 });
    const r = await loadOne('lying.docx', parts);
    expect(r.reports).toEqual([]);
    expect(r.errors[0]!.message).toMatch(/lying\.docx：Word 文件解压后过大/);
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);
});
