import { mkdir, readdir, readFile, rmdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { captureLogger, manualClock, tempDir, turn } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('lowdb store: persistence', () => {
  test('state, turns, unanswered questions and feedback survive a restart', async () => {
    const file = join(await tempDir(), 'db.json');
    const clock = manualClock();
    const a = await openLowdbStore(file, { now: clock.now });
    await a.setState('tg:1', { topic: 'figures', year: 2022, pending: ['1', '2'] });
    const t = await a.logTurn(turn('tg:1', '2022年依申请公开多少件', { intent: 'figures.requests', report: '南岗区人民政府办公室-2022' }));
    await a.logTurn(turn('tg:2', '我的手机13912345678，停车场在哪？', { fallback: true }));
    await a.addFeedback({ turnId: t.id, intent: null, user: 'tg:1', useful: true });
    const before = { stats: await a.stats(), unanswered: await a.unanswered(), last: await a.lastTurn('tg:1') };
    await a.close();

    const raw = await readFile(file, 'utf8');
    expect(() => JSON.parse(raw)).not.toThrow();
    expect(raw).not.toContain('13912345678');

    const b = await openLowdbStore(file, { now: clock.now });
    expect(await b.getState('tg:1')).toEqual({ topic: 'figures', year: 2022, pending: ['1', '2'] });
    expect(await b.lastTurn('tg:1')).toEqual(before.last);
    expect(await b.unanswered()).toEqual(before.unanswered);
    expect(await b.stats()).toEqual(before.stats);
    expect(before.stats.feedback.byIntent).toEqual({ 'figures.requests': { up: 1, down: 0 } });
    await b.close();
  });

  test('odd input from a caller is stored in a shape that loads again (never sets the file aside)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const a = await openLowdbStore(file);
    const odd = { user: 'u', channel: 'console', text: '问题', intent: undefined, confidence: Number.NaN, fallback: true, report: undefined };
    await a.logTurn(odd as unknown as Parameters<typeof a.logTurn>[0]);
    await a.setState('u', { when: new Date(0), n: Number.NaN, skip: undefined });
    await expect(a.setState('u', ['not', 'a', 'record'] as unknown as Record<string, unknown>)).rejects.toThrow(TypeError);
    await a.close();
    const b = await openLowdbStore(file);
    expect((await readdir(dir)).filter((n) => !n.endsWith('.lock')).sort()).toEqual(['db.json', 'db.json.journal']);
    expect(await b.lastTurn('u')).toMatchObject({ intent: null, confidence: 0, report: null, fallback: true });
    expect(await b.getState('u')).toEqual({ when: '1970-01-01T00:00:00.000Z', n: null });
    await b.close();
  });

  test('creates the folder of the database file; nothing is written before the first change', async () => {
    const file = join(await tempDir(), 'nested', 'data', 'db.json');
    const store = await openLowdbStore(file);
    await store.flush();
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    await store.setState('u', { a: 1 });
    await store.close();
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
    const again = await openLowdbStore(file); // context comes back from the journal
    expect(await again.getState('u')).toEqual({ a: 1 });
    await again.close();
  });

  test('one instance per file in a process; a closed store refuses changes', async () => {
    const file = join(await tempDir(), 'db.json');
    const a = await openLowdbStore(file);
    await expect(openLowdbStore(file)).rejects.toThrow(/已在本进程中打开/);
    await a.close();
    await expect(a.setState('u', {})).rejects.toThrow(/已关闭/);
    const b = await openLowdbStore(file);
    await b.close();
  });
});

