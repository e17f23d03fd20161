/** The stream a table parser reads: table rows, with the headings/short lines between fragments as context. */
import type { Block } from '../types.js';
import { cellKind, normLabel, splitTrailingNumbers } from './util.js';

/**
 * `split`: the row's figures as the reader of run-together tables split them (flat-tables.ts), one
 * per cell after the label, null where no rule settles the cell (read as not reported, never 0).
 */
export type Item = { kind: 'context'; text: string } | { kind: 'row'; cells: string[]; table: number; split?: (number | null)[] };

export type TableId = '二' | '三' | '四';

/** Which table a grid is, judged by its content (null when it does not say). */
export function classifyTable(rows: string[][]): TableId | null {
  const text = normLabel(rows.flat().join('|'));
  if (/结果维持|结果纠正|尚未审结|未经复议/.test(text)) return '四';
  if (/行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费|第二十条|本年制发|现行有效/.test(text)) return '二';
  if (
    /予以公开|本年新收|上年结转|不予公开|无法提供|不予处理|结转下年|国家秘密|自然人|商业企业|三安全|第三方合法|内部事务|过程性信息|执法案卷|行政查询|不掌握相关|另行制作|补正后|信访举报|重复申请|出版物|大量反复|重新出具|逾期不补正|收费通知/.test(
      text,
    )
  ) {
    return '三';
  }
  return null;
}

/** The first cell of table 二's header row, and the words of its column headers. */
const HEADER_START = /^信息内容$/;
const HEADER_CELL = /数量|件数|金额|增\/|增减/;

/** The first line of a column header wrapped over two ("本年新" / "制作数量", "上一年" / "项目数量"). */
const HEADER_PART = /^(?:本年新?|上一?年|对外|本年度?|处理|采购)$/;
/** A note in brackets after a row name of the 2019 format's table 二 ("规章(设区的市、自治州人民政府应提供相关数据)"). */
const ROW_NOTE = /^([^（(\d]{2,12})[（(][^（()）]{6,}[）)]$/;
function withoutRowNote(text: string): string {
  const m = ROW_NOTE.exec(text.replace(/\s+/g, ''));
  return m ? m[1]! : text;
}

/**
 * Route the blocks of the report into one item stream per table. Inside sections 二–四, text laid
 * out one cell per line ("规章" / "0" / "0" / "0") is rebuilt into rows: a short label line followed
 * by number lines is one row; a label line without numbers stays context; a short line "label n n"
 * (the numbers after spaces) is a row by itself; in table 二, "信息内容" and the column headers on
 * the lines after it are one header row.
 */
export function routeTables(sections: { id: string; blocks: Block[] }[]): Record<TableId, Item[]> {
  const streams: Record<TableId, Item[]> = { 二: [], 三: [], 四: [] };
  let tableNo = 0;
  for (const sec of sections) {
    const own = sec.id === '二' || sec.id === '三' || sec.id === '四' ? (sec.id as TableId) : null;
    let pseudo: string[] | null = null;
    let pseudoTable = 0;
    let headPart = '';
    const flush = () => {
      if (own && pseudo) {
        if (pseudo.length > 1) streams[own].push({ kind: 'row', cells: pseudo, table: pseudoTable });
        else if (pseudo[0]) streams[own].push({ kind: 'context', text: pseudo[0] });
      }
      pseudo = null;
    };
    for (const b of sec.blocks) {
      if (b.kind === 'table') {
        flush();
        const target = classifyTable(b.rows) ?? own;
        if (!target) continue;
        tableNo++;
        for (const cells of b.rows) streams[target].push({ kind: 'row', cells, table: tableNo });
        continue;
      }
      if (!own) continue;
      // (a row of table 二 with the 2019 format's note after its name, "规范性文件(行政机关制定发布的决定、公告…)":
      // the name alone)
      const text = own === '二' ? withoutRowNote(b.text.trim()) : b.text.trim();
      if (text.replace(/\s+/g, '').length > 60) {
        flush();
        continue;
      }
      if (cellKind(text) === 'number') {
        if (!pseudo) {
          pseudo = [''];
          pseudoTable = ++tableNo;
        }
        pseudo.push(text);
        continue;
      }
      // Table 二's column headers one per line after "信息内容" form one header row (the 2019
      // format's columns are not the 2021 ones: read by position they would be misnamed).
      const inHeader = own === '二' && pseudo && HEADER_START.test(normLabel((pseudo as string[])[0]!)) && (pseudo as string[]).every((c) => cellKind(c) === 'text');
      if (inHeader && HEADER_CELL.test(normLabel(text))) {
        (pseudo as string[]).push(headPart + text);
        headPart = '';
        continue;
      }
      // (a header wrapped over two lines, "本年新" / "制作数量": its first part waits for the rest)
      if (inHeader && HEADER_PART.test(normLabel(text))) {
        headPart += text;
        continue;
      }
      headPart = '';
      // A new label: a label that had numbers was a row; start a new pseudo-table after a context line.
      const hadNumbers = pseudo !== null && (pseudo as string[]).length > 1;
      flush();
      if (!hadNumbers) pseudoTable = ++tableNo;
      // A label with its numbers on the same line ("行政许可    48", "行政处罚 0 0 0") is a row even
      // when no number line follows.
      const split = splitTrailingNumbers([text]);
      pseudo = split.length > 1 && !/[。；;，,：:]/.test(split[0]!) ? split : [text];
    }
    flush();
  }
  return streams;
}
