/** Rules for questions outside what the bot knows. */
import { A_DAY, CLAUSE_SPLIT, DISCLOSURE_HOW_ASKED, CONTACT_ASKED, DOMAIN_ANCHOR, DOMAIN_SUBJECT, OFFICIAL_ASKED, OFFICIAL_IN_REPORT_SENSE, SMALLTALK_TOPIC } from '../patterns.js';
import { unknownShare, type Understanding } from '../understanding.js';
import { topicOf } from '../handlers.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { domainWord, namesReport, passage, sentencesAnswer, signatureWord, top, topScore, withoutSlots } from './helpers.js';
import type { Knowledge } from '../knowledge.js';
import { QUESTION_WORDS, STOPWORDS } from '../../understand/classifier.js';
import { cut } from '../../understand/segment.js';
import { contentWords, countAsked } from '../../answer/retrieve.js';
import type { Rule } from './types.js';
import { DETAIL_WANTED } from './contact-fields.js';
import { PASSAGE_INTENT } from '../respond.js';
import { pickReport } from '../select.js';
import type { ConvState } from '../engine.js';
import { verbatimSentences } from '../verbatim.js';


export const outOfScope: Rule = {
  name: 'out-of-scope',
  doc: 'An out-of-scope example matched (公积金, 天气 …): the fallback — not a short follow-up naming a word only the report uses, right after an answer from its text ("领导简介呢" after a count it told: the report\'s thing, not the leaders).',
  decide: (u, state) => {
    const score = topScore(u);
    if (reportThingFollowUp(u, state)) return undefined;
    // (a reply to a disclosure request asked in a story of another matter, "学区的申请交上去以后一般多久能给答复？孩子报名…":
    // the request's time limit, not the matter)
    if (REQUEST_REPLY_ASKED.test(u.norm)) return undefined;
    // (how to ask for the information itself, "想要一份低保审核的文件，这个信息公开怎么申请": the disclosure request, not the matter)
    if (DISCLOSURE_HOW_ASKED.test(u.norm)) return undefined;
    // (the office's contact detail asked outright, the other matter only what is sent, "邮编是多少？我要把申请表和营业执照复印件寄过去")
    if (DETAIL_ASKED_OUTRIGHT.test(u.norm)) return undefined;
    return top(u)?.item.fallback && score >= THRESHOLDS.clarify ? { kind: 'fallback', reason: 'off-topic', confidence: score } : undefined;
  },
};

/** A contact detail asked outright ("邮编是多少", "电话多少", "地址在哪"). */
const DETAIL_ASKED_OUTRIGHT = /(?:电话|号码|地址|邮编|邮政编码|邮箱|传真|网址)(?:是)?(?:多少|啥|什么|在哪)/;

/** A short follow-up naming a word only the report uses, right after an answer from its text ("领导简介呢"): the report's thing. */
function reportThingFollowUp(u: Understanding, state: ConvState): boolean {
  // (or after a figure, "依申请公开多少件" then "那县长信箱呢": a thing the report counts)
  return u.followUp.is && (state.intent === PASSAGE_INTENT || !!state.metric) && u.reportOnlyWords.length > 0;
}


/** A reply to a request asked ("申请交上去以后多久能给答复", "多久回复我的申请"). */
// (or "一般申请多少天内要答复")
const REQUEST_REPLY_ASKED = /申请[^，。？?]{0,14}(?:多久|几天|多少天|几个工作日|多少个工作日|多长时间)[^，。？?]{0,6}(?:答复|回复|回音)|(?:多久|几天|多少天|多长时间)[^，。？?]{0,6}(?:答复|回复)[^，。？?]{0,6}申请/;

/** A citizen's document another service issues ("护照", "居住证", "驾驶证"): its matter is never the disclosure office's. */
const SERVICE_DOCUMENT = /护照|居住证|身份证|驾照|驾驶证|社保卡|医保卡|营业执照|结婚证|离婚证|出生证明|港澳通行证|通行证|签证/;
/** Where or how a matter is done asked ("去哪儿办", "在哪里办理", "怎么办理"): a service's business, not a report's. */
const SERVICE_DONE_WHERE = /哪(?:里|儿|个地方)?(?:能|可以)?办|(?:怎么|如何|咋)(?:样)?办理/;
/** The weather asked. */
const WEATHER = /天气|气温|下雨|下雪|刮风|多少度|几度/;
/** A place's other matters, named beside the place an office is named for ("庐山景区天气怎么样"): the weather, sights, tickets. */
const PLACE_MATTER = new RegExp(`${WEATHER.source}|景区|景点|门票|旅游`);

