/**
 * Which time limit is asked: the regulation sets several, each for its own step (答复 20 working days, 补正 7,
 * the third party's opinion 15, review 60 days, a suit 6 months). A how-long question that names a step's
 * subject is that step's limit, however much its words share with the general one ("…几个工作日内一次性告诉我
 * 怎么补正" is the 补正 limit, not the 20 days to answer).
 */
import { AGGREGATE_ASKED, ASKING, CLAUSE_SPLIT, DURATION, STATISTICS_PERIOD_NAMED } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { questionKinds } from '../../understand/kind.js';
import { BoundedMemo, READING_MEMO_MAX } from '../../understand/memo.js';
import type { Rule } from './types.js';
import { choice } from './helpers.js';
import type { Understanding } from '../understanding.js';
import type { ConvState } from '../engine.js';
import type { Knowledge } from '../knowledge.js';
import type { Report } from '../../report/types.js';
import { pickReport } from '../select.js';

/** The statistics period named, every time (cut out before the how-long words are looked for). */
const STATISTICS_PERIOD_ALL = new RegExp(STATISTICS_PERIOD_NAMED.source, 'g');
/** The subject named → the intent that tells its time limit (intents/procedure.yml). Checked in order. */
/** The intent of a request to correct (intents/procedure.yml, 《条例》第三十条). */
const CORRECTION_INTENT = 'procedure.correction';

export const TIME_LIMIT_SUBJECTS: readonly (readonly [RegExp, string])[] = [
  // (or the materials said to be short, "说我材料不全要补充": what 补正 is, 第三十条)
  [/补正|补材料|补充材料|补交材料|材料不全|材料不齐|材料不够|不齐全|缺(?:了)?(?:点)?材料|(?:要|让我|叫我|要我)补(?:充|交|齐)/, CORRECTION_INTENT],
  // (or the one asked for an opinion named otherwise: "要先问那家公司的意见")
  [/第三方|(?:征求|征询|听取|问)[^，。？?]{0,10}意见|(?:对方|他|她|那个人)(?:的)?意见/, 'procedure.third-party'],
  [/复议|起诉|诉讼|打官司|法院/, 'procedure.remedy-deadline'],
  // (another's secret or privacy in what is asked: the third party is asked first, its time not counted, 第三十二条)
  // (or another company or person the information concerns, "我要的信息涉及别的企业", "涉及开发商的东西")
  // (or "涉及另外一家企业", "里头有邻居家的信息", "是不是得先问人家")
  [/商业秘密|个人隐私|(?:别人|邻居|他人)(?:家)?的(?:个人)?(?:信息|隐私|资料)|(?:涉及|牵扯到?|关系到)(?:到)?(?:(?:别的|其他|另外的?|第三家)(?:一家|一个|几家)?(?:企业|公司|单位|人|个人)|(?:开发商|商家|厂家|厂商|邻居|别人|他人|第三人))|先(?:去)?问(?:一下|一问|问)?(?:人家|对方|那家|那个人|邻居)/, 'procedure.third-party'],
  [/主动公开|挂出来|挂到网上|形成(?:或者|或)?变更/, 'procedure.proactive'],
];

/** The reply's limit and from which day it counts ("答复的期限是从哪一天算起", "回复时间从哪天开始算"). */
// (or the limit said by its length, "那二十个工作日是从我寄出那天算还是从哪天算")
const REPLY_COUNTED_FROM = /(?:答复|回复|(?:二十|20)\s*个工作日)[^，。？?]{0,12}(?:期限|时限|时间)?[^，。？?]{0,6}(?:哪(?:一)?天|什么时候)(?:开始)?(?:算起|起算|开始算|算)/;
/** The intent that tells which day a request counts as received (intents/procedure.yml). */
const RECEIPT_DATE_INTENT = 'procedure.receipt-date';
/** The intent that tells the general time limit to answer a request (intents/procedure.yml). */
const REPLY_TIME_LIMIT = 'procedure.time';

/** Whether a step lengthens the wait ("对答复期限有何影响", "会不会拖很久", "是不是还得更久"). */
const LIMIT_AFFECTED = /期限有(?:何|什么)影响|影响(?:答复)?期限|会不会拖|拖很久|拖多久|耽误多久|要拖|(?:还|会|要|得)(?:再)?更(?:久|长(?:时间|一些|些)?)|时间(?:会|要)?更长/;

