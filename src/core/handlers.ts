/**
 * Intent behaviour, in one registry: what each handler of intents/*.yml does with a report, and what
 * each topic means to the policy. The policy and the engine ask these traits; they never compare
 * topic or handler names themselves.
 */
import type { Handler, Intent } from '../answer/intents.js';
import { T2_ROWS, t2Unit } from '../report/format.js';
import { val } from '../answer/cells.js';
import { BASIS_LABEL, fillTemplate, joinSentences, leadMissing, plain, renderLitigation, renderMetric, renderOverview, reportLabel, sectionPassages, textOf, type Rendered } from '../answer/render.js';
import { cellsOf } from '../answer/cells.js';
import { contentWords, COUNT_ATTACHED, countAsked, countFit, sentencesOf, unitsAlike } from '../answer/retrieve.js';
import { SECTION_TITLES, T3_ROW_BY_ID, T3_ROWS, T4_GROUPS } from '../report/format.js';
import { ImpossibleFigure, impossibleFigureText } from '../report/sanity.js';
import type { Report } from '../report/types.js';
import { questionKinds } from '../understand/kind.js';
import type { MetricQuery } from '../understand/metrics.js';
import { ASKING, CONTACT_ALL, MEANING_ASKED, SUM_ASKED } from './patterns.js';
import { detailsNotGiven } from './contact-details.js';
import { applicantsTold } from './applicants-told.js';
import { rateToldByName } from './rate-told.js';
import { OTHER_MATTERS_COUNTED, basisOfResult, kindsOfResult, reasonRules, aboutRequestsOrRow, casesFigure, channelClauses, channelsTold, CHANNELS_ASKED, clausesOfRows, COUNT_STATED, jointGrantedClause, newFromHandled, noRequestsTold, totalFromCarried, reasonsNotTold, toldCheck, toldFigure, toldParts, namesOtherRows, proseFigure, requestsSentence, requestsWithResults, sectionSource, TOLD_NOT_IN_TABLE, NO_REQUESTS, namesRowAsked } from './prose-figures.js';
import type { Knowledge } from './knowledge.js';
import { defaultReport, hasTableFigures, listReports, reportsOf } from './select.js';
import { POLICY } from './thresholds.js';
import { CASE_KIND_COUNT, noCasesTold, resultsListed } from './told-cases.js';
import { narrative, SUBJECT_OF_EVERY_REPORT } from './narrative.js';

/** The statistics period's intent (报告开头的统计期限). */
const PERIOD_INTENT = 'report.period';

/** What carrying out an intent gave: the answer in parts, and the figure it answered (kept for follow-ups). */
export interface Exec {
  parts: Rendered;
  /** The report could not answer (figure not given, field missing). */
  missing?: boolean;
  metric?: MetricQuery;
}

// ---------------------------------------------------------------- topics

/** What a topic of intents/*.yml means to the core. Topics not listed have no special traits. */
export interface TopicTraits {
  /** The answer is the same whatever report is picked (general rules of the regulation, small talk). */
  reportFree?: boolean;
  /** Speaks for the office asked about or the home office, never the picked report (greetings). */
  speaksForHome?: boolean;
  /** Never offered as an option of a clarify question, and never makes a close call. */
  neverAnOption?: boolean;
  /** Contact details: a question naming two or more fields gets the whole block; a missing field is said. */
  contact?: boolean;
  /** The report's figures. */
  figures?: boolean;
}

export const TOPICS: Record<string, TopicTraits> = {
  smalltalk: { reportFree: true, speaksForHome: true, neverAnOption: true },
  procedure: { reportFree: true },
  contact: { contact: true },
  figures: { figures: true },
};

export function topicOf(intent: Intent): TopicTraits {
  return TOPICS[intent.topic] ?? {};
}

// ---------------------------------------------------------------- handlers

interface Context {
  kn: Knowledge;
  intent: Intent;
  report: Report;
  norm: string;
  metric: MetricQuery | undefined;
}

export interface HandlerSpec {
  /** Runs without a report (help, the report list). */
  reportFree?: boolean;
  /** Answers from the report's tables: a figure question it matches stays a figure question. */
  tables?: boolean;
  /** The figure handler: answers a MetricQuery; its follow-ups carry the figure. */
  figures?: boolean;
  run(ctx: Omit<Context, 'report'> & { report: Report | undefined }): Exec;
}

function helpText(kn: Knowledge): string {
  const r = defaultReport(kn);
  const label = r ? reportLabel(r) : '';
  return [
    `我可以回答这些问题（数据来自${label ? `${label}` : ''}政府信息公开工作年度报告）：`,
    '· 怎么申请：如何申请政府信息公开？要带什么材料？多久答复？收费吗？不服怎么办？',
    '· 联系方式：电话是多少？地址在哪？邮编？年报在哪下载？',
    '· 报告数据：收到多少申请？不予公开的有多少？行政复议有几起？制发了多少规范性文件？',
    '· 报告内容：存在哪些问题？有哪些改进措施？有哪几年的报告？',
  ].join('\n');
}

/** The sentences of section 一 a preface printed as its first paragraph may take ("本年度报告是由…依据…编制"). */
const PREFACE_IN_ONE = 3;

function sectionText(r: Report, intent: Intent, norm = ''): Exec {
  // (a preface printed as section 一's first paragraph, no preface of its own: its first sentences, when they match)
  const own = sectionPassages(r, intent.section!);
  const all = intent.section === '前言' && intent.match && !own.some((p) => intent.match!.test(p.text)) ? [...own, ...sectionPassages(r, '一').slice(0, PREFACE_IN_ONE)] : own;
  if (!all.length) return { parts: plain(`${reportLabel(r)}报告中没有找到${sectionName(intent.section!)}部分的内容。`, true), missing: true };
  let chosen = all;
  if (intent.match) {
    const byHeading = all.filter((p) => p.heading && intent.match!.test(p.heading));
    const byText = all.filter((p) => intent.match!.test(p.text));
    chosen = byHeading.length ? byHeading : byText.length ? byText : [];
    // (no passage of the topic's word, the question's own words in one: "政务新媒体整治是怎么说的" of a report whose part 一
    // speaks of 新媒体整治, never of 平台 — that passage, not "not found")
    const found = !chosen.length && norm ? narrative(r, norm, false) : undefined;
    if (found) return found;
    if (!chosen.length) return { parts: plain(`${reportLabel(r)}报告中没有找到“${intent.title}”的相关内容。`, true), missing: true };
  }
  // (the work itself said to follow documents, "全面推进…工作，是根据哪些文件要求来的": part 一's sentence citing them by number,
  // holding a word of the question the preface does not, after the preface)
  const cited = intent.id === FORMAT_BASIS && norm ? citedInOne(r, norm, chosen) : undefined;
  return { parts: { head: `${reportLabel(r)}报告${sectionName(intent.section!)}：`, lines: [joinSentences(chosen.map((p) => p.text)), ...(cited ? [`第一部分写道：${cited}`] : [])], labelled: true } };
}

/** The intent of what the report was written by (intents/report.yml). */
const FORMAT_BASIS = 'report.format-basis';
/** A document cited by its number ("(吉办发〔2016〕43号)"). */
const DOCUMENT_CITED = /〔\d{4}〕\s*\d+\s*号/;
/** Part 一's first sentence citing documents and holding a word of the question no chosen passage holds. */
function citedInOne(r: Report, norm: string, chosen: readonly { text: string }[]): string | undefined {
  const words = contentWords(norm).filter((w) => w.length >= 2 && !chosen.some((p) => p.text.includes(w)));
  return sectionPassages(r, '一').find((p) => DOCUMENT_CITED.test(p.text) && words.some((w) => p.text.includes(w)))?.text.trim();
}

/** How an answer names a section: "“一、总体情况”", or "开头" for the preamble before section 一. */
function sectionName(section: string): string {
  return SECTION_TITLES[section] ? `“${section}、${SECTION_TITLES[section]}”` : section === '前言' ? '开头' : `“${section}”`;
}

/** Section 五 holds problems first, then improvements: split at the first sentence that starts the measures. */
function problemsOrMeasures(r: Report, want: 'problems' | 'improvements'): Exec {
  const all = sectionPassages(r, '五');
  if (!all.length) return { parts: plain(`${reportLabel(r)}报告中没有找到“五、存在的主要问题及改进情况”部分。`, true), missing: true };
  const isMeasure = (p: { text: string; heading?: string }) => /改进|措施|下一步|今后|针对上述|整改/.test(p.heading ?? '') || /^(（[一二三]）)?\s*(改进措施|下一步|针对上述|今后)/.test(p.text) || /改进措施/.test(p.text.slice(0, 12));
  let cut = all.findIndex(isMeasure);
  if (cut <= 0) cut = Math.ceil(all.length / 2);
  const part = want === 'problems' ? all.slice(0, cut) : all.slice(cut);
  const title = want === 'problems' ? '存在的主要问题' : '改进措施';
  return { parts: { head: `${reportLabel(r)}报告“${title}”：`, lines: [joinSentences(part.map((p) => p.text))], labelled: true } };
}

