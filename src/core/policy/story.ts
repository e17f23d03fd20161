/**
 * A long message: the story around the question may name years and places ("前年说要拆迁…") that are
 * not what is asked. When the asking clause is a confident procedure question (how to apply, where,
 * fees), the story's years do not make it a question about a report we do not have.
 */
import { REQUESTS_RECEIVED } from './channels-told.js';
import { anotherServiceAsked } from './off-topic.js';
import { questionKinds } from '../../understand/kind.js';
import { TREND_WORDS } from '../../answer/trend-answer.js';
import { reportFree, topicOf } from '../handlers.js';
import { APPLY_VERB, ASKING, CLAUSE_SPLIT } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { choice, contentOf, kindsOf, top, topScore } from './helpers.js';
import type { Rule } from './types.js';
import { quotedSum } from './quoted-sum.js';
import { pickReport } from '../select.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { reportLabel } from '../../answer/render.js';
import { sectionSource } from '../prose-figures.js';

/** A sum of counts asked ("加在一起，合计是多少", "加起来一共多少"). */
const SUM_OF_COUNTS = /加起来|加在一起|加一起|合计|相加|总和/;
/** A share of one thing in another asked ("占全部申请的比例是多少", "占比多少", "百分之几"). */
const SHARE_ASKED = /占[^，。？?]{0,24}(?:比例|比重|百分|占比)|占比|百分之几|百分比/;
/** A how-many with its measure word ("分别是多少件", "几条"). */
const COUNT_IN_UNITS = /(?:多少|几)\s*[件条]/;

/** The report quoted by the asker ("报告里说…", "年报上写着…", "报告中提到…"). */
const REPORT_QUOTED = /(?:报告|年报)(?:里|中|上|里面)?(?:说|写|提到|讲)/;

export const procedureInStory: Rule = {
  name: 'procedure-in-story',
  doc: 'A long message whose asking clause is a confident report-free question ("…要文件的话到底咋申请"): that answer, whatever years the story names.',
  decide: (u, _state, kn) => {
    const t = top(u);
    const long = u.classifierText.length > POLICY.clauseMinChars && u.focus !== u.classifierText;
    if (!t || !long || u.metric || t.item.fallback || !reportFree(t.item) || topScore(u) < THRESHOLDS.answer) return undefined;
    // (which office or year counted most, "哪个单位主动公开的信息条数最多": the reports ranked, not where to apply)
    if (RANKED.test(u.focus)) return undefined;
    // (the report quoted, "报告里说推进部门所属单位预算决算公开，是多少家单位": its content asked, not a procedure)
    if (REPORT_QUOTED.test(u.norm) && questionKinds(u.norm).count) return undefined;
    // (the asking clause names a thing only the report names, "依据的是哪个方案": the report's, not the regulation's)
    if (u.reportOnlyWords.some((w) => u.focus.includes(w))) return undefined;
    // (figures quoted with their parts to add up or check, "引用…102条，分基础信息26条、…，三项加起来对得上吗": the asker's sum)
    if (quotedSum(u.norm) && /加起来|相加|对得上|对不上|合计|是不是等于/.test(u.norm)) return undefined;
    // (a sum asked, "把政务动态信息和信息公开目录信息加在一起，合计是多少": counts of the report, never a procedure)
    if (SUM_OF_COUNTS.test(u.norm) && questionKinds(u.norm).count) return undefined;
    // (a how-many in a measure word asked last, "网络申请和信函申请分别是多少件": the report's counts — a fee's threshold aside)
    if (COUNT_IN_UNITS.test(u.focus) && !/费|收钱|交钱/.test(u.focus)) return undefined;
    // (a focus that only tells, the question a bare "咋办" after it — "…20个工作日过去了一直不答复，咋办": the story is not the
    // answer's subject, what to do about it is)
    if (!ASKING.test(u.focus) && BARE_ASK_END.test(u.norm)) return undefined;
    // (how many asked before it, "新增了几个账号、注销了几个？分别是哪个单位的": the report's counts, not a procedure)
    if (questionKinds(u.norm).count && !questionKinds(u.focus).count && !u.duration) return undefined;
    // (a share asked, "网络申请占全部申请的比例是多少？我算的是79%左右": the report's counts, not a procedure)
    if (SHARE_ASKED.test(u.focus)) return undefined;
    // (a change between two years named, "2025年较2024年变化了百分之几": the reports' figures, not a procedure)
    if (u.slots.years.length >= 2 && TREND_WORDS.test(u.norm)) return undefined;
    // (figures added up in the message, "市政府网站84+本单位网站52+…合计是不是373": a sum to check, no procedure)
    if (FIGURES_ADDED.test(u.norm)) return undefined;
    // the reading the other rules make of the candidates (a word only one intent knows: "申请要写用途吗" → who)
    const chosen = choice(u, kn).chosen ?? t.item;
    // (how to apply asked beside what to bring: the how-to answer, which lists the materials too)
    const how = chosen.id === CONTENT && HOW_APPLY.test(u.norm) ? kn.byId.get(HOW_TO_APPLY) : undefined;
    if (how) return { kind: 'intent', intent: how, confidence: topScore(u) };
    // (or the office's contact details the reading took it to, "…年报去哪下载，再要个咨询电话": where to read it and the phone)
    return { kind: 'intent', intent: (reportFree(chosen) || topicOf(chosen).contact) && !chosen.fallback ? chosen : t.item, confidence: topScore(u) };
  },
};