export const offTopicWord: Rule = {
  name: 'off-topic-word',
  doc: 'A word only the out-of-scope examples use (护照, 社保), no word of the domain, no figure and no report named ("办护照去哪儿办"): another matter — the fallback, never the nearest contact answer. Not a short follow-up naming a word only the report uses right after an answer from its text ("领导简介呢").',
  decide: (u, state, kn) => {
    if (reportThingFollowUp(u, state)) return undefined;
    // (a place's office named beside a citizen's document of another service, "南岗区居住证在哪办", "在高陵哪里办护照": still
    // that other service — the office named is only where the asker lives)
    // (or where a matter of another service is done there, "在南岗区办低保要去哪儿办")
    const offWords = contentWords(u.classifierText).filter((w) => kn.classifier.offTopicWord(w));
    // (a matter the report itself tells of, asked with another word only the report uses: "城管那个公众号是不是被注销了" — the
    // report's 注销区城管局《南岗城管e线》, not the city patrol's fines)
    const offTopic = offWords.length > 0 && !(u.reportOnlyWords.length > 0 && offWords.every(reportHolds(kn, u, state)));
    // (申请 of another matter, its only anchor: "我家想申请低保 要准备啥材料" applies for the benefit, not for information)
    const appliedForOther = offTopic && offWords.some((w) => u.norm.includes(`申请${w}`) || u.norm.includes(`申请办${w}`)) && !DOMAIN_ANCHOR.test(u.norm.replace(/申请/g, ' '));
    if (u.metric || (namesReport(u) && !SERVICE_DOCUMENT.test(u.norm) && !PLACE_MATTER.test(u.norm) && !(offTopic && SERVICE_DONE_WHERE.test(u.norm))) || (DOMAIN_ANCHOR.test(u.norm) && !appliedForOther)) return undefined;
    // (the whole message: "住房公积金怎么提取，要带什么材料" names its matter in the first clause and asks in the second)
    // (or the weather, which no example needs to name: "庐山景区天气怎么样")
    return WEATHER.test(u.norm) || offTopic ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined;
  },
};

/** A quarrel with a private person (邻居, 房东, 物业, 亲戚 …). */
const PRIVATE_PARTY = /邻居|隔壁|房东|租客|物业|亲戚|前夫|前妻|同事|开发商|合伙人|债主/;
/** Suing or winning asked ("去法院告他能不能告赢", "打官司有没有胜算"). */
const SUIT_ASKED = /告(?:他|她|他们|赢|得赢)|起诉(?:他|她|他们)|打官司|胜算|能不能赢|赢面/;
/** A neighbour's nuisance ("装修天天吵", "噪音", "漏水", "乱停车"). */
const NUISANCE = /装修|噪音|噪声|吵|扰民|漏水|渗水|乱停|占道|养狗|狗叫|油烟|堆放|违建|违章搭建/;
/** Who handles it asked ("找哪个部门管", "归谁管", "去哪投诉"). */
const WHO_HANDLES = /哪个部门|哪个单位|谁管|归谁|找谁|哪里管|去哪(?:儿|里)?(?:投诉|反映|举报)|向哪(?:儿|里)?(?:投诉|反映)|怎么投诉|找哪/;
/** A suit against the person ("告他", "起诉她"), not against an office. */
const AGAINST_THE_PERSON = /(?:告|起诉|举报|投诉)(?:他|她)(?!们)/;
/** Disclosure itself named (then the remedies of disclosure are the question). */
const DISCLOSURE_ITSELF = /信息公开|公开申请|依申请|政府信息/;
/** An office, its act or a disclosure named: then the remedies against an office are the question. */
const OFFICE_OR_DISCLOSURE = /信息公开|公开申请|依申请|政府|机关|行政|街道办|办事处|局|委员会/;