/** How long, in so many words: not 期限 alone ("答复期限从哪天开始算" asks when it starts). */
// (or the limit asked of its length, "须在多长期限内予以答复")
const HOW_LONG = /(?:要|得|需要|会)等好久|几天|多少天|几个?工作日|多少个?工作日|多长(?:的)?(?:时间|期限|时限)|多久|几个月|多少日/;

/** By when at the latest ("最晚什么时候得通知我", "最迟哪天"): a time limit, asked as a day. */
const LATEST_WHEN = /最(?:晚|迟)(?:要|得|会|应该|应当)?(?:在)?(?:什么时候|啥时候|哪天|哪一天|几号)/;

/** Requests counted ("有几件", "多少个"). */
const ROWS_COUNTED = /(?:几|多少)(?:件|个|起|宗)/;

/** Delaying ("最多能拖多久"), and a reply not come in other words ("都没回我", "没人理"). */
const DELAY = /拖/;
const NO_REPLY = /没回我|不回我|没人回|没人理|没消息|没音信/;
/** Where a message's clauses part, spaces too (a message typed without punctuation). */
const ANY_BREAK = /[，,。；;？?！!\s]+/;
/** What to do if it does not come, asked last ("…还不回咋办", "逾期不答复怎么办"). */
const WHAT_THEN_LAST = /(?:不回|不答复|没回|没答复|不理|超期|逾期)[^，。？?]{0,4}(?:咋办|怎么办|如何处理|怎么处理)[?？。!！]*$/;
/** A reply waited for ("还没人给我答复", "一直没回复"). */
const REPLY_AWAITED = /答复|回复|回话|回音|答覆/;
/** The asker's own reply in everyday words ("最迟多久要回我", "多久给我回"): read so only when no how is asked with it ("…要怎么弄多久能回我" asks how to apply first). */
const REPLY_TO_ME = /回我|回俺|给我回|给俺回|回信/;
/** The reply's time limit named as such ("答复期限", "答复的时限"). */
const REPLY_LIMIT_NAMED = /(?:答复|回复)(?:的)?(?:期限|时限)/;
/** The wait asked in so many words ("要等好久", "得等多久", "等几天"). */
const WAIT_ASKED = /等(?:好久|多久|多长时间|几天|多少天|几个工作日|多少个工作日)/;
/** From which day a limit counts ("从哪天开始算", "起算"). */
const COUNTED_FROM = /哪(?:一)?天|起算|开始算|从什么时候/;
/** A request corrected, and the time after it ("补正以后", "补完以后", "补齐材料后"). */
const CORRECTED = /(?:补正|补完|补齐|补好|补充材料|补交材料|补材料)(?:了)?(?:以后|之后|后)|(?:补正|补齐|补好)完?了/;

/** A clause asking to be told of something too, should it come up ("要是还得补材料啥的也告诉我一声", "如果要补正也说一下"). */
const IF_ALSO_TOLD = /^(?:要是|如果|万一|假如|若是?)[^，。？?]{0,20}也(?:告诉|跟|和|给|说|通知|提醒)/;

/** Cases counted or their being asked of ("几件", "多少起", "有没有人…"). */
const CASES_COUNTED = /几[件起宗次]|多少[件起宗次]?|有没有/;
/** Cases counted in their measure word ("有几件", "多少起"). */
const CASES_COUNTED_IN_UNITS = /几[件起宗次]|多少[件起宗次]/;
/** Where a message's sentences part (its questions, each marked). */
const SENTENCE_BREAK = /[?？。！!；;]/;

/** Marks that end a clause. */
const CLAUSE_MARKS = '，,。？?！!；;';

/**
 * The step whose time limit is asked: of the subjects named, the one said last before the how-long words ("以保护第三方
 * 权益为由不公开，我要申请行政复议，期限是多久" asks the review's limit; the third party is the story). Ties keep the table's order.
 */
