// Office names of the thirty-third blind round: a street's office under its district's government, a sumu of Inner
// Mongolia, and a page cut so that its last line is not a signature.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/library.js';
import { officeNames, splitOffice } from '../../src/understand/office-names.js';
import { findReportSlots } from '../../src/understand/slots.js';
import { splitCompounds } from '../../src/understand/rewrite.js';
import { addTerms } from '../../src/understand/segment.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

describe('a page cut short: its last line names no office', () => {
  it('"依托区门户网站" ends a cut page of 长河街道: the office is the file name staff gave', async () => {
    const r = await loadReport(join(FIXTURES, 'reports-fresh33-newa', '杭州市滨江区人民政府长河街道办事处-2023.txt'));
    expect(r.office).toBe('杭州市滨江区人民政府长河街道办事处');
    expect(r.aliases ?? []).not.toContain('依托区门户网站');
  });
});

describe('a street office under its district government', () => {
  it('is called by its street: 长河街道, 长河街道办, 长河', () => {
    expect(splitOffice('杭州市滨江区人民政府长河街道办事处')).toEqual({ places: ['杭州市', '滨江区', '长河街道'], organ: '办事处' });
    const names = officeNames('杭州市滨江区人民政府长河街道办事处');
    for (const n of ['长河街道', '长河街道办', '长河街道办事处', '长河']) expect(names).toContain(n);
    // (never the district's own government)
    expect(names).not.toContain('滨江区人民政府');
    expect(names).not.toContain('滨江区');
  });
  it('a town under its county government keeps the town as the office', () => {
    expect(splitOffice('某某县人民政府梅子镇人民政府').places).toEqual(['某某县', '梅子镇']);
  });
  it('a question naming the street finds the report', () => {
    const reports = [{ id: 'a', office: '杭州市滨江区人民政府长河街道办事处', year: 2023 }, { id: 'b', office: '富县人民政府', year: 2024 }];
    expect(findReportSlots('长河街道办电话多少', reports).offices).toEqual(['杭州市滨江区人民政府长河街道办事处']);
  });
});

describe('Inner Mongolia: 盟 and 苏木 are places', () => {
  it('阿拉善盟额济纳旗温图高勒苏木人民政府 is the government of 温图高勒苏木', () => {
    expect(splitOffice('阿拉善盟额济纳旗温图高勒苏木人民政府').places).toEqual(['阿拉善盟', '额济纳旗', '温图高勒苏木']);
    expect(officeNames('阿拉善盟额济纳旗温图高勒苏木人民政府')).toEqual(expect.arrayContaining(['温图高勒苏木', '温图高勒']));
  });
  it('a sound-alike slip in the sumu\'s name (高乐 for 高勒) still names it', () => {
    const reports = [{ id: 'a', office: '阿拉善盟额济纳旗温图高勒苏木人民政府', year: 2021 }];
    const s = findReportSlots('温图高乐苏木21年收到几件申请', reports);
    expect(s.offices).toEqual(['阿拉善盟额济纳旗温图高勒苏木人民政府']);
    expect(s.unknownOffices).toEqual([]);
  });
});

describe('a place cut as one word is never split into modifier and known word', () => {
  it('二郎街道 (a word of another office in the shared dictionary) stays whole', () => {
    addTerms(['二郎街道']);
    expect(splitCompounds('九龙坡区二郎街道2019年规范性文件', new Set(['街道']), () => false)).not.toContain('二郎 街道');
  });
});

describe('an autonomous region by its everyday name', () => {
  it('广西壮族自治区水利厅 is 广西水利厅', () => {
    expect(officeNames('广西壮族自治区水利厅')).toContain('广西水利厅');
    expect(officeNames('宁夏回族自治区人民政府')).toContain('宁夏');
  });
});

describe('an address told as where the office is', () => {
  it('"现位于南关区亚泰大街4660B号,联系电话…" is the address', async () => {
    const r = await loadReport(join(FIXTURES, 'reports-fresh34-newa', '南关区永吉街道办事处-2024.txt'));
    expect(r.contact.address).toBe('南关区亚泰大街4660B号');
  });
});

describe('table 二 of the 2019 format, from a mirror in traditional characters', () => {
  it('規範性檔案 (文件 as the mirror converted it) is the normative documents row', async () => {
    const r = await loadReport(join(FIXTURES, 'reports-fresh34-newb', '武汉市生态环境局-2020.html'));
    expect(r.values['t2.normative.valid']?.value).toBe(19);
  });
});

describe('fresh35 names: an ethnic township, a zone committee\'s office', () => {
  it('平武县木座藏族乡 is 木座乡 and 木座', () => {
    expect(officeNames('平武县木座藏族乡')).toEqual(expect.arrayContaining(['木座乡', '木座', '木座藏族乡']));
  });
  it('重庆两江新区管理委员会办公室 is 两江新区办公室 and 两江新区管委会办公室', () => {
    expect(officeNames('重庆两江新区管理委员会办公室')).toEqual(expect.arrayContaining(['两江新区办公室', '两江新区管委会办公室']));
  });
});

describe('a prefecture (地区) and years listed three at a time', () => {
  it('阿里地区 is 阿里; "18、22、23三年" names three years', () => {
    expect(officeNames('阿里地区')).toContain('阿里');
    const reports = [2018, 2022, 2023].map((year) => ({ id: `兴义市人民政府-${year}`, office: '兴义市人民政府', year }));
    expect(findReportSlots('兴义18、22、23三年门户网站发布政府信息合计多少条', reports, new Date('2026-12-01')).years.slice().sort()).toEqual([2018, 2022, 2023]);
  });
});
