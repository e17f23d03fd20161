import { describe, expect, it } from 'vitest';
import { extractContact } from '../../src/report/parse/contact.js';

describe('contact: the unit made responsible, and a site printed in a banner', () => {
  it('no unit to contact named: the unit the text makes responsible for the work, wherever it says so', () => {
    expect(extractContact('', '', '', '明确综合科(信息科)为主管科室,负责日常工作。').department).toBe('综合科(信息科)');
    expect(extractContact('', '', '', '办公室为本乡政务信息公开的日常工作机构,负责受理申请。').department).toBe('办公室');
    // (a unit to contact named comes first)
    expect(extractContact('如有疑问请与县政府办公室信息股联系。', '', '', '综合科为主管科室。').department).toBe('县政府办公室信息股');
    // (a unit that only works under another is not named as responsible)
    expect(extractContact('', '', '', '各科室负责报送信息。').department).toBeUndefined();
  });
  it('an organ with its government domain after a space, as a page banner prints it: the website', () => {
    expect(extractContact('某市国资委 gzw.example.gov.cn 发布时间:2022-01-27', '').website).toBe('gzw.example.gov.cn');
    // (a domain that is no government's is not taken from a banner)
    expect(extractContact('某市国资委 www.example.com 发布时间', '').website).toBeUndefined();
  });
  it('a bracket inside the office\'s name, its unit after it: the whole unit', () => {
    expect(extractContact('如对本年报有任何疑问,请与浒墅关经开区(镇)党政办公室联系(地址:大同路19号)。', '').department).toBe('浒墅关经开区(镇)党政办公室');
    // (the other name in brackets after the unit stays as it was)
    expect(extractContact('可与综合信息指挥室(党政综合办公室)联系。', '').department).toBe('综合信息指挥室(党政综合办公室)');
  });
});