function subjectAsked(norm: string): readonly [RegExp, string] | undefined {
  if (subjectsAsked.has(norm)) return subjectsAsked.get(norm);
  const found = readSubjectAsked(norm);
  subjectsAsked.set(norm, found);
  return found;
}
/** subjectAsked per text: a pure function of it, tried on nearly every question (issue 15). */
const subjectsAsked = new BoundedMemo<string, readonly [RegExp, string] | undefined>(READING_MEMO_MAX);
function readSubjectAsked(norm: string): readonly [RegExp, string] | undefined {
  const asked = HOW_LONG.exec(norm) ?? DURATION.exec(norm);
  let replyAsked = false;
  // (a subject in the very clause that asks how long comes first, "…不给公开,多久内可以申请复议": the review's)
  if (asked) {
    const from = Math.max(...[...CLAUSE_MARKS].map((m) => norm.lastIndexOf(m, asked.index))) + 1;
    const ends = [...CLAUSE_MARKS].map((m) => norm.indexOf(m, asked.index)).filter((i) => i >= 0);
    const clause = norm.slice(from, ends.length ? Math.min(...ends) : norm.length);
    const own = TIME_LIMIT_SUBJECTS.find(([re]) => re.test(clause));
    if (own) return own;
    replyAsked = REPLY_AWAITED.test(clause);
  }
  const upTo = asked ? asked.index + asked[0].length : norm.length;
  let best: readonly [RegExp, string] | undefined;
  let bestAt = -1;
  for (const subject of TIME_LIMIT_SUBJECTS) {
    const said = [...norm.matchAll(new RegExp(subject[0].source, 'g'))];
    if (!said.length) continue;
    // (a subject said only after the how-long words still counts, as the last resort: "多久？是复议的")
    const before = said.filter((m) => m.index! < upTo);
    // (not when the how-long clause asks for the reply itself: "…提交以后多长时间能给答复，要是还得补材料也告诉我一声" asks the
    // reply's limit, the correction after it is an aside)
    if (!before.length && replyAsked) continue;
    const at = before.length ? before.at(-1)!.index! : -2;
    if (!best || at > bestAt) (best = subject), (bestAt = at);
  }
  return best;
}

