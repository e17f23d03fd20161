// Readings added after the thirty-seventh blind round (session 14): a relative year not loaded answered from the newest report, quoted figures checked
// against the table.
import { describe, expect, it } from 'vitest';
import { ask, kb } from './readings-kit.js';

describe('fresh37 readings: the default report', () => {
  it('"去年…" counted to a year not loaded: said so, then the newest report\'s answer, labelled (issue 9)', async () => {
    const kn = await kb('test/fixtures/reports');
    const t = ask(kn, '南岗区政府办 去年一共收了几个信息公开申请');
    expect(t).toMatch(/^目前没有加载2025年的报告，最新的是2022年的报告/);
    expect(t).toContain('15 件');
    // (a passage answer carries the same note)
    expect(ask(kn, '南岗区去年的政务新媒体账号有多少个')).toMatch(/^目前没有加载2025年的报告[^]*16个政务新媒体账号/);
  });
  it('a figure quoted to be checked ("收了20件申请 是不是啊", "予以公开是5件吧？我周报里…"): not so, with the report\'s figure', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '听说你们2022年收了20件申请 是不是啊')).toMatch(/不对，您说的 20 件[^]*15 件/);
    expect(ask(kn, '@机器人 南岗区政府办2022年予以公开是5件吧？我周报里这么写的')).toMatch(/不对，您说的 5 件[^]*4 件/);
  });
  it('a subtotal quoted with the year said short ("南岗22 无法提供 8件 没问题吧"): right, and wrong', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '@机器人 核对 南岗22 无法提供 8件 没问题吧')).toContain('您说的 8 件与报告一致');
    expect(ask(kn, '@机器人 核对 南岗22 无法提供 9件 没问题吧')).toContain('您说的 9 件与报告不一致');
  });
});

describe('fresh37 readings: offices never seen', () => {
  const dir = 'test/fixtures/reports-fresh37-newa';
  it('which office disclosed most, each report\'s own total clause ("主动全面公开…等政府信息19322条")', async () => {
    const t = ask(await kb(dir), '你这里几个单位的年报，哪个主动公开的信息条数最多？');
    expect(t).toMatch(/^最多的是邢台市人民政府办公室2025年/);
    expect(t).toContain('19322条');
  });
  it('one office\'s disclosure set against another\'s: a count of requests told as none is no count of it (18, not 0)', async () => {
    expect(ask(await kb(dir), '正平镇公开的信息比淮北市人民医院多多少条？')).toContain('2224 - 18 = 2206');
  });
  it('an organ in short typed by its reading ("西山区叫体局") is the loaded office', async () => {
    expect(ask(await kb(dir), '西山区叫体局微信公众号23年推送了多少篇图文')).toContain('昆明市西山区教育体育局');
  });
});

describe('fresh37 readings: checks in staff shorthand', () => {
  it('"表三 收到的和办完的 对得上不": 办完 is 办结, the balance of table 三 checked', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '@机器人 南岗22 表三 收到的和办完的 对得上不')).toContain('两边相等，一致');
  });
  it('"公开了多少件市政府文件" counts documents published, never requests granted', async () => {
    const kn = await kb('test/fixtures/reports-fresh35-newa');
    expect(ask(kn, '张家港市政府办2022年一共公开了多少件市政府文件啊')).not.toContain('予以公开');
  });
});

describe('fresh37 readings: contact details', () => {
  it('"把…年报上的联系方式整理一下，我转给患者家属": the whole contact block, the story around it no obstacle', async () => {
    const t = ask(await kb('test/fixtures/reports-fresh37-newa'), '@机器人 把淮北市人民医院年报上的联系方式整理一下，我转给患者家属');
    expect(t).toContain('淮海路66号');
    expect(t).toContain('235000');
    expect(t).toContain('0561-3055002');
  });
});

describe('fresh37 readings: everyday words for rows (synonyms.yml, figures.yml)', () => {
  it('"到年底还管用的" is 现行有效, "又关了几个" 注销, "手里压根就没有人家要的那份材料" 本机关不掌握', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '南岗区政府办2022年自己出台的那类政策文件，当年新出了几件、废掉几件、到年底还管用的一共几件？')).toContain('现行有效 18 件');
    expect(ask(kn, '南岗区政府办22年报告 新开了几个公众号抖音号啥的 又关了几个')).toContain('注销');
    expect(ask(kn, '南岗区政府办2022年，有多少件申请是因为政府办手里压根就没有人家要的那份材料')).toContain('不掌握相关政府信息”而无法提供的申请 6 件');
  });
});

describe('fresh37 readings: two years of one office', () => {
  const dir = 'test/fixtures/reports-fresh37-newb';
  it('"联系电话这两年换过没有": each year\'s phone and whether it changed', async () => {
    expect(ask(await kb(dir), '大丰区政府办的联系电话这两年换过没有？')).toContain('一样，没有变化');
  });
  it('"去年的年报出了吗？主动公开了多少条？": the second question is about the office the message names', async () => {
    const t = ask(await kb(dir), '大丰区府办去年的年报出了吗？主动公开了多少条？');
    expect(t).toContain('1.17万条');
    expect(t).not.toContain('胡市镇人民政府2019年报告');
  });
});
