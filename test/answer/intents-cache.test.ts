/** The cache of validated intents (src/answer/intents-cache.ts): a hit gives exactly what a load gives. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntents } from '../../src/answer/intents.js';
import { cacheDirs, defaultIntentsDir, loadIntentsCached } from '../../src/answer/intents-cache.js';
import { normalize } from '../../src/understand/normalize.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'intents-cache-'));
const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));

/** Every member in order, RegExps and Maps spelt out, undefined members kept: two sets compare exactly. */
function spelt(v: unknown): unknown {
  if (v === undefined) return '<undefined>';
  if (v instanceof RegExp) return `<re ${v.source} ${v.flags}>`;
  if (v instanceof Map) return ['<map>', ...[...v].map(([k, x]) => [k, spelt(x)])];
  if (Array.isArray(v)) return v.map(spelt);
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, spelt(x)]);
  return v;
}

describe('intents cache', () => {
  it('a miss loads and writes one entry; a hit reads it and gives the same set, member for member', async () => {
    const cache = fresh();
    const loaded = await loadIntents();
    const miss = await loadIntentsCached(defaultIntentsDir(), { cacheDirs: [cache] });
    expect(entries(cache)).toHaveLength(1);
    const hit = await loadIntentsCached(defaultIntentsDir(), { cacheDirs: [cache] });
    expect(spelt(miss)).toEqual(spelt(loaded));
    expect(spelt(hit)).toEqual(spelt(loaded));
    expect(hit.intents.some((i) => i.match instanceof RegExp)).toBe(true);
    expect(hit.synonyms).toBeInstanceOf(Map);
    expect(hit.synonyms!.size).toBeGreaterThan(0);
    // the normal forms kept for normalize()'s memo are normalize()'s own results
    const { normal } = JSON.parse(readFileSync(join(cache, entries(cache)[0]!), 'utf8')) as { normal: [string, string][] };
    expect(normal.length).toBeGreaterThan(500);
    for (const [text, norm] of normal) expect(norm).toBe(normalize(text));
  });

  it('a changed intents file is read again (the key is the files’ content)', async () => {
    const cache = fresh();
    const dir = fresh();
    cpSync(defaultIntentsDir(), dir, { recursive: true });
    const before = await loadIntentsCached(dir, { cacheDirs: [cache] });
    const file = readdirSync(dir).find((f) => f !== 'synonyms.yml' && f.endsWith('.yml'))!;
    const first = before.intents.find((i) => i.file === file)!;
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(`title: ${first.title}`, 'title: 改过的标题'));
    const after = await loadIntentsCached(dir, { cacheDirs: [cache] });
    expect(after.intents.find((i) => i.id === first.id)!.title).toBe('改过的标题');
    expect(entries(cache)).toHaveLength(2);
    // a broken file: the same errors as an uncached load, from the cache too
    writeFileSync(join(dir, file), 'topic: [');
    const broken = await loadIntentsCached(dir, { cacheDirs: [cache] });
    expect(broken.errors.some((e) => e.startsWith(`${file}：YAML 格式错误`))).toBe(true);
    expect(spelt(await loadIntentsCached(dir, { cacheDirs: [cache] }))).toEqual(spelt(await loadIntents(dir)));
  });

  it('a corrupt entry is ignored and rewritten; a folder that cannot be written falls back to the next', async () => {
    const cache = fresh();
    await loadIntentsCached(defaultIntentsDir(), { cacheDirs: [cache] });
    const [entry] = entries(cache);
    writeFileSync(join(cache, entry!), '{"format":1,"set":');
    const again = await loadIntentsCached(defaultIntentsDir(), { cacheDirs: [cache] });
    expect(spelt(again)).toEqual(spelt(await loadIntents()));
    expect(JSON.parse(readFileSync(join(cache, entry!), 'utf8')).format).toBe(2);

    const blocked = join(fresh(), 'file');
    writeFileSync(blocked, 'not a folder');
    const second = fresh();
    await loadIntentsCached(defaultIntentsDir(), { cacheDirs: [join(blocked, 'sub'), second] });
    expect(entries(second)).toHaveLength(1);
  });

  it('off with DISCLOSURE_CACHE=0 and under vitest unless DISCLOSURE_CACHE=1', () => {
    expect(cacheDirs({ DISCLOSURE_CACHE: '0' })).toEqual([]);
    expect(cacheDirs({ VITEST: 'true' })).toEqual([]);
    expect(cacheDirs({ VITEST: 'true', DISCLOSURE_CACHE: '1' })[0]).toMatch(/node_modules\/\.cache\/disclosure-bot\/intents$/);
  });
});
