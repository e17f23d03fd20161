/**
 * Personal data in every format a user might type is masked before anything is stored (table-driven:
 * each row is a message and the digits/letters that must not survive), and masking happens before the
 * stored text is cut, so a number straddling the cut never keeps its middle.
 */
import { describe, expect, test } from 'vitest';
import { maskPersonalData as mask } from '../../src/store/mask.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { MAX_STORED_TEXT } from '../../src/store/engine.js';

/** [kind, message, secret that must not survive] */
const LEAKS: Array<[string, string, string]> = [
  // mobiles
  ['mobile solid', '我的手机13912345678', '12345678'],
  ['mobile dashes', '139-1234-5678', '1234'],
  ['mobile spaces', '139 1234 5678', '1234'],
  ['mobile dots', '139.1234.5678', '1234'],
  ['mobile underscores', '139_1234_5678', '1234'],
  ['mobile slashes', '139/1234/5678', '1234'],
  ['mobile NBSP', '139\u00a01234\u00a05678', '1234'],
  ['mobile zero-width', '139\u200b1234\u200b5678', '1234'],
  ['mobile 3-3-5', '139 123 45678', '12345'],
  ['mobile 4-4-3', '1391 2345 678', '2345'],
  ['mobile full-width', '１３９１２３４５６７８', '１２３４'],
  ['mobile ideographic space', '１３９　１２３４　５６７８', '１２３４'],
  ['mobile +86', '+86 139 1234 5678', '1234'],
  ['mobile 86 solid', '8613912345678', '1234'],
  ['mobile +86 dashes', '+86-139-1234-5678', '1234'],
  ['mobile every digit spaced', '1 3 9 1 2 3 4 5 6 7 8', '2 3 4'],
  ['mobile every digit dashed', '1-3-9-1-2-3-4-5-6-7-8', '2-3-4'],
  ['mobile Chinese numerals', '一三九一二三四五六七八', '一二三四'],
  ['mobile in a sentence', '有事打我电话13912345678谢谢', '12345678'],
  ['mobile with middle dots', '139·1234·5678', '1234'],
  ['mobile with em dashes', '139—1234—5678', '1234'],
  ['mobile in brackets', '（13912345678）', '12345678'],
  ['mobile after colon', '手机：13912345678', '12345678'],
  ['two mobiles', '13912345678或13812345678', '12345678'],
  ['mobile 17x', '17712345678', '12345678'],
  ['mobile 19x', '19912345678', '12345678'],
  // landlines
  ['landline dash', '0451-82705546', '8270'],
  ['landline brackets', '(0451)82705546', '8270'],
  ['landline full-width brackets', '（0451）82705546', '8270'],
  ['landline spaces', '0451 8270 5546', '8270'],
  ['landline dots', '0451.8270.5546', '8270'],
  ['landline Beijing', '010-12345678', '1234'],
  ['landline after keyword', '我家电话 82705546', '8270'],
  ['landline keyword dashed', '座机：8270-5546', '8270'],
  ['landline full-width', '０４５１－８２７０５５４６', '８２７０'],
  // 身份证
  ['ID solid', '230103199001011234', '19900101'],
  ['ID X', '23010319900101123X', '19900101'],
  ['ID x', '23010319900101123x', '19900101'],
  ['ID 6-8-4 spaces', '230103 19900101 1234', '19900101'],
  ['ID 6-8-4 dashes', '230103-19900101-1234', '19900101'],
  ['ID 6-4-4-4', '110101 1990 0307 123X', '1990 0307'],
  ['ID dots', '110101.19900307.123X', '19900307'],
  ['ID dots grouped', '110101.1990.0307.123X', '1990.0307'],
  ['ID full-width', '２３０１０３１９９００１０１１２３Ｘ', '１９９００１０１'],
  ['ID 15 digits', '230103900101123', '900101'],
  ['ID with NBSP', '230103\u00a019900101\u00a01234', '19900101'],
  ['ID with zero-width', '230103\u200b19900101\u200b1234', '19900101'],
  ['ID underscores', '230103_19900101_1234', '19900101'],
  ['ID slashes', '230103/19900101/1234', '19900101'],
  // bank cards
  ['card solid 19', '6222021234567890123', '1234567890'],
  ['card solid 16', '6222021234567890', '2123456'],
  ['card groups of four', '6222 0212 3456 7890', '0212 3456'],
  ['card groups of four + 3', '6222 0212 3456 7890 123', '0212 3456'],
  ['card dashes', '6222-0212-3456-7890', '0212-3456'],
  ['card dots', '6222.0212.3456.7890', '0212.3456'],
  ['card NBSP', '6222\u00a00212\u00a03456\u00a07890', '3456'],
  // e-mail
  ['e-mail', 'zhangsan@example.com', 'zhangsan'],
  ['e-mail dotted name', 'li.si+gov@mail.hlj.gov.cn', 'li.si'],
  ['e-mail full-width', 'ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'ｈａｎｇ'],
  ['e-mail digits', '13912345678@qq.com', '12345678'],
  ['e-mail (at)', 'zhangsan(at)163.com', 'zhangsan'],
  ['e-mail [at]', 'zhangsan[at]163.com', 'zhangsan'],
  ['e-mail [at] [dot]', 'zhangsan [at] 163 [dot] com', 'zhangsan'],
  ['e-mail （at）', 'zhangsan（at）163.com', 'zhangsan'],
  ['e-mail at dot words', 'zhangsan at 163 dot com', 'zhangsan'],
  ['e-mail 艾特', 'zhangsan【艾特】163.com', 'zhangsan'],
  ['e-mail #', 'zhangsan#163.com', 'zhangsan'],
  ['e-mail IDN domain', 'zhangsan@例子.中国', 'zhangsan'],
  ['e-mail IDN name', '张三丰@例子.cn', '三丰'],
  // QQ / WeChat
  ['QQ', 'QQ 12345678', '345678'],
  ['QQ号', 'QQ号：123456789', '3456789'],
  ['qq lower', 'qq:987654321', '7654321'],
  ['扣扣', '扣扣是87654321', '654321'],
  ['微信号', '微信号：zhang_san88', 'ang_san88'],
  ['微信', '加我微信 zhangsan2024', 'angsan2024'],
  ['vx', 'vx: lisi_1988', 'si_1988'],
  ['wxid', '我的是wxid_abcdef123456', 'abcdef123456'],
  // passports and permits
  ['passport E', '护照号E12345678', '345678'],
  ['passport EA', '护照EA1234567', '234567'],
  ['passport G', 'G12345678', '345678'],
  ['港澳通行证', '港澳通行证C12345678', '345678'],
  ['回乡证', '回乡证H1234567801', '34567801'],
  ['台胞证 T', '台胞证T12345678', '345678'],
  // licence plates
  ['plate', '车牌京A12345', 'A12345'],
  ['plate dot', '黑A·D12345', 'D12345'],
  ['plate new energy', '粤BD12345', 'D12345'],
  ['plate 学', '苏E1234学', 'E1234学'],
];

/** Text that must stay exactly as it is. */
const KEEP = [
  '2022年收到15件',
  '２０２２年收到１５件申请',
  '国办公开办函〔2021〕30号',
  '2022-12-31',
  '2020 2021 2022 2023年的数据',
  '2019.2020.2021.2022',
  '拨打12345政务服务热线',
  '邮编150001',
  '400-123-4567',
  '依申请公开 100 件，办结率 98.5%',
  '微信公众号是什么',
  '怎么在微信上申请',
  'https://www.harbin.gov.cn/col/col123/index.html',
  '第十四条、第三十六条第（一）项',
  '黑龙江省哈尔滨市南岗区',
];

describe('PII formats (table-driven)', () => {
  test('at least 80 formats', () => expect(LEAKS.length).toBeGreaterThanOrEqual(80));

  test.each(LEAKS)('%s: %s', (_kind, text, secret) => {
    const out = mask(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('*');
  });

  test.each(KEEP)('unchanged: %s', (text) => expect(mask(text)).toBe(text));
});

test('masking happens before the text is cut: an ID straddling the cut keeps no middle digits', async () => {
  const store = createMemoryStore();
  for (let shift = 0; shift < 18; shift++) {
    const text = '问'.repeat(MAX_STORED_TEXT - shift) + '230103199001011234后面的话';
    const t = await store.logTurn({ user: 'u', channel: 'console', text, intent: null, confidence: 0, fallback: true, report: null });
    expect(t.text.length).toBeLessThanOrEqual(MAX_STORED_TEXT);
    expect(t.text).not.toMatch(/\d{7}/);
    expect(t.text).not.toContain('19900101');
  }
});
