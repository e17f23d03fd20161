// The batch contract of `ask --json`: one JSON line per input line, with the same keys as ever plus "rule".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');

describe('ask --json', () => {
  it('adds "rule" (the deciding policy rule) and keeps the other keys', () => {
    if (!existsSync(CLI)) execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT], { stdio: 'ignore' });
    const input = ['{"user":"a","text":"电话是多少"}', '{"user":"b","text":"今天天气怎么样"}', '{"user":"c","text":"不予公开的有多少"}'].join('\n') + '\n';
    const out = execFileSync(process.execPath, [CLI, 'ask', '--json'], { cwd: ROOT, input, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(Object.keys(l)).toEqual(['answer', 'fallback', 'intent', 'confidence', 'report', 'rule']);
    expect(lines[0].rule).toBe('confident-intent');
    expect(lines[1].fallback).toBe(true);
    expect(['out-of-scope', 'off-topic-word', 'mostly-unknown', 'unknown-topic']).toContain(lines[1].rule);
    expect(lines[2].rule).toBe('table-row-asked');
  }, 60_000);
});
