/** Rule for several contact details asked at once ("电话和邮编分别是多少", "电话多少，几点上班"). */
import { APPLY_VERB, CLAUSE_SPLIT, CONTACT_ALL, CONTACT_FIELD_NOUNS, DOMAIN_SUBJECT, HOURS_ASKED, NOT_WANTED, OFFICIAL_ASKED } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import { askedClauses, choice, clauseSaid, intentDecision, top } from './helpers.js';
import type { Rule } from './types.js';
import { pickReport } from '../select.js';

/** The topic of the contact intents (intents/contact.yml). */
const CONTACT_TOPIC = 'contact';

export const contactFieldsAsked: Rule = {
  name: 'contact-fields-asked',
  doc: 'Two or more contact details named at once ("电话和邮编分别是多少", "电话多少，几点上班"), no figure and no official: the whole contact block, whatever "分别是多少" matched; one detail of two offices or more ("A和B的电话分别是多少"): that detail.',
  decide: (u, _state, kn) => {
    // (words of another matter say whose contact is wanted, unless the details are asked for outright: "地址和电话发我一下呗，
    // 下周带团过去顺便办点事" — the asker's plan)
    if (u.metric || OFFICIAL_ASKED.test(u.norm) || (u.unknown.count >= POLICY.otherMatterUnknownWords && !DETAIL_WANTED.test(u.norm))) return undefined;
    // a contact intent read first is made exact by the details it names (helpers.ts contactChoice)
    const t = top(u);
    // (read too weakly to answer, "…地址和电话发我一下呗，下周带团过去顺便办点事": the details named decide)
    // (unless an intent of another topic comes close, "联系电话和邮编分别是多少" against 结果分别是多少: the details named decide)
    if (t && t.item.topic === CONTACT_TOPIC && !t.item.fallback && t.score >= THRESHOLDS.clarify && !otherTopicClose(u, kn)) return undefined;
    // the details the asking clauses name, not those said not wanted ("我不太想打电话")
    const asking = askedClauses(u.norm).replace(NOT_WANTED, ' ');
    const named = CONTACT_FIELD_NOUNS.filter(([re]) => re.test(asking));
    const fields = named.length;
    // one detail of two offices or more ("吉林市卫健委和周家桥街道办的电话分别是多少"): that detail of each
    if (fields === 1 && u.slots.offices.length >= 2 && !HOURS_ASKED.test(u.norm)) {
      const field = kn.byId.get(named[0]![1]);
      return field && { kind: 'intent', intent: field, confidence: Math.max(u.candidates.find((c) => c.item === field)?.score ?? 0, THRESHOLDS.answer) };
    }
    if (fields < 1 || fields + (HOURS_ASKED.test(u.norm) ? 1 : 0) < 2) return undefined;
    const all = kn.byId.get(CONTACT_ALL);
    if (!all) return undefined;
    return { kind: 'intent', intent: all, confidence: Math.max(u.candidates.find((c) => c.item === all)?.score ?? 0, THRESHOLDS.answer) };
  },
};

/** Two intents within the close-call margin, one of them of another topic than contact (the kind of the question may have put it first). */
function otherTopicClose(u: Parameters<Rule['decide']>[0], kn: Parameters<Rule['decide']>[2]): boolean {
  const { best, close, runnerUp } = choice(u, kn);
  return Boolean(close && best && runnerUp && (best.item.topic !== CONTACT_TOPIC || runnerUp.item.topic !== CONTACT_TOPIC));
}