export const timeLimitOf: Rule = {
  name: 'time-limit-of',
  doc: 'A how-long question naming the step it is about (补正, the third party\'s opinion, review or suit): that step\'s time limit, not the general 20 working days; one naming no step whose story outweighed it: the general time limit.',
  decide: (u, state, kn) => {
    // (a step named alone right after a step's time limit, "复议要在多长时间内提" then "那直接起诉呢": that step's limit, not
    // its cases counted)
    if (STEP_ALONE.test(u.norm) && state.intent && TIME_LIMIT_SUBJECTS.some(([, id]) => id === state.intent)) {
      const step = TIME_LIMIT_SUBJECTS.find(([re]) => re.test(u.norm));
      const intent = step ? kn.byId.get(step[1]) : undefined;
      if (intent) return { kind: 'intent', intent, confidence: THRESHOLDS.answer };
    }
    // from which day the limit counts after a correction ("补正以后答复时间从哪天开始算", "补完以后20个工作日从哪天开始算"):
    // the correction's rule — it counts from the corrected request (第三十条), not from the first one
    if (CORRECTED.test(u.norm) && COUNTED_FROM.test(u.norm) && !u.metric) {
      const intent = kn.byId.get(CORRECTION_INTENT);
      if (intent) return { kind: 'intent', intent, confidence: THRESHOLDS.answer };
    }
    // from which day the reply's limit counts, no correction named ("挂号信寄出去以后，答复的期限是从哪一天算起的"): the day
    // a request counts as received (第三十一条), when that reading is there to give it
    // (the best reading itself: "统计期限是从哪天到哪天" and "条例从哪天开始施行" ask other days)
    const receipt = u.candidates[0];
    if (REPLY_COUNTED_FROM.test(u.norm) && !u.metric && !CORRECTED.test(u.norm) && receipt?.item.id === RECEIPT_DATE_INTENT && receipt.score >= THRESHOLDS.clarify) {
      return { kind: 'intent', intent: receipt.item, confidence: receipt.score };
    }
    // (or by when at the latest, of a step named: "…要我补正，他们最晚什么时候得通知我")
    // (the 期限 of the statistics period is no step's time limit: "…主动公开了多少条？这份年报的统计期限是从哪天到哪天？")
    const unperiod = u.norm.replace(STATISTICS_PERIOD_ALL, ' ');
    const howLong = DURATION.test(unperiod) || LIMIT_AFFECTED.test(u.norm) || (u.kind === 'duration' && unperiod === u.norm);
    if (!howLong && !LATEST_WHEN.test(u.norm)) return undefined;
    // a row of table 三 counted ("补正过了期限没补的…这种不再处理的有几件"): a figure, not a time limit
    if (u.metric?.table === '三' && ROWS_COUNTED.test(u.norm) && !HOW_LONG.test(u.norm)) return undefined;
    const hit = subjectAsked(u.norm);
    if (!howLong && !hit) return undefined;
    // (the step named only in a sentence that counts its cases, the how-long asked in another: "行政诉讼几件？另外…申请一般多少个
    // 工作日答复？" — the count, then the reply's limit as a second question, never the suit's limit)
    const sentences = u.norm.split(SENTENCE_BREAK).filter((c) => c.trim());
    if (hit && u.metric && u.quantity && sentences.length >= 2) {
      const asksHowLong = sentences.filter((c) => DURATION.test(c) || HOW_LONG.test(c) || LIMIT_AFFECTED.test(c));
      // (only when each sentence naming the step counts its cases: "…商业秘密，会不会先问那家公司？给对方多少天回话" asks
      // the third party's time limit all the same)
      const counted = sentences.filter((c) => hit[0].test(c)).every((c) => CASES_COUNTED.test(c));
      if (asksHowLong.length && counted && !asksHowLong.some((c) => hit[0].test(c))) return undefined;
    }
    // (the cases counted in the last clause, the how-long words only the story's — "停了好几天水…因为信息公开被申请行政复议或者
    // 被起诉的有几件": the count of table 四, not a step's time limit)
    const asking = lastClause(u.norm);
    // (in so many cases: "分别是多少" after two time limits, "电话是多少" after one, ask no count)
    if (hit && u.metric?.table === '四' && u.quantity && CASES_COUNTED_IN_UNITS.test(asking) && !DURATION.test(asking) && !HOW_LONG.test(asking)) return undefined;
    const intent = hit ? kn.byId.get(hit[1]) : undefined;
    if (intent) {
      const score = u.candidates.find((c) => c.item.id === intent.id)?.score ?? 0;
      return { kind: 'intent', intent, confidence: Math.max(score, THRESHOLDS.clarify) };
    }
    // no step named: the general limit, when the message's last clause asks how long, the best reading
    // answers no duration at all, and the time limit is a candidate of its own
    // (a row's words in the story, the last clause asking how long — "要是我想申请别的没公开的材料，要等好久": the wait, not a count)
    // (unless the row is only the story's, its words all before the last clause, which asks how long: "…年报说有21件结转…。我就想问问：
    // 按规定他们收到申请后应该多长时间内答复我")
    const lastAsked = lastClause(u.norm);
    // (or read only vaguely from the words of the wait itself, "收到申请后应该多长时间内答复我": how long, no count)
    // (never when a count is asked before it, "…制发了几件规范性文件？另外…多久答复": two questions, each answered)
    const lastAt = u.norm.lastIndexOf(lastAsked);
    const before = u.norm.slice(0, Math.max(0, lastAt));
    const storyRow = !!u.metric && !/几|多少/.test(before) && (DURATION.test(lastAsked) || HOW_LONG.test(lastAsked)) && (u.metric.spans.every((s) => s.end <= lastAt) || (!!u.metric.vague && u.kind === 'duration'));
    if (u.metric && (u.quantity || !HOW_LONG.test(lastAsked)) && !storyRow) return undefined;
    // (the wait itself asked in the last clause, "…要等好久？", "得等几天": the general limit, however the story ranked)
    const waitIntent = WAIT_ASKED.test(lastClause(u.norm)) && !AGGREGATE_ASKED.test(u.norm) ? kn.byId.get(REPLY_TIME_LIMIT) : undefined;
    if (waitIntent) return { kind: 'intent', intent: waitIntent, confidence: Math.max(u.candidates.find((c) => c.item === waitIntent)?.score ?? 0, THRESHOLDS.clarify) };
    // (how long a reply takes asked in a clause of its own, what to do if it does not come asked after it: "申请之后多久能回复
    // 要是过了时间还不回咋办" — the time limit, which the what-then hangs on)
    const replyTime = u.norm.split(ANY_BREAK).some((c) => HOW_LONG.test(c) && REPLY_AWAITED.test(c));
    const replyLimit = kn.byId.get(REPLY_TIME_LIMIT);
    if (replyLimit && replyTime && WHAT_THEN_LAST.test(u.norm) && !AGGREGATE_ASKED.test(u.norm)) {
      return { kind: 'intent', intent: replyLimit, confidence: Math.max(u.candidates.find((c) => c.item === replyLimit)?.score ?? 0, THRESHOLDS.clarify) };
    }
    // (or the asking clause, when a worry follows it: "申请交上去以后一般多久能给答复？孩子报名有截止时间，我怕来不及")
    const end = lastClause(u.norm);
    // (a last clause that asks something else, "多久能答复，申请怎么写", keeps the question its own)
    // (not a clause that only asks, if something else comes up, to be told it too: "…多长时间能给答复啊，要是还得补材料啥的也告诉我一声")
    const last = HOW_LONG.test(end) || (ASKING.test(end) && !IF_ALSO_TOLD.test(end)) ? end : (u.norm.split(CLAUSE_SPLIT).filter((c) => HOW_LONG.test(c)).at(-1) ?? end);
    // the last clause asks, in so many words, how long a reply takes ("…还没回复 正常吗 他们最迟多久要答复我啊"):
    // the general limit, whatever the story before it matched
    const generalIntent = kn.byId.get(REPLY_TIME_LIMIT);
    // (the reply's time limit named in so many words, "答复期限…按自然日还是工作日…具体多少": that limit, whatever
    // the last clause's 具体多少 matched)
    // (not from which day it counts, "答复期限从哪天开始算": the day a request is received)
    if (generalIntent && REPLY_LIMIT_NAMED.test(u.norm) && !AGGREGATE_ASKED.test(u.norm) && !COUNTED_FROM.test(u.norm)) {
      return { kind: 'intent', intent: generalIntent, confidence: Math.max(u.candidates.find((c) => c.item.id === REPLY_TIME_LIMIT)?.score ?? 0, THRESHOLDS.clarify) };
    }
    // (not an average of this report's replies, "平均几天答复": reports keep no such figure — not-counted)
    // (or how long they may delay, after a story of no reply: "…到现在都没回我，按规定他们最多能拖多久啊")
    const delay = DELAY.test(last) && (REPLY_AWAITED.test(u.norm) || NO_REPLY.test(u.norm));
    // (the time limit read first but only weakly, the story's words unknown: still the time limit)
    const weakTop = u.candidates[0]?.item === generalIntent && u.candidates[0].score < THRESHOLDS.answer;
    // (the asker's reply asked in a clause of its own, the how before it typed apart with a space — "要个信息 咋整啊 他们得多长
    //时间回俺": the normal form joins them, the message as typed does not)
    const typedLast = u.text.split(ANY_BREAK).filter((c) => c.trim()).at(-1) ?? '';
    const ownReply = (c: string) => HOW_LONG.test(c) && REPLY_TO_ME.test(c) && !questionKinds(c).how;
    if (generalIntent && (u.candidates[0]?.item !== generalIntent || weakTop) && ((HOW_LONG.test(last) && (REPLY_AWAITED.test(last) || ownReply(last) || delay)) || ownReply(typedLast)) && !AGGREGATE_ASKED.test(u.norm)) {
      const score = u.candidates.find((c) => c.item.id === REPLY_TIME_LIMIT)?.score ?? 0;
      return { kind: 'intent', intent: generalIntent, confidence: Math.max(score, THRESHOLDS.clarify) };
    }
    const top = u.candidates[0];
    const general = u.candidates.find((c) => c.item.id === REPLY_TIME_LIMIT);
    if (!top || !general || general.score < POLICY.howLongCandidateMin) return undefined;
    // (or the time limit is the best reading, only weakly, of a story about a reply that has not come, whose
    // last clause asks for the time rule: "…一个多月了还没人给我答复，这个有没有时间规定啊")
    if (top === general) return general.score < THRESHOLDS.clarify && DURATION.test(last) && REPLY_AWAITED.test(u.norm) ? { kind: 'intent', intent: general.item, confidence: Math.max(general.score, THRESHOLDS.clarify) } : undefined;
    if (!HOW_LONG.test(last) || DURATION.test(top.example)) return undefined;
    if (top.item.topic !== general.item.topic) return undefined;
    return { kind: 'intent', intent: general.item, confidence: Math.max(general.score, THRESHOLDS.clarify) };
  },
};

