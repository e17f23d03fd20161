/** Shared guards: queues, rate limit, de-duplication, splitting, mentions, staff; and the 1,000-message flood. */
import { describe, expect, test } from 'vitest';
import {
  Dedupe,
  Guard,
  NOTES,
  RateLimiter,
  isStaff,
  mentionsName,
  sentences,
  splitMessage,
  stripMention,
} from '../../src/channels/guard.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RateLimiter', () => {
  test('sliding window per user', () => {
    let now = 0;
    const rl = new RateLimiter(3, 60_000, () => now);
    expect([rl.hit('a'), rl.hit('a'), rl.hit('a'), rl.hit('a')]).toEqual([true, true, true, false]);
    expect(rl.hit('b')).toBe(true);
    now = 59_999;
    expect(rl.hit('a')).toBe(false);
    now = 60_001;
    expect(rl.hit('a')).toBe(true);
  });
  test('0 disables it', () => {
    const rl = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(rl.hit('a')).toBe(true);
  });
});

describe('Dedupe', () => {
  test('an id is new once', () => {
    const d = new Dedupe(3);
    expect(d.seen('1')).toBe(false);
    expect(d.seen('1')).toBe(true);
    d.seen('2');
    d.seen('3');
    d.seen('4'); // evicts 1
    expect(d.seen('1')).toBe(false);
  });
});

