import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { knowledge, metric, slots, u } from './helpers.js';
import { readingPointAsked } from '../../../src/core/policy/reading-point.js';

let kn: Knowledge;
let beijing: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh240-newb');
  beijing = await knowledge('test/fixtures/reports-fresh241-newa');
});

// 恩平市政府办 2024: "在市档案馆设有政府信息公开查阅点,公民、法人或者其他组织可到该查阅点查阅…公开的政府信息。"
describe('reading-point-asked', () => {
  it('where to read the published information on paper: the report\'s reading point and the regulation\'s places', () => {
    const d = readingPointAsked.decide(u({ norm: '恩平市政府办公开的信息在哪里可以看纸质版', slots: slots({ offices: ['恩平市人民政府办公室'] }) }), {}, kn);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('市档案馆设有政府信息公开查阅点');
    expect(said).toContain('第二十五条');
  });
  it('a report naming no reading point: the regulation\'s places and that the report names none', () => {
    const d = readingPointAsked.decide(u({ norm: '有没有线下查阅的地方', slots: slots({ offices: ['大田县人民政府办公室'] }) }), {}, beijing);
    const said = JSON.stringify(d && 'parts' in d ? d.parts : d);
    expect(said).toContain('第二十五条');
    expect(said).toContain('没有写明本机关的查阅点');
  });
  it('no reading in person asked, or a figure asked: no decision', () => {
    expect(readingPointAsked.decide(u({ norm: '恩平市政府办在哪里' }), {}, kn)).toBeUndefined();
    expect(readingPointAsked.decide(u({ norm: '线下查阅的有几件', metric: metric({ rows: ['new'] }) }), {}, kn)).toBeUndefined();
  });
});
