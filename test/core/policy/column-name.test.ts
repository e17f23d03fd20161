import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { columnNameAsked } from '../../../src/core/policy/column-name.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge();
});
const text = (d: ReturnType<typeof columnNameAsked.decide>) => (d?.kind === 'passage' ? d.parts.lines.join('') : '');

describe('column-name-asked', () => {
  it('a column quoted in words of one\'s own, its name in the format asked: the format\'s name and the columns in order', () => {
    const d = columnNameAsked.decide(u({ norm: '表三法人那几列,我们写的是“社会组织”,按国办公开办函〔2021〕30号的格式应该叫什么?' }), {}, kn);
    expect(text(d)).toContain('标准名称是“社会公益组织”');
    expect(text(d)).toContain('法律服务机构');
  });
  it('the format\'s own name quoted, no name asked, or no column quoted: no decision', () => {
    expect(columnNameAsked.decide(u({ norm: '“社会公益组织”按格式应该叫什么' }), {}, kn)).toBeUndefined();
    expect(columnNameAsked.decide(u({ norm: '“社会组织”申请了几件' }), {}, kn)).toBeUndefined();
    expect(columnNameAsked.decide(u({ norm: '表三那一栏应该叫什么' }), {}, kn)).toBeUndefined();
  });
});
