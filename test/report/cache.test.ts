/**
 * The cache of parsed reports (issue 15): a hit serves the stored outcome, a changed file or parser
 * misses, a corrupt or foreign entry is ignored and rebuilt, refusals are kept with their reason,
 * transient ones are not, and the folder stays under its bound. Loads run in-thread here so that the
 * parser version of the test (src/report) is the one that writes the entries.
 */
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheGet, cacheText, setReportCache, type CacheSettings } from '../../src/report/cache/store.js';
import { packageRoot, parserVersion, reportCodeDir, versionOf } from '../../src/report/cache/version.js';
import { loadLibrary } from '../../src/report/library.js';
import { hashBytes } from '../../src/report/load.js';
import { setIsolation } from '../../src/report/worker/isolated.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'reports');
const NAME = '南岗区人民政府办公室-2022.txt';
const NOTES = '说明.md';

const isolation = setIsolation({});
let cacheBefore: CacheSettings;
let root: string;
let reports: string;
let cache: string;

/** Every entry file of the cache folder (all versions). */
function entries(): string[] {
  return readdirSync(cache, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
/** The one entry holding `name`. */
function entryOf(name: string): string {
  const hits = entries().filter((p) => (JSON.parse(readFileSync(p, 'utf8')) as { name: string }).name === name);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}
function edit(path: string, fn: (e: any) => void): void {
  const e = JSON.parse(readFileSync(path, 'utf8'));
  fn(e);
  writeFileSync(path, JSON.stringify(e));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'disclosure-cache-'));
  reports = join(root, 'reports');
  cache = join(root, 'cache');
  mkdirSync(reports);
  copyFileSync(join(FIX, NAME), join(reports, NAME));
  writeFileSync(join(reports, NOTES), '# 工作笔记\n\n下周一前把年度报告交到办公室。\n');
  setIsolation({ enabled: false });
  cacheBefore = setReportCache({ dir: cache });
});
afterEach(() => {
  setReportCache(cacheBefore);
  setIsolation(isolation);
  rmSync(root, { recursive: true, force: true });
});
afterAll(() => void setIsolation(isolation));

describe('cache of parsed reports', () => {
  it('a second load is served from the cache (an edited entry shows through)', async () => {
    const first = await loadLibrary(reports);
    expect(first.reports.map((r) => r.office)).toEqual(['南岗区人民政府办公室']);
    expect(entries()).toHaveLength(2); // the report and the refusal of the notes
    edit(entryOf(NAME), (e) => (e.outcome.report.title = '缓存里的标题'));
    const second = await loadLibrary(reports);
    expect(second.reports[0]!.title).toBe('缓存里的标题');
    expect(second.reports[0]!.file).toBe(join(reports, NAME)); // the path of this load, not the cached one
    expect(second.errors).toEqual(first.errors);
  });

  it('a report from the cache equals the parsed one, findings of the library included', async () => {
    const first = await loadLibrary(reports);
    const second = await loadLibrary(reports);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('refusals are cached with their reason', async () => {
    const first = await loadLibrary(reports);
    expect(first.errors[0]!.message).toMatch(/^说明\.md：不是政府信息公开工作年度报告/);
    edit(entryOf(NOTES), (e) => (e.outcome.reason = '缓存里的理由'));
    const second = await loadLibrary(reports);
    expect(second.errors[0]!.message).toBe('说明.md：缓存里的理由');
  });

  it('a changed file misses and is parsed again', async () => {
    await loadLibrary(reports);
    edit(entryOf(NAME), (e) => (e.outcome.report.title = '缓存里的标题'));
    appendFileSync(join(reports, NAME), '\n');
    const second = await loadLibrary(reports);
    expect(second.reports[0]!.title).not.toBe('缓存里的标题');
    expect(entries()).toHaveLength(3); // a new entry for the new bytes
  });

  it('the same bytes under another name are another entry (the name can give the office and year)', async () => {
    const data = readFileSync(join(reports, NAME));
    const hash = hashBytes(data);
    await loadLibrary(reports);
    expect(await cacheGet(hash, join(reports, NAME))).toBeDefined();
    expect(await cacheGet(hash, join(reports, '副本.txt'))).toBeUndefined();
  });

  it('an entry of another parser version is not used', async () => {
    await loadLibrary(reports);
    edit(entryOf(NAME), (e) => {
      e.version = '0000000000000000';
      e.outcome.report.title = '旧版本的标题';
    });
    const second = await loadLibrary(reports);
    expect(second.reports[0]!.title).not.toBe('旧版本的标题');
  });

  it('the parser version changes with any file of the pipeline', () => {
    const copy = join(root, 'code');
    cpSync(reportCodeDir(), copy, { recursive: true });
    const v = versionOf(copy, packageRoot());
    expect(v).toBe(parserVersion());
    appendFileSync(join(copy, 'parse', 'table3.ts'), '\n// changed\n');
    expect(versionOf(copy, packageRoot())).not.toBe(v);
  });

  it.each([
    ['not JSON', () => '{"format":1,"vers'],
    ['JSON of another shape', () => JSON.stringify({ hello: 'world' })],
    ['a report missing a field', (text: string) => text.replace('"passages":', '"passagez":')],
    ['a figure of the wrong type', (text: string) => text.replace(/"value":\d+/, '"value":"12"')],
  ])('a corrupt entry (%s) is ignored and rebuilt', async (_, corrupt) => {
    const first = await loadLibrary(reports);
    const path = entryOf(NAME);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, corrupt(good));
    const second = await loadLibrary(reports);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(readFileSync(path, 'utf8')).toBe(good); // rewritten
  });

  it('transient refusals (time limits, unreadable files) are not kept', () => {
    expect(cacheText('ab', '/x/a.pdf', { ok: false, reason: '读取 PDF 超时', transient: true })).toBeUndefined();
    expect(cacheText('ab', '/x/a.pdf', { ok: false, reason: '不是年度报告' })).toBeDefined();
  });

  it('the folder stays under its bound: entries of other versions go first, then the oldest', async () => {
    const other = join(cache, 'ffffffffffffffff');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'old.json'), JSON.stringify({ name: 'old', pad: 'x'.repeat(50_000) }));
    await loadLibrary(reports);
    const size = statSync(entryOf(NAME)).size + statSync(entryOf(NOTES)).size;
    setReportCache({ maxBytes: size + 1_000 });
    appendFileSync(join(reports, NOTES), '\n'); // one more entry written: prune runs
    await loadLibrary(reports);
    const total = entries().reduce((a, p) => a + statSync(p).size, 0);
    expect(total).toBeLessThanOrEqual(size + 1_000);
    expect(entries().some((p) => p.startsWith(other))).toBe(false);
    expect(entries().map((p) => (JSON.parse(readFileSync(p, 'utf8')) as { name: string }).name)).toContain(NAME);
  });

  it('a cache folder that cannot be made falls back to the temp dir', async () => {
    const blocker = join(root, 'a-file');
    writeFileSync(blocker, '');
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = join(root, 'tmp');
    mkdirSync(process.env.TMPDIR);
    try {
      setReportCache({ dir: join(blocker, 'cache') }); // under a file: mkdir fails
      await loadLibrary(reports);
      const made = readdirSync(join(root, 'tmp'), { recursive: true }).filter((p) => String(p).endsWith('.json'));
      expect(made).toHaveLength(2);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    }
  });

  it('DISCLOSURE_CACHE_DIR-less tests parse: the cache is off under vitest by default', async () => {
    setReportCache(cacheBefore);
    await loadLibrary(reports);
    expect(readdirSync(root)).not.toContain('cache');
  });
});
