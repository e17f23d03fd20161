/**
 * Files that are not a report to offer citizens, refused with a clear Chinese reason naming the file:
 *
 * - before parsing (any file form; PDFs above all): no text layer (a scan), or text that is no
 *   readable Chinese (fonts without a Unicode mapping give Latin-1 mojibake such as "Õþ¸®ÐÅÏ¢",
 *   private-use characters or control characters);
 * - after parsing: a report with not a single figure — the blank national template, a file with a
 *   report's title but no statistics tables, or tables left unfilled.
 *
 * Also: which of two files holding the same report (same office and year) to keep.
 */
import { basename } from 'node:path';
import { ReportError } from './errors.js';
import { parseFileName } from './parse/identity.js';
import type { Document, Report } from './types.js';

/**
 * Fewer Chinese characters than this in the whole file: no text layer (a scanned PDF has none, or
 * only a page number or a scanner's stamp). The shortest real report has thousands.
 */
export const MIN_HAN_CHARS = 50;

/**
 * Share of Chinese characters among the letters of a file below which its text is not Chinese.
 * A real report is > 80 % Chinese (the rest: digits, which are not counted, and a few Latin words
 * such as a web address); garbled font encodings give 0 %.
 */
export const MIN_HAN_SHARE = 0.3;

const HAN = /\p{Script=Han}/u;
/** Signs of a broken font encoding: Latin-1 letters and symbols, private use, C0/C1 controls, U+FFFD. */
const GARBLE = /[\u0080-\u00ff\ue000-\uf8ff\u0000-\u0008\u000e-\u001f\ufffd]/u;
const LETTER = /[\p{L}\p{So}\p{Co}\u0080-\u00ff\u0000-\u0008\u000e-\u001f\ufffd]/u;

function allText(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [b.text]));
}

/** A few characters of the garbled text, to show staff what was read. */
function sample(texts: string[]): string {
  const line = texts.find((t) => [...t].filter((c) => GARBLE.test(c)).length >= 4) ?? texts[0] ?? '';
  return [...line.replace(/[\u0000-\u001f]/g, '?').replace(/\s+/g, ' ').trim()].slice(0, 12).join('');
}

/** Refuse a document without readable Chinese text (a scan, or a PDF whose fonts give no Unicode). */
export function refuseUnreadable(doc: Document): void {
  const texts = allText(doc);
  let han = 0;
  let letters = 0;
  let garbled = 0;
  for (const t of texts) {
    for (const ch of t) {
      if (HAN.test(ch)) {
        han++;
        letters++;
      } else if (LETTER.test(ch)) {
        letters++;
        if (GARBLE.test(ch)) garbled++;
      }
    }
  }
  const pdf = /\.pdf$/i.test(doc.file);
  if (letters >= MIN_HAN_CHARS && han / letters < MIN_HAN_SHARE && garbled >= han) {
    throw new ReportError(
      doc.file,
      `读出的文字是乱码（如“${sample(texts)}”），没有可读的中文${pdf ? '：PDF 的字体缺少文字编码映射' : '，可能是文字编码有误'}；` +
        `请提供 Word、网页版本，或${pdf ? '重新导出（嵌入字体）的 PDF' : '以 UTF-8 保存的文本'}`,
    );
  }
  if (han < MIN_HAN_CHARS) {
    throw new ReportError(
      doc.file,
      pdf
        ? `PDF 中几乎没有可提取的文字（只有 ${han} 个汉字），可能是扫描件或图片；请提供文字版 PDF、Word 或网页版本`
        : `不是政府信息公开工作年度报告（文件中几乎没有中文文字，只有 ${han} 个汉字）`,
    );
  }
}

/** Placeholder wording of the national template ("在此处报告…", "XX年") or a title naming a template. */
const TEMPLATE = /格式模板|报告模板|样表|样本|在此处报告|[XＸ×]{2}(?:年|县|市|区|局)/;
/** Placeholder wording alone: a template wherever it stands. */
const PLACEHOLDER = /在此处报告|[XＸ×]{2}(?:年|县|市|区|局)/;
/** A line this short naming a template is a title or heading; in a longer sentence it is a template the office made ("印发…答复文书格式模板"). */
const TEMPLATE_LINE_MAX = 40;

/** Words of the three statistics tables' rows and columns (any one of them makes a grid a statistics table). */
const STATISTICS_TABLE = /信息内容|规章|规范性文件|行政许可|行政处罚|行政强制|收费|自然人|法人|本年新收|予以公开|不予公开|行政复议|行政诉讼|维持|纠正/;

/** The statistics tables of the national format (主动公开, 依申请公开, 复议诉讼). */
const STATISTICS_TABLES = 3;

/** What staff are told about a report kept without tables. */
export const NO_TABLES_KEPT =
  '有报告标题和正文，但没有统计表（可能是图片，或网页保存不完整）：表格数字按“未报告”处理，群众只能查到正文中写明的数字和联系方式；如果表格是图片，请提供带文字表格的版本';

