/**
 * Configuration from the environment (and an optional `.env` file), validated once at start.
 *
 * `loadConfig(env)` is pure given `env`; `readEnv()` merges a `.env` file under the real environment
 * without printing anything (dotenv's `parse`, never `config`, which may log to stdout).
 * Every failure is a `ConfigError` whose message is ONE line, Chinese then English, naming the
 * variable and how to fix it. The start command prints it and exits with code 2.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './log.js';
import { STAFF_TOOL_VARIABLES, loadStaffToolsConfig, type StaffToolsConfig } from './staff/config.js';
import { HTTP_CHANNELS, HTTP_VARIABLES, loadHttpConfig, type HttpChannel, type HttpConfig } from './channels/http/config.js';

export type ChannelName = 'console' | 'wechat' | 'telegram' | HttpChannel;
export const CHANNEL_NAMES: readonly ChannelName[] = ['console', 'wechat', 'telegram', ...HTTP_CHANNELS];

export interface Config {
  channels: ChannelName[];
  telegram: {
    token?: string;
    apiRoot?: string;
    /** Webhook mode when set; long polling otherwise. */
    webhookUrl?: string;
    webhookPort: number;
  };
  wechat: {
    /** Puppet npm name; default wechaty-puppet-wechat4u (bundled with wechaty). */
    puppet: string;
    puppetServiceToken?: string;
    /** Accept friend requests only when the greeting contains this keyword (all when unset). */
    friendKeyword?: string;
  };
  /** The one HTTP server of the web, wechat-mp and wecom channels. */
  http: HttpConfig;
  reportsDir?: string;
  /** Storage file; unset: data/db.json of the package (src/store/paths.ts decides). */
  db?: string;
  /** postgres://…: the shared PostgreSQL store (several instances); unset: the embedded file. */
  databaseUrl?: string;
  defaultOffice?: string;
  /** Channel-prefixed ids: tg:123, wx:wxid_abc, console. */
  staffIds: string[];
  /** tg:<chat id>, wx:<room id> or a WeChat group topic. */
  staffGroups: string[];
  /** Messages per minute per user. */
  rateLimit: number;
  logLevel: LogLevel;
  /** Weekly digest, /admin token, draft size cap (src/staff/config.ts). */
  staffTools?: StaffToolsConfig;
}

/** Variables read by loadConfig, in the order they are checked. */
export const CONFIG_VARIABLES = [
  'CHANNELS',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_API_ROOT',
  'TELEGRAM_WEBHOOK_URL',
  'TELEGRAM_WEBHOOK_PORT',
  'WECHATY_PUPPET',
  'WECHATY_PUPPET_SERVICE_TOKEN',
  'WECHAT_FRIEND_KEYWORD',
  'DISCLOSURE_REPORTS_DIR',
  'DISCLOSURE_DB',
  'DATABASE_URL',
  'DEFAULT_OFFICE',
  'STAFF_IDS',
  'STAFF_GROUPS',
  'RATE_LIMIT',
  'LOG_LEVEL',
  ...HTTP_VARIABLES,
  ...STAFF_TOOL_VARIABLES,
] as const;
export type ConfigVariable = (typeof CONFIG_VARIABLES)[number];

export class ConfigError extends Error {
  readonly variable: string;
  readonly exitCode = 2;
  constructor(variable: string, zh: string, en: string) {
    super(`${zh} / ${en}`.replace(/[\r\n]+/g, ' '));
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

export const DEFAULT_PUPPET = 'wechaty-puppet-wechat4u';
export const SERVICE_PUPPET = 'wechaty-puppet-service';
export const DEFAULT_RATE_LIMIT = 20;
export const DEFAULT_WEBHOOK_PORT = 8080;

type Env = Record<string, string | undefined>;

/** Reads `file` (default `.env` in the working directory) if it exists; the real environment wins. */
export function readEnv(file = '.env', env: Env = process.env): Env {
  const path = resolve(file);
  if (!existsSync(path)) return { ...env };
  let parsed: Record<string, string> = {};
  try {
    parsed = parseDotenv(readFileSync(path));
  } catch (err) {
    throw new ConfigError(
      '.env',
      `无法读取 ${path}：${(err as Error).message}`,
      `cannot read ${path}: ${(err as Error).message}`,
    );
  }
  const merged: Env = { ...parsed };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) merged[k] = v;
  return merged;
}

/* ---------- helpers ---------- */

const str = (v: string | undefined): string | undefined => {
  const t = v?.trim();
  return t ? t : undefined;
};
const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);

