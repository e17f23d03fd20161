/** Console channel: piped input answered line by line in order, interactive greeting, “退出”. */
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { CONSOLE_GREETING, startConsole } from '../../src/channels/console.js';
import { createCore } from '../../src/core/bot.js';
import { fakeCore } from './helpers.js';

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString('utf8')));
  return { input, output, text: () => text };
}

describe('console channel', () => {
  test('piped: one answer per line, in order, no greeting; ends at EOF after the last answer', async () => {
    const core = fakeCore({ delayMs: 2 });
    const s = streams();
    const ch = startConsole({ core, input: s.input, output: s.output, interactive: false });
    s.input.end('第一个问题\n\n  第二个问题  \n第三个问题');
    await ch.done;
    expect(s.text()).toBe('答：第一个问题\n答：第二个问题\n答：第三个问题\n');
    expect(core.received.map((m) => m.text)).toEqual(['第一个问题', '第二个问题', '第三个问题']);
    expect(core.received.every((m) => m.channel === 'console' && m.user === 'console' && !m.staff)).toBe(true);
  });

  test('interactive: greeting and prompt; “退出” ends the session', async () => {
    const core = fakeCore();
    const s = streams();
    const ch = startConsole({ core, input: s.input, output: s.output, interactive: true, staff: true });
    s.input.write('你好\n');
    await new Promise((r) => setTimeout(r, 20));
    s.input.write('退出\n');
    await ch.done;
    expect(s.text()).toContain(CONSOLE_GREETING);
    expect(CONSOLE_GREETING).toContain('输入“退出”结束');
    expect(s.text()).toContain('答：你好');
    expect(core.received).toHaveLength(1);
    expect(core.received[0]!.staff).toBe(true);
  });

  test('stop() waits for the answer in flight', async () => {
    const core = fakeCore();
    core.hold();
    const s = streams();
    const ch = startConsole({ core, input: s.input, output: s.output, interactive: false });
    s.input.write('慢问题\n');
    await new Promise((r) => setTimeout(r, 10));
    const stopping = ch.stop();
    setTimeout(() => core.release(), 20);
    await stopping;
    expect(s.text()).toBe('答：慢问题\n');
  });

  test('a failing core gives the short error note, and the session goes on', async () => {
    const core = fakeCore();
    let first = true;
    const reply = core.reply;
    core.reply = async (m) => {
      if (first) {
        first = false;
        throw new Error('boom');
      }
      return reply(m);
    };
    const s = streams();
    const ch = startConsole({ core, input: s.input, output: s.output, interactive: false });
    s.input.end('a\nb\n');
    await ch.done;
    expect(s.text()).toMatch(/^抱歉.*\n答：b\n$/);
  });

  test('with the real core: a non-empty answer per line', async () => {
    const core = await createCore({});
    const s = streams();
    const ch = startConsole({ core, input: s.input, output: s.output, interactive: false });
    s.input.end('你好\n');
    await ch.done;
    expect(s.text().trim().length).toBeGreaterThan(0);
    await core.close();
  });
});
