// Readings added after the nineteenth blind round (five offices' pages cut at ~2,000 bytes,
// test/fixtures/reports-fresh19-new): figures the text states when the tables are cut off.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import { decide } from '../../src/core/engine.js';
import type { Knowledge } from '../../src/core/knowledge.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-fresh19-new' })).kn;
});
const ask = (q: string) => decide(kn, q, {}).answer;

describe('tables cut off: the text\'s own figures', () => {
  it('a result in a list joined by 、 ("予以公开3件、部分公开24件、无法提供12件"): its own clause', () => {
    const a = ask('钦州市人民政府办公室2024年予以公开的有几件');
    expect(a.text).toContain('予以公开3件');
    expect(a.text).not.toContain('部分公开24件');
  });
  it('a row of table 二 the text names without 行政 and counts in 份 ("现行有效规范性文件81份")', () => {
    const a = ask('钦州市政府办2024年规范性文件现在有效的有几份');
    expect(a.text).toContain('现行有效规范性文件81份');
  });
});

describe('clauses that lean on the other', () => {
  it('"…多久要答复，这是第几条规定的": the time limit (which cites its article), not an address (哪条 ~ 哪条街)', () => {
    expect(ask('交了申请多久要答复我 这是第几条规定的').intent).toBe('procedure.time');
  });
  it('"…会不会收费 怎么收": the fee rules, not how to apply', () => {
    expect(ask('申请次数多了会不会收费 怎么收').intent).toBe('procedure.fee');
  });
});

describe('what happens as a rule', () => {
  it('"X的年报一般每年几月份公布": the rules\' deadline, whatever office is named', () => {
    expect(ask('钦州市政府办的年报通常每年几月份公布').intent).toBe('procedure.annual-report');
  });
});

