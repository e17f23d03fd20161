/**
 * Text normalisation for understanding: full-width → half-width (NFKC), traditional → simplified
 * (opencc-js, phrase level), emoji / control / bidi characters removed, repeated punctuation folded,
 * white space collapsed, Latin lower-cased, very long input cut.
 */
import { Converter } from 'opencc-js/t2cn';

/** Only the first MAX_CHARS characters are read: a question is never that long. */
export const MAX_CHARS = 2000;

let t2s: ((s: string) => string) | undefined;
function toSimplified(s: string): string {
  const conv = (t2s ??= Converter({ from: 'twp', to: 'cn' }) as (s: string) => string);
  return conv(s);
}

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u20e3]/gu;
const HAN = /\p{Script=Han}/u;

/** Chinese numerals in a year, e.g. 二〇二二 / 二零二二 → 2022. */
const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

export function normalize(text: string): string {
  let s = String(text ?? '').slice(0, MAX_CHARS);
  s = s.normalize('NFKC');
  s = s.replace(INVISIBLE, '').replace(EMOJI, ' ');
  if (HAN.test(s)) s = toSimplified(s);
  s = s.replace(/[二][〇零][一二三四五六七八九〇零]{2}(?=年)/g, (m) => [...m].map((c) => CN_DIGIT[c] ?? c).join(''));
  s = s.toLowerCase();
  // fold runs of the same punctuation / filler: "？？？" → "?", "!!!" → "!", "。。" → "。"
  s = s.replace(/([!?。,.、~…;:\-_=*#])\1+/g, '$1').replace(/[~～]+/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  return s;
}

/** True when nothing readable is left (only emoji, punctuation, symbols). */
export function isEmptyText(normalized: string): boolean {
  return !/[\p{L}\p{N}]/u.test(normalized);
}
