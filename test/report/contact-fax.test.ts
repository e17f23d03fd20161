import { describe, expect, it } from 'vitest';
import { enquiryText, extractContact } from '../../src/report/parse/contact.js';

describe('contact block: the fax number', () => {
  it('reads 传真 apart from the phone, with dashes and spaces normalised', () => {
    const c = extractContact('联系电话：0571-88881234，传真：0571 — 88885678，邮编：310000。', '');
    expect(c.phone).toBe('0571-88881234');
    expect(c.fax).toBe('0571-88885678');
  });

  it('the number marked after it: "联系电话:0791-85622668、0791-85622696(传真)"', () => {
    const c = extractContact('联系进贤县人民政府信息公开工作领导小组办公室(联系地址:进贤县政府大楼5楼528;联系电话:0791-85622668、0791-85622696(传真),电子邮箱:x@qq.com)。', '');
    expect(c.phone).toBe('0791-85622668');
    expect(c.fax).toBe('0791-85622696');
  });

  it('地址 with no colon, then a place and a street: the address', () => {
    const c = extractContact('通化市东昌区金厂镇人民政府 电话0435-3461301,邮编134000,地址通化市东昌区金厂镇金厂大街13号。', '');
    expect(c.address).toBe('通化市东昌区金厂镇金厂大街13号');
    expect(extractContact('如需了解地址在哪里请来电。', '').address).toBeUndefined();
  });

  it('a report without a fax has none (nothing is invented from the phone)', () => {
    const c = extractContact('联系电话：0571-88881234。', '');
    expect(c.fax).toBeUndefined();
  });
});

describe('contact: a department with its other name in brackets, an e-mail printed without its @', () => {
  it('"可与…综合信息指挥室(党政综合办公室)联系": the department with both names', () => {
    expect(extractContact('如对本报告有疑问的,可与嘉善县大云镇人民政府综合信息指挥室(党政综合办公室)联系,通信地址:嘉善县大云镇花乡大道88号。', '').department).toBe('嘉善县大云镇人民政府综合信息指挥室(党政综合办公室)');
  });
  it('"电子信箱jczdzbgs163.com": as printed, said to lack its @ (never a made-up address)', () => {
    expect(extractContact('电话0435-3461301电子信箱jczdzbgs163.com,邮编134000', '').email).toBe('jczdzbgs163.com（报告原文如此，缺少“@”）');
  });
});

describe('contact: the address first in the brackets after 联系', () => {
  it('"请与文旅局办公室联系(旌德县旌阳镇西门中路7号;邮编:242600;…)"', () => {
    const c = extractContact('如有疑问,请与文旅局办公室联系(旌德县旌阳镇西门中路7号;邮编:242600;联系电话:0563-8022220)。', '');
    expect([c.address, c.postcode]).toEqual(['旌德县旌阳镇西门中路7号', '242600']);
  });
});

describe('contact: other ways pages print the phone and the fax', () => {
  it('"传真电话:…" is the fax, never the phone', () => {
    const c = extractContact('联系电话：0579-82112359；传真电话：0579-82112630。', '');
    expect([c.phone, c.fax]).toEqual(['0579-82112359', '0579-82112630']);
    expect(extractContact('传真电话：0579-82112630。', '').phone).toBeUndefined();
  });
  it('"电话/传真:…": one number, the phone and the fax', () => {
    const c = extractContact('地址:某县某路1号,电话/传真:0571-88881234,邮编:311200。', '');
    expect([c.phone, c.fax]).toEqual(['0571-88881234', '0571-88881234']);
    expect(extractContact('电话及传真：0571-88881234。', '').fax).toBe('0571-88881234');
    expect(extractContact('电话(传真):0571-88881234。', '').phone).toBe('0571-88881234');
  });
  it('"传真号:…", "咨询热线:…", "联系方式:0571-…": each read by its label', () => {
    expect(extractContact('传真号:0571-88885678。', '').fax).toBe('0571-88885678');
    expect(extractContact('咨询热线:0571-88881234。', '').phone).toBe('0571-88881234');
    expect(extractContact('联系方式:0571-88881234。', '').phone).toBe('0571-88881234');
    expect(extractContact('联系方式:见门户网站。', '').phone).toBeUndefined();
  });
  it('an area code that does not fit the place is given as printed, never corrected', () => {
    expect(extractContact('办公地址:杭州市萧山区某街道某路1号,联系电话:0570-82363069。', '').phone).toBe('0570-82363069');
  });
});

describe('contact: the enquiry sentence with the office named at length', () => {
  it('"如对本年度报告有任何疑问,请与…信息科联系(地址:…,电话…)": found wherever it stands', () => {
    const paragraphs = ['一、总体情况', '本年度报告依照《条例》编制。如对本年度报告有任何疑问,请与某市人民政府办公室信息科联系(地址:某市长平西街46号242室,电话0356-5221239,电子邮箱:xk@163.com)。', '(一)主动公开'];
    const enquiry = enquiryText(paragraphs);
    expect(enquiry).toContain('信息科联系');
    const c = extractContact('', '', enquiry);
    expect([c.department, c.address, c.phone, c.email]).toEqual(['某市人民政府办公室信息科', '某市长平西街46号242室', '0356-5221239', 'xk@163.com']);
  });
  it('年报 and 咨询 are read too; a sentence that ends before 联系 is not an enquiry', () => {
    expect(enquiryText(['如对年报内容有疑问,可向某县政府办公室政务公开科咨询。'])).not.toBe('');
    expect(enquiryText(['本报告存在的问题较多。下一步加强与各部门的联系。'])).toBe('');
  });
});

describe('a postcode misprinted with five digits (session 11)', () => {
  it('"邮编:67800" right after its label is given as printed; a longer or shorter run is not a postcode', async () => {
    const { parseReport } = await import('../../src/report/parse.js');
    const { textToDocument } = await import('../../src/report/extract/text.js');
    const page = (line: string) => parseReport(textToDocument('某市人民政府办公室-2024.txt', ['某市人民政府办公室2024年政府信息公开工作年度报告', line, '一、总体情况', '本年度主动公开信息10条。'].join('\n')));
    expect(page('如对本报告有疑问，请联系某市人民政府办公室，地址:某市同仁街26号,邮编:67800,电话:0875-2121234。').contact.postcode).toBe('67800');
    expect(page('如对本报告有疑问，请联系某市人民政府办公室，邮编:6780,电话:0875-2121234。').contact.postcode).toBeUndefined();
  });
});