/** The deadline's intent, and a verdict on the date quoted when the office and the report's year are known. */
function lateChecked(u: Understanding, state: ConvState, kn: Knowledge, date: RegExpExecArray, report?: Report) {
  const intent = kn.byId.get(ANNUAL_REPORT_DEADLINE)!;
  const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
  // (the report's year: its own when the date is its own, else the other year named, else the year before the date)
  const year = report?.year ?? u.slots.years.find((x) => x !== y) ?? y - 1;
  const office = report?.office ?? u.slots.offices[0] ?? (state.report ? kn.reports.find((r) => r.id === state.report)?.office : undefined);
  const due = office ? deadlineOf(office, year) : undefined;
  // (carried out on the report of that year, not of the date's: "2025年1月23号" names no report)
  const question = { norm: u.norm, slots: { ...u.slots, years: u.slots.years.filter((x) => x !== y) }, metric: undefined };
  if (!due) return { kind: 'intent' as const, intent, confidence: THRESHOLDS.answer, question };
  const onTime = y < due.year || (y === due.year && (m < due.month || (m === due.month && d <= due.day)));
  const verdict = `${year}年的年报${y}年${m}月${d}日公布：${due.who}应在${due.year}年${due.month}月${due.day}日前公布（《条例》第四十九条），${onTime ? '在期限之前，没有超期' : '晚于这个期限，超期了'}（${report ? '按报告所载的发布日期计算' : '按您给的日期计算'}）。`;
  return { kind: 'intent' as const, intent, confidence: THRESHOLDS.answer, question, noteIfAnswered: verdict };
}

