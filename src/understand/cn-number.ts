/** Small numbers in Chinese numerals, both ways: article numbers (第三十九条), counts (十五件). */

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number of up to two digits in Chinese numerals, or up to three in digits ("三十九", "十", "39"): the number, or undefined. */
export function smallNumber(s: string): number | undefined {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

const CN_DIGITS = '零一二三四五六七八九';
/** A number under 100 in Chinese numerals, as the regulation numbers its articles (39 → 三十九). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}
