/**
 * Masking of personal data before anything is stored (pure functions).
 *
 * - mobile numbers (1[3-9]x, 11 digits, optional +86, written 3-4-4 or solid) → 139****5678
 * - landlines with an area code (0451-82705546, (0451)82705546, 010 8270 5546) → 0451-****5546,
 *   and a bare 7–8-digit number right after 电话/座机/固话/手机/号码/联系方式/tel/phone → ****5546
 * - 身份证 numbers (18 chars ending in a digit or X, also written 6-8-4; 15 digits) and any other solid
 *   run of 15–19 digits (bank cards) → first 6 + * … + last 4, e.g. 230103********1234
 * - e-mail addresses → first character of the name + ***, domain kept: z***@example.com
 *
 * Full-width digits, letters, ＠, full-width spaces and dashes are recognised too; a masked number is
 * written with half-width characters. Everything else in the text is left exactly as it was
 * (e.g. "2022年收到15件", "国办公开办函〔2021〕30号", "2022-12-31", the 12345 hotline, a 6-digit postcode).
 */

/** Maps one UTF-16 unit to its half-width form, keeping the length so indexes stay valid. */
/** Digits spelt in Chinese ("一三九…" read aloud into voice input). */
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function shadow(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c >= 0x2010 && c <= 0x2015) out += '-';
    else if (CN_DIGITS[text[i]!] !== undefined) out += CN_DIGITS[text[i]!];
    else out += text[i];
  }
  return out;
}

/** Gets the match on the shadow and the same span of the original text. */
type Masker = (m: RegExpExecArray, original: string) => string;

/** Runs `re` on the half-width shadow of `text`; only the matched spans are replaced. */
function pass(text: string, re: RegExp, mask: Masker): string {
  const s = shadow(text);
  let out = '';
  let at = 0;
  for (const m of s.matchAll(re)) {
    const end = m.index + m[0].length;
    out += text.slice(at, m.index) + mask(m, text.slice(m.index, end));
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

const digits = (s: string) => s.replace(/[^0-9Xx]/g, '').toUpperCase();
const keepEnds = (d: string) => d.slice(0, 6) + '*'.repeat(d.length - 10) + d.slice(-4);

// left boundary: without it every start inside a long run of letters rescans to the end (seconds on 40 KB)
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** 18-char 身份证 written 6-8-4 with spaces or dashes. */
const ID_GROUPED = /(?<![0-9A-Za-z])\d{6}[ -]\d{8}[ -]\d{3}[0-9Xx](?![0-9A-Za-z])/g;
/** Solid 15–19 digits (身份证 15/18, bank cards); an 18th character may be X. */
const LONG = /(?<![0-9A-Za-z])(?:\d{14,18}[0-9Xx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:(\+?86)[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g;
const SPACED_MOBILE = /(?<!\d)1[ -][3-9](?:[ -]\d){9}(?![ -]?\d)/g;
const LANDLINE = /(?<!\d)\(?(0(?:[12]\d|[3-9]\d{2}))\)?[ -]?(\d{3,4})[ -]?(\d{4})(?!\d)/g;
const KEYWORD_LOCAL = /(电话|座机|固话|手机|号码|联系方式|tel|phone)([^0-9*\n]{0,6}?)(?<!\d)(\d{3,4})[ -]?(\d{4})(?!\d)/gi;

/** Masks phone numbers, 身份证/long card numbers and e-mail addresses; leaves all other text unchanged. */
export function maskPersonalData(text: string): string {
  // nothing to mask without a digit or an @ (half- or full-width): most questions
  if (!/[0-9０-９@＠]|[〇零一二三四五六七八九]{7}/.test(text)) return text;
  let t = text;
  t = pass(t, EMAIL, (m) => {
    const at = m[0].indexOf('@');
    return `${m[0][0]}***${m[0].slice(at)}`;
  });
  t = pass(t, ID_GROUPED, (m) => keepEnds(digits(m[0])));
  t = pass(t, LONG, (m) => keepEnds(digits(m[0])));
  t = pass(t, MOBILE, (m) => `${m[1] ? `${m[1]} ` : ''}${m[2]}****${m[4]}`);
  // a mobile number with a space or dash between every digit ("1 3 9 1 2 3 4 5 6 7 8")
  t = pass(t, SPACED_MOBILE, (m) => {
    const d = digits(m[0]);
    return `${d.slice(0, 3)}****${d.slice(-4)}`;
  });
  t = pass(t, LANDLINE, (m) => `${m[1]}-****${m[3]}`);
  t = pass(t, KEYWORD_LOCAL, (m, o) => `${o.slice(0, m[1]!.length + m[2]!.length)}****${m[4]}`);
  return t;
}

/**
 * Masks every string inside a JSON-like value (for per-user state); returns a new plain value, as JSON
 * would store it: Dates become ISO strings, undefined members and functions are left out.
 */
export function maskValue<T>(value: T): T {
  if (typeof value === 'string') return maskPersonalData(value) as T;
  if (value === null || typeof value !== 'object') return (typeof value === 'number' && !Number.isFinite(value) ? null : value) as T;
  if (Array.isArray(value)) return value.map((v) => (v === undefined || typeof v === 'function' ? null : maskValue(v))) as T;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return maskValue((value as unknown as { toJSON(): unknown }).toJSON()) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== 'function') out[k] = maskValue(v);
  return out as T;
}

const TRAILING = /[\s?!。.,，、~…;；:：]+$/u;
const LEADING = /^[\s?!。.,，、~…;；:：]+/u;

/**
 * The key under which an unanswered question is counted: NFKC (full-width → half-width), lower case,
 * white space removed except between two Latin letters/digits, leading/trailing punctuation removed.
 * "怎么 申请？" and "怎么申请" count as one question.
 */
export function questionKey(maskedText: string): string {
  let s = maskedText.normalize('NFKC').toLowerCase();
  s = s.replace(/\s+/g, (m, off: number, all: string) =>
    /[a-z0-9]/.test(all[off - 1] ?? '') && /[a-z0-9]/.test(all[off + m.length] ?? '') ? ' ' : '',
  );
  return s.replace(TRAILING, '').replace(LEADING, '');
}
