// Readings added after the eighth blind round: small talk never answers a domain question, thanks with a
// remark is thanks, a contact block with nothing in it and a table 四 cut off are said honestly.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let web: Knowledge;
let home: Knowledge;
beforeAll(async () => {
  web = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-web' })).kn;
  home = (await loadKnowledge({ reportsDir: 'data/reports' })).kn;
});

describe('small talk and the domain', () => {
  it('"…2023年有人申请信息公开吗" is about requests (0), not "有人吗"', () => {
    const a = decide(web, '湛江市人民政府地方志办公室2023年有人申请信息公开吗？', {}).answer;
    expect(a.intent).not.toBe('smalltalk.greeting');
    expect(a.text).toContain('0 件');
  });
  it('a polite long message: its question, not the greeting', () => {
    const a = decide(home, '尊敬的工作人员您好！打扰了。我们想查询当年拆迁安置方面的批复文件，不知道要准备什么材料、身份方面有什么要求？万分感谢！', {}).answer;
    expect(a.intent).toBe('procedure.content');
  });
  it('thanks with a remark that asks nothing is thanks', () => {
    expect(decide(home, '谢谢你，资料讲得很清楚👍', {}).answer.intent).toBe('smalltalk.thanks');
    // thanks and a question: the question
    expect(decide(home, '谢谢，电话多少', {}).answer.intent).toBe('contact.phone');
  });
});

describe('nothing to give, said honestly', () => {
  it('a contact block with no detail in the report: "未写明", never a bare heading', () => {
    const t = decide(web, '湛江市地方志办公室的地址和电话？', {}).answer.text;
    expect(t).toContain('未写明');
  });
  it('table 四 cut off with the page: not found, never "未记载" (which says there were none)', () => {
    const t = decide(web, '长春市退役军人事务局2023年因信息公开被申请行政复议几件', {}).answer.text;
    expect(t).toContain('没有找到第四部分');
    expect(t).not.toContain('未记载');
  });
});

describe('a detail the report lacks beside one it gives', () => {
  it('"你们传真号多少": no fax, and the phone it does give', () => {
    const t = decide(home, '你们传真号多少', {}).answer.text;
    expect(t).toContain('未写明传真');
    expect(t).toContain('82705546');
  });
});

describe('years compared on any figure of the tables, and as a follow-up', () => {
  it('"行政许可决定比2023年多了多少": table 二\'s 行政许可, not new requests', async () => {
    const real = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-real', defaultOffice: '淮安市人民政府' })).kn;
    expect(decide(real, '洪泽区2024年的行政许可决定比2023年多了多少？', {}).answer.text).toContain('增加 8937 件');
    // 2024 then 2023 of 洪泽区, then "多了多少件": the conversation's office and figure
    let s = {};
    for (const q of ['洪泽区2024年新收政府信息公开申请多少件', '那2023年呢']) s = decide(real, q, s).state;
    expect(decide(real, '多了多少件', s).answer.text).toContain('增加 74 件');
  });
});

describe('告 as 起诉', () => {
  it('"给我的答复我不服气，该去哪里告？": the remedies; 告诉 stays 告诉', () => {
    expect(decide(home, '给我的答复我不服气，该去哪里告？', {}).answer.intent).toBe('procedure.remedy');
    expect(decide(home, '告诉我电话', {}).answer.intent).toBe('contact.phone');
  });
});
