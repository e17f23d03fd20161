/**
 * The other results of the requests, asked after one result ("为什么15件申请只有4件予以公开？其他的都去哪了"): each
 * other result of table 三 with its count (and its reasons that count any), computed from the report's cells.
 */
import { T3_ROWS } from '../../report/format.js';
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { requestsWithResults, TOLD_NOT_IN_TABLE } from '../prose-figures.js';
import type { Decision, Rule } from './types.js';
import type { Knowledge } from '../knowledge.js';
import type { ConvState } from '../engine.js';
import type { Understanding } from '../understanding.js';
import { understand } from '../understanding.js';
import { firstDecision } from '../engine.js';
import { PASSAGE_INTENT } from '../respond.js';
import { reportById } from '../select.js';

/** The results of table 三, in the table's order (their reasons are rows with a parent). */
const RESULTS = ['granted', 'partial', 'refused', 'unable', 'rejected', 'other'] as const;

/** The rest asked of ("其他的都去哪了", "剩下的呢", "其余的怎么处理的", "别的那些是啥情况"). */
// (not the result "其他处理" itself, nor "其他" quoted as its reason)
const REST_ASKED = /(?:其他|其余|剩下|剩余|别的)(?!处理|[”"」])(?:的|那些|那几件|几件|那部分)?[^，。？?]{0,6}(?:去哪|哪去|哪儿去|怎么|咋|呢|是什么|是啥|啥情况|什么情况)/;

/** The requests whose askers got nothing, counted ("没拿到信息的一共几件", "最后没得到文件的有多少"). */
const NOT_GRANTED_ASKED = /(?:没|未|没有)(?:能)?(?:拿到|得到|获得|要到)(?:信息|文件|材料|东西)?的[^，。？?]{0,6}(?:几|多少)/;

/**
 * Why the requests that were not granted went so, in everyday words ("有的申请最后没给公开，都是啥原因"): every result but
 * 予以公开 and 部分公开 with its reasons — not 不予公开 alone, which the words also read as.
 */
// (the asker between, "没有给申请人公开" — 予以公开 read from its words, negated: the rest)
// (or 没给 alone, the thing given left unsaid, "8个申请没给 为啥", "那没给的都是啥原因" — not a reply, "没给答复")
const NOT_GRANTED_WHY = /(?:(?:没|没有|没能|未能)(?:给|被|予)?(?:申请人|群众|人家|他们|我们?)?(?:公开|拿到|得到)|拿不到|得不到|申请(?:都)?(?:没|没有)给(?!我?(?:答复|回复|回音|回信|回话|说法|结果))|(?:没|没有)给的)[^，。？?]{0,12}(?:原因|为什么|为啥|理由|咋回事|怎么回事)|(?:为什么|为啥|什么原因|啥原因)[^，。？?]{0,14}(?:(?:没|没有|没能)(?:给|被)?(?:申请人|群众|人家|他们|我们?)?(?:公开|拿到|得到)|拿不到|得不到)/;
/** The result named in the table's own words: that row is meant. */
const RESULT_NAMED = /不予公开|无法提供|不予处理|其他处理/;

/** Two results or more counted in the text ("予以公开2件、部分公开5件"): the rest can be read from it. */
const TOLD_RESULTS = /(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)[^，。；]{0,30}\d+\s*件[^。]*(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|答复)[^，。；]{0,30}\d+\s*件/;

/** Or a result and a reason of the others, each counted ("予以公开11件,属于行政查询事项1件,本机关不掌握相关信息7件"). */
const TOLD_RESULT_AND_REASON = /(?:予以公开|部分公开)[^，。；]{0,30}\d+\s*件[^。]*(?:不掌握|行政查询|不属于|过程性|内部事务|第三方|国家秘密|重复申请|信访|没有现成|另行制作)[^，。；]{0,30}\d+\s*件/;

/** Where table 三 stands in the report. */
const SOURCE = '三、收到和处理政府信息公开申请情况';

export const restOfResults: Rule = {
  name: 'rest-of-results-asked',
  doc: 'One result of the requests named and the rest asked of ("只有4件予以公开？其他的都去哪了"), or the requests that gave nothing counted ("没拿到信息的一共几件"): each other result of table 三 with its count and counted reasons.',
  decide: (u, state, kn) => {
    const m = u.metric;
    // (the results that gave nothing asked together, no row named: every result but 予以公开 and 部分公开)
    const notGranted = (!m && NOT_GRANTED_ASKED.test(u.norm)) || ((!m || (m.table === '三' && (m.rows.every((x) => x === 'refused') || m.rows.every((x) => x === 'new') || m.rows.every((x) => x === 'granted')))) && NOT_GRANTED_WHY.test(u.norm) && !RESULT_NAMED.test(u.norm));
    if (!notGranted && (!m || m.table !== '三' || !REST_ASKED.test(u.norm))) return undefined;
    const named = notGranted ? ['granted', 'partial'] : m!.rows.filter((x) => (RESULTS as readonly string[]).includes(x));
    if (notGranted) return listed(u, state, kn, named, '申请人没有拿到信息的');
    if (named.length !== 1 || (named[0] === 'other' && /其他/.test(u.norm))) return undefined;
    return listed(u, state, kn, named, undefined);
  },
};

/**
 * The results other than `named`, each with its count and counted reasons, after the named ones' counts (or, with
 * `restLabel`, under that label); undefined when a result is not in the report's table.
 */
function listed(u: Understanding, state: ConvState, kn: Knowledge, named: string[], restLabel: string | undefined): Decision | undefined {
  const r = pickReport(kn, u.slots, state).report;
  if (!r) return undefined;
  const v = (id: string) => r.values[`t3.${id}.total`]?.value;
  const others = RESULTS.filter((x) => !named.includes(x));
  if ([...others, ...named].some((x) => typeof v(x) !== 'number')) {
    // (no table 三, the text telling the results: its sentences, which hold the rest and why)
    const told = RESULTS.every((x) => typeof v(x) !== 'number') ? requestsWithResults(r) : undefined;
    if (!told || !(TOLD_RESULTS.test(told.text) || TOLD_RESULT_AND_REASON.test(told.text))) return undefined;
    return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}${TOLD_NOT_IN_TABLE}`, lines: [told.text], source: told.source, labelled: true } };
  }
  const label = (id: string) => T3_ROWS.find((x) => x.id === id)?.label ?? id;
  const rest = others.reduce((a, x) => a + (v(x) as number), 0);
  const parts = others.map((x) => {
    const reasons = T3_ROWS.filter((y) => y.parent === x && (v(y.id) ?? 0) > 0).map((y) => `${y.label} ${v(y.id)} 件`);
    return `${label(x)} ${v(x)} 件${reasons.length ? `（${reasons.join('，')}）` : ''}`;
  });
  const given = named.map((x) => `“${label(x)}”${v(x)} 件`).join('、');
  const lines = [restLabel ? `${restLabel}共 ${rest} 件（办理结果中${given}以外）：${parts.join('；')}。` : `办理结果中${given}，其余 ${rest} 件：${parts.join('；')}。`];
  return { kind: 'passage', report: r, parts: { head: `${reportLabel(r)}：`, lines, source: SOURCE, labelled: true } };
}

/** The rest asked alone, right after a count ("剩下的呢", "其余的怎么处理的", "余下那几件呢"). */
const REST_ALONE = /^(?:那|那么)?(?:其他|其余|剩下|剩余|余下|另外)(?:的)?(?:那?几件|那些|那部分)?(?:呢|怎么(?:处理|办)的?|咋(?:处理|办)的?|去哪了|哪去了|什么情况|啥情况)[?？。]*$/;
/** A count of the requests answered or handled, as last asked ("回复了几件", "办结多少件"). */
const ANSWERED_COUNT_ASKED = /(?:回复|答复|办结|办理完?|处理完?)[^，。？?]{0,4}(?:几|多少)/;
/** The rest of the requests a text tells after the ones answered: those carried into the next year, asked as such. */
const CARRIED_ASKED = '年结转下年度继续办理的申请有多少件';

export const restFollowUp: Rule = {
  name: 'rest-follow-up',
  doc: 'The rest asked alone ("剩下的呢") right after the text told how many requests were answered ("回复了几件" → "进行回复52件"): those carried into the next year, from the clause that counts them ("结转到下年度继续办理2件") — not a question the bot cannot read.',
  decide: (u, state, kn) => {
    if (u.metric || state.intent !== PASSAGE_INTENT || !state.text || !ANSWERED_COUNT_ASKED.test(state.text)) return undefined;
    if (!REST_ALONE.test(u.norm.replace(/\s+/g, ''))) return undefined;
    const r = reportById(kn, state.report);
    if (!r || r.year === null) return undefined;
    const asked = `${r.office}${r.year}${CARRIED_ASKED}`;
    const d = firstDecision(understand(kn, asked, {}, u.now), {}, kn).decision;
    if (d.kind === 'passage') return d.report === r ? d : undefined;
    // (a row of table 三 — the text read for it when the table is not there): that question, of this report
    if (d.kind !== 'figure') return undefined;
    const slots = { years: [r.year], offices: [r.office], unknownOffices: [], spans: [] };
    return { kind: 'intent', intent: d.intent, confidence: d.confidence, question: { norm: asked, slots, metric: d.metric } };
  },
};
