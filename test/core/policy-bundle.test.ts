// The built policy (dist/core/policy/index.js, joined into one module by scripts/bundle-policy.mjs after tsc): the
// same rules in the same order as the sources, and the modules outside the policy shared, not copied in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/policy/index.js';

const BUILT = join(import.meta.dirname, '../../dist/core/policy/index.js');

describe('the bundled policy', () => {
  it('is one module (npm test builds first)', () => {
    expect(readFileSync(BUILT, 'utf8').startsWith('// dist/core/policy joined by scripts/bundle-policy.mjs')).toBe(true);
  });

  it('holds the rules of the sources, in their order', async () => {
    const built = (await import(pathToFileURL(BUILT).href)) as { RULES: { name: string }[] };
    expect(built.RULES.map((r) => r.name)).toEqual(RULES.map((r) => r.name));
  });

  it('imports the modules outside the policy by their paths (one copy of each: the jieba dictionary, the memos)', () => {
    const text = readFileSync(BUILT, 'utf8');
    expect(text).toMatch(/from "\.\.\/understanding\.js"/);
    expect(text).toMatch(/from "\.\.\/\.\.\/understand\/memo\.js"/);
    // (no module of understand/ or answer/ copied in: each would be a second instance with its own state)
    expect(text).not.toMatch(/^\/\/ dist\/(?:understand|answer|report)\//m);
  });
});
