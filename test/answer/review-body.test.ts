import { describe, expect, it } from 'vitest';
import { reviewBody } from '../../src/answer/review-body.js';

describe('reviewBody (《行政复议法》第二十四条, from the office name)', () => {
  it('a working department: its own government', () => {
    expect(reviewBody('南岗区人民政府办公室')).toContain('向南岗区人民政府申请');
    expect(reviewBody('上海市人民政府办公厅')).toContain('向上海市人民政府申请');
    expect(reviewBody('株洲市芦淞区教育局')).toContain('向株洲市芦淞区人民政府申请');
    expect(reviewBody('绵阳市生态环境局')).toContain('向绵阳市人民政府申请');
    expect(reviewBody('绵阳市市场监督管理局')).toContain('向绵阳市人民政府申请');
  });
  it('a government: the next higher one, named when the name holds it', () => {
    expect(reviewBody('淮安市洪泽区人民政府')).toBe('淮安市洪泽区人民政府作出的，向上一级人民政府（淮安市人民政府）申请');
    expect(reviewBody('宜兴市丁蜀镇人民政府')).toContain('（宜兴市人民政府）');
    expect(reviewBody('沭阳县人民政府')).toBe('沭阳县人民政府作出的，向上一级人民政府申请');
  });
  it('a sub-district office, a zone or a name without its place: said without guessing a body', () => {
    expect(reviewBody('驼峰路街道办事处')).toContain('设立它的区（县级市）人民政府');
    // the district named before the sub-district set it up
    expect(reviewBody('北京市西城区金融街街道办事处')).toContain('是北京市西城区人民政府的派出机关，向北京市西城区人民政府申请');
    // (a place whose own name ends in 市, 沙市区, is no city: the rule is said without naming a body)
    expect(reviewBody('沙市区崇文街街道办事处')).toContain('设立它的区（县级市）人民政府');
    expect(reviewBody('平潭综合实验区')).not.toContain('平潭综合实验区人民政府');
    expect(reviewBody('区统计局')).not.toContain('区统计局是');
  });
  it('州 inside a place\'s name is no place of its own ("宣州区", "杭州市")', () => {
    expect(reviewBody('宣州区医疗保障局')).toContain('向宣州区人民政府申请');
    expect(reviewBody('杭州市西湖区人民政府')).toContain('（杭州市人民政府）');
  });
});

