import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, slots, u } from './helpers.js';
import { applyPlaceInReport, applyPlaceSentence } from '../../../src/core/policy/apply-place.js';

let three: Knowledge;
let nangang: Knowledge;
beforeAll(async () => {
  three = await knowledge('test/fixtures/reports-fresh121-newa');
  nangang = await knowledge('data/reports');
});

const TAOCHENG = slots({ offices: ['衡水市桃城区人民政府办公室'] });
const YINCHUAN = slots({ offices: ['银川市政府国有资产监督管理委员会'] });

describe('apply-place-in-report', () => {
  it('where to hand in a request, the report naming its window: where-to-apply with the report\'s sentence first', () => {
    const d = applyPlaceInReport.decide(u({ norm: '桃城区的申请交到哪里', slots: TAOCHENG }), {}, three);
    expect(d?.kind === 'intent' && d.intent.id).toBe('procedure.where');
    expect(d?.kind === 'intent' && d.noteIfAnswered).toContain('政务公开专区窗口');
  });
  it('through what platform, the report naming its platform: that platform', () => {
    const d = applyPlaceInReport.decide(u({ norm: '国资委的申请用哪个平台提交', slots: YINCHUAN }), {}, three);
    expect(d?.kind === 'intent' && d.noteIfAnswered).toContain('依申请信息公开管理平台');
  });
  it('a report naming no window or platform for requests: no decision', () => {
    expect(applyPlaceInReport.decide(u({ norm: '申请书交到哪里' }), {}, nangang)).toBeUndefined();
  });
  it('no place asked, or no request: no decision', () => {
    for (const norm of ['桃城区申请怎么写', '桃城区政务服务中心在哪里']) expect(applyPlaceInReport.decide(u({ norm, slots: TAOCHENG }), {}, three), norm).toBeUndefined();
  });
  it('the sentence found holds a request and a receiving window or platform, never a platform for news alone', () => {
    expect(applyPlaceSentence([{ text: '依托政务新媒体平台发布信息20条。' }, { text: '设立依申请公开受理窗口，方便群众申请。' }])).toBe('设立依申请公开受理窗口，方便群众申请。');
    expect(applyPlaceSentence([{ text: '依托政务新媒体平台发布信息20条。' }])).toBeUndefined();
  });
});
