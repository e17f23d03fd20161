import { describe, expect, it } from 'vitest';
import { Classifier, features, gluedWord } from '../../src/understand/classifier.js';

type Item = { id: string; fallback?: boolean };
const phone: Item = { id: 'contact.phone' };
const offTopic: Item = { id: 'out_of_scope', fallback: true };
const clf = new Classifier<Item>([
  { item: phone, examples: ['电话', '咨询电话是多少', '联系电话多少'] },
  { item: offTopic, examples: ['区长电话多少', '今天天气怎么样', '县长是谁'] },
]);
const score = (text: string, id: string) => clf.rank(text).find((s) => s.item.id === id)?.score ?? 0;

describe('classifier: an off-topic example counts only by its own words', () => {
  it('sharing only in-scope words (电话, 多少) with an off-topic example is no evidence of off-topic', () => {
    expect(score('你们电话多少', 'out_of_scope')).toBe(0);
    expect(clf.rank('你们电话多少')[0]!.item.id).toBe('contact.phone');
  });
  it('an off-topic word (区长, 天气) keeps the off-topic match', () => {
    expect(score('区长的电话', 'out_of_scope')).toBeGreaterThan(0.3);
    expect(clf.rank('明天天气怎么样')[0]!.item.id).toBe('out_of_scope');
  });
});

describe('gluedWord: cut artefacts that say nothing either way', () => {
  it('a verb with a particle, a question word or a directional complement; pointing words', () => {
    for (const w of ['交了', '干什么', '交上去', '寄过去', '这种', '那像', '这样']) expect(gluedWord(w), w).toBe(true);
  });
  it('real words are not artefacts', () => {
    for (const w of ['拆迁', '补偿', '上去年', '种类']) expect(gluedWord(w), w).toBe(false);
  });
});

describe('features: a pronoun glued to a modal verb', () => {
  it('"我能" is read as 能, as "你能" is cut apart, so 我能 alone matches nothing', () => {
    expect(features('我能去哪投诉')).toContain('w:能');
    expect(features('我能去哪投诉')).not.toContain('w:我能');
    expect(features('我要申请')).toContain('w:要');
  });
  it('other words that begin with a pronoun stay whole', () => {
    expect(features('我局收到的申请')).not.toContain('w:局');
  });
});

describe('a word no example has, made of two words examples have', () => {
  const c = new Classifier<Item>([
    { item: { id: 'deadline' }, examples: ['复议的期限是多久', '起诉有没有期限'] },
    { item: phone, examples: ['电话是多少'] },
  ]);
  it('is known and read by its two words ("复议期限" = 复议 + 期限)', () => {
    expect(c.knows('w:复议期限')).toBe(true);
    expect(c.rank('复议期限')[0]!.item.id).toBe('deadline');
  });
  it('a word that is not two known words stays unknown', () => {
    expect(c.knows('w:拆迁补偿')).toBe(false);
  });
});

describe('knowsWord', () => {
  it('is knows() of the word feature', () => {
    for (const w of ['电话', '区长', '天气', '多少', '护照', '电', '']) expect(clf.knowsWord(w), w).toBe(clf.knows(`w:${w}`));
    expect(clf.knowsWord('电话')).toBe(true);
    expect(clf.knowsWord('护照')).toBe(false);
  });
});
