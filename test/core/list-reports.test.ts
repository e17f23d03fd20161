import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.js';
import { listReports } from '../../src/core/select.js';

const kn = (reports: { office: string; year?: number }[]) => ({ reports }) as unknown as Knowledge;

describe('listReports', () => {
  it('years per office, and a report without a year says so instead of a blank', () => {
    expect(listReports(kn([{ office: '甲局', year: 2023 }, { office: '甲局', year: 2022 }, { office: '乙局' }]))).toBe('甲局 2022、2023年；乙局（报告未注明年份）');
  });
});
