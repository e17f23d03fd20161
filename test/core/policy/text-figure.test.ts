import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { textFigureAsked } from '../../../src/core/policy/text-figure.js';
import { understand } from '../../../src/core/understanding.js';
import { knowledge } from './helpers.js';

let web: Knowledge;
let multi: Knowledge;
beforeAll(async () => {
  web = await knowledge('test/fixtures/reports-web');
  multi = await knowledge('test/fixtures/reports-multi');
});

describe('text-figure-asked', () => {
  it('the text\'s clause beside the table\'s figure, and a mismatch said as such (never corrected)', () => {
    const d = textFigureAsked.decide(understand(web, '长春退役军人事务局正文说受理了几件？跟表三对得上吗', {}), {}, web);
    expect(JSON.stringify(d)).toContain('共受理政府信息公开申请2件');
    expect(JSON.stringify(d)).toContain('与正文的 2 件不一致');
  });
  it('the text\'s number as new and carried together: that reading, from the report\'s cells', () => {
    const d = textFigureAsked.decide(understand(multi, '沭阳正文说受理749件，表三新收才713件，差在哪', {}), {}, multi);
    expect(JSON.stringify(d)).toContain('上年结转 36 件，两项合计 749 件');
  });
  it('a part of the text named between ("正文总体情况里写的"): still the text beside the table', () => {
    const d = textFigureAsked.decide(understand(multi, '沭阳正文总体情况里写的受理数，跟表三新收数一样吗', {}), {}, multi);
    expect(JSON.stringify(d)).toContain('749');
  });
  it('no text asked: no decision', () => {
    expect(textFigureAsked.decide(understand(multi, '沭阳县新收多少件', {}), {}, multi)).toBeUndefined();
  });
});
