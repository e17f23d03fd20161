/**
 * The word patterns the understanding reads a question's kind and shape by, each with why it is there.
 * (Figure words are data: intents/figures.yml. Report and year names: src/understand/slots.ts.)
 */

/** Asks for a count or a yes/no about the report's figures. */
// (or one of two numbers offered, "是80还是86", "80条还是86条": which count it is)
// (数据 as a field, "数据开放方面的文件", "数据管理局", asks no figure)
// (or a figure worked out, "予以公开率（予以公开÷新收）算一下": what it comes to is a quantity)
export const QUANTITY = /÷|除以|(?:算一下|算算|算下|计算一下)(?=[？?。！!]*$)|多少|(?<![十百千万])几(?![十百千万])[件个次条起项家]?|数量|数目|总数|统计|数据(?!开放|管理|共享|资源|安全|中心|局|治理|要素|产业)|有没有|是否有|几多|金额|过没有|没有过|是不是|对不对|对吗|\d+\s*[件个次条起项家份期]?\s*还是\s*\d+/;
/** "几天内" / "多久" ask for a duration (a procedure), not for a count in the report (one pattern: kind.ts). */
import { DURATION } from '../understand/kind.js';
export { DURATION };
/** Openings and endings that continue the conversation ("那…", "…呢", a bare "地址"). */
// (or a detail of the last figure, "具体分哪几种情况，各几件")
export const FOLLOW_UP = /^(那|那么|还有|另外|再问|再说|and|分别|各自|其中|占(?=[^，。？?]{0,12}(?:比例|多少|百分|几成))|(?:它们|它|这些|这几项|这几件|这两项|这两个|这两件|二者|两者)(?=[^，。？?]{0,16}(?:占|比例|多少|几|百分)))|^具体(?:分|是|有)|各(?:几|多少)[件个条项次]?[?？。!]*$|呢[?？。!]*$|^(地址|电话|邮编|邮箱|网址)[?？]*$/;
/** A clause with one of these asks something; the rest of a long message is story. */
export const ASKING = /吗|呢|\?|？|能不能|可不可以|是否|怎么|怎样|如何|多少|几|哪|什么|谁|告诉我|发我|发给我|请问|想问|想知道|问一下|顺便问|烦请|请告知|请提供/;
/** Each clause of a message with its question mark, if it ends with one (a question mark alone asks). */
export const CLAUSE_WITH_MARK = /[^,.?!;:。？！，；：\n]+[?？]?/g;
/** The clauses that ask (not the story or remarks around them), joined; the whole text when none asks. */
export function askedClauses(text: string): string {
  // each clause with its question mark, if it ends with one
  const clauses = (text.match(CLAUSE_WITH_MARK) ?? []).filter((c) => ASKING.test(c));
  return clauses.length ? clauses.join('，') : text;
}
/** The topic of greetings, thanks and goodbyes (intents/smalltalk.yml). */
export const SMALLTALK_TOPIC = 'smalltalk';
/** The topic of the out-of-scope examples (intents/out_of_scope.yml): other offices' matters, answered with the fallback. */
export const OUT_OF_SCOPE_TOPIC = 'out_of_scope';
/** Splits a long message into clauses. */
export const CLAUSE_SPLIT = /[,.?!;:。？！，；：\n]+/;
/** An answer to "您是想问：1. … 2. …": the option's number. */
export const CHOICE = /^(?:第)?([1-9一二三])(?:个|项|条)?[.。!]?$/;
/** What is left of a message that names only a report: "那2025年呢" after removing the year; "那个镇呢，凤凰镇": the kind, then the name; "2024年的情况呢": the same question of that year; "是银州区政府 那边也一样吗": the same question of that office; a correction, "不对 我是要潮海街道的". */
export const SLOT_ONLY_REST = /(?:那边|这边|那里|他们|它)?(?:也|都)(?:一样|同样|是这样|这样|相同)(?=[的呢吗?？。!\s]*$)|(?:那个|这个|那家|那)?(?:镇|乡|街道|区|县|市|局|旗|单位|部门)呢?[,，]|^(?:那)?(?:它们|它|该单位|该局|这家|那家)(?:的)?|^(?:那)?(?:同一项|同一个|同样|这一项|这项|这个数|这个)的?|(?:是|有|又是)?(?:多少(?:件|个|条|篇)?|几[件个条篇])(?=[呢吗?？。!\s]*$)|(?:^|那)(?:就)?(?:说|看|查|要|换)(?=\s|\d{4}年|去年|今年|前年|最新)|(?:那份|这份)?(?:年度报告|报告|年报)(?:上|里面|里|中)(?=[的呢吗?？。!\s]*$)|(?:那份|这份)?(?:年度报告|报告|年报)(?:上|里面|里|中)?(?:写的|写着|印的|登的)(?:是)?(?:哪个|哪一个|什么|多少|啥)?(?=[的呢吗?？。!\s]*$)|[的呢那么吗嘞咧哩嘛呀啊捏吧?？。!,，\s]|zmetric|(?:也|还)?(?:有没有|有)(?=[的呢吗?？。!\s]*$)|(?:数字|数据)(?=(?:有没有|有)?[的呢吗?？。!\s]*$)|(?:情况|情形)(?:怎么样|如何|咋样|怎样)?(?=[的呢吗?？。!\s]*$)|^(?:哦|噢|啊|呃|嗯)?[,，\s]*(?:不好意思|抱歉|对不起|sorry)?[,，\s]*(?:(?:我)?(?:打错了|写错了|说错了|搞错了|弄错了|记错了|看错了|听错了|输错了|不对|口误|错了|不是)[,，\s]*)*(?:我是说|我是要|我是问|我是想问|我说的是|我问的是|我要的是|我找的是|我要问|我要|我想要|我想问|要的是|应该是|换成|改成|是)?/g;
/** A share of the total ("予以公开率"): the total is given beside the row. */
export const RATE = /率|占比|比例|百分|比重|份额|占几成|几成|占多大|占多少|占了多少|占(?:总数|总量|全部|总计|新收|办结|所有|总申请数?|申请总数|全部申请)[^，。？?]{0,6}(?:多少|几成|多大)/;
/** "15件" / "那件": a count in the question marks it as about figures. */
export const COUNT_IN_QUESTION = /\d+\s*件|[那这].{0,3}件/;
/** Vague figure words that still mean requests ("收到多少申请"): not something else counted. */
// (or asking an office for its documents, as citizens say it: "找你们要政府文件资料")
export const ABOUT_REQUESTS = /申请|受理|要(?:政府)?(?:的)?(?:文件|资料|材料|信息)/;
/** Contact fields a question names: two or more → the whole contact block. */
export const CONTACT_WORDS: [RegExp, string][] = [
  [/(?<!传真\s?)(?:电话|号码)|热线|座机/, 'phone'], [/(?<!邮箱|邮件|网站|网页|网络|电子邮箱)(?:地址|在哪(?![个里儿]?(?:网站|网页|网|平台|下载|查阅|查看))|位置|地点)/, 'address'], [/邮编|邮政编码/, 'postcode'], [/邮箱|邮件/, 'email'], [/网址|网站|链接/, 'website'], [/传真/, 'fax'],
  // (the hours, asked in their own words: "几点开始办公", "上班时间" — not a bare 几点)
  [/办公时间|上班时间|工作时间|几点(?:钟)?(?:开始)?(?:办公|上班|下班|开门|关门)|(?:上班|办公|开门)(?:时间)?(?:是)?几点/, 'hours'],
];
/**
 * The one contact detail a question names, by its noun, and the intent that gives it: "报告里的电子邮箱"
 * is the e-mail even when "报告里的电话是多少" is the nearer example.
 */
