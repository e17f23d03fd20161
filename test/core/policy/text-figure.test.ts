import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { textFigureAsked, textQuotedBesideTableTwo } from '../../../src/core/policy/text-figure.js';
import { understand } from '../../../src/core/understanding.js';
import { knowledge } from './helpers.js';

let web: Knowledge;
let multi: Knowledge;
let nangang: Knowledge;
let tableless: Knowledge;
beforeAll(async () => {
  nangang = await knowledge('data/reports');
  tableless = await knowledge('test/fixtures/reports-fresh246-newa');
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

describe('text-figure-asked without table 三', () => {
  it('a report printed without its tables: the text, and no cell to set it against', () => {
    const d = textFigureAsked.decide(understand(tableless, '泰安高新区正文说收到20件申请，表三新收的对得上吗', {}), {}, tableless);
    expect(JSON.stringify(d)).toContain('无法与正文核对');
  });
});

describe('text-quoted-beside-table-two', () => {
  it('a count quoted of the text beside a cell of table 二: the sentence holding it and the cell, said to differ', () => {
    const d = textQuotedBesideTableTwo.decide(understand(nangang, '表二废止规范性文件1件，正文却说清理失效文件4件，怎么回事', {}), {}, nangang);
    const said = JSON.stringify(d);
    expect(said).toContain('集中规范清理已失效、已废止的政府文件 4 件');
    expect(said).toContain('“本年废止件数” 1 件');
    expect(said).toContain('不一致');
  });
  it('the count quoted found nowhere in the text with the clause\'s words: no decision', () => {
    expect(textQuotedBesideTableTwo.decide(understand(nangang, '表二废止规范性文件1件，正文却说清理失效文件9件，怎么回事', {}), {}, nangang)).toBeUndefined();
  });
  it('no text quoted: no decision', () => {
    expect(textQuotedBesideTableTwo.decide(understand(nangang, '规范性文件废止了几件', {}), {}, nangang)).toBeUndefined();
  });
});
