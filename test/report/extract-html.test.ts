import { describe, expect, it } from 'vitest';
import { buildGrid, clean, decodeHtml, documentFromHtml, extract } from '../../src/report/extract/html.js';
import { encodeGbk, fixture, labels, NAME, numbers, rowWith, tables, tableWith, texts } from './extract-helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('html extractor: spans', () => {
  it('expands rowspan and colspan into a rectangular grid, text in the first covered cell', () => {
    const doc = documentFromHtml(
      'x.html',
      `<table>
        <tr><td rowspan="3" colspan="2">A</td><td colspan="3">B</td></tr>
        <tr><td rowspan="2">C</td><td colspan="2">D</td></tr>
        <tr><td>E</td><td>F</td></tr>
        <tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>
      </table>`,
    );
    expect(tables(doc)).toHaveLength(1);
    expect(tables(doc)[0]!.rows).toEqual([
      ['A', '', 'B', '', ''],
      ['', '', 'C', 'D', ''],
      ['', '', '', 'E', 'F'],
      ['1', '2', '3', '4', '5'],
    ]);
  });

  it('pads short rows and caps a rowspan at the end of the table', () => {
    expect(buildGrid([[{ text: 'a', rowspan: 9, colspan: 1 }, { text: 'b', rowspan: 1, colspan: 1 }], [{ text: 'c', rowspan: 1, colspan: 1 }]])).toEqual([
      ['a', 'b'],
      ['', 'c'],
    ]);
    const doc = documentFromHtml('x.html', '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>');
    expect(tables(doc)[0]!.rows).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });

  it('reads the official table-三 header shape (3 header rows with spans)', () => {
    const doc = documentFromHtml(
      'x.html',
      `<table><thead>
        <tr><th rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>
        <tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
        <tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
      </thead><tbody>
        <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>4</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
        <tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
      </tbody></table>`,
    );
    const rows = tables(doc)[0]!.rows;
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(rows[1]).toEqual(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    expect(rows[2]).toEqual(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    expect(rows[3]).toEqual(['三、本年度办理结果', '（一）予以公开', '', '4', '0', '0', '0', '0', '0', '4']);
    expect(rows[4]).toEqual(['', '（三）不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('turns <br> and block children of a cell into spaces, decodes entities', () => {
    const doc = documentFromHtml('x.html', '<table><tr><td>商业<br/>企业</td><td><p>A&amp;B</p><p>&nbsp;C&#x4E00;</p></td></tr></table>');
    expect(tables(doc)[0]!.rows[0]).toEqual(['商业 企业', 'A&B C一']);
  });

  it('flattens a layout table holding the real tables', () => {
    const doc = documentFromHtml(
      'x.html',
      `<table><tr><td><h2>二、主动公开政府信息情况</h2>
         <table><tr><td>规章</td><td>0</td></tr></table>
         <p>说明文字</p></td></tr></table>`,
    );
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: '二、主动公开政府信息情况', level: 2 },
      { kind: 'table', rows: [['规章', '0']] },
      { kind: 'paragraph', text: '说明文字' },
    ]);
  });
});

describe('html extractor: text', () => {
  it('skips script, style, nav, hidden and page chrome; keeps headings and paragraphs in order', () => {
    const doc = documentFromHtml(
      'x.html',
      `<html><head><title>T</title><style>p{color:red}</style><script>var a = "<p>x</p>";</script></head>
       <body><header><div class="logo">某某政府网</div></header><nav>首页 &gt; 公开</nav><div class="breadcrumb">当前位置</div>
       <h1>某区 2022 年政府信息公开工作年度报告</h1>
       <div>一段<b>加粗</b>文字
       继续</div><p style="display:none">隐藏</p><h3>一、总体情况</h3><p>正文。<br>第二段。</p>
       <footer>版权所有 电话 010-12345678</footer></body></html>`,
    );
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: '某区 2022 年政府信息公开工作年度报告', level: 1 },
      { kind: 'paragraph', text: '一段加粗文字继续' },
      { kind: 'heading', text: '一、总体情况', level: 3 },
      { kind: 'paragraph', text: '正文。' },
      { kind: 'paragraph', text: '第二段。' },
    ]);
  });

  it('uses <title> as the heading when the page has no h1', () => {
    const doc = documentFromHtml('x.html', '<title>某局2023年政府信息公开工作年度报告</title><p>正文</p>');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', text: '某局2023年政府信息公开工作年度报告', level: 1 });
  });

  it('collapses whitespace but keeps spaces between Latin words and numbers', () => {
    expect(clean('  电话：\n 0451-82705546 \t 邮编 150001 ')).toBe('电话： 0451-82705546 邮编 150001');
    expect(clean('有效提升\n了工作')).toBe('有效提升了工作');
    expect(clean('2022\n年')).toBe('2022 年');
  });
});

