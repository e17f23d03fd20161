/** Who published the report and for which year: from the title, the statistics period, a signature, the file name. */
import { basename, extname } from 'node:path';
import type { Block } from '../types.js';
import { halfWidth } from './util.js';

export interface Identity {
  office: string;
  year: number | null;
  period?: string;
  aliases?: string[];
  /** Where office / year came from, for findings. */
  officeFrom: 'title' | 'signature' | 'file';
  yearFrom: 'title' | 'period' | 'file' | null;
  titleYear?: number;
  periodYear?: number;
}

const YEAR = '((?:19|20)\\d{2})';

function cleanOffice(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/^[#《“"]+|[》”"]+$/g, '')
    .replace(/^关于/, '')
    // (the title's own "关于" before the year: "会宁县工业和信息化局关于2021年度…年度报告")
    .replace(/关于$/, '')
    // (a page's own year stamp before the title: "2025湖口县大垅乡2025年度政府信息公开…" — the year again after the office)
    .replace(/(?:19|20)\d{2}年?度?$/, '')
    .replace(/[（(]\s*$/, '')
    // (a dash or a dot between the office and the year: "…人力资源和社会保障局-2020年政府信息公开…")
    .replace(/[-－—–_·:：]+$/, '')
    .replace(/的$/, '')
    .trim();
}

/** A site's version tags before a title ("【文字】", "【图解版】", "[文字版]"): not part of the office's name. */
const VERSION_TAGS = /^(?:[【\[(（][^】\])）]{1,6}[】\])）]\s*)+/;
/** A site's metadata label before a title, whole or with its first character lost ("名称:", "称:", "标题：", "题名:"). */
// (or glued to the title's year, its colon lost: "标题2023年政府信息公开工作年度报告")
const TITLE_LABEL = /^(?:名?称|标\s*题|题\s*名|文件名称)\s*(?:[:：]\s*|(?=(?:19|20)\d{2}))/;
/** The issuing body named in the title's brackets ("…年度报告（发文机关：宋村镇人民政府，长治市长子县）"). */
const ISSUER_IN_TITLE = /(?:发文机关|发布机关|发布机构|发文单位)\s*[:：]\s*([^，,；;）)\s]{2,30})/;

/** Office and year printed in a title such as "XX局2023年度政府信息公开工作年度报告". */
export function parseTitle(title: string): { office?: string; year?: number } {
  const t = halfWidth(title).replace(/\s+/g, ' ').trim().replace(VERSION_TAGS, '').replace(TITLE_LABEL, '');
  // (the year with or without 年: "西藏自治区政府国资委2020政府信息公开工作年度报告")
  const m = new RegExp(`^(.*?)\\s*${YEAR}\\s*(?:年\\s*度?)?\\s*(.*?)\\s*(?:政府信息公开|政务公开|信息公开)`).exec(t);
  if (m) {
    const office = withGovernment(cleanOffice(m[1]!) || cleanOffice(m[3]!));
    return withIssuer(t, { office: office || undefined, year: Number(m[2]) });
  }
  const n = /^(.*?)\s*(?:政府信息公开|政务公开|信息公开)/.exec(t);
  const office = n ? withGovernment(cleanOffice(n[1]!)) : '';
  return { office: office || undefined };
}

/** The title's issuer when its words before the year name no office. */
function withIssuer(t: string, found: { office?: string; year?: number }): { office?: string; year?: number } {
  if (found.office) return found;
  const issuer = ISSUER_IN_TITLE.exec(t)?.[1];
  return issuer ? { ...found, office: issuer } : found;
}

/**
 * A government's name run into "政府信息公开" ("洪山区人民政府信息公开工作年度报告"): the shortest reading
 * leaves "洪山区人民", which names no office — the 政府 is the office's own.
 */
function withGovernment(office: string): string {
  return /人民$/.test(office) ? `${office}政府` : office;
}