export const CONTACT_FIELD_NOUNS: [RegExp, string][] = [
  [/(?<!传真\s?)(?:电话|号码)|热线|座机/, 'contact.phone'], [/(?<!邮箱|邮件|网站|网页|网络)(?:地址|门牌)|(?:办公室|你们|科室|信息科|单位)(?:是)?在哪(?!下载|查|看|申请|办理|办事)/, 'contact.address'], [/邮编|邮政编码/, 'contact.postcode'], [/邮箱|电子邮件|email|发邮件(?:发)?(?:到|给)(?:哪|什么地方)/i, 'contact.email'], [/传真/, 'contact.fax'],
];
/** Office hours asked ("几点上班", "办公时间", "几点到几点"): a detail no report's contact block gives. */
export const HOURS_ASKED = /办公时间|上班时间|工作时间|几点/;
/** A detail said not to be wanted ("不是电话", "不想打电话"). */
export const NOT_WANTED = /(?:不是|不要|不想|不太想|不用)(?:打)?(?:电话|地址|邮编|邮箱)/g;
/** The intent that gives every contact field at once. */
export const CONTACT_ALL = 'contact.all';
/** Characters that carry no content: words made only of them ("下要") say nothing either way. */
export const FUNCTION_CHARS = '的了吗呢吧啊呀是在有个这那就都也还会能可以把被给让得着过下上要来去说到和与及或又再很太更最才只而但却么什怎样哪谁几多少吧嘛啦呗咋啥俺们你我他她它自己一些点儿';
/** A content word worth counting as known/unknown: two Han characters or three Latin letters. */
export const COUNTED_WORD = /\p{Script=Han}{2,}|[a-z]{3,}/u;

