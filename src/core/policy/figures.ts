/** Rules for questions about the report's figures (tables 二, 三, 四 and counts in its text). */
import { ASKER_FUTURE, YES_NO_END, FEE_THRESHOLD_ASKED, ASKING, CLAUSE_SPLIT, DURATION, EVENTS_COUNTED, MONEY_OF_APPLYING, QUANTITY } from '../patterns.js';
import { COUNT_STATED, requestsSentence } from '../prose-figures.js';
import { figuresIntent, handlerOf, reportFree, topicOf } from '../handlers.js';
import { ABOUT_REQUESTS, ASKS_IDENTIFIER, ASKS_OTHER_THAN_FIGURE, CONTACT_ALL, CONTACT_FIELD_NOUNS, COUNT_IN_QUESTION, FOLLOW_UP } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { passage, signatureWord, top, topScore, withoutSlots, kindsOf, feeWithoutMoney } from './helpers.js';
import { cutSpans } from '../../understand/slots.js';
import type { Rule } from './types.js';
import type { Understanding } from '../understanding.js';
import { questionKind } from '../understanding.js';

/** What may stand beside a bare row name: punctuation, particles and spaces ("部分公开？", "不予公开的呢"). */
const BARE_REST = /[\s的呢吗啊呀?？。!！,，]/g;

/**
 * An applicant read as the column (公司 → 商业企业), no row named, no share or figure quoted, and a contact detail
 * asked ("我代表公司…寄申请，…联系电话是多少"): the asker is who would apply; the detail is asked, not a count.
 */
export function applicantBesideContact(u: Understanding): boolean {
  const m = u.metric;
  return !!m && !m.rowsExplicit && m.cols.length > 0 && !m.rate && !m.quoted?.length && CONTACT_FIELD_NOUNS.some(([re]) => re.test(u.norm));
}

/**
 * A contact detail asked in the message's last clause, every row's words in the story before it ("老人想了解…新出的政策文件，
 * …想打个电话问问…，电话是多少呀"): the detail is asked, not the row's figure. No figure quoted, no how-many beside the detail.
 */
export function contactAskedAfterStory(u: Understanding): boolean {
  const m = u.metric;
  if (!m || m.quoted?.length || !m.spans.length) return false;
  const clauses = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim());
  const last = clauses.at(-1);
  if (!last || !CONTACT_FIELD_NOUNS.some(([re]) => re.test(last)) || /几件|几条|多少件|多少条/.test(last)) return false;
  const lastAt = u.norm.lastIndexOf(last);
  return m.spans.every((sp) => sp.end <= lastAt);
}

/**
 * Whether anyone applied at all, asked ("那一年有人申请公开吗", "有人申请过政府信息公开没有", "有没有人来申请", "有人向他们申请信息公开吗"): the count of
 * requests received, however well "有人…吗" matches an intent's example ("老年人申请有人协助吗"). Someone to help the
 * asker apply ("有人帮我申请吗") is no such question.
 */
const ANYONE_APPLIED = /有没有人(?:来|去)?(?:向|跟|给|找)?(?:他们|你们|这个单位|该单位|这个局|该局|政府|他|它)?(?:提出?|递交)?(?:过)?申请|有人(?:来|去)?(?:向|跟|给|找)?(?:他们|你们|这个单位|该单位|这个局|该局|政府|他|它)?(?:提出?|递交)?(?:过)?申请[^，。？?帮替代陪]{0,12}(?:吗|么|没有?)[呀啊呢哈嘛]?[?？。!]*$/;

/** Whether any came, asked ("有企业来申请吗", "有没有律所提的"). */
const ANY_CAME = /有[^，。？?]{0,40}(?:吗|没有?|么)|有没有/;