/** A contact detail asked for without a question word ("信息科电话发一下", "地址给我", "把邮箱告诉我", "给个人工电话"). */
// (我 as 额/俺 say it, "网址给额言传一哈")
// (or checked by staff, "联系地址和电话再帮我确认一遍"; or which one to give a citizen, "咱给他留哪个电话"; or asked for formally,
// "请提供…年报中公布的联系邮箱"; or wanted by someone at the window, "大爷要咱信息科的电话…发群里一下")
export const DETAIL_WANTED = /(?:电话|号码|地址|邮编|邮箱|传真|网址)[^。？?]{0,12}发(?:到|在)?群里|(?:要|问我要|找我要)(?:咱|咱们|我们|你们|他们)?[\u4e00-\u9fa5]{0,6}的(?:电话号?|号码|地址|邮编|邮箱|传真)(?![\u4e00-\u9fa5])|(?:电话|号码|地址|邮编|邮箱|传真|网址)[^，。？?]{0,8}(?:确认|核对|核实|校对|核一下)|(?:电话|号码|地址|邮编|邮箱|传真|网址)[^，。？?]{0,4}(?:发(?:一下|下|我|过来|给我)|给(?:我|额|俺|一下|一个|个)|告诉我|说一下|说下|讲一下|讲下|报一下|报下)|(?:发|给|告诉)(?:我|额|俺)[^，。？?]{0,6}(?:电话|号码|地址|邮编|邮箱|传真|网址)|(?:给|要|留)我?(?:个|一个)(?:人工|联系|咨询|办公)?(?:电话|号码|邮箱)|(?:给|留|告诉)(?:他|她|群众|对方|人家|他们|老百姓|市民)?(?:留)?(?:哪个|什么|啥)(?:电话|号码|邮箱)|(?:请|麻烦)?提供[^，。？?]{0,20}(?:电话|号码|地址|邮编|邮箱|传真|网址)[。.!！]?$/;

/** The website wanted as a detail ("网址给我"): the other details' rules do not read it, this one does. */
const WEBSITE_NOUN: [RegExp, string] = [/网址|网站地址/, 'contact.website'];

/** Applying by phone asked ("能不能直接打电话说一下就行", "电话里讲一下算不算申请") — not the office phoning ("打电话说我的申请要延期"). */
const APPLY_BY_PHONE = /(?:能不能|可不可以|可以|能否|是否可以)[^。？?]{0,6}(?:打电话|电话里|电话上|用电话)(?:说|讲|报|提|申请)|(?:打电话|电话里|电话上)(?:说|讲|报|提)[^。？?]{0,6}(?:就算|算不算|算数|就行|行不行|可以吗)/;

/** The intent of applying by phone, WeChat or text message (intents/procedure.yml). */
const OTHER_CHANNEL = 'procedure.other-channel';

export const applyByPhone: Rule = {
  name: 'apply-by-phone',
  doc: 'Applying by phone asked ("申请信息公开能不能直接打电话说一下就行"): whether a call is a request (procedure.other-channel), not the phone number.',
  decide: (u, _state, kn) => {
    const intent = kn.byId.get(OTHER_CHANNEL);
    return intent && !u.metric && APPLY_BY_PHONE.test(u.norm) ? { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer) } : undefined;
  },
};

export const contactDetailWanted: Rule = {
  name: 'contact-detail-wanted',
  doc: 'One contact detail asked for without a question word ("信息科电话发一下，有个申请人要打过去", "地址给我"), no figure and no official: that detail, whatever the rest of the message says about why it is wanted.',
  decide: (u, _state, kn) => {
    // (words of another matter say whose contact is wanted — unless the message is about this one's: "群众问年报的事儿")
    if (u.metric || OFFICIAL_ASKED.test(u.norm) || (u.unknown.count >= POLICY.otherMatterUnknownWords && !DOMAIN_SUBJECT.test(u.norm))) return undefined;
    const asked = u.norm.replace(NOT_WANTED, ' ');
    const m = DETAIL_WANTED.exec(asked);
    if (!m) return undefined;
    // (one detail in the whole message: "地址和电子邮箱发我一下" names two, the contact block answers)
    const fields = [...CONTACT_FIELD_NOUNS, WEBSITE_NOUN].filter(([re]) => re.test(asked));
    // (and no other detail asked elsewhere in the message)
    const elsewhere = [...CONTACT_FIELD_NOUNS, WEBSITE_NOUN].filter(([re]) => re.test(u.norm.replace(NOT_WANTED, ' ').replace(/打(?:个|一个)?电话/g, ' ')));
    if (elsewhere.length > fields.length) return undefined;
    if (fields.length !== 1) return undefined;
    const intent = kn.byId.get(fields[0]![1]);
    if (!intent) return undefined;
    return { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer) };
  },
};

