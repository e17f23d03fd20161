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
import { BoundedMemo, READING_MEMO_MAX } from '../understand/memo.js';

/** Maps one UTF-16 unit to its half-width form, keeping the length so indexes stay valid. */
/** Digits spelt in Chinese ("一三九…" read aloud into voice input). */
const CN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The characters shadow() changes (each maps to one half-width unit). */
const SHADOWED = /[\uff01-\uff5e\u3000\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00b7\u2022\u30fb\uff65\u2010-\u2015〇零一二三四五六七八九]/g;

function shadowChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000 || c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return ' ';
  if (c === 0xb7 || c === 0x2022 || c === 0x30fb || c === 0xff65) return '.'; // middle dots
  if (c >= 0x2010 && c <= 0x2015) return '-';
  return CN_DIGITS[ch] ?? ch;
}

function shadow(text: string): string {
  return text.replace(SHADOWED, shadowChar);
}

/** Gets the match on the shadow and the same span of the original text. */
type Masker = (m: RegExpExecArray, original: string) => string | null;

/**
 * Runs `re` on the half-width shadow `s` of `text`; only the matched spans are replaced, in both (the
 * shadow of a short mask is cheap): the shadow of the message is built once, not once per pass.
 */
function pass([text, s]: [string, string], re: RegExp, mask: Masker): [string, string] {
  let out = '';
  let sh = '';
  let at = 0;
  // most texts hold nothing a pass masks: a test() is much cheaper than matchAll (which copies the regex)
  re.lastIndex = 0;
  const any = re.test(s);
  re.lastIndex = 0;
  if (!any) return [text, s];
  for (const m of s.matchAll(re)) {
    const end = m.index + m[0].length;
    const masked = mask(m, text.slice(m.index, end));
    if (masked === null) continue;
    out += text.slice(at, m.index) + masked;
    sh += s.slice(at, m.index) + shadow(masked);
    at = end;
  }
  return at === 0 ? [text, s] : [out + text.slice(at), sh + s.slice(at)];
}

const digits = (s: string) => s.replace(/[^0-9Xx]/g, '').toUpperCase();
const keepEnds = (d: string) => d.slice(0, 6) + '*'.repeat(d.length - 10) + d.slice(-4);

