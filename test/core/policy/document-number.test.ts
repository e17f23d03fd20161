import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { documentNumberAsked } from '../../../src/core/policy/document-number.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh147-newa');
});

// 石鼓镇's page prints "备注/文号:永石政〔2024〕1号" above the report; 唐山's prints none
const shigu = { report: '永春县石鼓镇人民政府-2023' };

describe('document-number-asked', () => {
  it('the report\'s own document number asked: the one its page prints above it', () => {
    const d = documentNumberAsked.decide(u({ norm: '这份年报的文号是多少,存档用' }), shigu, kn);
    expect(d?.kind).toBe('passage');
    expect(JSON.stringify(d)).toContain('永石政〔2024〕1号');
  });
  it('a notice\'s or a request\'s document number, no report pointed at, or none printed: no decision', () => {
    expect(documentNumberAsked.decide(u({ norm: '年报是按哪个通知写的,文号多少' }), shigu, kn)).toBeUndefined();
    expect(documentNumberAsked.decide(u({ norm: '申请的时候要写文号吗' }), shigu, kn)).toBeUndefined();
    expect(documentNumberAsked.decide(u({ norm: '文号多少' }), shigu, kn)).toBeUndefined();
    expect(documentNumberAsked.decide(u({ norm: '这份年报的文号是多少' }), { report: '唐山市民族宗教事务局-2021' }, kn)).toBeUndefined();
  });
});
