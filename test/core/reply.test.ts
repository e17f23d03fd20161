import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core/bot.js';
import { openLowdbStore } from '../../src/store/lowdb.js';
import { createMemoryStore } from '../../src/store/memory.js';

const NANGANG = 'data/reports/南岗区人民政府办公室-2022.txt';

async function reportsDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'reports-'));
  await copyFile(NANGANG, join(dir, '南岗区人民政府办公室-2022.txt'));
  return dir;
}

describe('reply() with real storage', () => {
  it('follow-up context survives a restart (lowdb on disk)', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'db-')), 'db.json');
    const store1 = await openLowdbStore(db);
    const core1 = await createCore({ store: store1 });
    await core1.reply({ user: 'u1', text: '不予公开的申请有几件', channel: 'console' });
    await core1.close();
    const core2 = await createCore({ store: await openLowdbStore(db) });
    const a = await core2.reply({ user: 'u1', text: '那无法提供的呢', channel: 'console' });
    expect(a.text).toMatch(/无法提供.*8 件/);
    await core2.close();
    const saved = JSON.parse(await readFile(db, 'utf8'));
    expect(JSON.stringify(saved)).toContain('不予公开');
  });

  it('personal data in questions is masked before it is stored', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'db-')), 'db.json');
    const core = await createCore({ store: await openLowdbStore(db) });
    await core.reply({ user: 'u1', text: '我的手机13912345678，邮箱zhang@example.com，能帮我查社保吗', channel: 'console' });
    await core.close();
    const raw = await readFile(db, 'utf8');
    expect(raw).not.toContain('13912345678');
    expect(raw).not.toContain('zhang@example.com');
    expect(raw).toContain('139****5678');
  });

  it('👍 right after an answer is stored as feedback for that intent', async () => {
    const store = createMemoryStore();
    const core = await createCore({ store });
    await core.reply({ user: 'u1', text: '电话是多少', channel: 'wechat' });
    const fb = await core.reply({ user: 'u1', text: '👍', channel: 'wechat' });
    expect(fb.kind).toBe('feedback');
    const stats = await store.stats();
    expect(stats.feedback.up).toBe(1);
    expect(stats.feedback.byIntent['contact.phone']).toEqual({ up: 1, down: 0 });
  });

  it('👍 or 👎 right after a fallback is feedback too, not a new question', async () => {
    const store = createMemoryStore();
    const core = await createCore({ store });
    const first = await core.reply({ user: 'u2', text: '明天天气怎么样', channel: 'wechat' });
    expect(first.fallback).toBe(true);
    const fb = await core.reply({ user: 'u2', text: '👎', channel: 'wechat' });
    expect(fb.kind).toBe('feedback');
    expect(fb.fallback).toBe(false);
    expect((await store.stats()).feedback.down).toBe(1);
  });

  it('👍 or 👎 before any answer: a kind word, not a fallback, and nothing counted', async () => {
    const store = createMemoryStore();
    const core = await createCore({ store });
    const up = await core.reply({ user: 'u3', text: '👍', channel: 'wechat' });
    expect(up).toMatchObject({ kind: 'feedback', fallback: false });
    expect(up.text).toContain('谢谢');
    const down = await core.reply({ user: 'u4', text: '👎', channel: 'wechat' });
    expect(down).toMatchObject({ kind: 'feedback', fallback: false });
    expect(down.text).toContain('抱歉');
    expect((await store.stats()).feedback).toMatchObject({ up: 0, down: 0 });
  });

  it('10,000 turns from 500 users leave exactly the expected counts', async () => {
    const store = createMemoryStore({ maxTurns: 20_000 });
    const core = await createCore({ store });
    const questions = ['电话是多少', '收到多少申请', '今天天气怎么样', '如何申请政府信息公开'];
    for (let i = 0; i < 10_000; i++) await core.reply({ user: `u${i % 500}`, text: questions[i % 4]!, channel: 'batch' });
    const stats = await store.stats();
    expect(stats.total).toBe(10_000);
    expect(Math.round(stats.fallbackPct)).toBe(25);
    const unanswered = await store.unanswered();
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]!.count).toBe(2_500);
    expect(stats.topIntents.find((t) => t.intent === 'contact.phone')?.count).toBe(2_500);
  });
});