/** A short follow-up naming a step and nothing asked of it ("那直接起诉呢", "那第三方呢"). */
const STEP_ALONE = /^\s*(?:那|那么)[^，。？?,]{1,10}呢[?？。]*$/;

/** The last clause of a message with words in it. */
function lastClause(norm: string): string {
  return norm.split(CLAUSE_SPLIT).filter((c) => c.trim()).at(-1) ?? '';
}

/** The annual report named ("年报", "年度报告"). */
const ANNUAL_REPORT_NAMED = /年报|年度报告/;
/** A deadline asked in so many words ("最晚哪天前要公布", "截止什么时候", "规定几号之前"), not the date it came out (nor 统计期限, the period counted). */
const DEADLINE_ASKED = /最晚|最迟|截止|(?<!统计)期限|(?:哪天|几号|什么时候|何时|几月)(?:之前|以前|前)|(?:应当|应该|必须|规定|要求)[^，。?？]{0,8}(?:公布|发布|公开|提交)/;
/** The report's own date asked ("是哪天发的", "什么时候公布的"): a fact of this report, not the rule. */
const DATE_OF_THIS_REPORT = /(?:公布|发布|发|公开|出)(?:了)?的[吗呢?？]*$|(?:这份|这个|今年的|去年的|\d{4}年的?)(?:年报|年度报告)/;
/** The annual report, then a deadline, then publishing it ("年报最晚什么时候要公开", "年度报告最迟几号前发布"). */
// (or a rule for the day asked, "有规定必须什么时候前发吗")
// (a year in brackets between, "年报（2026年度）按条例最迟哪天之前要公布")
const REPORT_DEADLINE_SAID = /(?:年报|年度报告)(?:[（(][^）)]{0,8}[）)])?[^，。？?]{0,6}(?:最晚|最迟|截止|哪天前|几号前|之前)[^，。？?]{0,8}(?:公布|发布|公开|提交|发出|挂网|报送|上报)|规定[^，。？?]{0,6}(?:哪天|几号|什么时候|何时|几月)(?:之前|以前|前)[^，。？?]{0,2}(?:发|公布|发布|公开)/;
/** Why a report came out only then, asked ("为啥到2026年1月才发布", "为什么第二年才公布"). */
const WHY_PUBLISHED_THEN = /(?:为啥|为什么|为何|咋|怎么)[^，。？?]{0,16}才(?:会)?(?:发布|公布|发出来|发|公开|出来|挂网|印发)/;
/** The intent that tells the regulation's deadline for annual reports (intents/procedure.yml). */
const ANNUAL_REPORT_DEADLINE = 'procedure.annual-report';

/** Whether a report came out late, its date quoted ("2024年年报是2025年1月23号发的，算不算超期"). */
// (or a deadline said to be passed, "有没有超过1月31日的期限")
const LATE_ASKED = /超期|逾期|超时|晚了|发晚|太晚|迟了|过期|按时|及时|准时|超过[^，。？?]{0,12}(?:期限|截止|时限)/;
/** The date a report gives for itself ("2023年1月30日", "2023-01-30"). */
const PUBLISHED_DATE = /(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})/;
/** A date written out ("2025年1月23号", "2026年2月15日"). */
const DATE_QUOTED = /(\d{4})年(\d{1,2})月(\d{1,2})[日号]/;
/** A government at county level or above (第四十九条: its report by 3月31日), not a township's nor a department's. */
const GOVERNMENT_OFFICE = /(?:省|市|区|县|旗|州|盟)人民政府(?:办公室|办公厅)?$/;
/** A department of a government (第四十九条: its report by 1月31日). */
const DEPARTMENT_OFFICE = /(?:局|委员会|委|厅|办公室|中心|署)$/;

/**
 * The date the regulation sets for an office's report of a year (第四十九条): 1月31日 for a department, 3月31日 for a
 * government at county level or above; none for a township or street office, which the article does not name.
 */