/** A passage of the report that answers the question (narrative figures, facts the tables do not hold). */
/** How a figure line begins when the report does not give the cell (src/answer/render.ts). */
const NOT_LISTED = '报告未列出';
/** A count stated with its measure ("1条", "7 件"), not a year or a date. */
const TABLE_NOT_FOUND = '报告中没有找到';
/** A sentence that states there were none ("未发生…行政复议和行政诉讼案件"). */
/** The asker's own office's count, said before the question ("我们镇22年一共收了3件申请"). */
const OWN_COUNT_SAID = /(?:我们|俺们|咱们|我)(?:镇|乡|街道|局|县|区|单位|这边|那边)?[^。？?，,]{0,14}?(\d+)\s*件/;
/** Requests counted in the question ("多少件", "申请"), not pieces of information ("多少条信息"). */
const REQUESTS_COUNTED = /申请|(?:几|多少)件|件数/;


const NONE_STATED = /未发生|没有发生|均未发生|未出现|没有出现/;
/** No review or suit, said in the text ("未发生…被申请行政复议", "未因政府信息公开工作收到被申请行政复议、提起诉讼"). */
/** Messages, letters, hotline or service cases named in the question ("县长热线办了几件"): their counts are asked. */
// (热线 is read as 电话: "县长电话")
const OTHER_MATTER_NAMED = /留言|来信|来电|热线|咨询|办件|诉求|信箱|信访|(?:县长|市长|区长|省长|书记|12345)/;

/** Rows of the requests taken in (new, carried over, all), which add up with each other — not with a result of them. */
const INTAKE_ROWS: ReadonlySet<string> = new Set(['new', 'carried', 'total']);

/** An amount of money asked ("罚款总金额", "多少钱", "几万元"). */
const MONEY_ASKED = /金额|多少钱|几万|多少万|多少元|罚了多少钱/;
/** An amount of money stated ("50万元", "6944.93元", "1.2亿元"). */
const AMOUNT_STATED = /\d[\d.,，]*\s*(?:万|亿)?元/;
/** Disclosure named beside a fee ("这个是信息公开申请收的费吗", "和信息处理费是一回事吗"). */
const DISCLOSURE_FEE_ASKED = /信息公开|公开申请|信息处理费|处理费/;
const NOT_THE_DISCLOSURE_FEE =
  '（表二的“行政事业性收费”是本机关依法收取的各项行政事业性收费的金额，不是政府信息公开申请的信息处理费；信息处理费见报告第六部分。）';

/** The intent that names the department in charge (intents/contact.yml). */
const DEPARTMENT = 'contact.department';
/** A sentence that says who is in charge of the disclosure work. */
const RESPONSIBLE = /负责.{0,12}(政府)?信息公开|信息公开.{0,12}由.{0,12}负责|为(?:具体)?负责部门/;

/** A sentence that puts a unit in charge of something ("宣传部负责…", "发挥法律顾问在…的规范化指导作用"). */
const IN_CHARGE = /负责|牵头|主管|统筹|指导作用|归口|具体(?:实施|承办|经办)/;
/** A unit of the office right before its charge ("党政办公室牵头", "综合科负责"). */
// (or carrying it out, "党政办具体实施")
const UNIT_IN_CHARGE = /(?:办公室|办|科|股|室|中心|处)(?:(?:具体)?(?:牵头|负责|主管|归口)|具体(?:实施|承办|经办))/;
/** The disclosure work named in a question ("信息公开", "政务公开"). */
const DISCLOSURE_WORK = /信息公开|政务公开/;
/** What a unit in charge weighs against the question's words held: half a word, so it only breaks a tie. */
const UNIT_IN_CHARGE_WEIGHT = 0.5;
/** Words of a who-is-in-charge question that name no thing in charge of. */
const CHARGE_WORDS = /^(?:部门|单位|科室|哪个|哪些|谁|负责|在管|管理|政府信息|信息公开|政府|信息|公开|发|是|由)$/;

/**
 * The sentence of the text that says who is responsible for the disclosure work ("局办公室负责政府信息公开工作…"), else the
 * one that puts a unit in charge of the thing asked ("宣传部负责新媒体领域的政府信息公开…微博微信运作维护" for "微博微信…哪个部门在管").
 */
function responsibleInText(r: Report, norm: string): Exec | undefined {
  const said = narrative(r, norm, false, POLICY.responsibleCoverage);
  if (said && RESPONSIBLE.test(textOf(said.parts))) return said;
  const charged = inChargeOf(r, norm);
  return charged ? { parts: { head: `据${reportLabel(r)}报告：`, lines: [charged.text], source: sectionSource(charged.section), labelled: true } } : undefined;
}

/**
 * The one sentence of the report that puts a unit in charge of the thing the question names, holding more of the question's
 * own words than any other such sentence; undefined when none holds one, or two hold as many.
 */
function inChargeOf(r: Report, norm: string): { text: string; section: string } | undefined {
  const own = contentWords(norm).filter((w) => w.length >= 2 && !CHARGE_WORDS.test(w));
  // (nothing named but the disclosure work, "信息公开归哪个部门管": a sentence putting a unit in charge of it)
  const words = own.length ? own : DISCLOSURE_WORK.test(norm) ? ['公开'] : [];
  if (!words.length) return undefined;
  // (a unit of the office put in charge, "党政办公室牵头": the answer a who-is-in-charge asks, over a leader's role)
  const best = soleBest(sentencesOf(r).filter((x) => IN_CHARGE.test(x.text)), (x) => words.filter((w) => x.text.includes(w)).length + (UNIT_IN_CHARGE.test(x.text) ? UNIT_IN_CHARGE_WEIGHT : 0));
  return best && { text: best.text.trim(), section: best.section };
}

/** The one item scoring highest, above 0; undefined when none scores or two share the top score. */
function soleBest<T>(items: readonly T[], score: (x: T) => number): T | undefined {
  let best: { x: T; v: number } | undefined;
  let tie = false;
  for (const x of items) {
    const v = score(x);
    if (!v) continue;
    if (best && v === best.v) tie = true;
    if (!best || v > best.v) (best = { x, v }), (tie = false);
  }
  return best && !tie ? best.x : undefined;
}


const NO_REPORT = '目前没有加载任何年度报告，请联系工作人员。';
/** A contact detail named in an answer template. */
const CONTACT_PLACEHOLDER = /\{contact\.([a-z]+)\}/g;

/** Characters of a heading line ("联系方式："): a longer line without fields says something of its own. */
const HEADING_MAX_CHARS = 20;


