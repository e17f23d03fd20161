import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { quotedListChecked } from '../../../src/core/policy/quoted-list.js';
import { knowledge, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('data/reports');
});

const text = (d: ReturnType<typeof quotedListChecked.decide>) => (d?.kind === 'passage' ? [d.parts.head, ...d.parts.lines].join('') : '');

describe('quoted-list-checked', () => {
  it('several figures quoted with their rows, which is wrong asked: each against its cell, the wrong one with the report\'s figure', () => {
    const d = quotedListChecked.decide(u({ norm: '我稿子里写了:收到申请15件,予以公开5件,无法提供8件,现行有效规范性文件18件。帮我核对一下哪个不对' }), {}, kn);
    const t = text(d);
    expect(t).toContain('有 1 处不对');
    expect(t).toContain('“予以公开”：您写的 5 与报告不一致，报告为 4 件');
    expect(t).toContain('“无法提供”8 件：对');
    expect(t).toContain('“行政规范性文件（现行有效件数）”18 件：对');
  });
  it('all right: said so', () => {
    expect(text(quotedListChecked.decide(u({ norm: '不予公开2件,不予处理1件,对不对' }), {}, kn))).toContain('都对');
  });
  it('a sum or balance asked, one figure only, or a clause naming no single cell: no decision', () => {
    expect(quotedListChecked.decide(u({ norm: '新收15件,予以公开4件,无法提供8件,加起来对得上吗' }), {}, kn)).toBeUndefined();
    expect(quotedListChecked.decide(u({ norm: '予以公开5件对不对' }), {}, kn)).toBeUndefined();
    expect(quotedListChecked.decide(u({ norm: '微信公众号发了20条,予以公开4件,对不对' }), {}, kn)).toBeUndefined();
  });
});
