/**
 * The text of the 2019 《政府信息公开条例》 (data/regulation/政府信息公开条例-2019.md, the State Council's published text):
 * its articles by number, each as its paragraphs (款). Read once, the first time an article is asked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The regulation's file, beside the reports. */
export function regulationFile(): string {
  return fileURLToPath(new URL('../../data/regulation/政府信息公开条例-2019.md', import.meta.url));
}

/** The regulation's articles: 56 of them. */
export const ARTICLE_COUNT = 56;

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number of up to two digits in Chinese numerals or in digits ("三十九", "39", "十"): the number, or undefined. */
export function smallNumber(s: string): number | undefined {
  if (/^\d{1,3}$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[3] ? DIGITS[m[3]]! : 0);
}

/** An article's first line ("第三十九条 申请人以…"). */
const ARTICLE_START = /^第([一二三四五六七八九十]{1,4})条\s+(.*)$/;

/** An item of a paragraph ("(一)办理本行政机关的政府信息公开事宜；"): part of the paragraph (款) before it. */
const ITEM_START = /^[(（][一二三四五六七八九十]{1,3}[)）]/;

let articles: Map<number, string[]> | undefined;

/** The articles, read from the file the first time (its paragraphs: the lines between one article and the next). */
function read(file = regulationFile()): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let current: string[] | undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // (the file missing from an install: no article is quoted, the other rules answer)
    return out;
  }
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    // (a chapter heading ends the article before it)
    if (line.startsWith('#') || line.startsWith('<!--')) {
      current = undefined;
      continue;
    }
    const m = ARTICLE_START.exec(line);
    if (m) {
      const n = smallNumber(m[1]!);
      if (n === undefined) continue;
      current = [m[2]!.trim()];
      out.set(n, current);
    } else if (current && ITEM_START.test(line) && current.length) current[current.length - 1] += `\n${line}`;
    else if (current) current.push(line);
  }
  return out;
}

/** The paragraphs of article n (1–56), or undefined. */
export function articleText(n: number): readonly string[] | undefined {
  articles ??= read();
  return articles.get(n);
}

const CN_DIGITS = '零一二三四五六七八九';
/** A number of up to two digits in Chinese numerals, as the regulation numbers its articles (39 → 三十九). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}
