/**
 * The four unseen-office fixtures (test/fixtures/reports-other, figures in EXPECTED-other.md) and
 * the general rules they exposed, each also checked on a small made-up input:
 *   1. space-separated table 二 rows with one value;
 *   2. the 2019/60号 table 二 mapped onto the catalogue (+ its own rows other-services, procurement);
 *   3. the fee statement from any section-六 sentence about charging ("未收取任何费用");
 *   4. web-page chrome after the article (相关链接, 打印本页, footers) is not report text;
 *   5. a prose number is compared only with the row it describes (结转…继续办理 is no 办理完成);
 *   6. a markdown file with tables and headings that is no report is rejected.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../src/report/extract/html.js';
import { textToDocument } from '../../src/report/extract/text.js';
import { ReportError } from '../../src/report/errors.js';
import { METRIC_BY_ID, T2_ROWS } from '../../src/report/format.js';
import { loadLibrary, loadReport } from '../../src/report/library.js';
import { parseReport } from '../../src/report/parse.js';
import type { Document, Report } from '../../src/report/types.js';

const OTHER = join(import.meta.dirname, '..', 'fixtures', 'reports-other');
const FIX = join(import.meta.dirname, '..', 'fixtures', 'reports');
const parseText = (name: string, text: string) => parseReport(textToDocument(name, text));
const v = (r: Report, id: string) => r.values[id]!.value;

const T3_TSV = [
  '三、收到和处理政府信息公开申请情况',
  '',
  '\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
  '一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t5',
  '二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1',
  '三、本年度办理结果\t（一）予以公开\t4\t0\t0\t0\t0\t0\t4',
  '\t（二）部分公开\t1\t0\t0\t0\t0\t0\t1',
  '\t（七）总计\t5\t0\t0\t0\t0\t0\t5',
  '四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1',
].join('\n');

let lusong: Report;
let linqu: Report;
let mianyang: Report;
let dingshu: Report;
beforeAll(async () => {
  [lusong, linqu, mianyang, dingshu] = await Promise.all(
    ['芦淞区教育局-2023.html', '临朐县人民政府办公室-2024.docx', '绵阳市生态环境局-2020.txt', '丁蜀镇人民政府-2024.md'].map((f) => loadReport(join(OTHER, f))),
  );
});

describe('1. space-separated table 二 rows with one value', () => {
  it('丁蜀镇: 行政许可 48, 行政处罚 27, 行政强制 0, 行政事业性收费 0 next to the three-value rows', () => {
    expect(v(dingshu, 't2.normative.issued')).toBe(1);
    expect(v(dingshu, 't2.normative.valid')).toBe(5);
    expect(v(dingshu, 't2.license.decisions')).toBe(48);
    expect(v(dingshu, 't2.penalty.decisions')).toBe(27);
    expect(v(dingshu, 't2.enforcement.decisions')).toBe(0);
    expect(v(dingshu, 't2.fees.amount')).toBe(0);
  });

  it('the text extractor makes rows of the short lines of a space-separated table (header and one-number rows)', () => {
    const doc = textToDocument('/x/a.md', ['第二十条 第（一）项', '信息内容    本年制发件数    本年废止件数    现行有效件数', '规章    0    0    0', '第二十条 第（五）项', '信息内容    本年处理决定数量', '行政许可    7'].join('\n'));
    const tables = doc.blocks.filter((b) => b.kind === 'table').map((b) => (b as { rows: string[][] }).rows);
    expect(tables).toContainEqual([['信息内容', '本年处理决定数量'], ['行政许可', '7']]);
    // a one-cell line stays text (it is the 第二十条 context of the next rows)
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: '第二十条 第（五）项' });
  });

  it('a one-number line is read as a row even with no table around it (any extractor)', () => {
    const doc: Document = {
      file: '/x/某局-2023.pdf',
      blocks: [
        { kind: 'heading', text: '某局2023年政府信息公开工作年度报告' },
        { kind: 'paragraph', text: '二、主动公开政府信息情况' },
        { kind: 'paragraph', text: '第二十条第（五）项' },
        { kind: 'paragraph', text: '信息内容 本年处理决定数量' },
        { kind: 'paragraph', text: '行政许可 48' },
        { kind: 'paragraph', text: '第二十条第（六）项' },
        { kind: 'paragraph', text: '行政处罚 27' },
        { kind: 'paragraph', text: '行政强制 0' },
        { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' },
      ],
    };
    const r = parseReport(doc);
    expect(v(r, 't2.license.decisions')).toBe(48);
    expect(v(r, 't2.penalty.decisions')).toBe(27);
    expect(v(r, 't2.enforcement.decisions')).toBe(0);
    expect(v(r, 't2.rules.issued')).toBeNull(); // not printed: not reported
  });
});

describe('2. the 2019/60号 table 二', () => {
  it('绵阳市生态环境局 2020: 新制作 → 制发, 对外公开总数量 → 现行有效, no 废止 column, no fee amount', () => {
    expect(v(mianyang, 't2.rules.issued')).toBe(0);
    expect(v(mianyang, 't2.rules.valid')).toBe(0);
    expect(v(mianyang, 't2.normative.issued')).toBe(2);
    expect(v(mianyang, 't2.normative.valid')).toBe(11);
    expect(v(mianyang, 't2.normative.repealed')).toBeNull();
    expect(v(mianyang, 't2.license.decisions')).toBe(386);
    expect(v(mianyang, 't2.penalty.decisions')).toBe(93);
    expect(v(mianyang, 't2.enforcement.decisions')).toBe(7);
    expect(v(mianyang, 't2.fees.amount')).toBeNull(); // 60号 prints 上一年项目数量/本年增减 only
  });

  it('its own rows become metrics: other-services.decisions, procurement.count / .amount (万元)', () => {
    expect(v(mianyang, 't2.other-services.decisions')).toBe(52);
    expect(v(mianyang, 't2.procurement.count')).toBe(11);
    expect(v(mianyang, 't2.procurement.amount')).toBe(486.3);
    expect(METRIC_BY_ID['t2.procurement.amount']!.unit).toBe('万元');
    expect(METRIC_BY_ID['t2.procurement.count']!.unit).toBe('项');
    expect(METRIC_BY_ID['t2.other-services.decisions']!.label).toBe('其他对外管理服务事项·本年处理决定数量');
    expect(T2_ROWS.filter((r) => r.oldFormat).map((r) => r.id)).toEqual(['other-services', 'procurement']);
  });

  it('absent from a 2021-format report: null (not reported), never 0', () => {
    for (const r of [lusong, linqu, dingshu]) {
      expect(v(r, 't2.other-services.decisions')).toBeNull();
      expect(v(r, 't2.procurement.count')).toBeNull();
      expect(v(r, 't2.procurement.amount')).toBeNull();
    }
  });

  it('an amount printed in 元 is converted to 万元', () => {
    const r = parseText(
      '/x/某局-2020.txt',
      ['某局2020年政府信息公开工作年度报告', '', '二、主动公开政府信息情况', '', '| 第二十条第（九）项 |', '| 信息内容 | 采购项目数量 | 采购总金额（元） |', '| 政府集中采购 | 3 | 1234500 |'].join('\n'),
    );
    expect(v(r, 't2.procurement.count')).toBe(3);
    expect(v(r, 't2.procurement.amount')).toBe(123.45);
  });
});

describe('3. the fee statement', () => {
  it('2019 wording without 信息处理费: "未收取任何费用"', () => {
    expect(mianyang.feeStatement).toBe('本年度我局在政府信息公开工作中未收取任何费用。');
    expect(dingshu.feeStatement).toContain('200元');
    expect(lusong.feeStatement).toBe('本年度未收取信息处理费。');
  });

  const withSix = (six: string) => parseText('/x/某局-2023.txt', `某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n全年主动公开信息10条。\n\n六、其他需要报告的事项\n\n${six}`);
  it('any section-六 sentence about charging; 信息处理费 sentences first; 经费/收费标准 are something else', () => {
    expect(withSix('本机关依申请公开政府信息不收费。无其他需要报告的事项。').feeStatement).toBe('本机关依申请公开政府信息不收费。');
    expect(withSix('我局落实工作要点。全年未向申请人收取费用。').feeStatement).toBe('全年未向申请人收取费用。');
    expect(withSix('本年度收取信息处理费0元。依法公开收费标准。').feeStatement).toBe('本年度收取信息处理费0元。');
    expect(withSix('加强工作经费保障。公开学校收费标准。').feeStatement).toBeUndefined();
  });
});

describe('4. web-page chrome after the article', () => {
  it('芦淞区教育局: the 相关链接 list (another year’s report title) is not section 六, no false year warning', () => {
    expect(lusong.findings.filter((f) => f.rule === 'year')).toEqual([]);
    const six = lusong.passages.filter((p) => p.section === '六').map((p) => p.text);
    expect(six).toEqual(['本年度未收取信息处理费。', '本机关无其他需要报告的事项。']);
    expect(lusong.passages.some((p) => /打印本页|关闭窗口|相关链接|ICP/.test(p.text))).toBe(false);
    expect(lusong.contact.phone).toBe('0731-28213456');
  });

  it('绵阳 (text copy of a page): 【关闭窗口】, 主办单位/ICP and the 发布时间/浏览次数 line are dropped', () => {
    expect(mianyang.passages.some((p) => /关闭窗口|打印本页|ICP|浏览次数|字体/.test(p.text))).toBe(false);
  });

  const PAGE = (after: string) => `<html><body><div class="article"><h1>某局2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>全年主动公开信息10条。</p>
<p>五、存在的主要问题及改进情况</p><p>解读形式单一。</p>
<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p><p>某局</p><p>2024年1月10日</p></div>
${after}</body></html>`;

  it('link lists, 相关链接 blocks and copyright lines end the article — with or without tell-tale classes', () => {
    const chrome = [
      '<div class="related"><h3>相关链接</h3><ul><li><a href="/1">某局2022年政府信息公开工作年度报告</a></li><li><a href="/2">某局2021年政府信息公开工作年度报告</a></li></ul></div>',
      '<div><p>相关链接：</p><p><a href="/1">某局2022年政府信息公开工作年度报告</a></p></div>',
      '<ul><li><a href="/1">某局2022年政府信息公开工作年度报告</a></li><li><a href="/2">上一篇</a></li></ul>',
      '<div class="tools">【打印本页】 【关闭窗口】</div><p>某局2022年政府信息公开工作年度报告</p>',
      '<div>版权所有：某市人民政府 备案号：某ICP备123号</div><p>2022年网站工作报表</p>',
    ];
    for (const after of chrome) {
      const r = parseReport(documentFromHtml('/x/page.html', PAGE(after)));
      expect(r.findings.filter((f) => f.rule === 'year'), after).toEqual([]);
      expect(r.passages.filter((p) => p.section === '六').map((p) => p.text), after).toEqual(['本年度未收取信息处理费。']);
      expect(r.passages.some((p) => /2022年|2021年/.test(p.text)), after).toBe(false);
    }
  });

  it('real content is kept: a list with text of its own, and chrome words before section 五 only skip that line', () => {
    const r = parseReport(
      documentFromHtml(
        '/x/page.html',
        `<html><body><h1>某局2023年政府信息公开工作年度报告</h1><p>发布时间：2024-01-10 浏览次数：99</p>
<p>一、总体情况</p><ul><li>公开<a href="/a">通知公告</a>12条。</li><li>公开<a href="/b">政策解读</a>3篇。</li></ul>
<p>五、存在的主要问题及改进情况</p><p>解读形式单一。</p><p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></body></html>`,
      ),
    );
    const texts = r.passages.map((p) => p.text);
    expect(texts).toContain('公开通知公告12条。');
    expect(texts).toContain('公开政策解读3篇。');
    expect(texts.some((t) => /浏览次数/.test(t))).toBe(false);
    expect(r.feeStatement).toBe('本年度未收取信息处理费。');
  });
});

describe('5. prose numbers are compared only with the row they describe', () => {
  it('no false 办理完成 warning from "结转下年度继续办理 N 件" in the three reports that print it', () => {
    for (const r of [lusong, linqu, dingshu, mianyang]) expect(r.findings.filter((f) => f.rule === 'prose'), r.id).toEqual([]);
  });

  const withProse = (prose: string) => parseText('/x/某局-2023.txt', `某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n${prose}\n\n${T3_TSV}`);
  it('办结/办理完成 is compared with (七)总计; 继续办理, 行政复议申请, 人大建议 are not', () => {
    expect(withProse('全年新收申请5件，上年结转1件，已办结5件，结转下年度继续办理1件。').findings.filter((f) => f.rule === 'prose')).toEqual([]);
    const wrong = withProse('全年新收申请5件，已办结7件。').findings.filter((f) => f.rule === 'prose');
    expect(wrong.map((f) => f.numbers)).toEqual([[7, 5]]);
    expect(withProse('收到行政复议申请2件，正在办理1件，办理人大代表建议3件。').findings.filter((f) => f.rule === 'prose')).toEqual([]);
    expect(withProse('收到政府信息公开申请9件。').findings.filter((f) => f.rule === 'prose').map((f) => f.numbers)).toEqual([[9, 5, 6]]);
  });
});

describe('6. a file that is not a report is rejected, however many tables and headings it has', () => {
  it('EXPECTED-other.md and EXPECTED.md', async () => {
    for (const f of [join(OTHER, 'EXPECTED-other.md'), join(FIX, 'EXPECTED.md')]) {
      await expect(loadReport(f)).rejects.toThrow(ReportError);
      await expect(loadReport(f)).rejects.toThrow(/不是政府信息公开工作年度报告/);
    }
  });

  it('the reports-other folder loads four reports and names EXPECTED-other.md as the one error', async () => {
    const { reports, errors } = await loadLibrary(OTHER);
    expect(reports.map((r) => r.id).sort()).toEqual(['临朐县人民政府办公室-2024', '宜兴市丁蜀镇人民政府-2024', '株洲市芦淞区教育局-2023', '绵阳市生态环境局-2020'].sort());
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file.endsWith('EXPECTED-other.md')).toBe(true);
    expect(errors[0]!.message).toContain('不是政府信息公开工作年度报告');
  });

  it('notes with a table of numbers are rejected; a report without title still loads from its tables or sections', () => {
    expect(() => parseText('/x/notes.md', '# Notes\n\n| file | year | 行政许可 |\n|---|---|---|\n| a.html | 2023 | 4 |\n| b.md | 2024 | 5 |\n\n## 一、总体情况\n\ntext')).toThrow(/不是政府信息公开工作年度报告/);
    const tableOnly = parseText('/x/某局-2023.txt', T3_TSV.split('\n').slice(2).join('\n'));
    expect(v(tableOnly, 't3.new.total')).toBe(5);
    const sectionsOnly = parseText('/x/某局-2023.txt', '一、总体情况\n\n全年公开信息10条。\n\n二、主动公开政府信息情况\n\n见下表。\n\n三、收到和处理政府信息公开申请情况\n\n无。');
    expect(sectionsOnly.office).toBe('某局');
  });
});
