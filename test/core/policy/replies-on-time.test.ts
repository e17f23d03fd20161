import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { repliesOnTime } from '../../../src/core/policy/replies-on-time.js';
import { knowledge, u } from './helpers.js';

let nangang: Knowledge;
let yizhuang: Knowledge;
let yizhuangId: string;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  yizhuang = await knowledge('test/fixtures/reports-fresh101-newa');
  yizhuangId = yizhuang.reports.find((r) => r.office.includes('亦庄'))!.id;
});

const linesOf = (d: ReturnType<typeof repliesOnTime.decide>) => (d && d.kind === 'passage' ? d.parts.lines.join('') : '');

describe('replies-on-time-asked', () => {
  it('the report says the requests were answered in time: its sentence, as printed', () => {
    const d = repliesOnTime.decide(u({ norm: '他们都按时答复了吗?' }), { report: yizhuangId }, yizhuang);
    expect(d).toMatchObject({ kind: 'passage' });
    expect(linesOf(d)).toContain('20件申请均按期答复');
    // a time word alone, right after a question about the requests
    expect(linesOf(repliesOnTime.decide(u({ norm: '有没有超期的' }), { report: yizhuangId, text: '亦庄镇依申请公开多少件' }, yizhuang))).toContain('均按期答复');
  });
  it('a report silent on it: said to be silent, with table 三\'s results and carry-over — never a "yes"', () => {
    const text = linesOf(repliesOnTime.decide(u({ norm: '申请都按时答复了吗' }), {}, nangang));
    expect(text).toContain('报告没有写明申请是否都按期答复');
    expect(text).toContain('结转下年度继续办理 0 件');
    expect(text).not.toMatch(/都按时答复了。|均按期答复/);
  });
  it('all answered asked with no time word, a report silent on it: left to the count\'s rules', () => {
    expect(repliesOnTime.decide(u({ norm: '都办完了没' }), { text: '收到几件申请' }, nangang)).toBeUndefined();
  });
  it('what to do when late, the asker\'s own request, a share of the results, or the correction row: no decision', () => {
    for (const norm of ['超期不答复怎么办', '申请交上去20个工作日了还没回复,是不是已经超时了', '予以公开占全部办结申请的比例是多少', '逾期未补正的有几件', '逾期不交费不再处理的有没有'])
      expect(repliesOnTime.decide(u({ norm }), {}, nangang), norm).toBeUndefined();
  });
});
