/**
 * Rule report-format-asked: which version of the national report format a report follows ("用的是哪版格式", "新的30号
 * 还是老的"). Read from the report itself — the columns its table 二 prints (本年新制作数量… in the 2019 format,
 * 本年制发件数… in the 2021 one), else the format document its text cites — and set against the format its year
 * should use; a report that shows neither is said to, with the rule of which years use which.
 */
import { reportLabel } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The format's version asked ("哪版格式", "用的什么模板", "30号还是老的"), or the number of the notice that set it ("年报格式通知是几号文"). */
const FORMAT_ASKED =
  /(?:哪版|哪一版|哪个版本?|什么版本?|哪种|哪套|哪一种|新版|旧版|老版|新的|老的)[^，。？?]{0,6}(?:格式|模板|表样|样式)|(?:格式|模板)[^，。？?]{0,4}(?:是哪|用的哪|哪版|哪一版|新的还是|老的还是|新版还是|旧版还是)|(?:30号|60号)[^，。？?]{0,6}还是|(?:格式|模板)[^，。？?]{0,8}(?:几号文|文号|发文字号|哪个文件|哪号文)/;

/** The annual report named ("年报", "年度报告"): a 模板 asked of it is its format, not the request form. */
const YEAR_REPORT = /年报|年度报告|报告/;

/** Columns only the 2019 format (国办公开办函〔2019〕60号) prints in table 二 ("本年新" is one cut short). */
const COLUMNS_2019 = /本年新|对外公开总数|上一年项目数量|本年增\/?减/;
/** Columns only the 2021 format (国办公开办函〔2021〕30号) prints. */
const COLUMNS_2021 = /本年制发|本年废止|现行有效|本年处理决定数量|本年收费金额/;
/** The format document cited in the text. */
const CITES_2019 = /〔2019〕60号|\[2019\]60号|格式[（(]试行[）)]/;
const CITES_2021 = /〔2021〕30号|\[2021\]30号/;

/** The first year whose report uses the 2021 format (reports for 2019 and 2020 used the 2019 one). */
const FIRST_YEAR_2021_FORMAT = 2021;

const NAME_2019 = '2019年版格式（国办公开办函〔2019〕60号《政府信息公开工作年度报告格式（试行）》）';
const NAME_2021 = '2021年版格式（国办公开办函〔2021〕30号）';
const SHOWS_2019 = '表二的栏目是“本年新制作数量、本年新公开数量、对外公开总数量”，行政许可等是“上一年项目数量、本年增/减、处理决定数量”';
const SHOWS_2021 = '表二的栏目是“本年制发件数、本年废止件数、现行有效件数”，行政许可等是“本年处理决定数量”';

type Version = '2019' | '2021';

/** The version a report follows, by its table 二's columns, else by the document its text cites. */
export function formatOf(r: Report): { version: Version; by: 'columns' | 'text' } | undefined {
  const headers = r.table2Raw.flatMap((x) => Object.keys(x.cells));
  if (headers.some((h) => COLUMNS_2019.test(h))) return { version: '2019', by: 'columns' };
  if (headers.some((h) => COLUMNS_2021.test(h))) return { version: '2021', by: 'columns' };
  const text = r.passages.map((p) => p.text).join('');
  if (CITES_2019.test(text)) return { version: '2019', by: 'text' };
  if (CITES_2021.test(text)) return { version: '2021', by: 'text' };
  return undefined;
}

/** The version a report of that year should follow. */
function dueFor(year: number): Version {
  return year >= FIRST_YEAR_2021_FORMAT ? '2021' : '2019';
}

