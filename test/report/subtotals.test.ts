import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../src/report/extract/text.js';
import { parseReport } from '../../src/report/parse.js';

const NANGANG = readFileSync('test/fixtures/reports/南岗区人民政府办公室-2022.txt', 'utf8');

describe('derived subtotals never from incomplete parts', () => {
  it('a missing sub-row leaves its group total not reported, not a partial sum', () => {
    const text = NANGANG.split('\n').filter((l) => !l.includes('保护第三方合法权益')).join('\n');
    const r = parseReport(textToDocument('南岗区人民政府办公室-2022.txt', text));
    expect(r.values['t3.refused.third-party.total']!.value).toBeNull();
    expect(r.values['t3.refused.total']!.value).toBeNull();
    // the complete groups are still summed
    expect(r.values['t3.unable.total']!.value).toBe(8);
  });
  it('with every sub-row present the subtotal is their sum', () => {
    const r = parseReport(textToDocument('南岗区人民政府办公室-2022.txt', NANGANG));
    expect(r.values['t3.refused.total']).toMatchObject({ value: 2, derived: true });
  });
});
