/**
 * Document → Report. Knows the national format (国办公开办函〔2021〕30号, and the 2019 variant) but
 * nothing about file forms: every extractor hands over the same Document.
 *
 * Steps (one file each under ./parse/): sections (title, 一–六; headings run into one paragraph cut
 * out first) → identity (office, year, period) → contact → passages → tables 二/三/四 (run-together
 * tables split first, flat-tables.ts) → structural findings; then the consistency checks (check.ts).
 */
import { headingSlips } from './parse/heading-slips.js';
import { simplifiedDocument } from './parse/traditional.js';
import { withoutBracketedCounts } from './parse/bracketed-counts.js';
import { withoutPinyinReadings } from './parse/pinyin-readings.js';
import { checkReport } from './check.js';
import { ReportError } from './errors.js';
import { METRICS, PARTS_LISTED, SECTION_TITLES, SOURCE, T3_ROW_BY_ID, T3_ROWS, T4_COLUMNS, T4_GROUPS } from './format.js';
import { enquiryText, extractContact } from './parse/contact.js';
import { applyFlatNotes, readFlatTables } from './parse/flat-tables.js';
import { identify, parseFileName } from './parse/identity.js';
import { splitInlineSections } from './parse/inline-sections.js';
import { routeTables } from './parse/items.js';
import { mergeBrokenParagraphs } from './parse/paragraphs.js';
import { buildPassages } from './parse/passages.js';
import { chromeKind, SECTION_IDS, splitSections, TRAILING_NOTE, type Section } from './parse/sections.js';
import { parseTable2 } from './parse/table2.js';
import { parseTable3 } from './parse/table3.js';
import { parseTable4 } from './parse/table4.js';
import { splitSentences } from './parse/util.js';
import type { Block, Document, Finding, Report, Value } from './types.js';

function texts(sections: Section[], ids: string[]): string[] {
  return sections.filter((s) => ids.includes(s.id)).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text])));
}

/**
 * The fee statement: the sentence(s) of section 六 about 费 — 信息处理费/信息费/处理费 first, else any
 * sentence about charging (收费, 收取…费, 收/缴/免…费用: "未收取任何费用", the 2019 reports' wording),
 * preferring statements of fact (a number, 未/无/没有…) over mere mentions; 经费, 收费标准,
 * 行政事业性收费 are other matters. Outside 六, only a paragraph that says 收取 and 信息处理费.
 */
/** A statement that no fee for disclosure was charged ("未收取任何政府信息公开费用"). */
// (or the disclosure named first: "对依申请提供政府信息暂未收取检索、复印、邮寄等费用")
// (or with whom it was not charged to between: "没有对公民、法人和其他组织收取依申请信息公开的任何费用")
// (or said with 收费, "此外,2022年政府信息公开未收费")
// (or of the applicants, "…本机关不掌握相关政府信息1条,未向申请人收取任何费用")
const NO_DISCLOSURE_FEE = /(?:政府信息公开|信息公开|依申请公开)[^。；，,]{0,6}(?:未|没有|均未|不)收(?:取)?费|(?:未|没有|不|均未|从未)收取[^。；]{0,8}(?:政府信息公开|信息公开|申请)[^。；]{0,4}费用?|(?:依申请|信息公开|政府信息)[^。；]{0,12}(?:未|没有|均未|从未)收取[^。；]{0,16}费用|(?:未|没有|均未|从未)(?:对|向)[^。；]{1,20}收取[^。；]{0,4}(?:政府信息公开|信息公开|依申请)[^。；]{0,8}费用|(?:未|没有|均未|从未)(?:对|向)申请人收取(?:任何)?费用?/;

/** A paragraph on the requests received ("(二)依申请公开"). */
const REQUESTS_PARAGRAPH = /依申请公开|公开申请/;
/** A sentence that opens saying no fee was charged ("未收取费用,…"). */
const PLAIN_NO_FEE = /^\s*(?:均|全部|一律)?(?:未|没有|不)(?:收取|收)(?:任何)?(?:费用|费)/;

