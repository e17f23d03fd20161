// Where a labelled address ends as reports print it: before 、邮编, inside the bracket of its block, and never a site's 地址.
import { describe, expect, it } from 'vitest';
import { extractContact } from '../../src/report/parse/contact.js';

describe('contact block: the end of the address', () => {
  it('an address listed with 、 before the postcode ends there (郑州市淮河西路22号、邮编450006)', () => {
    const c = extractContact('请与郑州市自然资源和规划局政府信息公开办公室联系(地址:郑州市淮河西路22号、邮编450006、联系电话0371-68981451)。', '');
    expect(c.address).toBe('郑州市淮河西路22号');
    expect(c.postcode).toBe('450006');
  });
  it('the bracket the block stands in closes after the address; a bracket of the address itself stays', () => {
    expect(extractContact('请联系流泗镇人民政府(地址:湖口县流泗镇复兴大道),联系电话:0792-6511008。', '').address).toBe('湖口县流泗镇复兴大道');
    expect(extractContact('地址:汨罗市政务大楼(三楼)312室,电话:0730-5222222。', '').address).toBe('汨罗市政务大楼(三楼)312室');
  });
  it('a website\'s 地址 is no address: the site only', () => {
    const c = extractContact('提供本报告的电子版下载(福州市晋安区人民政府门户网站地址:http://www.fzja.gov.cn/)。如对本报告有任何疑问,可致电0591-83825332。', '');
    expect(c.address).toBeUndefined();
    expect(c.website).toBe('http://www.fzja.gov.cn/');
  });
});
