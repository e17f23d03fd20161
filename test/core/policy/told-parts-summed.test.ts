import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { toldPartsSummed } from '../../../src/core/policy/told-parts-summed.js';

let kn: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh241-newb');
  nangang = await knowledge('data/reports');
});

// 西城街道 2024 (no tables): "街道共主动公开政府信息168条…。其中机关简介更新38条,政策文件1条,…工作动态43条。"
describe('told-parts-summed', () => {
  it('the parts listed after a count, added and set against it', () => {
    const d = toldPartsSummed.decide(u({ norm: '西城街道主动公开168条,各分类加总对得上吗?' }), { report: '重庆市南川区西城街道办事处-2024' }, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('38 + 1 + 2 + 47 + 2 + 35 + 43 = 168条');
    expect(said).toContain('一致');
  });
  it('a report whose tables hold figures, or no check of the parts asked: no decision', () => {
    expect(toldPartsSummed.decide(u({ norm: '各分类加总对得上吗' }), {}, nangang)).toBeUndefined();
    expect(toldPartsSummed.decide(u({ norm: '西城街道主动公开了多少条' }), { report: '重庆市南川区西城街道办事处-2024' }, kn)).toBeUndefined();
  });
});
