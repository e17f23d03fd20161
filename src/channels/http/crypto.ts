/**
 * The WeChat / WeCom message crypto (WXBizMsgCrypt): signatures and AES, through @wecom/crypto.
 *
 * - Plaintext mode (公众号): signature = sha1 of the sorted [token, timestamp, nonce] joined.
 * - 安全模式 / WeCom: msg_signature = sha1 of the sorted [token, timestamp, nonce, Encrypt] joined;
 *   Encrypt = base64(AES-256-CBC(16 random bytes + 4-byte length + message + appid/corpid)).
 * Comparisons are constant-time; every failure is a CryptoError (the route answers 401).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

export class CryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CryptoError';
  }
}

/** sha1 of the sorted parts joined: the plaintext-mode signature (3 parts) or msg_signature (4 parts). */
export function sign(token: string, timestamp: string, nonce: string, encrypted?: string): string {
  if (encrypted !== undefined) return getSignature(token, timestamp, nonce, encrypted);
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export function sameSignature(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string' || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a.toLowerCase()), Buffer.from(b));
}

/** Decrypts `encrypted` and checks that it was made for `id` (appid / corpid) when given. */
export function open(aesKey: string, encrypted: string, id?: string): string {
  let out: { message: string; id: string };
  try {
    out = decrypt(aesKey, encrypted);
  } catch (err) {
    throw new CryptoError(`decrypt failed: ${(err as Error).message}`);
  }
  if (id !== undefined && out.id !== id) throw new CryptoError(`message is for ${out.id}, not ${id}`);
  return out.message;
}

export function seal(aesKey: string, message: string, id: string): string {
  return encrypt(aesKey, message, id);
}

export function nonce(): string {
  return randomBytes(8).toString('hex');
}
