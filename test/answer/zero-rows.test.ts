import { describe, expect, it } from 'vitest';
import { zeroRows } from '../../src/answer/zero-rows.js';
import { textOf } from '../../src/answer/render.js';
import { T3_ROWS } from '../../src/report/format.js';
import type { Report } from '../../src/report/types.js';

const report = (given: Record<string, number | null>) => {
  const values: Record<string, { value: number | null }> = {};
  for (const r of T3_ROWS) values[`t3.${r.id}.total`] = { value: r.id in given ? given[r.id]! : 0 };
  return { id: 'x', office: '甲局', year: 2022, values } as unknown as Report;
};

describe('zeroRows', () => {
  it('a group whose every reason is 0 is named once; the others by their zero reasons; then what is not 0', () => {
    const t = textOf(zeroRows(report({ granted: 4, 'refused.third-party': 1, 'unable.not-held': 6 }))!);
    expect(t).toContain('为 0 的：部分公开；');
    expect(t).toContain('不予处理（5项全部）');
    expect(t).toContain('不予公开中的属于国家秘密');
    const zeroPart = t.slice(t.indexOf('为 0 的：'), t.indexOf('。'));
    expect(zeroPart).not.toContain('保护第三方合法权益');
    expect(t).toContain('不为 0 的：予以公开 4 件；不予公开：保护第三方合法权益 1 件；无法提供：本机关不掌握相关政府信息 6 件。');
  });
  it('a cell the report does not give is neither zero nor a count', () => {
    const t = textOf(zeroRows(report({ partial: null, granted: 2 }))!);
    expect(t).not.toContain('部分公开');
  });
});
