// A phone line printed with two numbers one space apart is two numbers, not one run together.
import { describe, expect, it } from 'vitest';
import { extractContact } from '../../src/report/parse/contact.js';

describe('contact block: two phone numbers on one line', () => {
  it('two whole numbers one space apart are given with 、 (0991-2822671 0991-2810740)', () => {
    const c = extractContact('如对本报告有疑问,请与自治区市场监管局政务服务办公室联系。地址:乌鲁木齐市天山区新华南路167号;联系电话:0991-2822671 0991-2810740;邮编编码:830004', '');
    expect(c.phone).toBe('0991-2822671、0991-2810740');
  });
  it('one number printed with spaces inside stays one number ((0571) 8888 1234, 0571 88881234)', () => {
    expect(extractContact('如对本报告有疑问，请联系。联系电话：(0571) 8888 1234', '').phone).toBe('(0571)88881234');
    expect(extractContact('如对本报告有疑问，请联系。联系电话：0571 88881234', '').phone).toBe('057188881234');
  });
  it('the extension printed after the number is part of it (021-52564588*2385, …转8012)', () => {
    expect(extractContact('如对本报告有疑问,请与本局办公室联系(地址:大渡河路1668号;邮编:200333;电话:021-52564588*2385)。', '').phone).toBe('021-52564588*2385');
    expect(extractContact('如对本报告有疑问，请联系。联系电话：0571-88881234转8012。', '').phone).toBe('0571-88881234转8012');
  });
});
