/**
 * Staff name table 三's cells by their place in the printed table rather than by their label:
 * "表三（七）总计", "不予公开第2项", "（四）无法提供第1项", "其他那一列", "申请人类型是其他的". These read
 * as the rows and columns of the national format's catalogue (src/report/format.ts), like lexicon hits.
 */
import { T3_ROWS } from '../report/format.js';

export interface RefHit {
  start: number;
  end: number;
  group: 't3.rows' | 't3.columns';
  part: string;
}

const CN = '一二三四五六七八九';
/** "（七）" / "(7)": a numbered group of table 三's results. */
const GROUP_NUM = /\(([一二三四五六七])\)/g;
/** "第2项" / "第二项" / "第2个" after a group: a numbered sub-row ("三项" is a count of items, not the third). */
const ITEM_NUM = /第([1-9一二三四五六七八九])(?:项|个|条|小项|种)/g;
/** Table 三's numbered groups that have numbered sub-rows (their labels as staff say them). */
const GROUP_LABEL = /不予公开|无法提供|不予处理|其他处理/g;
/** An applicant column by its header, said as a column ("其他那一列", "自然人这列", "申请人类型是其他的"). */
// (or the applicants' total, "总计列", "总计那一栏")
const COLUMN = /(自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计)["”’」]?(?:的)?(?:那|这)?一?(?:列|栏)|申请人(?:类型|类别)?(?:是|为|属于)["“‘「]?(其他)/g;
const COLUMN_ID: Record<string, string> = {
  总计: 'total', 自然人: 'natural', 商业企业: 'business', 科研机构: 'research', 社会公益组织: 'nonprofit', 法律服务机构: 'legal', 其他: 'other',
};

/** Words after a group's number that go on with the table, no title of the text's ("的", "里", "第2项", "那一栏"). */
const NOT_A_TITLE = /^(?:的|里|中|第|那|这|项|一|共|合|加|和|与|及|呢|是|有|栏|列|行|总|小计|部分|情形|类)/;
/** Table 三 named ("表三", "表3", "第三张表"). */
const TABLE_THREE = /表三|表3|第三张表/;
/** Table 三's numbered parts, by number: 一、本年新收 二、上年结转 三、本年度办理结果（总计） 四、结转下年度. */
const TOP_ROWS = ['new', 'carried', 'total', 'carry-over'];

const num = (d: string) => (/\d/.test(d) ? Number(d) : CN.indexOf(d) + 1);
const groupByNum = (n: number) => T3_ROWS.find((r) => r.num === `（${CN[n - 1]}）`);
const groupByLabel = (label: string) => T3_ROWS.find((r) => r.label === label);

/** Row and column references by position in table 三, as hits on the text. */
export function tableRefHits(text: string): RefHit[] {
  const hits: RefHit[] = [];
  // the group a numbered item belongs to: the nearest group named before it
  const groups: { at: number; id: string }[] = [];
  for (const m of text.matchAll(GROUP_NUM)) {
    const row = groupByNum(num(m[1]!));
    // "正文（二）依申请公开": a part of the report's text, not a row of the table
    if (!row || /正文|第.?部分|章节/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    // (nor a sub-item of the text by its own title, "“（四）平台建设”里说…", "（五）监督保障": no row's label follows)
    const title = /^\p{Script=Han}{2,}/u.exec(text.slice(m.index! + m[0].length))?.[0];
    if (title && !TABLE_THREE.test(text) && !title.startsWith(row.label.slice(0, 2)) && !NOT_A_TITLE.test(title)) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length, group: 't3.rows', part: row.id });
    groups.push({ at: m.index!, id: row.id });
  }
  for (const m of text.matchAll(GROUP_LABEL)) {
    const row = groupByLabel(m[0]);
    if (row) groups.push({ at: m.index!, id: row.id });
  }
  for (const m of text.matchAll(ITEM_NUM)) {
    const before = groups.filter((g) => g.at < m.index!).sort((a, b) => b.at - a.at)[0];
    const n = num(m[1]!);
    if (!before) {
      // "表三第一项": the table's own numbered parts (一、新收 二、上年结转 三、办理结果 四、结转下年度)
      const top = TABLE_THREE.test(text) ? TOP_ROWS[n - 1] : undefined;
      if (top) hits.push({ start: m.index!, end: m.index! + m[0].length, group: 't3.rows', part: top });
      continue;
    }
    const sub = T3_ROWS.find((r) => r.parent === before.id && r.num === `${n}.`);
    if (sub) hits.push({ start: m.index!, end: m.index! + m[0].length, group: 't3.rows', part: sub.id });
  }
  for (const m of text.matchAll(COLUMN)) {
    const id = COLUMN_ID[m[1] ?? m[2]!];
    if (id) hits.push({ start: m.index!, end: m.index! + m[0].length, group: 't3.columns', part: id });
  }
  return hits;
}
