/**
 * A text file of 400,000 headings after a real report (issue 14: once accepted only after 58 s) is
 * refused by the block limit in a few seconds, through the folder loader as the bot loads it.
 * Generated in the test, never committed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BLOCKS } from '../../src/report/limits.js';
import { loadLibrary } from '../../src/report/library.js';

const NANGANG = join(import.meta.dirname, '..', 'fixtures', 'reports', '南岗区人民政府办公室-2022.txt');
const tmp = mkdtempSync(join(os.tmpdir(), 'text-headings-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a text file of 400,000 headings', () => {
  it.each([
    ['md', (i: number) => `## 第${i}节`],
    ['txt', (i: number) => `（${i}）情况`],
  ])('(.%s) is refused by the block limit, fast', async (ext, heading) => {
    const dir = mkdtempSync(join(tmp, `${ext}-`));
    const lines = Array.from({ length: 400_000 }, (_, i) => heading(i));
    writeFileSync(join(dir, `南岗区人民政府办公室-2022.${ext}`), `${readFileSync(NANGANG, 'utf8')}\n${lines.join('\n')}`);
    const t = performance.now();
    const { reports, errors } = await loadLibrary(dir);
    expect(reports).toEqual([]);
    expect(errors[0]!.message).toContain(`上限 ${MAX_BLOCKS}`);
    expect(performance.now() - t).toBeLessThan(30_000); // not a timing target (2–3 s here): it must not take a minute
  }, 90_000);
});