export const privateDispute: Rule = {
  name: 'private-dispute',
  doc: 'A civil quarrel with a private person and whether a suit would win ("和邻居为一棵树吵了两年…去法院告他能不能告赢"), or who handles a neighbour\'s nuisance ("邻居装修天天吵 找哪个部门管"): another matter — the fallback, never the remedies against an office or its disclosure unit.',
  // (an office named only as where to go, the suit against the person, "我能去镇政府告他不": still the quarrel)
  decide: (u) => (PRIVATE_PARTY.test(u.norm) && (SUIT_ASKED.test(u.norm) || (NUISANCE.test(u.norm) && WHO_HANDLES.test(u.norm))) && (!OFFICE_OR_DISCLOSURE.test(u.norm) || (AGAINST_THE_PERSON.test(u.norm) && !DISCLOSURE_ITSELF.test(u.norm))) && (!u.metric || u.metric.table === '四') ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined),
};

/** Whether the report the question is about holds a word in its text (inside a longer word too: 城管 of 区城管局). */
function reportHolds(kn: Knowledge, u: Understanding, state: ConvState): (word: string) => boolean {
  const r = pickReport(kn, u.slots, state).report;
  return (word) => Boolean(r?.passages.some((p) => p.text.includes(word)));
}

/** How many out-of-scope words of the question the report holds in its text (counted only beside a word only the report uses). */
function heldOffTopic(kn: Knowledge, u: Understanding, state: ConvState): number {
  if (!u.reportOnlyWords.length) return 0;
  const holds = reportHolds(kn, u, state);
  return contentWords(u.classifierText).filter((w) => kn.classifier.offTopicWord(w) && holds(w)).length;
}

/** A price asked ("多少钱", "几钿", "涨多少"): of what, the rest of the message says. */
const PRICE_ASKED = /多少钱|几多钱|几钿|涨多少|交什么税|什么税/;
/** Whether the asker pays for what is asked of an office ("要资料要铜钿否", "拿材料花钱吗"): the fee question itself. */
const ASKER_PAYS = /资料|材料|花钱/;

export const moneyOfAnotherMatter: Rule = {
  name: 'money-of-another-matter',
  doc: 'A price asked of another matter ("房价多少钱一平", "卖羊要交什么税？多少钱？", "退休工资涨几钿"): no word of the domain, the matter\'s words unknown or out of scope — the fallback, never the fee rules of 《条例》第四十二条.',
  decide: (u, _state, kn) => {
    if (u.metric || !PRICE_ASKED.test(u.norm) || DOMAIN_ANCHOR.test(u.norm) || ASKER_PAYS.test(u.norm)) return undefined;
    // (a price of the domain said in everyday words, "查个东西要多少钱", "我要的东西多要多少钱": every word known)
    const offTopic = contentWords(u.classifierText).some((w) => kn.classifier.offTopicWord(w));
    // (the whole message: the matter is told in one clause, the price asked in another — "卖羊要交什么税？多少钱？")
    return offTopic || unknownShare(kn, u.classifierText, u.slots).share >= THRESHOLDS.unknown ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined;
  },
};

/** The office's own contact asked of it ("打你们电话要加区号吗", "你们的地址"): not another matter's. */
const OUR_CONTACT = /(?:你们|您们|贵单位|贵办|贵局|他们|它们|咱们|咱|本单位)(?:的|那个|这个)?(?:详细|具体)?(?:电话|地址|号码|办公室|办公(?:的)?(?:地方|地点))|(?:打|找|去|到|给)(?:你们|您们)/;

/** A contact detail named ("邮编", "电话", "邮箱"). */
const CONTACT_FIELD_NAMED = /电话|号码|地址|邮编|邮政编码|邮箱|传真|联系方式|联系办法/;
/** A contact detail asked in a clause of its own ("地址呢", "那电话是多少", "电话和地址都发我一下"). */
// (or run on into the asker's plan with no pause, "邮编多少我寄个信过去")
const FIELD_CLAUSE = /^(?:那|那么)?(?:电话|号码|地址|邮编|邮政编码|邮箱|传真|网址)(?:呢|是多少|多少|是啥|在哪|在哪里|在哪儿)[?？]?$|^(?:那|那么)?(?:电话|号码|地址|邮编|邮政编码|邮箱|传真|网址)(?:是多少|多少|是啥|在哪里|在哪儿|在哪)(?=我|俺|咱|额)|^(?:把)?(?:电话|号码|地址|邮编|邮箱|传真|网址)[^，,。]{0,8}(?:发|给|告诉)(?:我|一下)/;

