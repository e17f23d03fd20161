/**
 * `disclosure-bot start [--reports DIR] [--db PATH] [--channels console,wechat,telegram]`
 *
 * Reads and validates the configuration (exit 2 with one line naming the variable when it is wrong),
 * opens the store, creates the core, starts the configured channels (wechaty and grammY are imported
 * only when their channel is on), then runs until SIGINT/SIGTERM (or the end of console input when
 * the console is the only channel). SIGHUP reloads reports and intents.
 *
 * Shutdown: stop taking messages, finish replies in flight, close the core and the store, exit 0;
 * a hard timeout forces the exit if something hangs.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPaths, ConfigError, loadConfig, readEnv, redactedConfig, type Config } from '../config.js';
import type { Core } from '../core/types.js';
import { escapeName, log as rootLog, setLogFile, setLogLevel, type Logger } from '../log.js';
import { summariseLoad } from './start-report.js';
import type { Store } from '../store/types.js';
import { openLowdbStore } from '../store/lowdb.js';
import { resolveDbPath } from '../store/paths.js';
import { removePidFile, writePidFile } from '../store/pid.js';
import type { ChannelHandle } from '../channels/guard.js';

export const SHUTDOWN_TIMEOUT_MS = 5_000;

const USAGE = `用法 / usage: disclosure-bot start [--reports DIR] [--db PATH] [--channels console,wechat,telegram,web,wechat-mp,wecom]
  --reports DIR     年度报告文件夹（覆盖 DISCLOSURE_REPORTS_DIR） / report folder
  --db PATH         数据文件（覆盖 DISCLOSURE_DB，默认 data/db.json） / storage file
  --channels LIST   启用的渠道（覆盖 CHANNELS，默认 console） / channels to run
其余设置见 .env.example / other settings: see .env.example`;

/* ---------------------------------------------------------------- */
/* Store                                                             */
/* ---------------------------------------------------------------- */

export interface OpenedStore {
  store?: Store;
  /** Absolute path of the database file, for the pid file and the WeChat session. */
  dbPath: string;
  /** Removes the pid file. */
  release?: () => void;
}

/**
 * The lowdb store at `db` (default: data/db.json of the package), with the pid file that
 * `disclosure-bot reload` uses to find the running bot.
 */
export async function openStore(db: string | undefined, log: Logger = rootLog, databaseUrl?: string): Promise<OpenedStore> {
  const dbPath = resolveDbPath(db, {});
  if (databaseUrl) {
    // shared by every instance: no pid file, no file lock (PostgreSQL orders each user's messages)
    const { openSharedStore } = await import('../store/open.js');
    const store = await openSharedStore(databaseUrl, { logger: log.child({ module: 'store' }) });
    log.info({ schema: store.schema }, 'store: postgres');
    return { store, dbPath };
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  writePidFile(dbPath); // throws when another bot runs on this database
  let store: Store;
  try {
    store = await openLowdbStore(dbPath, { logger: log.child({ module: 'store' }) });
  } catch (err) {
    removePidFile(dbPath);
    throw err;
  }
  log.info({ db: dbPath }, 'store: lowdb');
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    removePidFile(dbPath);
  };
  process.once('exit', release);
  return { store, dbPath, release };
}

/* ---------------------------------------------------------------- */
/* Start and stop                                                    */
/* ---------------------------------------------------------------- */

export interface Running {
  channels: ChannelHandle[];
  core?: Pick<Core, 'close' | 'reload'>;
  store?: Pick<Store, 'close'>;
  /** Runs last (e.g. removes the pid file). */
  release?: () => void;
}

/**
 * Graceful shutdown: every channel stops taking messages and finishes the replies already admitted,
 * then the core closes, then the store is flushed and closed. Never throws.
 */
export async function shutdown(running: Running, log: Logger = rootLog): Promise<boolean> {
  let saved = true;
  await Promise.all(
    running.channels.map((ch) =>
      ch.stop().catch((err: unknown) => log.error({ err, channel: ch.name }, 'channel stop failed')),
    ),
  );
  const finalSaveFailed = (err: unknown) => {
    // the final save failed (disk full, read-only): say so and exit non-zero, never 0 with turns lost
    saved = false;
    process.stderr.write(`最后一次保存数据失败，部分记录可能未写入：${(err as Error)?.message ?? String(err)} / the final save failed\n`);
  };
  try {
    await running.core?.close(); // closes the core's store too
  } catch (err) {
    log.error({ err }, 'core.close failed');
    finalSaveFailed(err);
  }
  try {
    await running.store?.close();
  } catch (err) {
    log.error({ err }, 'store.close failed');
    if (saved) finalSaveFailed(err);
  }
  try {
    running.release?.();
  } catch (err) {
    log.warn({ err }, 'release failed');
  }
  return saved;
}

