/**
 * Starts the staff tools the configuration asks for (called by the start command):
 * - ADMIN_TOKEN → the /admin dashboard on the shared HTTP server (registerHttpRoutes);
 * - DIGEST_SCHEDULE → the weekly digest pushed to the Telegram staff groups (tg:… in STAFF_GROUPS);
 * - DRAFT_MAX_MB → the draft size cap.
 * The digest timer is unref'd: it never keeps the process alive and needs no stop at shutdown.
 */
import type { Config } from '../config.js';
import type { ChannelHandle } from '../channels/guard.js';
import type { Core } from '../core/types.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/types.js';
import type { DigestScheduler } from './digest.js';

/** Before the HTTP server starts: the dashboard's routes. */
export async function registerStaffRoutes(config: Config, core: Core, store: Store | undefined, log: Logger): Promise<void> {
  const tools = config.staffTools;
  if (tools?.draftMaxBytes && core.drafts) core.drafts.maxBytes = tools.draftMaxBytes;
  if (!tools?.adminToken || !store) return;
  const token = tools.adminToken;
  const [{ registerHttpRoutes }, { registerAdmin }] = await Promise.all([import('../channels/http/server.js'), import('../channels/http/admin.js')]);
  registerHttpRoutes((app) => registerAdmin(app, { core, store, token, log: log.child({ module: 'admin' }) }));
  if (!config.channels.some((c) => c === 'web' || c === 'wechat-mp' || c === 'wecom')) {
    log.warn('已设置 ADMIN_TOKEN，但未启用 HTTP 渠道（web / wechat-mp / wecom），工作人员后台 /admin 不会启动 / ADMIN_TOKEN is set but no HTTP channel runs: /admin is not served');
  }
}

/** After the channels started: the weekly digest to the Telegram staff groups. */
export async function startDigest(config: Config, core: Core, store: Store | undefined, channels: ChannelHandle[], log: Logger): Promise<DigestScheduler | undefined> {
  const digest = config.staffTools?.digest;
  if (!digest || !store) return undefined;
  const tg = channels.find((c) => c.name === 'telegram') as (ChannelHandle & { bot?: import('grammy').Bot }) | undefined;
  const groups = config.staffGroups.filter((g) => /^tg:-?\d+$/.test(g)).map((g) => Number(g.slice(3)));
  if (!tg?.bot || !groups.length) {
    log.warn('已设置 DIGEST_SCHEDULE，但没有可推送的 Telegram 工作群（需启用 telegram 渠道，并在 STAFF_GROUPS 中写 tg:群ID） / DIGEST_SCHEDULE is set but there is no Telegram staff group to push to');
    return undefined;
  }
  const bot = tg.bot;
  const [{ buildDigest, scheduleDigest }, { splitMessage }] = await Promise.all([import('./digest.js'), import('../channels/guard.js')]);
  const s = scheduleDigest({
    schedule: digest.schedule,
    timeZone: digest.timeZone,
    build: (now) => buildDigest({ store, reports: () => core.reports(), loadErrors: () => core.loadErrors(), timeZone: digest.timeZone }, now),
    send: async (text) => {
      for (const chat of groups) for (const part of splitMessage(text, 4096)) await bot.api.sendMessage(chat, part);
      log.info({ groups: groups.length }, 'weekly digest sent');
    },
    onError: (err) => log.error({ err }, 'weekly digest failed'),
  });
  log.info({ next: s.next().toISOString(), schedule: digest.text, tz: digest.timeZone }, '每周简报已排期 / weekly digest scheduled');
  return s;
}
