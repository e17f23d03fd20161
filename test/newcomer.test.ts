// A newcomer's first questions, the shortest way each is asked (written for issue 9's "one wrong answer in
// eight for a newcomer", before the examples were tuned on them): each must reach the intent that answers it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/core/bot.js';
import { decide } from '../src/core/engine.js';
import type { Knowledge } from '../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports' })).kn;
});

const EXPECTED: [string, string][] = [
  ['怎么申请', 'procedure.how'],
  ['咋申请', 'procedure.how'],
  ['我想申请', 'procedure.how'],
  ['申请流程', 'procedure.how'],
  ['要带什么材料', 'procedure.content'],
  ['申请材料', 'procedure.content'],
  ['可以匿名申请吗', 'procedure.content'],
  ['多久答复', 'procedure.time'],
  ['要钱吗', 'procedure.fee'],
  ['能网上申请吗', 'procedure.online'],
  ['邮寄申请', 'procedure.mail'],
  ['申请表在哪下载', 'procedure.form'],
  ['电话', 'contact.phone'],
  ['地址', 'contact.address'],
  ['邮编', 'contact.postcode'],
  ['不服怎么办', 'procedure.remedy'],
  ['能告他们吗', 'procedure.remedy'],
  ['复议期限', 'procedure.remedy-deadline'],
  ['诉讼期限', 'procedure.remedy-deadline'],
  ['收到多少申请', 'figures.query'],
  ['拒绝了多少', 'figures.query'],
  ['哪些不公开', 'procedure.exempt'],
  ['补正是什么', 'procedure.correction'],
  ['去哪申请', 'procedure.where'],
  ['你们一年处理多少件', 'figures.query'],
  ['办了多少', 'figures.query'],
  ['有多少人申请', 'figures.query'],
  ['公开率多少', 'figures.query'],
  ['拿到信息的占多少', 'figures.query'],
  ['败诉了吗', 'figures.query'],
  ['申请书里必须写明哪些内容', 'procedure.content'],
  ['20个工作日的答复期限是条例哪一条规定的', 'procedure.time'],
];

describe('figures a newcomer asks in few words', () => {
  it('a result of table 四 alone is asked of both kinds of case; 处理多少 is the total, 不予处理 its own row', () => {
    expect(decide(kn, '败诉了吗', {}).answer.text).toMatch(/行政复议|行政诉讼/);
    expect(decide(kn, '你们一年处理多少件', {}).answer.text).toContain('总计');
    expect(decide(kn, '拿到信息的占多少', {}).answer.text).toMatch(/26\.7%/);
    expect(decide(kn, '不予处理多少', {}).answer.text).toMatch(/不予处理.{0,6}1 件/);
    // "都公开了吗" after the requests: the granted row
    const first = decide(kn, '收到几件申请', {});
    expect(decide(kn, '都公开了吗', first.state).answer.text).toMatch(/予以公开.{0,6}4 件/);
  });
});

describe('a newcomer\'s shortest questions reach their intent', () => {
  for (const [q, id] of EXPECTED) {
    it(`${q} → ${id}`, () => {
      expect(decide(kn, q, {}).answer.intent).toBe(id);
    });
  }
});

describe('more ways of asking', () => {
  it('单位 as the asker\'s workplace is no applicant column; a quoted figure checked with 这个数对吗', () => {
    const t = decide(kn, '单位同事写材料说南岗区2022年予以公开5件，这个数对吗？', {}).answer.text;
    expect(t).toContain('您说的 5 件与报告中的数字不一致');
    expect(t).toMatch(/予以公开.{0,8}4 件/);
    expect(t).not.toContain('法人或其他组织');
  });
  it('a second contact detail asked with 顺便问一下 is given too', () => {
    const t = decide(kn, '南岗区政府办电话多少？顺便问一下邮编。', {}).answer.text;
    expect(t).toContain('82705546');
    expect(t).toContain('150001');
  });
  it('English: administrative reconsideration is 行政复议', () => {
    expect(decide(kn, '南岗区 2022 administrative reconsideration how many', {}).answer.intent).toBe('figures.query');
  });
});

describe('dialects and everyday words', () => {
  it('Cantonese (喺边度, 系咩) and south-western 好多 (how many) are read; "公开的本子" is the report', () => {
    expect(decide(kn, '喂，想问下南岗区政府办公室喺边度啊？佢哋嘅地址系咩嚟㗎？', {}).answer.intent).toBe('contact.address');
    expect(decide(kn, '那个公开的本子最后头写的电话是好多号哦', {}).answer.intent).toBe('contact.phone');
    expect(decide(kn, '收到了好多申请', {}).answer.intent).toBe('figures.query');
  });
  it('邮箱地址 is the e-mail, one detail, not the e-mail and the address', () => {
    expect(decide(kn, '报告上有没有写邮箱地址？', {}).answer.intent).toBe('contact.email');
  });
});