/** Where an office is, asked right after its name ("南岗区政府办公室搁哪里呢", "区政府办在哪儿"). */
// (or its section's, "…办公室信息科在哪儿办公"; the asker's next clause may follow unmarked, "信息科搁哪里呢俺想过去一趟",
// "搁哪旮旯呢咋去啊")
// (the section may be an office in short, "大石街道党政办在哪里哦")
const OFFICE_WHERE = /^的?(?:\p{Script=Han}{1,6}?(?:科|处|股|室|中心|办))?(?:在|搁|位于|坐落在)?(?:哪里|哪儿|什么地方|啥地方|哪个位置|(?<=在)哪)(?:办公|上班)?(?:呢|啊|呀|嘛|哦|哈)?(?:[,，?？。!！]|$|(?=[俺我咱](?:们)?(?:想|要|准备|打算|得|好|找|问|去|过去|来))|(?=(?:要|想)?(?:去|过去)?(?:怎么|咋|如何)(?:去|走|过去|到)))/u;
/** Where "that place" is, in a clause of its own after the office was named ("…想去南岗区政府办问点事儿，那旮旯在哪儿啊"). */
const POINTED_WHERE = /^(?:那|这)(?:个)?(?:旮旯|嘎达|疙瘩|地方|地儿|儿|里|单位)?(?:在|搁)?(?:哪里|哪儿|哪)(?:呢|啊|呀)?[?？]?$/;
/** The address intent (intents/contact.yml). */
const ADDRESS = 'contact.address';

export const officeWhereAsked: Rule = {
  name: 'office-where-asked',
  doc: 'Where a loaded office is, asked right after its name ("大侄儿啊，俺想问问南岗区政府办公室搁哪疙瘩呢？俺要过去问点事儿"), no figure: its address, whatever the story around it says.',
  decide: (u, state, kn) => {
    if (u.metric || u.slots.offices.length > 1 || u.slots.unknownOffices.length) return undefined;
    // (another detail asked beside it, "在哪办公，邮编是多少", "在哪，电话多少": the rules of the details answer both)
    if (CONTACT_FIELD_NOUNS.some(([re, id]) => id !== ADDRESS && re.test(u.norm))) return undefined;
    const intent = kn.byId.get(ADDRESS);
    // (no office named: the section the report's contact names, opening a clause — "信息科在哪？赶时间")
    const asked = u.slots.offices.length
      ? u.slots.spans.some((sp) => OFFICE_WHERE.test(u.norm.slice(sp.end))) || u.norm.split(CLAUSE_SPLIT).some((c) => POINTED_WHERE.test(c.trim()))
      : contactSectionWhere(u.norm, pickReport(kn, u.slots, state).report?.contact.department);
    return intent && asked ? { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer) } : undefined;
  },
};

/** The last section of a contact department, after the office's own name ("…办公室信息科" → 信息科, "…局政务公开股" → 政务公开股). */
const CONTACT_SECTION = /(?:室|局|府|办|委|会|院|厅|所)([^室局府办委会院厅所]{1,6}(?:科|股|处|中心))$/u;

/** A clause opening with the section the report's contact department ends with, then where it is ("信息科在哪？"). */
function contactSectionWhere(norm: string, department: string | undefined): boolean {
  const section = department ? CONTACT_SECTION.exec(department.replace(/[（(][^）)]*[）)]$/, ''))?.[1] : undefined;
  // (three characters at least: "信息科", not a bare "科")
  if (!section || section.length < 3) return false;
  const at = norm.split(CLAUSE_SPLIT).map((c) => c.trim()).find((c) => c.startsWith(section));
  return at !== undefined && OFFICE_WHERE.test(at.slice(section.length));
}

/** One contact detail right after the office's name ("博湖县卫健委办公室的电话，多少嘛", "区政府办邮编是多少"): a section of it may stand between. */
const DETAIL_AFTER_OFFICE = /^(?:\p{Script=Han}{1,6}?(?:科|处|股|室|中心))?的?(?:咨询|联系|办公)?(电话|号码|邮编|邮箱|传真)/u;
/** The detail asked in so many words after it ("多少", "是什么", "发我", a question mark). */
const DETAIL_ASKED = /多少|几号|是什么|是啥|啥|哪个|发我|给我|告诉|说一下|[?？]/;

/** The web address asked beside a detail ("网址", "网站", "下载链接"). */
const WEB_ADDRESS = /网址|网站|链接/;

