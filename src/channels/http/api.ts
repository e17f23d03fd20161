/**
 * Calls to the WeChat / WeCom server APIs with a cached access_token: one token request at a time,
 * reused until shortly before it expires, fetched again when the platform says it is invalid or expired.
 */

/** Refresh this long before the platform's expiry (expires_in is 7200 s). */
export const TOKEN_MARGIN_MS = 5 * 60_000;
/** errcodes meaning "the token is invalid or expired": fetch a new one and retry once. */
export const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
export const API_TIMEOUT_MS = 10_000;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly errcode?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ApiReply {
  errcode?: number;
  errmsg?: string;
  access_token?: string;
  expires_in?: number;
}

async function getJson(url: string, init?: RequestInit): Promise<ApiReply> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(API_TIMEOUT_MS) });
  if (!res.ok) throw new ApiError(`HTTP ${res.status} from ${new URL(url).pathname}`);
  return (await res.json()) as ApiReply;
}

export class TokenClient {
  private token?: { value: string; until: number };
  private pending?: Promise<string>;
  /** Token requests made (tests check the cache). */
  fetches = 0;

  constructor(
    /** Full URL of the token endpoint, credentials included. */
    private readonly tokenUrl: string,
    private readonly apiRoot: string,
    private readonly now: () => number = Date.now,
  ) {}

  async accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.until) return this.token.value;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  invalidate(): void {
    this.token = undefined;
  }

  private async fetchToken(): Promise<string> {
    this.fetches++;
    const r = await getJson(this.tokenUrl);
    if (!r.access_token || (r.errcode && r.errcode !== 0)) {
      throw new ApiError(`access_token request failed: ${r.errcode} ${r.errmsg ?? ''}`.trim(), r.errcode);
    }
    const ttl = Math.max(60_000, (r.expires_in ?? 7200) * 1000 - TOKEN_MARGIN_MS);
    this.token = { value: r.access_token, until: this.now() + ttl };
    return r.access_token;
  }

  /** POSTs JSON to `path` (e.g. /cgi-bin/message/custom/send) with the token; retries once on a stale token. */
  async post(path: string, body: unknown): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const r = await getJson(`${this.apiRoot}${path}?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
      });
      if (!r.errcode) return;
      if (TOKEN_ERRORS.has(r.errcode) && attempt === 0) {
        this.invalidate();
        continue;
      }
      throw new ApiError(`${path} failed: ${r.errcode} ${r.errmsg ?? ''}`.trim(), r.errcode);
    }
  }
}
