/**
 * Table 二 (主动公开) answers: each row's cells under the catalogue's headings; the 2019 format's own columns as
 * printed (上一年项目数量, 本年增/减) when asked or when the catalogue's are not given; the text's sentence about a
 * row a cut page left without cells; and the difference of two figures asked against each other.
 */
import { respectiveCounts } from './respectively.js';
import { SECTION_TITLES, t2Unit, T2_ROWS } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import { cellsOf, differenceLine, fmt, val } from './cells.js';
import { statedFigures } from '../report/parse/stated-figures.js';

/** A row's label as printed, without its explanation in brackets ("其他对外管理服务事项(指行政许可证以外的…)"). */
const rawLabel = (label: string) => label.replace(/\s+/g, '').replace(/[（(].*$/, '');

/** "报告表二“行政事业性收费”一行印的是：上一年项目数量 1288，本年增/减 591。": a row's cells under their own headings. */
function printedRow(r: Report, label: string): string | undefined {
  const raw = r.table2Raw.find((x) => rawLabel(x.label) === label || (label === '行政规范性文件' && rawLabel(x.label) === '规范性文件'));
  // (headings read whole only: "本年新" of a heading printed over two lines is no heading)
  const cells = Object.entries(raw?.cells ?? {}).filter(([h, v]) => !/^列\d+$|#|新$/.test(h) && v.trim());
  if (!cells.length) return undefined;
  // (last year's items and this year's change printed: the items this year, worked out, "25 + (-1) = 24 项")
  const prior = cells.find(([h]) => /上一年项目/.test(h))?.[1].trim();
  const change = cells.find(([h]) => /本年增/.test(h))?.[1].trim().replace(/^＋|^\+/, '');
  const now = prior && change && /^\d+$/.test(prior) && /^-?\d+$/.test(change) && Number(change) !== 0 ? Number(prior) + Number(change) : undefined;
  // (no change printed: the items stay as many, "没有变化")
  const same = prior && change !== undefined && /^\d+$/.test(prior) && /^[+-]?0$/.test(change);
  const worked =
    now !== undefined && now >= 0 ? `按表中数字，本年该类事项为 ${now} 项（${prior} ${Number(change) < 0 ? '-' : '+'} ${Math.abs(Number(change))}）。` : same ? `本年增/减为 0，该类事项数量没有变化，仍为 ${prior} 项。` : '';
  return `报告表二中“${rawLabel(raw!.label)}”一行印的是：${cells.map(([h, v]) => `${h} ${v.trim()}`).join('，')}。${worked}`;
}

/** Said when last year's figure of table 二 is asked of a report that does not print it. */
const NO_PRIOR_YEAR = '报告表二只列出本年度的数字，没有列出上一年的数字（上一年的数字在上一年度的报告中）。';

/** Words of place before a list's first thing ("全省行政许可"): no part of its name. */
const LIST_LEAD = /^(?:\d{4}年)?(?:全省|全市|全区|全县|全镇|全年|本年度?)/;

/** The first sentence of the text that states counts of a row of table 二 by its name ("…行政许可申请114738件…"). */
export function toldOfRow(r: Report, label: string): { text: string; section: string; listed?: boolean } | undefined {
  // (the text names 行政规范性文件 as 规范性文件, and counts documents in 份 as well as 件)
  const word = label.replace(/^行政/, '');
  // (decisions counted in 宗 and in 万, "2764.2万宗"; amounts in 元, 万元 or 亿元)
  const counts = /\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*(?:[件项个次条份宗]|元)/;
  const p = r.passages.find((x) => x.section !== '二' && x.text.includes(word) && counts.test(x.text));
  // (or the sentence saying none was made, "2024年办公室未起草发布规章、行政规范性文件")
  if (!p) {
    // (or none of the row's matters at all, "本年度无行政许可、行政处罚,…")
    const none = r.passages.flatMap((x) => (x.section !== '二' ? x.text.split(/(?<=[。；;])/) : [])).find((x) => x.includes(word) && (NONE_MADE.test(x) || noneOfRow(label).test(x)));
    const at = none ? r.passages.find((x) => x.text.includes(none)) : undefined;
    return none && at ? { text: none.trim(), section: SECTION_TITLES[at.section] ? at.section : '' } : undefined;
  }
  // (the sentence that names it, not a long paragraph cut short before its figure)
  const sentence = p.text.split(/(?<=[。；;])/).find((x) => x.includes(word) && counts.test(x));
  const section = SECTION_TITLES[p.section] ? p.section : '';
  // (a list given "respectively", "行政许可、行政处罚、行政强制决定数量分别为2764.2万宗、3124万宗和188.2万宗": the row's
  // own count, the others' left out)
  const listed = respectiveCounts(sentence ?? p.text);
  const own = listed.filter((c) => c.item.includes(word));
  if (own.length === 1) {
    const c = own[0]!;
    const names = listed.filter((x) => x.clause === c.clause).map((x) => x.item.replace(LIST_LEAD, '').replace(/(?:决定)?(?:数量|数)$/, ''));
    return { text: `按“${names.join('、')}”依次列出数量，其中${c.item.replace(LIST_LEAD, '').replace(/(?:决定)?(?:数量|数)$/, '')}为 ${fmt(c.value)}${c.unit}${c.approx ? '余' : ''}。`, section, listed: true };
  }
  return { text: (sentence ?? p.text).trim(), section };
}

/**
 * Documents made and repealed the text tells, no cell of either (a page cut before table 二): their net change
 * ("2024年共制发行政规范性文件8件,废止17件" → 净减少 9 件), when the text states one count of each.
 */
function toldNetChange(r: Report, q: MetricQuery): string | undefined {
  const row = q.rows.length === 1 ? T2_ROWS.find((x) => x.id === q.rows[0]) : undefined;
  // (a row without both columns, 行政许可 with no 废止: nothing to net)
  if (!row || !row.cols.issued || !row.cols.repealed || !q.cols.includes('issued') || !q.cols.includes('repealed')) return undefined;
  const headers = [row.cols.issued, row.cols.repealed];
  const told = statedFigures(r.passages.filter((p) => p.section !== '二').map((p) => p.text), row.label, T2_ROWS.filter((x) => x !== row).map((x) => x.label), headers);
  if (!told.every((set) => set.size === 1)) return undefined;
  const [made, gone] = told.map((set) => [...set][0]!) as [number, number];
  const d = made - gone;
  return `按报告正文的数字，制发 ${fmt(made)} 件、废止 ${fmt(gone)} 件，净${d === 0 ? '变化为 0（持平）' : `${d > 0 ? '增加' : '减少'} ${fmt(Math.abs(d))} 件（${fmt(made)} − ${fmt(gone)} = ${fmt(d)}）`}。`;
}

/** The row is printed with the 2019 format's columns of last year and the change (上一年项目数量, 本年增/减). */
function printsPriorYear(r: Report, label: string): boolean {
  const raw = r.table2Raw.find((x) => rawLabel(x.label) === label);
  return Object.keys(raw?.cells ?? {}).some((h) => /上一年|本年增|本年减/.test(h));
}

/**
 * The row is printed with the 2019 format's 本年新公开数量, which no catalogue column holds (a document made in an
 * earlier year may be published this year): its cells as printed come with every answer about it.
 */
function printsNewlyPublished(r: Report, label: string): boolean {
  const raw = r.table2Raw.find((x) => rawLabel(x.label) === label || (label === '行政规范性文件' && rawLabel(x.label) === '规范性文件'));
  return Object.entries(raw?.cells ?? {}).some(([h, v]) => /新公开/.test(h) && v.trim() !== '');
}

/** The row is printed with a column of the 2019 format that no catalogue column holds (本年新公开数量, 上一年项目数量, 本年增/减). */
export function printsOldFormatColumns(r: Report, label: string): boolean {
  return printsPriorYear(r, label) || printsNewlyPublished(r, label);
}

/** The row's cells are printed with their own units ("31批次", "709455.9元"): shown as printed beside the catalogue's. */
function printsOwnUnits(r: Report, label: string): boolean {
  const raw = r.table2Raw.find((x) => rawLabel(x.label) === label);
  return Object.values(raw?.cells ?? {}).some((v) => /\d\s*[^\d\s.,，]+$/.test(v.trim()));
}

/** An amount printed without its unit (the 2019 format's 采购总金额): the number as printed, never a unit guessed. */
const UNIT_NOT_PRINTED = '（报告未注明单位）';

/**
 * Whether the report prints the unit of a row's amount ("本年收费金额（单位：万元）"); true when the row's
 * printed cells are not known (the catalogue's unit stands, as the national format prints it).
 */
function amountUnitPrinted(r: Report, label: string): boolean {
  const raw = r.table2Raw.find((x) => rawLabel(x.label) === label);
  const heads = Object.keys(raw?.cells ?? {}).filter((h) => /金额/.test(h));
  // (in the header, or in the cell itself: "251000元")
  return !heads.length || heads.some((h) => /元/.test(h) || /元|\d万$/.test(raw?.cells[h] ?? ''));
}

/**
 * Rows of table 二 added up ("以上 3 项合计 21 件（20 + 1 + 0）"): only one cell per row, all in the same unit
 * and all given; never a sum across units (件 and 万元) or with a cell the report leaves out.
 */
function sumOfRows(r: Report, q: MetricQuery): string | undefined {
  const cells = q.rows.map((rowId) => {
    const row = T2_ROWS.find((x) => x.id === rowId)!;
    const cols = q.cols.filter((c) => c in row.cols);
    const use = cols.length ? cols : Object.keys(row.cols);
    return use.length === 1 ? { v: val(r, `t2.${rowId}.${use[0]!}`), unit: t2Unit(row, use[0]!) } : undefined;
  });
  if (cells.length < 2 || cells.some((c) => !c || typeof c.v !== 'number') || new Set(cells.map((c) => c!.unit)).size !== 1) return undefined;
  const vs = cells.map((c) => c!.v as number);
  return `以上 ${vs.length} 项合计 ${fmt(vs.reduce((a, b) => a + b, 0))} ${cells[0]!.unit}（${vs.map(fmt).join(' + ')}，按报告数字计算）。`;
}

/** The text saying none of a column was made ("未制发", "没有新制发"; "未制发…和废止…" of both). */
/** A sentence saying none was made ("未起草发布", "未制发", "没有出台"). */
// (or "未制作行政法规、规章和规范性文件")
const NONE_MADE = /(?:未|没有|无)(?:新)?(?:起草)?(?:发布|制发|出台|制定|制作)/;
const NONE_OF_COLUMN: Readonly<Record<string, RegExp>> = {
  issued: NONE_MADE,
  repealed: /(?:未|没有|无)(?:[^，,。；;]{0,14}和)?废止/,
};

/**
 * Table 二's figures asked. `prior`: the same office's report of the year before, when loaded — last year's
 * figure asked of a report that prints this year's only is read from it ("现行有效多少件 上一年是多少").
 */
/** The text saying the office had none of a row's matters ("无行政许可、行政处罚、行政强制事项", "未发生行政处罚"). */
function noneOfRow(label: string): RegExp {
  return new RegExp(`(?:无|没有|未(?:发生|作出|实施|办理))[^。；;，,]{0,24}${label}(?![^。；;，,]{0,4}\\d)`);
}

export function renderT2(r: Report, q: MetricQuery, prior?: Report): { lines: string[]; missing: boolean; zeroByText: boolean } {
  const lines: string[] = [];
  let missing = false;
  // (a 0 read from the text's words, no cell: "即行政处罚 0 件（按报告正文）")
  let zeroByText = false;
  for (const rowId of q.rows) {
    const row = T2_ROWS.find((x) => x.id === rowId)!;
    const cols = q.cols.filter((c) => c in row.cols);
    const use = cols.length ? cols : Object.keys(row.cols);
    const parts: string[] = [];
    for (const c of use) {
      const v = val(r, `t2.${rowId}.${c}`);
      const head = row.cols[c]!.replace(/（单位：万元）/, '').replace(/件数|数量/, '');
      if (v === null || v === undefined) {
        missing = true;
        parts.push(`${head}：报告未列出`);
      } else if (c === 'amount' && v !== 0 && !amountUnitPrinted(r, row.label)) parts.push(`${head} ${fmt(v)}${UNIT_NOT_PRINTED}`);
      else parts.push(`${head} ${fmt(v)} ${t2Unit(row, c)}`);
    }
    lines.push(`${row.label}：${parts.join('，')}。`);
    // the 2019 format's own columns for the row (上一年项目数量, 本年增/减), as printed, when the catalogue's are not given
    // (or asked for: "上一年项目数量多少", "比上一年增加还是减少")
    const none = use.every((c) => val(r, `t2.${rowId}.${c}`) === null || val(r, `t2.${rowId}.${c}`) === undefined);
    // (or a column the catalogue has no place for: the 2019 format's 本年新公开数量)
    // (the 2019 format's row is shown as printed whenever it has columns of its own: 上一年项目数量 and 本年增/减 are
    // figures of the row the catalogue has no place for)
    const printed = printsPriorYear(r, row.label) || none || printsNewlyPublished(r, row.label) || printsOwnUnits(r, row.label) ? printedRow(r, row.label) : undefined;
    if (printed) lines.push(printed);
    // last year asked of a report that prints this year's figures only (the 30号 format): said, never guessed
    // (not two of this year's columns set against each other: "对外公开总数量比本年新制作的多几件")
    else if (q.printed && !none && !(q.difference && use.length >= 2)) lines.push(priorYearLine(prior, rowId, use) ?? NO_PRIOR_YEAR);
    // no cell at all (a page cut before table 二): what the text says of it ("本年度我局收到行政许可申请114738件…")
    const told = none && !printed ? toldOfRow(r, row.label) : undefined;
    if (told) lines.push(`报告正文${told.section ? `（${told.section}、${SECTION_TITLES[told.section] ?? ''}）` : ''}${told.listed ? '' : '写道：'}${told.text}`);
    // (the text saying none of a column asked, "未制发规范性文件和废止规范性文件": that column's 0, as the text's word)
    if (told) {
      for (const c of use) {
        if (!NONE_OF_COLUMN[c]?.test(told.text)) continue;
        lines.push(`即${row.cols[c]!.replace(/件数|数量/, '')} 0 件（按报告正文）。`);
        zeroByText = true;
      }
    }
    // (or none of the row at all, "无行政许可、行政处罚、行政强制事项": its 0, as the text's word)
    if (told && use.every((c) => !NONE_OF_COLUMN[c]?.test(told.text)) && noneOfRow(row.label).test(told.text)) {
      lines.push(`即${row.label} 0 件（按报告正文）。`);
      zeroByText = true;
    }
  }
  const diff = q.difference ? (differenceLine(cellsOf(r, q)) ?? netOfCells(r, q) ?? toldNetChange(r, q)) : undefined;
  if (diff) lines.push(diff);
  const sum = q.added ? sumOfRows(r, q) : undefined;
  if (sum) lines.push(sum);
  return { lines, missing, zeroByText };
}

/** Made less repealed, from the row's cells, when both are asked among others ("现行有效18件，制发4件废止1件，净增几件"). */
function netOfCells(r: Report, q: MetricQuery): string | undefined {
  if (q.rows.length !== 1 || !q.cols.includes('issued') || !q.cols.includes('repealed')) return undefined;
  const [made, gone] = [val(r, `t2.${q.rows[0]}.issued`), val(r, `t2.${q.rows[0]}.repealed`)];
  if (typeof made !== 'number' || typeof gone !== 'number') return undefined;
  const d = made - gone;
  return `制发 ${fmt(made)} 件、废止 ${fmt(gone)} 件，净${d === 0 ? '变化为 0（持平）' : `${d > 0 ? '增加' : '减少'} ${fmt(Math.abs(d))} 件（${fmt(made)} − ${fmt(gone)} = ${fmt(d)}，按报告数字计算）`}。`;
}

/** The row's cells in last year's report of the office ("上一年（2023年报告）：现行有效 5 件。"), when it gives them. */
function priorYearLine(prior: Report | undefined, rowId: string, cols: string[]): string | undefined {
  if (!prior) return undefined;
  const row = T2_ROWS.find((x) => x.id === rowId)!;
  const parts: string[] = [];
  for (const c of cols) {
    const v = val(prior, `t2.${rowId}.${c}`);
    if (typeof v !== 'number') return undefined;
    parts.push(`${row.cols[c]!.replace(/（单位：万元）/, '').replace(/件数|数量/, '')} ${fmt(v)} ${t2Unit(row, c)}`);
  }
  return parts.length ? `上一年（${prior.year}年报告）：${row.label}：${parts.join('，')}。` : undefined;
}

