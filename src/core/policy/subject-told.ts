/**
 * Requests by subject or by place asked ("收到的申请主要是哪一类的", "申请最多的是哪个市", "有多少件是关于征地的"),
 * which annual reports rarely state — but some do, in the text ("从类型来看,大部分为涉及征地类信息,占比93.8%";
 * "从涉及市(州)来看,申请数量占比前三的为成都591件"): that sentence, before the "not counted" answer.
 */
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';
import { AGGREGATE_ASKED, SUBJECT_COUNT_ASKED } from '../patterns.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Which kind or which place most of the requests are ("主要是哪一类", "主要涉及什么", "哪个市最多"). */
const MAINLY_ASKED = /主要(?:是|为|涉及|集中在|关于)?(?:哪|什么|啥)(?:一)?(?:类|些|方面|类型|领域|种)|(?:哪|什么)(?:一)?(?:类|类型|方面|领域)(?:的)?(?:最多|居多|为主|多)/;
/** The word of the question naming what the requests are divided by ("哪个市" → 市, "哪一类" → 类). */
const DIVIDED_BY = /(?:哪|什么|啥)(?:一|个|些)?(类|市|州|县|区|镇|方面|领域|部门|单位|行业|种)/;
/** A sentence that divides requests by subject or place ("从类型来看", "主要集中在", "大部分为", "前三的为"). */
// (or the matters named with 等 before the count, "办理涉及拆迁、征地等事宜依申请公开3件")
const DIVISION_STATED = /从[^，。,]{1,10}(?:来看|看)|主要(?:涉及|集中|为|是)|大部分为|大多(?:为|是|涉及)|占比前|排名前|前[三五十]|涉及[^，,。；;]{2,20}等(?:事宜|方面|领域|问题|事项)/;
/** A count or a share stated ("591件", "93.8%"), not a year. */
const COUNT_OR_SHARE = /\d+(?:\.\d+)?\s*(?:件|条|个|次|[%％])/;
/** The fields the requests were mainly about, listed ("主要集中在土地征收、房屋拆迁等方面", "主要涉及…等领域"). */
/** Words asking for the fields of requests, any of which a listing of fields answers. */
const FIELD_WORDS = new Set(['方面', '领域', '类', '种']);
const FIELDS_LISTED = /主要(?:集中在|集中于|涉及)[^，,；;。]{2,}(?:方面|领域|事项|问题|类)/;
/** Requests or the subject of disclosure named in the sentence. */
const ABOUT_REQUESTS = /申请/;
/** What the requests were about, asked ("主要申请些什么内容", "申请的都是啥事", "申请内容主要是哪些"). */
// (or the question ending there, "都是申请什么", "大家都申请些啥")
const CONTENT_ASKED = /申请(?:的)?(?:些|的都是|的是|都是)?(?:什么|啥|哪些)(?:内容|东西|事情?|信息|方面)|申请(?:的)?(?:都是|的都是)(?:什么|啥|哪些)(?=[?？,，。!！]|$)|申请(?:的)?内容(?:主要)?(?:是|有)?(?:什么|啥|哪些)|(?:都是|都|大多|主要)申请(?:的)?(?:些|了)?(?:什么|啥|哪些)(?:内容|东西|事情?|信息|方面)?(?=[?？,，。!！]|$)/;
/** Of the requests others made, mainly ("大家主要申请些什么", "那么多人申请…都是申请什么"), not what the asker may ask for ("我可以申请什么内容"). */
const OTHERS_MAINLY = /大家|群众|人们|别人|老百姓|申请人|主要|一般|多数|大多|最多|(?:那么|这么)多人|都是申请|都申请/;
/** The text saying what they were about ("申请内容主要集中在土地征收、房屋拆迁", "申请内容集中于土地规划…等领域"). */
const CONTENTS_SAID = /申请(?:的)?内容(?:主要)?(?:集中在|集中于|涉及|为|是|多为|大多)[^，,；;。]{2,}|申请[^，,；;。]{0,6}主要(?:集中在|集中于|涉及)[^，,；;。]{2,}/;

/** A sentence telling the next request, what it asked for ("申请临夏回族自治州水土保持规划,…", "另一件申请…"). */
const NEXT_REQUEST = /^\s*(?:申请(?!人)|另一件|另外一件|另一条|第二件|二是)/;
/** Requests told one after the other, at most. */
const MORE_REQUESTS_MAX = 5;