describe('html extractor: encodings', () => {
  const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><h1>南岗区政府信息公开工作年度报告</h1><table><tr><td>行政规范性文件</td><td>4</td></tr></table></body></html>';

  it('decodes a GB2312-declared page with gb18030', async () => {
    const bytes = encodeGbk(page);
    expect(new TextDecoder('utf-8').decode(bytes)).not.toContain('南岗区'); // really not UTF-8
    const doc = await extract('gbk.html', bytes);
    expect(doc.blocks[0]).toEqual({ kind: 'heading', text: '南岗区政府信息公开工作年度报告', level: 1 });
    expect(tables(doc)[0]!.rows).toEqual([['行政规范性文件', '4']]);
  });

  it('falls back to gb18030 for undeclared bytes that are not UTF-8, and honours a UTF-8 BOM', () => {
    expect(decodeHtml(encodeGbk('<p>信息公开</p>'))).toBe('<p>信息公开</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('<p>公开</p>')]))).toBe('<p>公开</p>');
    expect(decodeHtml(enc('<meta charset="utf-8"><p>公开</p>'))).toContain('公开');
  });
});

describe('html extractor: generated report page', async () => {
  const { file, data } = fixture(`${NAME}.html`);
  const doc = await extract(file, data);

  it('has the title, the six sections and the contact paragraph', () => {
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: '南岗区人民政府办公室 2022 年政府信息公开工作年度报告' });
    const heads = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    for (const s of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政务信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他报告的事项']) {
      expect(heads).toContain(s);
    }
    expect(texts(doc).some((t) => t.includes('电话：0451-82705546') && t.includes('邮编：150001'))).toBe(true);
    expect(texts(doc)).toContain('本年度无收取信息费情况。');
    expect(texts(doc).join('')).not.toMatch(/首页|window\.__report/); // nav and script skipped
  });

  it('table 二 rows', () => {
    const t = tableWith(doc, '行政规范性文件');
    expect(numbers(rowWith(t, '行政规范性文件'))).toEqual([4, 1, 18]);
    expect(rowWith(t, '规章')).toEqual(['规章', '0', '0', '0']);
    expect(rowWith(t, '行政许可')).toEqual(['行政许可', '0', '', '']);
    expect(rowWith(t, '第二十条第（八）项')).toEqual(['第二十条第（八）项', '', '', '']);
  });

  it('table 三: 10 columns, spans expanded, rows carry their numbers', () => {
    const t = tableWith(doc, '予以公开');
    expect(new Set(t.rows.map((r) => r.length))).toEqual(new Set([10]));
    expect(t.rows).toHaveLength(3 + 25);
    expect(rowWith(t, '予以公开')).toEqual(['三、本年度办理结果', '(一) 予以公开', '', '4', '0', '0', '0', '0', '0', '4']);
    expect(rowWith(t, '属于国家秘密').slice(0, 3)).toEqual(['', '(三) 不予公开', '1. 属于国家秘密']);
    expect(rowWith(t, '属于三类内部事务信息').slice(0, 2)).toEqual(['', '']);
    expect(numbers(rowWith(t, '本机关不掌握'))).toEqual([6, 0, 0, 0, 0, 0, 6]);
    expect(numbers(rowWith(t, '(七) 总计'))).toEqual([15, 0, 0, 0, 0, 0, 15]);
    expect(labels(rowWith(t, '3. 其他'))).toEqual(['3. 其他']);
    expect(t.rows[2]!.slice(4, 9)).toEqual(['商业企业', '科研机构', '社会组织', '法律服务机构', '其他']);
  });

  it('table 四: the 3-row header, 15 columns', () => {
    const t = tableWith(doc, '复议后起诉');
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toEqual(['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')]);
    expect(t.rows[2]!.slice(5)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });
});
