import { describe, expect, it } from 'vitest';
import { shapeAlike } from '../../src/understand/shape-alike.js';

describe('shapeAlike', () => {
  it('reads characters of like shape as one another (育/肓, 冶/治, 徽/微)', () => {
    expect(shapeAlike('肓', '育')).toBe(true);
    expect(shapeAlike('治', '冶')).toBe(true);
    expect(shapeAlike('微', '徽')).toBe(true);
  });
  it('never reads unlike characters alike', () => {
    expect(shapeAlike('育', '教')).toBe(false);
    expect(shapeAlike('局', '句')).toBe(false);
  });
});
