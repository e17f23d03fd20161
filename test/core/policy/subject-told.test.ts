import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { subjectTold } from '../../../src/core/policy/subject-told.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
let home: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh32-newa');
  home = await knowledge('data/reports');
});
const sichuan = slots({ offices: ['四川省自然资源厅'] });
const lines = (d: ReturnType<typeof subjectTold.decide>) => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('subject-told', () => {
  it('"主要是哪一类的": the sentence dividing the requests by type', () => {
    const d = subjectTold.decide(u({ norm: '四川省自然资源厅收到的信息公开申请主要是哪一类的', slots: sichuan, metric: metric({ rows: ['new'], vague: true }) }), {}, kn);
    expect(lines(d)).toContain('大部分为涉及征地类信息');
  });
  it('"申请最多的是哪个市": the sentence dividing them by city', () => {
    const d = subjectTold.decide(u({ norm: '申请最多的是哪个市', slots: sichuan }), {}, kn);
    expect(lines(d)).toContain('成都591件');
  });
  it('a report that divides nothing so: no decision (not-counted answers next)', () => {
    expect(subjectTold.decide(u({ norm: '申请最多的是哪个部门' }), {}, home)).toBeUndefined();
    expect(subjectTold.decide(u({ norm: '有多少件申请是关于征地拆迁的' }), {}, home)).toBeUndefined();
  });
  it('no division asked, or a row of results named: no decision', () => {
    expect(subjectTold.decide(u({ norm: '四川省自然资源厅收到多少申请', slots: sichuan }), {}, kn)).toBeUndefined();
    expect(subjectTold.decide(u({ norm: '不予公开主要是哪一类的', slots: sichuan, metric: metric({ rows: ['refused'] }) }), {}, kn)).toBeUndefined();
  });
});

describe('subject-told: what the requests were about, asked in so many words', () => {
  it('"大家主要申请些啥内容": the sentence saying what they were about', async () => {
    const cut = await knowledge('test/fixtures/reports-fresh124-newa');
    const d = subjectTold.decide(u({ norm: '巴南区政府办公室那边大家主要申请些什么内容', slots: slots({ offices: ['重庆市巴南区人民政府办公室'] }) }), {}, cut);
    expect(d && d.kind === 'passage' ? d.parts.lines.join('') : '').toContain('土地征收');
  });
  it('what the asker may ask for ("我可以申请什么内容"): no decision', async () => {
    const cut = await knowledge('test/fixtures/reports-fresh124-newa');
    expect(subjectTold.decide(u({ norm: '我可以申请什么内容的信息', slots: slots({ offices: ['重庆市巴南区人民政府办公室'] }) }), {}, cut)).toBeUndefined();
  });
});