/** The titles of officials as words (市长, 局长 …): real words a typo never stands for, however like a term they sound (市长 ~ 时长). */
export const OFFICIAL_TITLE_WORDS: ReadonlySet<string> = new Set(['区长', '县长', '市长', '省长', '镇长', '乡长', '局长', '厅长', '处长', '科长', '主任', '书记', '部长', '主席', '领导']);

/**
 * A question about an official by title: who they are, their name or their phone ("区长叫什么名字",
 * "局长电话多少"). Reports name offices, not people, so the honest answer is the fallback with the phone.
 */
// (工作人员 as the rewriter may leave it, its known word cut loose: "工作 人员"; the name asked a clause later, "工作人员有几个？叫什么
// 名字"; a private phone, "主任的私人手机号")
export const OFFICIAL_ASKED = new RegExp(
  `(${[...OFFICIAL_TITLE_WORDS].join('|')}|同志|工作\\s?人员|经办人|专员|负责人)(?:[^。]{0,6}?(?:是谁|叫什么|叫啥|名字|姓什么|姓啥|是哪位)|多大|岁数|年龄|的?(?:私人|个人|本人)?(手机|电话|号码|联系方式|微信))`,
);
/** …but "领导小组" and "主任委员" are bodies the report may describe (its 一、总体情况 section). */
export const OFFICIAL_IN_REPORT_SENSE = /领导小组|领导机制|主要领导|分管领导/;
/** "电话多少" / "邮编是多少" ask for a contact detail, not a count: no narrative count answers them. */
export const ASKS_IDENTIFIER = /电话|号码|热线|座机|手机|邮编|邮政编码|传真|网址|邮箱|门牌|网站(?:地址)?(?:是)?多少(?![条件个篇项次])/;

/**
 * Words that tie a question to what the bot knows: applying for and disclosing government information, the
 * report, the office and its contact details. A question with a word nobody knows (离婚, 社保) and none of
 * these is about another matter, however much its frame ("需要准备什么材料") looks like a procedure question.
 */
export const DOMAIN_ANCHOR =
  /申请|补正|信息|公开|政府|政务|年报|报告|条例|复议|诉讼|答复|电话|地址|邮编|邮箱|网址|网站|传真|联系|办公|机关|部门|科室|单位|你们|您们|收费|费用|期限|延期|延长|工作日|申请表|依申请|保密|隐私|文件|档案|数据|统计|多少件|几件|邮寄|寄|快递|当面|窗口|网上|在线|查阅|复印|口头|书面|写字/;

/**
 * Asks for a statistic annual reports do not keep: an average, a ranking, the most or least of something
 * ("平均等了几天", "哪个部门被申请得最多"). Not a limit of the law ("延长期限最多多久", "最长多少天").
 */
export const AGGREGATE_ASKED = /平均|排名|排第几|前几名|(得|的|是)最(多|少|快|慢)|最(多|少)的是|哪(个|些|一个|类)[^，。？?]{0,10}最(多|少|快|慢)/;
/**
 * Requests counted by their subject ("有多少件是关于征地拆迁的", "涉及房屋征收的申请有几件"): reports count requests by
 * applicant and outcome only, never by what was asked for.
 */
export const SUBJECT_COUNT_ASKED =
  /(?:多少|几)\s*(?:件|个|份|起)?(?:申请)?(?:是|属于)?(?:关于|涉及|有关|针对)[^，。？?,]{1,14}?的|(?:关于|涉及|有关|针对)[^，。？?,]{1,14}?的(?:政府信息公开|信息公开)?(?:申请)?(?:有|一共|共|总共)?(?:多少|几)/;
export const AGGREGATE_NOT = /期限|延长|时限|最多多久|最长|最多(几|多少)(天|日|个工作日)|最多能|最少要/;

/** A day named ("今天空气质量", "明天下雨吗"): an annual report says nothing about one day. */
export const A_DAY = /今天|明天|今日|昨天|后天|明早|今晚/;

/** 申请 as the verb asked about, not the form, the applicant, a review or a suit. */
export const APPLY_VERB = /申请(?!表|书|人|费|行政复议|复议|行政诉讼|诉讼|期限|时间)/;

/**
 * A report-free intent and its twin that answers from a report: with a report named and the question put
 * in the past ("绵阳生态环境局信息公开收费了没"), it asks what that report says, not what the rules are.
 */