function deadlineOf(office: string, year: number): { month: number; day: number; year: number; who: string } | undefined {
  if (GOVERNMENT_OFFICE.test(office) && !/[镇乡]人民政府$/.test(office)) return { year: year + 1, month: 3, day: 31, who: '县级以上地方人民政府的年报' };
  if (DEPARTMENT_OFFICE.test(office) && !GOVERNMENT_OFFICE.test(office) && !/街道|[镇乡]/.test(office)) return { year: year + 1, month: 1, day: 31, who: '县级以上人民政府部门的年报' };
  return undefined;
}

/** The period a report's figures cover, named ("统计期限", "统计时限", "所列数据"). */
// (or the span its figures run over asked by their dates, "数据是从几月几号算到几月几号")
const STATISTICS_PERIOD = new RegExp(`${STATISTICS_PERIOD_NAMED.source}|所列数据|数据[^，。？?]{0,6}从[^，。？?]{0,8}到|从几月几[号日][^，。？?]{0,6}到几月几[号日]`);

/** Another level of government asked in a follow-up ("那区政府本级的年报呢", "那乡镇的呢", "县政府部门的呢"). */
const LEVEL_FOLLOW_UP = /^(?:那|那么)?[^，。？?]{0,10}(?:本级|政府|部门|乡镇|街道|镇|乡)[^，。？?]{0,6}(?:的)?(?:年报|报告|年度报告)?(?:呢|嘞|咧)[？?]*$/;

export const reportDeadline: Rule = {
  name: 'report-deadline',
  doc: 'The deadline for publishing annual reports asked in so many words ("年报最晚哪天前要公布"): the regulation\'s dates (第四十九条), not this report\'s own date — unless the report\'s date is what is asked ("这份年报是哪天发布的").',
  decide: (u, state, kn) => {
    // (right after the deadline, another level's asked, "那区政府本级的年报呢", "那乡镇的呢": the deadline's answer, which gives each level's)
    if (state.intent === ANNUAL_REPORT_DEADLINE && !u.metric && LEVEL_FOLLOW_UP.test(u.norm) && kn.byId.has(ANNUAL_REPORT_DEADLINE)) {
      return { kind: 'intent', intent: kn.byId.get(ANNUAL_REPORT_DEADLINE)!, confidence: THRESHOLDS.clarify };
    }
    // whether a report came out late, its date quoted: the deadline, and the date set against it
    const lateAsked = ANNUAL_REPORT_NAMED.test(u.norm) && LATE_ASKED.test(u.norm);
    const late = lateAsked ? DATE_QUOTED.exec(u.norm) : null;
    if (late && kn.byId.has(ANNUAL_REPORT_DEADLINE)) return lateChecked(u, state, kn, late);
    // (no date quoted, the report's own date asked with it — "年报是哪天发布的？有没有超过1月31日的期限": that date, read from the
    // report, set against the deadline)
    const own = lateAsked && !late && !u.metric ? pickReport(kn, u.slots, state).report : undefined;
    const ownDate = own?.published && own.year !== null ? PUBLISHED_DATE.exec(own.published) : null;
    if (own && ownDate && kn.byId.has(ANNUAL_REPORT_DEADLINE)) return lateChecked(u, state, kn, ownDate, own);
    // why a report came out when it did ("2025年的报告为啥到2026年1月才发布"): a year's report is due in the next year
    // (第四十九条), which the deadline's answer tells
    if (/报告|年报/.test(u.norm) && WHY_PUBLISHED_THEN.test(u.norm) && !u.metric && kn.byId.has(ANNUAL_REPORT_DEADLINE)) {
      return { kind: 'intent', intent: kn.byId.get(ANNUAL_REPORT_DEADLINE)!, confidence: THRESHOLDS.clarify };
    }
    // (the deadline said in so many words beside this report's own date, "年报法定最晚什么时候公布，2025年的年报是哪天发的":
    // the deadline first)
    // (not the period its figures cover, "18年报 统计时限截止到哪天": the report's own period answers that)
    if (!ANNUAL_REPORT_NAMED.test(u.norm) || !DEADLINE_ASKED.test(u.norm) || (DATE_OF_THIS_REPORT.test(u.norm) && !REPORT_DEADLINE_SAID.test(u.norm)) || STATISTICS_PERIOD.test(u.norm) || u.metric) return undefined;
    const intent = kn.byId.get(ANNUAL_REPORT_DEADLINE);
    // (the report's own publishing deadline said in so many words needs no help from the classifier:
    // "下一份年报最晚什么时候要公开")
    if (!intent || !(REPORT_DEADLINE_SAID.test(u.norm) || u.candidates.slice(0, 3).some((c) => c.item === intent))) return undefined;
    const score = u.candidates.find((c) => c.item === intent)?.score ?? 0;
    return { kind: 'intent', intent, confidence: Math.max(score, THRESHOLDS.clarify) };
  },
};

