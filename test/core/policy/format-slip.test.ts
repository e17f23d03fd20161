import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, u } from './helpers.js';
import { formatSlipAsked } from '../../../src/core/policy/format-slip.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

describe('format-slip-asked', () => {
  it('a quoted label of table 三 asked whether it is right: the load\'s note of that slip, as printed', () => {
    const d = formatSlipAsked.decide(u({ norm: '表三里“行政机关不在处理”这个写法对吗' }), {}, kn);
    expect(d?.kind).toBe('passage');
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('不再处理');
  });
  it('column names asked against the template: the column printed 社会组织', () => {
    const d = formatSlipAsked.decide(u({ norm: '表三那几列的列名跟国办30号文的模板有没有出入' }), {}, kn);
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('社会公益组织');
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).not.toContain('不再处理');
  });
  it('how many numbers a row has, asked: the row with one too many', () => {
    const d = formatSlipAsked.decide(u({ norm: '表三“（七）总计”那一行的数字个数对不对' }), {}, kn);
    expect(JSON.stringify(d && 'parts' in d ? d.parts : d)).toContain('多出1个');
  });
  it('another table named, no rightness asked, or no table named: no decision', () => {
    expect(formatSlipAsked.decide(u({ norm: '表二的列名对不对' }), {}, kn)).toBeUndefined();
    expect(formatSlipAsked.decide(u({ norm: '表三的列名是什么' }), {}, kn)).toBeUndefined();
    expect(formatSlipAsked.decide(u({ norm: '这个写法对吗' }), {}, kn)).toBeUndefined();
  });
});