export const REPORT_TWINS: Readonly<Record<string, string>> = { 'procedure.fee': 'report.fee', 'procedure.annual-report': 'report.published', 'procedure.proactive': 'report.proactive' };
/** What a term means ("什么叫…", "…是啥意思", "…指的是什么"). */
// (or which kinds a row's number counts: "三类内部事务信息具体指哪三类", "四类过程性信息是哪四类")
export const MEANING_ASKED = /什么意思|啥意思|(?:指|是)哪[几一二三四五六七八九]?[类项种个]|分(?:为|成)?哪(?:几|些)[种类项个]?(?:情形|情况)?|具体指|指的是什么|指的是啥|指的是哪些|指哪些|包括哪些|包含哪些|指什么|指啥|什么叫|啥叫|何为|何谓|的含义|怎么理解/;
/** From how many requests a fee is charged ("超过多少件会收信息处理费", "几件以上要收费"): the fee's rule, never a count of requests. */
// (or requests said to be many, "申请次数多了要收信息处理费", "申请太多会收钱吗": when the fee applies, no comparison of counts)
export const FEE_THRESHOLD_ASKED = /(?:超过|超出|满)(?:多少|几)件[^，。？?]{0,10}(?:收费|收钱|处理费|交钱|花钱)|(?:多少|几)件(?:以上|以后|之后|开始|起)[^，。？?]{0,8}(?:收费|收钱|处理费|交钱|花钱)|(?:申请|次数|件数|数量)(?:多了|太多|过多|较多|多的话|一多)[^，。？?]{0,8}(?:收费|收钱|处理费|交钱|花钱)/;
/** What will happen to the asker's own request, asked ahead ("会不会被拒", "会被驳回吗", "会被收钱吗"): the rules, not a count of the past. */
// (or the asker's own next step against a decision, "我能直接起诉吗，还是必须先复议": the remedies' rules, not the cases counted)
export const ASKER_FUTURE = /会不会被|会被[^，。？?]{0,6}(?:吗|么|嘛)|(?:会不会|会)(?:直接)?(?:被)?(?:拒绝|驳回|不给|不予|收钱|收费)|(?:我|俺)(?:能|可以|能不能|可不可以|是否可以|要不要|需不需要)(?:直接)?(?:去)?(?:起诉|告|打官司|申请(?:行政)?复议|复议)|(?:必须|需要|得|要)先(?:申请)?(?:行政)?复议|先复议还是/;

/** A yes-or-no question ("…会直接驳回吗？", "会不会被驳回"): a 几 before it says "a few", no count asked. */
export const YES_NO_END = /[吗么嘛][?？!！。\s]*$|会不会/;

/** In which cases the rules allow something ("哪些情况下可以拒绝公开"): the regulation, not a count of this report. */
export const RULES_ASKED = /(?:哪些|什么|啥|哪种|哪几种)(?:情况|情形)下?(?:可以|能够?|会|才|应当|要|就|是)|(?:在|于)?(?:哪些|什么)(?:情况|情形)下/;
/** The article of the regulation asked ("条例哪一条规定了…", "法律依据是什么"): the rules, never the report's own account. */
// (or what the rule makes the office tell, "以“不掌握”答复，依法应当告知申请人哪些内容")
// (or how the regulation has it handled, "这类申请按条例应该怎么处理")
export const ARTICLE_ASKED = /哪一?条|哪些条|哪几条|第几条|什么条款|哪个条款|法律依据|法规依据|依据是什么|根据哪|(?:依法|应当|应该)(?:应当|要)?告知[^，。？?]{0,6}(?:哪些|什么)|(?:按|依照|根据)(?:条例|规定|法规)[^，。？?]{0,6}?(?:应该|应当)?(?:怎么|如何)(?:处理|办|答复)/;
/** Asked in the past: what happened that year ("收了没", "收过", "收取了吗"); not 了没 of the asker's own story ("我退休了没多少钱"). */
export const PAST_ASKED = /了没(?!多少|几|什么|啥|法|办法|钱)|了吗|过没有|过吗|有没有收|收了|收过|收取了/;

/** The channels an office used ("凤凰镇是通过哪些渠道主动公开信息的"): its report's account, not the rules. */
export const CHANNELS_USED = /(?:通过|在|用|利用|依托)(?:了)?(?:哪些|什么|哪几个|哪几种|哪个)(?:渠道|平台|方式|途径|载体|媒体|网站)/;

