// Readings added in session 19 (tuned on the fifty-fourth round's misses and later, after each first run).
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const b54 = 'test/fixtures/reports-fresh54-newb';
const a55 = 'test/fixtures/reports-fresh55-newa';
const b55 = 'test/fixtures/reports-fresh55-newb';

describe('session 19 readings: reading the published pages', () => {
  it('a government\'s name run into 政府信息公开 (洪山区人民政府信息公开工作年度报告) is 洪山区人民政府, not 洪山区人民', async () => {
    const kn = await kb(b54);
    expect(kn.reports.map((r) => r.office)).toContain('武汉市洪山区人民政府');
    expect(kn.reports.map((r) => r.office)).not.toContain('洪山区人民');
  });
  it('a sentence above the bare pipe that opens a table is no cell: its counts are told (汉阳区政府办 2022, 予以公开2件)', async () => {
    const [granted, partly] = talk(await kb(b54), '汉阳区政府办2022年予以公开几件', '部分公开呢');
    expect(granted).toContain('予以公开2件');
    expect(partly).toContain('部分公开2件');
  });
});

describe('session 19 readings: office names', () => {
  it('a district named for a county of one character (梅州市梅县区) is found by 梅县区 and 梅县区政府办', async () => {
    const [a, b] = talk(await kb(a55), '梅县区政府办公室2025年一共发布了多少条政府信息？', '梅县区政府办的电话');
    expect(a).toContain('梅州市梅县区人民政府办公室2025年');
    expect(b).toContain('0753');
  });
  it('a page without its title that opens "对全年政府信息公开工作情况进行总结" is a report (福州市商务局 2022)', async () => {
    const kn = await kb(b55);
    expect(kn.reports.filter((r) => r.office === '福州市商务局').map((r) => r.year).sort()).toEqual([2022, 2023]);
  });
  it('a character of like shape in an office\'s name (宜城市教肓局 for 宜城市教育局) finds that office', async () => {
    const [t] = talk(await kb(a55), '宜城市教肓局22年公开了几条信息');
    expect(t).toContain('宜城市教育局2022年');
    expect(t).toContain('165条');
  });
});

describe('session 19 readings: counts told in the text', () => {
  it('a labelled contact block after the enquiry sentence, longer than a phone line, is read (团结乡: 邮编, 电话, 邮箱)', async () => {
    const [phone, post] = talk(await kb(a55), '团结乡政府办公室电话多少啊', '邮编是多少');
    expect(phone).toContain('0436-4698002');
    expect(post).toContain('137207');
  });
  it('a bracket pointing to other parts of the report names no row (结转下一年7件(…详见本报告第三、四部分))', async () => {
    const [carry, review] = talk(await kb(a55), '河北省发改委2021年有多少件申请结转到下一年去办？', '河北省发改委2021年因为信息公开被申请行政复议了几件？');
    expect(carry).toContain('结转下一年7件');
    expect(review).not.toContain('7件');
  });
  it('requests by two ways in, counted in two sentences: both told, and no how-to-apply added for the second', async () => {
    const [t] = talk(await kb(a55), '河北省发改委2021年信函申请多少件，网络申请多少件？');
    expect(t).toContain('信函申请133件');
    expect(t).toContain('网络申请28件');
    expect(t).not.toContain('数据电文');
  });
  it('results counted after a sentence on what the requests were about ("申请内容主要集中在…。依法对全部申请…答复,其中“予以公开”17件")', async () => {
    const [unable, typo] = talk(await kb(b55), '亳州市政府办2025年答复“无法提供”的申请有多少件？', '毫州市政府办2025年主动公开了多少条信息');
    expect(unable).toContain('“无法提供”21件');
    expect(typo).toContain('12119条');
  });
});

describe('session 19 readings: what the question asks (default report)', () => {
  it('two contact details named and "一起发我", no question word: the whole contact block', async () => {
    const [t] = talk(await kb('data/reports'), '给我南岗区政府办信息科的电话和地址，一起发我');
    expect(t).toContain('82705546');
    expect(t).toContain('大成街');
  });
  it('a company named as who would apply, asked whether it is charged: the fee rule, no count of companies', async () => {
    const [t] = talk(await kb('data/reports'), '那以后我们公司去申请，正常情况下收费吗？');
    expect(t).toContain('第四十二条');
    expect(t).not.toContain('商业企业');
  });
  it('Cantonese 唔俾公開 is 不予公开; "拖多久" after a time limit is the extension; "申请人都是什么类型" the applicants of the requests', async () => {
    const kn = await kb('data/reports');
    const [refused] = talk(kn, '南崗區2022年唔俾公開嘅申請有幾宗？');
    expect(refused).toContain('“不予公开”的申请 2 件');
    const [, longer] = talk(kn, '我要申请公开信息，规定多少天之内必须答复我？', '要是他们说延期呢，最多能拖多久');
    expect(longer).toContain('延长不超过 20个工作日');
    const [types] = talk(kn, '南岗区2022年的申请人都是什么类型的？');
    expect(types).toContain('自然人 15 件');
  });
});

describe('session 19 readings: arithmetic on the text', () => {
  it('"帮我算下" leads a share asked; parts added against the total named but not quoted ("和主动公开总数对得上吗")', async () => {
    const [share] = talk(await kb('test/fixtures/reports-fresh56-newa'), '帮我算下峨眉山景区管委会2021年景区动态信息占全年主动公开总数的比例，保留一位小数。');
    expect(share).toContain('28.3%');
    const [sum] = talk(await kb('test/fixtures/reports-fresh57-newa'), '核一下厚桥街道2023年的数：工作动态、通知公告、其他各类加起来等不等于主动公开总数？');
    expect(sum).toContain('= 42条');
    expect(sum).toContain('相等，一致');
  });
});

describe('session 19 readings: five offices cut short (fresh54-newa)', () => {
  const a54 = 'test/fixtures/reports-fresh54-newa';
  it('a place\'s last character typed by its very reading (长兴导开发区), a region by its spoken name (内蒙市监局)', async () => {
    const [site, phone] = talk(await kb(a54), '长兴导开发区25年网站发了多少条信息', '内蒙市监局搞政务公开那个办公室电话好多哦');
    expect(site).toContain('1287条');
    expect(phone).toContain('0471-4504570');
  });
  it('a company that would apply, asking the phone: the phone, no count of companies; 嘴巴说 is 口头', async () => {
    const [phone, oral] = talk(await kb(a54), '我代表公司准备给内蒙古自治区市场监督管理局寄一份信息公开申请，寄之前想先打电话确认下，年报上留的联系电话是多少？', '我眼睛不好字也写不来，去政府要信息能不能嘴巴说，让他们帮我填？');
    expect(phone).toContain('0471-4504570');
    expect(oral).toContain('口头');
  });
});