describe('staff through reply()', () => {
  it('/reload with a broken file keeps the previous version of that report', async () => {
    const dir = await reportsDir();
    const core = await createCore({ reportsDir: dir });
    expect(core.reports().map((r) => r.id)).toEqual(['南岗区人民政府办公室-2022']);
    await writeFile(join(dir, '南岗区人民政府办公室-2022.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    const out = await core.reply({ user: 'staff1', text: '/reload', channel: 'wechat', staff: true });
    expect(out.kind).toBe('staff');
    expect(out.text).toContain('南岗区人民政府办公室-2022.txt');
    expect(core.reports().map((r) => r.id)).toEqual(['南岗区人民政府办公室-2022']);
    const a = await core.reply({ user: 'c1', text: '不予公开的有多少', channel: 'wechat' });
    expect(a.text).toMatch(/2 件/);
  });

  it('/reload picks up a new report dropped into the folder', async () => {
    const dir = await reportsDir();
    const core = await createCore({ reportsDir: dir });
    await copyFile('test/fixtures/reports/沭阳县人民政府-2025.md', join(dir, '沭阳县人民政府-2025.md'));
    await core.reply({ user: 's', text: '/reload', channel: 'console', staff: true });
    const a = await core.reply({ user: 'c', text: '沭阳县收到多少申请', channel: 'console' });
    expect(a.text).toMatch(/713 件/);
  });

  it('a broken intent file at reload keeps its previous intents', async () => {
    const intents = await mkdtemp(join(tmpdir(), 'intents-'));
    for (const f of ['contact.yml', 'smalltalk.yml', 'out_of_scope.yml']) await copyFile(join('intents', f), join(intents, f));
    const core = await createCore({ intentsDir: intents });
    await writeFile(join(intents, 'contact.yml'), 'topic: [broken\n');
    const out = await core.reply({ user: 's', text: '/reload', channel: 'console', staff: true });
    expect(out.text).toMatch(/contact\.yml/);
    const a = await core.reply({ user: 'c', text: '电话是多少', channel: 'console' });
    expect(a.text).toContain('0451-82705546');
  });

  it('"/constructor" from staff is not a command and does not crash', async () => {
    const core = await createCore();
    for (const text of ['/constructor', '/__proto__', '/toString']) {
      const a = await core.reply({ user: 's', text, channel: 'wechat', staff: true });
      expect(a.text.length, text).toBeGreaterThan(0);
      expect(a.kind, text).not.toBe('staff');
    }
  });

  it('staff commands are refused to citizens', async () => {
    const core = await createCore();
    const a = await core.reply({ user: 'c', text: '/unanswered', channel: 'wechat' });
    expect(a.text).toMatch(/仅供工作人员/);
  });
});

it('a reports folder with nothing usable still answers procedure questions', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'empty-'));
  await mkdir(join(dir, 'x'), { recursive: true });
  await writeFile(join(dir, 'broken.txt'), '');
  const core = await createCore({ reportsDir: dir });
  expect(core.loadErrors().map((e) => e.file)).toEqual(expect.arrayContaining([expect.stringContaining('broken.txt')]));
  const a = await core.reply({ user: 'c', text: '申请信息公开收不收费', channel: 'console' });
  expect(a.text).toMatch(/不收取费用/);
  const b = await core.reply({ user: 'c', text: '收到多少申请', channel: 'console' });
  expect(b.text.length).toBeGreaterThan(0);
});

it('a broken figures.yml at reload keeps the figure words', async () => {
  const intents = await mkdtemp(join(tmpdir(), 'intents-'));
  for (const f of ['figures.yml', 'contact.yml', 'smalltalk.yml', 'out_of_scope.yml']) await copyFile(join('intents', f), join(intents, f));
  const core = await createCore({ intentsDir: intents });
  await writeFile(join(intents, 'figures.yml'), 'topic: [broken\n');
  await core.reply({ user: 's', text: '/reload', channel: 'console', staff: true });
  const a = await core.reply({ user: 'c', text: '企业申请了几次', channel: 'console' });
  expect(a.text).toMatch(/商业企业.*0 件/);
});