/** A status asked ("行政复议情况怎么样"): what the report says happened, not how the procedure works. */
export const STATUS_ASKED = /(?<!什么|哪些|哪种)情况(?!下)/;
/** The reports themselves asked about: which years, offices or how many ("最新的报告是哪一年的", "有几份年报", "能查哪些单位的年报"). */
export const REPORTS_ASKED =
  /(哪一?年|哪几年|几份|几个年度|哪些年|哪几个单位|哪些单位|哪几家|哪些部门|哪几个部门|哪些机关)[的]?(的|是)?.{0,3}(报告|年报)|(报告|年报).{0,10}(哪一?年|哪几年|几份|哪些年份?|哪些单位|哪几家)|年报(出|发布|公布|出来|发)了?(吗|没有?)|(?:报告|年报)[^。？?]{0,12}(?:哪个|哪份|哪一份)是|(?:哪个|哪份|哪一份)是[^，。？?]{1,8}的(?:报告|年报)|(?:那份|这份)(?:报告|年报)?(?:是|为)?(?:哪一?年|哪个年度)的?(?:报告|年报)?[?？吗呢]*$|^(?:那|那么)?(?:你|你们|你这|你们这|这里)(?:这)?(?:里|儿|边)?(?:手里|手上|手头|这边)?(?:到底|究竟)?(?:都)?有(?:的是)?(?:哪一?年|哪几年|哪些年)的?[?？吗呢]*$/;

/** A contact detail asked ("打哪个电话", "找哪个部门", "在哪办"). */
export const CONTACT_ASKED = /电话|号码|热线|地址|在哪|哪里|哪儿|找谁|找哪|哪个部门|哪个单位|联系/;
/** A part of the report's work named by its subject ("主动公开", "依申请公开"): a matter of its own, never a contact detail. */
export const WORK_SUBJECT = /主动公开|依申请公开|政府信息管理|平台建设|监督保障|行政复议|行政诉讼|信息处理费/;
/** The domain's subject matter, without the contact words that any office's matter shares (电话, 地址, 部门). */
export const DOMAIN_SUBJECT =
  /申请|信息|公开|政府|政务|年报|报告|条例|复议|诉讼|答复|收费|费用|期限|工作日|申请表|依申请|保密|隐私|文件|档案|数据|统计|邮寄|查阅|复印|口头|书面|公众号|微信号|微博|抖音|视频号|新媒体|账号/;

/**
 * Which year the report itself covers, asked about the report or its figures ("统计数据到底是哪一年的",
 * "这报告是2021年还是2022年的"): a question about the loaded report, not a figure of the year named.
 */
export const REPORT_YEAR_ASKED = /(?:报告|年报|数据|数字|统计).{0,12}(?:哪一?年|哪个年度?)的?(?:数据|报告)?[?？吗呢啊呀]*(?:$|[,，。;；?？])|(?:哪一?年|哪个年度?|是哪)的(?:报告|年报)[?？吗呢啊呀]*(?:$|[,，。;；?？])|(?:报告|年报|数据|数).{0,8}(?:\d{2,4})年的?还是(?:\d{2,4})年|这(?:份|个|本)(?:报告|年报)?[^，。？?]{0,4}(?:哪一?年|哪个年度?)的/;

/** An elliptical question that still asks something other than a figure ("那无法提供是什么意思呢"). */
export const ASKS_OTHER_THAN_FIGURE = /什么|怎么|为什么|为啥|意思|哪|谁|如何|能不能|可以/;

/** A verb asked as A-not-A: a yes/no question ("要不要交钱", "收不收费", "算不算书面申请"). */
// ("要不要钱" arrives as 要不花钱: the synonyms read 要钱 as 花钱, intents/synonyms.yml)
// (or its verb and then 不 at the clause's end, "收费不", "收钱不")
export const A_NOT_A = /([要需用收交给有行算])不\1|要不花钱|收(?:费|钱)不(?=[，,。？?！!\s]|$)/;

/** 几 in a rough number ("几十条", "十几件", "好几次"), which asks nothing. */
export const ROUGH_NUMBER = /几(?=[十百千万])|(?<=[十好])几/g;

/** The kind of question, first match wins (order: the more specific readings first). */
export const KINDS: [QuestionKindName, RegExp][] = [
  // (or why not yet, "怎么到现在还没开始施工", "咋还不公开")
  // (or how come so few, "怎么才1件", "咋只有两条")
  ['why', /为什么|为啥|为何|什么原因|啥原因|原因是|理由|凭什么|怎么会|(?:怎么|咋)(?:才|只有?|就|仅)(?=[\d一二两三四五六七八九十几]|这么|那么)|(?:怎么|咋)(?:到现在|至今|一直|迟迟)?(?:还|都)(?:没|不)/],
  ['compare', /哪个多|哪个少|哪个更|比较|对比|相比|一样吗|差多少|增加了|减少了|多了|少了|变化|的(多|少)还是|还是[^,，。]{1,12}的?(多|少)[吗呢?？]*$/],
  ['duration', DURATION],
  // (not the 几 of a rough number, "一个月申请十几次", "几十条": it tells, asks nothing)
  ['count', /多少|(?<![十好])几(?![十百千万])[件个次条起项家人篇名]?|数量|数目|总数|金额|几多/],
  ['where', /哪里|哪儿|在哪|什么地方|地址|位置|地点|去哪/],
  ['who', /谁|哪个部门|哪个单位|哪个机关|什么人|哪位|找谁/],
  ['how', /怎么|怎样|如何|咋|什么方式|哪些方式|步骤|流程|办法|(?:什么|哪些|哪个)(?:途径|渠道)|(?:途径|渠道)有?(?:哪些|是什么)/],
  ['yesno', new RegExp(`吗[?？。!]*$|是否|能不能|可不可以|可以不|有没有|是不是|对不对|会不会|行不行|${A_NOT_A.source}`)],
];
export type QuestionKindName = 'count' | 'duration' | 'how' | 'where' | 'who' | 'yesno' | 'why' | 'compare';