/** A message ending in a bare question of what to do ("，咋办", "，怎么办呢", "，我能咋办"). */
const BARE_ASK_END = /[，,。\s](?:那|那我|我)?(?:该|应该|要|能|可以)?(?:怎么办|咋办|咋整|怎么弄)(?:呢|啊|呀)?[?？!！]*$/;

/** Figures written as a sum ("84+本单位网站52", "19条加电子屏108条"). */
const FIGURES_ADDED = /\d\s*[条件个项篇]?\s*[+＋加]\s*\p{Script=Han}{0,10}\d/u;

/** Which counted most or least ("哪个单位…最多", "谁家最少"). */
const RANKED = /(?:哪个|哪家|哪一个|谁|哪年|哪一年)[^，。？?]{0,20}(?:最多|最少|最高|最低|更多|更少)/;

/** How to apply, the words together ("怎么申请", "申请要怎么弄", "如何提交"). */
const HOW_APPLY = /(?:怎么|如何|怎样|咋)(?:样)?(?:才能|去|来|进行)?(?:申请|提出|提交|递交|办理|办|弄)|申请(?:要|该|应该|得)?(?:怎么|如何|咋)/;
/** How a step other than applying goes ("怎么收", "怎么算", "怎么计费"). */
const OTHER_HOW = /(?:怎么|如何|怎样|咋)(?:样)?(?:收|算|计|交费|缴|付|退|查|告|投诉|复议|起诉)/;

/** What to do, not how to apply ("…还不回怎么办", "咋办"). */
const WHAT_TO_DO = /怎么办|咋办|如何是好|咋整/;
const WHAT_TO_DO_ALL = new RegExp(WHAT_TO_DO.source, 'g');
/** Applying for disclosure said in so many words (not 申请低保). */
const DISCLOSURE_APPLY = /申请(?:政府)?(?:信息)?公开|信息公开申请|依申请公开|信息公开[^，。？?]{0,4}(?:怎么|如何|咋|怎样)(?:样)?申请/;

/** A document the asker wants to see ("低保名单想看看", "想查一下征地批复"): applying for disclosure, whatever matter it is about. */
const DOCUMENT_WANTED = /(?:名单|文件|批复|方案|合同|公示|记录|档案|清单|红头文件|会议纪要|决定书?)[^，。？?]{0,6}(?:想看|想要|想查|想了解|看看)|(?:想看|想要|想查|想了解|看看|要一份|要份|要一下)[^，。？?]{0,12}(?:名单|文件|批复|方案|合同|公示|记录|档案|清单|会议纪要|决定书?)/;

/** Where to get it ("上哪要去", "去哪要", "找谁要"). */
const WHERE_TO_GET = /(?:上哪|去哪|到哪|哪里|哪儿|找谁)(?:儿)?(?:去)?(?:要|拿|查|找|申请)/;

