/**
 * A document page saved as one line whose line breaks became single spaces inside words ("统计期 限自 2022 年 1 月",
 * "本报告的 电 子 版"): the spaces are taken out, so the period, the contact and the counts read as words; prose with a
 * space here and there keeps it.
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../src/report/extract/text.js';
import { parseReport } from '../../src/report/parse.js';

const WRAPPED = [
  '某县人民政府办公室2022年政府信息公开工作年度报告',
  '本报告依据《中华人民共和国政府信息公开条例》要求编制而成。报告中所列数据的统计期 限自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止。本报告的 电 子 版 可 从 某 县 人 民 政 府 门 户 网 站下载。如对本报告有疑 问,请与某县人民政府办公室联系(地址:某县人民 西路 8 号,电话:0318-1234567)。 一、总体情况 全年主动公 开政府信息 300 条,依申请公开办 结 5 件,均按时答 复,进一步提高了工作透 明度,有效保障了公民知 情权。',
].join('\n');

describe('a page whose line breaks became spaces inside words', () => {
  it('reads the period and the counts as words', () => {
    const r = parseReport(textToDocument('/x/某县人民政府办公室-2022.txt', WRAPPED));
    const text = r.passages.map((p) => p.text).join('');
    expect(text).toContain('主动公开政府信息300条');
    expect(text).toContain('统计期限自2022年1月1日起');
  });
  it('leaves a short line, or prose with one space, as it is', () => {
    const doc = textToDocument('/x/a.txt', '某县 2022年报告\n\n主动公开 政府信息300条，依申请公开办结5件。');
    const text = doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).join('|');
    expect(text).toContain('主动公开 政府信息');
  });
});
