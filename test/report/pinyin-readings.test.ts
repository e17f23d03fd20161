import { describe, expect, it } from 'vitest';
import { withoutPinyinReadings } from '../../src/report/parse/pinyin-readings.js';
import { parseNumber } from '../../src/report/parse/util.js';

describe('pinyin readings a mirror put after characters', () => {
  it('are taken out of text and cells; outline marks and units in brackets stay', () => {
    const doc = { file: 'x.txt', blocks: [{ kind: 'paragraph' as const, text: '根據(jù)規(guī)定，鳳凰鎮(zhèn)人民政府（二）主動公開(單位:萬元)' }, { kind: 'table' as const, rows: [['數(shù)據(jù)', '1']] }] };
    const out = withoutPinyinReadings(doc as never) as typeof doc;
    expect(out.blocks[0]!.kind === 'paragraph' && out.blocks[0]!.text).toBe('根據規定，鳳凰鎮人民政府（二）主動公開(單位:萬元)');
    expect(out.blocks[1]!.kind === 'table' && out.blocks[1]!.rows[0]![0]).toBe('數據');
  });
  it('a document without them is returned as it is', () => {
    const doc = { file: 'x.txt', blocks: [{ kind: 'paragraph' as const, text: '（一）主动公开情况' }] };
    expect(withoutPinyinReadings(doc as never)).toBe(doc);
  });
});

describe('numbers printed with their units', () => {
  it('"140万" is 1,400,000; "31批次" is 31; "709455.9元" is 709455.9', () => {
    expect(parseNumber('140万')).toBe(1_400_000);
    expect(parseNumber('31批次')).toBe(31);
    expect(parseNumber('709455.9元')).toBe(709455.9);
    expect(parseNumber('万元')).toBeNull();
  });
});
