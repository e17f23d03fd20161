#!/usr/bin/env node
// Lists eval questions that stand word for word (spaces ignored) as intent examples in intents/*.yml.
// Held-out phrasings must never be intent examples (they would hide the gap the eval measures).
// Usage: node scripts/leaks.mjs [--strip]   (--strip removes those examples from intents/*.yml)
// Reads eval/*.jsonl and, when present, ../shared/eval/dev.jsonl.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// spaces, punctuation and full-width forms do not make a question new ("电话！！！！" is "电话")
const key = (s) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
const evalFiles = readdirSync(join(root, 'eval')).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, 'eval', f));
const dev = join(root, '..', 'shared', 'eval', 'dev.jsonl');
if (existsSync(dev)) evalFiles.push(dev);
const asked = new Map();
for (const f of evalFiles) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const c = JSON.parse(line);
    const qs = c.q ? [c.q] : (c.turns ?? []).map((t) => (typeof t === 'string' ? t : t.q));
    for (const q of qs) if (typeof q === 'string') asked.set(key(q), `${f.replace(root + '/', '')} ${c.id}`);
  }
}
const strip = process.argv.includes('--strip');
let found = 0;
for (const f of readdirSync(join(root, 'intents')).filter((x) => x.endsWith('.yml') && x !== 'synonyms.yml')) {
  const path = join(root, 'intents', f);
  const lines = readFileSync(path, 'utf8').split('\n');
  const out = [];
  for (const line of lines) {
    const item = /^(\s*)- (.+?)\s*$/.exec(line);
    const inline = /^(\s*examples:\s*)\[(.*)\]\s*$/.exec(line);
    if (item && asked.has(key(item[2]))) {
      found++;
      console.log(`${f}: ${item[2]}  ← ${asked.get(key(item[2]))}`);
      if (strip) continue;
    } else if (inline) {
      const parts = inline[2].split(',').map((s) => s.trim());
      const keep = parts.filter((p) => {
        if (!asked.has(key(p))) return true;
        found++;
        console.log(`${f}: ${p}  ← ${asked.get(key(p))}`);
        return false;
      });
      if (strip && keep.length !== parts.length) {
        out.push(`${inline[1]}[${keep.join(', ')}]`);
        continue;
      }
    }
    out.push(line);
  }
  if (strip) writeFileSync(path, out.join('\n'));
}
console.log(`${found} eval question(s) stand as intent examples`);
process.exitCode = found && !strip ? 1 : 0;
