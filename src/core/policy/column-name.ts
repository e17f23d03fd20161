/**
 * Rule column-name-asked: a column of table 三 named in words of one's own, in quotes, and its name in the national format
 * asked ("表三法人那几列，我们写的是“社会组织”，按国办格式应该叫什么"): the format's name and the columns in order
 * (国办公开办函〔2021〕30号) — never a figure, nor the fallback.
 */
import { T3_COLUMNS } from '../../report/format.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** The format's name asked ("标准叫法", "应该叫什么", "规范名称", "格式里叫啥"). */
const STANDARD_NAME_ASKED = /标准(?:的)?(?:叫法|名称|说法|写法)|规范(?:的)?(?:叫法|名称|说法|写法)|正式(?:的)?(?:名称|叫法)|(?:应该|应当|该|要)叫(?:什么|啥)|叫(?:什么|啥)才(?:对|规范)|格式(?:里|中|上)?(?:叫|写)(?:什么|啥)/;
/** A word in quotes. */
const QUOTED = /[“"「]([^”"」]{2,12})[”"」]/g;
/** The format's applicant columns, in order. */
const COLUMNS_IN_ORDER = '表三申请人情况各列依次为：自然人；法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）；总计。';

export const columnNameAsked: Rule = {
  name: 'column-name-asked',
  doc: 'A column of table 三 quoted in words of one\'s own and its name in the national format asked ("写的是“社会组织”，按国办格式应该叫什么"): the format\'s name (社会公益组织) and the columns in order.',
  decide: (u, state, kn) => {
    if (!STANDARD_NAME_ASKED.test(u.norm)) return undefined;
    const named = [...u.norm.matchAll(QUOTED)].flatMap((m) => {
      const said = m[1]!;
      const col = T3_COLUMNS.find((c) => c.id !== 'total' && c.id !== 'other' && c.match.test(said));
      return col && col.label !== said ? [{ said, label: col.label }] : [];
    });
    if (!named.length) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const lines = [...named.map((n) => `“${n.said}”在国办公开办函〔2021〕30号格式表三中的标准名称是“${n.label}”。`), COLUMNS_IN_ORDER];
    return { kind: 'passage', report: r, parts: { head: '', lines, labelled: false } };
  },
};