function puppetMissing(err: unknown, puppet: string): ConfigError | undefined {
  const e = err as { code?: string; message?: string };
  if ((e?.code === 'ERR_MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(e?.message ?? '')) && (e.message ?? '').includes(puppet)) {
    return new ConfigError(
      'WECHATY_PUPPET',
      `找不到 WECHATY_PUPPET 指定的包 ${puppet}：请先 npm install ${puppet}，或清空 WECHATY_PUPPET 使用自带的 wechaty-puppet-wechat4u`,
      `the package named by WECHATY_PUPPET, ${puppet}, is not installed: npm install ${puppet}, or clear WECHATY_PUPPET for the bundled wechaty-puppet-wechat4u`,
    );
  }
  return undefined;
}

/** Starts the configured channels in order: Telegram, WeChat, console last (after QR codes and logs). */
export async function startChannels(
  config: Config,
  core: Core,
  store: Store | undefined,
  log: Logger,
  onConsoleInterrupt: () => void,
  dbPath?: string,
): Promise<ChannelHandle[]> {
  const handles: ChannelHandle[] = [];
  try {
    if (config.channels.includes('telegram')) {
      const { startTelegram } = await import('../channels/telegram.js');
      const limiter = store && 'hit' in store ? (store as unknown as import('../channels/guard.js').SharedLimiter) : undefined;
      handles.push(await startTelegram({ core, config, log, ...(limiter ? { limiter } : {}) }));
    }
    if (config.channels.includes('wechat')) {
      const { startWechat } = await import('../channels/wechat.js');
      try {
        handles.push(
          await startWechat({ core, config, log, ...(dbPath ? { session: join(dirname(dbPath), 'wechat-session') } : {}) }),
        );
      } catch (err) {
        throw puppetMissing(err, config.wechat.puppet) ?? err;
      }
    }
    if (config.channels.some((c) => c === 'web' || c === 'wechat-mp' || c === 'wecom')) {
      const { startHttp } = await import('../channels/http/server.js');
      handles.push(await startHttp({ core, config, log, ...(store ? { store } : {}) }));
    }
    if (config.channels.includes('console')) {
      const { startConsole } = await import('../channels/console.js');
      handles.push(
        startConsole({ core, log, staff: config.staffIds.includes('console'), onInterrupt: onConsoleInterrupt }),
      );
    }
  } catch (err) {
    await shutdown({ channels: handles }, log);
    throw err;
  }
  return handles;
}

export interface RunOptions {
  log?: Logger;
  env?: Record<string, string | undefined>;
  hardTimeoutMs?: number;
  /** How to end the process when shutdown hangs or leaves handles behind (tests pass a spy). */
  exit?: (code: number) => void;
}

export async function run(args: string[], opts: RunOptions = {}): Promise<number> {
  const log = opts.log ?? rootLog;
  let values: { reports?: string; db?: string; channels?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        reports: { type: 'string' },
        db: { type: 'string' },
        channels: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`参数错误 / bad arguments: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let config: Config;
  try {
    const env = readEnv('.env', opts.env ?? process.env);
    if (values.channels !== undefined) env.CHANNELS = values.channels;
    if (values.reports !== undefined) env.DISCLOSURE_REPORTS_DIR = values.reports;
    if (values.db !== undefined) env.DISCLOSURE_DB = values.db;
    config = loadConfig(env);
    checkPaths(config);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  setLogLevel(config.logLevel);
  if (log !== rootLog) log.level = config.logLevel;
  const logFile = consoleLogFile(config, Boolean(process.stdin.isTTY) && log === rootLog);
  if (logFile) {
    // JSON lines in the middle of the console chat are unreadable: the log goes to a file
    setLogFile(logFile);
    process.stderr.write(`日志写入 ${escapeName(logFile)}（控制台对话中不显示日志）\n`);
  }
  log.debug({ config: redactedConfig(config) }, 'configuration');

  let store: Store | undefined;
  let release: (() => void) | undefined;
  let dbPath: string | undefined;
  let core: Core | undefined;
  let channels: ChannelHandle[] = [];
  let stopAll: (reason: string) => void = () => {};
  try {
    ({ store, release, dbPath } = await openStore(config.db, log, config.databaseUrl));
    const { createCore } = await import('../core/bot.js');
    core = await createCore({
      ...(config.reportsDir ? { reportsDir: resolve(config.reportsDir) } : {}),
      ...(store ? { store } : {}),
      ...(config.defaultOffice ? { defaultOffice: config.defaultOffice } : {}),
    });
    const summary = summariseLoad(core.reports(), core.loadErrors(), { defaultOffice: config.defaultOffice, reportsDir: config.reportsDir });
    for (const line of summary.lines) process.stderr.write(`${line}\n`);
    if (summary.exit) {
      await shutdown({ channels: [], core, store, release }, log);
      return summary.exit;
    }
    const staffTools = await import('../staff/wire.js');
    await staffTools.registerStaffRoutes(config, core, store, log);
    channels = await startChannels(config, core, store, log, () => stopAll('SIGINT'), dbPath);
    await staffTools.startDigest(config, core, store, channels, log);
  } catch (err) {
    await shutdown({ channels: [], core, store, release }, log);
    if (err instanceof ConfigError || (err as { exitCode?: number })?.exitCode === 2) {
      process.stderr.write(`${(err as Error).message.replace(/[\r\n]+/g, ' ')}\n`);
      return 2;
    }
    process.stderr.write(`启动失败 / start failed: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
  log.info({ channels: config.channels }, `已启动 / started: ${config.channels.join(', ')}`);

  const running: Running = { channels, core, store, release };
  const hardTimeoutMs = opts.hardTimeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  const exit = opts.exit ?? ((code: number) => process.exit(code));

  return await new Promise<number>((resolveRun) => {
    let stopping = false;

    const onHup = () => {
      log.info('SIGHUP: 重新加载报告与意图 / reloading reports and intents');
      core!
        .reload()
        .then((r) => (r.ok ? log.info({ result: r.message }, 'reloaded') : log.warn({ result: r.message }, 'reload had problems')))
        .catch((err: unknown) => log.error({ err }, 'reload failed'));
    };
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        log.warn({ signal }, '再次收到信号，立即退出 / second signal: exiting now');
        exit(1);
        return;
      }
      stopAll(signal);
    };
    const detach = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('SIGHUP', onHup);
    };

    stopAll = (reason: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ reason }, '正在停止：完成进行中的回复 / stopping: finishing replies in flight');
      const hard = setTimeout(() => {
        log.error({ timeoutMs: hardTimeoutMs }, '停止超时，强制退出 / shutdown timed out: forcing exit');
        exit(1);
      }, hardTimeoutMs);
      hard.unref();
      void shutdown(running, log).then((saved) => {
        clearTimeout(hard);
        detach();
        // a signal in the last moments (the process is already stopped) ends it with its code, not by the signal
        const done = () => exit(saved ? 0 : 1);
        process.once('SIGTERM', done);
        process.once('SIGINT', done);
        log.info('已停止 / stopped');
        resolveRun(saved ? 0 : 1);
        // libraries may leave timers or sockets behind: do not let them keep the process alive
        setTimeout(() => exit(saved ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 1), 1_000).unref();
      });
    };

    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onHup);

    const consoleHandle = channels.find((c) => c.name === 'console');
    void consoleHandle?.done?.then(() => {
      if (channels.length === 1) stopAll('end of console input');
      else log.info('控制台已关闭，其他渠道继续运行 / console closed; other channels keep running');
    });
  });
}

/**
 * The log file while the console chat runs on a terminal: next to the database (data/bot.log), or
 * LOG_FILE. Undefined otherwise (logs stay JSON on stderr, for services and pipes).
 */
export function consoleLogFile(config: Pick<Config, 'channels' | 'db'>, interactive: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!interactive || !config.channels.includes('console')) return undefined;
  if (env.LOG_FILE) return resolve(env.LOG_FILE);
  return join(dirname(resolveDbPath(config.db, {})), 'bot.log');
}
