/** The .txt/.md extractor: blocks as the parser expects them. */
import { describe, expect, it } from 'vitest';
import { decodeText, textToDocument } from '../../src/report/extract/text.js';
import { ReportError } from '../../src/report/errors.js';
import { parseReport } from '../../src/report/parse.js';

const blocks = (text: string) => textToDocument('x.md', text).blocks;

describe('textToDocument', () => {
  it('pipe tables: separator rows dropped, junk trailing `| ||` trimmed, blank cells kept', () => {
    const b = blocks('| 信息内容 | 本年制发件数 | 本年废止件数 ||\n|---|:---:|---|\n| 规章 | | 0 | ||\n');
    expect(b).toEqual([{ kind: 'table', rows: [['信息内容', '本年制发件数', '本年废止件数'], ['规章', '', '0']] }]);
  });

  it('tab tables keep merged cells as empty leading fields; a blank line splits fragments', () => {
    const b = blocks('a\t\t1\t2\n\tb\t3\t4\n\n| x | 1 |\n| y | 2 |\n');
    expect(b).toEqual([
      { kind: 'table', rows: [['a', '', '1', '2'], ['', 'b', '3', '4']] },
      { kind: 'table', rows: [['x', '1'], ['y', '2']] },
    ]);
  });

  it('space-separated columns with their header line; single spaces stay inside labels', () => {
    const b = blocks('说明文字。\n信息内容  本年制发件数  本年废止件数\n行政规范性 文件  4  1\n规章  0  0\n');
    expect(b).toEqual([
      { kind: 'paragraph', text: '说明文字。' },
      { kind: 'table', rows: [['信息内容', '本年制发件数', '本年废止件数'], ['行政规范性 文件', '4', '1'], ['规章', '0', '0']] },
    ]);
  });

  it('headings with levels, markdown emphasis removed', () => {
    expect(blocks('## 一、总体情况\n\n**（一）主动公开情况**。正文。\n')).toEqual([
      { kind: 'heading', text: '一、总体情况', level: 2 },
      { kind: 'paragraph', text: '（一）主动公开情况。正文。' },
    ]);
  });

  it('a sentence broken by a line end or a blank line is rejoined; titles, headings and full sentences are not', () => {
    const b = blocks(
      '某局2022年政府信息公开工作年度报告\n\n本报告依据条例编制，现予公布，数据统计至年底，如有疑问请联系办公室并\n\n说明来意。\n一、总体情况\n2021 年，我办认真贯彻落实国家和省市的安排部署，积极开展工作，有效提升\n了工作质量。\n二是加强培训。\n',
    );
    expect(b.map((x) => (x.kind === 'table' ? '' : x.text))).toEqual([
      '某局2022年政府信息公开工作年度报告',
      '本报告依据条例编制，现予公布，数据统计至年底，如有疑问请联系办公室并说明来意。',
      '一、总体情况',
      '2021 年，我办认真贯彻落实国家和省市的安排部署，积极开展工作，有效提升了工作质量。',
      '二是加强培训。',
    ]);
  });
});

describe('decodeText', () => {
  it('UTF-8 with BOM, UTF-16LE with BOM, GB18030', () => {
    expect(decodeText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0x94, 0xbf]))).toBe('政');
    expect(decodeText('a.txt', new Uint8Array([0xff, 0xfe, 0x3f, 0x65]))).toBe('政');
    expect(decodeText('a.txt', new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]))).toBe('政府');
  });

  it('binary data is refused, naming the file', () => {
    expect(() => decodeText('bad.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(ReportError);
    expect(() => decodeText('bad.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/^bad\.txt：不是文本文件/);
  });
});

describe('a web page\'s breadcrumb and the title line under it (session 11)', () => {
  it('stay two lines, so the title is read: "您现在所在的位置: 网站首页 > … > 政府信息公开年报" / "泾县教育体育局2023年…年度报告"', () => {
    const text = [
      '泾县教育体育局',
      '您现在所在的位置: 网站首页 > 政府信息公开 > 泾县教育体育局 > 政府信息公开年报',
      '泾县教育体育局2023年政府信息公开工作年度报告',
      '发布时间:2024-01-16 17:29 来源:泾县教育体育局 字体:[ ]',
      '',
      '本年报根据《中华人民共和国政府信息公开条例》要求编制。',
      '一、总体情况',
      '2023年，我局主动公开政府信息120条。',
    ].join('\n');
    const r = parseReport(textToDocument('泾县教育体育局-2023.txt', text));
    expect(r.title).toBe('泾县教育体育局2023年政府信息公开工作年度报告');
  });
});
