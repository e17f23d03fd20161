import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { channelNameAsked } from '../../../src/core/policy/channel-name.js';

let three: Knowledge;
beforeAll(async () => {
  three = await knowledge('test/fixtures/reports-fresh117-newb');
});

const textOf = (d: ReturnType<typeof channelNameAsked.decide>) => (d && d.kind === 'passage' ? d.parts.head + d.parts.lines.join('') : '');
const URUMQI = slots({ offices: ['乌鲁木齐市建设局'] });
const JINGHAI = slots({ offices: ['天津市静海区人民政府办公室'] });

describe('channel-name-asked', () => {
  it('an official account\'s name asked: the sentence naming it in quotes', () => {
    const text = textOf(channelNameAsked.decide(u({ norm: '乌鲁木齐建设局的微信公众号叫什么', slots: URUMQI }), {}, three));
    expect(text).toContain('“惟民建城”');
  });
  it('a website\'s name asked: the sentence naming the site …网', () => {
    const text = textOf(channelNameAsked.decide(u({ norm: '年报里提到的政府网站叫什么名字?', slots: JINGHAI }), {}, three));
    expect(text).toContain('静海公众信息网');
  });
  it('a channel of another body the report counts ("南岗公安分局“南岗警事”"): not the office\'s own, no decision', async () => {
    const nangang = await knowledge('data/reports');
    expect(channelNameAsked.decide(u({ norm: '你们的公众号叫什么名字' }), {}, nangang)).toBeUndefined();
  });
  it('no name asked, the bot\'s own name asked, or no channel named in the report: no decision', () => {
    for (const [norm, s] of [['微信公众号发了多少条', URUMQI], ['你叫什么名字', URUMQI], ['微博叫什么', URUMQI]] as const)
      expect(channelNameAsked.decide(u({ norm, slots: s }), {}, three), norm).toBeUndefined();
  });
});
