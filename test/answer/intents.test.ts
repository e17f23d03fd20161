import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntents, validateIntentFile } from '../../src/answer/intents.js';

const good = { id: 'x.one', title: '一', examples: ['问题一', '问题二', '问题三'], answer: '答案' };

describe('intent validation', () => {
  it('the shipped intents load without errors', async () => {
    const set = await loadIntents();
    expect(set.errors).toEqual([]);
    expect(set.intents.length).toBeGreaterThan(30);
    expect(Object.keys(set.lexicon)).toContain('t3.rows');
  });
  it('unknown keys name the file and the intent', () => {
    const r = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, answr: 'x' }] });
    expect(r.errors[0]).toMatch(/a\.yml 第 1 个意图（x\.one）：未知字段：answr/);
    expect(r.intents).toEqual([]);
  });
  it('too few examples', () => {
    const r = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, examples: ['一'] }] });
    expect(r.errors[0]).toMatch(/至少要 3 条/);
  });
  it('a template that names a missing field', () => {
    const r = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, answer: '电话：{contact.wechat}' }] });
    expect(r.errors[0]).toMatch(/\{contact\.wechat\}/);
  });
  it('asked: a bad pattern, or an example without its words, names the intent; a good one is kept as a pattern', () => {
    const bad = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, asked: '(' }] });
    expect(bad.errors[0]).toMatch(/a\.yml.*x\.one.*asked 不是有效的正则表达式/);
    const missing = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, asked: '问题一|问题二' }] });
    expect(missing.errors[0]).toContain('例句“问题三”不含 asked 要求的词');
    const ok = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, asked: '问题' }] });
    expect(ok.errors).toEqual([]);
    expect(ok.intents[0]!.asked?.test('问题四')).toBe(true);
  });
  it('a bad intent is skipped, the others stay', () => {
    const r = validateIntentFile('a.yml', { topic: 't', intents: [{ ...good, id: 'BAD ID' }, { ...good, id: 'x.two' }] });
    expect(r.errors).toHaveLength(1);
    expect(r.intents.map((i) => i.id)).toEqual(['x.two']);
  });
  it('unknown lexicon ids', () => {
    const r = validateIntentFile('f.yml', { topic: 'f', intents: [], lexicon: { 't3.rows': { nonsense: ['x'] } } });
    expect(r.errors[0]).toMatch(/f\.yml：lexicon\.t3\.rows 中的未知编号 nonsense/);
  });
  it('duplicate examples across files and broken YAML are reported, the rest loads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'intents-'));
    await writeFile(join(dir, 'a.yml'), 'topic: a\nintents:\n  - id: a.one\n    title: 一\n    examples: [你好吗, 问题二, 问题三]\n    answer: 好\n');
    await writeFile(join(dir, 'b.yml'), 'topic: b\nintents:\n  - id: b.one\n    title: 二\n    examples: [你好吗, 问题四, 问题五]\n    answer: 好\n');
    await writeFile(join(dir, 'c.yml'), 'topic: [\n');
    const set = await loadIntents(dir);
    expect(set.errors.some((e) => /b\.yml 意图 b\.one：例句“你好吗”与 a\.yml 意图 a\.one 重复/.test(e))).toBe(true);
    expect(set.errors.some((e) => /^c\.yml：YAML 格式错误/.test(e))).toBe(true);
    expect(set.intents.map((i) => i.id).sort()).toEqual(['a.one', 'b.one']);
  });
  it('a word of the synonym table given two groups: said in the staff\'s words, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'intents-'));
    await writeFile(join(dir, 'a.yml'), 'topic: a\nintents:\n  - id: a.one\n    title: 一\n    examples: [你好吗, 问题二, 问题三]\n    answer: 好\n');
    await writeFile(join(dir, 'synonyms.yml'), 'synonyms:\n  哪里: [哪疙瘩]\n  哪里: [哪旮沓]\n');
    const set = await loadIntents(dir);
    expect(set.errors.some((e) => /^synonyms\.yml：YAML 格式错误：同一层里有重复的名称/.test(e))).toBe(true);
  });
});

