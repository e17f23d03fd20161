/**
 * Settings of the one HTTP server and its channels (web, wechat-mp, wecom), validated with zod.
 * Called by loadConfig (src/config.ts); every failure is a one-line ConfigError naming the variable.
 */
import { z } from 'zod';
import { ConfigError } from '../../config.js';

export const HTTP_CHANNELS = ['web', 'wechat-mp', 'wecom'] as const;
export type HttpChannel = (typeof HTTP_CHANNELS)[number];

export const DEFAULT_HTTP_PORT = 8080;
export const DEFAULT_HTTP_HOST = '127.0.0.1';
export const WECHAT_API_ROOT = 'https://api.weixin.qq.com';
export const WECOM_API_ROOT = 'https://qyapi.weixin.qq.com';
/** Requests per minute per client IP on /api/ask (per session the general RATE_LIMIT applies). */
export const DEFAULT_WEB_IP_RATE_LIMIT = 120;

export const HTTP_VARIABLES = [
  'HTTP_PORT',
  'HTTP_HOST',
  'HTTP_TRUST_PROXY',
  'WEB_ALLOWED_ORIGINS',
  'WEB_IP_RATE_LIMIT',
  'WECHAT_MP_TOKEN',
  'WECHAT_MP_APPID',
  'WECHAT_MP_AES_KEY',
  'WECHAT_MP_SECRET',
  'WECHAT_API_ROOT',
  'WECOM_CORP_ID',
  'WECOM_AGENT_ID',
  'WECOM_TOKEN',
  'WECOM_AES_KEY',
  'WECOM_SECRET',
  'WECOM_API_ROOT',
] as const;

export interface HttpConfig {
  port: number;
  host: string;
  /** Behind a reverse proxy (nginx): take the client IP from X-Forwarded-For. */
  trustProxy: boolean;
  /** Origins allowed to call /api/ask from their pages (CORS); the bot's own origin always works. */
  allowedOrigins: string[];
  ipRateLimit: number;
  wechatMp: { token?: string; appId?: string; aesKey?: string; secret?: string; apiRoot: string };
  wecom: { corpId?: string; agentId?: string; token?: string; aesKey?: string; secret?: string; apiRoot: string };
}

type Env = Record<string, string | undefined>;
const str = (v: string | undefined): string | undefined => {
  const t = v?.trim();
  return t ? t : undefined;
};
const list = (v: string | undefined): string[] =>
  (v ?? '').split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);

const portSchema = z.coerce.number().int().min(0).max(65535);
const rateSchema = z.coerce.number().int().min(1).max(100_000);
const urlSchema = z.url({ protocol: /^https?$/ });
/** EncodingAESKey: 43 characters of [A-Za-z0-9] (base64 of 32 bytes without its "="). */
const aesKeySchema = z.string().regex(/^[A-Za-z0-9]{43}$/);
const tokenSchema = z.string().regex(/^[A-Za-z0-9]{3,32}$/);
const originSchema = z.string().regex(/^https?:\/\/[^/\s]+$/);

function check<T>(schema: z.ZodType<T>, value: unknown, fail: () => ConfigError): T {
  const r = schema.safeParse(value);
  if (!r.success) throw fail();
  return r.data;
}

function need(env: Env, name: string, zh: string, en: string): string {
  const v = str(env[name]);
  if (!v) throw new ConfigError(name, `缺少 ${name}：${zh}`, `${name} is missing: ${en}`);
  return v;
}

function apiRoot(env: Env, name: string, fallback: string): string {
  const v = str(env[name]);
  if (!v) return fallback;
  check(urlSchema, v, () =>
    new ConfigError(name, `${name} 不是有效的网址（“${v}”）：留空使用 ${fallback}`, `${name} is not a valid http(s) URL ("${v}"): leave it empty for ${fallback}`),
  );
  return v.replace(/\/+$/, '');
}

function aesKey(env: Env, name: string): string | undefined {
  const v = str(env[name]);
  if (v === undefined) return undefined;
  return check(aesKeySchema, v, () =>
    new ConfigError(
      name,
      `${name} 格式不对：EncodingAESKey 应为 43 位字母和数字，请从管理后台完整复制`,
      `${name} is malformed: the EncodingAESKey has 43 letters and digits; copy it whole from the admin page`,
    ),
  );
}

function token(env: Env, name: string, required: boolean): string | undefined {
  const v = required ? need(env, name, '填写管理后台“服务器配置/接收消息”中的 Token', 'give the Token of the admin page (server settings)') : str(env[name]);
  if (v === undefined) return undefined;
  return check(tokenSchema, v, () =>
    new ConfigError(name, `${name} 格式不对：Token 为 3–32 位字母或数字`, `${name} is malformed: the Token has 3–32 letters or digits`),
  );
}