export const officeDetailAsked: Rule = {
  name: 'office-detail-asked',
  doc: 'One contact detail of a loaded office asked right after its name ("我家丫头子让我问一下博湖县卫健委办公室的电话，多少嘛"), no figure: that detail, whatever words of the story the bot does not know.',
  decide: (u, _state, kn) => {
    if (u.metric || u.slots.offices.length !== 1 || u.slots.unknownOffices.length || !DETAIL_ASKED.test(u.norm)) return undefined;
    const said = u.slots.spans.map((sp) => DETAIL_AFTER_OFFICE.exec(u.norm.slice(sp.end))?.[1]).find(Boolean);
    const id = said ? CONTACT_FIELD_NOUNS.find(([re]) => re.test(said))?.[1] : undefined;
    // (one detail only: two named are the whole block's, contact-fields-asked)
    // (nor one beside the web address, "电话和年报下载网址一起发我", which no field noun counts)
    if (!id || CONTACT_FIELD_NOUNS.filter(([re]) => re.test(u.norm)).length !== 1 || WEB_ADDRESS.test(u.norm)) return undefined;
    return intentDecision(u, kn, id, THRESHOLDS.answer);
  },
};

/** Which body to turn to ("找哪个单位", "问哪个部门", "联系谁"). */
const WHICH_BODY = /(?:找|问|联系|咨询|打给)(?:哪个|哪家|什么|哪一个)(?:单位|部门|机构|科室|科)|(?:找|问|联系)谁/;
/** A doubt or an enquiry about the report or the work, not a request to make ("有疑问", "不明白", "咨询", "有什么问题"). */
// (or "有啥问题该找哪个部门": a problem of one's own, whatever it is)
const ENQUIRY = /疑问|疑惑|不明白|不清楚|看不懂|有(?:什么|点|些)?问题|咨询|打什么电话|问问/;
/** The department intent (intents/contact.yml). */
const DEPARTMENT = 'contact.department';

export const enquiryOfficeAsked: Rule = {
  name: 'enquiry-office-asked',
  doc: 'Which body to ask about a doubt ("对随县的年报有疑问，应该找哪个单位？"), no applying said: the office\'s contact department (with its phone when asked too), never where a request goes.',
  decide: (u, _state, kn) => {
    if (u.metric || !WHICH_BODY.test(u.norm) || !ENQUIRY.test(u.norm) || APPLY_VERB.test(u.norm) || OFFICIAL_ASKED.test(u.norm)) return undefined;
    const phone = CONTACT_FIELD_NOUNS.some(([re, id]) => id !== 'contact.address' && re.test(u.norm));
    return intentDecision(u, kn, phone ? CONTACT_ALL : DEPARTMENT, THRESHOLDS.answer);
  },
};

/** The asker cannot phone ("耳朵听不见", "打不了电话", "说不了话"): a way of contact other than the phone is wanted. */
// ("打不了" alone only at a clause's end: "打不了标点" is typing)
const CANNOT_CALL = /听不见|听不到|耳聋|聋|打不了电话|打不了(?=[\s,，。!！?？]|$)|不能打电话|没法打电话|不方便打电话|说不了话|不会说话|哑/;
/** How to reach the office asked ("怎么联系", "联系方式", "咋找他们"), or nothing else said after a contact answer. */
// (or how else to ask, "还能咋咨询", "别的咨询方式")
const REACH_ASKED = /联系|找(?:他们|你们|谁|哪)|怎么(?:找|办|弄)|咋(?:找|办|弄)|还有(?:别的|其他)(?:办法|方式|途径)|(?:咋|怎么|如何|还能|还可以)(?:咨询|问|反映)|(?:别的|其他|其它)(?:咨询)?(?:办法|方式|途径|渠道)/;

export const callFreeContact: Rule = {
  name: 'call-free-contact',
  doc: 'The asker cannot phone ("耳朵听不见 打不了电话…怎么联系", or "我 听不见 打不了" right after the phone was given): every contact detail of the office — address, post code, web address — not the phone alone.',
  decide: (u, state, kn) => {
    if (u.metric || !CANNOT_CALL.test(u.norm)) return undefined;
    const afterContact = !!state.intent?.startsWith('contact.');
    if (!REACH_ASKED.test(u.norm) && !afterContact) return undefined;
    return intentDecision(u, kn, CONTACT_ALL, THRESHOLDS.answer);
  },
};

