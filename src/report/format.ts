/**
 * The national annual-report format (国办公开办函〔2021〕30号) as data: the single catalogue of
 * figures that the parser fills, the checks verify and the answers render.
 *
 * MetricId forms:
 *   t2.<row>.<col>           table 二 (主动公开)
 *   t3.<row>.<col>           table 三 (申请) — row ids below × column ids below
 *   t4.<group>.<col>         table 四 (复议/诉讼)
 */

export const SECTION_TITLES: Record<string, string> = {
  一: '总体情况',
  二: '主动公开政府信息情况',
  三: '收到和处理政府信息公开申请情况',
  四: '政府信息公开行政复议、行政诉讼情况',
  五: '存在的主要问题及改进情况',
  六: '其他需要报告的事项',
};

// ---------------------------------------------------------------- table 二

export interface T2Row {
  id: string;
  item: string;                    // 第二十条第（一）项
  label: string;
  /** column id → standard header */
  cols: Record<string, string>;
  unit: string;
  /** Per-column unit where it differs from `unit` (政府集中采购: 项目数量 in 项, 总金额 in 万元). */
  units?: Record<string, string>;
  /** Only in the 2019 format (国办公开办函〔2019〕60号): null (not reported) in every 2021-format report. */
  oldFormat?: true;
}

/** The unit of one column of a table-二 row. */
export function t2Unit(row: T2Row, col: string): string {
  return row.units?.[col] ?? row.unit;
}

export const T2_ROWS: T2Row[] = [
  { id: 'rules', item: '第二十条第（一）项', label: '规章', cols: { issued: '本年制发件数', repealed: '本年废止件数', valid: '现行有效件数' }, unit: '件' },
  { id: 'normative', item: '第二十条第（一）项', label: '行政规范性文件', cols: { issued: '本年制发件数', repealed: '本年废止件数', valid: '现行有效件数' }, unit: '件' },
  { id: 'license', item: '第二十条第（五）项', label: '行政许可', cols: { decisions: '本年处理决定数量' }, unit: '件' },
  { id: 'penalty', item: '第二十条第（六）项', label: '行政处罚', cols: { decisions: '本年处理决定数量' }, unit: '件' },
  { id: 'enforcement', item: '第二十条第（六）项', label: '行政强制', cols: { decisions: '本年处理决定数量' }, unit: '件' },
  { id: 'fees', item: '第二十条第（八）项', label: '行政事业性收费', cols: { amount: '本年收费金额（单位：万元）' }, unit: '万元' },
  // Rows only the 2019 format (60号) prints. How its columns map onto this catalogue (parse/table2.ts):
  //   本年新制作数量 → issued (制发 = 制作并印发: the documents made this year; 本年新公开数量 is NOT
  //   mapped — a document made in an earlier year may be published this year, so it is a different
  //   figure, kept in table2Raw only); 对外公开总数量 → valid (the cumulative count of documents in
  //   force and public, what 30号 calls 现行有效件数); 处理决定数量 → decisions; 本年废止件数 does not
  //   exist in 60号 (→ null); 上一年项目数量 and 本年增/减 (counts of 许可/处罚/收费 *items*, not of
  //   decisions) have no 30号 counterpart and stay in table2Raw. 行政事业性收费 in 60号 has no amount (→ null).
  { id: 'other-services', item: '第二十条第（五）项', label: '其他对外管理服务事项', cols: { decisions: '本年处理决定数量' }, unit: '件', oldFormat: true },
  {
    id: 'procurement',
    item: '第二十条第（九）项',
    label: '政府集中采购',
    cols: { count: '采购项目数量', amount: '采购总金额（单位：万元）' },
    unit: '万元',
    units: { count: '项', amount: '万元' },
    oldFormat: true,
  },
];

// ---------------------------------------------------------------- table 三

export interface T3Row {
  id: string;
  /** Standard label as printed in the template (without numbering). */
  label: string;
  /** Printed numbering, e.g. "一、", "（一）", "1." */
  num: string;
  /** Parent group id for sub-rows (refused.secret → refused). */
  parent?: string;
  /** Derived subtotal: not printed, computed as the sum of its children. */
  derived?: boolean;
  /** A reason's legal basis in the regulation, in Chinese (a why-question about the row quotes it). */
  basis?: string;
  /** Regexes (on label text with spaces removed) that identify the row. */
  match: RegExp[];
}

export const T3_COLUMNS: { id: string; label: string; match: RegExp }[] = [
  { id: 'natural', label: '自然人', match: /自然人/ },
  { id: 'business', label: '商业企业', match: /商业企业|企业/ },
  { id: 'research', label: '科研机构', match: /科研/ },
  { id: 'nonprofit', label: '社会公益组织', match: /社会公益|社会组织/ },
  { id: 'legal', label: '法律服务机构', match: /法律服务/ },
  { id: 'other', label: '其他', match: /^其他$/ },
  { id: 'total', label: '总计', match: /总计|合计/ },
];
/** Derived column: 法人或其他组织 = the five organisation columns. */
export const T3_ORG_COLUMNS = ['business', 'research', 'nonprofit', 'legal', 'other'] as const;
export const T3_COLUMN_LABEL: Record<string, string> = {
  ...Object.fromEntries(T3_COLUMNS.map((c) => [c.id, c.label])),
  org: '法人或其他组织',
};

