import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { quotedCountChecked, quotedPairSummed } from '../../../src/core/policy/quoted-check.js';
import { knowledge, metric, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-fresh24-newb');
});

const at = (office: string) => slots({ offices: [office] });
const text = (d: ReturnType<typeof quotedCountChecked.decide>) => (d?.kind === 'passage' ? [d.parts.head, ...d.parts.lines].join('') : '');

describe('quoted-count-checked', () => {
  it('a count the text states, quoted right: 对, in the unit quoted, with the sentence', () => {
    const d = quotedCountChecked.decide(u({ norm: '我们稿子里写主动公开政府信息2088条,对吗?', slots: at('深圳市交通运输局') }), {}, kn);
    expect(d).toMatchObject({ kind: 'passage' });
    expect(text(d)).toContain('核对：对，您说的 2088 条与报告中的数字一致');
    expect(text(d)).toContain('主动公开政府信息2088条');
  });
  it('quoted wrong: 不对, and the sentence with the report\'s own figure', () => {
    const t = text(quotedCountChecked.decide(u({ norm: '依申请公开是5件吧?', slots: at('防城港市教育局') }), {}, kn));
    expect(t).toContain('核对：不对，您说的 5 件与报告中的数字不一致');
    expect(t).toContain('依申请公开3件');
  });
  it('parts and their sum quoted together: each is the text\'s', () => {
    const t = text(quotedCountChecked.decide(u({ norm: '人大建议答复16件、政协提案答复6件,合计是22件吗?', slots: at('浙江省水利厅') }), {}, kn));
    expect(t).toContain('核对：对，16 + 6 = 22 件，加起来一致（按报告数字计算）');
  });
  it('two counts quoted, each told in its own sentence: each checked against its own ("上传信息800余条、推送热点信息700余条")', async () => {
    const nangang = await knowledge();
    const t = text(quotedCountChecked.decide(u({ norm: '草稿里写22年全年上传信息800余条、推送热点信息700余条,跟报告一致不?' }), {}, nangang));
    expect(t).toContain('您说的 800 条与报告中的数字不一致');
    expect(t).toContain('您说的 700 条与报告中的数字一致');
    expect(t).toContain('600 余条');
  });
  it('counts quoted right after the words the sentence gives them with: each compared with its own number', async () => {
    const hs = await knowledge('test/fixtures/reports-fresh88-newb');
    const q = (norm: string) => text(quotedCountChecked.decide(u({ norm, slots: slots({ offices: ['衡山县人民政府办公室'], years: [2025] }) }), {}, hs));
    const wrong = q('建议提案办理10件,代表建议4件、委员提案6件,对不对?');
    expect(wrong).toContain('核对：不对');
    expect(wrong).toContain('报告写的是代表建议 6 件，不是 4 件');
    expect(q('建议提案办理10件,代表建议6件、委员提案4件,对不对?')).toContain('核对：对');
  });
  it('no check asked, a table figure named, or nothing the text states: no decision', () => {
    expect(quotedCountChecked.decide(u({ norm: '主动公开政府信息2088条', slots: at('深圳市交通运输局') }), {}, kn)).toBeUndefined();
    expect(quotedCountChecked.decide(u({ norm: '不予公开是5件吧', metric: metric(), slots: at('深圳市交通运输局') }), {}, kn)).toBeUndefined();
    expect(quotedCountChecked.decide(u({ norm: '食堂一年买了300斤米对吗', slots: at('深圳市交通运输局') }), {}, kn)).toBeUndefined();
  });
});

describe('quoted-count-checked: parts and their total quoted', () => {
  it('"门户网站19条加电子屏108条一共127条，对吧": the arithmetic, what the text states and what it does not', async () => {
    const g = await knowledge('test/fixtures/reports-fresh25-newb');
    const d = quotedCountChecked.decide(u({ norm: '门户网站19条加电子屏108条一共127条', text: '西藏国资委2020年门户网站19条加电子屏108条一共127条，对吧', slots: at('西藏自治区政府国资委') }), {}, g);
    const t = text(d);
    expect(t).toContain('19 + 108 = 127 条');
    expect(t).toContain('按您给的数字计算');
    expect(t).toContain('报告正文中没有找到 127 条');
  });
});

describe('quoted-count-checked: "这个数我没记错吧"', () => {
  it('a count quoted with 没记错吧: checked against the text', async () => {
    const f = await knowledge('test/fixtures/reports-fresh27-new');
    const d = quotedCountChecked.decide(u({ norm: '彭阳县人民政府2022年常务会议公布了27次,这个数我没记错吧?', slots: slots({ offices: ['彭阳县人民政府'], years: [2022], spans: [{ start: 0, end: 12 }] }) }), {}, f);
    expect(text(d)).toContain('核对：对');
    const wrong = quotedCountChecked.decide(u({ norm: '彭阳县人民政府2022年常务会议公布了29次,这个数我没记错吧?', slots: slots({ offices: ['彭阳县人民政府'], years: [2022], spans: [{ start: 0, end: 12 }] }) }), {}, f);
    expect(text(wrong)).toContain('不对');
  });
});

describe('quoted-pair-summed', () => {
  it('two counts said to add up to a whole the text counts: the sentence holding both, and whether it gives their sum', async () => {
    const nangang = await knowledge();
    const pair = quotedPairSummed.decide(u({ norm: '接到15条和不予处理1条，加起来跟总数对得上吗' }), {}, nangang);
    expect(text(pair)).toContain('15 + 1 = 16');
    expect(text(pair)).toContain('没有 16 条');
    const sum = quotedPairSummed.decide(u({ norm: '予以公开4条加无法提供8条再加不予公开2条，合起来等于接到的15条吗' }), {}, nangang);
    expect(text(sum)).not.toContain('4 + 8 = 12');
  });
});