/** Which unit is responsible for the work asked ("哪个机构负责受理依申请公开", "信息公开归哪个科室管"). */
// (or whom to see about the report, "年报的事具体找镇上哪个办公室"; or which office runs it, "是哪个办公室管着")
// (or who does the work, "信息公开这摊具体谁在管")
const RESPONSIBLE_ASKED = /(?:哪个|哪一个|哪家|什么)(?:机构|部门|科室|科|处室|股室|办公室)(?:来)?(?:负责|受理|主管|牵头|管)|(?:年报|报告|信息公开|政务公开)的?事[^，。？?]{0,8}找[^，。？?]{0,4}(?:哪个|哪一个|什么)(?:机构|部门|科室|科|处室|股室|办公室|单位)|(?:归|由)(?:哪个|哪一个|哪家|什么)(?:机构|部门|科室|科|处室)(?:来)?(?:管|负责|主管)|(?:信息公开|政务公开|公开工作)[^，。？?]{0,6}?(?:具体)?(?:是|由|归)?谁(?:来|在)?(?:干|做|管|负责|办|弄|搞|抓)/;
/** A unit named as the one leading or in charge of the work ("明确办公室为牵头科室", "由党政办作为主管部门"). */
const UNIT_NAMED_RESPONSIBLE = /(?:科|室|股|中心|办)\s*(?:为|是|作为)[^，,。；;\n]{0,16}?(?:主管|牵头|责任)(?:科室|部门|机构)/;
/** A unit said to lead or run the disclosure work ("由街道综合办公室牵头政府信息公开工作", "由党政办负责政务公开工作"). */
// (or the work named first, "政务公开等工作分别由街道党政综合办公室牵头负责实施")
export const UNIT_LEADS_WORK = /由[^，,。；;由]{0,12}(?:科|室|股|中心|办)(?:牵头|负责|主管)(?:全[^，,。；;]{0,3})?(?:政府信息公开|信息公开|政务公开)|(?:政府信息公开|信息公开|政务公开)[^，,。；;]{0,12}由[^，,。；;由]{0,12}(?:科|室|股|中心|办)(?:牵头|负责|主管)/;
/** A count asked beside it ("哪个部门受理的申请最多", "几件"): a figure, not the unit. */
const COUNT_BESIDE = /多少|几件|几个|几条|最多|最少/;

export const responsibleUnitAsked: Rule = {
  name: 'responsible-unit-asked',
  doc: 'Which unit is responsible for the work ("哪个机构负责受理依申请公开的", "信息公开工作归哪个科室管"), no count asked: the department the report names, not the requests\' count its words name.',
  decide: (u, state, kn) => {
    if (!RESPONSIBLE_ASKED.test(u.norm) || COUNT_BESIDE.test(u.norm)) return undefined;
    // (the report names the unit in a sentence of its own, "我中心明确办公室为牵头科室": that clause, as the report says it)
    const r = pickReport(kn, u.slots, state).report;
    // (the unit the contact block names, none other: "各科室为本科室职能范围…的责任机构" names no unit to contact)
    const unit = r?.contact.department;
    // (or, when it prints no contact unit, the unit it says leads the work: "由街道综合办公室牵头政府信息公开工作")
    const names = (c: string) => (!!unit && UNIT_NAMED_RESPONSIBLE.test(c) && c.includes(unit)) || (!unit && UNIT_LEADS_WORK.test(c));
    return (r && clauseSaid(r, names)) || intentDecision(u, kn, DEPARTMENT, THRESHOLDS.answer);
  },
};


/** Whether the report prints a contact detail ("年报里有写邮箱吗", "报告上有没有留传真"), or that detail as printed wanted ("…的联系电话，把年报里写的发我一下"). */
const PRINTED_ASKED = /(?:年报|报告)[^，。？?]{0,4}(?:有没有|有)?(?:写|列|公布|留|登)(?:了|有|出)?[^，。？?]{0,4}(?:电话|号码|地址|邮编|邮箱|传真|网址)|(?:电话|号码|地址|邮编|邮箱|传真|网址)[^。？?]{0,16}(?:把)?(?:年报|报告)[^，。？?]{0,3}(?:写|留|公布|登)的[^，。？?]{0,4}(?:发|给|告诉)/;