/** The content words of a question about applying itself ("怎么申请", "如何提交申请"); zmetric marks a figure word elsewhere in the message. */
const BARE_APPLY_WORD = /^(?:申请|提出|提交|递交|办理|办|弄|搞|去|zmetric)$/;
/** Steps one also "applies" for (intents/procedure.yml): asked just before, "怎么申请" is about them. */
const AFTER_OTHER_STEP: ReadonlySet<string> = new Set(['procedure.remedy', 'procedure.online', 'procedure.mail', 'procedure.assist']);
/** A clause that asks something of its own ("要带什么", "收费吗"): no remark after the question. */
const ASKS_SOMETHING = /什么|啥|哪|吗|么|多少|几|呢/;
/** The story only says the asker would apply to the office talked about ("那我想找他们申请"): applying itself. */
const APPLYING_TO_THEM = /^(?:那|那么)?(?:我|俺|我们)?(?:想|要|打算|准备)?(?:找|向|跟|给)(?:他们|你们|他|这个单位|这家|那边)(?:提出|提交|递交|提)?申请$/;
/** The story before the question is about applying for disclosure (公开 said, or a document wanted). */
const ABOUT_DISCLOSURE = /公开|信息|文件|资料|材料|档案|批复|名单/;

export const applyingItselfAsked: Rule = {
  name: 'applying-itself-asked',
  doc: 'How to apply asked and nothing else ("怎么申请", "那要如何去申请呢", "…申请公开采伐许可的资料，怎么申请？"): how to apply, however strongly an example that applies for something more ("怎么申请行政复议") matched — unless the conversation or the story is about that other step.',
  decide: (u, state, kn) => {
    const how = kn.byId.get(HOW_TO_APPLY);
    const t = top(u);
    // (no clause can ask how when the whole message does not: the clauses below are read only then)
    if (!how || !t || !kindsOf(u).how) return undefined;
    // (a list of questions joined by 、 is clauses too: "具体要怎么申请、要带什么")
    const all = u.norm.split(CLAUSE_SPLIT).flatMap((c) => c.split('、')).filter((c) => c.trim());
    // the asking clause is the last that asks how; remarks after it ask nothing ("…咋申请啊？岁数大了不懂这些")
    let at = all.length - 1;
    while (at >= 0 && !questionKinds(all[at]!).how) at--;
    if (at < 0 || all.slice(at + 1).some((c) => Object.values(questionKinds(c)).some(Boolean) || ASKS_SOMETHING.test(c))) return undefined;
    const clauses = all.slice(0, at + 1);
    const last = clauses.at(-1) ?? '';
    // (a figure word of the story is no figure asked: "…申请公开采伐许可的资料，怎么申请")
    if (u.metric && (u.quantity || u.metric.spans.some((sp) => last.includes(u.norm.slice(sp.start, sp.end))))) return undefined;
    const words = contentOf(last);
    if (!words.some((w) => w !== 'zmetric') || !words.every((w) => BARE_APPLY_WORD.test(w))) return undefined;
    const story = clauses.slice(0, -1).join('，');
    if (story) {
      // (the story names another step, "不给我公开，我想复议，怎么申请": that step's rules)
      if (STEP_WORD.test(story) || !(ABOUT_DISCLOSURE.test(story) || APPLYING_TO_THEM.test(story))) return undefined;
    } else if (t.item.fallback || t.item.topic !== how.topic || (state.intent && AFTER_OTHER_STEP.has(state.intent))) return undefined;
    // (whether to apply to an office named, asked beside it, "是该向宛城区民政局申请吗？怎么申请": which body, then how)
    const toMatch = OFFICE_TO_APPLY_TO.exec(u.norm);
    const to = toMatch?.[1] ?? toMatch?.[2];
    const noteIfAnswered = to ? `向哪个机关申请：政府信息由制作或保存它的行政机关负责公开（《条例》第十条），您要的信息如由${to}制作或保存，就向${to}申请。\n` : undefined;
    return { kind: 'intent', intent: how, confidence: Math.max(topScore(u), THRESHOLDS.clarify), ...(noteIfAnswered ? { noteIfAnswered } : {}) };
  },
};

