import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';

const TOKEN = '123456789:AAEabcdefghijklmnopqrstuvwxyz012345';

describe('logger', () => {
  it('a token nested anywhere in a log line is scrubbed (HTTP error causes, URLs in fields)', () => {
    const lines: string[] = [];
    const log = createLogger({ destination: { write: (l: string) => void lines.push(l) } as never });
    const err = Object.assign(new Error('outer'), { error: { message: `request to https://api.telegram.org/bot${TOKEN}/getUpdates failed` } });
    log.error({ err, url: `https://api.telegram.org/bot${TOKEN}/sendMessage`, deep: { a: { b: `token ${TOKEN}` } } }, 'boom');
    const out = lines.join('');
    expect(out).toContain('boom');
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain('AAEabcdefghijklmnopqrstuvwxyz');
  });
});
