/** Bad inputs, the folder loader, report picking, cross-year checks, the kb/check commands. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as runCheck } from '../../src/commands/check.js';
import { run as runKb } from '../../src/commands/kb.js';
import { checkLibrary } from '../../src/report/check.js';
import { ReportError } from '../../src/report/errors.js';
import { readDocument } from '../../src/report/extract/index.js';
import { loadLibrary, loadReport, resolveReportsDir } from '../../src/report/library.js';
import { parseReport } from '../../src/report/parse.js';
import type { Report } from '../../src/report/types.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'reports');
const NANGANG = join(FIX, '南岗区人民政府办公室-2022.txt');
const SHUYANG = join(FIX, '沭阳县人民政府-2025.md');

let dir: string;
const file = (name: string, data: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'disclosure-lib-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function rejection(p: Promise<unknown>): Promise<ReportError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ReportError);
    return err as ReportError;
  }
  throw new Error('expected a ReportError');
}

describe('bad inputs → ReportError naming the file', () => {
  it('empty file', async () => {
    const e = await rejection(loadReport(file('空白.txt', '')));
    expect(e.message).toBe('空白.txt：文件为空');
    expect(e.file).toContain('空白.txt');
  });

  it('a text that is not a report', async () => {
    const e = await rejection(loadReport(file('菜谱.md', '# 红烧肉做法\n\n五花肉切块，焯水后加糖色翻炒。\n\n小火炖一小时即可。\n')));
    expect(e.message).toMatch(/^菜谱\.md：不是政府信息公开工作年度报告/);
  });

  it('binary garbage with NUL bytes', async () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    const e = await rejection(loadReport(file('garbage.txt', bytes)));
    expect(e.message).toMatch(/^garbage\.txt：不是文本文件/);
  });

  it('invalid UTF-8 that is not GB18030 either', async () => {
    const bytes = new Uint8Array(300).map((_, i) => (i % 2 ? 0xff : 0x80 + (i % 50)));
    const e = await rejection(loadReport(file('broken.txt', bytes)));
    expect(e.message).toMatch(/^broken\.txt：无法识别文字编码/);
  });

  it('unsupported extension', async () => {
    const e = await rejection(readDocument(file('报告.xlsx', 'PK\u0003\u0004')));
    expect(e.message).toMatch(/^报告\.xlsx：不支持的文件类型“\.xlsx”/);
  });

  it('missing file', async () => {
    const e = await rejection(loadReport(join(dir, '不存在-2022.txt')));
    expect(e.message).toBe('不存在-2022.txt：文件不存在');
  });

  it('a truncated report still loads, with findings', async () => {
    const text = readFileSync(NANGANG, 'utf8');
    const r = await loadReport(file('截断-2022.txt', text.slice(0, text.indexOf('(七) 总计'))));
    expect(r.values['t3.granted.total']!.value).toBe(4);
    expect(r.values['t3.total.total']!.value).toBeNull();
    expect(r.findings.some((f) => f.rule === 'missing-rows')).toBe(true);
  });
});

describe('encodings', () => {
  it('GB18030/GBK text is decoded', async () => {
    const hex =
      '2320c4b3c4b3cfd8c3f1d5febed632303231c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e60a0ab1beb1a8b8e6cdb3bcc6c6dacfded7d432303231c4ea31d4c231c8d5d6c132303231c4ea3132d4c23331c8d5a1a3c1aacfb5b5e7bbb0a3ba303532372d31323334353637a1a30a0ad2bba1a2d7dccce5c7e9bff60a0a32303231c4eaa3acb1bebed6d2c0b7a8d7f6bac3d5feb8aed0c5cfa2b9abbfaab9a4d7f7a1a30a0ac1f9a1a2c6e4cbfbd0e8d2aab1a8b8e6b5c4cac2cfee0a0ab1bec4eab6c8ceb4cad5c8a1d0c5cfa2b4a6c0edb7d1a1a30a';
    // decoded and parsed (loadReport would refuse it: a title and no statistics tables)
    const r = parseReport(await readDocument(file('gbk.txt', Buffer.from(hex, 'hex'))));
    expect(r.office).toBe('某某县民政局');
    expect(r.year).toBe(2021);
    expect(r.contact.phone).toBe('0527-1234567');
    expect(r.feeStatement).toBe('本年度未收取信息处理费。');
  });

  it('UTF-8 BOM is stripped', async () => {
    const r = await loadReport(file('bom-2022.txt', '\ufeff' + readFileSync(NANGANG, 'utf8')));
    expect(r.title).toBe('南岗区人民政府办公室 2022 年政府信息公开工作年度报告');
  });
});

describe('loadLibrary', () => {
  let lib: string;
  beforeAll(() => {
    lib = join(dir, 'lib');
    mkdirSync(lib);
    copyFileSync(NANGANG, join(lib, '南岗区人民政府办公室-2022.txt'));
    copyFileSync(SHUYANG, join(lib, '沭阳县人民政府-2025.md'));
    copyFileSync(join(FIX, 'EXPECTED.md'), join(lib, 'EXPECTED.md'));
    writeFileSync(join(lib, 'empty.txt'), '');
    writeFileSync(join(lib, 'garbage.txt'), new Uint8Array([0, 1, 2, 3, 255, 0, 7]));
    writeFileSync(join(lib, 'table.xlsx'), 'x');
    writeFileSync(join(lib, '.hidden.txt'), '');
    writeFileSync(join(lib, 'README.md'), '# readme');
    mkdirSync(join(lib, 'old'));
  });

  it('returns the good reports and one error per bad file', async () => {
    const { reports, errors } = await loadLibrary(lib);
    expect(reports.map((r) => r.id).sort()).toEqual(['南岗区人民政府办公室-2022', '沭阳县人民政府-2025']);
    expect(errors.map((e) => e.file.split(/[\\/]/).pop()).sort()).toEqual(['EXPECTED.md', 'empty.txt', 'garbage.txt', 'table.xlsx']);
    expect(errors.find((e) => e.file.endsWith('EXPECTED.md'))!.message).toContain('不是政府信息公开工作年度报告');
    expect(errors.every((e) => e.message.startsWith(e.file.split(/[\\/]/).pop()!))).toBe(true);
  });

  it('a missing folder is one error, not an exception', async () => {
    const { reports, errors } = await loadLibrary(join(dir, 'nope'));
    expect(reports).toEqual([]);
    expect(errors[0]!.message).toContain('报告文件夹不存在');
  });

  it('the same report twice is loaded once', async () => {
    const dup = join(dir, 'dup');
    mkdirSync(dup);
    copyFileSync(NANGANG, join(dup, 'a.txt'));
    copyFileSync(NANGANG, join(dup, 'b.txt'));
    const { reports, errors } = await loadLibrary(dup);
    expect(reports).toHaveLength(1);
    expect(errors[0]!.message).toContain('同一份报告');
  });

  // the 10-report load time is measured in the benchmark (npm run bench), not here
  it('parses 10 text reports concurrently to the same figures', async () => {
    const all = await Promise.all(Array.from({ length: 10 }, (_, i) => loadReport(i % 2 ? NANGANG : SHUYANG)));
    expect(new Set(all.map((r) => r.id)).size).toBe(2);
    expect(all.filter((r) => r.id === all[0]!.id).every((r) => JSON.stringify(r.values) === JSON.stringify(all[0]!.values))).toBe(true);
  });
});

describe('resolveReportsDir', () => {
  it('--reports, then the environment, then data/reports of the package', () => {
    expect(resolveReportsDir(['--reports', '/tmp/x'], {})).toBe('/tmp/x');
    expect(resolveReportsDir(['--json'], { DISCLOSURE_REPORTS_DIR: '/tmp/y' })).toBe('/tmp/y');
    expect(resolveReportsDir([], {})).toBe(join(import.meta.dirname, '..', '..', 'data', 'reports'));
  });

});

describe('checks across consecutive years', () => {
  it('上年结转 vs previous 结转下年度, 现行有效 vs previous + 制发 − 废止', async () => {
    const prev = await loadReport(NANGANG);
    const cur = structuredClone(prev);
    cur.year = 2023;
    cur.id = '南岗区人民政府办公室-2023';
    cur.values['t3.carried.total'] = { value: 3, source: '' };
    cur.values['t2.normative.valid'] = { value: 30, source: '' };
    const found = checkLibrary([prev, cur]).get(cur.id)!;
    expect(found.find((f) => f.rule === 'carry-over')).toMatchObject({ column: 'total', numbers: [3, 0] });
    expect(found.find((f) => f.rule === 'valid-count')).toMatchObject({ numbers: [30, 18, 4, 1] });
    expect(checkLibrary([prev]).size).toBe(0);
  });
});

describe('commands', () => {
  it('kb --json prints every report and the load errors', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void lines.push(String(s)));
    try {
      expect(await runKb(['--reports', FIX, '--json'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const out = JSON.parse(lines.join('\n'));
    expect(out.reports.map((r: Report) => r.id)).toContain('南岗区人民政府办公室-2022');
    const ng = out.reports.find((r: Report) => r.id === '南岗区人民政府办公室-2022');
    expect(ng.values['t3.new.total'].value).toBe(15);
    expect(out.errors.some((e: { file: string }) => e.file.endsWith('EXPECTED.md'))).toBe(true);
  });

  it('kb prints office, contact, tables and findings in Chinese', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void lines.push(String(s)));
    try {
      await runKb(['--reports', FIX]);
    } finally {
      spy.mockRestore();
    }
    const text = lines.join('\n');
    expect(text).toContain('== 南岗区人民政府办公室 2022 年');
    expect(text).toContain('电话：0451-82705546');
    expect(text).toMatch(/（三）不予公开\s+2\*/);
    expect(text).toMatch(/行政复议\s+—/);
    expect(text).toContain('无法加载的文件：');
  });

  it('check exits 1 when a file cannot be read, 0 otherwise', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void lines.push(String(s)));
    try {
      expect(await runCheck([NANGANG])).toBe(0);
      expect(lines.join('\n')).toContain('正文（一.1）写的是 2021 年');
      expect(await runCheck([NANGANG, join(dir, 'missing.txt')])).toBe(1);
      expect(lines.join('\n')).toContain('missing.txt：文件不存在');
    } finally {
      spy.mockRestore();
    }
  });
});