export const vagueFigureReportWords: Rule = {
  name: 'vague-figure-report-words',
  doc: 'A how-many phrase ("办理了多少") beside words only the report uses ("人大代表建议"): the report\'s passage, not a table row.',
  decide: (u, state, kn) => {
    // (or other things received, no request named: "收到好多咨询建议,办结了没有" counts 咨询、建议, not table 三)
    const otherThing = OTHER_THING_RECEIVED.test(u.norm) && !/申请/.test(u.norm);
    // (its verbs, 收到/办结, name the balance rows of table 三 only by the way they count)
    const byVerbs = otherThing && !!u.metric && u.metric.table === '三' && u.metric.rows.every((x) => BALANCE_ROWS.has(x));
    if (!u.metric || !(u.metric.vague || byVerbs) || !(u.reportOnlyWords.length || otherThing)) return undefined;
    const coverage = otherThing ? POLICY.countedPassageCoverage : THRESHOLDS.coverage;
    // (a long story: its last asking clause, when it holds a word only the report uses — "我是成都的，听说…成都人
    // 最多？2023年成都到底多少件")
    const asking = withoutSlots(u).split(CLAUSE_SPLIT).filter((c) => ASKING.test(c)).at(-1);
    const d =
      passage(kn, u, state, coverage) ??
      (asking && asking.length < withoutSlots(u).length && u.reportOnlyWords.some((w) => asking.includes(w)) ? passage(kn, u, state, coverage, asking) : undefined);
    // (a passage with no count in figures answers no how-many: "全文包括…六个部分" for "全县一共收到多少件")
    if (d?.kind === 'passage' && !COUNT_STATED.test(d.parts.lines.join(''))) return undefined;
    // (an amount of money asked of a passage that states none — "申请了多少专项资金" of "已向区政府申请专项资金，待资金批复":
    // the passage, and that the report gives no amount; never another count of it, "4个功能区", as the answer)
    if (d?.kind === 'passage' && MONEY_ASKED.test(u.norm) && !MONEY_STATED.test(d.parts.lines.join(''))) return { ...d, parts: { ...d.parts, lines: [...d.parts.lines, NO_AMOUNT_STATED] } };
    // (the requests asked in a question of their own beside it, "…政策解读几篇、依申请公开收到几起": the text's sentence counting
    // them too, when the passage says nothing of them)
    const requestsToo = d?.kind === 'passage' && u.metric.table === '三' && u.metric.rows.every((x) => x === 'new' || x === 'total') && ASKS_SEVERAL.test(u.norm) && !d.parts.lines.some((l) => /申请/.test(l));
    const told = requestsToo ? requestsSentence(d.report) : undefined;
    if (d?.kind === 'passage' && told && !d.parts.lines.includes(told.text)) return { ...d, parts: { ...d.parts, lines: [...d.parts.lines, told.text] } };
    return d;
  },
};

/** Several how-manys asked in one message, joined by 、 or a pause ("主动公开多少条、政策解读几篇、依申请公开收到几起"). */
const ASKS_SEVERAL = /(?:多少|几)[^、，,；;？?]*[、，,；;？?][^、，,；;？?]*(?:多少|几)/;

/** An amount of money asked ("多少专项资金", "花了多少钱", "经费是多少"). */
const MONEY_ASKED = /多少(?:钱|资金|经费|万元?|元|专项资金|资金)|(?:资金|经费|金额|钱|费用|预算)(?:是|有|共|一共)?多少|多少[^，。？?]{0,4}(?:资金|经费|金额)/;
/** An amount of money stated ("50万元", "6944.93元", "1.2亿元"). */
const MONEY_STATED = /\d[\d.,，]*\s*(?:万|亿)?元/;
/** Said after a passage that names the money asked of but states no amount. */
export const NO_AMOUNT_STATED = '报告没有写明具体金额。';
/** Table 三's rows that count requests by what happened to them (received, handled, carried). */
const BALANCE_ROWS: ReadonlySet<string> = new Set(['new', 'total', 'carry-over', 'carried']);
/** Things an office receives that are not disclosure requests ("咨询", "建议", "留言", "来信", "诉求", "工单"). */
const OTHER_THING_RECEIVED = /咨询|建议|意见|留言|来信|信件|诉求|提案|工单|来电|信访件/;

export const vagueFigureUnknown: Rule = {
  name: 'vague-figure-unknown',
  doc: 'A how-many phrase about something that is not a request and that neither intents nor report know: the fallback, never a table-三 figure.',
  decide: (u) =>
    // (which day something counts from, "寄平信过去哪天算收到", asks a date of the procedure, no figure at all)
    u.metric?.vague && !ABOUT_REQUESTS.test(u.norm) && u.unknown.count > 0 && !WHICH_DAY.test(u.norm) ? { kind: 'fallback', reason: 'unknown', confidence: 0 } : undefined,
};

