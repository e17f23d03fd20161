import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/bot.js';
import type { Knowledge } from '../../src/core/knowledge.js';
import { questionKind, understand } from '../../src/core/understanding.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = (await loadKnowledge({ reportsDir: 'data/reports' })).kn;
});
const NOW = new Date('2026-11-29T12:00:00+08:00');

describe('understand()', () => {
  it('reads the kind of question', () => {
    expect(questionKind('为什么不予公开')).toBe('why');
    expect(questionKind('南岗区和沭阳县哪个多')).toBe('compare');
    expect(questionKind('多久答复')).toBe('duration');
    expect(questionKind('收到多少申请')).toBe('count');
    expect(questionKind('你们在哪里办公')).toBe('where');
    expect(questionKind('找谁申请')).toBe('who');
    expect(questionKind('怎么申请')).toBe('how');
    expect(questionKind('可以邮寄吗')).toBe('yesno');
    expect(questionKind('申请要不要交钱啊')).toBe('yesno');
    expect(questionKind('申请')).toBe('other');
  });
  it('after an answer, a message naming only a report is a follow-up however long the name', () => {
    const u = understand(kn, '南岗区人民政府办公室', { intent: 'figures.query', text: '收到多少申请' }, NOW);
    expect(u.followUp).toMatchObject({ is: true, onlySlots: true });
    // with no answer before it, it is not
    expect(understand(kn, '南岗区人民政府办公室', {}, NOW).followUp.is).toBe(false);
  });
  it('a story told and then how long asked: the how-long clause, unless the whole already reads as a time limit', () => {
    expect(understand(kn, '我想申请公开一份文件，他们多久要答复我', {}, NOW).focus).toBe('他们多久要答复我');
    const u = understand(kn, '如果我写得不清楚让补正 他们得在多长时间内通知我', {}, NOW);
    expect(u.focus).toBe(u.classifierText);
  });
  it('the time limits are one word each: 答复期限 is not the limit of a suit', () => {
    expect(understand(kn, '答复期限多长', {}, NOW).candidates[0]?.item.id).toBe('procedure.time');
  });
  it('a short clause is read with the one before it, not alone ("想申请行政复议，期限是多少天")', () => {
    const u = understand(kn, '对答复不满意想申请行政复议 期限是多少天', {}, NOW);
    expect(u.focus).not.toBe('期限是多少天');
    expect(u.candidates[0]?.item.id).not.toBe('procedure.time');
  });
  it('a short message in clauses that reads weakly as a whole is read by its asking clause; a strong whole stays', () => {
    expect(understand(kn, '年报里有些数字看不懂 该问哪个科室', {}, NOW).focus).toBe('该问哪个科室');
    const strong = understand(kn, '申请行政复议有期限吗，多少天内', {}, NOW);
    expect(strong.focus).toBe(strong.classifierText);
    // the other clause names what only the report speaks of: the whole stays
    const rare = understand(kn, '听说要搞线下政务公开专区 打算建在哪儿', {}, NOW);
    expect(rare.focus).toBe(rare.classifierText);
  });
  it('everyday words of the synonym table are cut whole and read as their word (没人理 → 不答复, 啥时候 → 什么时候)', () => {
    expect(understand(kn, '超过20个工作日都没人理我', {}, NOW).norm).toContain('不答复');
    expect(understand(kn, '啥时候能给我回信儿', {}, NOW).norm).toContain('什么时候能给我答复');
  });
  it('normalises, strips courtesy and finds slots, the figure and candidates in one pass', () => {
    const u = understand(kn, '你好，请问2022年不予公开的有多少？谢谢', {}, NOW);
    expect(u.norm).not.toMatch(/你好|谢谢/);
    expect(u.slots.years).toEqual([2022]);
    expect(u.metric).toMatchObject({ table: '三', rows: ['refused'] });
    expect(u.foundMetric).toBe(u.metric);
    expect(u.quantity).toBe(true);
    expect(u.candidates.map((c) => c.item.id)).toContain('figures.query');
    expect(u.classifierText).toContain('zmetric');
  });
  it('a column alone after a figure takes the rows of the conversation ("企业呢")', () => {
    const state = { intent: 'figures.query', metric: { table: '三' as const, rows: ['refused'], cols: [], spans: [] }, text: '不予公开的有多少' };
    const u = understand(kn, '企业呢', state, NOW);
    expect(u.followUp.is).toBe(true);
    expect(u.followUp.previous?.id).toBe('figures.query');
    expect(u.metric).toMatchObject({ rows: ['refused'], cols: ['business'] });
  });
  it('a follow-up naming only a year', () => {
    const u = understand(kn, '那2021年呢', { intent: 'figures.query', text: '收到多少申请' }, NOW);
    expect(u.followUp.onlySlots).toBe(true);
    expect(u.slots.years).toEqual([2021]);
  });
  it('an option number with a clarify question pending', () => {
    const u = understand(kn, '2', { clarify: { options: ['contact.address', 'procedure.where'], text: '材料寄到哪里' } }, NOW);
    expect(u.followUp.choice).toMatchObject({ index: 1, intent: { id: 'procedure.where' }, text: '材料寄到哪里' });
  });
  it('unknown words and report-only words', () => {
    expect(understand(kn, '我家猫咪不吃猫粮', {}, NOW).unknown.count).toBeGreaterThan(0);
    expect(understand(kn, '线下政务公开专区建在哪', {}, NOW).reportOnlyWords).toContain('政务公开专区');
    expect(understand(kn, '电话多少', {}, NOW).unknown).toEqual({ share: 0, count: 0 });
  });
  it('nothing readable', () => {
    const u = understand(kn, '😀😀', {}, NOW);
    expect(u.empty).toBe(true);
    expect(u.candidates).toEqual([]);
  });
});