/** A cell named by its place in the printed table ("表三", "第2项", "其他那一列", "（七）"): staff asking for its figure. */
// (or a numbered reason's 总计 said last, as staff type it: "无法提供-2.没有现成信息需要另行制作 总计")
export const TABLE_PLACE = /表[二三四234](?![格达])|第[1-9一二三四五六七八九]项|[那这一](?:列|栏|行)|那一(?:行|栏|列)|\([一二三四五六七]\)|小计|合计|\d\s*[.．、][^，。？?]{2,24}总计(?:栏|列)?[?？。]*$/;

/** Which office has the most or the fewest ("哪家…最多", "最多的是哪个单位", "谁家最少"). */
export const OFFICE_RANK_ASKED =
  /(哪家|哪一家|哪个单位|哪个部门|哪个机关|哪个局|谁家?).{0,16}?(最多|最少|最高|最低)|(最多|最少|最高|最低)的?(是|为)?(哪家|哪一家|哪个单位|哪个部门|哪个机关|谁)|(单位|部门|机关|家|报告|年报)(里|中|当中|之中)?[,，]?(哪个|哪一个|哪家|谁)的?.{0,16}?(?:(最多|最少|最高|最低)(?=[？?吗呢，,。]|$)|(多|少)[？?吗呢]*$)|(哪家|哪一家|哪个单位|哪个部门|哪个机关|谁家?)[^，。,?？]{0,16}?的?(更多|更少|多|少|高|低)(一些|一点)?[？?吗呢]*$/;

/** Which rows are zero ("哪几类是0", "为0的有哪些", "哪些是零"): staff checking a table. */
export const ZERO_ROWS_ASKED = /(哪几类|哪些|哪几项|哪几个|哪几种|哪几行|哪类).{0,6}(是|为|等于)(0|零)(?![\d.])|(是|为)(0|零)的(有|是)?(哪些|哪几)/;

/** Whether the figures add up ("加起来对得上吗", "小计和分项一致吗", "核对一下表三", "数字有没有错"). */
/**
 * Two of the report's own figures set against each other by the asker: the text against a table ("表格写收到95件，
 * 正文怎么写的是17件"), a total against its parts ("维持10件、纠正1件，总计却填的0"), or which one holds ("哪个准").
 */
export const DISCREPANCY_ASKED =
  /(?:正文|文字部分|文中|前面|开头|报告里写|报告中写).{0,30}(?:表格|表[二三四]|表里|表中)|(?:表格|表[二三四]|表里|表中).{0,30}(?:正文|文字部分|文中)|(?:总计|合计|小计).{0,12}(?:却|可是?|但是?)|(?:却|可是?|但是?).{0,12}(?:总计|合计|小计)|哪个准|哪个对|以哪个为准|差在哪/;
export const CHECK_ASKED = /(?:没问题|没毛病)(?:吧|吗)[?？。!！]*$|(?:哪些|哪几处|有没有|有什么|几处)[^，。?？]{0,4}(?:笔误|错别字|错字|前后不一致|不一致的地方|写错的地方|错漏)|(?:加起来|相加|加总|总和)[^，。?？]{0,8}(?:是不是|是否|等不等于|等于[^，。?？]{0,8}吗)|对得上|对不上|对不对得上|加起来对|相加.{0,6}(对|一致|等于)|(一致|相符|吻合|平衡)(吗|不)|平不平|是否平衡|成不成立|(?:关系|等式|公式)[^，。?？]{0,8}成立(?:吗|不|么)|是否(一致|相符|吻合)|核对一下|勾稽|(数字|数据|数).{0,4}(有没有错|对不对|有错吗)|等不等于|是否等于|是不是等于|核一下|核对下|(?:总计|合计|小计)[^，。?？]{0,12}(?:对吗|对不对|没错吧)|印的是[^，。?？]{0,8}[，,]?[^，。?？]{0,6}(?:对吗|对不对)|自相矛盾|前后矛盾|填得?不对|填错|有没有错|是不是(?:数据|数字|统计)?(?:错了|有误|写错|弄错|搞错)|(?:数据|数字)(?:错了|有误)(?:吗|吧)|(?:表[一二三四1-4]|总计|合计|小计|数据|数字)[^，。?？]{0,8}(?:是不是有问题|有没有问题|有问题吗|有点问题)|表[一二三四1-4][^，。?？]{0,8}(?:一个数都没有|一个数字都没有|没有数|是空的|空着|空白|没填|没有填|没有数据)/;

