import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { columnMeaning } from '../../../src/core/policy/column-meaning.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh39-newb');
});
const text = (d: ReturnType<typeof columnMeaning.decide>) => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('column-meaning', () => {
  it('a column of the 2019 format asked what it means: its meaning and the format it belongs to', () => {
    const t = text(columnMeaning.decide(u({ norm: '“上一年项目数量”指的是什么?' }), {}, kn));
    expect(t).toContain('“上一年项目数量”：上一年度该类事项');
    expect(t).toContain('国办公开办函〔2019〕60号');
  });
  it('two columns set against each other: both meanings', () => {
    const t = text(columnMeaning.decide(u({ norm: '“本年新制作数量”和“本年新公开数量”有啥区别' }), {}, kn));
    expect(t).toContain('“本年新制作数量”');
    expect(t).toContain('“本年新公开数量”');
  });
  it('a figure asked, or no 2019 column named: no decision', () => {
    expect(columnMeaning.decide(u({ norm: '上一年项目数量是多少' }), {}, kn)).toBeUndefined();
    expect(columnMeaning.decide(u({ norm: '予以公开是什么意思' }), {}, kn)).toBeUndefined();
  });
});
