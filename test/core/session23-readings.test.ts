// Readings added in session 23, tuned on the misses of blind rounds fresh74–fresh75 (eval/heldout-fresh74*.jsonl,
// eval/heldout-fresh75*.jsonl), each checked on the round's own reports or the default report.
import { describe, expect, it } from 'vitest';
import { toldWhole } from '../../src/answer/told-share.js';
import { kb, talk } from './readings-kit.js';

const east = 'test/fixtures/reports-fresh75-newa';

describe('session 23 readings: shares of the counts the text tells', () => {
  it('a share asked alone after a told count ("占比多少？保留两位小数"): the part over the whole its sentence breaks down, worked out and said so', async () => {
    const kn = await kb(east);
    const [, a] = talk(kn, '南大街街道公开组：2025年我们发布的27条信息里，“其他信息”是多少条？', '占比多少？保留两位小数。');
    expect(a).toContain('其他信息23条');
    expect(a).toContain('23条 ÷ 总数 27条 ≈ 85.19%');
    expect(a).toContain('按报告数字计算');
  });
  it('a share the text prints beside the count is quoted as printed, never computed again', async () => {
    const kn = await kb(east);
    const [, , a] = talk(kn, '福田区信访局2025年网站上公开了多少条信息', '那个常见问题呢 几条', '占多少比例');
    expect(a).toContain('占总数的18.31%');
    expect(a).not.toContain('÷');
  });
  it('two items added up and their share asked ("通知公告和常见问题两类加起来…占全部的百分之几"): each item\'s own count (两类 is no item), the sum and its share', async () => {
    const kn = await kb(east);
    const [a] = talk(kn, '福田区信访局2025年公开的信息里，通知公告和常见问题两类加起来一共多少条？占全部的百分之几？');
    expect(a).toContain('通知公告 19 + 常见问题 13 = 32 条');
    expect(a).toContain('≈ 45.07%');
    expect(a).not.toContain('84');
  });
  it('a count and its share asked in one message, the thing counted named only by the report ("工作动态有几条，占了多少百分比"): the one clause counting it', async () => {
    const kn = await kb(east);
    const [a] = talk(kn, '我在做高中研究性学习，比较不同部门网站发什么内容。福田区信访局2025年公开的信息里“工作动态”有几条，占了多少百分比？');
    expect(a).toContain('工作动态20条,占总数的28.17%');
    expect(a).not.toContain('通知公告信息19条');
  });
  it('toldWhole: the count before 其中 in the part\'s sentence; none when the sentence gives none', async () => {
    const kn = await kb(east);
    const r = kn.reports.find((x) => x.office.includes('南大街'))!;
    const line = '街道通过市政府采购网站、区政府网站发布各类信息数27条,其中工程采购类公示3条,基层动态类信息1条,其他信息23条。';
    expect(toldWhole(r, line, '其他信息23条', '条')).toBe(27);
    expect(toldWhole(r, '本年度街道收到依申请公开申请4件,办结公开申请3件。', '办结公开申请3件', '件')).toBeUndefined();
  });
  it('a share asked with no count ("…新媒体平台发的信息，占…总数的比例"): the part by a word of its own, in a later fragment of the sentence, never a plainer clause', async () => {
    const kn = await kb('test/fixtures/reports-fresh77-newb');
    const [a] = talk(kn, '文旅厅新媒体平台发的信息，占它2024年主动公开信息总数的比例大概是多少？保留一位小数就行。');
    expect(a).toContain('18816条 ÷ 总数 20216条 ≈ 93.1%');
    expect(a).not.toContain('63条 ÷');
    const [b] = talk(await kb('test/fixtures/reports-fresh77-newa'), '重庆渝北天宫殿街道办事处2023年主动公开的政务信息里，微信公众号发布的占比是多少？精确到0.1%。');
    expect(b).toContain('492条 ÷ 总数 905条 ≈ 54.4%');
  });
});

