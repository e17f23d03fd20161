import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { toldArithFollowUp } from '../../../src/core/policy/told-arith-follow-up.js';

let kn: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh241-newa');
  nangang = await knowledge('data/reports');
});

// 大田县政府办 2025 (no tables): "2025年收到依申请公开8件,其中,网络申请数3条,信函申请数5条"; 长皋乡 2025: "…其中政策文件52条、工作动态38条…"
describe('told-arith-follow-up', () => {
  it('"占比多少" right after a part the text counts: that part over the count before it', () => {
    const d = toldArithFollowUp.decide(u({ norm: '占比多少' }), { report: '大田县人民政府办公室-2025', text: '其中网上申请的呢', previousText: '大田县政府办2025年收到几件依申请公开' }, kn);
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('37.5%');
  });
  it('"跟工作动态加起来多少" right after a part the text counts: the two added', () => {
    const d = toldArithFollowUp.decide(u({ norm: '跟工作动态加起来多少' }), { report: '北票市长皋乡人民政府-2025', text: '其中政策文件呢' }, kn);
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('52 + 38 = 90');
  });
  it('a report whose tables hold figures, no question before, or a longer question: no decision', () => {
    expect(toldArithFollowUp.decide(u({ norm: '占比多少' }), { report: '南岗区人民政府办公室-2022', text: '不予公开的呢' }, nangang)).toBeUndefined();
    expect(toldArithFollowUp.decide(u({ norm: '占比多少' }), { report: '大田县人民政府办公室-2025' }, kn)).toBeUndefined();
    expect(toldArithFollowUp.decide(u({ norm: '网上申请和信函申请各占多少比例呢请帮我算' }), { report: '大田县人民政府办公室-2025', text: '其中网上申请的呢' }, kn)).toBeUndefined();
  });
});