export const reportFormatAsked: Rule = {
  name: 'report-format-asked',
  doc: 'Which version of the national format a report follows ("用的是哪版格式", "30号还是老的"): read from its table 二\'s columns or the document its text cites, set against the version its year should use; never guessed from the year alone.',
  decide: (u, state, kn) => {
    // (the message as written too: the synonyms read 模板 as 申请表)
    if (!FORMAT_ASKED.test(u.norm) && !(YEAR_REPORT.test(u.text) && FORMAT_ASKED.test(u.text))) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const found = formatOf(r);
    const due = r.year ? dueFor(r.year) : undefined;
    const rule = `按规定，2019、2020年度报告用${NAME_2019}，${FIRST_YEAR_2021_FORMAT}年度起用${NAME_2021}。`;
    const lines: string[] = [];
    if (!found) {
      lines.push(`${reportLabel(r)}报告中没有读到表二的栏目，也没有写明依据的格式文件，看不出用的是哪版格式。`, rule);
    } else {
      const name = found.version === '2019' ? NAME_2019 : NAME_2021;
      const shows = found.by === 'columns' ? `：${found.version === '2019' ? SHOWS_2019 : SHOWS_2021}` : '（报告正文写明了依据的格式文件）';
      lines.push(`${reportLabel(r)}报告用的是${name}${shows}。`);
      if (due && due !== found.version) lines.push(`按规定${r.year}年度报告应使用${due === '2021' ? NAME_2021 : NAME_2019}，这份报告仍用了${found.version === '2019' ? '旧' : '新'}格式。`);
      else lines.push(rule);
    }
    return { kind: 'passage', report: r, parts: { head: '', lines, labelled: true } };
  },
};

/** A format notice's number quoted ("国办公开函[2021]3号", "国办公开办函〔2021〕30号"): its issuer, year and number. */
const NOTICE_QUOTED = /(国办\p{Script=Han}{0,4}函)\s*[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]\s*(\d{1,3})\s*号/u;
/** Whether it is right, asked ("对不对", "有没有写错", "是否正确"). */
const RIGHT_ASKED = /对不对|对吗|对么|是否正确|正确吗|有没有错|写错|错了吗|有问题吗|有没有问题|准确吗|没问题吧|对不|是不是/;
/** The national format's notices, by year: issuer and number. */
const NOTICES: Readonly<Record<string, string>> = { '2019': '60', '2021': '30' };
const ISSUER = '国办公开办函';
/** The report's format named ("格式文件", "报告格式", "模板"). */
const FORMAT_WORD = /格式|模板|表样/;

export const formatNumberChecked: Rule = {
  name: 'format-number-checked',
  doc: 'A format notice\'s number quoted and checked ("年报开头引用的“国办公开函[2021]3号”对不对"): set against the two national format notices (国办公开办函〔2019〕60号, 国办公开办函〔2021〕30号), what the loaded report cites said with it.',
  decide: (u, state, kn) => {
    const m = NOTICE_QUOTED.exec(u.text) ?? NOTICE_QUOTED.exec(u.norm);
    if (!m || !RIGHT_ASKED.test(u.norm)) return undefined;
    const [quoted, issuer, year, number] = [m[0], m[1]!, m[2]!, m[3]!];
    // (a notice of the disclosure office, or one said to be the format's: "国办函〔2020〕109号" is the fees' measures)
    if (!/公开/.test(issuer) && !FORMAT_WORD.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r && !kn.reports.length) return undefined;
    const right = issuer === ISSUER && NOTICES[year] === number;
    const lines: string[] = [];
    if (right) lines.push(`“${quoted}”写得对：这是国家政府信息公开工作年度报告格式的文号（${year === '2021' ? '2021年度起使用' : '2019、2020年度使用'}）。`);
    else {
      const meant = NOTICES[year] ? `${ISSUER}〔${year}〕${NOTICES[year]}号` : `${ISSUER}〔2021〕30号`;
      lines.push(`“${quoted}”写得不对：国家政府信息公开工作年度报告格式的文号是${meant}${year === '2021' || !NOTICES[year] ? '（2021年度起使用；2019、2020年度用国办公开办函〔2019〕60号）' : '（2019、2020年度使用；2021年度起用国办公开办函〔2021〕30号）'}。${issuer !== ISSUER ? `发文字号是“${ISSUER}”，不是“${issuer}”。` : ''}`);
    }
    return { kind: 'passage', report: r ?? kn.reports[0]!, parts: { head: '', lines, labelled: true } };
  },
};