describe('unknown words', () => {
  it('number words (十几次) and hearsay (听说) are not unknown topic words; a real unknown word is', async () => {
    const { understand } = await import('../../src/core/understanding.js');
    expect(understand(kn, '我一个月申请了十几次 听说超过了要收费 多少钱一件', {}, NOW).unknown.count).toBe(0);
    expect(understand(kn, '社保怎么交', {}, NOW).unknown.count).toBe(1);
  });
});

describe('follow-up naming the newest report', () => {
  it('"现在的呢" after an answer names only the newest report: a slot-only follow-up', async () => {
    const { understand } = await import('../../src/core/understanding.js');
    const state = { intent: 'contact.phone', text: '的电话多少' };
    expect(understand(kn, '现在的呢', state, NOW).followUp.onlySlots).toBe(true);
    expect(understand(kn, '现在电话多少呢', state, NOW).followUp.onlySlots).toBe(false);
  });
});

describe('corrections and shares inside a conversation', () => {
  it('a self-correction in the message: the year after it is meant ("去年那份……哦不对，是2022年那份")', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { understand } = await import('../../src/core/understanding.js');
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    expect(understand(kn, '去年那份报告……哦不对，是2022年那份，予以公开的有几件', {}, new Date('2026-11-30')).slots.years).toEqual([2022]);
    // no correction: both years stay
    expect(understand(kn, '2021年和2022年予以公开的有几件', {}, new Date('2026-11-30')).slots.years.length).toBe(2);
  });
  it('a year told in the story, another asked: the asked one ("老头子前年走了……2022年一年收到多少申请")', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { understand } = await import('../../src/core/understanding.js');
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const now = new Date('2026-11-30');
    expect(understand(kn, '我家老头子前年走了，留下个老房子。我就想问问，你们2022年一年收到多少申请啊？', {}, now).slots.years).toEqual([2022]);
    // both asked, or the story asks too: both stay
    expect(understand(kn, '去年收到多少申请，前年呢', {}, now).slots.years.length).toBe(2);
  });
  it('a bare question phrase after the story ("…记录写错了，怎么办") is read with the story, not alone', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { understand } = await import('../../src/core/understanding.js');
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    expect(understand(kn, '政府给我的信息里，有关我本人的记录写错了，怎么办', {}).focus).toContain('记录');
  });
  it('a correction or "the newest" with only a report named is a follow-up ("哦打错了，是2022年", "南岗区最新一年的呢")', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { understand } = await import('../../src/core/understanding.js');
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const state = { intent: 'figures.query', text: '2021年你们收到几件申请' };
    expect(understand(kn, '哦打错了，是2022年', state).followUp.onlySlots).toBe(true);
    expect(understand(kn, '南岗区最新一年的呢', state).followUp.onlySlots).toBe(true);
    expect(understand(kn, '哦打错了，是2022年的复议', state).followUp.onlySlots).toBe(false);
    // an apology before it, or "的有吗" after the office ("不好意思打错了 是南岗区", "那南岗的有吗")
    expect(understand(kn, '不好意思打错了 是南岗区', state).followUp.onlySlots).toBe(true);
    expect(understand(kn, '那南岗的有吗', state).followUp.onlySlots).toBe(true);
    expect(understand(kn, '那南岗的复议有吗', state).followUp.onlySlots).toBe(false);
    expect(understand(kn, '哦我记错了，是2022年', state).followUp.onlySlots).toBe(true);
  });
  it('"占多少" right after a figure: that figure\'s share of the total', async () => {
    const { loadKnowledge } = await import('../../src/core/bot.js');
    const { decide } = await import('../../src/core/engine.js');
    const { kn } = await loadKnowledge({ reportsDir: 'data/reports' });
    const first = decide(kn, '无法提供多少件', {});
    expect(decide(kn, '占多少', first.state).answer.text).toContain('53.3%（8 ÷ 15');
    // with no figure before it, no share is made up
    expect(decide(kn, '占多少', {}).answer.text).not.toMatch(/\d+(\.\d)?%/);
  });
});

