import { describe, expect, it } from 'vitest';
import { parseTitle } from '../../src/report/parse/identity.js';

describe('parseTitle: a site\'s label and the issuer named in brackets', () => {
  it('"标题" glued to the year is a label, not an office', () => {
    expect(parseTitle('标题2023年政府信息公开工作年度报告').office).toBeUndefined();
  });
  it('no office before the year, the issuer in brackets: that issuer', () => {
    expect(parseTitle('2023年政府信息公开工作年度报告（发文机关：宋村镇人民政府，长治市长子县）')).toEqual({ office: '宋村镇人民政府', year: 2023 });
  });
  it('an office before the year stays the office', () => {
    expect(parseTitle('长子县宋村镇人民政府2023年政府信息公开工作年度报告（发文机关：宋村镇人民政府）').office).toBe('长子县宋村镇人民政府');
  });
  it('a dash between the office and the year ("…保障局-2020年政府信息公开…") is no part of the name', () => {
    expect(parseTitle('盐城市盐都区人力资源和社会保障局-2020年政府信息公开工作年度报告')).toEqual({ office: '盐城市盐都区人力资源和社会保障局', year: 2020 });
  });
});
