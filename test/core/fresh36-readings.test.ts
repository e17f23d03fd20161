// Readings added after the thirty-sixth blind round (session 14): a street asked for the address, a yes/no asked
// with a closing 不, a check with the report's year said bare, two questions run together.
import { describe, expect, it } from 'vitest';
import { ask, kb } from './readings-kit.js';

describe('fresh36 readings: the default report', () => {
  it('"在哪个街上" / "在哪条路" asks the address (synonyms.yml), a sound-alike office name too', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '难岗区政府办公室在哪个街上')).toContain('大成街');
    expect(ask(kn, '南岗区政府办在哪条路')).toContain('大成街');
  });
  it('"能…申请公开信息不？" asks who may apply, not what is not disclosed', async () => {
    const kn = await kb('test/fixtures/reports');
    const t = ask(kn, '俺是外地来打工嘞，不是本地户口，也不想说俺要这东西干啥用，能找南岗区政府办申请公开信息不？');
    expect(t).toContain('无需说明');
    expect(t).not.toContain('不予公开的情形');
  });
  it('a sum checked with the report\'s year said bare ("南岗区办2022：…=15，对不？") gets its verdict', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '核对下 南岗区办2022：予以公开4+不予公开2+无法提供8+不予处理1=15，对不？')).toContain('一致');
    expect(ask(kn, '核对下 南岗区办2022：予以公开4+不予公开2+无法提供8+不予处理1=16，对不？')).toContain('不相等');
  });
  it('"何时" is 什么时候: the annual report\'s deadline, not the regulation\'s dates', async () => {
    const kn = await kb('test/fixtures/reports');
    expect(ask(kn, '按照《政府信息公开条例》规定，县级以上人民政府部门的政府信息公开工作年度报告应当于每年何时之前向社会公布？')).toContain('1月31日');
  });
  it('two questions run together ("电话多少还有就是…多久给回信"): both answered', async () => {
    const kn = await kb('test/fixtures/reports');
    const t = ask(kn, '南岗区政府办电话多少还有就是申请交上去多久给回信');
    expect(t).toContain('82705546');
    expect(t).toContain('20个工作日');
  });
});

describe('fresh36 readings: offices whose pages were cut before the tables', () => {
  const dir = 'test/fixtures/reports-fresh36-newa';
  it('requests by letter asked as "写信寄过去的": the text\'s 信函 clause', async () => {
    expect(ask(await kb(dir), '湖东街道有几件申请是写信寄过去的')).toContain('信函申请6件');
  });
  it('new and carried requests added up, the carried told as "2021年结转…2件": 10 + 2 = 12', async () => {
    expect(ask(await kb(dir), '兴仁22年 新收加上年结转 总共多少件')).toContain('合计 12 件');
  });
  it('two offices\' requests told in the text, "谁多 多几件": who has more and by how much (a change beside a count is no count)', async () => {
    const t = ask(await kb(dir), '湖东街道和乌海统计局24年新收申请谁多 多几件');
    expect(t).toContain('乌海市统计局2024年多');
    expect(t).toContain('相差 78 件（84 − 6');
  });
  it('where the report is read, said as "本年度报告通过…网站(jkq.nanning.gov.cn)全文公开"', async () => {
    expect(ask(await kb(dir), '南宁经开区21年的报告在哪能下载')).toContain('jkq.nanning.gov.cn');
  });
});

