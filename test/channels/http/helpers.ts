/** Starts the HTTP server on 127.0.0.1:0 with a config from env-style settings. */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.js';
import { createCore } from '../../../src/core/bot.js';
import type { Core } from '../../../src/core/types.js';
import { startHttp, type HttpHandle, type HttpOptions } from '../../../src/channels/http/server.js';
import { createMemoryStore } from '../../../src/store/memory.js';
import type { Store } from '../../../src/store/types.js';
import { memoryLogger } from '../helpers.js';

const FIXTURES = new URL('../../fixtures/reports', import.meta.url).pathname;
/** A folder with the one default report (南岗区 2022), so answers name its contact details. */
export function reportsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'http-reports-'));
  copyFileSync(join(FIXTURES, '南岗区人民政府办公室-2022.txt'), join(dir, '南岗区人民政府办公室-2022.txt'));
  return dir;
}

/** A real core over the test reports, with an in-memory store (shared per file: loading takes a moment). */
export async function realCore(): Promise<{ core: Core; store: Store }> {
  const store = createMemoryStore();
  const core = await createCore({ reportsDir: reportsDir(), store });
  return { core, store };
}

export async function serve(
  core: HttpOptions['core'],
  env: Record<string, string>,
  extra: Partial<HttpOptions> = {},
): Promise<HttpHandle & { logs: () => Array<Record<string, unknown>> }> {
  const config = loadConfig({ HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', ...env });
  const { log, lines } = memoryLogger('info');
  const handle = await startHttp({ core, config, log, ...extra });
  return Object.assign(handle, { logs: lines });
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { raw: text };
  }
  return { status: res.status, json, headers: res.headers };
}