function findFeeStatement(sections: Section[]): string | undefined {
  const strong = /信息处理费|信息费|处理费/;
  const weak = /收费|收取[^。；]{0,10}费|[收缴交免][^。；]{0,8}费用|费用[^。；]{0,6}(?:收取|减免|免除)/;
  // 费 words that are about something else (a sentence only about these is no fee statement).
  const otherFees = /行政事业性收费|收费标准|收费项目|收费公示|收费通知|经费/g;
  // (nor the sentence listing the report's parts, "…信息处理费收取情况…等七个部分": it names the fee's part, states no fee)
  const pick = (source: string[], re: RegExp) => {
    const hits = source
      .flatMap(splitSentences)
      .filter((s) => re.test(s.replace(otherFees, '')) && !/文字描述|在此处报告/.test(s) && !PARTS_LISTED.test(s));
    if (!hits.length) return undefined;
    const facts = hits.filter((s) => /\d|无|未|没有|不存在|零|免/.test(s.replace(/《[^》]*》/g, '')));
    return (facts.length ? facts : hits).join('');
  };
  const six = texts(sections, ['六']);
  const other = texts(sections, ['前言', '一', '五']).filter((t) => /收取|[未不没]收费/.test(t));
  // (or, outside 六, a plain statement that no disclosure fee was charged: "未收取任何政府信息公开费用")
  // (or "未收取费用" said plainly in the paragraph on requests: "(二)依申请公开。…提交政府信息公开5件。未收取费用,…")
  const inRequests = () => other.filter((t) => REQUESTS_PARAGRAPH.test(t)).flatMap(splitSentences).find((x) => PLAIN_NO_FEE.test(x));
  return pick(six, strong) ?? pick(six, weak) ?? pick(other, strong) ?? pick(other, NO_DISCLOSURE_FEE) ?? inRequests();
}

/** Parse a Document into a Report. Throws ReportError when the document is not an annual report at all. */
/** The standard first section heading of a report (国办公开办函〔2021〕30号 and the 2019 format). */
const OPENS_WITH_OVERVIEW = /^\s*一\s*[、.．]\s*总体情况/;

/** An opening paragraph naming the report it opens ("…2023年政府信息公开工作年度报告", "2024年丽水市政府信息公开工作年度报告根据…编制并向社会公布", "…编制本报告", "本报告…", "特向社会公布…政府信息公开工作情况报告", "…总结报告如下", "对全年政府信息公开工作情况进行总结", "报告由总体情况…六部分组成", "现报告…2021年政府信息公开工作情况。报告包括总体情况…", "本报告数据统计期限为…"). */
const NAMES_ITSELF = /\d{4}\s*年度?\s*(?:\p{Script=Han}{2,20}?)?政府信息(?:公开)?工作年度报告|(?:发布|公布|现将)本年度报告|(?:编制|制作|制定|撰写|形成)本(?:年度)?报告|本(?:年度)?报告(?:系|是)?(?:根据|依据|依照|按照|由|包括|全文)|编制而成|编制并(?:向社会)?公布|(?:公布|发布|现将|特将)[^。]{0,50}?信息公开[^。]{0,12}?报告|报告如下|本?报告中?所列数据|政府信息公开(?:工作)?年报|报告全文包括|报告(?:由|包括)[^。]{0,6}总体情况|本(?:年度)?报告(?:的)?数据统计期限|现(?:予)?(?:公布|报告)[^。]{0,40}?政府信息公开(?:工作)?情况|对[^。]{0,12}?政府信息公开工作(?:情况)?进行了?总结/u;

/** An office and a year named in a heading ("## 2. 宣汉县民政局 2024"). */
const OFFICE_YEAR_HEADING = /(\p{Script=Han}{2,24}?(?:人民政府办公室|人民政府|办公室|办公厅|局|厅|委员会|办事处|镇|乡))\s*[-–—]?\s*((?:19|20)\d{2})/u;

/** How many different offices the headings name with a year. */
function officesInHeadings(blocks: Block[]): number {
  const named = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const m = OFFICE_YEAR_HEADING.exec(b.text);
    if (m) named.add(m[1]!);
  }
  return named.size;
}

/** The text of the first block that is not a table. */
function firstText(blocks: Block[]): string {
  for (const b of blocks) if (b.kind !== 'table') return b.text;
  return '';
}

/** How many opening blocks may stand before the preamble (a page's "点击收听年报语音朗读", a date line). */
const OPENING_BLOCKS = 3;

