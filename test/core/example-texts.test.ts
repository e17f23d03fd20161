/** The classifier texts of the intent examples kept between starts (src/core/example-texts.ts): a hit gives what a miss makes. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntents } from '../../src/answer/intents.js';
import { exampleTexts, exampleTextsKey } from '../../src/core/example-texts.js';
import type { ReportRef } from '../../src/understand/slots.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'example-texts-'));
const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));
const refs: ReportRef[] = [{ id: '南岗区人民政府办公室-2022', office: '南岗区人民政府办公室', aliases: [], year: 2022, context: '' }];
const day = new Date('2026-12-07T12:00:00+08:00');

describe('example texts cache', () => {
  it('a miss makes the texts and keeps them; a hit gives the same texts without making them', async () => {
    const set = await loadIntents();
    const cache = fresh();
    let made = 0;
    const make = () => {
      made++;
      return set.intents.map((i) => i.examples.map((e) => `${e}|made`));
    };
    const miss = exampleTexts(set, refs, day, ['material'], make, [cache]);
    expect(made).toBe(1);
    expect(entries(cache)).toHaveLength(1);
    const hit = exampleTexts(set, refs, day, ['material'], make, [cache]);
    expect(made).toBe(1);
    expect(hit).toEqual(miss);
    expect(hit[0]![0]).toBe(`${set.intents[0]!.examples[0]}|made`);
  });

  it('the key changes with what the texts depend on: the reports named, the day, the material, the examples', async () => {
    const set = await loadIntents();
    const key = exampleTextsKey(set, refs, day, ['material']);
    expect(exampleTextsKey(set, refs, day, ['material'])).toBe(key);
    expect(exampleTextsKey(set, [{ ...refs[0]!, year: 2023 }], day, ['material'])).not.toBe(key);
    expect(exampleTextsKey(set, refs, new Date('2026-12-08T12:00:00+08:00'), ['material'])).not.toBe(key);
    expect(exampleTextsKey(set, refs, day, ['other material'])).not.toBe(key);
    const changed = { ...set, intents: set.intents.map((i, k) => (k ? i : { ...i, examples: [...i.examples, '新加的例句'] })) };
    expect(exampleTextsKey(changed, refs, day, ['material'])).not.toBe(key);
  });

  it('an entry that does not fit the intents (or is corrupt) is made again; no folder means no cache', async () => {
    const set = await loadIntents();
    const cache = fresh();
    const key = exampleTextsKey(set, refs, day, []);
    writeFileSync(join(cache, `examples-${key}.json`), JSON.stringify({ format: 1, texts: [['only one']] }));
    let made = 0;
    const make = () => {
      made++;
      return set.intents.map((i) => i.examples.map(() => 'x'));
    };
    expect(exampleTexts(set, refs, day, [], make, [cache])[0]).toHaveLength(set.intents[0]!.examples.length);
    expect(made).toBe(1);
    writeFileSync(join(cache, `examples-${key}.json`), '{ not json');
    exampleTexts(set, refs, day, [], make, [cache]);
    expect(made).toBe(2);
    exampleTexts(set, refs, day, [], make, []);
    exampleTexts(set, refs, day, [], make, []);
    expect(made).toBe(4);
  });
});