/** Office and year encoded in a file name like "南岗区人民政府办公室-2022.txt". */
export function parseFileName(file: string): { office: string; year?: number; patterned: boolean } {
  const base = basename(file, extname(file)).trim();
  let m = new RegExp(`^(.+?)[-_—\\s]+${YEAR}\\s*(?:年度?)?$`).exec(base);
  if (m) return { office: cleanOffice(m[1]!), year: Number(m[2]), patterned: true };
  m = new RegExp(`^${YEAR}\\s*(?:年度?)?[-_—\\s]*(.+)$`).exec(base);
  if (m && !/^\d/.test(m[2]!)) return { office: cleanOffice(m[2]!.replace(/政府信息公开.*$/, '')) || base, year: Number(m[1]), patterned: true };
  return { office: base, patterned: false };
}

// ("所列统计数据的期限自2025年1月1日起,至…止": the period said after 统计数据)
// (or the data's time limit, "本报告中所统计的数据时限为2023年1月1日至…", or its dates, "统计日期自2018年1月1日起…"; a year without its 年, "自20201月1日起至202012月31日止")
// (or its 月 and 年 left out altogether, "统计时限为202211日至20221231日": Jan 1 run together with the year)
// (a page's own slips kept: "自2019年1月28(我局成立之日)起至2019年1231" — a start day without 日, an aside in brackets
// on why it starts then, the end's 12月31日 run together)
/** An aside in brackets after the start date ("(我局成立之日)"). */
const ASIDE = '(?:[（(][^（()）\\d]{1,12}[)）])?';
const PERIOD_RE = new RegExp(
  `(?:统计期限|统计时限|统计时间|统计日期|统计期间|统计区间|统计周期|数据统计|统计数据|数据时限|数据期限)[^。]{0,12}?((?:自|从)?\\s*${YEAR}\\s*年?\\s*(?:\\d{1,2}\\s*月\\s*\\d{1,2}|0?10?1(?=\\s*日))\\s*日?\\s*${ASIDE}\\s*(?:起|始)?\\s*[,，]?\\s*(?:至|到|—|-|~)\\s*(?:${YEAR}\\s*年?)?\\s*(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|1231(?!\\d))\\s*(?:止)?)`,
);

/** The statistics period as printed ("自 2022 年 1 月 1 日起至 2022 年 12 月 31 日止") and its end year. */
export function findPeriod(texts: string[]): { period: string; year: number } | null {
  for (const t of texts) {
    const m = PERIOD_RE.exec(t);
    // (the end's year left out, "2025年1月1日至12月31日": the start's)
    // (a period printed without its months, "202211日至20221231日": what it stands for said after it)
    if (m) {
      const year = Number(m[3] ?? m[2]);
      const printed = m[1]!.trim();
      return { period: /月/.test(printed) ? printed : `${printed}（即${year}年1月1日至${year}年12月31日）`, year };
    }
  }
  return null;
}

const OFFICE_END = /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|署|院|中心|办事处|街道|镇|乡|办|委|部|会|所|站|队|处|馆|社)$/;

/** A line that speaks (the office of itself, 我镇/本局, or a verb of its work), so names no office. */
const SENTENCE_NOT_NAME = /^我|^本(?:局|机关|单位|镇|乡|街道|委|办|部门)|依托|主要|通过|按照|根据/;

/** A signature line near the end: a short line naming an office (before a date line). */
export function findSignature(blocks: Block[]): string | undefined {
  const tail = blocks.slice(-6).filter((b): b is Exclude<Block, { kind: 'table' }> => b.kind !== 'table');
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = tail[i]!.text.replace(/\s+/g, '');
    if (/版权所有|Copyright|©|ICP|主办|承办|技术支持/i.test(t)) continue; // a site footer, not a signature
    // (a sentence of a page cut short is no signature: "我镇政府信息公开工作主要依托萧山区政府")
    if (SENTENCE_NOT_NAME.test(t)) continue;
    if (t.length >= 3 && t.length <= 30 && !/[。，；：,;:]/.test(t) && OFFICE_END.test(t) && !/^[（(]?\d/.test(t)) return t;
  }
  return undefined;
}