export const otherMatterContact: Rule = {
  name: 'other-matter-contact',
  doc: 'A phone or place asked for another matter ("楼上漏水物业不管，打哪个电话投诉"): words neither intents nor reports know, nothing of the domain but the contact words: the fallback, never this office\'s phone as if it handled that matter.',
  decide: (u, state, kn) => {
    if (u.metric || namesReport(u) || state.intent || !CONTACT_ASKED.test(u.norm) || DOMAIN_SUBJECT.test(u.norm) || OUR_CONTACT.test(u.norm)) return undefined;
    // (the detail asked in a clause of its own, the rest the asker's plan for it: "电话和地址都发我一下，我存手机里")
    if (u.norm.split(CLAUSE_SPLIT).some((c) => FIELD_CLAUSE.test(c.trim()))) return undefined;
    // the whole message, not only its asking clause: the matter is told in the story before the question
    const { count } = unknownShare(kn, u.classifierText, u.slots);
    return count >= POLICY.otherMatterUnknownWords ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined;
  },
};

/** A clause that asks ("…多少", "…否", "…吗") with content words, none of them unknown. */
function knownAskingClause(kn: Knowledge, u: Understanding): boolean {
  const clauses = u.classifierText.split(CLAUSE_SPLIT).filter((c) => ASKING_CLAUSE.test(c));
  // (more than one clause: one of them must be the asker's own words)
  if (clauses.length === 0 || clauses.length === u.classifierText.split(CLAUSE_SPLIT).filter((c) => c.trim()).length) return false;
  return clauses.some((c) => {
    const { share, count } = unknownShare(kn, c, u.slots);
    return share === 0 && count === 0 && contentWords(c).length > 0;
  });
}
/** A clause asking something ("多少", "几", "吗", "否", "呢", "怎么", "哪"). */
const ASKING_CLAUSE = /多少|几|吗|否|呢|怎么|哪|什么|啥/;

/** Whether where is asked and an unknown word of the question stands in the address of the office it is about ("长沙" of 长沙市天心区…). */
function ownAddressWords(kn: Knowledge, u: Understanding, state: ConvState): boolean {
  const address = pickReport(kn, u.slots, state).report?.contact.address;
  if (!address) return false;
  const unknown = contentWords(u.focus).filter((w) => w.length >= 2 && !kn.vocab.has(w) && !kn.classifier.knows(`w:${w}`));
  // (where asked, one of them a place of the address: the rest are the office's own words, "法规处在" cut as 处在)
  return WHERE_ASKED.test(u.norm) && unknown.some((w) => address.includes(w));
}
/** Where it is, asked ("什么地方", "在哪", "哪条路"). */
const WHERE_ASKED = /什么地方|哪里|哪儿|在哪|什么位置|哪个位置|哪条/;

