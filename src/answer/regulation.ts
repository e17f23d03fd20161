/**
 * The text of the 2019 《政府信息公开条例》 (data/regulation/政府信息公开条例-2019.md, the State Council's published text):
 * its articles by number, each as its paragraphs (款). Read once, the first time an article is asked.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { smallNumber } from '../understand/cn-number.js';

export { chineseNumber, smallNumber } from '../understand/cn-number.js';

/** The regulation's file, beside the reports. */
export function regulationFile(): string {
  return fileURLToPath(new URL('../../data/regulation/政府信息公开条例-2019.md', import.meta.url));
}

/** The regulation's articles: 56 of them. */
export const ARTICLE_COUNT = 56;

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
