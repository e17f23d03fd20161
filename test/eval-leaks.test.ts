// Held-out phrasings must never be intent examples: they would hide the very gap the eval measures.
// (scripts/leaks.mjs lists them, with ../shared's dev set too, and --strip removes them.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const root = join(__dirname, '..');
// spaces, punctuation and full-width forms do not make a question new ("电话！！！！" is "电话")
const key = (s: string) =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

describe('eval questions are not intent examples', () => {
  it('no question of eval/*.jsonl stands word for word as an example in intents/*.yml', () => {
    const examples = new Map<string, string>();
    for (const f of readdirSync(join(root, 'intents')).filter((x) => x.endsWith('.yml') && x !== 'synonyms.yml')) {
      const doc = YAML.parse(readFileSync(join(root, 'intents', f), 'utf8')) as { intents?: { id: string; examples?: string[] }[] };
      for (const it of doc.intents ?? []) for (const e of it.examples ?? []) examples.set(key(e), `${f} ${it.id}`);
    }
    expect(examples.size).toBeGreaterThan(300);
    const leaks: string[] = [];
    for (const f of readdirSync(join(root, 'eval')).filter((x) => x.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(root, 'eval', f), 'utf8').split('\n')) {
        if (!line.startsWith('{')) continue;
        const c = JSON.parse(line) as { id: string; q?: string; turns?: ({ q: string } | string)[] };
        const qs = c.q ? [c.q] : (c.turns ?? []).map((t) => (typeof t === 'string' ? t : t.q));
        for (const q of qs) if (examples.has(key(q))) leaks.push(`${f} ${c.id}: ${q} (${examples.get(key(q))})`);
      }
    }
    // (a question that a blind writer phrased exactly as an example older than the set: listed, with the example's commit)
    const predating = (JSON.parse(readFileSync(join(root, 'eval', 'leaks-predating.json'), 'utf8')) as { entries: { set: string; id: string; q: string }[] }).entries;
    const allowed = new Set(predating.map((e) => `${e.set} ${e.id}: ${e.q}`));
    expect(leaks.filter((l) => !allowed.has(l.replace(/ \(.*\)$/, '')))).toEqual([]);
    // (an entry that no longer overlaps is stale: removed, so the list never hides a new leak)
    expect([...allowed].filter((a) => !leaks.some((l) => l.startsWith(a)))).toEqual([]);
  });
});
