// Readings added in session 42, tuned on the misses of the blind rounds from fresh147 on (eval/heldout-fresh147*.jsonl …),
// each checked on the default report or the rounds' own reports, in words of our own.
import { describe, expect, it } from 'vitest';
import { kb, talk } from './readings-kit.js';

const nangang = 'data/reports';
const hebeiYunnanFujian = 'test/fixtures/reports-fresh147-newa';
const hunanNingxiaHeilongjiang = 'test/fixtures/reports-fresh147-newb';
const shandongSichuanMongolia = 'test/fixtures/reports-fresh148-newa';
const guangdongAnhuiXinjiang = 'test/fixtures/reports-fresh148-newb';

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

describe('session 42 readings: contact and applying', () => {
  it('two ways of applying set against each other ("能在网上交吗，还是得本人跑一趟"): the first asked, online', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '申请表可以网上提交吗，还是非得本人跑一趟');
    expect(a).toContain('数据电文');
  });
  it('staff asking which phone to give a citizen about the report ("咱给他留哪个电话"): the office\'s phone', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '群里有人打听年报的事，给他留哪个电话好');
    expect(a).toContain('82705546');
  });
  it('a detail asked for formally ("请提供…年报中公布的联系邮箱"): that detail, not the date the report was published', async () => {
    const kn = await kb(guangdongAnhuiXinjiang);
    const [a] = talk(kn, '请提供宣州区政府办年报里公布的邮箱');
    expect(a).toContain('xzqzhengwugongkai@163.com');
  });
  it('a site asked that the text gives beside what it is for ("目录在哪个网站"), no site in the contact block: that sentence', async () => {
    const kn = await kb(guangdongAnhuiXinjiang);
    const [a] = talk(kn, '恩平市场监管局信息公开目录的网址是啥');
    expect(a).toContain('gkmlpt');
  });
  it('a county named by one character ("泾县"), not loaded: said so, never a loaded office\'s count', async () => {
    const kn = await kb(guangdongAnhuiXinjiang);
    const [a] = talk(kn, '泾县2023年主动公开了多少条信息');
    expect(a).toContain('泾县');
    expect(a).not.toContain('482');
  });
});

describe('session 42 readings: what the text tells', () => {
  it('a bureau of petitions named ("信访局也能申请"): the office, never table 三\'s 信访举报投诉 row', async () => {
    const kn = await kb(shandongSichuanMongolia);
    const [a] = talk(kn, '听说信访局也收信息公开申请，钢城区信访局2025年受理了多少件');
    expect(a).toContain('1件');
    expect(a).not.toContain('信访举报投诉类申请');
  });
  it('kinds listed, then all of them as what was published ("发布财政信息、工作动态等各类公开信息12条"): the year\'s total', async () => {
    const kn = await kb(shandongSichuanMongolia);
    const [a] = talk(kn, '钢城区信访局2025年一共主动公开多少条');
    expect(a).toContain('12条');
  });
  it('whether the request the text told of was answered ("答复了没有"): the sentence telling its reply', async () => {
    const kn = await kb(shandongSichuanMongolia);
    const [, a] = talk(kn, '钢城信访局2025年收到的那件申请是关于什么的', '答复了没有');
    expect(a).toContain('予以规范答复');
  });
  it('why none at all ("为啥一件都没有"): the sentence saying none was received', async () => {
    const kn = await kb(shandongSichuanMongolia);
    const [a] = talk(kn, '凉山州审计局2023年为什么依申请公开一件都没有');
    expect(a).toContain('未收到');
  });
  it('a part counted beside the total, named by its own words ("公示栏、大喇叭公开的民政社保信息"): that clause\'s count', async () => {
    const kn = await kb(guangdongAnhuiXinjiang);
    const [a] = talk(kn, '乌恰镇2024年用公示栏和大喇叭公开的民政社保信息一共多少条');
    expect(a).toContain('82条');
  });
  it('a part named after a count with 其中, read as a table word with no cell ("其中发布文件呢"): the text\'s count', async () => {
    const kn = await kb(guangdongAnhuiXinjiang);
    const [, a] = talk(kn, '乌恰镇2024年在政府网站公开了几条信息', '其中发布文件呢');
    expect(a).toContain('发布文件2条');
  });
  it('a thing and its count with a web address between them ("目录系统(http://…)主动公开…482条"): that count, asked as a follow-up', async () => {
    const kn = await kb(guangdongAnhuiXinjiang);
    const [, a] = talk(kn, '恩平市场监管局2023年本单位频道发布了多少条信息', '目录系统呢');
    expect(a).toContain('482条');
  });
  it('the reason counted most among the requests that gave nothing ("没拿到信息的里头最多的是啥原因")', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '南岗2022年没拿到信息的申请里头，哪种原因最多');
    expect(a).toContain('本机关不掌握相关政府信息');
  });
});

