import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { narrative } from '../../src/core/handlers.js';
import { textOf } from '../../src/answer/render.js';
import type { Report } from '../../src/report/types.js';

let r: Report;
beforeAll(async () => {
  const { kn } = await loadKnowledge({ reportsDir: 'test/fixtures/reports-years' });
  r = kn.reports.find((x) => x.year === 2023 && x.office.startsWith('南岗'))!;
});

describe('narrative passages', () => {
  it('a character glued to the final particles ("好了吗") is not searched for: the passage answers', () => {
    const n = narrative(r, '政务公开专区建好了吗', false);
    expect(n && textOf(n.parts)).toContain('建成并投入使用');
  });
});