/** The ways of handing in a request asked ("有哪些途径可以交申请", "申请可以通过什么渠道提交", "有哪些申请方式"). */
// (or the form asked, "要用什么形式提", "以何种形式提出")
const WAYS_TO_APPLY = /(?:哪些|什么|哪几种|几种|啥|何种|哪种)(?:途径|渠道|方式|办法|形式)[^，。？?]{0,8}(?:交|提交|递交|提出|提|申请)|(?:申请|提交|递交|交)[^，。？?]{0,6}(?:有|通过|走)?(?:哪些|什么|哪几种|几种|啥)(?:途径|渠道|方式)/;
/** Words of a remedy or a complaint: their ways are the remedies' ("维权途径", "复议有哪些途径"). */
const REMEDY_WORDS = /复议|诉讼|起诉|投诉|举报|维权|救济|不服|申诉/;

export const waysToApplyAsked: Rule = {
  name: 'ways-to-apply-asked',
  doc: 'The ways of handing in a request asked ("申请政府信息公开有哪些途径可以交申请"): how to apply (letter, online, in person — 第二十九条), not the remedies whose example "维权途径有哪些" shares the word 途径.',
  decide: (u, state, kn) => {
    const how = kn.byId.get(HOW_TO_APPLY);
    if (!how || !WAYS_TO_APPLY.test(u.norm) || REMEDY_WORDS.test(u.norm) || u.quantity) return undefined;
    // (how the requests an office received came in, "万宁市政府办收到的那些申请都是通过什么方式交的": its report's words)
    if (u.slots.offices.length && REQUESTS_RECEIVED.test(u.norm)) return undefined;
    // (an office named whose report tells the ways it opened, "乌沙镇可以通过哪些渠道提交": its sentence, then the rules' ways)
    const r = u.slots.offices.length ? pickReport(kn, u.slots, state).report : undefined;
    const opened = r ? sentencesOf(r).find((x) => CHANNELS_OPENED.test(x.text) && x.text.length <= CHANNELS_SENTENCE_MAX) : undefined;
    if (r && opened) {
      return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [opened.text.trim(), `\n${WAYS_BY_LAW}`], source: sectionSource(opened.section), labelled: true } };
    }
    return { kind: 'intent', intent: how, confidence: Math.max(topScore(u), THRESHOLDS.answer) };
  },
};

/** A sentence telling the ways an office takes requests in ("开通了门户网站、现场申请、信函、传真等申请渠道"). */
const CHANNELS_OPENED = /(?:申请|受理)(?:渠道|方式|途径)|(?:渠道|途径)[^。；;]{0,6}(?:受理|提交|提出)[^。；;]{0,6}申请/;
/** A sentence longer than this is a paragraph run together, not the office's ways. */
const CHANNELS_SENTENCE_MAX = 160;
/** The ways any office must take requests in (《条例》第二十九条), said after an office's own. */
const WAYS_BY_LAW = '按《条例》第二十九条，申请应当采用书面形式（信件、数据电文等）；书写确有困难的，可以口头提出，由受理机关代为填写。';

/** Whether to apply to an office named is asked ("是该向宛城区民政局申请吗", "是不是找街道办申请"): the office as said. */
const OFFICE_TO_APPLY_TO = /(?:是不是|是否)(?:该|应该|应当|要|得)?(?:向|找|去|给)(\p{Script=Han}{2,14}?(?:局|办|委|厅|政府|办事处|街道|镇|乡|中心))(?:提出|提交|递交)?申请|(?:该|应该|应当|要|得)?(?:向|找|去|给)(\p{Script=Han}{2,14}?(?:局|办|委|厅|政府|办事处|街道|镇|乡|中心))(?:提出|提交|递交)?申请(?:吗|么|嘛|对吗|对不对|是不是|不)/u;

/** The intent that explains how to apply (intents/procedure.yml). */
const HOW_TO_APPLY = 'procedure.how';
/** Words of a step after applying (补正, the reply, the fee, a review): the question is about that step. */
const STEP_WORD = /补正|不明确|答复|回复|延期|收费|缴费|复议|诉讼|起诉|第三方/;


