/**
 * Configuration: defaults, one-line bilingual errors naming the variable, quiet .env reading, secrets
 * kept out of logs, and exit code 2 from the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { checkPaths, ConfigError, loadConfig, readEnv, redactedConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const TOKEN = '123456789:AAE_fake_token_for_tests_0123456789ab';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  test('defaults: console only, rate limit 20, quiet logging', () => {
    const c = loadConfig({});
    expect(c.channels).toEqual(['console']);
    expect(c.rateLimit).toBe(20);
    expect(c.logLevel).toBe('warn');
    expect(c.wechat.puppet).toBe('wechaty-puppet-wechat4u');
    expect(c.telegram.webhookPort).toBe(8080);
    expect(c.staffIds).toEqual([]);
    expect(c.db).toBeUndefined();
  });

  test('is pure: reads only the env it is given', () => {
    process.env.CHANNELS = 'telegram';
    try {
      expect(loadConfig({}).channels).toEqual(['console']);
    } finally {
      delete process.env.CHANNELS;
    }
  });

  test('a full valid environment', () => {
    const c = loadConfig({
      CHANNELS: 'wechat, telegram,console,telegram',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.gov.cn/telegram',
      TELEGRAM_WEBHOOK_PORT: '8443',
      WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_service_token_abc',
      WECHAT_FRIEND_KEYWORD: '政务公开',
      DISCLOSURE_REPORTS_DIR: 'data/reports',
      DISCLOSURE_DB: '/tmp/x/db.json',
      DEFAULT_OFFICE: '南岗区人民政府办公室',
      STAFF_IDS: 'tg:42，wx:wxid_abc,console',
      STAFF_GROUPS: '政务公开工作群, tg:-1001234567890',
      RATE_LIMIT: '30',
      LOG_LEVEL: 'DEBUG',
    });
    expect(c.channels).toEqual(['wechat', 'telegram', 'console']);
    expect(c.wechat.puppet).toBe('wechaty-puppet-service'); // a service token alone picks the service puppet
    expect(c.staffIds).toEqual(['tg:42', 'wx:wxid_abc', 'console']);
    expect(c.staffGroups).toEqual(['政务公开工作群', 'tg:-1001234567890']);
    expect(c.telegram.webhookPort).toBe(8443);
    expect(c.rateLimit).toBe(30);
    expect(c.logLevel).toBe('debug');
  });

  const cases: Array<[string, Record<string, string>, RegExp?]> = [
    ['CHANNELS', { CHANNELS: 'console,sms' }, /sms/],
    ['TELEGRAM_BOT_TOKEN', { CHANNELS: 'telegram' }, /BotFather/],
    ['TELEGRAM_BOT_TOKEN', { CHANNELS: 'telegram', TELEGRAM_BOT_TOKEN: 'not-a-token' }, /BotFather/],
    ['TELEGRAM_API_ROOT', { TELEGRAM_API_ROOT: 'api.telegram.org' }],
    ['TELEGRAM_API_ROOT', { TELEGRAM_API_ROOT: 'ftp://example.com' }],
    ['TELEGRAM_WEBHOOK_URL', { TELEGRAM_WEBHOOK_URL: 'bot.example.gov.cn/tg' }],
    ['TELEGRAM_WEBHOOK_PORT', { TELEGRAM_WEBHOOK_PORT: '70000' }],
    ['TELEGRAM_WEBHOOK_PORT', { TELEGRAM_WEBHOOK_PORT: 'http' }],
    ['WECHATY_PUPPET', { WECHATY_PUPPET: 'wechaty-puppet-wechat' }, /wechat4u/],
    ['WECHATY_PUPPET', { WECHATY_PUPPET: 'padlocal' }],
    ['WECHATY_PUPPET_SERVICE_TOKEN', { CHANNELS: 'wechat', WECHATY_PUPPET: 'wechaty-puppet-service' }],
    ['STAFF_IDS', { STAFF_IDS: 'tg:1,12345' }, /12345/],
    ['STAFF_IDS', { STAFF_IDS: 'tg:abc' }],
    ['STAFF_GROUPS', { STAFF_GROUPS: 'tg:工作群' }],
    ['RATE_LIMIT', { RATE_LIMIT: '0' }],
    ['RATE_LIMIT', { RATE_LIMIT: 'many' }],
    ['RATE_LIMIT', { RATE_LIMIT: '2.5' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
  ];
  test.each(cases)('%s: one line, Chinese / English, names the variable (%j)', (variable, env, extra) => {
    const err = configError(env);
    expect(err.variable).toBe(variable);
    expect(err.exitCode).toBe(2);
    expect(err.message).not.toMatch(/\n/);
    const [zh, en] = err.message.split(' / ');
    expect(zh).toContain(variable);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toContain(variable);
    expect(en).toMatch(/\b(is|must|has|use|give)\b/);
    if (extra) expect(err.message).toMatch(extra);
  });

  test('the exact message for a missing Telegram token', () => {
    expect(configError({ CHANNELS: 'telegram' }).message).toBe(
      '缺少 TELEGRAM_BOT_TOKEN：请向 @BotFather 申请机器人令牌 / TELEGRAM_BOT_TOKEN is missing: get a bot token from @BotFather',
    );
  });

  test('a malformed token is never echoed', () => {
    const secret = '99999:short';
    const err = configError({ CHANNELS: 'telegram', TELEGRAM_BOT_TOKEN: secret });
    expect(err.message).not.toContain(secret);
  });

  test('a token is not required when Telegram is off; the service token only when WeChat is on', () => {
    expect(() => loadConfig({ CHANNELS: 'console', WECHATY_PUPPET: 'wechaty-puppet-service' })).not.toThrow();
  });
});

describe('checkPaths', () => {
  test('a reports folder that does not exist names DISCLOSURE_REPORTS_DIR', () => {
    const c = loadConfig({ DISCLOSURE_REPORTS_DIR: '/nonexistent/reports-folder' });
    expect(() => checkPaths(c)).toThrow(/DISCLOSURE_REPORTS_DIR/);
  });
  test('a database path that is a folder names DISCLOSURE_DB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    expect(() => checkPaths(loadConfig({ DISCLOSURE_DB: dir }))).toThrow(/DISCLOSURE_DB/);
    expect(() => checkPaths(loadConfig({ DISCLOSURE_DB: join(dir, 'db.json'), DISCLOSURE_REPORTS_DIR: dir }))).not.toThrow();
  });
});

describe('readEnv (.env)', () => {
  test('reads a .env file under the real environment, printing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nCHANNELS=telegram\nTELEGRAM_BOT_TOKEN=' + TOKEN + '\nRATE_LIMIT=7\nEMPTY=\n');
    const out = vi.spyOn(process.stdout, 'write');
    const log = vi.spyOn(console, 'log');
    try {
      const env = readEnv(file, { RATE_LIMIT: '9' });
      expect(env.CHANNELS).toBe('telegram');
      expect(env.RATE_LIMIT).toBe('9'); // the real environment wins
      const c = loadConfig(env);
      expect(c.channels).toEqual(['telegram']);
      expect(c.rateLimit).toBe(9);
      expect(out).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      out.mockRestore();
      log.mockRestore();
    }
  });
  test('no .env file: the environment as given', () => {
    expect(readEnv('/nonexistent/.env', { A: '1' })).toEqual({ A: '1' });
  });
});

describe('secrets', () => {
  test('redactedConfig masks the tokens', () => {
    const c = loadConfig({ CHANNELS: 'telegram,wechat', TELEGRAM_BOT_TOKEN: TOKEN, WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_abcdefgh123' });
    const s = JSON.stringify(redactedConfig(c));
    expect(s).not.toContain(TOKEN);
    expect(s).not.toContain('puppet_abcdefgh123');
  });
  test('the logger redacts token fields and token-shaped strings (URLs, error messages)', () => {
    let out = '';
    const dest = new Writable({
      write(chunk, _enc, cb) {
        out += String(chunk);
        cb();
      },
    });
    const log = createLogger({ level: 'info', destination: dest });
    const c = loadConfig({ CHANNELS: 'telegram', TELEGRAM_BOT_TOKEN: TOKEN });
    log.info({ config: c }, 'config');
    log.info({ token: 'abc-secret' }, 'field');
    log.error(new Error(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`));
    log.warn(`calling /bot${TOKEN}/sendMessage`);
    expect(out).not.toContain(TOKEN);
    expect(out).not.toContain('abc-secret');
    expect(out).toContain('[redacted]');
  });
});

describe('the CLI', () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, [CLI, 'start', ...args], {
      cwd: mkdtempSync(join(tmpdir(), 'cli-')),
      env: { PATH: process.env.PATH ?? '', ...env },
      input: '',
      encoding: 'utf8',
      timeout: 20_000,
    });

  test.skipIf(!existsSync(CLI))('a missing token: exit 2, one line on stderr, nothing on stdout', () => {
    const r = run({ CHANNELS: 'telegram' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('TELEGRAM_BOT_TOKEN');
  });

  test.skipIf(!existsSync(CLI))('--channels overrides CHANNELS and is validated the same way', () => {
    const r = run({ CHANNELS: 'console' }, ['--channels', 'fax']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('CHANNELS');
  });

  test.skipIf(!existsSync(CLI))('a .env in the working directory is read quietly', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(cwd, '.env'), 'RATE_LIMIT=zero\n');
    const r = spawnSync(process.execPath, [CLI, 'start'], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
      input: '',
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('RATE_LIMIT');
  });
});
