/**
 * Rule fee-reckoned: the information-processing fee reckoned for a number of requests the asker supposes ("一个人一个
 * 月提交了25件申请，按件收费的话怎么算"): the fee rules (国办函〔2020〕109号), which count by requests a month — not
 * the report's count of requests, which the supposed number reads as.
 */
import { THRESHOLDS } from '../thresholds.js';
import { intentDecision } from './helpers.js';
import type { Rule } from './types.js';

/** The intent with the fee rules (intents/procedure.yml). */
const FEE_INTENT = 'procedure.fee';

/** How the fee is reckoned, asked ("处理费怎么算", "要交多少钱", "怎么计算费用"). */
// (or whether one is charged at all, "会被收费吗", "要交钱吗", "申请了几十件，也不收？")
const FEE_RECKONED = /(?:信息处理费|处理费|收费|费用)[^。？?]{0,10}(?:怎么算|怎么计算|如何计算|怎么收|如何收取?|收多少|交多少|要多少钱|多少钱)|会(?:被)?收(?:费|钱)|收不收(?:费|钱)|要(?:不要)?交(?:钱|费)|(?:要|收)钱吗|(?:也|还|都|就)不收(?:费|钱)?(?=[?？吗呢啊]|$)|(?:怎么算|怎么计算|如何计算)[^。？?]{0,6}(?:信息处理费|处理费|费用|收费)/;
/** A number of requests the asker supposes ("提交了25件", "申请了40件"). */
// (or said roughly, "申请了十几次", "交了二十多件"; or by the items asked for, "想申请几十条信息")
const REQUESTS_SUPPOSED = /(?:提交|提出|申请|递交|交)了?\s*(?:\d+|十几|好几十|几十|好几|[一二两三四五六七八九十]+(?:多|来)?)\s*(?:件|次|份|条|项)/;

export const feeReckoned: Rule = {
  name: 'fee-reckoned',
  doc: 'The fee reckoned for a number of requests the asker supposes ("一个月内提交了25件申请，按件收信息处理费的话怎么算"), no report named: the fee rules, not the report\'s count of requests.',
  decide: (u, _state, kn) => {
    if (u.slots.years.length || u.slots.offices.length || !FEE_RECKONED.test(u.norm) || !REQUESTS_SUPPOSED.test(u.norm)) return undefined;
    return intentDecision(u, kn, FEE_INTENT, THRESHOLDS.answer);
  },
};

/**
 * Whether applying costs the asker anything, asked in everyday words ("得交几块钱", "得不得花钱", "会不会被收费", "申请收不收费"):
 * the fee rules, whatever else the words matched (申请一次 read as a repeat, 能查 as the list of reports).
 */
const FEE_PLAIN = /(?:得|要|需要|用|会|会不会|要不要|得不得|需不需要|用不用)(?:被)?(?:交|花|给|付|掏|缴|收)(?:几块|多少|点儿?|个)?(?:钱|费)|几块钱|(?:收不收|要不要|花不花|交不交)(?:钱|费)|(?:免费|收费)(?:吗|不|没|嘛)|是不是免费/;
/** Money of another matter ("工资", "补偿款", "罚款", "学费"): not the disclosure fee. */
const OTHER_MONEY = /工资|工钱|补偿|赔偿|罚款|罚钱|税|社保|医保|公积金|学费|房租|租金|物业费|水费|电费|押金|贷款|报销|车费|路费|停车/;
/** The fee the office took, asked ("收过处理费没有", "收了多少", "有没有收费"). */
const FEE_TAKEN = /收过|收了|收取过|收取了|有没有收|收没收|收没有/;
/** The matter is disclosure: applying, information, documents, asking the office for them. */
const DISCLOSURE_MATTER = /申请|信息|文件|公开|资料|材料|查/;

/** A word only the report uses this long names a thing of its own (政务公开专区), not a request's fee. */
const REPORT_THING_MIN_CHARS = 4;

export const feeAskedPlainly: Rule = {
  name: 'fee-asked-plainly',
  doc: 'Whether applying costs anything, asked in everyday words ("得交几块钱", "得不得花钱", "会不会被收钱") of a disclosure request, no figure asked: the fee rules, not the nearest other reading.',
  decide: (u, state, kn) => {
    if (u.metric || !FEE_PLAIN.test(u.norm) || OTHER_MONEY.test(u.norm)) return undefined;
    if (!DISCLOSURE_MATTER.test(u.norm) && !state.intent?.startsWith('procedure.')) return undefined;
    // (the money of a thing only the report names, "那个政务公开专区要花多少钱": the report's, amount-of-report-thing's)
    if (u.reportOnlyWords.some((w) => w.length >= REPORT_THING_MIN_CHARS)) return undefined;
    // (the fee rules read best already, or another reading is sure of itself: the ordinary rules answer with their own
    // confidence; the fee a plausible reading already: the ordinary rules weigh it with the rest)
    if (u.candidates[0] && u.candidates[0].score >= THRESHOLDS.answer) return undefined;
    if ((u.candidates.find((c) => c.item.id === FEE_INTENT)?.score ?? 0) >= THRESHOLDS.clarify) return undefined;
    // (the office's own fee asked, "他们收过处理费没有": the report's figure)
    if (FEE_TAKEN.test(u.norm)) return undefined;
    const d = intentDecision(u, kn, FEE_INTENT, THRESHOLDS.clarify);
    // (the oral request asked with it, "…要不要交钱啊…能不能口头说给你们让你们帮着填": its rule said too, 第二十九条)
    return d?.kind === 'intent' && ORAL_ASKED.test(u.norm) ? { ...d, noteIfAnswered: ORAL_NOTE } : d;
  },
};

/** The oral request, or being helped to fill the form, asked ("能不能口头说", "帮着填", "代填"). */
const ORAL_ASKED = /口头|口述|帮(?:着|我|忙)?填|代(?:为)?填|代写|不会写字/;
/** The rule of an oral request (《条例》第二十九条), said before the fee when both are asked. */
const ORAL_NOTE = '书写确有困难的，可以口头提出申请，由受理申请的行政机关代为填写政府信息公开申请（《条例》第二十九条）。\n';

/** The fee named ("信息处理费", "收费"), and whether it may be charged asked ("这合法吗", "能收吗", "凭什么收"). */
const FEE_NAMED = /信息处理费|处理费|收费|收钱|收取费用/;
const LAWFUL_ASKED = /合法|合规|合理吗|违法|违规|能收|可以收|有权收|凭什么|该不该收|有没有依据|依据是什么|有依据吗|能不能收/;

export const feeLawfulAsked: Rule = {
  name: 'fee-lawful-asked',
  doc: 'Whether an office may charge the fee, asked ("他们说要收信息处理费，这合法吗"): the fee rules (第四十二条 and the fee measures: only requests far beyond a reasonable number or frequency), not the report\'s own line on fees charged.',
  decide: (u, _state, kn) => {
    // (a fee of a disclosure request: not a property firm's charges, "物业乱收费")
    if (u.metric || !FEE_NAMED.test(u.norm) || !LAWFUL_ASKED.test(u.norm) || !DISCLOSURE_MATTER.test(u.norm) || OTHER_MONEY.test(u.norm)) return undefined;
    return intentDecision(u, kn, FEE_INTENT, THRESHOLDS.answer);
  },
};
