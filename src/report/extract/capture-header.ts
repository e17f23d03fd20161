/**
 * The header a web-archive capture puts above a page's text: "key: value" lines (标题, 发布时间, 文号,
 * 发布机构, 栏目, 原文链接, 本地目录, …) ended by a separator line "==== 正文 ====". None of it is the
 * report's text: the title (标题) becomes a heading, the rest is dropped (the page address is where
 * the capture came from, not a website the report names).
 */

/** The separator that ends the header: a run of "=" (or "-") around 正文. */
const SEPARATOR = /^\s*[=\-]{3,}\s*正文\s*[=\-]{3,}\s*$/;
/** The header is short: a capture writes one line per field, about ten. */
const MAX_HEADER_LINES = 20;
/** One field of the header: a short key, a colon, the value (possibly empty). */
const FIELD = /^\s*([\p{Script=Han}A-Za-z]{1,8})\s*[:：]\s*(.*)$/u;

/**
 * Lines of a text file with a capture header replaced by the title as a markdown heading; the lines
 * unchanged when there is no such header (no separator among the first lines, or lines before it
 * that are neither fields nor notes without a colon such as "页面链接与图片详见 links.tsv").
 */
export function dropCaptureHeader(lines: string[]): string[] {
  const end = lines.slice(0, MAX_HEADER_LINES + 1).findIndex((l) => SEPARATOR.test(l));
  if (end < 1) return lines;
  const head = lines.slice(0, end).filter((l) => l.trim() !== '');
  const fields = head.map((l) => FIELD.exec(l));
  if (!fields.some((f) => f) || fields.filter((f) => f).length < head.length / 2) return lines;
  const title = fields.find((f) => f && /^(?:标题|题目|名称)$/.test(f[1]!))?.[2]?.trim();
  return [...(title ? [`# ${title}`, ''] : []), ...lines.slice(end + 1)];
}