/** How to do a step of the procedure ("该怎么提交申请", "如何申请"), not "怎么这么多" (why so many). */
// (or how they will handle the asker's own request, "我申请的东西涉及别人家的隐私，他们会怎么处理")
// (or the ways to contest a reply asked, "…答复不服，有哪些法定救济途径")
const HOW_TO_DO = /(?:怎么|如何|怎样|咋)(?:样)?(?:才能|能)?(?:提交|申请|办理|办|弄|递交|提出|写|填|操作|查询|交)|(?:哪些|什么|啥)(?:法定)?(?:救济|维权)(?:途径|渠道|办法|方式)?|(?:救济|维权)(?:途径|渠道|办法|方式)(?:有|是)?(?:哪些|什么|啥)|(?<=我[^，。？?]{0,16}申请[^。？?]{0,40})(?:会|要|该|将)(?:怎么|如何|怎样|咋)(?:样)?(?:处理|办|对待|答复)|(?:通过|用|以)(?:哪些|什么|哪种|哪几种|啥)(?:方式|途径|渠道|办法)|(?:哪些|什么|哪种|哪几种|啥)(?:方式|途径|渠道|办法)(?:可以|能|才能)?(?:提交|递交|提出|申请)|(?:写|填|带|准备|提供)(?:哪些|什么|啥)(?:内容|材料|东西|证件|资料)?/;

/** Which day something counts from ("哪天算收到", "从什么时候开始算"): a date of the procedure, never a count. */
/** Which body to go to, asked ("复议机关是谁", "向哪个机关申请复议"): the procedure, whatever office is named. */
const WHICH_BODY = /(?:机关|部门|单位|法院)(?:是|为)(?:谁|哪个|哪家|什么)|向谁|找谁|(?:向|找|去)哪个(?:机关|部门|单位|法院)/;
const WHICH_DAY = /哪天|哪一天|哪日|几号|何时|什么时候(?:开始)?算|从什么时候|(?:日子|日期|时间)怎么(?:算|定|确定)/;

/** A licence or permit the asker applies for ("办食品经营许可证", "申请营业执照"). */
const OWN_LICENCE = /(?:办|办理|申请|申办|领|考)[^，。？?]{0,8}(?:许可证|执照|证照|资格证|经营许可)/;

/** The message's last asking clause asks how many and holds the figure's words. */
function figureAskedLast(u: Understanding): boolean {
  const spans = u.foundMetric?.spans ?? [];
  if (!spans.length) return false;
  const clauses = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim());
  const last = clauses.at(-1);
  // (the message's own last clause, asking how many: "几十件" says a number, it asks none)
  if (!last || clauses.length < 2 || !ASKING.test(last) || !/多少|几(?![十百千万])/.test(last)) return false;
  const start = u.norm.lastIndexOf(last);
  return spans.every((s) => s.start >= start);
}

/** A fee asked of ("收费", "收钱", "信息处理费"). */
const FEE_ASKED = /收费|收钱|信息处理费|处理费/;

/** A number and a span of days or months after it ("15个工作日", "60日", "6个月"). */
const DAYS_AFTER = /^\s*(?:个)?(?:工作日|自然日|日|天|个月|周)/;
/** Every number of a message (years and articles aside) counts days or months, and there is one at least. */
export function onlyDaysQuoted(norm: string): boolean {
  const numbers = [...norm.matchAll(/\d+/g)].filter((m) => !/^\s*年/.test(norm.slice(m.index! + m[0].length)));
  return numbers.length > 0 && numbers.every((m) => DAYS_AFTER.test(norm.slice(m.index! + m[0].length)));
}

/** Whether applying costs anything, asked of the asker's own request ("申请公开处罚依据，得花钱吗"; 交钱 is read as 花钱, 收我钱 as 收钱). */
const APPLYING_COSTS = /申请[^。？?]{0,20}(?:花钱|收费|缴费|交费|要钱|收钱)(?:吗|不|没|么)?[?？。!！]*$/;
/** Whether the office will charge, asked as a yes/no ("他们会不会收我钱", "要不要交钱"): the fee, not a count. */
const CHARGED_ASKED = /(?:会不会|会|要不要|需不需要|需要|用不用|得)(?:收|交|花|给)(?:我|咱|俺)?(?:的)?(?:钱|费|费用)/;

