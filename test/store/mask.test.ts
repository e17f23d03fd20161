import { describe, expect, test } from 'vitest';
import { maskPersonalData as mask, maskValue, questionKey } from '../../src/store/mask.js';

describe('maskPersonalData', () => {
  test.each([
    ['我的手机13912345678，请回电', '我的手机139****5678，请回电'],
    ['139-1234-5678', '139****5678'],
    ['139 1234 5678', '139****5678'],
    ['+86 139 1234 5678', '+86 139****5678'],
    ['8613912345678', '86 139****5678'],
    ['１３９１２３４５６７８', '139****5678'],
    ['１３９　１２３４　５６７８', '139****5678'],
    ['13912345678 13812345678', '139****5678 138****5678'],
  ])('mobile: %s', (input, expected) => expect(mask(input)).toBe(expected));

  test.each([
    ['请拨打0451-82705546咨询', '请拨打0451-****5546咨询'],
    ['（0451）82705546', '0451-****5546'],
    ['(0451)82705546', '0451-****5546'],
    ['010-12345678', '010-****5678'],
    ['０４５１－８２７０５５４６', '0451-****5546'],
    ['我家电话 82705546', '我家电话 ****5546'],
    ['座机：8270-5546', '座机：****5546'],
  ])('landline: %s', (input, expected) => expect(mask(input)).toBe(expected));

  test.each([
    ['身份证号230103199001011234', '身份证号230103********1234'],
    ['23010319900101123X', '230103********123X'],
    ['23010319900101123x', '230103********123X'],
    ['230103 19900101 1234', '230103********1234'],
    ['230103-19900101-1234', '230103********1234'],
    ['２３０１０３１９９００１０１１２３Ｘ', '230103********123X'],
    ['老身份证230103900101123', '老身份证230103*****1123'],
    ['银行卡6222021234567890123', '银行卡622202*********0123'],
  ])('身份证 / long numbers: %s', (input, expected) => expect(mask(input)).toBe(expected));

  test.each([
    ['邮箱 zhangsan@example.com 谢谢', '邮箱 z***@example.com 谢谢'],
    ['li.si+gov@mail.hlj.gov.cn', 'l***@mail.hlj.gov.cn'],
    ['ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'z***@example.com'],
    ['13912345678@qq.com', '1***@qq.com'],
  ])('e-mail: %s', (input, expected) => expect(mask(input)).toBe(expected));

  test('several kinds in one message', () => {
    expect(mask('张三，13912345678，230103199001011234，zs@163.com，0451-82705546')).toBe(
      '张三，139****5678，230103********1234，z***@163.com，0451-****5546',
    );
  });

  test.each([
    '2022年收到15件',
    '２０２２年收到１５件申请',
    '国办公开办函〔2021〕30号',
    '2022-12-31',
    '2022年1月1日至2022年12月31日',
    '拨打12345政务服务热线',
    '邮编150001',
    '2020 2021 2022 2023年的数据',
    '第十四条、第三十六条第（一）项',
    '依申请公开 100 件，办结率 98.5%',
    '电话是多少？',
    'https://www.harbin.gov.cn/col/col123/index.html',
    '400-123-4567',
    '',
  ])('leaves other text unchanged: %s', (text) => expect(mask(text)).toBe(text));

  test('maskValue masks strings inside objects and arrays, keeps the rest', () => {
    const state = { lastQuestion: '我的电话13912345678', slots: { year: 2022, office: '南岗区' }, history: ['a', 'zs@163.com'], ok: true, none: null };
    expect(maskValue(state)).toEqual({
      lastQuestion: '我的电话139****5678',
      slots: { year: 2022, office: '南岗区' },
      history: ['a', 'z***@163.com'],
      ok: true,
      none: null,
    });
    expect(state.lastQuestion).toBe('我的电话13912345678'); // input untouched
  });
});

describe('questionKey', () => {
  test('same question written differently → same key', () => {
    const k = questionKey('怎么申请？');
    expect(k).toBe('怎么申请');
    for (const v of ['怎么申请', ' 怎么 申请 ？？', '怎么申请?', '怎么申请。', '怎么申请！！']) expect(questionKey(v)).toBe(k);
  });
  test('keeps spaces between Latin words and digits, lower-cases, full-width → half-width', () => {
    expect(questionKey('How  To Apply?')).toBe('how to apply');
    expect(questionKey('２０２２ 年 数据')).toBe('2022年数据');
    expect(questionKey('2022 2023')).toBe('2022 2023');
  });
  test('nothing readable → empty key', () => expect(questionKey(' ？！。 ')).toBe(''));
});

describe('numbers written unusually', () => {
  test('a mobile with a space between every digit', () => {
    expect(mask('1 3 9 1 2 3 4 5 6 7 8')).toBe('139****5678');
  });
  test('a mobile spelt in Chinese numerals', () => {
    expect(mask('我的电话一三九一二三四五六七八')).toBe('我的电话139****5678');
  });
  test('years and counts in Chinese numerals are left alone', () => {
    expect(mask('二〇二二年收到十五件')).toBe('二〇二二年收到十五件');
  });
});