/**
 * A place name before an office name: 淮安市, 江苏省, 延边朝鲜族自治州 — or a bare place the file name adds
 * ("杨凌" + "示范区教育局"): staff named the file, and the fuller name is the one citizens use.
 */
const PLACE_PREFIX = /^[\u4e00-\u9fff]{2,8}(?:省|市|自治区|自治州|州|盟|地区)?$/;

/**
 * The office named in full by the file name when the title leaves out its city ("洪泽区人民政府" in the
 * title, "淮安市洪泽区人民政府-2023.pdf"): reports of one office in different years then share one name.
 */
function fullerOffice(office: string, fileOffice: string | undefined): string | undefined {
  if (!fileOffice || fileOffice.length <= office.length) return undefined;
  // (or with the government's own name after a township's or a district's: "中村乡" → "会昌县中村乡人民政府")
  const at = fileOffice.indexOf(office);
  const rest = at < 0 ? '' : fileOffice.slice(at + office.length);
  if (at < 0 || !(rest === '' || (GOVERNMENT_SUFFIX.test(rest) && /[乡镇区县市]$/.test(office)))) return undefined;
  return at === 0 || PLACE_PREFIX.test(fileOffice.slice(0, at)) ? fileOffice : undefined;
}

/** An office named by its level alone, no place: "省建设厅", "市教育局", "县政府办". */
const LEVEL_ONLY = /^(?:省|市|县|区|州|旗)(?!委|直)\p{Script=Han}{1,10}(?:厅|局|委|办|室|委员会|政府)$/u;

/**
 * Two names of one kind of organ by their last word: the same last character, or an organ's short name against its
 * full one ("县政府办" and "府谷县人民政府办公室", "市卫健委" and "…卫生健康委员会").
 */
function sameOrganKind(full: string, short: string): boolean {
  const last = short.slice(-1);
  return full.endsWith(last) || (last === '办' && /办公室$|办公厅$/.test(full)) || (last === '委' && full.endsWith('委员会'));
}

/** A bracketed name that is a body of its own: a place of two characters or more, then its organ ("滨江商务区管委会"). */
/** A bureau's second name at the same level, in brackets ("市版权局", "省文物局"): its level and its organ. */
const SECOND_PLATE = /^([省市县区州])(\p{Script=Han}{1,8}(?:局|厅))$/u;
const SECOND_NAME = /^\p{Script=Han}{2,}(?:区|县|市|镇|乡|街道)?\p{Script=Han}*(?:管委会|管理委员会|人民政府|政府)$/u;

/** An office named by its organ alone, no place or level at all: "住建局", "城管局", "教体局". */
const ORGAN_ONLY = /^[^省市县区州旗镇乡]{1,5}(?:厅|局|委|办|室)$/u;

/** What follows a place's name to make its government's ("中村乡" + "人民政府"). */
const GOVERNMENT_SUFFIX = /^(?:人民政府|政府)$/;

/**
 * Two names that share a two-character word ("长河街道" in both): a signature that shares none with the office
 * name staff gave the file is a line of a page cut short ("依托区门户网站"), not the office's name.
 */