/** The intent of the report's own date (intents/report.yml). */
const REPORT_DATE = 'report.published';
/** When it came out, asked ("什么时候发布的", "哪天公布的"). */
const WHEN_ASKED = /什么时候|啥时候|哪天|哪一天|几号|何时|几月/;
/** The period the figures cover (intents/report.yml). */
const REPORT_PERIOD = 'report.period';
/** Words of the period counted ("统计期限", "从哪天到哪天", "起止"). */
const PERIOD_WORDS = /统计|期限|时限|从哪|到哪|起止|时间段|区间/;
/** Reports in general, not this one ("一般什么时候发布的", "每年几月发的"). */
const AS_A_RULE = /一般|通常|每年|往年|历年|都是|都在/;
/** The report of the conversation pointed at ("这份年报", "该报告", "这个年报"). */
const THIS_REPORT = /(?:这份|这个|该|那份|此)(?:年报|年度报告|报告)/;
/** How far below the deadline the report's date may be read: the deadline's examples share every word of "什么时候发布的". */
const REPORT_DATE_MARGIN = 0.15;

export const reportDateAsked: Rule = {
  name: 'report-date-asked',
  doc: 'When the report came out, asked with no deadline word ("什么时候发布的", after "年报统计时限是啥"): the report\'s own date, not the deadline (第四十九条) the classifier read first.',
  decide: (u, state, kn) => {
    if (u.metric || !WHEN_ASKED.test(u.norm) || !DATE_OF_THIS_REPORT.test(u.norm) || AS_A_RULE.test(u.norm) || DEADLINE_ASKED.test(u.norm) || REPORT_DEADLINE_SAID.test(u.norm)) return undefined;
    // (the report of the conversation pointed at, "这份年报是什么时候发布的" right after a question about it: its own date,
    // however close the deadline's reading came)
    const date = kn.byId.get(REPORT_DATE);
    if (date && state.report && THIS_REPORT.test(u.norm)) return { kind: 'intent', intent: date, confidence: Math.max(u.candidates.find((c) => c.item === date)?.score ?? 0, THRESHOLDS.clarify) };
    const [top, ...rest] = u.candidates;
    // (or the period counted read first, "年报是哪天发的" ~ 数据从哪天到哪天, no word of a period asked)
    const periodRead = top?.item.id === REPORT_PERIOD && !PERIOD_WORDS.test(u.norm);
    if (top?.item.id !== ANNUAL_REPORT_DEADLINE && !periodRead) return undefined;
    const own = rest.slice(0, 2).find((c) => c.item.id === REPORT_DATE);
    if (!own || top.score - own.score > REPORT_DATE_MARGIN) return undefined;
    return { kind: 'intent', intent: own.item, confidence: Math.max(own.score, THRESHOLDS.clarify) };
  },
};

/** The period's ends or length asked ("从几号到几号", "起止日期", "是哪段时间", "多久"). */
const PERIOD_ENDS_ASKED = /几号|几月|哪天|哪一天|什么时候|啥时候|从哪|到哪|起止|哪段|多久|多长|是什么|是啥|是哪/;

export const statisticsPeriodNamed: Rule = {
  name: 'statistics-period-named',
  doc: 'The period the report\'s figures cover, named in so many words with its ends asked ("统计期是从几号到几号"): that period — not the address an example "几号" reads.',
  decide: (u, _state, kn) => {
    if (u.metric || !STATISTICS_PERIOD.test(u.norm) || !PERIOD_ENDS_ASKED.test(u.norm)) return undefined;
    const period = kn.byId.get(REPORT_PERIOD);
    // (only where the classifier read something else first: its own reading stands otherwise)
    // (nor over another reading of the report itself, "…统计期限是什么？…发布日期是哪天？": that one, the period added as a second question)
    // (nor when it is the reading, clear of any rival: a close one, "…统计期是从几月到几月" ~ 年报每年几月出, is not asked about)
    const { best, close } = choice(u, kn);
    if (!period || (best?.item === period && !close) || (best?.item !== period && best?.item.topic === period.topic)) return undefined;
    return { kind: 'intent', intent: period, confidence: Math.max(u.candidates.find((c) => c.item === period)?.score ?? 0, THRESHOLDS.clarify) };
  },
};
