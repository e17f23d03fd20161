/**
 * Rule visits-not-told: how many visits, views or downloads a site or an account had ("门户网站总访问量是多少", "公众号阅读量多少"),
 * of a report whose text states none: the report does not say, with whom to ask — never the site's address, which the words
 * 网站 and 多少 would otherwise fetch. A report that states such a count is left to the count rules.
 */
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';
import { enquiryNote } from './helpers.js';

/** Visits, views, clicks, reads, plays or downloads counted ("访问量", "浏览次数", "多少人访问"). */
const VISITS_ASKED = /(?:访问|浏览|点击|阅读|播放|下载)(?:量|次数|人次|人数)|(?:多少|几)(?:人|次)(?:访问|浏览|点击|看过|看了)|(?:访问|浏览|点击)(?:了)?(?:多少|几)(?:次|人)/;
/** Such a count stated in a report ("网站访问量达120万人次", "累计浏览5.6万次"). */
const VISITS_TOLD = /(?:访问|浏览|点击|阅读|播放|下载)[^，。；;]{0,10}\d/;

export const visitsNotTold: Rule = {
  name: 'visits-not-told',
  doc: 'Visits, views or downloads of a site or an account asked ("门户网站总访问量是多少"), of a report whose text states none: the report does not say, with whom to ask — not the site\'s address.',
  decide: (u, state, kn) => {
    if (!VISITS_ASKED.test(u.norm)) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r || r.passages.some((p) => VISITS_TOLD.test(p.text))) return undefined;
    const phone = enquiryNote(r);
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines: [`报告没有写明网站或政务新媒体的访问量、浏览量。${phone}`], labelled: true } };
  },
};