describe('the rest asked after a figure', () => {
  const after = (rows: string[]) => ({ intent: 'figures.query', metric: { table: '三' as const, rows, cols: [], spans: [], rowsExplicit: true } });
  it('after one result ("给公开了几件"), "剩下那些都是什么情况": the other results', () => {
    expect(understand(kn, '剩下那些都是什么情况？', after(['granted'])).metric?.rows).toEqual(['partial', 'refused', 'unable', 'rejected', 'other']);
  });
  it('after one reason of a result ("其中本机关不掌握的呢"), "剩下那几件是啥原因": the other reasons of that result', () => {
    expect(understand(kn, '剩下那几件是啥原因', after(['unable.not-held'])).metric?.rows).toEqual(['unable.need-create', 'unable.unclear']);
  });
  it('with no figure before, nothing is read into it', () => {
    expect(understand(kn, '剩下那些都是什么情况？', {}).metric).toBeUndefined();
  });
});

describe('a clause with no content word of its own', () => {
  it('"…线下政务公开专区还没建起来，是卡在哪儿了": not read alone (it would be the office address)', () => {
    const u = understand(kn, '年报里说线下政务公开专区还没建起来，是卡在哪儿了？', {});
    expect(u.focus).not.toMatch(/^是卡在哪儿了/);
  });
});

describe('an office named by its kind alone', () => {
  it('"区政府办", "市政府办" leave the classifier text; 政府信息 stays', () => {
    expect(understand(kn, '向区政府办申请公开信息，一般多久给答复？', {}).classifierText).not.toContain('区政府办');
    expect(understand(kn, '县政府信息公开怎么申请', {}).classifierText).toContain('政府信息');
  });
});

describe('a column word in a question of its own', () => {
  it('"在…门户网站上发布了多少条信息" after a figure of table 二 is not that figure\'s 发布 column', async () => {
    const forms = (await loadKnowledge({ reportsDir: 'test/fixtures/reports-forms' })).kn;
    const state = { intent: 'figures.query', report: forms.reports.find((r) => r.office.includes('和平区'))!.id, metric: { table: '二' as const, rows: ['normative'], cols: ['issued'], spans: [], rowsExplicit: true } };
    expect(understand(forms, '在和平区政府门户网站上发布了多少条信息？', state).metric).toBeUndefined();
    expect(understand(forms, '对外公开总数量呢？', state).metric?.rows).toEqual(['normative']);
  });
});

describe('pointing back at a rule just explained, or at its year', () => {
  it('"因为这个理由拒了几件" after the third party\'s rules: that row of table 三', () => {
    expect(understand(kn, '南岗区政府办因为这个理由拒了几件？', { intent: 'procedure.third-party' }).metric?.rows).toEqual(['refused.third-party']);
    expect(understand(kn, '报告里这种情况有几件？', { intent: 'procedure.correction' }).metric?.rows).toEqual(['other.no-correction']);
    expect(understand(kn, '报告里这种情况有几件？', {}).metric).toBeUndefined();
  });
  it('"那年", "收没收过" leave no unknown word', () => {
    const u = understand(kn, '那南岗区政府办那年到底收没收过信息处理费', { intent: 'procedure.fee' });
    expect(u.classifierText).not.toContain('那年');
    expect(u.classifierText).toContain('收过');
  });
});

describe('the office\'s own department is no report-only word', () => {
  it('"信息科在哪里办公" asks the address, not a passage that names 信息科', () => {
    expect(understand(kn, '南崗區政府辦信息科在哪裡辦公', {}).reportOnlyWords).not.toContain('信息科');
  });
});