/** The first few text blocks before section 一 (where a page's own preamble stands). */
function openingTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  let counted = 0;
  for (const b of blocks) {
    if (b.kind === 'table') continue;
    if (/^\s*一\s*[、.．]/.test(b.text) || counted >= OPENING_BLOCKS) break;
    out.push(b.text);
    // (a page's short metadata lines, "发布时间:", "信息来源:", "分享到:", take no place of the preamble's)
    if (b.text.replace(/\s+/g, '').length > PAGE_LABEL_MAX_CHARS) counted++;
  }
  return out;
}

/** The most characters of a page's metadata line ("发布时间:", "2023-01-18 10:36", "市政府办公室"). */
const PAGE_LABEL_MAX_CHARS = 16;

/** The preface's own words ("本年度报告根据《条例》…编制", "本报告所列数据的统计期限"). */
// (or the preface as townships print it, "根据《条例》规定，现向社会公布…年度报告。报告所列统计期限…咨询电话:…")
const PREFACE_SAID = /本(?:年度)?报告(?:根据|依据|按照|是根据|由)|本报告所列数据|报告所列(?:数据的)?统计期限|现(?:向社会)?公布[^。]{0,40}年度报告/;
/** The office's own website named ("我局的门户网站——http://…", "本单位网站："). */
// (or an organ's official site with its address in brackets, "其中局官方网站(http://wlgd.baotou.gov.cn/)发布922条")
const OWN_SITE_SAID = /(?:我|本)(?:局|委|厅|办|院|单位|机关)(?:的)?(?:门户)?(?:网站|官网)|[局委厅办院](?:的)?(?:官方|门户)网站\s*[（(]\s*(?:https?:|www\.)/;

/** Digits that end a cut text right after a word, no measure word or stop after them ("…提案共17"). */
const CUT_NUMBER_END = /(?<=\p{Script=Han})\d+\s*$/u;
/** Said after those digits. */
const CUT_MARK = '……（原文在此处中断：这个数字可能不完整）';

export function parseReport(source: Document): Report {
  // a report served in traditional characters is read in simplified ones (traditional.ts)
  // (and without the pinyin readings a mirror site put after characters, "鎮(zhèn)": pinyin-readings.ts)
  // (and with counts a page fills in brackets, "发布信息(1386)条", read as counts: bracketed-counts.ts)
  const { doc, converted: fromTraditional } = simplifiedDocument(withoutBracketedCounts(withoutPinyinReadings(source)));
  const blocks = splitInlineSections(mergeBrokenParagraphs(doc.blocks));
  const { title, sections } = splitSections(blocks);
  const found = new Set(sections.map((s) => s.id));
  const streams = routeTables(sections);
  const flat = readFlatTables(sections, streams, texts(sections, ['前言', '一', '五', '六']));
  const values: Record<string, Value> = {};
  const findings: Finding[] = [];

  // (a text cut inside table 二: no later section found)
  const t2 = parseTable2(streams.二, values, findings, !(['三', '四', '五', '六'] as const).some((id) => found.has(id)));
  const t3 = parseTable3(streams.三, values, findings);
  const t4 = parseTable4(streams.四, values, findings);
  applyFlatNotes(flat, values, findings);

  // Real report evidence, not just any table with numbers (a notes file with a markdown table is
  // no report): a report title, the numbered sections with their standard titles, or the statistics
  // tables with their standard rows.
  const numberedSections = SECTION_IDS.filter((id) => found.has(id));
  const t4Groups = T4_GROUPS.filter((g) => T4_COLUMNS.every((c) => typeof values[`t4.${g.id}.${c.id}`]?.value === 'number')).length;
  const evidence =
    !!title ||
    numberedSections.length >= 3 ||
    (t3.hasData && [...t3.rows].filter((id) => !T3_ROW_BY_ID[id]?.derived).length >= 4) ||
    (t2.hasData && t2.rows.size >= 3) ||
    t4Groups >= 2 ||
    // a page saved without its title that opens on "一、总体情况", in a file staff named office-year
    (OPENS_WITH_OVERVIEW.test(firstText(blocks)) && parseFileName(doc.file).patterned) ||
    // a page without its title whose opening paragraph names the report ("现公布XX2023年政府信息公开工作年度报告")
    // and goes on to "一、总体情况"
    // (or, cut before its sections, in a file staff named office-year: "现公布广元市经济和信息化局2023年度政府信息公开情况。
    // 报告全文包括…本报告中所列数据的统计期限为…")
    ((found.has('一') || parseFileName(doc.file).patterned) && openingTexts(blocks).some((t) => NAMES_ITSELF.test(t)));
  if (!evidence) {
    throw new ReportError(doc.file, '不是政府信息公开工作年度报告（没有找到报告标题、章节一至六或带标准行的统计表）');
  }
  // notes about several reports (a checklist with one heading per office and year) are no one office's report
  if (officesInHeadings(blocks) >= 2) {
    throw new ReportError(doc.file, '这是说明多份报告的文件（标题中列出了多个机关和年度），不是某一个机关的年度报告');
  }

  // Every metric of the catalogue is present; null = not reported.
  for (const m of METRICS) {
    if (!values[m.id]) values[m.id] = { value: null, source: SOURCE[m.table], ...(m.derived ? { derived: true } : {}) };
  }

  const intro = texts(sections, ['前言']);
  const all = blocks.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
  const idn = identify(doc.file, title, intro, all, blocks);
  // tables alone, with neither a report title nor any year (a notes file listing expected figures), are no report
  if (!title && idn.year === null && numberedSections.length < 3) {
    throw new ReportError(doc.file, '不是政府信息公开工作年度报告（没有报告标题，也看不出是哪一年的报告）');
  }
  // (the preface printed as section 一's first paragraph, "本年度报告根据…编制…电子版可以从…门户网站(…)下载": read as the
  // preface; and a sentence naming the office's own website anywhere, "我局的门户网站——http://…")
  const preface = texts(sections, ['一']).filter((t) => PREFACE_SAID.test(t) || OWN_SITE_SAID.test(t));
  const contact = extractContact([...intro, ...preface].join('\n'), texts(sections, ['六']).join('\n'), enquiryText(all), all.join('\n'), ownFooter(blocks, idn.office));
  const skip = new Set([idn.office, ...(idn.aliases ?? [])].map((s) => s.replace(/\s+/g, '')));
  // (a page cut inside a number at its very end, "…代表建议和省政协委员提案共17": the digits may begin a longer number, so
  // the passage says it is cut there — the number is given as printed, never as a whole count)
  const built = buildPassages(sections, skip);
  const lastPassage = built.at(-1);
  const passages = lastPassage && !found.has('六') && CUT_NUMBER_END.test(lastPassage.text) ? [...built.slice(0, -1), { ...lastPassage, text: lastPassage.text.replace(CUT_NUMBER_END, (n) => `${n.trim()}${CUT_MARK}`) }] : built;

  // ---- structural findings
  if (fromTraditional) findings.push({ rule: 'script', severity: 'info', message: '报告为繁体字，已转为简体读取' });
  if (!title) findings.push({ rule: 'title', severity: 'info', message: '没有找到报告标题，发布机关取自' + (idn.officeFrom === 'signature' ? '落款' : '文件名') });
  if (idn.year === null) findings.push({ rule: 'year', severity: 'warning', message: '无法确定报告年度（标题、统计期限和文件名都没有给出）' });
  if (idn.titleYear && idn.periodYear && idn.titleYear !== idn.periodYear) {
    findings.push({
      rule: 'year',
      severity: 'warning',
      message: `标题年度 ${idn.titleYear} 与统计期限年度 ${idn.periodYear} 不一致`,
      numbers: [idn.titleYear, idn.periodYear],
    });
  }
  const anyData = t2.hasData || t3.hasData || t4.hasData;
  if (!anyData) {
    findings.push({ rule: 'empty', severity: 'info', message: '报告中没有任何统计数字（空白模板或未填写），所有数字视为未报告' });
  } else {
    const tables: [string, { found: boolean; hasData: boolean }][] = [
      ['二', t2],
      ['三', t3],
      ['四', t4],
    ];
    for (const [id, t] of tables) {
      const name = `表${id}（${SECTION_TITLES[id]}）`;
      if (!t.found) findings.push({ rule: 'missing-table', severity: 'warning', message: `没有找到${name}，其数字视为未报告` });
      else if (!t.hasData) findings.push({ rule: 'missing-data', severity: 'warning', message: `${name}只有表头、没有数据行，其数字视为未报告` });
    }
    if (t3.hasData) {
      const missing = T3_ROWS.filter((r) => !r.derived && !t3.rows.has(r.id) && !(r.parent && t3.rows.has(r.parent) && !T3_ROWS.some((c) => c.parent === r.parent && t3.rows.has(c.id))));
      if (missing.length) {
        findings.push({
          rule: 'missing-rows',
          severity: 'warning',
          message: `表三缺少 ${missing.length} 行（视为未报告）：${missing.map((r) => `${r.num}${r.label}`).join('、')}`,
          numbers: [missing.length],
        });
      }
    }
  }
  const missingSections = SECTION_IDS.filter((id) => !found.has(id));
  if (missingSections.length) {
    const lastFound = SECTION_IDS.filter((id) => found.has(id)).pop();
    const truncated = lastFound !== undefined && missingSections.every((id) => SECTION_IDS.indexOf(id) > SECTION_IDS.indexOf(lastFound));
    findings.push({
      rule: truncated && anyData ? 'truncated' : 'missing-section',
      severity: 'warning',
      message: truncated && anyData
        ? `报告似乎不完整：在第${lastFound}部分之后中断，缺少第${missingSections.join('、')}部分`
        : `没有找到第${missingSections.join('、')}部分（${missingSections.map((id) => SECTION_TITLES[id]).join('、')}）`,
    });
  }

  const report: Report = {
    id: idn.year !== null ? `${idn.office}-${idn.year}` : idn.office,
    office: idn.office,
    year: idn.year,
    // (a note the page or the one who saved it put after the title, "（来源：…）", is no part of it)
    title: title?.replace(TRAILING_NOTE, '').trim() ?? '',
    file: doc.file,
    contact,
    passages,
    values,
    table2Raw: t2.raw,
    findings,
  };
  if (idn.aliases) report.aliases = idn.aliases;
  if (idn.period) report.period = idn.period;
  // (the page's own date may stand in a metadata table: "发布日期 | 2021-04-09")
  const published = signedDate(all) ?? pageDate(blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row.join(' | ')) : [b.text])));
  if (published) report.published = published;
  const indexNo = pageIndexNo(blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row.join(' | ')) : [b.text])));
  if (indexNo) report.indexNo = indexNo;
  const docNo = pageDocNo(blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row.join(' | ')) : [b.text])));
  if (docNo) report.docNo = docNo;
  const pageSource = pageSourceOrg(blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row.join(' | ')) : [b.text])));
  if (pageSource) report.pageSource = pageSource;
  const headings = Object.fromEntries(sections.filter((x) => x.id !== '前言' && x.heading).map((x) => [x.id, x.heading!.trim()]));
  if (Object.keys(headings).length) report.headings = headings;
  report.findings.push(...headingSlips(headings));
  const fee = findFeeStatement(sections);
  if (fee) report.feeStatement = fee;
  report.findings.push(...checkReport(report));
  return report;
}