/** The matters requests were about named with 等 ("办理涉及拆迁、征地等事宜依申请公开3件"). */
const MATTERS_NAMED = /涉及[^，,。；;]{2,20}等(?:事宜|方面|领域|问题|事项)/;

export const subjectTold: Rule = {
  name: 'subject-told',
  doc: 'Requests by subject or place asked ("主要是哪一类的", "申请最多的是哪个市") and the report\'s text divides them so ("从类型来看,大部分为涉及征地类信息"), or what they were about asked ("大家主要申请些什么内容"): that sentence, not "reports keep no such count" nor the total.',
  decide: (u, state, kn) => {
    // (what the requests were about, asked in so many words: "大家主要申请些什么内容", "申请的都是啥事")
    if (CONTENT_ASKED.test(u.norm) && OTHERS_MAINLY.test(u.norm) && !u.metric?.rows.some((x) => x !== 'new' && x !== 'total')) {
      const r = pickReport(kn, u.slots, state).report;
      const at = r ? r.passages.findIndex((x) => CONTENTS_SAID.test(x.text)) : -1;
      const p = at >= 0 ? r!.passages[at] : undefined;
      // (the next request told in a sentence of its own, "申请临夏回族自治州水土保持规划,…": each of them)
      const more: string[] = [];
      for (let k = at + 1; p && k < r!.passages.length && more.length < MORE_REQUESTS_MAX && r!.passages[k]!.section === p.section && NEXT_REQUEST.test(r!.passages[k]!.text); k++) more.push(r!.passages[k]!.text.trim());
      if (r && p) return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [p.text.trim(), ...more], source: sectionSource(p.section), labelled: true } };
    }
    const subject = SUBJECT_COUNT_ASKED.exec(u.norm);
    if (!subject && !MAINLY_ASKED.test(u.norm) && !AGGREGATE_ASKED.test(u.norm)) return undefined;
    if (u.metric && !(u.metric.table === '三' && u.metric.rows.every((r) => r === 'new' || r === 'total') && !u.metric.cols.length)) return undefined;
    // (or asked right after the requests' count, what they mainly were with no word of them: "主要是什么方面的事情")
    const afterRequests = state.metric?.table === '三' && state.metric.rows.every((x) => x === 'new' || x === 'total') && /^主要/.test(u.norm);
    if (!ABOUT_REQUESTS.test(u.norm) && !(u.followUp.is && state.metric?.table === '三') && !afterRequests) return undefined;
    const by = DIVIDED_BY.exec(u.norm)?.[1];
    // (the subject named: "关于征地的" → 征地)
    const named = subject ? /(?:关于|涉及|有关|针对)([^，。？?,]{1,14}?)的/.exec(subject[0])?.[1] : undefined;
    if (!by && !named) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    for (const [i, p] of r.passages.entries()) {
      // (about requests: the passage, its heading or the passage before it names them — "全年新收申请1852件。从类型来看…")
      const aboutRequests = ABOUT_REQUESTS.test(p.text) || ABOUT_REQUESTS.test(p.heading ?? '') || ABOUT_REQUESTS.test(r.passages[i - 1]?.text ?? '');
      if (!aboutRequests) continue;
      for (const sentence of p.text.split(/(?<=[。；;])/)) {
        // (a division states its counts or shares: "前三的为成都591件", "占比93.8%" — not "主要是：个别部门…不足")
        // (or, asked what they mainly were, the fields named without a count: "申请内容主要集中在土地征收、房屋拆迁等方面")
        const fieldsNamed = MAINLY_ASKED.test(u.norm) && (FIELDS_LISTED.test(sentence) || MATTERS_NAMED.test(sentence));
        if (!DIVISION_STATED.test(sentence) || !(COUNT_OR_SHARE.test(sentence) || fieldsNamed)) continue;
        // (fields asked by any word for them, "哪些领域" of "…等方面": the listing names them)
        if (by && !sentence.includes(by[0]!) && !(fieldsNamed && FIELD_WORDS.has(by))) continue;
        if (named && !sentence.includes(named)) continue;
        return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [sentence.trim()], source: sectionSource(p.section), labelled: true } };
      }
    }
    return undefined;
  },
};