// left boundary: without it every start inside a long run of letters rescans to the end (seconds on 40 KB);
// internationalised names and domains (张三@例子.中国) too
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:[A-Za-z]{2,}|\p{Script=Han}{2,})/gu;
/** zs(at)163.com, zs [at] 163 [dot] com, zs at 163 dot com, zs＃163.com */
const AT = String.raw`(?:\s*[(\[{【（]\s*(?:at|AT|艾特)\s*[)\]}】）]\s*|\s+(?:at|AT)\s+|#)`;
const DOT = String.raw`(?:\s*[(\[{【（]\s*(?:dot|DOT|点)\s*[)\]}】）]\s*|\s+(?:dot|DOT)\s+|\.)`;
const EMAIL_SPELT = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+${AT}[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}(?:com|cn|net|org|edu|gov|cc|top|vip|xyz|io|me|info|biz|mobi)\b`, 'g');
/**
 * Digits in groups with any separator (. _ / - space, NBSP, zero-width, middle dot): 11 or more digits in
 * all. Classified by count: a mobile (11, 1[3-9]…), a landline with area code (10–12, 0…), an ID (15/18)
 * or a card (16–19); year lists (2020 2021 2022) are left alone.
 */
const SEPARATED = /(?<![0-9A-Za-z])\d{1,6}(?:[ ._\/-]{1,2}\d{1,8}){1,6}(?:[ ._\/-]?[Xx])?(?![0-9A-Za-z])/g;
/** QQ numbers after their name: QQ 12345678, QQ号：123456789, 扣扣 … */
const QQ = /(qq|q\s?q|扣扣|企鹅)(号码?|号)?(\s*[:：是为]?\s*)(\d{5,11})(?!\d)/gi;
/** WeChat ids after their name (微信号：zhang_san88, vx: …) and wxid_… anywhere */
const WECHAT = /(微信号?|威信号?|薇信号?|v信号?|vx|wx|weixin|wechat)(\s*(?:id|ID)?\s*[:：是为]?\s*)([A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])/gi;
const WXID = /(?<![A-Za-z0-9_])wxid_[A-Za-z0-9_-]{4,}/g;
/** passports (E12345678, EA1234567, G12345678), 港澳/台湾通行证 and 回乡证 (C12345678, H1234567801) */
const TRAVEL_DOC = /(?<![A-Za-z0-9])(?:[EGDSPCHLTK][A-Z]?\d{7,10})(?![A-Za-z0-9])/g;
/** licence plates: 京A12345, 黑A·D12345 (new energy), 粤B1234学 */
const PLATE = /([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z])[.\s-]?([A-Z0-9]{4,5}[A-Z0-9挂学警港澳]?)(?![A-Za-z0-9])/g;
/** 18-char 身份证 written 6-8-4 with spaces or dashes. */
const ID_GROUPED = /(?<![0-9A-Za-z])\d{6}[ -]\d{8}[ -]\d{3}[0-9Xx](?![0-9A-Za-z])/g;
/** Solid 15–19 digits (身份证 15/18, bank cards); an 18th character may be X. */
const LONG = /(?<![0-9A-Za-z])(?:\d{14,18}[0-9Xx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:(\+?86)[ -]?)?(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g;
const SPACED_MOBILE = /(?<!\d)1[ -][3-9](?:[ -]\d){9}(?![ -]?\d)/g;
const LANDLINE = /(?<!\d)\(?(0(?:[12]\d|[3-9]\d{2}))\)?[ -]?(\d{3,4})[ -]?(\d{4})(?!\d)/g;
const KEYWORD_LOCAL = /(电话|座机|固话|手机|号码|联系方式|tel|phone)([^0-9*\n]{0,6}?)(?<!\d)(\d{3,4})[ -]?(\d{4})(?!\d)/gi;

const YEAR_GROUPS = /^(?:(?:19|20)\d\d[ ._\/-]*)+$/;

function maskSeparated(m: RegExpExecArray): string | null {
  if (YEAR_GROUPS.test(m[0])) return null; // 2020 2021 2022 2023
  const d = digits(m[0]);
  const n = d.replace(/X$/, '').length;
  if (n < 11) return null;
  if (n === 11 && /^1[3-9]/.test(d)) return `${d.slice(0, 3)}****${d.slice(-4)}`;
  if (n <= 12 && d.startsWith('0')) return `${d.slice(0, d.length - 8)}-****${d.slice(-4)}`;
  if (n >= 14) return keepEnds(d);
  return `${d.slice(0, 3)}****${d.slice(-4)}`;
}

const keepHead = (s: string, head: number) => `${s.slice(0, head)}****`;

/**
 * Masks phone numbers, 身份证/card numbers, e-mail addresses (also spelt out), QQ and WeChat ids, passport
 * and 通行证 numbers and licence plates; leaves all other text unchanged.
 */
export function maskPersonalData(text: string): string {
  if (text.length > MASK_MEMO_CHARS) return mask(text);
  let out = maskMemo.get(text);
  if (out === undefined) {
    out = mask(text);
    maskMemo.set(text, out);
  }
  return out;
}

/**
 * Masked texts kept (a pure function of the text): every reply stores its question and the strings of
 * the conversation's state (intent ids, report ids, the question again), most of them the same strings
 * as in the reply before, and the test whether a text holds anything to mask ran on each of them
 * (~4 % of an in-process reply of a repeated question, measured). Short texts only, a bounded table (as many
 * as the readings of the questions, understand/memo.ts).
 */
const MASK_MEMO_MAX = READING_MEMO_MAX;
const maskMemo = new BoundedMemo<string, string>(MASK_MEMO_MAX);
const MASK_MEMO_CHARS = 200;

function mask(text: string): string {
  // nothing to mask without a digit, an @ or "at" (half- or full-width), a plate or a WeChat id: most questions
  if (!/[0-9０-９@＠#]|[〇零一二三四五六七八九]{7}|\bat\b|[(\[（【](?:at|AT|艾特)|wxid|微信|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]/i.test(text)) return text;
  let t: [string, string] = [text, shadow(text)];
  // every number pattern below needs five digits with at most two separators between neighbours (a QQ
  // number is the shortest): without them ("2022年收到多少") those passes cannot match and are skipped
  const numbers = FIVE_DIGITS.test(t[1]);
  t = pass(t, EMAIL, (m) => {
    const at = m[0].indexOf('@');
    return `${[...m[0]][0]}***${m[0].slice(at)}`;
  });
  t = pass(t, EMAIL_SPELT, (m) => `${m[0][0]}***@***`);
  if (numbers) t = maskNumbers(t);
  t = pass(t, WECHAT, (m, o) => `${o.slice(0, m[0].length - m[3]!.length)}${keepHead(m[3]!, 2)}`);
  t = pass(t, WXID, () => 'wxid_****');
  if (numbers) t = pass(t, TRAVEL_DOC, (m) => keepHead(m[0], 2));
  t = pass(t, PLATE, (m, o) => `${o.slice(0, m[1]!.length)}****`);
  return t[0];
}

/** Five digits, neighbours at most two separators apart (the least any number pattern here matches). */
const FIVE_DIGITS = /\d(?:[ ._\/()-]{0,2}\d){4}/;

/** The passes of numbers written with digits, in their order (between the e-mail and the WeChat passes). */
function maskNumbers(t: [string, string]): [string, string] {
  t = pass(t, ID_GROUPED, (m) => keepEnds(digits(m[0])));
  t = pass(t, LONG, (m) => keepEnds(digits(m[0])));
  t = pass(t, MOBILE, (m) => `${m[1] ? `${m[1]} ` : ''}${m[2]}****${m[4]}`);
  // a mobile number with a space or dash between every digit ("1 3 9 1 2 3 4 5 6 7 8")
  t = pass(t, SPACED_MOBILE, (m) => {
    const d = digits(m[0]);
    return `${d.slice(0, 3)}****${d.slice(-4)}`;
  });
  t = pass(t, LANDLINE, (m) => `${m[1]}-****${m[3]}`);
  t = pass(t, SEPARATED, maskSeparated);
  t = pass(t, KEYWORD_LOCAL, (m, o) => `${o.slice(0, m[1]!.length + m[2]!.length)}****${m[4]}`);
  t = pass(t, QQ, (m, o) => `${o.slice(0, m[0].length - m[4]!.length)}${m[4]!.slice(0, 2)}****`);
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
  // own enumerable keys in Object.entries' order, without a [key, value] pair made for each
  for (const k in value) {
    if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined && typeof v !== 'function') out[k] = maskValue(v);
  }
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
  if (maskedText.length > MASK_MEMO_CHARS) return keyOf(maskedText);
  let key = keyMemo.get(maskedText);
  if (key === undefined) {
    key = keyOf(maskedText);
    keyMemo.set(maskedText, key);
  }
  return key;
}

/** Keys of unanswered questions kept (as the masked texts: the same questions fall back again). */
const keyMemo = new BoundedMemo<string, string>(MASK_MEMO_MAX);

function keyOf(maskedText: string): string {
  let s = maskedText.normalize('NFKC').toLowerCase();
  s = s.replace(/\s+/g, (m, off: number, all: string) =>
    /[a-z0-9]/.test(all[off - 1] ?? '') && /[a-z0-9]/.test(all[off + m.length] ?? '') ? ' ' : '',
  );
  return s.replace(TRAILING, '').replace(LEADING, '');
}
