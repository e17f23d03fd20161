/**
 * A page saved on one line whose text runs straight into table 二 ("…止。… 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 |
 * …"): its text is read as text under part 一, never the whole report as one table cell refused as a blank draft.
 */
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../src/report/extract/text.js';
import { parseReport } from '../../src/report/parse.js';

const SENTENCE = '本街道认真落实政府信息公开条例，做好主动公开工作，通过门户网站发布信息133条，通过微信公众号发布信息155条。';
const PAGE = [
  '某县某街道办事处 2021年政府信息公开工作年度报告',
  `一、总体情况 根据《中华人民共和国政府信息公开条例》要求，公布本年度报告，本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。${SENTENCE.repeat(3)} 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | 行政规范性文件 | 0 |`,
].join('\n');

describe('a page saved on one line, running into its first table', () => {
  it('the text before the table is read as part 一, its sentences kept', () => {
    const r = parseReport(textToDocument('/x/某县某街道办事处-2021.txt', PAGE));
    const one = r.passages.filter((p) => p.section === '一').map((p) => p.text).join('');
    expect(one).toContain('微信公众号发布信息155条');
    expect(r.passages.some((p) => p.text.includes('| 信息内容'))).toBe(false);
  });
});
