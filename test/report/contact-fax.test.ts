import { describe, expect, it } from 'vitest';
import { extractContact } from '../../src/report/parse/contact.js';

describe('contact block: the fax number', () => {
  it('reads 传真 apart from the phone, with dashes and spaces normalised', () => {
    const c = extractContact('联系电话：0571-88881234，传真：0571 — 88885678，邮编：310000。', '');
    expect(c.phone).toBe('0571-88881234');
    expect(c.fax).toBe('0571-88885678');
  });

  it('a report without a fax has none (nothing is invented from the phone)', () => {
    const c = extractContact('联系电话：0571-88881234。', '');
    expect(c.fax).toBeUndefined();
  });
});