/** Which of the loaded offices ("哪家收了信息处理费", "哪几个单位有行政复议"). */
export const OFFICE_WHICH_ASKED = /哪家|哪一家|哪几家|哪个单位|哪些单位|哪几个单位|哪个部门|哪些部门|哪几个部门|(?:两|几|各)(?:个|份|家)(?:报告|单位|年报)(?:里|中)?.{0,12}(?:分别|各自|各)|(?:两|几|三|四|五|六|这些)(?:个|份|家)?(?:报告|单位|年报|机关|部门)(?:里|中|当中)?[^，。?？]{0,3}哪(?:些|几|一|个|家|份)/;

/** Several figures asked added up ("三年加起来一共多少", "复议诉讼共多少件"). */
/** The parts of a list the report tells, pointed at rather than quoted ("括号里那15项", "其中各项"): the report's own sum is asked. */
export const TOLD_PARTS_NAMED = /括号里|括号内|(?:这|那)\s*\d+\s*项|其中(?:的)?(?:各项|这些|那些|几项)/;
/** The parts of a list added up against the total quoted, no part named ("那九类各项加起来跟总数108条对得上吗"). */
// (or the parts' sum quoted, then the total asked why: "分项加起来只有16条 为什么写18条")
// (the parts named in brackets between, "分项（履职依据、法规文件……）加起来", and the total quoted in the next clause to check,
// "…加起来是多少？跟83对得上吗")
export const PARTS_AGAINST_TOTAL = /(?:分项|各项|各类)(?:[（(][^（）()]{0,40}[）)])?[^，。？?]{0,4}(?:加起来|相加|加总|之和)[^，。？?]{0,8}(?:总数|总量|合计)\s*\d+|(?:分项|各项|各类)(?:[（(][^（）()]{0,40}[）)])?[^，。？?]{0,4}(?:加起来|相加|加总|之和)[^。？?]{0,8}\d+[^。？?]{0,8}(?:为什么|为啥|怎么|咋|却|但)[^。？?\d]{0,8}\d+|(?:分项|各项|各类)(?:[（(][^（）()]{0,40}[）)])?[^，。？?]{0,4}(?:加起来|相加|加总|之和)[^。]{0,12}?(?:跟|和|与)\s*(?:总数|总量|合计)?\s*\d+\s*[条件个项]?\s*(?:对得上|一致|相符|吻合|对不对得上|对不上)/;
export const SUM_ASKED = /加起来|加在一起|加一起|加到一起|加一块|合一块|合起来|加上|相加|之和|总和|一共|总共|合计|累计|总计|共.{0,24}(?:多少|几)/;
/** Each figure on its own ("分别是多少"): no sum. */
export const EACH_ASKED = /分别|各是|各有|各自/;
/** Two figures asked against each other ("比…多几件", "差多少", "相差"). */
/** How many times one figure is another ("是…的几倍", "多少倍"). */
export const TIMES_ASKED = /(?:几|多少)倍|倍数/;
export const DIFFERENCE_ASKED = /比.{1,16}(?:多|少)(?:了)?(?:几|多少)|(?:相差|差了?)(?:几|多少)|差距|差额|多出(?:几|多少)|减去|减掉|净增|净减|净多|净变化|净变动|净增减/;

/** The departments or units inside one government ("市政府各部门", "县里下属单位"), which no report counts apart. */
export const DEPARTMENTS_WITHIN = /(?:政府|市里|县里|区里|局里|厅里)(?:的)?(?:各|下属|所属|各个)(?:部门|单位|科室|处室)/;

/** The period a report's figures cover, named ("统计期限", "统计时限"). */
export const STATISTICS_PERIOD_NAMED = /统计(?:期限|时限|时间|期间|区间|周期)/;
/** Why some requests were not given, asked ("为什么没公开", "为啥不给"). */
export const NOT_GIVEN_WHY = /(?:为什么|为啥|为何|怎么)(?:没|不|未)(?:有)?(?:公开|给|提供|答复)/;
/** A ground for not giving named in a sentence ("因…", "属于…", "不掌握", "涉及国家秘密"). */
export const GROUND_NAMED = /因(?![此而素])|属于|不掌握|不存在|涉及(?:国家)?秘密|涉密|个人隐私|商业秘密|过程性|内部事务/;