/** The page's own date line near its top, as sites print it ("发布日期: 2025-01-17 13:19:53", "日期:2022-01-27", "发布日期 | 2021-04-09", "2025-02-14 08:50  来源:…", or a line of its own under the title, "2025-01-26 15:07", "2025.01.08"). */
// (or the label glued to the date, "发布日期2024-01-10", "发文时间2024-01-10")
const PAGE_DATE = /(?:发布日期|发布时间|发文日期|发文时间|成文日期|日期)\s*(?:[:：|]\s*)*((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})|^\s*[•·●]?\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:来源|信息来源|发布机构)|\s*$)|^\s*((?:19|20)\d\d)([.\-/])(\d{1,2})\8(\d{1,2})\s*$/m;
/** A page's bare "时间:" line with a dashed date ("时间: 2024-01-31   来源:"), never a period ("时间：2023年1月1日至…"). */
const TIME_LINE_DATE = /^\s*时间\s*[:：]\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|信息来源|发布机构)|\s*$)/m;
/** A page's source line with the date and time after it ("来源:云南省交通运输厅   2025-01-26 09:18 【字体:"). */
const SOURCE_LINE_DATE = /^\s*(?:来源|信息来源|发布机构)\s*[:：][^\n]{0,40}?\s((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}/m;
/** A page's index number with its date after it, alone on a line ("11371500004428039E/2026-45963799 2026-01-29"). */
const INDEX_THEN_DATE = /^\s*[0-9A-Za-z]{6,}\/\d{4}-\d+\s+((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\s*$/m;
/** A page's date label with nothing after it ("发布时间:"): its date is the next block. */
const DATE_LABEL_ONLY = /(?:发布日期|发布时间|发文日期|日期)\s*[:：|]\s*$/;
/** The first texts of a report where a date alone is its own, under the title (title, its second line, the office, the date). */
const DATE_UNDER_TITLE_TEXTS = 5;
/** The first texts of a page where its date line stands. */
const PAGE_HEAD_TEXTS = 24;

/** A date's separator with spaces around it ("2024- 01- 22"). */
const SPACED_DATE_MARK = /(?<=\d)\s*([-./])\s*(?=\d)/g;

/** No signature date: the date the page says it was published, said to be the page's. */
export function pageDate(texts: string[]): string | undefined {
  const head = texts.slice(0, PAGE_HEAD_TEXTS);
  for (const [i, text] of head.entries()) {
    // (a date alone on a line among the first ones, under the title and the office, "2026年1月8日": the report's own date)
    const own = i < DATE_UNDER_TITLE_TEXTS ? DATE_LINE.exec(text.replace(/\s+/g, '')) : null;
    if (own && Number(own[2]) >= 1 && Number(own[2]) <= 12 && Number(own[3]) >= 1 && Number(own[3]) <= 31) return `${own[1]}年${Number(own[2])}月${Number(own[3])}日（报告标题下所载日期）`;
    // (the label alone, its date in the next block: "发布时间:" then "2022-01-15")
    // (spaces inside a date as some pages print it, "发布日期: 2024- 01- 22 17: 11": read closed up)
    const t = (DATE_LABEL_ONLY.test(text) && head[i + 1] !== undefined ? `${text.trim()} ${head[i + 1]!.trim()}` : text).replace(SPACED_DATE_MARK, '$1');
    const found = PAGE_DATE.exec(t);
    // (the labelled date, or a page's "2025-02-14 08:50  来源:…" line under its title)
    // (or a date alone on a line of its own, digits only, "2025.01.08")
    // (or a bare "时间:" line, "时间: 2024-01-31   来源:", or a source line with the date after it)
    // (or the date after the page's index number on one line, "11371500004428039E/2026-45963799 2026-01-29")
    const m = found ? (found[1] ? found.slice(0, 4) : found[4] ? [found[0], found[4], found[5], found[6]] : [found[0], found[7], found[9], found[10]]) : (TIME_LINE_DATE.exec(t) ?? SOURCE_LINE_DATE.exec(t) ?? INDEX_THEN_DATE.exec(t));
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日（网页所载发布日期，报告未落款）`;
  }
  return undefined;
}

/** A site's index number of the page ("索引号 | 620702081/2026-00007", "索引号：000014349/2022-02188"): digits, letters and - / . only. */
// (spaced out and in a grid, "索 引 号: | 6107000010/2024-000253 |")
// (or its value on the next item of a page's list, "- 索引号" then "- 005452065/2022-00001")
const INDEX_NO = /索\s*引\s*号\s*(?:[:：|]\s*)*(?:[-•·]\s+)?([0-9A-Za-z][0-9A-Za-z\-/_.]{5,40})/;

/** The page's index number in its metadata above the report (the first texts), if printed. */
export function pageIndexNo(texts: string[]): string | undefined {
  const head = texts.slice(0, PAGE_HEAD_TEXTS);
  for (const [i, text] of head.entries()) {
    const m = INDEX_NO.exec(text) ?? INDEX_NO_LABEL_CUT.exec(text);
    if (m) return m[1];
    // (the label alone, its number the next text, as a page's list prints them: "索引号" then "005452065/2022-00001")
    const next = INDEX_LABEL_ALONE.test(text) ? INDEX_VALUE_ALONE.exec(head[i + 1] ?? '') : null;
    if (next) return next[1];
  }
  return undefined;
}
/** The index number's label alone ("- 索引号", "索引号："). */
const INDEX_LABEL_ALONE = /^\s*[-•·]?\s*索\s*引\s*号\s*[:：|]?\s*$/;
/** An index number first in its text, in the index form (a code, a slash, the year and a serial). */
// (the next label may be run on after it, "005452065/2022-00001发布日期")
const INDEX_VALUE_ALONE = /^\s*[-•·]?\s*([0-9A-Za-z]{3,20}\/(?:19|20)\d{2}-\d{2,12})(?![\d\-/])/;
/**
 * The label's first characters lost as some pages are saved ("号: cxs037/2026-00009" for 索引号): a number in the index
 * form itself, a code, a slash, the year and a serial, at the start of a line.
 */
const INDEX_NO_LABEL_CUT = /^\s*号\s*[:：|]\s*([0-9A-Za-z]{3,20}\/(?:19|20)\d{2}-\d{2,12})(?![\d\-/])/m;

/**
 * A site's document number of the report ("备注/文号:永石政〔2024〕1号", "发文字号 | 哈政办发〔2023〕5号"): an issuer's short name,
 * a bracketed year and a number.
 */
const DOC_NO = /(?:文\s*号|发文字号)\s*(?:[:：|]\s*)*(\p{Script=Han}{1,12}[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*\d{1,5}\s*号)/u;

/** The report's document number in its page's metadata above it (the first texts), if printed. */
export function pageDocNo(texts: string[]): string | undefined {
  for (const text of texts.slice(0, PAGE_HEAD_TEXTS)) {
    const m = DOC_NO.exec(text);
    if (m) return m[1]!.replace(/\s+/g, '');
  }
  return undefined;
}

/** A page's source line in its metadata ("来源:天津市人民政府办公厅 发布时间:…", "信息来源：XX县人民政府办公室"): a body's name, Han only. */
// (the body's name ends a Han run: 政府, 办公厅, 局, 委员会, 中心 … — a run that names no body, "来源:本站", is none)
// (or its "发布机构", with or without a colon, "发布机构 市政府办"; the page's next label may follow with no space between, when
// its metadata lines were run together: "发布机构 市政府办公开目录 …")
const SOURCE_ORG = /(?:^|\s|[|])(?:(?:信息)?来源\s*[:：|]|发布机构\s*[:：|]?)\s*(\p{Script=Han}{2,30}?(?:政府|办公厅|办公室|局|委员会|委|厅|中心|管委会|街道办事处|办事处|镇|乡|院|所|处|站|队)|\p{Script=Han}{1,12}?政府办)(?:(?![\p{Script=Han}])|(?=公开目录|发布日期|发布时间|主题分类|成文日期|索\s*引\s*号))/u;

/** The body a page says the report comes from (its "来源:" line among the first texts), if printed. */
export function pageSourceOrg(texts: string[]): string | undefined {
  for (const text of texts.slice(0, PAGE_HEAD_TEXTS)) {
    const m = SOURCE_ORG.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** Lines at the end of a report where its signature and date stand. */
const SIGNATURE_LINES = 4;
/** A line that is only a date ("2026年1月23日"), as reports are signed. */
const DATE_LINE = /^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日$/;

/** The date a report is signed with: a line holding only a date among its last lines. */
export function signedDate(texts: string[]): string | undefined {
  const lines = texts.slice(-3).join('\n').split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean).slice(-SIGNATURE_LINES);
  for (const line of lines.reverse()) {
    const m = DATE_LINE.exec(line);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  }
  return undefined;
}

/** A government's or its general office's ending, set aside to compare the footer's sponsor with the office ("汝州市"). */
const GOVERNMENT_SUFFIX = /(?:人民政府)?办公室$|人民政府$/;
/** The site's sponsor in a page footer ("主办单位:汝州市人民政府办公室"). */
const FOOTER_SPONSOR = /主办(?:单位)?\s*[:：]\s*(\S{4,40})/;
/** A contact label of a footer line ("地址:汝州市丹阳中路268号 邮编:467599"). */
const FOOTER_CONTACT = /地址\s*[:：]|邮编\s*[:：]|电话\s*[:：]/;

/**
 * A page footer copied with the report whose site the office itself runs ("主办单位:汝州市人民政府办公室" "地址:汝州市丹阳中路
 * 268号 邮编:467599", of 汝州市人民政府): its contact lines, read last for the address, post code and phone; '' when the
 * footer is another body's (a bureau's report on the city's portal) or has none.
 */
function ownFooter(blocks: { kind: string; text?: string }[], office: string): string {
  const core = office.replace(/\s+/g, '').replace(GOVERNMENT_SUFFIX, '');
  for (const b of blocks) {
    if (b.kind === 'table' || !b.text || chromeKind(b as Parameters<typeof chromeKind>[0]) !== 'end') continue;
    const sponsor = FOOTER_SPONSOR.exec(b.text.replace(/\s+(?=\S*[:：])/g, '\n'))?.[1]?.replace(GOVERNMENT_SUFFIX, '');
    if (!sponsor || core.length < 2 || sponsor !== core) continue;
    const lines = b.text.split('\n').filter((l) => FOOTER_CONTACT.test(l));
    if (lines.length) return lines.join('\n');
  }
  return '';
}