/** What a request holds and what to bring (intents/procedure.yml): a part of the how-to answer. */
const CONTENT = 'procedure.content';

/** How a stretch of the report was put ("那块当时怎么写的", "这一段是怎么说的"). */
const REPORT_STRETCH_PUT = /(?:那|这)一?(?:块|段|部分|节)[^，。？?]{0,4}(?:怎么|如何)(?:写|说|讲)的/;

/** The asker wants to apply for a document ("俺想申请林州市政府的一个文件"). */
const WANT_TO_APPLY_FOR = /(?:想|要|打算|准备)(?:去)?申请(?:公开)?[^，,。？?]{0,16}(?:文件|信息|材料|资料|通知|方案|规定|名单)/;
/** A bare how-to ending the message ("咋弄", "那该怎么办呢"). */
const BARE_HOW_END = /(?:怎么办|咋办|咋弄|怎么弄|咋整|怎么整|咋搞|怎么搞|怎么操作|咋操作)(?:呢|啊|呀|嘞)?[?？]?$/;
/** 怎么会 / 咋会 / 怎么这么: surprise at a fact, a why — never how to do it. */
// (or "怎么才1件", "咋就这么几件": how come so few)
/** A request made again ("再申请一遍", "重复申请", "又去申请"). */
const REPEATED = /再(?:次)?(?:去)?申请|重复(?:提交|提出)?申请|又(?:去)?申请/;
const HOW_COME = /(?:怎么|咋)(?:会|这么|那么|才(?!能|可以|可|会|行)|就(?!能|可以)|只|仅)/;

export const howToApply: Rule = {
  name: 'how-to-apply',
  doc: 'A how-question about applying ("…的文件咋申请") that the classifier reads only weakly as procedure, or that ends a long story: how to apply, whatever else the message says.',
  decide: (u, _state, kn) => {
    const t = top(u);
    const how = kn.byId.get(HOW_TO_APPLY);
    // (a figure's words in the document wanted, "想查我们厂被罚款的处罚决定，怎么申请": the document, no count asked)
    if (!t || !how || (u.metric && (u.quantity || !DOCUMENT_WANTED.test(u.norm)))) return undefined;
    // (a document of one's own another service issues, "残疾证怎么办理，要带啥材料": that service's matter, permit-service's)
    if (anotherServiceAsked(u)) return undefined;
    // (how a stretch of the report was put, "依申请公开那块当时咋写的": what the report says, sub-item-asked's)
    if (REPORT_STRETCH_PUT.test(u.norm)) return undefined;
    // (nor why there were so many, "申请怎么会有1521宗这么多": 怎么会 asks why, not how)
    if (HOW_COME.test(u.norm)) return undefined;
    // (nor what happens to a request made again, "申请过、也拿到答复了，再申请一遍会怎么处理": the repeat rules)
    if (REPEATED.test(u.norm)) return undefined;
    // a long story ends with the question: its last clause that says how and apply decides, whatever
    // the story's words matched ("…邻居说可以找政府要文件…要文件的话到底咋申请啊") — even another matter's
    // words ("孩子上学的招生方案我想申请公开一下要怎么弄"), when it says to apply for disclosure in so many words
    // (a document wanted, "低保名单想看看，…咋个申请", is read the same way, however short the message)
    const wantsToApply = WANT_TO_APPLY_FOR.test(u.norm);
    const story = u.classifierText.length > POLICY.clauseMinChars || DOCUMENT_WANTED.test(u.norm) || wantsToApply;
    const clauses = story ? u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim()) : [];
    const last = clauses.at(-1) ?? '';
    // (or asking how to apply for a document the story names: "俺们村低保名单想看看，民政局那边咋个申请" is not 低保怎么申请)
    // (or where to get the document wanted: "我想要我们那片动迁的文件上哪要去啊" — applying is how one gets it)
    const whereToGet = DOCUMENT_WANTED.test(u.norm) && WHERE_TO_GET.test(last);
    // (or applying said first and a bare how-to last, "俺想申请林州市政府的一个文件，就是…的那个，咋弄")
    const applyThenHow = wantsToApply && BARE_HOW_END.test(last);
    if (story && (questionKinds(last).how || whereToGet || applyThenHow) && (APPLY_VERB.test(last) || whereToGet || applyThenHow) && (!t.item.fallback || DISCLOSURE_APPLY.test(last) || DOCUMENT_WANTED.test(u.norm))) {
      return { kind: 'intent', intent: how, confidence: Math.max(topScore(u), THRESHOLDS.clarify) };
    }
    if (t.item.fallback) return undefined;
    // (how to apply asked beside what to bring, "可以怎么申请，要带什么材料": the how-to answer lists the materials too)
    // (read confidently: a weak reading may be another matter's, "维修资金怎么申请提取？要哪些业主签字")
    if (t.item.id === CONTENT && topScore(u) >= THRESHOLDS.answer && HOW_APPLY.test(u.norm)) return { kind: 'intent', intent: how, confidence: Math.max(topScore(u), THRESHOLDS.clarify) };
    if (t.item.topic !== how.topic || topScore(u) >= THRESHOLDS.answer) return undefined;
    // the asking clause (a long message's focus) says how and apply
    const asking = u.focus || u.norm;
    if (!questionKinds(asking).how || !APPLY_VERB.test(asking)) return undefined;
    // (another step's own word leading, "让我补正…会咋样": that step, unless how to apply is said in so many words)
    if (t.item.id !== HOW_TO_APPLY && STEP_WORD.test(asking) && !HOW_APPLY.test(asking)) return undefined;
    // (the how must be about applying, not about another step asked beside it: "会收费吗怎么收")
    if (OTHER_HOW.test(asking) && !HOW_APPLY.test(asking)) return undefined;
    // (nor what to do when something goes wrong: "申请之后多久能回复，要是过了时间还不回怎么办")
    if (WHAT_TO_DO.test(asking) && !HOW_APPLY.test(asking.replace(WHAT_TO_DO_ALL, ''))) return undefined;
    return { kind: 'intent', intent: how, confidence: Math.max(topScore(u), THRESHOLDS.clarify) };
  },
};