describe('session 23 readings: requests and dialect', () => {
  it('the requests received, counted after a talk with applicants counted in 次 ("主动沟通申请人35次"): the clause in 件', async () => {
    const kn = await kb('test/fixtures/reports-fresh78-newb');
    const [a] = talk(kn, '自贡市人民政府办公室2024年收到多少件政府信息公开申请？');
    expect(a).toContain('41件');
    expect(a).not.toContain('35次');
  });
  it('好多 before a measure word at the end of a question (贴了好多条东西哦？, 各是好多条咯？) asks how many; a statement keeps it', async () => {
    const { normalize } = await import('../../src/understand/normalize.js');
    expect(normalize('我们杨村镇2024年往公示栏上贴了好多条东西哦？')).toContain('贴了多少条');
    expect(normalize('这两样各是好多条咯？你莫讲那么多道理')).toContain('各是多少条');
    expect(normalize('我等了好多天了')).toContain('好多天');
    const kn = await kb('test/fixtures/reports-fresh78-newb');
    const [a] = talk(kn, '幺儿，帮奶奶问下嘛，我们杨村镇2024年往公示栏上贴了好多条东西哦？');
    expect(a).toContain('公示公告栏318条');
  });
  it('the year\'s proactive total whose breakdown opens the next sentence ("…公开政府信息3800余条。" "其中通过政府网站…"): that total, not a channel\'s', async () => {
    const kn = await kb('test/fixtures/reports-fresh78-newa');
    const [a] = talk(kn, '西夏区政府办公室2024年一共公开了多少条政府信息');
    expect(a).toContain('3800余条');
    expect(a).not.toContain('96条');
  });
  it('a share asked as 占多大比例, its whole in the sentence before the breakdown ("共解读文件23个。" "其中图片解读文件16个")', async () => {
    const kn = await kb('test/fixtures/reports-fresh78-newa');
    const [a] = talk(kn, '西夏区政府办公室2024年解读的文件里面，图片解读占多大比例？');
    expect(a).toContain('16个 ÷ 总数 23个 ≈ 69.57%');
  });
  it('非本机关掌握 in the text is the row 本机关不掌握 (本机关 after 非 is no name of the office), and "不是他们单位掌握的" asks it', async () => {
    const kn = await kb('test/fixtures/reports-fresh79-newb');
    const [a] = talk(kn, '佳木斯生态环境局去年有几件申请是因为不是他们单位掌握的信息所以没给的？');
    expect(a).toContain('非本机关掌握信息2件');
    const [b] = talk(kn, '佳木斯市生态环境局2025年本机关不掌握的有几件');
    expect(b).toContain('2件');
  });
  it('a zone committee\'s bureau goes by the zone and the bureau (台商投资区行政审批服务局, 台商投资区审批局), and 甘州北街街道 names 甘州区北街街道', async () => {
    const { officeNames } = await import('../../src/understand/office-names.js');
    const names = officeNames('泉州台商投资区管理委员会行政审批服务局');
    expect(names).toContain('台商投资区行政审批服务局');
    expect(names).toContain('台商投资区审批局');
    expect(officeNames('甘州区北街街道')).toContain('甘州北街街道');
    const kn = await kb('test/fixtures/reports-fresh80-newa');
    const [a] = talk(kn, '台商投资区行政审批服务局2025年有几件申请结转到下一年继续办理？');
    expect(a).toContain('结转下一年继续办理2件');
  });
  it('a share asked as 占…总数的百分之多少 of a count the asker quotes: worked out from the report\'s sentence', async () => {
    const kn = await kb('test/fixtures/reports-fresh80-newa');
    const [a] = talk(kn, '清徐县2024年政务动态类信息752条，占政府门户网站主动公开信息总数的百分之多少？保留一位小数');
    expect(a).toContain('752条 ÷ 总数 3546条 ≈ 21.2%');
  });
});
