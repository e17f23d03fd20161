/** Names made safe to print (no logger needed: commands that only print load this, not pino). */

/**
 * A name (file name, user text) made safe for a log or a terminal line: control characters (newlines,
 * ANSI escapes, NUL, bidi overrides) become visible escapes (\n, \x1b, \u202e), so a file named
 * "a\n[INFO] ok.txt" or "\x1b[2J.pdf" cannot forge log lines or clear the screen.
 */
export function escapeName(name: string): string {
  return String(name).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text made literal inside a regular expression ("〔2022〕" matches itself, "1+1" is no repetition). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