export function loadHttpConfig(env: Env, channels: readonly string[]): HttpConfig {
  const portRaw = str(env.HTTP_PORT);
  const port = portRaw
    ? check(portSchema, portRaw, () =>
        new ConfigError('HTTP_PORT', `HTTP_PORT 应为 0–65535 之间的整数（“${portRaw}”），默认 ${DEFAULT_HTTP_PORT}`, `HTTP_PORT must be an integer 0–65535 ("${portRaw}"), default ${DEFAULT_HTTP_PORT}`),
      )
    : DEFAULT_HTTP_PORT;
  const host = str(env.HTTP_HOST) ?? DEFAULT_HTTP_HOST;
  const trustProxy = /^(1|true|yes|on)$/i.test(str(env.HTTP_TRUST_PROXY) ?? '');
  const allowedOrigins = list(env.WEB_ALLOWED_ORIGINS).map((o) => o.replace(/\/+$/, ''));
  for (const o of allowedOrigins) {
    if (o === '*') continue;
    check(originSchema, o, () =>
      new ConfigError(
        'WEB_ALLOWED_ORIGINS',
        `WEB_ALLOWED_ORIGINS 中的“${o}”格式不对：写成 https://www.example.gov.cn 这样的网站地址（不带路径），多个用逗号分隔`,
        `WEB_ALLOWED_ORIGINS entry "${o}" is malformed: give origins such as https://www.example.gov.cn (no path), comma-separated`,
      ),
    );
  }
  const ipRaw = str(env.WEB_IP_RATE_LIMIT);
  const ipRateLimit = ipRaw
    ? check(rateSchema, ipRaw, () =>
        new ConfigError('WEB_IP_RATE_LIMIT', `WEB_IP_RATE_LIMIT 应为正整数（“${ipRaw}”）：每个 IP 每分钟最多提问次数，默认 ${DEFAULT_WEB_IP_RATE_LIMIT}`, `WEB_IP_RATE_LIMIT must be a positive integer ("${ipRaw}"), default ${DEFAULT_WEB_IP_RATE_LIMIT}`),
      )
    : DEFAULT_WEB_IP_RATE_LIMIT;

  const mpOn = channels.includes('wechat-mp');
  const wechatMp = {
    token: token(env, 'WECHAT_MP_TOKEN', mpOn),
    appId: str(env.WECHAT_MP_APPID),
    aesKey: aesKey(env, 'WECHAT_MP_AES_KEY'),
    secret: str(env.WECHAT_MP_SECRET),
    apiRoot: apiRoot(env, 'WECHAT_API_ROOT', WECHAT_API_ROOT),
  };
  if (mpOn && wechatMp.aesKey && !wechatMp.appId) {
    throw new ConfigError(
      'WECHAT_MP_APPID',
      '缺少 WECHAT_MP_APPID：设置了 WECHAT_MP_AES_KEY（安全模式）时必须填写公众号的 AppID',
      'WECHAT_MP_APPID is missing: it is needed with WECHAT_MP_AES_KEY (safe mode)',
    );
  }
  if (mpOn && wechatMp.secret && !wechatMp.appId) {
    throw new ConfigError('WECHAT_MP_APPID', '缺少 WECHAT_MP_APPID：发送客服消息需要 AppID 和 AppSecret', 'WECHAT_MP_APPID is missing: the customer-service API needs the AppID and the AppSecret');
  }

  const comOn = channels.includes('wecom');
  const wecom = {
    corpId: comOn ? need(env, 'WECOM_CORP_ID', '填写企业微信“我的企业”页底部的企业ID', 'give the corp id (My Company page)') : str(env.WECOM_CORP_ID),
    agentId: comOn ? need(env, 'WECOM_AGENT_ID', '填写自建应用的 AgentId', 'give the AgentId of the self-built app') : str(env.WECOM_AGENT_ID),
    token: token(env, 'WECOM_TOKEN', comOn),
    aesKey: aesKey(env, 'WECOM_AES_KEY'),
    secret: comOn ? need(env, 'WECOM_SECRET', '填写自建应用的 Secret', 'give the Secret of the self-built app') : str(env.WECOM_SECRET),
    apiRoot: apiRoot(env, 'WECOM_API_ROOT', WECOM_API_ROOT),
  };
  if (comOn && !wecom.aesKey) {
    throw new ConfigError('WECOM_AES_KEY', '缺少 WECOM_AES_KEY：填写自建应用“接收消息”设置中的 EncodingAESKey', 'WECOM_AES_KEY is missing: give the EncodingAESKey of the app callback settings');
  }
  if (wecom.agentId !== undefined && !/^\d+$/.test(wecom.agentId)) {
    throw new ConfigError('WECOM_AGENT_ID', `WECOM_AGENT_ID 应为数字（“${wecom.agentId}”）`, `WECOM_AGENT_ID must be a number ("${wecom.agentId}")`);
  }
  return { port, host, trustProxy, allowedOrigins, ipRateLimit, wechatMp, wecom };
}
