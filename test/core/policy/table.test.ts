// The policy table itself: names, docs, order, and that every rule has its unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/policy/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describe('the policy table', () => {
  it('names are unique kebab-case words and every rule says what it decides', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.doc.length, r.name).toBeGreaterThan(20);
    }
  });
  it('the order is the precedence: empty input first, the honest fallback last', () => {
    expect(RULES[0]!.name).toBe('empty-input');
    expect(RULES.at(-1)!.name).toBe('no-match');
  });
  it('every rule has a describe block in test/core/policy/', () => {
    const tests = readdirSync(HERE).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(join(HERE, f), 'utf8')).join('\n');
    for (const r of RULES) expect(tests, r.name).toContain(`describe('${r.name}'`);
  });
});