/** Whether one may apply at all ("我一个租房的能申请吗", "外地人可不可以申请"). */
// (or with what is applied for said, "可不可以申请公开嘛")
const MAY_I_APPLY = /(?:能|可以|能不能|可不可以|有没有资格|有资格)(?:去)?申请(?:政府)?(?:信息)?(?:公开)?(?:吗|不|么|嘛|呢)?[?？]?$/;
/** To whom to apply ("那我该找谁申请", "应该向哪个部门申请"). */
const WHOM_TO_APPLY = /(?:找谁|向谁|跟谁|找哪|向哪|去哪|到哪)(?:个|家)?(?:单位|部门|机关|里)?(?:申请|要|提)(?:呢|啊|吗)?[?？]?$/;
/** The intents that answer who may apply and to whom (intents/procedure.yml). */
const WHO_MAY_APPLY = 'procedure.who';
const WHERE_TO_APPLY = 'procedure.where';

export const applyInStory: Rule = {
  name: 'apply-in-story',
  doc: 'A long story about the asker\'s own matter (a landlord, a school) ending in whether they may apply ("我一个租房的能申请吗") or to whom ("那我该找谁申请"): who may apply (第二十七条) or where to apply, whatever the story\'s words matched.',
  decide: (u, _state, kn) => {
    // (or a short one, its story a clause of its own: "我想找…要…资料，可不可以申请公开嘛")
    const clauses = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim());
    if (u.metric || (u.classifierText.length <= POLICY.clauseMinChars && clauses.length < 2)) return undefined;
    const last = clauses.at(-1) ?? '';
    const id = MAY_I_APPLY.test(last) ? WHO_MAY_APPLY : WHOM_TO_APPLY.test(last) ? WHERE_TO_APPLY : undefined;
    const intent = id ? kn.byId.get(id) : undefined;
    if (!intent) return undefined;
    return { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.clarify) };
  },
};