export const T3_ROWS: T3Row[] = [
  { id: 'new', num: '一、', label: '本年新收政府信息公开申请数量', match: [/本年新收/, /新收.*申请/] },
  { id: 'carried', num: '二、', label: '上年结转政府信息公开申请数量', match: [/上年结转/] },
  { id: 'granted', num: '（一）', label: '予以公开', match: [/予以公开/] },
  { id: 'partial', num: '（二）', label: '部分公开', match: [/部分公开/], basis: '《条例》第三十七条：申请公开的信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理的，行政机关应当向申请人提供可以公开的内容，并对不予公开的内容说明理由。年度报告格式中，作了区分处理的申请只计入“部分公开”这一行，不再计入其他情形。' },
  { id: 'refused', num: '（三）', label: '不予公开', derived: true, match: [] },
  { id: 'refused.secret', parent: 'refused', num: '1.', label: '属于国家秘密', match: [/国家秘密/], basis: '《条例》第十四条：依法确定为国家秘密的政府信息，不予公开。' },
  { id: 'refused.law', parent: 'refused', num: '2.', label: '其他法律行政法规禁止公开', match: [/法律.*法规.*禁止/, /禁止公开/], basis: '《条例》第十四条：法律、行政法规禁止公开的政府信息，不予公开。' },
  { id: 'refused.security', parent: 'refused', num: '3.', label: '危及“三安全一稳定”', match: [/三安全/, /一稳定/], basis: '《条例》第十四条：公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。' },
  { id: 'refused.third-party', parent: 'refused', num: '4.', label: '保护第三方合法权益', match: [/第三方/], basis: '《条例》第十五条：涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开；但第三方同意公开或者不公开会对公共利益造成重大影响的，予以公开（征求第三方意见的程序见第三十二条）。' },
  { id: 'refused.internal', parent: 'refused', num: '5.', label: '属于三类内部事务信息', match: [/内部事务/, /三类内[部容]/], basis: '《条例》第十六条第一款：行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。' },
  { id: 'refused.process', parent: 'refused', num: '6.', label: '属于四类过程性信息', match: [/过程性/], basis: '《条例》第十六条第二款：讨论记录、过程稿、磋商信函、请示报告等过程性信息，可以不予公开；法律、法规、规章规定应当公开的，从其规定。' },
  { id: 'refused.enforcement', parent: 'refused', num: '7.', label: '属于行政执法案卷', match: [/执法案卷/], basis: '《条例》第十六条第二款：行政执法案卷信息，可以不予公开；法律、法规、规章规定应当公开的，从其规定。' },
  { id: 'refused.query', parent: 'refused', num: '8.', label: '属于行政查询事项', match: [/行政查询/, /查询事项/], basis: '国家格式（国办公开办函〔2021〕30号）列出的不予公开情形之一：所申请的是行政查询事项，一般应通过专门的查询渠道办理（参见《条例》第三十六条第（七）项：工商、不动产登记资料等信息依照有关法律、行政法规的规定办理）。' },
  { id: 'unable', num: '（四）', label: '无法提供', derived: true, match: [] },
  { id: 'unable.not-held', parent: 'unable', num: '1.', label: '本机关不掌握相关政府信息', match: [/不掌握/], basis: '《条例》第三十六条第（四）、（五）项：经检索没有所申请公开信息的，告知申请人该政府信息不存在；不属于本机关负责公开的，告知申请人并说明理由，能够确定负责机关的，告知其名称和联系方式。' },
  { id: 'unable.need-create', parent: 'unable', num: '2.', label: '没有现成信息需要另行制作', match: [/另行制作/, /没有现成/], basis: '《条例》第三十八条：行政机关向申请人提供的信息，应当是已制作或者获取的政府信息；需要对现有政府信息进行加工、分析的，可以不予提供。' },
  { id: 'unable.unclear', parent: 'unable', num: '3.', label: '补正后申请内容仍不明确', match: [/仍不明确/, /补正后/], basis: '《条例》第三十条：申请内容不明确的，行政机关应当一次性告知申请人作出补正；补正后申请内容仍不明确的，无法据此提供信息。' },
  { id: 'rejected', num: '（五）', label: '不予处理', derived: true, match: [] },
  { id: 'rejected.petition', parent: 'rejected', num: '1.', label: '信访举报投诉类申请', match: [/信访/, /举报投诉/], basis: '《条例》第三十九条第一款：申请人以政府信息公开申请的形式进行信访、投诉、举报等活动，行政机关应当告知申请人不作为政府信息公开申请处理，并可以告知通过相应渠道提出。' },
  { id: 'rejected.repeat', parent: 'rejected', num: '2.', label: '重复申请', match: [/重复申请/], basis: '《条例》第三十六条第（六）项：行政机关已就申请作出答复、申请人重复申请公开相同政府信息的，告知申请人不予重复处理。' },
  { id: 'rejected.publication', parent: 'rejected', num: '3.', label: '要求提供公开出版物', match: [/出版物/], basis: '《条例》第三十九条第二款：申请内容为要求提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径。' },
  { id: 'rejected.excessive', parent: 'rejected', num: '4.', label: '无正当理由大量反复申请', match: [/大量反复/], basis: '《条例》第三十五条：申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由；认为理由不合理的，告知申请人不予处理。' },
  { id: 'rejected.confirm', parent: 'rejected', num: '5.', label: '要求行政机关确认或重新出具已获取信息', match: [/重新出具/, /确认或/], basis: '国家格式（国办公开办函〔2021〕30号）列出的不予处理情形之一：要求行政机关确认或重新出具申请人已获取的信息，不属于获取政府信息的申请；《条例》没有为此单设条文。' },
  { id: 'other', num: '（六）', label: '其他处理', derived: true, match: [] },
  { id: 'other.no-correction', parent: 'other', num: '1.', label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', match: [/逾期不补正/, /不补正/], basis: '《条例》第三十条：申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。' },
  { id: 'other.no-fee', parent: 'other', num: '2.', label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', match: [/缴纳费用/, /收费通知/], basis: '《条例》第四十二条及《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）：申请人逾期未按收费通知要求缴纳信息处理费的，行政机关不再处理该申请。' },
  { id: 'other.other', parent: 'other', num: '3.', label: '其他', match: [/^其他$/] },
  { id: 'total', num: '（七）', label: '总计', match: [/^总计$/, /^合计$/] },
  { id: 'carry-over', num: '四、', label: '结转下年度继续办理', match: [/结转下年/] },
];

export const T3_ROW_BY_ID: Record<string, T3Row> = Object.fromEntries(T3_ROWS.map((r) => [r.id, r]));
/** Groups whose subtotal is derived from sub-rows. */
export const T3_GROUPS = ['refused', 'unable', 'rejected', 'other'] as const;

// ---------------------------------------------------------------- table 四

export const T4_GROUPS: { id: string; label: string }[] = [
  { id: 'review', label: '行政复议' },
  { id: 'suit-direct', label: '行政诉讼（未经复议直接起诉）' },
  { id: 'suit-after-review', label: '行政诉讼（复议后起诉）' },
];
export const T4_COLUMNS: { id: string; label: string }[] = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
];

// ---------------------------------------------------------------- catalogue

export interface MetricDef {
  id: string;
  table: '二' | '三' | '四';
  /** Human label, Chinese, for answers: e.g. "不予公开（保护第三方合法权益）·自然人" */
  label: string;
  unit: string;
  derived?: boolean;
}

export const SOURCE: Record<MetricDef['table'], string> = {
  二: `二、${SECTION_TITLES.二}`,
  三: `三、${SECTION_TITLES.三}`,
  四: `四、${SECTION_TITLES.四}`,
};

function t3RowLabel(r: T3Row): string {
  if (!r.parent) return r.label;
  return `${T3_ROW_BY_ID[r.parent]!.label}（${r.label}）`;
}

/** Every figure the report format defines, in a stable order. */
export const METRICS: MetricDef[] = [
  ...T2_ROWS.flatMap((r) =>
    Object.entries(r.cols).map(([c, h]) => ({ id: `t2.${r.id}.${c}`, table: '二' as const, label: `${r.label}·${h.replace(/（单位：万元）/, '')}`, unit: t2Unit(r, c) })),
  ),
  ...T3_ROWS.flatMap((r) =>
    [...T3_COLUMNS.map((c) => c.id), 'org'].map((c) => ({
      id: `t3.${r.id}.${c}`,
      table: '三' as const,
      label: c === 'total' ? t3RowLabel(r) : `${t3RowLabel(r)}·${T3_COLUMN_LABEL[c]}`,
      unit: '件',
      derived: r.derived || c === 'org' ? true : undefined,
    })),
  ),
  ...T4_GROUPS.flatMap((g) =>
    T4_COLUMNS.map((c) => ({ id: `t4.${g.id}.${c.id}`, table: '四' as const, label: `${g.label}·${c.label}`, unit: '件' })),
  ),
];
export const METRIC_BY_ID: Record<string, MetricDef> = Object.fromEntries(METRICS.map((m) => [m.id, m]));

/** The report's parts counted in its opening ("…等6个部分", "共分为六个部分"): a sentence of contents, stating no figure or fee. */
export const PARTS_LISTED = /(?:\d+|[一二三四五六七八九十])\s*个?部分/;