export const mostlyUnknown: Rule = {
  name: 'mostly-unknown',
  doc: 'Most content words unknown to intents and reports, and no strong match: a passage holding those words ("政务公开专区建在哪"), else the fallback.',
  decide: (u, state, kn) => {
    const score = topScore(u);
    const { share, count } = u.unknown;
    // one stray word ("着急") beside a good match is not enough — unless it is the only content word: then
    // the match rests on question words alone ("社保怎么交" matched "申请书怎么交" by 怎么交)
    // a question about the domain (申请, 文件 …) that names one intent's own word ("我在工地上干活…想申请看个文件要不要交钱"):
    // the unknown words are the asker's story, the question is that intent's
    // the office's own contact detail asked ("你们电话多少我耳朵不好你说慢点"): the story is the asker's, the question is the detail
    // (or of an office the message names: "阿里地区行署办公室网络信息中心的邮编是多少？我要寄封信过去")
    const namedContact = u.slots.offices.length > 0 && CONTACT_FIELD_NAMED.test(u.norm);
    // (or a detail asked in a clause of its own, the rest the asker's plan: "地址呢，我直接骑车过去")
    const fieldClause = u.norm.split(CLAUSE_SPLIT).some((c) => FIELD_CLAUSE.test(c.trim()));
    if ((OUR_CONTACT.test(u.norm) || namedContact || fieldClause) && top(u) && topicOf(top(u)!.item).contact && score >= THRESHOLDS.clarify) return undefined;
    // (the unknown words being the place of the office's own address, "湖南人社厅法规处在长沙什么地方" of "长沙市天心区银杏路6号":
    // where it is, read by a contact intent)
    if (top(u) && topicOf(top(u)!.item).contact && score >= THRESHOLDS.clarify && ownAddressWords(kn, u, state)) return undefined;
    // (a detail wanted outright about this office's matter, "有群众问年报的事儿，咱给他留哪个电话": contact-detail-wanted's)
    if (DETAIL_WANTED.test(u.norm) && DOMAIN_SUBJECT.test(u.norm)) return undefined;
    // (a follow-up whose best reading is the intent just answered, "…要延长呢 最多能拖多久" after the time limit: the
    // unknown words are the asker's case, the question goes on with that intent)
    if (u.followUp.is && top(u) && state.intent === top(u)!.item.id && score >= THRESHOLDS.answer) return undefined;
    // (the asking clause all known words, read well enough, the unknown ones in a clause of the asker's own — "网址是多少，
    // 我侄仔话要上网查下", "要资料花钱否?要多少钱?我俫小本生意": the question is that clause's)
    if (score >= THRESHOLDS.clarify && knownAskingClause(kn, u)) return undefined;
    // (a count in a unit asked of an office named, "浙江国资委2020年报：微博条数和《浙江国资信息》期数": the count rules look in its
    // report, its words the report's own)
    // (or a share, "…省属企业信息比上一年涨了不少，具体增长了百分之多少")
    if (u.slots.offices.length && countAsked(withoutSlots(u))) return undefined;
    const own = score >= THRESHOLDS.clarify ? signatureWord(kn, u) : undefined;
    if (own && DOMAIN_SUBJECT.test(u.focus.split(own).join(' '))) return undefined;
    if (
      share >= THRESHOLDS.unknown &&
      score < THRESHOLDS.answer + POLICY.unknownOverAnswer &&
      // (or the match rests on question words alone: "花木节什么时候开" matched 什么时候 and nothing else)
      (count >= POLICY.unknownMinCount || score < THRESHOLDS.answer || !knowsAWord(kn, u.focus))
    ) {
      // a day named ("绵阳今天空气质量怎么样"): the report's passage on monthly air-quality notices does not answer it
      // and the question must keep a known word besides the domain's own that every passage shares
      // ("能撤回申请吗": 撤回 is unknown, and a passage matched on 申请 alone does not answer it)
      // and a how-much question with no unit counts what it names: a word the report does not know ("财政收入是
      // 多少") is in no passage, so none can give its number ("刊发了多少篇稿件" names its unit: a passage may)
      const unitless = u.quantity && !UNIT_ASKED.test(u.norm);
      const found = A_DAY.test(u.norm) || !knownTellingWord(kn, u.focus) || unitless ? undefined : passage(kn, u, state, POLICY.unknownPassageCoverage);
      // (a report named, and a phrase of the question its text holds word for word — "村超村BA": the sentences holding it)
      // (only a question about what the report says, 年报/报告 named — never a day's weather of a place an office is named after)
      const r = !found && REPORT_POINTED.test(u.norm) && !A_DAY.test(u.norm) ? pickReport(kn, u.slots, state).report : undefined;
      // (the phrase of the asking clause: a message quoting the report before it asks something else, "报告说推进81家…，那…支出总额
      // 是多少", asks nothing the quote holds)
      const said = r ? verbatimSentences(r, lastAskingClause(withoutSlots(u))) : undefined;
      if (r && said) return sentencesAnswer(r, said);
      return found ?? { kind: 'fallback', reason: 'unknown', confidence: score };
    }
    return undefined;
  },
};