/** A contact detail the message ends asking for ("…用于接收申请的电子邮箱？"). */
// (or two of them, "…的电子邮箱或者传真号")
const CONTACT_ASKED_LAST = /的(?:电子)?(?:邮箱|传真|传真号码?|电话号码?|联系电话|地址|网址|邮编)(?:地址)?(?:(?:或者?|和|或是|还是|、)(?:电子)?(?:邮箱|传真|传真号|传真号码|电话|电话号码|联系电话|地址|网址|邮编)(?:地址)?)?(?:吗|呢)?[?？。!！]*$/;

/** Quotation marks around a term: “…”, 「…」, "…". */
const OPENING_QUOTE = /[“"「『‘]/;
const CLOSING_QUOTE = /[”"」』’]/;
/** Every span of the row asked stands in quotation marks ("以“非本部门掌握”答复了申请人"). */
// (or said as the reply the asker got, "答复说不掌握", "回复说他们不掌握相关信息")
export function rowOnlyQuoted(norm: string, metric: { spans?: { start: number; end: number }[] }): boolean {
  const spans = metric.spans ?? [];
  const quoted = (s: { start: number; end: number }) => OPENING_QUOTE.test(norm[s.start - 1] ?? '') && CLOSING_QUOTE.test(norm[s.end] ?? '');
  return spans.length > 0 && spans.every((s) => quoted(s) || REPLY_GOT_BEFORE.test(norm.slice(Math.max(0, s.start - REPLY_REACH), s.start)));
}
/** The reply the asker got, said right before the row ("答复说", "回复说他们", "告知我"), in the same clause. */
const REPLY_GOT_BEFORE = /(?:答复|回复|回应|告知|告诉|通知)(?:说|称|我)?[^，,。；;？?！!\d]{0,3}$/;
/** How far before a row the reply's verb is looked for. */
const REPLY_REACH = 8;

/** Offices in general and what they may or must do ("行政机关可以或者应当…", "机关有权…"): the regulation asked, not a report. */
const OFFICES_MAY = /行政机关(?:可以|应当|应该|必须|须|有权|能够)/;

/** The ways or channels of applying asked ("有哪些受理渠道", "通过什么方式申请", "以何种形式提出申请"). */
const WAYS_ASKED = /(?:哪些|什么|几种|啥|哪几种|哪种|何种)(?:受理|申请|提交)?(?:渠道|方式|途径|形式)|(?:受理|申请)(?:渠道|方式|途径)(?:有|是)?(?:哪些|什么|啥)/;

/** Anyone went to review or court ("有人因此去复议吗", "有被起诉的吗", "有没有人告"): cases, not how to go. */
const ANYONE_WENT = /有人|有没有人|有被|被人|有过/;

/** A correction of what was asked ("我想问的是…", "我问的是…", "不对…是…"). */
const ROW_CORRECTED = /(?:我|俺)?(?:想问|要问|问)的是|不对[，,]?(?:不对)?[，,]?(?:是|我)|不是[^，。？?]{1,10}[，,]\s*是/;
/** Anyone said to have sought review or sued, asked ("有人因此申请行政复议吗", "有没有人去告他们"). */
const ANYONE_CONTESTED = /有人[^，。？?]{0,12}(?:告|起诉|复议|诉讼)[^，。？?]{0,6}(?:吗|没有?|么)|有没有人[^，。？?]{0,12}(?:告|起诉|复议|诉讼)/;

/** A contact detail right after a row's words, which describe it ("…申请的电子邮箱", "受理申请的窗口电话"). */
const FIELD_AFTER_ROW = /^[^，,。？?\d]{0,8}的(?:电子)?(?:邮箱|信箱|电话|地址|邮编|传真|网址|窗口|热线|联系方式)/;

/** A row's value quoted with it ("是0", "为12", "只有3"), no year nor share. */
const VALUE_QUOTED = /(?:是|为|有|只有)\s*(?:\d+|零)(?![\d.年%％])/;

export const figureQuestion: Rule = {
  name: 'figure-question',
  doc: 'Figure words ask for the figure, unless another intent is clearly meant ("哪些信息不予公开", "复议期限").',
  decide: (u, state, kn) => {
    const figures = figuresIntent(kn);
    const metric = u.metric;
    if (!metric || !figures) return undefined;
    // (a licence of one's own to apply for, "办食品经营许可证要啥材料": another matter, no figure of 行政许可)
    if (metric.table === '二' && !u.quantity && OWN_LICENCE.test(u.norm)) return undefined;
    // (or whether applying for the rules behind a decision costs anything, "申请公开处罚依据，得交钱不": the fee, not 行政处罚's count)
    if (metric.table === '二' && !u.quantity && APPLYING_COSTS.test(u.norm)) return undefined;
    // (the asker's own requests told and the charge asked, "我一个月交了十几份申请，他们会不会收我钱": the fee, not the count of 三)
    if (metric.table === '三' && !u.quantity && (APPLYING_COSTS.test(u.norm) || CHARGED_ASKED.test(u.norm))) return undefined;
    // (money asked of a thing applied for, "专项资金申请了多少钱": no count of requests)
    if (metric.table === '三' && MONEY_OF_APPLYING.test(u.norm)) return undefined;
    // (nor events counted, "培训一共办了几次": 办 is no result of requests)
    if (metric.table === '三' && EVENTS_COUNTED.test(u.norm)) return undefined;
    // (nor a contact detail the row's words only describe, "受理信息公开申请的电子邮箱": the detail is asked, by the best contact
    // reading — the report's block, or that it gives none)
    if (metric.spans.some((sp) => FIELD_AFTER_ROW.test(u.norm.slice(sp.end)))) {
      // (two details named, "邮箱或者传真": the whole block, which says which of them the report lacks)
      const fields = CONTACT_FIELD_NOUNS.filter(([re]) => re.test(u.norm)).length;
      const all = fields >= 2 ? kn.byId.get(CONTACT_ALL) : undefined;
      if (all) return { kind: 'intent', intent: all, confidence: THRESHOLDS.answer };
      const contact = u.candidates.find((c) => topicOf(c.item).contact);
      return contact ? { kind: 'intent', intent: contact.item, confidence: Math.max(contact.score, THRESHOLDS.clarify) } : undefined;
    }
    const t = top(u);
    const score = topScore(u);
    // (a how-long asked only in a sentence of its own, "…办结了多少件申请？一般申请多少天内要答复？": the count is asked all the
    // same, the time limit added after it)
    const duration = u.duration && !durationApart(u);
    const quantity = u.quantity && !duration;
    const named = u.slots.offices.length > 0 || u.slots.years.length > 0;
    // "那无法提供的那一项呢": a row named in an elliptical question asks for its figure
    // (a row named only by a how-many phrase, "那一个月申请多少件以上就要收费了", is no row named)
    const elliptical = FOLLOW_UP.test(u.norm) && !ASKS_OTHER_THAN_FIGURE.test(u.norm) && !metric.vague;
    // a row name and nothing else ("部分公开"), as staff type it: its figure
    const bare = Boolean(u.foundMetric) && cutSpans(u.norm, [...(u.foundMetric?.spans ?? []), ...u.slots.spans]).replace(BARE_REST, '') === '';
    const figScore = u.candidates.find((c) => c.item.id === figures.id)?.score ?? 0;
    const anyoneApplied = metric.table === '三' && metric.rows.includes('new') && ANYONE_APPLIED.test(u.norm);
    // (whether anyone sought review or sued over it, "有人因此申请行政复议吗": the count of table 四, not how to do it)
    const anyoneContested = metric.table === '四' && ANYONE_CONTESTED.test(u.norm);
    // (right after a count of requests, which kind of applicant they were, "是个人申请的还是企业申请的": the applicants' columns)
    // (or whether they all were of one kind, "都是老百姓个人申请的吗")
    const applicantsChosen = metric.table === '三' && state.metric?.table === '三' && ((metric.cols.length >= 2 && EITHER_OR.test(u.norm)) || (metric.cols.length >= 1 && ALL_OF_ONE_KIND.test(u.norm)));
    const valueWhy = u.kind === 'why' && metric.rowsExplicit && VALUE_QUOTED.test(u.norm);
    const otherClear =
      t &&
      !handlerOf(t.item)?.tables &&
      score >= THRESHOLDS.answer &&
      // a count asked of a named report ("沭阳县有多少…没公开"), or a figure word with a named report
      // instead of a general procedure ("2021年有行政复议吗"), is a figure
      // (an intent that answers from the report itself, "收取信息处理费多少" → its fee line, still may)
      !(quantity && named && reportFree(t.item)) &&
      // (but how to do it, asked of a named office, is the procedure: "我想向丽水市林业局申请…该怎么提交申请")
      // (a row named only in quotation marks, as the reply the asker got — 以“非本部门掌握”答复了…不服, 有哪些救济途径 —
      // names what happened, not the figure asked)
      !(named && reportFree(t.item) && !((HOW_TO_DO.test(u.norm) || WHICH_DAY.test(u.norm) || WHICH_BODY.test(u.norm)) && !quantity) && !(!quantity && rowOnlyQuoted(u.norm, metric))) &&
      // "是不是收到了15件申请": a count in the question is about the figures
      !COUNT_IN_QUESTION.test(u.norm) &&
      // (nor why a row named is the value quoted, "为什么行政许可是0": that row, its figure and that the report gives no reason)
      !valueWhy &&
      // figures quoted to check are figures ("予以公开4、不予公开2…对不对")
      !metric.quoted &&
      !elliptical &&
      !bare &&
      // whether a named report's row had any ("渝中应急局2024年收到过信息公开申请没有"), the other intent read from
      // no word of its own (收过…没有 of 收过信息处理费没有): the figure
      !(kindsOf(u).exists && named && metric.rowsExplicit && !signatureWord(kn, u)) &&
      // (whether anyone applied at all, "那一年有人申请公开吗": the count, not 有人协助吗)
      !((anyoneApplied || anyoneContested) && metric.rowsExplicit) &&
      !applicantsChosen &&
      // (a row put right after a figure, "不对，我想问的是不予处理，不是不予公开": that row's figure)
      !(ROW_CORRECTED.test(u.text) && !!state.metric && metric.rowsExplicit) &&
      // two rows compared ("予以公开的多还是无法提供的多") are figures, not what the words mean
      !(u.kind === 'compare' && metric.rows.length >= 2) &&
      // a follow-up asking how many of a figure named in words of a procedure ("那依申请公开呢" after a count, read
      // "依申请公开多少"): the intent's example asks how to do it, the question how many
      !(quantity && u.followUp.is && u.kind === 'count' && questionKind(t.example) === 'how') &&
      // (a story's "…情况" matched another intent, and the last clause asks how many of the figure: "想了解…的信息公开
      // 情况，收到多少申请？")
      !(quantity && questionKind(t.example) !== 'count' && figureAskedLast(u)) &&
      // (a fee intent matched on 收了多少 alone, the row named in so many words: "问问…收了多少信息公开申请" counts requests)
      !(quantity && metric.rowsExplicit && feeWithoutMoney(u, t.item)) &&
      // (whether the report gives a row named in so many words, "2020年的报告里写了申请数吗", another report intent read from
      // no word of its own — 报告里写的 of 报告里写的信息处理费 — is that row's figure)
      !(u.kind === 'yesno' && metric.rowsExplicit && !metric.vague && !reportFree(t.item) && !signatureWord(kn, u)) &&
      score - figScore > (quantity ? POLICY.otherOverFigureQuantity : POLICY.otherOverFigure);
    // an applicant named as who asks, no row and no how-many ("我们公司去申请，正常情况下收费吗"): no figure of the
    // applicants' column (whether any applicant of a kind came, "有企业申请吗", is that figure)
    // (or a contact detail asked by the one who would apply, "我代表公司…寄申请，…联系电话是多少": the detail)
    if (applicantBesideContact(u)) return undefined;
    // (why the office did a thing said in words only its report uses, "为啥把2份挂网文件标注失效了": the report's sentence
    // of it, not the figure of table 二 a word of the thing, 文件, reads)
    // (words that are only the row's own name, "行政许可为什么是76件", are the figure asked)
    const wordsBesideRow = u.reportOnlyWords.filter((w) => !metric.spans.some((sp) => u.norm.slice(sp.start, sp.end).includes(w)));
    if (u.kind === 'why' && !quantity && metric.table === '二' && wordsBesideRow.length > 0 && !metric.quoted?.length) return undefined;
    // (the ways to apply asked, "他们有哪些受理渠道": how to apply, not the requests 受理'd)
    if (!quantity && WAYS_ASKED.test(u.norm)) return undefined;
    // what will happen to the asker's own request ("不写会不会被拒", "发了十几个申请，会被收钱吗？收多少"): the rules
    // ("申请表有几项写得不清楚，会直接驳回吗": a few of the asker's own, a yes-or-no)
    if (ASKER_FUTURE.test(u.norm) && (!quantity || FEE_ASKED.test(u.norm) || YES_NO_END.test(u.norm))) return undefined;
    if (!quantity && !metric.rowsExplicit && metric.cols.length > 0 && !metric.rate && !metric.quoted?.length && u.kind === 'yesno' && !ANY_CAME.test(u.norm) && !applicantsChosen) return undefined;
    // every number of the message a span of days ("…15个工作日内答复，延长不超过15个工作日。这样写没问题吧"): a time
    // limit quoted, no count of the report's
    if (onlyDaysQuoted(u.norm)) return undefined;
    // (from how many requests a fee is charged, "超过多少件会收信息处理费": the fee's rule)
    if (FEE_THRESHOLD_ASKED.test(u.norm)) return undefined;
    // what the regulation lets any office do ("哪些情形行政机关可以或者应当不予公开"), no report named: the rule, not a count
    if (OFFICES_MAY.test(u.norm) && !named && !COUNT_IN_QUESTION.test(u.norm) && t && reportFree(t.item) && score >= THRESHOLDS.clarify) return undefined;
    // (a contact detail is what the message ends asking for, "…有没有公布用于接收信息公开申请的电子邮箱": that detail)
    if (CONTACT_ASKED_LAST.test(u.norm)) return undefined;
    // which day a step counts from is never a count, however weakly the procedure was read ("收到申请的日子怎么算")
    if (WHICH_DAY.test(u.norm) && !quantity && t && reportFree(t.item) && score >= THRESHOLDS.clarify) return undefined;
    const isFigure =
      Boolean(t && handlerOf(t.item)?.figures) ||
      (!duration &&
        ((u.followUp.is && Boolean(u.followUp.previous && handlerOf(u.followUp.previous)?.figures)) ||
          quantity ||
          // "予以公开的多还是无法提供的多": two figures compared
          u.kind === 'compare' ||
          // "无法提供在全部办理结果里占多大比重": a share is a figure
          !!metric.rate ||
          // "稿子里写的“其中予以公开5条”，跟年报一致吧": a figure quoted to check is a figure
          !!metric.quoted?.length ||
          elliptical ||
          bare ||
          COUNT_IN_QUESTION.test(u.norm) ||
          valueWhy ||
          anyoneApplied ||
          applicantsChosen ||
          // (a row put right after a figure: that row's figure)
          (ROW_CORRECTED.test(u.text) && !!state.metric) ||
          // (whether anyone went to review or court, "有人因此去复议或者起诉吗", "有被复议的吗": the cases of table 四)
          (metric.table === '四' && ANYONE_WENT.test(u.norm)) ||
          // (a column of the table the last figure came from, no report named: "判了没有" after a count of suits)
          (metric.cols.length > 0 && state.metric?.table === metric.table) ||
          named ||
          score < THRESHOLDS.clarify));
    // what happens then, asked of a step ("要是我一直没去补正呢，会怎么样"): the rules, not a count
    // (the intent whose example asks it too answers, however weakly the rest matched: "不按要求补正会怎样")
    if (!quantity && CONSEQUENCE_ASKED.test(u.norm)) {
      return t && !t.item.fallback && CONSEQUENCE_ASKED.test(t.example) && score >= POLICY.signatureMinScore ? { kind: 'intent', intent: t.item, confidence: Math.max(score, THRESHOLDS.clarify) } : undefined;
    }
    // the rule in general asked after the asker's own count ("有2件申请不予公开，一般什么情况下会被不予公开"): the rules
    const lastAsk = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim()).at(-1) ?? '';
    if (!quantity && GENERAL_RULE_ASKED.test(lastAsk) && t && reportFree(t.item) && !t.item.fallback && score >= THRESHOLDS.answer) return undefined;
    // what the office will do with the asker's own request ("要是我申请里写得不明确，会直接给我拒绝吗"), a procedure read
    // well: the procedure, whatever row its words name
    if (!quantity && !metric.quoted?.length && WHAT_WILL_BE_DONE.test(lastAsk) && /我/.test(lastAsk) && t && reportFree(t.item) && !t.item.fallback && score >= THRESHOLDS.answer) return undefined;
    // (an applicant's kind named in a story — "居民把…写成信息公开申请交上去了，会按…办吗" — and nothing counted, compared
    // or shared asked: a question about what happens, not the column's figure)
    const storyColumn = !metric.rowsExplicit && metric.cols.length > 0 && !quantity && !metric.rate && u.kind !== 'compare' && WHAT_WILL_BE_DONE.test(u.norm) && !kindsOf(u).exists && !u.followUp.is;
    if (isFigure && !otherClear && !storyColumn) return { kind: 'figure', intent: figures, metric, confidence: Math.max(figScore, POLICY.figureMinConfidence) };
    return undefined;
  },
};

/** One of two things asked ("是个人申请的还是企业申请的"). */
const EITHER_OR = /还是/;
/** Whether all of them were of one kind ("都是…吗", "全是…", "全部是…"). */
// (or none of one kind, "公司企业一个没有？")
const ALL_OF_ONE_KIND = /^(?:那)?(?:都|全|全部|全都)(?:是|为)|一个(?:都|也)?没(?:有)?/;

/** Whether the office will or can do something ("会按信息公开申请来办吗", "能不能受理"): the procedure asked — not the
 * 会 of 社会, 委员会, nor the 能 of 职能. */
const WHAT_WILL_BE_DONE = /(?:(?<![社机协学委大工商议体都开晚约聚理误宴舞茶例年])会|(?<![功职才智技体性效可])能|可以)[^，。？?有]{0,12}(?:吗|么|嘛)[?？]?$|会不会|能不能|可不可以/;

/** The rule in general asked ("一般什么情况下会…", "通常哪些情形"), not this report's count. */
const GENERAL_RULE_ASKED = /(?:一般|通常|一般来说|按规定)[^，。？?]{0,6}(?:什么|哪些|哪种|啥)(?:情况|情形|条件|原因)/;

/** What happens then ("会怎么样", "后果是什么"). */
const CONSEQUENCE_ASKED = /会怎么样|会怎样|会咋样|会如何|有什么后果|后果是|什么后果/;

export const narrativeFigure: Rule = {
  name: 'narrative-figure',
  doc: 'A how-many question with no table figure ("负责政务公开的有几个人") and a weak non-figure match: the passage that holds the count.',
  decide: (u, state, kn) => {
    const t = top(u);
    if (t && u.quantity && !u.duration && !u.metric && !topicOf(t.item).figures && topScore(u) < POLICY.narrativeMaxScore && !ASKS_IDENTIFIER.test(u.norm)) {
      return passage(kn, u, state, POLICY.narrativeCoverage);
    }
    return undefined;
  },
};

/** Where a message's sentences part. */
const SENTENCE_END = /[?？。！!；;]/;

/**
 * A how-long asked in a sentence of its own, apart from the sentence that names the figure ("西集镇办结了多少件申请？一般申请多少天
 * 内要答复？"): each is a question of its own.
 */
function durationApart(u: { norm: string; metric?: { spans: readonly { start: number }[] } }): boolean {
  const at = u.metric?.spans[0]?.start;
  if (at === undefined) return false;
  let from = 0;
  for (const s of u.norm.split(SENTENCE_END)) {
    const to = from + s.length;
    // (the figure's own sentence asking how many: "…申请内容写得不清楚，他们会怎么处理？多少天内通知我？" asks no count)
    // (and a question of its own, marked so: a story's sentence, "…他一个人住在…。", asks nothing)
    if (at >= from && at < to) return !DURATION.test(s) && QUANTITY.test(s) && /[?？]/.test(u.norm[to] ?? '') && u.norm.split(SENTENCE_END).filter((x) => x.trim()).length >= 2;
    from = to + 1;
  }
  return false;
}