describe('Guard', () => {
  test("a user's messages run one at a time, in order", async () => {
    const g = new Guard({ maxQueue: 100 });
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    for (let i = 0; i < 10; i++) {
      g.submit('u', async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await tick();
        log.push(`m${i}`);
        running--;
      });
    }
    await g.idle();
    expect(log).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`));
    expect(maxRunning).toBe(1);
  });

  test('different users run independently', async () => {
    const g = new Guard();
    const slow = deferred();
    const done: string[] = [];
    g.submit('a', async () => {
      await slow.promise;
      done.push('a');
    });
    g.submit('b', async () => {
      done.push('b');
    });
    await g.idle('b');
    expect(done).toEqual(['b']);
    slow.resolve();
    await g.idle();
    expect(done).toEqual(['b', 'a']);
  });

  test('a bounded queue drops extras and asks for one note', async () => {
    const g = new Guard({ maxQueue: 2 });
    const gate = deferred();
    const results = Array.from({ length: 6 }, () => g.submit('u', () => gate.promise));
    expect(results.slice(0, 3).every((r) => r.ok)).toBe(true); // one running + two waiting
    expect(results[3]).toEqual({ ok: false, reason: 'queue', notify: true });
    expect(results[4]).toEqual({ ok: false, reason: 'queue', notify: false });
    gate.resolve();
    await g.idle();
  });

  test('a failing task does not stop the queue', async () => {
    const errors: unknown[] = [];
    const g = new Guard({ onError: (e) => errors.push(e) });
    const done: number[] = [];
    g.submit('u', async () => {
      throw new Error('boom');
    });
    g.submit('u', async () => {
      done.push(2);
    });
    await g.idle();
    expect(done).toEqual([2]);
    expect(errors).toHaveLength(1);
  });

  test('close() refuses new work and waits for queued and running work', async () => {
    const g = new Guard();
    const gate = deferred();
    const done: string[] = [];
    g.submit('u', async () => {
      await gate.promise;
      done.push('first');
    });
    g.submit('u', async () => {
      done.push('second');
    });
    const closing = g.close();
    expect(g.submit('v', async () => {})).toEqual({ ok: false, reason: 'closed', notify: false });
    let closed = false;
    void closing.then(() => (closed = true));
    await tick();
    expect(closed).toBe(false);
    gate.resolve();
    await closing;
    expect(done).toEqual(['first', 'second']);
  });
});

describe('flood: 1,000 messages from one user', () => {
  test('rate-limited with one polite note; another user is answered before the flood drains', async () => {
    const order: string[] = [];
    const notes: string[] = [];
    // a core that takes a moment per answer (each answer yields to the event loop)
    const reply = async (user: string, text: string) => {
      await tick();
      order.push(`${user}:${text}`);
    };
    const g = new Guard({ perMinute: 20, maxQueue: 5 });
    const admit = (user: string, text: string) => {
      const a = g.submit(user, () => reply(user, text));
      if (!a.ok && a.notify) notes.push(a.reason === 'rate' ? NOTES.rateLimited : NOTES.queueFull);
      return a;
    };

    const verdicts = Array.from({ length: 1000 }, (_, i) => admit('flood', `q${i}`));
    const accepted = verdicts.filter((v) => v.ok).length;
    const other = admit('citizen', '依申请公开多少件？');
    expect(other.ok).toBe(true);

    await g.idle('citizen');
    // answered while the flood user's queue still has work
    expect(order).toContain('citizen:依申请公开多少件？');
    const floodAnsweredBefore = order.filter((o) => o.startsWith('flood:')).length;
    expect(floodAnsweredBefore).toBeLessThan(accepted);
    expect(g.queued('flood')).toBeGreaterThan(0);

    await g.idle();
    const floodAnswers = order.filter((o) => o.startsWith('flood:'));
    // bounded: one running + maxQueue waiting; in order
    expect(accepted).toBe(6);
    expect(floodAnswers).toEqual(['flood:q0', 'flood:q1', 'flood:q2', 'flood:q3', 'flood:q4', 'flood:q5']);
    // exactly one polite note for the 994 dropped messages
    expect(notes).toHaveLength(1);
    expect(verdicts.filter((v) => !v.ok)).toHaveLength(994);
  });

  test('the rate limit alone (a fast core): 20 a minute answered, the rest dropped with one note', async () => {
    let now = 0;
    const g = new Guard({ perMinute: 20, maxQueue: 10_000, now: () => now });
    let answered = 0;
    let notes = 0;
    for (let i = 0; i < 1000; i++) {
      const a = g.submit('flood', async () => {
        answered++;
      });
      if (!a.ok && a.notify) notes++;
    }
    await g.idle();
    expect(answered).toBe(20);
    expect(notes).toBe(1);
    now = 61_000; // a minute later the user may ask again
    expect(g.submit('flood', async () => {}).ok).toBe(true);
  });
});

describe('splitMessage', () => {
  test('short text stays whole', () => {
    expect(splitMessage('你好。', 4096)).toEqual(['你好。']);
  });
  test('splits at sentence boundaries, each part ≤ max', () => {
    const s = '第一句话比较长一些。第二句！第三句？\n第四句没有标点\n第五句。';
    const parts = splitMessage(s, 12);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(12);
      expect(p).toMatch(/[。！？]$|没有标点$/);
    }
    expect(parts.join('').replace(/\n/g, '')).toBe(s.replace(/\n/g, ''));
  });
  test('a 10,000-character answer becomes ≤4096-character messages at 。', () => {
    const sentence = '二〇二二年本机关共收到政府信息公开申请一百二十件，全部按时答复。';
    const text = sentence.repeat(Math.ceil(10_000 / sentence.length));
    const parts = splitMessage(text, 4096);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(p.endsWith('。')).toBe(true);
    }
    expect(parts.join('')).toBe(text);
  });
  test('one endless sentence is cut hard, never inside a surrogate pair', () => {
    const text = '😀'.repeat(5000);
    const parts = splitMessage(text, 4096);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(p.charCodeAt(p.length - 1)).not.toBe(0xd83d);
    }
    expect(parts.join('')).toBe(text);
  });
  test('sentences keep closing quotes with their end mark', () => {
    expect(sentences('他说：“好。”然后走了。')).toEqual(['他说：“好。”', '然后走了。']);
  });
});

describe('mentions', () => {
  test('WeChat mention separator and plain spaces', () => {
    expect(mentionsName('@政务小助手\u2005去年公开了多少文件', ['政务小助手'])).toBe(true);
    expect(mentionsName('@政务小助手去年', ['政务小助手'])).toBe(false);
    expect(mentionsName('请问 @政务小助手 去年', [undefined, '政务小助手'])).toBe(true);
    expect(stripMention('@政务小助手\u2005去年公开了多少文件', ['政务小助手'])).toBe('去年公开了多少文件');
    expect(stripMention('请问 @政务小助手 去年呢', ['政务小助手'])).toBe('请问 去年呢');
    expect(stripMention('@a.b 你好', ['a.b'])).toBe('你好');
  });
});

describe('isStaff', () => {
  const cfg = { staffIds: ['tg:42', 'wx:wxid_abc'], staffGroups: ['政务公开工作群', 'tg:-100123', 'wx:room1@chatroom'] };
  test('by user id, group id, or group topic with a staff owner', () => {
    expect(isStaff(cfg, 'tg:42')).toBe(true);
    expect(isStaff(cfg, 'tg:43')).toBe(false);
    expect(isStaff(cfg, 'tg:43', { id: 'tg:-100123' })).toBe(true);
    expect(isStaff(cfg, 'wx:x', { id: 'wx:room9@chatroom', topic: '政务公开工作群' })).toBe(false);
    expect(isStaff(cfg, 'wx:x', { id: 'wx:room9@chatroom', topic: '政务公开工作群', ownerIds: ['wx:wxid_abc'] })).toBe(true);
    expect(isStaff(cfg, 'wx:x', { id: 'wx:room1@chatroom' })).toBe(true);
    expect(isStaff(cfg, 'wx:x', { id: 'wx:room2@chatroom', topic: '闲聊群' })).toBe(false);
  });
});