const urlSchema = z.url({ protocol: /^https?$/ });
const portSchema = z.coerce.number().int().min(1).max(65535);
const rateSchema = z.coerce.number().int().min(1).max(600);
const tokenSchema = z.string().regex(/^\d{3,}:[A-Za-z0-9_-]{20,}$/);
const puppetSchema = z.string().regex(/^(@[a-z0-9-]+\/)?wechaty-puppet-[a-z0-9-]+$/);
const staffIdSchema = z.string().regex(/^(tg:\d+|wx:\S+|wecom:\S+|console)$/);
const channelSchema = z.enum(CHANNEL_NAMES as [ChannelName, ...ChannelName[]]);
const levelSchema = z.enum(LOG_LEVELS as [LogLevel, ...LogLevel[]]);

function check<T>(schema: z.ZodType<T>, value: unknown, fail: () => ConfigError): T {
  const r = schema.safeParse(value);
  if (!r.success) throw fail();
  return r.data;
}

/** Validates the environment. Pure: reads nothing but `env`. Throws ConfigError on the first problem. */
export function loadConfig(env: Env = process.env): Config {
  // CHANNELS
  const rawChannels = list(env.CHANNELS).map((c) => c.toLowerCase());
  const channels: ChannelName[] = [];
  for (const c of rawChannels.length ? rawChannels : ['console']) {
    const ch = check(channelSchema, c, () =>
      new ConfigError(
        'CHANNELS',
        `CHANNELS 的值“${c}”无效：可选 console、wechat、telegram、web、wechat-mp、wecom，多个用逗号分隔（默认 console）`,
        `CHANNELS has an invalid value "${c}": use console, wechat, telegram, web, wechat-mp and/or wecom, comma-separated (default console)`,
      ),
    );
    if (!channels.includes(ch)) channels.push(ch);
  }

  // Telegram
  const token = str(env.TELEGRAM_BOT_TOKEN);
  if (channels.includes('telegram')) {
    if (!token) {
      throw new ConfigError(
        'TELEGRAM_BOT_TOKEN',
        '缺少 TELEGRAM_BOT_TOKEN：请向 @BotFather 申请机器人令牌',
        'TELEGRAM_BOT_TOKEN is missing: get a bot token from @BotFather',
      );
    }
    check(tokenSchema, token, () =>
      new ConfigError(
        'TELEGRAM_BOT_TOKEN',
        'TELEGRAM_BOT_TOKEN 格式不对（应形如 123456789:AAE…）：请从 @BotFather 复制完整的令牌',
        'TELEGRAM_BOT_TOKEN is malformed (expected 123456789:AAE…): copy the whole token from @BotFather',
      ),
    );
  }
  const apiRoot = str(env.TELEGRAM_API_ROOT);
  if (apiRoot) {
    check(urlSchema, apiRoot, () =>
      new ConfigError(
        'TELEGRAM_API_ROOT',
        `TELEGRAM_API_ROOT 不是有效的网址（“${apiRoot}”）：留空使用 https://api.telegram.org，或填写自建 Bot API 服务器地址`,
        `TELEGRAM_API_ROOT is not a valid http(s) URL ("${apiRoot}"): leave it empty for https://api.telegram.org or give your own Bot API server`,
      ),
    );
  }
  const webhookUrl = str(env.TELEGRAM_WEBHOOK_URL);
  if (webhookUrl) {
    check(urlSchema, webhookUrl, () =>
      new ConfigError(
        'TELEGRAM_WEBHOOK_URL',
        `TELEGRAM_WEBHOOK_URL 不是有效的网址（“${webhookUrl}”）：填写 Telegram 能访问到的 https 地址，如 https://bot.example.gov.cn/telegram；留空则使用长轮询`,
        `TELEGRAM_WEBHOOK_URL is not a valid URL ("${webhookUrl}"): give the public https address Telegram should call, e.g. https://bot.example.gov.cn/telegram; leave it empty for long polling`,
      ),
    );
  }
  const portRaw = str(env.TELEGRAM_WEBHOOK_PORT);
  const webhookPort = portRaw
    ? check(portSchema, portRaw, () =>
        new ConfigError(
          'TELEGRAM_WEBHOOK_PORT',
          `TELEGRAM_WEBHOOK_PORT 应为 1–65535 之间的整数（“${portRaw}”）：本机接收 webhook 的 HTTP 端口，默认 ${DEFAULT_WEBHOOK_PORT}`,
          `TELEGRAM_WEBHOOK_PORT must be an integer 1–65535 ("${portRaw}"): the local HTTP port for the webhook, default ${DEFAULT_WEBHOOK_PORT}`,
        ),
      )
    : DEFAULT_WEBHOOK_PORT;

  // WeChat
  const serviceToken = str(env.WECHATY_PUPPET_SERVICE_TOKEN);
  const puppetRaw = str(env.WECHATY_PUPPET)?.toLowerCase();
  const puppet = puppetRaw ?? (serviceToken ? SERVICE_PUPPET : DEFAULT_PUPPET);
  if (puppetRaw) {
    check(puppetSchema, puppetRaw, () =>
      new ConfigError(
        'WECHATY_PUPPET',
        `WECHATY_PUPPET 的值“${puppetRaw}”无效：应为 wechaty-puppet-… 形式的包名；留空使用自带的 ${DEFAULT_PUPPET}`,
        `WECHATY_PUPPET has an invalid value "${puppetRaw}": give a wechaty-puppet-… package name, or leave it empty for the bundled ${DEFAULT_PUPPET}`,
      ),
    );
    if (puppetRaw === 'wechaty-puppet-wechat') {
      throw new ConfigError(
        'WECHATY_PUPPET',
        `不支持 WECHATY_PUPPET=wechaty-puppet-wechat（安装时要下载浏览器）：留空使用自带的 ${DEFAULT_PUPPET}，或改用 ${SERVICE_PUPPET} 并设置 WECHATY_PUPPET_SERVICE_TOKEN`,
        `WECHATY_PUPPET=wechaty-puppet-wechat is not supported (it downloads a browser): leave it empty for the bundled ${DEFAULT_PUPPET}, or use ${SERVICE_PUPPET} with WECHATY_PUPPET_SERVICE_TOKEN`,
      );
    }
  }
  if (channels.includes('wechat') && puppet === SERVICE_PUPPET && !serviceToken) {
    throw new ConfigError(
      'WECHATY_PUPPET_SERVICE_TOKEN',
      `缺少 WECHATY_PUPPET_SERVICE_TOKEN：使用 ${SERVICE_PUPPET} 需要向 puppet 服务商申请令牌；不用服务则清空 WECHATY_PUPPET`,
      `WECHATY_PUPPET_SERVICE_TOKEN is missing: ${SERVICE_PUPPET} needs a token from your puppet service provider; clear WECHATY_PUPPET to use the bundled puppet`,
    );
  }
  const friendKeyword = str(env.WECHAT_FRIEND_KEYWORD);

  // Data
  const reportsDir = str(env.DISCLOSURE_REPORTS_DIR);
  const db = str(env.DISCLOSURE_DB);
  const databaseUrl = str(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(?:ql)?:\/\/[^\s]+$/i.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL',
      'DATABASE_URL 应为 postgres://用户@主机:端口/数据库 形式（留空则使用本地数据文件）',
      'DATABASE_URL must look like postgres://user@host:port/database (leave it empty for the local data file)',
    );
  }
  const defaultOffice = str(env.DEFAULT_OFFICE);

  // Staff
  const staffIds = list(env.STAFF_IDS);
  for (const id of staffIds) {
    check(staffIdSchema, id, () =>
      new ConfigError(
        'STAFF_IDS',
        `STAFF_IDS 中的“${id}”格式不对：每项需带渠道前缀，写成 tg:数字ID（Telegram 用户 ID）、wx:微信ID 或 wecom:企业微信账号，多个用逗号分隔`,
        `STAFF_IDS entry "${id}" is malformed: prefix each id with its channel, tg:<numeric Telegram user id>, wx:<WeChat id> or wecom:<WeCom userid>, comma-separated`,
      ),
    );
  }
  const staffGroups = list(env.STAFF_GROUPS);
  for (const g of staffGroups) {
    if (/^tg:/.test(g) && !/^tg:-?\d+$/.test(g)) {
      throw new ConfigError(
        'STAFF_GROUPS',
        `STAFF_GROUPS 中的“${g}”格式不对：Telegram 群写成 tg:群的数字ID（如 tg:-1001234567890），微信群写群名或 wx:群ID`,
        `STAFF_GROUPS entry "${g}" is malformed: a Telegram group is tg:<numeric chat id> (e.g. tg:-1001234567890); a WeChat group is its topic or wx:<room id>`,
      );
    }
  }

  // Limits and logging
  const rateRaw = str(env.RATE_LIMIT);
  const rateLimit = rateRaw
    ? check(rateSchema, rateRaw, () =>
        new ConfigError(
          'RATE_LIMIT',
          `RATE_LIMIT 应为 1–600 之间的整数（“${rateRaw}”）：每位用户每分钟最多处理的消息数，默认 ${DEFAULT_RATE_LIMIT}`,
          `RATE_LIMIT must be an integer 1–600 ("${rateRaw}"): messages per minute per user, default ${DEFAULT_RATE_LIMIT}`,
        ),
      )
    : DEFAULT_RATE_LIMIT;
  const levelRaw = str(env.LOG_LEVEL)?.toLowerCase();
  const logLevel = levelRaw
    ? check(levelSchema, levelRaw, () =>
        new ConfigError(
          'LOG_LEVEL',
          `LOG_LEVEL 的值“${levelRaw}”无效：可选 ${LOG_LEVELS.join('、')}（默认 info；仅控制台时默认 warn）`,
          `LOG_LEVEL has an invalid value "${levelRaw}": use one of ${LOG_LEVELS.join(', ')} (default info; warn when only the console runs)`,
        ),
      )
    : channels.length === 1 && channels[0] === 'console'
      ? 'warn'
      : 'info';

  const http = loadHttpConfig(env, channels);
  const staffTools = loadStaffToolsConfig(env, (variable, zh, en) => {
    throw new ConfigError(variable, zh, en);
  });

  return {
    channels,
    http,
    telegram: { token, apiRoot, webhookUrl, webhookPort },
    wechat: { puppet, puppetServiceToken: serviceToken, friendKeyword },
    reportsDir,
    db,
    ...(databaseUrl ? { databaseUrl } : {}),
    defaultOffice,
    staffIds,
    staffGroups,
    rateLimit,
    logLevel,
    staffTools,
  };
}

