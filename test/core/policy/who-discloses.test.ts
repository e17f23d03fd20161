import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, u } from './helpers.js';
import { whoDisclosesDocument } from '../../../src/core/policy/who-discloses.js';

let nangang: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
});

describe('who-discloses-document', () => {
  it('who must disclose a document the asker wants: where to apply (第十条)', () => {
    expect(whoDisclosesDocument.decide(u({ norm: '拆迁补偿的批复归谁管，由谁公开' }), {}, nangang)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.where' } });
  });
  it('the disclosure work or the report asked of, no document, or a figure: no decision', () => {
    expect(whoDisclosesDocument.decide(u({ norm: '信息公开工作由谁负责公开文件' }), {}, nangang)).toBeUndefined();
    expect(whoDisclosesDocument.decide(u({ norm: '谁负责公开' }), {}, nangang)).toBeUndefined();
    expect(whoDisclosesDocument.decide(u({ norm: '哪个部门负责公开的文件最多', metric: metric() }), {}, nangang)).toBeUndefined();
  });
});

describe('disclosure-how-asked', () => {
  it('a thing of another matter asked to be disclosed, then how: how to apply (第二十九条)', async () => {
    const { disclosureHowAsked } = await import('../../../src/core/policy/who-discloses.js');
    expect(disclosureHowAsked.decide(u({ norm: '我要申请公开村里的拆迁补偿名单，该怎么弄' }), {}, nangang)).toMatchObject({ kind: 'intent', intent: { id: 'procedure.how' } });
    expect(disclosureHowAsked.decide(u({ norm: '低保怎么申请' }), {}, nangang)).toBeUndefined();
  });
});