describe('session 42 readings: fresh149', () => {
  it('table 四 told in words, asked inside a story of suing ("听说好多人跟政府打官司…行政诉讼有多少件"): the text\'s count', async () => {
    const kn = await kb('test/fixtures/reports-fresh149-newb');
    const [a] = talk(kn, '听说周口好些人跟政府打官司，2020年行政诉讼一共几件');
    expect(a).toContain('202件');
  });
  it('which office runs the disclosure work ("哪个办公室管"): the unit the text puts in charge', async () => {
    const kn = await kb('test/fixtures/reports-fresh149-newb');
    const [a] = talk(kn, '中铁乡信息公开归哪个办公室管');
    expect(a).toContain('党政办');
  });
  it('how to apply and what to hand in, asked after a story ("咋弄？要交啥材料"): how to apply, not the correction of a request', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我家地被征了，想申请公开征地批复，咋弄？要交啥材料？');
    expect(a).toContain('第二十九条');
    expect(a).not.toContain('补正');
  });
  it('a kind of document counted ("部门文件公开了多少件"): no request granted of table 三', async () => {
    const kn = await kb('test/fixtures/reports-fresh149-newa');
    const [a] = talk(kn, '崆峒区发改局部门文件公开了几件');
    expect(a).toContain('部门文件7条');
  });
  it('one request not granted, its count quoted with the why between ("那1件申请为什么没给公开"): the sentence telling its result', async () => {
    const kn = await kb('test/fixtures/reports-fresh149-newa');
    const [a] = talk(kn, '苴镇街道那1件申请怎么没给公开');
    expect(a).toContain('不属于本行政机关负责公开');
  });
  it('a cell asked by what was filled in ("那一行填的数"), after 核一下: that cell, not the sum of its group', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '核一下表三“属于国家秘密”那一行填的数');
    expect(a).toContain('0 件');
  });
});

describe('session 42 readings: fresh150', () => {
  it('a page\'s metadata list item "• 标 题: …" is no title: the office is read from the title below it', async () => {
    const kn = await kb('test/fixtures/reports-fresh150-newa');
    expect(kn.reports.map((r) => r.office)).toContain('文昌市龙楼镇人民政府');
    expect(kn.reports.some((r) => r.office.includes('标题'))).toBe(false);
  });
  it('the year\'s total told with no measure word, its breakdown in brackets after it ("公开信息238。(其中:…203条,…)"): that total, not a part', async () => {
    const kn = await kb('test/fixtures/reports-fresh150-newa');
    const [a] = talk(kn, '龙楼镇2018年总共公开了多少信息');
    expect(a).toContain('238');
    expect(a).not.toMatch(/其他方式公开政府信息数14条。\s*（来源/);
  });
  it('a time told in a story ("前几天帮我爸查文件") asks no how-long: the count asked after it', async () => {
    const kn = await kb('test/fixtures/reports-fresh150-newa');
    const [a] = talk(kn, '前几天帮家里人查文件，顺便问下鄂州发改委2025年收到几件信息公开申请');
    expect(a).toContain('26件');
  });
  it('a staff member\'s name asked ("那个工作人员叫啥"), the word cut loose by the rewriter: the report names none — the fallback', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '信息科管信息公开的工作人员叫啥');
    expect(a).toContain('无法回答');
  });
});

describe('session 42 readings: reasons in everyday words', () => {
  it('someone else\'s information asked for and refused ("申请的是别人家的信息…这种情况有几条"): table 三\'s third-party row', async () => {
    const kn = await kb(nangang);
    const [a] = talk(kn, '我要的是邻居家的资料，为啥不给？南岗区2022年这种情况有几件');
    expect(a).toContain('保护第三方合法权益');
    expect(a).toContain('1 件');
  });
  it('whether any was refused, of a report that says all were answered in words: the row missing, then that sentence', async () => {
    const kn = await kb('test/fixtures/reports-fresh150-newb');
    const [a] = talk(kn, '临汾开发区2020年的申请有没有不予公开的');
    expect(a).toContain('均已按照申请人要求的答复方式');
  });
});
