/**
 * opencc-js's converters over flat maps (flat-trie.ts) convert exactly as over its tries: every key and
 * value of the dictionaries the bot uses, the questions of every eval set, intent examples, and random
 * strings of dictionary characters, with ideographic description sequences and rare characters mixed in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter, Locale, Trie } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { flattenTrie, leavesUnchanged, triesMadeBy } from '../../src/understand/flat-trie.js';

const root = join(import.meta.dirname, '../..');

/** Every question of the eval sets. */
function evalQuestions(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(join(root, 'eval')).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(root, 'eval', f), 'utf8').split('\n')) {
      for (const m of line.matchAll(/"q"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) out.push(JSON.parse(`"${m[1]}"`) as string);
    }
  }
  return out;
}

function corpus(): string[] {
  const out: string[] = [];
  const configs = Locale.configs as unknown as Record<string, { normalizationChain?: unknown[]; segmentation?: unknown; conversionChain: unknown[] }>;
  const chars = new Set<string>();
  for (const name of ['tw2s', 'tw2sp']) {
    const c = configs[name]!;
    const dicts = [c.normalizationChain ?? [], c.segmentation ?? [], c.conversionChain].flat(3) as (string | string[])[];
    for (const d of dicts) {
      const entries = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : [d];
      for (const e of entries) for (const s of e) if (typeof s === 'string') { out.push(s); for (const ch of s) chars.add(ch); }
    }
  }
  out.push(...evalQuestions());
  for (const f of readdirSync(join(root, 'intents'))) out.push(...readFileSync(join(root, 'intents', f), 'utf8').split('\n'));
  // random strings of dictionary characters (a fixed seed), with IDS sequences and astral characters
  const pool = [...chars, '⿰', '⿱', '⿲', '𠀀', '𪚥', '什', '么', ' ', 'a'];
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let k = 0; k < 3000; k++) {
    let s = '';
    for (let i = 0, n = 1 + Math.floor(rand() * 12); i < n; i++) s += pool[Math.floor(rand() * pool.length)];
    out.push(s);
  }
  return out;
}

describe('opencc-js over flat maps', () => {
  it('converts every key, value, question and random string as over its tries', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(20_000);
    const before = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'twp', to: 'cn' })];
    const expected = texts.map((t) => before.map((c) => c(t)));
    expect(expected.filter(([a], i) => a !== texts[i]).length).toBeGreaterThan(1000); // it does convert
    flattenTrie(Trie);
    const after = [Converter({ from: 'tw', to: 'cn' }), Converter({ from: 'twp', to: 'cn' })];
    const got = texts.map((t) => after.map((c) => c(t)));
    const diffs = texts.filter((_, i) => got[i]![0] !== expected[i]![0] || got[i]![1] !== expected[i]![1]);
    expect(diffs).toEqual([]);
    expect(after[1]!('資訊')).toBe('信息');
  });
});

describe('leavesUnchanged (a text the character converter would give back, told without converting)', () => {
  it('is never wrong: when it says unchanged, converting gives the text back; it says so for most simplified text', () => {
    flattenTrie(Trie);
    const { value: convert, tries } = triesMadeBy(() => Converter({ from: 'tw', to: 'cn' }));
    expect(tries.length).toBeGreaterThan(1);
    const texts = corpus();
    const wrong = texts.filter((t) => leavesUnchanged(tries, t) && convert(t) !== t);
    expect(wrong).toEqual([]);
    // (measured apart: the dictionary's own strings and the fixed random ones, where it is told almost always, and the eval
    // questions, a share that moves a little with each set added — a question with a phrase the tw dictionaries map and
    // map back, "里", "么", is converted to be sure)
    const questions = new Set(evalQuestions());
    const told = (ts: string[]) => ts.filter((t) => leavesUnchanged(tries, t)).length / ts.length;
    const simplified = texts.filter((t) => convert(t) === t);
    expect(told(simplified.filter((t) => !questions.has(t)))).toBeGreaterThan(0.9);
    expect(told(simplified.filter((t) => questions.has(t)))).toBeGreaterThan(0.75);
    expect(leavesUnchanged(tries, '資訊公開')).toBe(false);
    expect(leavesUnchanged(tries, '信息公开申请')).toBe(true);
  });
});