/** The last clause of a message that asks (the last one when none does). */
function lastAskingClause(text: string): string {
  const clauses = text.split(CLAUSE_SPLIT).filter((c) => c.trim());
  return [...clauses].reverse().find((c) => ASKING_WORDS.test(c)) ?? clauses.at(-1) ?? text;
}
/** Words that ask. */
const ASKING_WORDS = /吗|呢|怎么|为什么|为啥|什么|啥|哪|几|多少|谁/;

/** The report pointed at as what the question is about ("年报里", "这份报告"). */
const REPORT_POINTED = /年报|报告/;

/** Words only the report uses, this many in a question, make it the report's matter. */
const REPORT_WORDS_OWN_MATTER = 2;

export const unknownTopic: Rule = {
  name: 'unknown-topic',
  doc: 'A word neither intents nor reports know (离婚), no word of the domain (申请, 信息, 报告, 电话 …), no figure, no report named and no conversation to continue: another matter — the fallback.',
  decide: (u, state, kn) => {
    const score = topScore(u);
    // (small talk read confidently is small talk, whatever word it holds: "太感谢了，帮我大忙了")
    if (top(u)?.item.topic === SMALLTALK_TOPIC && score >= THRESHOLDS.answer) return undefined;
    // (two words or more only the report uses, "荣市街道办那个新媒体账号为啥要改名": its matter, whatever word it does not know)
    // (an out-of-scope word the report tells of counts as one: 城管 of its 区城管局《南岗城管e线》)
    if (u.unknown.count >= 1 && !u.metric && !namesReport(u) && !state.intent && !DOMAIN_ANCHOR.test(u.norm) && u.reportOnlyWords.length + heldOffTopic(kn, u, state) < REPORT_WORDS_OWN_MATTER) {
      return { kind: 'fallback', reason: 'unknown', confidence: score };
    }
    return undefined;
  },
};

/** Does the text hold a known word (an intent's or a report's) that is not one of the domain's own (申请, 公开 …)? */
function knownTellingWord(kn: Knowledge, text: string): boolean {
  return contentWords(text.replace(/zmetric/g, ' ')).some((w) => !domainWord(w) && (kn.vocab.has(w) || kn.classifier.knows(`w:${w}`)));
}

/** A count asked in a unit ("多少篇", "几个"). */
const UNIT_ASKED = /(?:多少|几)\s*[个件条篇人次场期家项份名批部套位]/;

/** Asking when, a question word too ("花木节什么时候开" knows no word of its own). */
const WHEN_WORDS: ReadonlySet<string> = new Set(['什么时候', '啥时候', '时候', '几时', '何时', '今年', '明年', '每年', '开始', '结束']);

/** Does the text hold a word of two or more characters that an intent example has (not a question word)? */
function knowsAWord(kn: Knowledge, text: string): boolean {
  return cut(text).some((w) => w.length >= 2 && !QUESTION_WORDS.has(w) && !WHEN_WORDS.has(w) && !STOPWORDS.has(w) && kn.classifier.knows(`w:${w}`));
}

export const officialPerson: Rule = {
  name: 'official-person',
  doc: 'Asks about an official by title (区长叫什么, 局长电话): the report does not name officials — the fallback with the office phone, never the bot\'s own identity or the office phone as if it were theirs.',
  decide: (u) => (OFFICIAL_ASKED.test(u.norm) && !OFFICIAL_IN_REPORT_SENSE.test(u.norm) ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined),
};

/** The bot's own judgement asked of offices or their work ("你觉得哪个单位信息公开做得更好", "哪家干得最差", "给他们打个分"). */
const JUDGEMENT_ASKED = /(?:你|您)(?:觉得|认为|看|说)[^。？?]{0,24}(?:哪个|哪家|哪一个|哪一家|谁)[^。？?]{0,16}(?:更|最|比较)?(?:好|强|差|到位|出色|优秀|靠谱|厉害)|(?:哪个|哪家|哪一个|哪一家|谁)[^。？?]{0,16}(?:做得|干得|搞得|弄得)(?:更|最|比较)?(?:好|差|强|到位|出色)|(?:你|您)(?:给|帮)?[^。？?]{0,10}(?:打(?:个)?分|评(?:个)?分|点评一下|评价一下)/;

