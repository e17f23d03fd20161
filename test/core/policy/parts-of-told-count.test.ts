import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { partsOfToldCount } from '../../../src/core/policy/quoted-count-why.js';
import { textOf } from '../../../src/answer/render.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh151-newb');
});

// 上海市静安区人民政府办公室 2023: "…累计开展各类形式的政策解读93次,含文件解读23次,图片解读5次,…在线访谈12次。"
const jingan = { report: '上海市静安区人民政府办公室-2023' };
// 天津市静海区独流镇人民政府 2024: "…主动公开政府信息共25条。其中更新独流镇文件3条、机构信息3条、规划信息6条、…"
const duliu = { report: '天津市静海区独流镇人民政府-2024' };

describe('parts-of-told-count', () => {
  it('the parts asked of a count the text tells, the count quoted: the sentence that holds it', () => {
    const d = partsOfToldCount.decide(u({ norm: '政策解读93次,分项各是多少?' }), jingan, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('文件解读23次');
    expect(text).toContain('在线访谈12次');
  });
  it('with the "其中…" sentence after it, when the parts are told there', () => {
    const d = partsOfToldCount.decide(u({ norm: '主动公开25条的分类数,逐项报一下' }), duliu, kn);
    const text = d && d.kind === 'passage' ? textOf(d.parts) : '';
    expect(text).toContain('共25条');
    expect(text).toContain('规划信息6条');
  });
  it('no parts asked, no count quoted, a count the text does not hold, or a sentence with no parts: no decision', () => {
    expect(partsOfToldCount.decide(u({ norm: '政策解读93次是真的吗' }), jingan, kn)).toBeUndefined();
    expect(partsOfToldCount.decide(u({ norm: '政策解读分项各是多少' }), jingan, kn)).toBeUndefined();
    expect(partsOfToldCount.decide(u({ norm: '政策解读94次,分项各是多少' }), jingan, kn)).toBeUndefined();
    expect(partsOfToldCount.decide(u({ norm: '发布信息2196条,分别是多少' }), duliu, kn)).toBeUndefined();
  });
});