/** How something the report tells was done, asked ("怎么做到全部按时办完的", "如何做到", "采取了什么办法"). */
// (or why it could be done, "为什么能全部答复完", "为啥都能按时办完": what was done)
export const HOW_DONE_ASKED = /怎么做到|如何做到|怎么办到|咋做到|采取了?(?:什么|哪些)(?:办法|措施)|靠什么|(?:为什么|为啥|为何|怎么)(?:能|可以)(?:全部|都|全)/;

/** A clause asking only how the report tells what the other asks ("报告里怎么解释的", "年报上咋说的", "帮我查一下原话怎么说的"): no question of its own. */
// (or the asker told to look, "你查下原文怎么说的", "给我看下年报咋写的"; or "年报里原话怎么写的")
export const HOW_TOLD_ONLY = /^(?:那|那么)?(?:你|您)?(?:帮我|麻烦|给我)?(?:查一下|查下|查查|看一下|看下|看看|翻翻|翻一下)?(?:(?:报告|年报)(?:里|中|上|里面)?(?:的)?(?:原话|原文)?|原话|原文)(?:里|中|上|里面)?(?:是)?(?:怎么|如何|咋|怎样)(?:解释|说明|说|讲|写|表述|描述|提)(?:的)?(?:呢|啊|吗)?[?？。]?$/;

/** A name in quotation marks ("“察右后旗发布”", "「南岗发布」"), its words captured: an account's or a column's name, read whole. */
export const QUOTED_NAME = /[“"「『]([^“”"「」『』]{2,20})[”"」』]/g;

/** A part of the report named by its number ("第五部分", "第3部分"). */
export const REPORT_PART = /第[一二三四五六1-6]部分/;

/** Money asked of something applied for ("专项资金申请了多少钱", "申请到多少万"): a grant, not the disclosure requests counted. */
export const MONEY_OF_APPLYING = /申请(?:了|到)?(?:多少钱|多少万|几万|多少元|多少经费|多少资金)/;

/** The kinds of event a report tells of ("培训", "发布会"). */
export const EVENT_KIND = /培训|会议|讲座|活动|检查|督查|考核|座谈|发布会|开放日/;
/** Events counted ("培训一共办了几次", "开了几场发布会"): what the office did, never a count of requests or their results. */
export const EVENTS_COUNTED = new RegExp(
  `(?:${EVENT_KIND.source})[^，,。？?]{0,8}(?:几|多少)\\s*(?:次|场|期)|(?:培训|会议|讲座|座谈|发布会|开放日)[^。？?]{0,16}(?:办|开|举办|召开|组织)了?(?:几|多少)\\s*(?:次|场|期)|(?:几|多少)\\s*(?:次|场|期)[^，,。？?]{0,4}(?:培训|会议|讲座|活动|发布会|座谈)`,
);

/** How to request disclosure asked in so many words ("这个信息公开怎么申请", "怎么申请政府信息公开"). */
// (or a thing asked to be disclosed, then how: "我想向落别乡申请公开我们村的低保名单 咋个申请")
export const DISCLOSURE_HOW_ASKED = /(?:信息公开|政府信息|依申请公开)[^，。？?]{0,6}(?:怎么|如何|咋|怎样)(?:样)?(?:申请|办理|提出|提交)|(?:怎么|如何|咋|怎样)(?:样)?(?:申请|提出)(?:政府)?信息公开|申请公开[^，。？?]{1,24}[，,\s]*(?:要|该|应该)?(?:怎么|如何|咋|怎样)(?:个|样)?(?:申请|办|弄|提|提交|交)/;

/**
 * A year's requests asked after, "有没有…的" ("2023年的信息公开申请有没有超过期限还没答复的"): with a year named, the
 * report's — not the asker's own request (remedy-asked, replies-on-time-asked).
 */
export const YEARS_REQUESTS = /申请有没有[^，。？?]*的\s*[?？]?$/;

/** Parts set against the year's proactive total, named ("是否等于全年主动公开总数", "跟主动公开总数对得上吗"). */
export const PROACTIVE_TOTAL_AGAINST = /(?:等于|等不等于|是不是|对得上|对不上|一致|相符)[^，。？?]{0,8}主动公开(?:的)?(?:总数|总量|信息总数)|主动公开(?:的)?(?:总数|总量)[^，。？?]{0,6}(?:对得上|对不上|一致|相等|相符|吻合)/;

/** A year named by its number ("…2023年…"), not relatively (去年). */
export const NUMBERED_YEAR = /(?:19|20)\d{2}\s*年/;