export const judgementAsked: Rule = {
  name: 'judgement-asked',
  doc: 'The bot\'s own judgement asked of offices or their work ("铁岭市政府和景德镇公路中心，你觉得哪个单位信息公开做得更好"): the fallback — the bot tells what the reports say and ranks no one; never the nearest intent (哪个单位 → where to apply).',
  decide: (u) => (!u.metric && JUDGEMENT_ASKED.test(u.norm) ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined),
};

/** A complaint about someone else's conduct: neighbours, noise, property managers, shops (not an office's answer). */
const OTHERS_CONDUCT = /邻居|楼上|楼下|装修|噪音|扰民|吵死|物业|小区|商家|店铺|饭店|外卖|快递|出租车|网约车|工地|广场舞|宠物|狗/;
/** Words of disclosure itself: with them, a complaint may well be about an office's handling of a request. */
const DISCLOSURE_WORDS = /信息公开|政务公开|申请|答复|年报|报告|条例|不予公开|不公开/;

export const otherMatterComplaint: Rule = {
  name: 'other-matter-complaint',
  doc: 'A complaint about someone else\'s conduct ("楼上邻居半夜装修吵死了，我要投诉他，你们管不管"), no word of disclosure: another matter — the fallback with the phone, never the remedies against an office.',
  decide: (u) => {
    if (u.metric || namesReport(u) || !/投诉|举报|告他|管不管|管管/.test(u.norm) || !OTHERS_CONDUCT.test(u.norm) || DISCLOSURE_WORDS.test(u.norm)) return undefined;
    return { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) };
  },
};


/** Pay or benefits withheld by an employer ("夜班补贴…科室一直拖着不给", "拖欠工资"): a labour matter, not disclosure. */
const PAY_WITHHELD = /(?:工资|薪水|补贴|奖金|加班费|绩效|津贴|补助|社保|公积金)[^。？?]{0,14}(?:不给|拖着|拖欠|不发|没发|克扣|扣了)|(?:拖欠|克扣|欠)(?:我的?)?(?:工资|薪水|补贴|奖金|加班费|绩效|津贴)/;

export const payWithheld: Rule = {
  name: 'pay-withheld',
  doc: 'Pay or benefits an employer withholds ("医院夜班补贴…科室一直拖着不给咋办"), no word of disclosure: a labour matter — the fallback with the phone, never the remedies against an office.',
  decide: (u) => (u.metric || namesReport(u) || !PAY_WITHHELD.test(u.norm) || DISCLOSURE_WORDS.test(u.norm) ? undefined : { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) }),
};

/** A document of another matter the asker wants written for them ("帮我写个离婚起诉书", "替我起草一份合同"). */
const DRAFT_FOR_ME = /(?:帮|替|给)(?:我|俺|咱)?(?:写|起草|拟|代写|弄)(?:一下|下)?(?:个|一个|份|一份|篇|一篇|张)?[^，,。？?！!]{0,8}?(?:起诉书|起诉状|诉状|状子|答辩状|上诉状|合同|协议|遗嘱|欠条|借条|检讨|作文|论文|作业|简历|离婚)/;

export const draftForMe: Rule = {
  name: 'draft-for-me',
  doc: 'A document of another matter asked to be written for the asker ("你能帮我写个离婚起诉书吗"): the fallback — the bot writes no one\'s documents; never the suits counted in table 四 that 起诉 names.',
  decide: (u) => (DRAFT_FOR_ME.test(u.norm) ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined),
};

/** Who the applicants were, asked by name ("那15个人都是谁，把名单发我", "申请人叫什么名字"): no report names them. */
// (what kind of people the applicants were, "申请人都是哪些人", is the count by kind of applicant: only the people counted
// before, "那15个人都是哪些人", are asked by name)
const APPLICANTS_NAMED = /(?:申请人|申请的人|提申请的)[^。？?]{0,12}(?:都是谁|是谁|名单|名字|叫什么|姓名|身份证号)|(?:那\d+个人|这\d+个人|这些人|那些人)[^。？?]{0,12}(?:都是谁|是谁|是哪些人|名单|名字|叫什么|姓名|身份证号)|(?:申请人|申请的人)[^。？?]{0,6}(?:的)?(?:电话|手机|住址)/;