/**
 * Chinese characters of running text a report without tables must have to be kept: an account of the
 * year (the shortest section 一 of a real report is a few hundred characters), not a title alone.
 */
export const MIN_PROSE_HAN = 300;

/** A report that is kept without tables: it names its year and tells the year in its own words. */
function proseReport(report: Report): boolean {
  if (report.year === null || report.year === undefined) return false;
  const han = report.passages.reduce((n, p) => n + (p.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  return han >= MIN_PROSE_HAN;
}

/** The longest text after a page's last statistics table that is only a fragment of its cut row ("规" of 规章). */
const CUT_FRAGMENT_MAX = 6;

/** Refuse a parsed report with no figure at all: a blank template, a title without tables, empty tables. */
export function refuseNotReport(doc: Document, report: Report): void {
  const anyFigure = Object.values(report.values).some((v) => v.value !== null && !v.derived);
  if (anyFigure) return;
  // (a page's own metadata grid — 索引号, 发文机构, 生成日期 — is no statistics table)
  const tables = doc.blocks.filter((b) => b.kind === 'table' && STATISTICS_TABLE.test(b.rows.flat().join(' '))).length;
  const template = TEMPLATE.test(report.title) || doc.blocks.some((b) => b.kind !== 'table' && (PLACEHOLDER.test(b.text) || (b.text.trim().length <= TEMPLATE_LINE_MAX && TEMPLATE.test(b.text))));
  if (template) {
    throw new ReportError(doc.file, '这是空白的年度报告格式模板（没有填写任何数字），不是某个机关的年度报告，未提供给群众');
  }
  // (a page saved short inside its first statistics table, "二、主动公开…" then a header row and nothing after: the
  // tables were cut off, not left blank — a blank draft holds all three tables, and text after them)
  // (or only a fragment of a row after it, "规" of 规章 cut mid-word)
  const isStatTable = (b: (typeof doc.blocks)[number]) => b.kind === 'table' && STATISTICS_TABLE.test(b.rows.flat().join(' '));
  let lastTable = -1;
  doc.blocks.forEach((b, i) => {
    if (isStatTable(b)) lastTable = i;
  });
  const cutInTable = tables < STATISTICS_TABLES && lastTable >= 0 && doc.blocks.slice(lastTable + 1).every((b) => b.kind !== 'table' && b.text.trim().length <= CUT_FRAGMENT_MAX);
  if ((tables === 0 || cutInTable) && proseReport(report)) {
    // the tables are pictures or were cut off (a web page saved short): the report's text is still the
    // office's own word — its contact, its account and the figures it states in words — so it is kept, and
    // staff are told what is missing
    report.findings.push({ rule: 'no-tables', severity: 'warning', message: NO_TABLES_KEPT });
    return;
  }
  if (tables === 0) {
    throw new ReportError(
      doc.file,
      '有报告标题，但没有统计表（主动公开、依申请公开、复议诉讼三张表都没有找到），不能作为年度报告使用；' +
        '如果表格是图片，请提供带文字表格的版本',
    );
  }
  throw new ReportError(doc.file, '报告的统计表都没有填写数字（可能是未完成的草稿或空白模板），未提供给群众');
}

// ------------------------------------------------------------------ duplicates

/** A file name that marks a copy: "副本", "复制", "Copy of", "(1)", "备份", ".bak". */
const COPY_NAME = /副本|复制|拷贝|备份|copy|\bbak\b|[(（]\s*\d+\s*[)）]\s*$|旧版|old/i;

/**
 * How well a report's file name agrees with its content: the office and year in the name are the
 * report's (+2 each), a name that marks a copy (-3). Higher is better.
 */
export function nameAgreement(r: Report): number {
  const stem = basename(r.file).replace(/\.[^.]+$/, '');
  const name = parseFileName(r.file);
  const names = new Set([r.office, ...(r.aliases ?? [])].map((s) => s.replace(/\s+/g, '')));
  let score = 0;
  if (name.patterned) {
    if (names.has(name.office.replace(/\s+/g, '')) || name.office.includes(r.office) || r.office.includes(name.office)) score += 2;
    if (name.year !== undefined && name.year === r.year) score += 2;
  } else {
    if (stem.includes(r.office)) score += 1;
    if (r.year !== null && stem.includes(String(r.year))) score += 1;
  }
  if (COPY_NAME.test(stem)) score -= 3;
  return score;
}

/**
 * Of two files holding the same report, the one to keep: the file whose name agrees with its
 * content; then the one with fewer errors in its figures; then the first by name.
 */
export function preferred(a: Report, b: Report): Report {
  const byName = nameAgreement(b) - nameAgreement(a);
  if (byName !== 0) return byName > 0 ? b : a;
  const errors = (r: Report) => r.findings.filter((f) => f.severity === 'error').length;
  const byErrors = errors(a) - errors(b);
  if (byErrors !== 0) return byErrors > 0 ? b : a;
  return basename(a.file) <= basename(b.file) ? a : b;
}