function sharesWords(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

export function identify(file: string, title: string | undefined, introTexts: string[], allTexts: string[], blocks: Block[]): Identity {
  const fromTitle = title ? parseTitle(title) : {};
  const period = findPeriod(introTexts) ?? findPeriod(allTexts);
  const fromFile = parseFileName(file);
  const signature = findSignature(blocks);

  let office: string;
  let officeFrom: Identity['officeFrom'];
  const aliasesFromTitle: string[] = [];
  if (fromTitle.office) {
    office = fromTitle.office;
    officeFrom = 'title';
  } else if (signature && (!fromFile.patterned || sharesWords(signature, fromFile.office))) {
    office = signature;
    officeFrom = 'signature';
  } else {
    office = fromFile.office;
    officeFrom = 'file';
  }

  // An OCR slip in the title (沐阳 for 沭阳): the file name staff gave, one character apart, is the name to use.
  if (officeFrom === 'title' && fromFile.patterned && fromFile.office.length === office.length && fromFile.office !== office) {
    const diff = [...office].filter((ch, i) => ch !== fromFile.office[i]).length;
    if (diff === 1) {
      aliasesFromTitle.push(office);
      office = fromFile.office;
      officeFrom = 'file';
    }
  }

  // A title naming two bodies as one, the second in brackets ("六盘水市人民政府(市人民政府办公室)"): the name staff gave
  // the file, or else the first; the bracketed words are no name of their own, the first name stays an alias.
  const bracketed = officeFrom === 'title' ? /^(.+?)\s*[（(]([^（）()]{2,20})[）)]$/.exec(office) : null;
  if (bracketed) {
    aliasesFromTitle.push(bracketed[1]!);
    // (unless the bracket is the same body's other name, a place of its own and an organ — "武昌经开区管委会(滨江商务区管委会)",
    // one body with two names: an alias too)
    if (SECOND_NAME.test(bracketed[2]!) && !LEVEL_ONLY.test(bracketed[2]!) && !ORGAN_ONLY.test(bracketed[2]!)) aliasesFromTitle.push(bracketed[2]!);
    // (or a bureau's second plate at its level, "湘潭市新闻出版局（市版权局）": one body with two names — 湘潭市版权局 an alias)
    const plate = SECOND_PLATE.exec(bracketed[2]!);
    const at = plate ? bracketed[1]!.indexOf(plate[1]!) : -1;
    if (plate && at >= 2) aliasesFromTitle.push(`${bracketed[1]!.slice(0, at + 1)}${plate[2]}`);
    if (fromFile.patterned && sharesWords(fromFile.office, office)) {
      office = fromFile.office;
      officeFrom = 'file';
    } else office = bracketed[1]!;
  }

  // A title naming the office by its level alone ("省建设厅2020年…", "市教育局…"): no place in it, so the file name
  // staff gave (浙江省住房和城乡建设厅) names it; the title's words stay an alias.
  if (officeFrom === 'title' && (LEVEL_ONLY.test(office) || ORGAN_ONLY.test(office)) && fromFile.patterned && fromFile.office.length > office.length && sameOrganKind(fromFile.office, office)) {
    aliasesFromTitle.push(office);
    office = fromFile.office;
    officeFrom = 'file';
  }

  if (officeFrom === 'title') {
    const full = fullerOffice(office, fromFile.patterned ? fromFile.office : undefined);
    if (full) {
      aliasesFromTitle.push(office);
      office = full;
    }
  }

  let year: number | null = null;
  let yearFrom: Identity['yearFrom'] = null;
  if (fromTitle.year) {
    year = fromTitle.year;
    yearFrom = 'title';
  } else if (period) {
    year = period.year;
    yearFrom = 'period';
  } else if (fromFile.year) {
    year = fromFile.year;
    yearFrom = 'file';
  }

  const aliases = new Set<string>(aliasesFromTitle);
  if (fromFile.patterned && fromFile.office && fromFile.office !== office) aliases.add(fromFile.office);
  if (signature && signature !== office && officeFrom !== 'signature' && (!fromFile.patterned || sharesWords(signature, fromFile.office))) aliases.add(signature);

  return {
    office,
    year,
    period: period?.period,
    aliases: aliases.size ? [...aliases] : undefined,
    officeFrom,
    yearFrom,
    titleYear: fromTitle.year,
    periodYear: period?.year,
  };
}
