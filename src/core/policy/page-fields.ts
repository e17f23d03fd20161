/**
 * Rule page-fields-asked: two or more of the fields a site prints above a report asked at once ("成文日期是哪天，索引号多少",
 * "发文日期和索引号是多少"): each as the page gives it (report.published, indexNo, docNo, pageSource), and a field it does not
 * print said to be missing. One field alone is its own intent's or rule's (report.index-number, document-number-asked).
 */
import { reportLabel } from '../../answer/render.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

interface PageField {
  /** How the field is named in the answer. */
  name: string;
  asked: RegExp;
  value: (r: Report) => string | undefined;
}

/** The page's fields, in the order answered. */
const FIELDS: readonly PageField[] = [
  { name: '索引号', asked: /索\s*引\s*号/, value: (r) => r.indexNo },
  { name: '文号', asked: /(?<!索引)文号|发文字号/, value: (r) => r.docNo },
  // (the page's date is the one the report is dated by: signed at its end, or the page's when it is not)
  { name: '日期', asked: /成文日期|发文日期|发布日期|印发日期|落款日期|发布时间|成文时间|发文时间|(?:哪天|什么时候|何时)(?:发布|公布|印发|成文|发的)/, value: (r) => r.published },
  { name: '发布机构', asked: /发文机关|发布机构|发文单位|信息来源/, value: (r) => r.pageSource },
];

/** Fields asked at once before this rule answers them each. */
const MIN_FIELDS = 2;

export const pageFieldsAsked: Rule = {
  name: 'page-fields-asked',
  doc: 'Two or more of the fields a site prints above the report asked at once ("成文日期是哪天，索引号多少"): each as the page gives it, a missing one said to be missing.',
  decide: (u, state, kn) => {
    if (u.metric) return undefined;
    const asked = FIELDS.filter((f) => f.asked.test(u.norm));
    if (asked.length < MIN_FIELDS) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const lines = asked.map((f, i) => {
      const v = f.value(r);
      return `${f.name}：${v ?? '报告网页没有写明'}${i < asked.length - 1 ? '\n' : ''}`;
    });
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}报告网页所载：\n`, lines, source: '报告网页的信息表', labelled: true } };
  },
};
