import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { formatNumberChecked, reportFormatAsked } from '../../../src/core/policy/format-asked.js';
import { knowledge, u } from './helpers.js';

let nangang: Knowledge;
let xihuo: Knowledge;
let huzhou: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  xihuo = await knowledge('test/fixtures/reports-fresh107-newb');
  huzhou = await knowledge('test/fixtures/reports-fresh107-newa');
});

const linesOf = (d: ReturnType<typeof reportFormatAsked.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');
const stateOf = (kn: Knowledge, office: string) => ({ report: kn.reports.find((r) => r.office.includes(office))!.id });

describe('report-format-asked', () => {
  it('a 2021-format table 二: the 30号 format, read from its columns', () => {
    const text = linesOf(reportFormatAsked.decide(u({ norm: '这份年报用的哪一版格式' }), {}, nangang));
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain('本年制发件数');
  });
  it('a 2021 report printing the 2019 columns: the old format, and the one its year should use', () => {
    const text = linesOf(reportFormatAsked.decide(u({ norm: '这个镇的年报是新的30号格式还是老的' }), stateOf(xihuo, '西火镇'), xihuo));
    expect(text).toContain('〔2019〕60号');
    expect(text).toMatch(/按规定2021年度报告应使用2021年版格式/);
  });
  it('no table 二 and no format cited: said so, with which years use which — never a version guessed from the year', () => {
    const text = linesOf(reportFormatAsked.decide(u({ norm: '这份年报用的什么版本的格式' }), stateOf(huzhou, '湖州'), huzhou));
    expect(text).toContain('看不出用的是哪版格式');
    expect(text).not.toMatch(/报告用的是/);
  });
  it('the request form asked ("申请表有模板吗"): no decision', () => {
    expect(reportFormatAsked.decide(u({ norm: '申请表有模板吗' }), {}, nangang)).toBeUndefined();
  });
});

describe('format-number-checked', () => {
  it('a format notice quoted wrongly: said so, with the right number and issuer', async () => {
    const kn = await knowledge('data/reports');
    const d = formatNumberChecked.decide(u({ norm: '年报里写的依据是国办公开函[2021]3号,对吗', text: '年报里写的依据是国办公开函[2021]3号，对吗' }), {}, kn);
    const text = d && d.kind === 'passage' ? d.parts.lines.join('') : '';
    expect(text).toContain('写得不对');
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain('不是“国办公开函”');
  });
  it('the right number: said to be right, with the years it is for', async () => {
    const kn = await knowledge('data/reports');
    const d = formatNumberChecked.decide(u({ norm: '格式文件国办公开办函〔2019〕60号写得对不对' }), {}, kn);
    expect(d && d.kind === 'passage' ? d.parts.lines.join('') : '').toMatch(/写得对.*2019、2020年度/);
  });
  it('another notice (the fees\' measures), or no check asked: no decision', async () => {
    const kn = await knowledge('data/reports');
    expect(formatNumberChecked.decide(u({ norm: '国办函〔2020〕109号对不对' }), {}, kn)).toBeUndefined();
    expect(formatNumberChecked.decide(u({ norm: '国办公开办函〔2021〕30号是什么文件' }), {}, kn)).toBeUndefined();
  });
});