/** Checks the paths in a valid config against the file system (separate: loadConfig stays pure). */
export function checkPaths(cfg: Config): void {
  if (cfg.reportsDir) {
    const dir = resolve(cfg.reportsDir);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new ConfigError(
        'DISCLOSURE_REPORTS_DIR',
        `DISCLOSURE_REPORTS_DIR 指向的文件夹不存在：${dir}：请填写存放年度报告文件的文件夹（或用 --reports 指定）`,
        `DISCLOSURE_REPORTS_DIR is not an existing folder: ${dir}: give the folder that holds the annual report files (or pass --reports)`,
      );
    }
  }
  if (!cfg.db) return;
  const db = resolve(cfg.db);
  if (existsSync(db) && statSync(db).isDirectory()) {
    throw new ConfigError(
      'DISCLOSURE_DB',
      `DISCLOSURE_DB 应为文件路径，但 ${db} 是文件夹：请写成如 data/db.json（或用 --db 指定）`,
      `DISCLOSURE_DB must be a file path but ${db} is a folder: use e.g. data/db.json (or pass --db)`,
    );
  }
  const parent = dirname(db);
  if (existsSync(parent) && !statSync(parent).isDirectory()) {
    throw new ConfigError(
      'DISCLOSURE_DB',
      `DISCLOSURE_DB 的上级路径 ${parent} 不是文件夹：请换一个路径`,
      `the parent of DISCLOSURE_DB, ${parent}, is not a folder: choose another path`,
    );
  }
}

/** The config with secrets masked, for a start-up log line. */
export function redactedConfig(cfg: Config): Record<string, unknown> {
  return {
    ...cfg,
    telegram: { ...cfg.telegram, token: cfg.telegram.token ? '[redacted]' : undefined },
    wechat: { ...cfg.wechat, puppetServiceToken: cfg.wechat.puppetServiceToken ? '[redacted]' : undefined },
    http: {
      ...cfg.http,
      wechatMp: { ...cfg.http.wechatMp, token: mask(cfg.http.wechatMp.token), aesKey: mask(cfg.http.wechatMp.aesKey), secret: mask(cfg.http.wechatMp.secret) },
      wecom: { ...cfg.http.wecom, token: mask(cfg.http.wecom.token), aesKey: mask(cfg.http.wecom.aesKey), secret: mask(cfg.http.wecom.secret) },
    },
    databaseUrl: cfg.databaseUrl ? cfg.databaseUrl.replace(/:[^:@/]*@/, ':***@') : undefined,
  };
}

function mask(secret: string | undefined): string | undefined {
  return secret ? '[redacted]' : undefined;
}