export const applicantsNamed: Rule = {
  name: 'applicants-named',
  doc: 'Who the applicants were, asked by name ("申请信息公开的那15个人都是谁，把名单发我"): the fallback — reports count applicants, never name them; not the count the words 申请 and 15 point at.',
  decide: (u) => (APPLICANTS_NAMED.test(u.norm) ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined),
};

/** A licence or permit of the asker's own ("食品经营许可证", "营业执照", "资格证"). */
const OWN_PERMIT = /许可证|执照|证照|经营许可|资格证/;
/** What one does with a licence at its issuing office: renew, replace, change, cancel ("快到期了", "办理延续", "换证"). */
const PERMIT_SERVICE = /到期|过期|延续|续期|续证|换证|换发|年检|年审|补办|补证|注销|变更|遗失|丢了|吊销/;

export const permitService: Rule = {
  name: 'permit-service',
  doc: 'A licence of the asker\'s own to renew, replace or change ("食品经营许可证快到期了，怎么办理延续"), or a life event to register or a document of one\'s own to get ("办结婚登记要怎么预约", "残疾证在哪办"), no word of disclosure: another office\'s service — the fallback, not how to apply for information nor table 二\'s licences or 办结.',
  // (the words as typed: 到期 is read as 期限, a word of the domain)
  decide: (u) => (anotherServiceAsked(u) ? { kind: 'fallback', reason: 'off-topic', confidence: topScore(u) } : undefined),
};

/** A licence, a registration or a document of the asker's own to get done, no word of disclosure (permit-service). */
export function anotherServiceAsked(u: Understanding): boolean {
  const service = (OWN_PERMIT.test(u.norm) && PERMIT_SERVICE.test(u.text)) || (CIVIL_REGISTRATION.test(u.norm) && REGISTRATION_DONE.test(u.norm) && !RECORDS_OF_IT.test(u.norm)) || (OWN_DOCUMENT.test(u.norm) && DOCUMENT_GOT.test(u.norm) && !RECORDS_OF_IT.test(u.norm));
  // (or a benefit applied for, "怎么申请招商引资的优惠政策": the scheme's own office decides it, no information is asked)
  // (the words as typed: the rewriter drops words before 政策 that no intent knows)
  if (BENEFIT_APPLIED.test(u.text) && !DISCLOSURE_NAMED.test(u.text)) return true;
  return service && !DOMAIN_SUBJECT.test(u.text);
}

/** A benefit applied for ("申请…优惠政策", "申请补贴", "申报扶持资金"). */
const BENEFIT_APPLIED = /(?:申请|申报|申领|享受)[^，。？?；;要把给让叫]{0,10}(?:优惠政策|补贴|补助|奖励资金|扶持资金|奖补|减免|贴息)/;
/** Disclosure named ("信息公开", "公开", "文件"): the documents of a benefit may be information to request. */
const DISCLOSURE_NAMED = /公开|政府信息|文件|档案|记录|名单|依申请|情况|汇总|明细/;

/** A registration of one's own life event ("结婚登记", "办离婚"): another office's service, not information to request. */
const CIVIL_REGISTRATION = /(?:结婚|离婚|婚姻|出生|收养)登记|办(?:理)?(?:结婚|离婚)|领(?:结婚|离婚)?证/;
/** A document of one's own another service issues ("残疾证", "护照"): how to get it is that service's matter. */
const OWN_DOCUMENT = new RegExp(`${SERVICE_DOCUMENT.source}|残疾(?:人)?证|老年(?:人)?证|准生证|户口本`);
/** Getting the document ("怎么办理", "去哪补办", "申领"), not bringing it along ("要不要带身份证"). */
const DOCUMENT_GOT = /办理|补办|换领|申领|预约|(?:怎么|如何|去哪|在哪|哪里)(?:里|儿)?(?:办|换|领)/;
/** How to get it done ("要怎么预约", "要带什么", "在哪办"). */
const REGISTRATION_DONE = /预约|怎么办|如何办|在哪(?:里|儿)?办|要带|带什么|需要什么|什么材料|流程|手续/;
/** Its records asked, which may be information to request ("婚姻登记档案"). */
const RECORDS_OF_IT = /档案|记录|资料|信息/;
