import { describe, expect, it } from 'vitest';
import { Classifier, gluedWord } from '../../src/understand/classifier.js';

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

describe('knowsWord', () => {
  it('is knows() of the word feature', () => {
    for (const w of ['电话', '区长', '天气', '多少', '护照', '电', '']) expect(clf.knowsWord(w), w).toBe(clf.knows(`w:${w}`));
    expect(clf.knowsWord('电话')).toBe(true);
    expect(clf.knowsWord('护照')).toBe(false);
  });
});