export const fieldPrintedAsked: Rule = {
  name: 'field-printed-asked',
  doc: 'Whether the report prints one contact detail ("年报里有写邮箱吗"): that detail\'s answer — the detail, or that the report gives none — not another line of the report its words ("年报里…写") match.',
  decide: (u, _state, kn) => {
    if (u.metric || !PRINTED_ASKED.test(u.norm)) return undefined;
    const fields = [...CONTACT_FIELD_NOUNS, WEBSITE_NOUN].filter(([re]) => re.test(u.norm));
    if (fields.length !== 1) return undefined;
    return intentDecision(u, kn, fields[0]![1], THRESHOLDS.answer);
  },
};

/** One contact detail put right for another ("不是电话，是地址", "不要邮箱，我要的是传真"): the second is wanted. */
const DETAIL_PUT_RIGHT = /(?:不是|不要|不用)(?:打)?(?:电话|号码|地址|邮编|邮箱|传真|网址)[^，。？?]{0,3}[，,\s]*(?:我)?(?:要的|问的|想要的|想问的|要)?(?:是)?(电话|号码|地址|门牌|邮编|邮政编码|邮箱|传真)/;

export const detailPutRight: Rule = {
  name: 'detail-put-right',
  doc: 'One contact detail put right for another ("不是电话，是地址，俺奶…打电话听不清，要自己去"): the detail wanted, whatever else the story says of the one not wanted.',
  decide: (u, _state, kn) => {
    const wanted = DETAIL_PUT_RIGHT.exec(u.norm)?.[1];
    const id = wanted ? CONTACT_FIELD_NOUNS.find(([re]) => re.test(wanted))?.[1] : undefined;
    return id && !u.metric ? intentDecision(u, kn, id, THRESHOLDS.answer) : undefined;
  },
};

/** Clauses at least in a message told as a story before its ask ("我是…老住户，…不知道该找谁，你就告诉我街道电话多少"). */
const STORY_MIN_CLAUSES = 3;

export const contactWantedAfterStory: Rule = {
  name: 'contact-wanted-after-story',
  doc: 'A story told and then one contact detail asked for outright in its last asking clause ("…也不知道该找谁，你就告诉我街道电话多少，我先打个电话问问"): that detail — the story\'s words (申请, 找谁) read no procedure question the asker did not ask.',
  decide: (u, _state, kn) => {
    if (u.metric || OFFICIAL_ASKED.test(u.norm) || u.slots.unknownOffices.length) return undefined;
    // (only where the story's words read another topic: a contact intent read first answers the details as it reads them —
    // "地址在哪，…邮编也告诉我" is both)
    if (top(u)?.item.topic === CONTACT_TOPIC) return undefined;
    const clauses = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim());
    if (clauses.length < STORY_MIN_CLAUSES) return undefined;
    // (the last clause that asks — or the one before a closing remark, "我先打个电话问问")
    let at = -1;
    for (let i = clauses.length - 1; i >= 0 && at < 0; i--) if (DETAIL_WANTED.test(clauses[i]!.replace(NOT_WANTED, ' '))) at = i;
    if (at < 0 || at < clauses.length - 2 || clauses.slice(at + 1).some((c) => ASKED_AFTER.test(c))) return undefined;
    // (one detail named in that clause — not whether one may phone or apply so, "可以直接打电话口头说一下吗")
    const asked = clauses[at]!.replace(NOT_WANTED, ' ');
    if (MAY_I.test(asked) || APPLY_BY_PHONE.test(u.norm)) return undefined;
    const fields = [...CONTACT_FIELD_NOUNS, WEBSITE_NOUN].filter(([re]) => re.test(asked));
    const intent = fields.length === 1 ? kn.byId.get(fields[0]![1]) : undefined;
    // (the story's years — "去年我们那片说要改造" — are no year of the report asked: the contact of the office named)
    const slots = { years: [], offices: u.slots.offices, unknownOffices: [], spans: [] };
    return intent && { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer), question: { norm: asked, slots, metric: undefined } };
  },
};
/** Whether the asker may do something, asked ("可以…吗", "能不能打电话"), or phoning itself said ("打个电话说一下"). */
const MAY_I = /吗|么|能不能|可不可以|能否|是否|可以|打(?:个|一个)?电话/;
/** A question of its own after the contact detail asked ("…电话多少，另外几点上班"). */
const ASKED_AFTER = /吗|呢|[?？]|多少|几|哪|什么|谁|怎么|如何|能不能|可不可以/;
