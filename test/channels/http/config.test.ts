/** HTTP settings: defaults, validation with one-line errors naming the variable, and the real CLI start/stop. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, redactedConfig } from '../../../src/config.js';
import { reportsDir } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

function fails(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('HTTP settings', () => {
  test('defaults: 127.0.0.1:8080, platform API roots', () => {
    const c = loadConfig({ CHANNELS: 'web,console' });
    expect(c.channels).toEqual(['web', 'console']);
    expect(c.http).toMatchObject({ port: 8080, host: '127.0.0.1', allowedOrigins: [] });
    expect(c.http.wechatMp.apiRoot).toBe('https://api.weixin.qq.com');
    expect(c.http.wecom.apiRoot).toBe('https://qyapi.weixin.qq.com');
  });

  test('each channel names what it misses', () => {
    expect(fails({ CHANNELS: 'wechat-mp' }).variable).toBe('WECHAT_MP_TOKEN');
    expect(fails({ CHANNELS: 'wechat-mp', WECHAT_MP_TOKEN: 'tok123', WECHAT_MP_AES_KEY: AES }).variable).toBe('WECHAT_MP_APPID');
    expect(fails({ CHANNELS: 'wechat-mp', WECHAT_MP_TOKEN: 'tok123', WECHAT_MP_AES_KEY: 'short' }).variable).toBe('WECHAT_MP_AES_KEY');
    expect(fails({ CHANNELS: 'wecom' }).variable).toBe('WECOM_CORP_ID');
    expect(fails({ CHANNELS: 'wecom', WECOM_CORP_ID: 'ww1', WECOM_AGENT_ID: '1000002', WECOM_TOKEN: 'tok', WECOM_SECRET: 's' }).variable).toBe('WECOM_AES_KEY');
    expect(fails({ CHANNELS: 'web', HTTP_PORT: '99999' }).message).toMatch(/HTTP_PORT.*\/.*HTTP_PORT/);
    expect(fails({ CHANNELS: 'web', WEB_ALLOWED_ORIGINS: 'www.example.gov.cn/path' }).variable).toBe('WEB_ALLOWED_ORIGINS');
    expect(fails({ CHANNELS: 'web', WECHAT_API_ROOT: 'ftp://x' }).variable).toBe('WECHAT_API_ROOT');
    expect(fails({ CHANNELS: 'sms' }).message).toContain('wechat-mp');
  });

  test('STAFF_IDS accepts WeCom userids; secrets are redacted', () => {
    const c = loadConfig({
      CHANNELS: 'wecom',
      WECOM_CORP_ID: 'ww1',
      WECOM_AGENT_ID: '1000002',
      WECOM_TOKEN: 'tok',
      WECOM_SECRET: 'topsecret',
      WECOM_AES_KEY: AES,
      STAFF_IDS: 'wecom:ZhangSan,tg:123',
    });
    expect(c.staffIds).toEqual(['wecom:ZhangSan', 'tg:123']);
    const shown = JSON.stringify(redactedConfig(c));
    expect(shown).not.toContain('topsecret');
    expect(shown).not.toContain(AES);
  });
});

describe('disclosure-bot start --channels web (the built CLI)', () => {
  test('serves /healthz and /api/ask, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'http-cli-'));
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'start', '--channels', 'web', '--reports', reportsDir(), '--db', join(dir, 'db.json')], {
      env: { ...process.env, HTTP_PORT: '0', LOG_LEVEL: 'info', CHANNELS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const t = setInterval(() => {
          const m = /HTTP server listening: (http:\/\/[\d.]+:\d+)/.exec(out);
          if (m) {
            clearInterval(t);
            resolve(m[1]!);
          }
        }, 20);
        void exited.then(() => reject(new Error(`exited early: ${out}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const r = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"session":"cli","text":"电话是多少"}' });
      expect(((await r.json()) as { answer: string }).answer).toContain('0451-82705546');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toContain('已停止');
  });
});
