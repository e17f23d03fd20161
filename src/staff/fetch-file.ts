/** Downloads a file with a size cap (the body is read in chunks and abandoned past the cap). */

export class FileTooBig extends Error {
  constructor(readonly size: number) {
    super(`file larger than the cap (${size} bytes read)`);
  }
}

export async function fetchCapped(url: string, maxBytes: number, timeoutMs = 60_000): Promise<Uint8Array> {
  return (await fetchFile(url, maxBytes, timeoutMs)).data;
}

/** The bytes and the response headers (a file name may be in content-disposition). */
export async function fetchFile(url: string, maxBytes: number, timeoutMs = 60_000): Promise<{ data: Uint8Array; headers: Headers }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok || !res.body) throw new Error(`download failed: HTTP ${res.status}`);
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body.cancel().catch(() => {});
    throw new FileTooBig(declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new FileTooBig(size);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return { data: out, headers: res.headers };
}

/** The file name of a content-disposition header (filename*=UTF-8'' or filename="…", percent-decoded). */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header)?.[1];
  const raw = star ?? plain;
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw.trim());
  } catch {
    return raw.trim();
  }
}