/** The intent that gives the phone (intents/contact.yml). */
const PHONE_INTENT = 'contact.phone';
/** A phone number the text gives after its kind ("举报电话(0941-8212568)", "咨询电话：12345"): the kind, the number. */
const PHONE_TOLD = /(\p{Script=Han}{0,4}?(?:电话|热线))[:：(（\s]{0,3}((?:0\d{2,3}[-－—]?)?\d{7,8}|1\d{10}|12345)(?!\d)/gu;
/** The kind of phone a question names ("举报电话", "投诉热线"). */
const PHONE_KIND_ASKED = /(举报|投诉|监督|咨询|服务|值班|办公)(?:电话|热线)/;

/**
 * A phone the report's text gives when its contact block gives none: the sentence holding the kind asked ("举报电话"), or,
 * a phone asked with no kind, the one phone the text gives. Undefined when none, or several and no kind asked.
 */
function phoneInText(r: Report, norm: string): Exec | undefined {
  const kind = PHONE_KIND_ASKED.exec(norm)?.[1];
  const found = sentencesOf(r).flatMap(({ text, section }) => [...text.matchAll(PHONE_TOLD)].map((m) => ({ sentence: text.trim(), section, kind: m[1]! })));
  const fit = kind ? found.filter((x) => x.kind.includes(kind)) : found;
  if (!fit.length || new Set(fit.map((x) => x.sentence)).size > 1) return undefined;
  return { parts: { head: `据${reportLabel(r)}报告：`, lines: [fit[0]!.sentence], source: sectionSource(fit[0]!.section), labelled: true } };
}

/** A web address in a sentence ("(http://www.enping.gov.cn/…/index)", "www.xjwqx.gov.cn"). */
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[A-Za-z0-9./_\-?=&%#:]+/;
/** Words of a question about a site that say nothing of which one. */
const SITE_PLAIN_WORDS = /^(?:网址|网站|官网|网页|链接|政府|信息|公开|哪个|看到|能看|发个)$/;

/**
 * The text's one sentence with a web address that holds the most of the question's own words ("政府信息公开目录" → "在政府信息
 * 公开目录系统(http://…)主动公开…"): that sentence; undefined when none holds one, or two hold as many.
 */
function urlInText(r: Report, norm: string): Exec | undefined {
  const words = contentWords(norm).filter((w) => w.length >= 2 && !SITE_PLAIN_WORDS.test(w));
  if (!words.length) return undefined;
  const best = soleBest(sentencesOf(r).filter((x) => URL_IN_TEXT.test(x.text)), (x) => words.filter((w) => x.text.includes(w)).length);
  return best && { parts: { head: `据${reportLabel(r)}报告：`, lines: [best.text.trim()], source: sectionSource(best.section), labelled: true } };
}

/** Whether a template says something besides its contact details (a line with no field longer than a heading). */
function saysMore(template: string): boolean {
  return template.split('\n').some((l) => !/\{[^{}]+\}/.test(l) && l.trim().length > HEADING_MAX_CHARS);
}

/** The office's website asked by name. */
const SITE_ASKED = /网址|网站|官网|网页|链接/;
/** The site's address itself asked ("网址是多少", "官网链接发我"), not where the report is read. */
const SITE_ASKED_ALONE = /网址|链接|域名/;
/** The intent of the report's site and download (intents/contact.yml). */
const WEBSITE_INTENT = 'contact.website';
/** Where to read or download the report asked. */
const DOWNLOAD_ASKED = /下载|电子版|全文|查阅|年报在哪|报告在哪/;

/** Whether the office's own requests are asked of: any of them ("有没有"), or a count of them quoted ("那5件申请"). */
const OWN_REQUESTS_ASKED = /有没有|\d+\s*[件个]/;
/** The most characters a missing row's answer may hold with the text's sentence on the results added (answers stay short). */
const TOLD_RESULTS_ROOM = 400;
/** A sentence on the requests that tells what became of them ("处理结果是…", "予以公开2件", "均已按…予以答复"). */
const RESULT_TOLD = /处理结果|办理结果|答复结果|予以公开|部分公开|不予公开|无法提供|不予处理|不属于本|(?:均|全部|都)(?:已)?[^，。；;]{0,24}答复|未完结|未办结|转结至|结转至/;

/** A question's end: a message may ask several ("主动公开几条？12345受理了多少件？"). */
const QUESTION_END = /[^？?！!。；;]+[？?！!。；;]*/g;

/**
 * The one question of a message that holds the figure's words, when the message asks two or more ("主动公开几条？12345受理了
 * 多少件？" → "12345受理了多少件？"); the message itself otherwise.
 */
function ownQuestion(norm: string, metric: MetricQuery): string {
  const at = metric.spans[0]?.start;
  if (at === undefined) return norm;
  const questions = [...norm.matchAll(QUESTION_END)];
  if (questions.filter((q) => ASKING.test(q[0])).length < 2) return norm;
  const own = questions.find((q) => q.index! <= at && at < q.index! + q[0].length);
  return own && ASKING.test(own[0]) ? own[0] : norm;
}

/** A count of one or more ("7件", "12条"): some were counted. */
const SOME_COUNTED = /(?<![\d.])[1-9]\d*\s*[件条]/;

/** Whether there were any, or how many, asked ("有没有", "几件"). */
const ANY_ASKED = /有没有|有无|是否有|几|多少/;

/** No request received, so none of the results asked: 0 of each, said as our reading ("即没有收到申请，“不予公开”的申请也是 0 件。"). */
function noResultsAsZero(rows: readonly string[]): string {
  const labels = rows.map((x) => `“${T3_ROW_BY_ID[x]?.label ?? x}”`).join('、');
  return `即没有收到申请，${labels}的申请也是 0 件。`;
}

/** Intents without a handler: the answer template, filled from the report. */
function template({ kn, intent, report: r, norm }: Omit<Context, 'report'> & { report: Report | undefined }): Exec {
  if (!r) return { parts: plain(fillTemplate(intent.answer ?? '', undefined) ?? NO_REPORT) };
  let text = fillTemplate(intent.answer ?? '', r);
  // a block of several details with none of them given is only its heading ("…联系方式："): none given
  const named = [...(intent.answer ?? '').matchAll(CONTACT_PLACEHOLDER)].map((m) => m[1] as keyof Report['contact']);
  // (a template that says something besides its details keeps it: the mail rules, whatever address is missing)
  if (text !== null && named.length > 1 && named.every((f) => !r.contact[f]) && !saysMore(intent.answer ?? '')) text = null;
  // (the site asked by name, "网站网址是啥", which the report gives: its line is the answer, though it says nothing of a
  // download)
  const leadGone = text !== null && topicOf(intent).contact && leadMissing(intent.answer ?? '', r);
  if (leadGone && r.contact.website && SITE_ASKED.test(norm) && !DOWNLOAD_ASKED.test(norm)) return { parts: plain(`${reportLabel(r)}报告中写的网址：${r.contact.website}`, true) };
  // (no contact block names the department, the text says who is responsible: "党政办为具体负责部门")
  if (leadGone && intent.id === DEPARTMENT) {
    const said = responsibleInText(r, norm);
    if (said) return said;
  }
  // (no site in the contact block, a web address the text gives beside what is asked, "…目录在哪个网站": "在政府信息公开目录系统(http://…)")
  if ((leadGone || text === null) && SITE_ASKED.test(norm) && topicOf(intent).contact) {
    const told = urlInText(r, norm);
    if (told) return told;
  }
  // (no contact block gives a phone, the text does, "公布举报电话(0941-8212568)": that sentence, the phone named as the text names it)
  if ((leadGone || text === null) && intent.id === PHONE_INTENT) {
    const told = phoneInText(r, norm);
    if (told) return told;
  }
  // (no site named, but where the report itself is published, "本报告将在青海省民政厅网站上公布": that line is the answer to
  // where it can be read — no "not stated" before it)
  if (leadGone && intent.id === WEBSITE_INTENT && r.contact.download && !SITE_ASKED_ALONE.test(norm)) return { parts: plain(`${reportLabel(r)}报告：年度报告的电子版：${r.contact.download}`, true) };
  if (leadGone) {
    // "丁蜀镇的电话": say that the report gives none, then what it does give
    return { parts: plain(`${reportLabel(r)}报告中未写明${intent.title}（报告未提及、未提供这项信息）。${text ? `报告中的联系信息：\n${text}` : ''}`, true), missing: true };
  }
  // the whole block given for details asked by name ("通讯地址和电子邮箱是什么"): those it lacks said first
  const notGiven = text !== null && intent.id === CONTACT_ALL ? detailsNotGiven(kn, r, norm) : [];
  if (notGiven.length) {
    return { parts: plain(`${reportLabel(r)}报告中没有写明${notGiven.join('和')}（报告未提及、未提供这项信息）。报告中的联系信息：\n${text}`, true), missing: true };
  }
  if (text === null && intent.id === DEPARTMENT) {
    // no contact block names the department: the sentence that says who is responsible ("局办公室负责政府信息公开工作…")
    const said = responsibleInText(r, norm);
    if (said) return said;
  }
  if (text === null) {
    // (the phone the report does give, for the question the detail was wanted for: "有没有邮箱，我想发邮件问")
    const phone = topicOf(intent).contact && r.contact.phone && intent.id !== PHONE_INTENT ? `可致电 ${r.contact.phone} 咨询。` : '';
    // (another year's report of the same office that gives it: said with its year, as possibly out of date)
    // (the detail asked is the template's first; a line of another detail the other year lacks is left out, 联系人 say)
    const other = topicOf(intent).contact && named.length ? otherYearGiving(kn, r, named.slice(0, 1)) : undefined;
    const given = other ? fillTemplate(intent.answer ?? '', other) : null;
    if (other && given) {
      return { parts: plain(`${reportLabel(r)}报告中未写明“${intent.title}”。该单位${other.year}年的报告写的是：${given}（以${other.year}年报告为准，现在可能已有变化${r.contact.phone ? `，可先致电 ${r.contact.phone} 核实` : ''}）。`, true) };
    }
    // (the statistics period not stated: the year it reports on, as every annual report does, said as such — 《条例》第四十九条)
    const year = intent.id === PERIOD_INTENT && r.year ? `年度报告报告的是上一年度的工作（《条例》第四十九条），按惯例统计期为 ${r.year}年1月1日至${r.year}年12月31日。` : '';
    const hint = topicOf(intent).contact ? `各机关的联系方式可在其政府信息公开指南中查到（《条例》第十二条）。${phone}` : year;
    return { parts: plain(`${reportLabel(r)}报告中未写明“${intent.title}”（报告未提及、未提供这项信息）。${hint}`, true), missing: true };
  }
  // a template that names {office}{year} carries the report's label itself
  return { parts: plain(text, text.includes(reportLabel(r))) };
}

/** The newest other report of the same office that gives every contact field named. */
function otherYearGiving(kn: Knowledge, r: Report, fields: (keyof Report['contact'])[]): Report | undefined {
  return kn.reports
    .filter((x) => x !== r && x.office === r.office && x.year !== null && fields.every((f) => x.contact[f]))
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

/** Decimals of a share computed from the text's counts (as the table answers give them). */
const TOLD_SHARE_DECIMALS = 1;

/** "占<base>的 25%（2 ÷ 8，按报告数字计算）。": a part's share of a base, computed from the report's figures. */
function shareOf(base: string, part: number, whole: number): string {
  return `占${base}的 ${((part / whole) * 100).toFixed(TOLD_SHARE_DECIMALS).replace(/\.0$/, '')}%（${part} ÷ ${whole}，按报告数字计算）。`;
}

/** A note after figures taken from the text beside the table's. */
const FROM_TEXT_NOTE = '（表中未列出的数字取自报告正文）';

/**
 * Several rows of table 三 asked one by one (not added, no share), some in the table and some only in the text: the
 * table's lines for the first, the text's clause for each of the others; undefined when the text tells none of them.
 */
function rowsFromText(r: Report, metric: MetricQuery, kn: Knowledge, prior?: Report): string[] | undefined {
  if (metric.rows.length < 2 || metric.added || metric.quoted?.length) return undefined;
  // (a share asked, "予以公开的占新收申请的百分之多少": the part's count the text tells over the table's base)
  if (metric.rate) {
    const part = metric.rows.find((x) => x !== 'total' && x !== 'new');
    const baseRow = metric.rows.includes('new') ? 'new' : 'total';
    const p = part ? toldFigure(kn)(r, { ...metric, rows: [part], rate: undefined }) : undefined;
    const b = val(r, `t3.${baseRow}.total`);
    if (!part || typeof val(r, `t3.${part}.total`) === 'number' || !p || typeof b !== 'number' || b <= 0 || p.v > b) return undefined;
    const label = baseRow === 'new' ? '本年新收申请' : '办结申请';
    const share = `“${T3_ROW_BY_ID[part]?.label ?? part}”${shareOf(label, p.v, b)}`;
    return [p.text, share, FROM_TEXT_NOTE];
  }
  const lines: string[] = [];
  let told = false;
  for (const row of metric.rows) {
    const one = renderMetric(r, { ...metric, rows: [row] }, prior);
    const text = one.missing ? proseFigure(r, { ...metric, rows: [row] }, kn)?.text : undefined;
    if (text && !lines.includes(text)) {
      lines.push(text);
      told = true;
    } else lines.push(...one.lines);
  }
  return told ? [...lines, FROM_TEXT_NOTE] : undefined;
}

/**
 * A row's share of the requests when the text tells both counts ("予以公开1件" of "新收到…申请2件"): "予以公开占本年新收
 * 申请的 50.0%（1 ÷ 2，按报告数字计算）。"; nothing when either count is not told as one number.
 */
function shareOfTold(kn: Knowledge, r: Report, metric: MetricQuery): string | undefined {
  const parts = metric.rows.filter((x) => x !== 'total' && x !== 'new');
  const part = parts[0];
  if (!part) return undefined;
  const told = toldFigure(kn);
  // (two results or more, their share together — "予以公开和部分公开合计占办结量的比例": each told, added up)
  const each = parts.length >= 2 ? parts.map((x) => told(r, { ...metric, rows: [x], rate: undefined })) : [];
  if (parts.length >= 2 && !each.every(Boolean)) return undefined;
  const p = parts.length >= 2 ? { v: each.reduce((a, x) => a + x!.v, 0) } : told(r, { ...metric, rows: [part], rate: undefined });
  const base = metric.rows.includes('new') ? undefined : told(r, { ...metric, rows: ['total'], rate: undefined });
  const b = base ? { v: base.v, label: '办结申请' } : (() => { const n = told(r, { ...metric, rows: ['new'], rate: undefined, vague: true }); return n ? { v: n.v, label: '本年新收申请' } : undefined; })();
  if (!p || !b || b.v <= 0 || p.v > b.v) return undefined;
  const named = parts.map((x) => `“${T3_ROW_BY_ID[x]?.label ?? x}”`).join('和');
  return parts.length >= 2 ? `${named}合计 ${p.v} 件（${each.map((x) => x!.v).join(' + ')}），${shareOf(b.label, p.v, b.v)}` : `${named}${shareOf(b.label, p.v, b.v)}`;
}

/** The share of the requests received that came in one way, its one count told over the told new requests. */
function channelShare(kn: Knowledge, r: Report, metric: MetricQuery, clause: string): string | undefined {
  const counts = clause.match(/\d+(?=\s*件)/g) ?? [];
  const base = toldFigure(kn)(r, { ...metric, rows: ['new'], rate: undefined, vague: true });
  if (counts.length !== 1 || !base || base.v <= 0 || Number(counts[0]) > base.v) return undefined;
  const v = Number(counts[0]);
  return shareOf('本年新收申请', v, base.v);
}

/** A count broken down in its sentence ("…130件,其中向区政府及各部门提出的…94件"). */
const BREAKDOWN_IN = /其中|包括|分别/;
/** Words every sentence about requests holds: no part named by them. */
const PART_PLAIN_WORDS = /申请|信息|公开|政府|多少|收到|全区|全县|全市|全年|本年|一共|总共/;
/** Words of a question that name no part of a breakdown (a part may be a government's office: "市政府办7件"). */
const BREAKDOWN_PLAIN_WORDS = /申请|信息|公开|多少|收到|全区|全县|全市|全年|本年|一共|总共/;
/** The office's own part asked, apart from the whole it reports for ("政府办本身", "不是全市的", "本级"). */
const OWN_PART_ASKED = /本身|自己|本级|单独|不是全[市县区州]|不含(?:下属|各部门|乡镇)/;
/** A word of the question followed closely by a count in a breakdown ("市政府办7件"). */
function countAfter(text: string, w: string): boolean {
  const at = text.indexOf(w);
  return at >= 0 && /^[^，,、。；;\d]{0,3}\d+\s*[件条]/.test(text.slice(at + w.length));
}

/** Which item of 第二十条 asked ("属于第二十条第几项", "是哪一项"). */
const ITEM_OF_ARTICLE_ASKED = /第几项|哪一项|哪项|第二十条第/;

/** The unit of an amount asked ("单位是元还是万元", "金额按什么单位填"). */
// (not 单位 of an organisation: "哪些单位收了费")
const UNIT_ASKED = /(?:金额|数额|钱)?(?:的)?单位(?:是|填|用|为|按)|元还是万元|万元还是元|按万元|按元/;

/** A share the asker quotes beside a count ("占总数的25%", "占比26.7%"). */
const QUOTED_SHARE = /占[^，。？?\d]{0,8}?(\d+(?:\.\d+)?)\s*[%％]/;

/** The quoted share of a row of table 三 checked against the one worked out from the table (its results' total). */
function shareCheckLine(r: Report, row: string, quoted: number): string | undefined {
  const v = val(r, `t3.${row}.total`);
  const total = val(r, 't3.total.total');
  if (typeof v !== 'number' || typeof total !== 'number' || total <= 0 || row === 'total') return undefined;
  const share = (v / total) * 100;
  const said = `${share.toFixed(TOLD_SHARE_DECIMALS)}%（${v} ÷ ${total}，按报告数字计算，占办理结果总计）`;
  return Math.abs(share - quoted) < 0.05 + 1e-9 || Number(share.toFixed(TOLD_SHARE_DECIMALS)) === quoted
    ? `核对：对，您说的 ${quoted}% 与按报告数字算出的 ${said}一致。`
    : `核对：不对，按报告数字算，“${T3_ROW_BY_ID[row]?.label ?? row}”占比是 ${said}，不是您说的 ${quoted}%。`;
}

/** What a why of table 二 is told: the report gives no reason; a stock beside a flow is what the columns mean. */
const VALID_SAID = /有效/;
const ISSUED_SAID = /制发|发了|新发|发布了?|出台/;
function table2Why(metric: MetricQuery, norm: string, r: Report): string[] {
  if (metric.rows.every((x) => x === 'rules' || x === 'normative') && VALID_SAID.test(norm) && ISSUED_SAID.test(norm)) {
    return ['按表二的栏目含义，“现行有效件数”是截至本年底仍然有效的全部文件，含以前年度制发的；“本年制发件数”只算本年新制发的，所以现行有效件数可以多于本年制发件数。'];
  }
  // (why the valid ones are as many as they are, "现行有效的规范性文件为什么是4件": the row's issued and repealed beside them,
  // and what the column counts)
  if (metric.rows.length === 1 && (metric.rows[0] === 'rules' || metric.rows[0] === 'normative') && VALID_SAID.test(norm)) {
    const cell = (col: string) => r.values[`t2.${metric.rows[0]}.${col}`]?.value;
    const [issued, repealed] = [cell('issued'), cell('repealed')];
    if (typeof issued === 'number' && typeof repealed === 'number') {
      return [`表二同一行：本年制发 ${issued} 件、本年废止 ${repealed} 件。“现行有效件数”是截至本年底仍然有效的全部文件（含以前年度制发、尚未废止的），报告没有逐件说明。`];
    }
  }
  return ['报告没有说明原因（表二只列数字）。'];
}

/** A why of a 0 read from the text's words ("即行政处罚 0 件（按报告正文）"): the text says there were none, never why. */
const TEXT_ZERO_NO_REASON = '报告正文只说没有，没有说明原因。';

/** What a why of a count of table 三 or 四 is told when no rule of the text gave the reason. */
const TABLE_COUNTS_NO_REASON = '报告没有说明原因（表格只列数字）。';

/** Handlers of intents/*.yml (`handler:`), by name. */
export const HANDLERS: Record<Handler, HandlerSpec> = {
  help: { reportFree: true, run: ({ kn }) => ({ parts: plain(helpText(kn)) }) },
  reports: {
    reportFree: true,
    run: ({ kn, report: r }) => {
      // the example names a year only when there is one to name
      const year = r?.year ?? kn.reports.find((x) => x.year)?.year;
      return {
        parts: plain(kn.reports.length ? `我有以下年度报告：${listReports(kn)}。提问时可以说明年份或单位，例如“${year ? `${year}年` : ''}收到多少申请”。` : '目前没有加载任何年度报告。'),
      };
    },
  },
  figures: {
    tables: true,
    figures: true,
    run: ({ kn, report: r, metric, norm }) => {
      if (metric) {
        // (last year's table-二 figure asked: the office's report of the year before, when loaded)
        const prior = metric.printed && r!.year ? reportsOf(kn, r!.office).find((x) => x.year === r!.year! - 1) : undefined;
        const m = renderMetric(r!, metric, prior);
        // 行政事业性收费 asked beside disclosure ("这个是信息公开申请收的费吗"): it is not the information-processing fee
        // (why a result with no kinds of its own was given, "那件为什么只是部分公开", its count in the table: what the rule
        // says of it — the report does not tell that request's own reason)
        const whyBasis = !metric.basis && !m.missing && questionKinds(norm).why ? basisOfResult(metric) : undefined;
        if (whyBasis) m.lines.push(`报告没有说明具体原因。${whyBasis}`);
        // (why a count of table 三 or 四 is what it is, "为什么一件申请都没收到", "为啥全是个人提的": the tables give counts only)
        else if ((metric.table === '三' || metric.table === '四') && !m.missing && questionKinds(norm).why) m.lines.push(TABLE_COUNTS_NO_REASON);
        // (why a figure of table 二 is what it is, "为啥行政许可是0": the table gives counts only — and a stock set against a
        // flow, "才发了4件，现行有效却有18件", is what the columns mean)
        if (metric.table === '二' && !m.missing && questionKinds(norm).why) m.lines.push(...table2Why(metric, norm, r!));
        // (or a 0 the text tells in words with no cell, "本年度无行政许可、行政处罚" asked "怎么一件行政处罚都没有": no reason either)
        else if (m.zeroByText && questionKinds(norm).why) m.lines.push(TEXT_ZERO_NO_REASON);
        // (set against the asker's own count, "我们镇一共收了3件…你们新收了几件？比我们多几件": the difference worked out)
        const ownCount = metric.difference && !m.missing && metric.rows.length === 1 && !metric.quoted?.length ? OWN_COUNT_SAID.exec(norm) : null;
        const value = ownCount ? cellsOf(r!, metric) : [];
        if (ownCount && value.length === 1 && typeof value[0] === 'number') {
          const [v, n] = [value[0], Number(ownCount[1])];
          m.lines.push(v === n ? `与您说的 ${n} 件相同（按报告数字计算）。` : `比您说的 ${n} 件${v > n ? '多' : '少'} ${Math.abs(v - n)} 件（${Math.max(v, n)} − ${Math.min(v, n)}，按报告数字计算）。`);
        }
        // (and what the report says of that fee, when it says: "本年度无收取信息费情况")
        if (metric.table === '二' && metric.rows.includes('fees') && DISCLOSURE_FEE_ASKED.test(norm)) m.lines.push(NOT_THE_DISCLOSURE_FEE, ...(r!.feeStatement ? [`报告第六部分写道：${r!.feeStatement}`] : []));
        // what the format says of a row of table 二, asked: which item of 第二十条 it is ("行政许可那行属于第二十条第几项"), the
        // unit of its amount ("行政事业性收费那一栏金额单位是元还是万元") — the format's own words, before the figures
        const itemAsked = ITEM_OF_ARTICLE_ASKED.test(norm);
        const unitAsked = UNIT_ASKED.test(norm);
        if (metric.table === '二' && (itemAsked || unitAsked)) {
          for (const row of T2_ROWS.filter((x) => metric.rows.includes(x.id))) {
            const amount = row.cols.amount;
            if (unitAsked && amount) m.lines.unshift(`按国家格式，表二“${row.label}”的金额一栏是“${amount}”，单位为${t2Unit(row, 'amount')}。`);
            if (itemAsked) m.lines.unshift(`按国家格式，表二“${row.label}”属于“${row.item}”。`);
          }
        }
        // an amount of money asked of a row that counts decisions only ("行政处罚罚款总金额多少钱"): said, never guessed
        if (metric.table === '二' && MONEY_ASKED.test(norm)) {
          for (const id of metric.rows) {
            const row = T2_ROWS.find((x) => x.id === id);
            if (row && !('amount' in row.cols)) m.lines.push(`报告表二的“${row.label}”一行只列出件数，没有金额（报告未提及、未提供这项信息）。`);
          }
        }
        // a share quoted with the count to check ("予以公开4件，占总数的25%，对吧"): the share worked out from the table, said to
        // agree or not (to the first decimal)
        // (a share asked, "占比…", names the total beside the row: the row is the one that is not the total)
        const shareRows = metric.rows.filter((x) => x !== 'total');
        const shareQuoted = metric.table === '三' && shareRows.length === 1 && !m.missing ? QUOTED_SHARE.exec(norm) : null;
        if (shareQuoted) {
          const line = shareCheckLine(r!, shareRows[0]!, Number(shareQuoted[1]));
          if (line) m.lines.unshift(line);
        }
        // no cell asked is in the tables (a page cut short, a table not filled): the sentence of the text
        // that states the count, said to come from the text ("区信访办2019年接受依申请公开1条")
        const none = m.missing && m.lines.every((l) => l.startsWith(NOT_LISTED) || l.startsWith(TABLE_NOT_FOUND));
        // (another matter than the requests, named and counted vaguely, "12345热线办了多少件": the one sentence counting it,
        // never the requests' own count that the words 办了多少件 find too)
        const matter = none && metric.table === '三' && metric.vague && !/申请/.test(norm) ? OTHER_MATTER_NAMED.exec(norm)?.[0] : undefined;
        const ofMatter = matter ? sentencesOf(r!).filter((x) => x.text.includes(matter) && COUNT_STATED.test(x.text)) : [];
        if (ofMatter.length === 1) return { parts: { head: `${reportLabel(r!)}${TOLD_NOT_IN_TABLE}`, lines: [ofMatter[0]!.text.trim()], source: sectionSource(ofMatter[0]!.section), labelled: true }, metric };
        // (a reason's basis given beside the missing count, "依据：《条例》…": the text's word that no request came in still answers)
        // (when whether there were any is asked, "有没有…为什么" — not what the reason means, "这是什么意思")
        const onlyBasis = m.missing && !none && ANY_ASKED.test(norm) && m.lines.every((l) => l.startsWith(NOT_LISTED) || l.startsWith(TABLE_NOT_FOUND) || l.startsWith(BASIS_LABEL));
        // (some rows asked in the table, the others cut off it and told by the text — "新收几件？其中本办不掌握的几件" of
        // a table 三 copied up to its row 二: each row the table lacks, the text's clause for it)
        if (m.missing && !none && metric.table === '三') {
          const filled = rowsFromText(r!, metric, kn, prior);
          if (filled) m.lines = filled;
        }
        // (the figure words of the question are its evidence: a looser cover, but a count in the sentence)
        // (table 四's cases looked for by their own names too: the text says 行政诉讼 where the asker says 起诉)
        // table 三's figures told in a sentence of their own ("本年新收到政府信息公开申请42件，…，予以公开4件"): the clause
        // (a share the text states beside the count: "不予公开的1件,占1.02%")
        // (a rate the text states by the name asked, "办结率96%": that clause, never a count of its sentence)
        const rateSaid = none && metric.rate ? rateToldByName(r!, norm) : undefined;
        if (rateSaid) return { parts: toldParts(r!, undefined, [rateSaid.text], rateSaid.source), metric };
        const parts = metric.rows.filter((x) => x !== 'total');
        const toldShare = none && metric.rate && metric.table === '三' && parts.length === 1 ? proseFigure(r!, { ...metric, rows: parts, rate: undefined }, kn) : undefined;
        if (toldShare && /\d\s*[%％]/.test(toldShare.text)) return { parts: toldParts(r!, undefined, [toldShare.text], toldShare.source), metric };
        // (a share of 予以公开 and 部分公开 together the text states: "予以公开或部分公开占58.5%")
        const jointShare = none && metric.rate ? jointGrantedClause(r!, metric) : undefined;
        if (jointShare) return { parts: { head: `${reportLabel(r!)}：`, lines: [jointShare.text], source: jointShare.source, labelled: true }, metric };
        // (requests by how they came in, "网上申请有多少件": the text's clauses that count them)
        // (or their share of the requests received, "网上申请占收到申请总数的比例": the clause's count over the told total)
        const byChannel = none && metric.table === '三' && (metric.rows.every((x) => x === 'new') || (metric.rate && metric.rows.every((x) => x === 'new' || x === 'total'))) ? (channelClauses(r!, norm) ?? (CHANNELS_ASKED.test(norm) ? channelsTold(r!) : undefined)) : undefined;
        if (byChannel) {
          const share = metric.rate ? channelShare(kn, r!, metric, byChannel.text) : undefined;
          // (the requests' count asked too, "收到几件申请？网上申请的有几件": the sentence that counts them first)
          const all = (norm.match(/几|多少/g) ?? []).length >= 2 ? requestsSentence(r!) : undefined;
          // (that sentence holding the channel's clause too says both: it alone)
          const said = !all ? [byChannel.text] : all.text.includes(byChannel.text.replace(/。$/, '')) ? [all.text] : [all.text, byChannel.text];
          return { parts: toldParts(r!, undefined, [...said, ...(share ? [share] : [])], byChannel.source), metric };
        }
        // (applicants told in the text, "其中自然人34件,企业1件": each column asked, and its share when asked)
        const applicants = none ? applicantsTold(r!, metric, kn) : undefined;
        if (applicants) return { parts: applicants, metric };
        // (or the requests asked by the row's name, "表三 本年新收 总计栏", of a report whose tables hold no figures: the sentence that
        // counts the requests, "办理依申请公开事项7件", when it tells one count — and this year's new ones cannot be worked out)
        const worked = metric.rows[0] === 'new' ? newFromHandled(r!) : metric.rows[0] === 'total' ? totalFromCarried(r!) : undefined;
        const intake = none && !worked && metric.table === '三' && metric.rows.length === 1 && INTAKE_ROWS.has(metric.rows[0]!) && !hasTableFigures(r!) && toldFigure(kn)(r!, { ...metric, vague: true }) ? requestsSentence(r!) : undefined;
        const toldAny = (none || onlyBasis) && metric.table === '三' ? proseFigure(r!, metric, kn) ?? intake : undefined;
        const told = onlyBasis && toldAny && !NO_REQUESTS.test(toldAny.text) ? undefined : toldAny;
        // (a reason the text does not tell, its result told whole — "无法提供的26件" for 本机关不掌握: that result, said
        // not to be split by reason in the text)
        const parents = !told && none && metric.table === '三' ? [...new Set(metric.rows.map((x) => T3_ROW_BY_ID[x]?.parent))] : [];
        const parentTold = parents.length === 1 && parents[0] ? proseFigure(r!, { ...metric, rows: [parents[0]] }, kn) : undefined;
        if (parentTold) {
          const label = T3_ROW_BY_ID[parents[0]!]!.label;
          return { parts: toldParts(r!, undefined, [parentTold.text, `报告正文只写了“${label}”的总数，没有按原因细分。`], parentTold.source), metric };
        }
        // (this year's new requests, the text counting them only with last year's carried ones inside: worked out)
        // (and the results' total, the text counting the requests and those carried into next year)
        const fromHandled = !told && !parentTold && none && metric.rows.length === 1 ? (metric.rows[0] === 'new' ? newFromHandled(r!) : metric.rows[0] === 'total' ? totalFromCarried(r!) : undefined) : undefined;
        if (fromHandled) return { parts: toldParts(r!, toldCheck(metric.quoted, fromHandled.lines[0]!), fromHandled.lines, fromHandled.source), metric };
        if (told) {
          // several rows asked added up ("新收加上年结转一共多少"): their told counts added, said to be computed
          // (not the requests asked vaguely, "依申请一共办了多少": one count read for both rows, never added to itself)
          // (not the requests and a result of them, "一共收到多少申请？其中予以公开的多少件": a part is no addend of its whole)
          const partOfWhole = metric.rows.some((x) => x === 'new' || x === 'total') && metric.rows.some((x) => !INTAKE_ROWS.has(x));
          // (or two rows set against each other, "部分公开比予以公开多几件": their told counts' difference)
          const each = (metric.added || SUM_ASKED.test(norm) || metric.difference) && !metric.vague && !partOfWhole ? metric.rows.map((row) => toldFigure(kn)(r!, { ...metric, rows: [row], cols: [] })) : [];
          const told2 = each.length === 2 && each.every(Boolean) ? [each[0]!.v, each[1]!.v].sort((a, b) => b - a) : undefined;
          const sum = metric.difference
            ? told2 && `两者相差 ${told2[0]! - told2[1]!} 件（${told2[0]} − ${told2[1]}，按报告数字计算）。`
            : each.length >= 2 && each.every(Boolean) ? `以上 ${each.length} 项合计 ${each.reduce((a, x) => a + x!.v, 0)} 件（${each.map((x) => x!.v).join(' + ')}，按报告数字计算）。` : undefined;
          const check = toldCheck(metric.quoted, told.text);
          // (why asked: the text gives the count only — said so, with the kinds of that result)
          // (several rows asked, told in sentences of their own: "…受理依申请公开12件,…;" "无法提供的有6件,占50%;")
          const perRow = metric.rows.length >= 2 ? [...new Set(metric.rows.map((row) => proseFigure(r!, { ...metric, rows: [row] }, kn)?.text).filter((t): t is string => !!t))] : [];
          // (the question names a part the sentence breaks the count into — "收到的申请里头,向区政府和各部门提的" for
          // "…130件,其中向区政府及各部门提出的…94件": the whole sentence, its parts with it)
          const wholeAt = r!.passages.find((p) => p.text.includes(told.text.slice(0, 12)));
          const whole = wholeAt?.text.trim();
          const partNamed = whole && whole !== told.text && BREAKDOWN_IN.test(whole) && contentWords(norm).some((w) => w.length >= 2 && !PART_PLAIN_WORDS.test(w) && whole.includes(w) && !told.text.includes(w));
          // (or a count the question quotes that only another clause holds, "收到6件申请，为什么有5件没提供")
          const otherQuoted = !!whole && whole !== told.text && quotedCounts(norm).some((n) => countIn(whole, n) && !countIn(told.text, n));
          const said = perRow.length >= 2 ? perRow : [partNamed || otherQuoted ? whole! : told.text];
          // (a count quoted that another sentence of the same part tells, "指导乡镇…处理了10件，为啥县政府本身受理的只算3件":
          // that sentence too)
          const beside = wholeAt ? [...new Set(quotedCounts(norm).filter((n) => !said.some((t) => countIn(t, n))).map((n) => r!.passages.find((p) => p.section === wholeAt.section && p.heading === wholeAt.heading && countIn(p.text, n))?.text.trim()).filter((t): t is string => !!t))] : [];
          // (the count's breakdown in the sentence after it, "…申请37件。" "其中市政府办7件、政府部门27件…", of a part the question
          // names: that sentence too)
          const at = wholeAt ? r!.passages.indexOf(wholeAt) : -1;
          const next = at >= 0 ? r!.passages[at + 1] : undefined;
          const breakdown = next && next.section === wholeAt!.section && /^\s*其中/.test(next.text) && /\d\s*[件条]/.test(next.text) && (OWN_PART_ASKED.test(norm) || contentWords(norm).some((w) => w.length >= 2 && !BREAKDOWN_PLAIN_WORDS.test(w) && countAfter(next.text, w) && !said.some((t) => t.includes(w)))) ? [next.text.trim()] : [];
          const texts = [...said, ...beside, ...breakdown.filter((t) => !beside.includes(t))];
          // (no request received, "受理…申请0条", and a result asked: none of it, so no reasons to tell — not when the sentences
          // quoted count some, "未受理因…申请提起的行政复议申请;" "…共受理政府信息公开申请7件")
          const noneReceived = NO_REQUESTS.test(told.text) && !texts.some((t) => SOME_COUNTED.test(t)) && !metric.rows.some((x) => INTAKE_ROWS.has(x));
          // (why asked all the same: the kinds of that result the format names, not "the text does not tell these requests' reasons")
          const why = metric.basis || questionKinds(norm).why ? (noneReceived ? (kindsOfResult(metric) ?? basisOfResult(metric)) : reasonsNotTold(metric, told.text)) : undefined;
          const share = metric.rate ? shareOfTold(kn, r!, metric) : undefined;
          // (no request received, said in words with no number: the count that says, "即…0 件")
          // (only of the requests received: what became of others, carried over from last year, the sentence does not say)
          const zero = NO_REQUESTS.test(told.text) && !/\d\s*件/.test(told.text) && metric.rows.length === 1 && metric.rows[0] === 'new' ? `即${T3_ROW_BY_ID.new?.label ?? '收到的申请'} 0 件。` : noneReceived ? noResultsAsZero(metric.rows) : undefined;
          // (what the result means, asked beside its count: the kinds the format counts under it)
          const meant = why ? undefined : meaningAsked(norm, metric);
          return { parts: toldParts(r!, check, [...texts, ...(zero ? [zero] : []), ...(share ? [share] : []), ...(sum ? [sum] : []), ...(why ? [why] : []), ...(meant ? [meant] : [])], told.source), metric };
        }
        // 予以公开 or 部分公开 asked alone, the text counting them together: that clause, said to be both
        const joint = none ? jointGrantedClause(r!, metric) : undefined;
        if (joint) return { parts: { head: `${reportLabel(r!)}：`, lines: [joint.text], source: joint.source, labelled: true }, metric };
        // (one result asked that the text's list of results leaves out, "其中有几件没给公开的" of "“予以公开”的1件、“本机关不掌握…”的3件":
        // that list, and that the asked result is not in it)
        // (only when a count is asked: "什么情况下可以不公开" asks the rules)
        const listed = none && metric.table === '三' && metric.rows.length === 1 && !INTAKE_ROWS.has(metric.rows[0]!) && /几|多少/.test(norm) ? resultsListed(r!) : undefined;
        if (listed) {
          const label = T3_ROW_BY_ID[metric.rows[0]!]?.label ?? '';
          return { parts: toldParts(r!, undefined, [listed.text.trim(), `报告正文写到的办理结果里没有“${label}”一项。`], sectionSource(listed.section)), metric };
        }
        // table 四's cases counted in the text ("发生行政复议案件1件,为其他结果"): those clauses
        const cases = none ? casesFigure(r!, metric) : undefined;
        if (cases) {
          // review and suit asked added up ("行政复议和行政诉讼加起来一共几件"): each clause's count, added
          const kinds = [...cases.text.matchAll(CASE_KIND_COUNT)];
          const counts = metric.rows.length >= 2 && (metric.added || SUM_ASKED.test(norm)) ? kinds.map((m) => Number(m[1])) : [];
          // (in the text's own measure word: "行政复议21宗、行政诉讼10宗" add up to 31宗)
          const caseUnit = kinds[0]?.[2] ?? '件';
          const sum = counts.length >= 2 ? `以上合计 ${counts.reduce((a, b) => a + b, 0)} ${caseUnit}（${counts.join(' + ')}，按报告数字计算）。` : undefined;
          const check = toldCheck(metric.quoted, cases.text);
          return { parts: toldParts(r!, check, sum ? [cases.text, sum] : [cases.text], cases.source), metric };
        }
        // table 四 cut off or left out, and the text says no case arose ("未发生因政府信息公开工作而被申请行政复议、
        // 提起行政诉讼的情况"): that sentence, which is the office's own word that there were none
        // (before any other sentence naming review and suit: the preface's list of sections names them too)
        const noCases = none && metric.table === '四' ? noCasesTold(r!, metric.rows) : undefined;
        // (some kinds asked counted and the others said to be none, "行政复议7件,…;无行政诉讼": each as the text says it)
        const countedToo = noCases && metric.rows.length >= 2 ? metric.rows.filter((row) => !noCasesTold(r!, [row])).map((row) => casesFigure(r!, { ...metric, rows: [row] })) : [];
        if (noCases && countedToo.length && countedToo.every(Boolean)) return { parts: { ...noCases, lines: [...new Set(countedToo.map((c) => c!.text)), ...noCases.lines] }, metric };
        if (noCases && countedToo.length) return { parts: plain(`${reportLabel(r!)}报告正文没有写全所问的复议、诉讼件数。`, true), missing: true };
        if (noCases) return { parts: noCases, metric };
        // (a result of the requests asked, the text saying none was received, "受理…申请0条": none of that result either, said so)
        const noRequests = none && metric.table === '三' && !metric.rows.some((x) => INTAKE_ROWS.has(x)) ? noRequestsTold(r!) : undefined;
        if (noRequests) return { parts: { head: `${reportLabel(r!)}${TOLD_NOT_IN_TABLE}`, lines: [noRequests.text, noResultsAsZero(metric.rows)], source: noRequests.source, labelled: true }, metric };
        // (the words every sentence of a report holds, "政府信息公开申请办了多少件", may find another sentence: the
        // question without them is tried next, "全年累计办理申请29件")
        // (of a message asking two things, "主动公开几条？12345受理了多少件？", the question that holds the figure's words)
        const own = ownQuestion(norm, metric);
        // (table 四's cases named alone last: a story around them, "听说好多人跟政府打官司…", may hold words of other sentences)
        const asks = !none ? [] : [metric.table === '四' ? `${own} ${caseNames(metric)}` : own, ...(SUBJECT_OF_EVERY_REPORT.test(norm) ? [norm.replaceAll(new RegExp(SUBJECT_OF_EVERY_REPORT, 'g'), ' ')] : []), ...(metric.table === '四' ? [`${caseNames(metric)}多少件`] : [])];
        for (const ask of asks) {
          const said = narrative(r!, ask, true, POLICY.proseFigureCoverage);
          const whole = said?.parts.lines[0] ?? '';
          // a sentence that lists several rows ("本年新收到…申请42件,上年转结…1件,予以公开4件,…"): the clauses of
          // the rows asked
          const line = whole && namesOtherRows(whole, metric, kn, r!) ? clausesOfRows(whole, metric, kn, r!) : whole;
          // (table 四's cases need a count of their own: "涉及行政复议、行政诉讼情况详见本报告第三、四部分" beside the requests' 7件 is none)
          const casesCounted = metric.table !== '四' || NONE_STATED.test(line) || new RegExp(CASE_KIND_COUNT.source).test(line);
          // (a result of table 三 asked, "有没有被拒的": a sentence about the requests must name it or tell their results, never
          // another count of them, "上年度转接政府信息公开申请0件")
          // (asked why: a count to look up may be of a row misread, the text's own count answering it)
          const resultNamed = !questionKinds(norm).why || metric.table !== '三' || metric.rows.every((x) => INTAKE_ROWS.has(x)) || !/申请/.test(line) || RESULT_TOLD.test(line) || namesRowAsked(line, metric, kn, r!);
          if (said && line && casesCounted && resultNamed && (COUNT_STATED.test(line) || NONE_STATED.test(line)) && !namesOtherRows(line, metric, kn, r!) && (!REQUESTS_COUNTED.test(norm) || aboutRequestsOrRow(line, metric, kn, r!)) && !(OTHER_MATTERS_COUNTED.test(line) && /申请/.test(norm) && !OTHER_MATTER_NAMED.test(norm))) {
            const check = toldCheck(metric.quoted, line);
            // (what the result means, asked beside it, "“无法提供”是什么意思？这种情况有几件": the kinds the format counts under it too)
            const meant = meaningAsked(norm, metric);
            return { parts: check ? { ...said.parts, ...toldParts(r!, check, [line, ...said.parts.lines.slice(1)], said.parts.source ?? '') } : { ...said.parts, lines: [line, ...said.parts.lines.slice(1), ...(meant ? [meant] : [])], head: `${reportLabel(r!)}${TOLD_NOT_IN_TABLE}` }, metric };
          }
        }
        // the requests asked only vaguely ("一共收到多少件申请"), no clause naming a row: the text's sentence that counts
        // the requests ("依申请信息公开办理有69件"), as the overview gives it
        const onlyRequests = none && metric.table === '三' && metric.vague && metric.rows.every((x) => x === 'new' || x === 'total') ? requestsSentence(r!) : undefined;
        if (onlyRequests) return { parts: { head: `${reportLabel(r!)}${TOLD_NOT_IN_TABLE}`, lines: [onlyRequests.text], source: onlyRequests.source, labelled: true }, metric };
        // (why a result came, the report counting none of it: the kinds of that result the regulation names, each with
        // its article — "他们答复“不予处理”，这是为啥")
        const kindsOfIt = none && questionKinds(norm).why ? reasonRules(metric) : undefined;
        // (with what the text tells of the requests' results, "全年收到…5件,已按全部规定予以答复": the office's own word first)
        // (asked of the office's own requests — whether there were any, or of a count quoted: "有没有被拒的", "那5件申请")
        const toldFirst = kindsOfIt && metric.table === '三' && !metric.rows.some((x) => INTAKE_ROWS.has(x)) && OWN_REQUESTS_ASKED.test(norm) ? requestsWithResults(r!) : undefined;
        const toldLine = toldFirst && RESULT_TOLD.test(toldFirst.text) && m.lines.join('').length + toldFirst.text.length <= TOLD_RESULTS_ROOM ? [`报告正文写道：${toldFirst.text}`] : [];
        if (kindsOfIt) return { parts: { ...m, lines: [...m.lines, ...toldLine, kindsOfIt] }, missing: m.missing, metric };
        // (what the result means, asked, "“无法提供”是什么意思": the kinds the format counts under it)
        const meaning = meaningAsked(norm, metric);
        if (meaning) return { parts: { ...m, lines: [meaning, ...m.lines] }, missing: m.missing, metric };
        // (a result or reason the text does not count, the text telling what became of the requests — "全年共收到1件…申请,处理
        // 结果是不属于本行政机关负责公开" for "是不是因为涉密": the row said to be missing, then that sentence; the results' total
        // too, "那件办完了没有" — "…1件,当年未完结,转结至2025年度继续办理")
        const toldResults = none && metric.table === '三' && !metric.basis && !metric.rows.some((x) => x === 'new' || x === 'carried') ? requestsWithResults(r!) : undefined;
        if (toldResults && RESULT_TOLD.test(toldResults.text) && m.lines.join('').length + toldResults.text.length <= TOLD_RESULTS_ROOM) return { parts: { ...m, lines: [...m.lines, `报告正文写道：${toldResults.text}`], source: toldResults.source }, metric };
        return { parts: m, missing: m.missing, metric };
      }
      // (a count in a unit, as count-in-report finds it: its unit and subject together in a sentence, "培训3期")
      const unit = countAsked(norm);
      const counted = unit?.nouns.length ? narrative(r!, norm, true, POLICY.countedPassageCoverage) : undefined;
      const countedLine = counted?.parts.lines[0];
      if (counted && countedLine && countFit(countedLine, unit!) >= COUNT_ATTACHED) return counted;
      const said = narrative(r!, norm, true);
      // (an amount of money asked, "预算一共多少钱", of a sentence that states none: not found, never its other count)
      if (said && MONEY_ASKED.test(norm) && !AMOUNT_STATED.test(said.parts.lines.join(''))) return { parts: plain(`${reportLabel(r!)}报告中没有找到您问的金额。`, true), missing: true };
      // (a count asked, of a sentence that states no number — a heading, "2. 强化政府信息与政务公开宣传力度": not found, never a
      // sentence passed off as the count)
      // (or no figure at all and no numeral before the measure asked, "主动公开了多少条" of "本报告包括…六部分": not found either)
      const numeralCount = unit?.unit ? new RegExp(`[一二两三四五六七八九十百千]+\\s*[${unitsAlike(unit.unit)}]`) : undefined;
      const noFigure = (l: string) => !/\d/.test(l) && !numeralCount?.test(l);
      const howMany = questionKinds(norm).count;
      const notFound = { parts: plain(`${reportLabel(r!)}报告中没有找到您问的这项数据。`, true), missing: true };
      const countless = said && howMany && (!said.parts.lines.some((l) => STATES_A_NUMBER.test(l.replace(LIST_MARK, ''))) || said.parts.lines.every(noFigure));
      // (a sentence whose only numbers are a year and a document's number counts nothing either: "根据…(国办公开办函〔2021〕30号)
      // 等有关规定" is not found; one on the thing asked, "2025年,我委通过多种渠道主动公开…政府信息", is said with no count)
      const datesOnly = !countless && said && howMany && !said.parts.lines.some((l) => STATES_A_NUMBER.test(l.replace(LIST_MARK, '').replace(NOT_COUNTS, '')));
      if (datesOnly) {
        // (the office's own name is no word of the thing; nor is a sentence on the report itself, "…编制发布此报告", about it)
        const words = contentWords(norm).filter((w) => w.length >= 2 && !GENERIC_COUNT_WORDS.test(w) && !r!.office.includes(w));
        const onThing = words.some((w) => said.parts.lines.some((l) => l.includes(w))) && !said.parts.lines.some((l) => ABOUT_THE_REPORT.test(l));
        return onThing ? { parts: { ...said.parts, lines: [...said.parts.lines, NO_COUNT_STATED] } } : notFound;
      }
      // (a thing counted the report never names, "这些政务新媒体账号粉丝一共有多少" of "…16个政务新媒体账号…": the sentence, said to
      // give no count of it)
      const thing = thingCountedLast(norm);
      if (said && !countless && thing && !GENERIC_COUNT_WORDS.test(thing) && !r!.passages.some((p) => p.text.includes(thing))) return { parts: { ...said.parts, lines: [...said.parts.lines, `报告没有写明${thing}的数字。`] } };
      return (countless ? undefined : said) ?? notFound;
    },
  },
  overview: {
    tables: true,
    run: ({ report }) => {
      const p = renderOverview(report!);
      // no table 三 (a page cut short, tables as pictures): the sentence that tells the requests in words
      // (and the passages going on with what became of them: "…其中予以公开30件,占46.88%;" "部分公开14件,…")
      const told = p.missing ? requestsWithResults(report!) : undefined;
      if (told) return { parts: { head: `${reportLabel(report!)}报告的统计表中查不到这些数字，报告正文写道：`, lines: [told.text], source: told.source, labelled: true } };
      // (or the sentence saying none was received, "2018年我办未收到公开政府信息的申请": no results to give, said why)
      const none = p.missing ? noRequestsTold(report!) : undefined;
      if (none) return { parts: { head: `${reportLabel(report!)}${TOLD_NOT_IN_TABLE}`, lines: [none.text, `即${T3_ROW_BY_ID.new?.label ?? '收到的申请'} 0 件，所以没有办理结果。`], source: none.source, labelled: true } };
      return { parts: p, missing: p.missing };
    },
  },
  litigation: {
    tables: true,
    run: ({ report }) => {
      const p = renderLitigation(report!);
      if (!p.missing) return { parts: p, missing: p.missing };
      // no table 四 (a page cut short): the text's word that no case arose, or its clauses counting them, as figures.query reads them
      const both = { table: '四', rows: ['review', 'suit'], cols: [], spans: [], rowsExplicit: true } as MetricQuery;
      const noCases = noCasesTold(report!, both.rows);
      if (noCases) return { parts: noCases };
      const cases = casesFigure(report!, both);
      if (cases) return { parts: toldParts(report!, undefined, [cases.text], cases.source) };
      return { parts: p, missing: p.missing };
    },
  },
  problems: { run: ({ report }) => problemsOrMeasures(report!, 'problems') },
  improvements: { run: ({ report }) => problemsOrMeasures(report!, 'improvements') },
  section: { run: ({ report, intent, norm }) => sectionText(report!, intent, norm) },
};

/** What one result of table 三 means, asked ("“无法提供”是什么意思"): the kinds the format counts under it. */
function meaningAsked(norm: string, metric: MetricQuery): string | undefined {
  return MEANING_ASKED.test(norm) && metric.table === '三' && metric.rows.length === 1 ? resultMeaningLine(metric.rows[0]!) : undefined;
}

/** What a result of table 三 counts: the kinds the national format lists under it (a kind's own rule is told by its basis). */
function resultMeaningLine(id: string): string | undefined {
  const row = T3_ROW_BY_ID[id];
  if (!row) return undefined;
  const kinds = T3_ROWS.filter((x) => x.parent === id);
  return kinds.length ? `“${row.label}”是表三的一类办理结果，年度报告格式把它分为${kinds.length}种情形：${kinds.map((k, i) => `${i + 1}. ${k.label}`).join('；')}。` : undefined;
}

/** A number stated, in digits or in words ("3件", "三个", "十余条", "两次"). */
/** A sentence about the report itself ("…编制发布此报告", "本报告…"). */
const ABOUT_THE_REPORT = /(?:此|本)(?:年度)?报告/;
/** Said after a sentence on the thing asked that gives no count of it. */
export const NO_COUNT_STATED = '报告这段话没有写明具体数字。';
/** The thing counted right before the how-many that ends the question ("账号粉丝一共有多少"). */
const COUNTED_LAST = /(\p{Script=Han}{2,4}?)(?:一共|总共|共|加起来)?(?:有|是)?(?:多少|几)[个位名人]?[?？。！!]*$/u;
/** Characters of that thing looked for, from its end ("粉丝" of 账号粉丝). */
const COUNTED_THING_TAIL = 2;
/** The thing counted right before the how-many that ends the question, by its last characters ("粉丝"); undefined if none. */
export function thingCountedLast(norm: string): string | undefined {
  const tail = COUNTED_LAST.exec(norm)?.[1]?.slice(-COUNTED_THING_TAIL);
  return tail && tail.length === COUNTED_THING_TAIL ? tail : undefined;
}
/** Words any question of a count holds: no sign the sentence is about the thing asked. */
const GENERIC_COUNT_WORDS = /^(?:信息|政府|政务|全年|一共|总共|多少|几个|本年|今年|去年|数据|数量|情况|报告|年报)$/;
/** Numbers that count nothing: a year, a document's number ("〔2021〕30号", "第711号"). */
// (nor an article cited, "《条例》第二十条", "第十五条第二款")
const NOT_COUNTS = /[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d*\s*号?|(?:19|20)\d{2}\s*年度?|第?\s*\d+\s*号|第[一二三四五六七八九十百\d]+[条款项](?:第[一二三四五六七八九十\d]+[款项])*/g;
const STATES_A_NUMBER = /\d|[一二三四五六七八九十两百千万][余多]?[个件条项次篇家名人期份场批封户所]/;
/** A list item's mark before a sentence ("2. ", "（一）", "一是"): no number of anything. */
const LIST_MARK = /^\s*(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]是)\s*/;

/** Counts a question quotes with their measure word ("5件没提供", "收到6件"). */
const QUOTED_COUNT = /(\d+)\s*[件条个]/g;
export const quotedCounts = (norm: string): string[] => [...norm.matchAll(QUOTED_COUNT)].map((m) => m[1]!);
/** A count written in a text as a whole number (5 in "5件", not in "15件" or "2025年"). */
export const countIn = (text: string, n: string): boolean => new RegExp(`(?<![\\d.])${n}\\s*[件条个]`).test(text);


export function handlerOf(intent: Intent): HandlerSpec | undefined {
  return intent.handler ? HANDLERS[intent.handler] : undefined;
}

export function execute(kn: Knowledge, intent: Intent, r: Report | undefined, norm: string, metric: MetricQuery | undefined): Exec {
  const h = handlerOf(intent);
  if (h?.reportFree) return h.run({ kn, intent, report: r, norm, metric });
  if (!r && h) return { parts: plain(NO_REPORT), missing: true };
  try {
    return (h ?? { run: template }).run({ kn, intent, report: r, norm, metric });
  } catch (err) {
    // a figure the report gives but cannot be true (-15 件, 1e+30 件): "报告数据有误" and the phone, never the figure
    if (err instanceof ImpossibleFigure && r) return { parts: plain(impossibleFigureText(r, reportLabel(r)), true, true), missing: true, ...(metric ? { metric } : {}) };
    throw err;
  }
}

/** Intents whose answer does not depend on which report is chosen. */
export function reportFree(intent: Intent): boolean {
  const h = handlerOf(intent);
  if (h) return Boolean(h.reportFree);
  return !/\{(?!office\}|year\})/.test(intent.answer ?? '') || Boolean(topicOf(intent).reportFree);
}

/** The intent that answers figures (a MetricQuery), if the intents have one. */
const figuresIntents = new WeakMap<Knowledge, Intent | null>();
export function figuresIntent(kn: Knowledge): Intent | undefined {
  let f = figuresIntents.get(kn);
  if (f === undefined) figuresIntents.set(kn, (f = kn.intents.find((i) => handlerOf(i)?.figures) ?? null));
  return f ?? undefined;
}

/** The standard names of table 四's kinds of cases a figure asks ("行政复议 行政诉讼"). */
function caseNames(m: MetricQuery): string {
  const name = (row: string) => (row === 'suit' ? '行政诉讼' : T4_GROUPS.find((g) => g.id === row)?.label.replace(/（.*$/, ''));
  return [...new Set(m.rows.map(name).filter(Boolean))].join(' ');
}