describe('lowdb store: atomic, batched writes', () => {
  test('a write replaces the file by rename (new inode), it does not rewrite it in place', async () => {
    const file = join(await tempDir(), 'db.json');
    const store = await openLowdbStore(file);
    await store.setState('u', { n: 1 });
    await store.flush();
    const first = (await stat(file)).ino;
    await store.setState('u', { n: 2 });
    await store.flush();
    expect((await stat(file)).ino).not.toBe(first);
    await store.close();
  });

  test('the write goes through .db.json.tmp: when it cannot be written, db.json keeps its old content', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const { logger, lines } = captureLogger();
    const store = await openLowdbStore(file, { logger });
    await store.setState('u', { n: 1 });
    await store.flush();
    const good = await readFile(file, 'utf8');

    await mkdir(join(dir, '.db.json.tmp')); // the temp file's name is taken by a folder
    await store.setState('u', { n: 2 });
    await expect(store.flush()).rejects.toThrow(/EISDIR/);
    expect(await readFile(file, 'utf8')).toBe(good);
    expect(lines.some((l) => l.level === 50 && String(l.msg).includes('写入失败') && String(l.msg).includes(file))).toBe(true);
    expect(await store.getState('u')).toEqual({ n: 2 }); // still in memory

    await rmdir(join(dir, '.db.json.tmp'));
    await store.flush(); // retried
    expect(JSON.parse(await readFile(file, 'utf8')).seq).toBe(2);
    expect(lines.some((l) => String(l.msg).includes('恢复写入'))).toBe(true);
    await store.close();
  });

  test('a burst of 1,000 turns is written once, on flush', async () => {
    const file = join(await tempDir(), 'db.json');
    const store = await openLowdbStore(file);
    for (let i = 0; i < 1000; i++) await store.logTurn(turn(`u${i % 10}`, `问题 ${i}`));
    expect(store.writeCount).toBe(0);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    await store.flush();
    expect(store.writeCount).toBe(1);
    await store.flush(); // nothing new: no write
    expect(store.writeCount).toBe(1);
    expect(JSON.parse(await readFile(file, 'utf8')).turns).toHaveLength(1000);
    await store.close();
  });

  test('a change is written once after debounceMs, however many changes come in between (fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const file = join(await tempDir(), 'db.json');
    const store = await openLowdbStore(file, { debounceMs: 200 });
    await store.logTurn(turn('u', '一'));
    vi.advanceTimersByTime(150);
    await store.logTurn(turn('u', '二'));
    vi.advanceTimersByTime(49);
    await store.idle();
    expect(store.writeCount).toBe(0);
    vi.advanceTimersByTime(1); // 200 ms after the first change
    await store.idle();
    expect(store.writeCount).toBe(1);
    expect(JSON.parse(await readFile(file, 'utf8')).turns.map((t: { text: string }) => t.text)).toEqual(['一', '二']);
    vi.advanceTimersByTime(1000); // nothing pending: no further write
    await store.idle();
    expect(store.writeCount).toBe(1);
    await store.close();
  });
});

describe('lowdb store: a corrupt file', () => {
  const cases: Array<[string, string]> = [
    ['not JSON', '{"version":1,"users":{'],
    ['empty file', ''],
    ['wrong shape', JSON.stringify({ version: 1, users: {}, turns: 'oops', unanswered: {}, feedback: [] })],
    ['a turn without a time', JSON.stringify({ version: 1, users: {}, turns: [{ id: 'x', user: 'u' }], unanswered: {}, feedback: [] })],
    ['an array', '[1,2,3]'],
    ['another version', JSON.stringify({ version: 2, users: {}, turns: [], unanswered: {}, feedback: [] })],
  ];

  test.each(cases)('%s: kept aside with its content, clear log line, the store starts empty', async (_name, content) => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    await writeFile(file, content);
    const { logger, lines } = captureLogger();
    const store = await openLowdbStore(file, { logger });

    const aside = (await readdir(dir)).filter((n) => n.startsWith('db.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(content);
    const line = lines.find((l) => l.level === 50);
    expect(String(line?.msg)).toContain('数据库文件已损坏');
    expect(String(line?.msg)).toContain(file);
    expect(String(line?.msg)).toContain(aside[0]);
    expect((await store.stats()).total).toBe(0);

    await store.logTurn(turn('u', '新的开始'));
    await store.close();
    expect(JSON.parse(await readFile(file, 'utf8')).turns).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(content); // never overwritten
  });

  test('read-only (commands): a corrupt file throws naming it and is left where it is', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    await writeFile(file, '{oops');
    await expect(openLowdbStore(file, { readOnly: true })).rejects.toThrow(file);
    expect(await readdir(dir)).toEqual(['db.json']);
  });

  test('a valid file is loaded as it is (no renaming)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const data = {
      version: 1,
      users: { u: { state: { y: 1 }, updated: new Date().toISOString() } },
      turns: [],
      unanswered: {},
      feedback: [],
    };
    await writeFile(file, JSON.stringify(data));
    const store = await openLowdbStore(file);
    expect(await store.getState('u')).toEqual({ y: 1 });
    expect(await readdir(dir)).toEqual(['db.json', 'db.json.lock']);
    await store.close();
  });
});
