/**
 * What a message asks, without the courtesy around it: "喂你好我想问一下…怎么申请啊，谢谢" → "…怎么申请啊".
 * Greetings and thanks decide the answer only when nothing else is said. A corrected question keeps
 * its correction: "不是问电话，是问地址" → "地址".
 */

// (and the bot called by an everyday name before a pause: "哥们 我想…", "师傅，…")
// (哈 after the opening is a particle, "想问哈，…" — never the first character of 哈尔滨)
const OPENING = /^(?:(?:喂|嗨|哈喽|hello|hi|您好|你好|在吗|在不在|请问|谨询|谨问|敬问|敬启者|冒昧请教|请教一下|请教|打扰了?|打扰一下|麻烦(?:问)?一?下|麻烦|我?想问(?:一下|下|问)?|问一?下|咨询一?下|那个|另外|此外|还有(?=就是|一个|个|一件|件|[^\p{Script=Han}])|顺便问一?下|顺便|再问一?下|先问一?下|先问问|对了|嘎哈呢|干啥呢|干嘛呢|忙啥呢|忙着呢|(?:哥们儿?|兄弟|老铁|亲|师傅|同志|小哥|小姐姐|美女|帅哥|老乡)(?=[,，!！~\s]|我|请问|问一?下|想问))(?:[啊呀,，。!！~\s]|哈(?!尔滨))*)+/u;
const THANKS = /(?:好的)?(?:谢谢(?:你|您)?|谢了|多谢|感谢(?:你|您)?|麻烦(?:你|您)?了|辛苦(?:你|您)?了|帮(?:了)?(?:我)?(?:个)?大忙了?|太好了|(?:你|您)?(?:真|太|好|很|挺)(?:棒|厉害|给力|聪明|靠谱)(?:了|啊|呀)?|点赞)/u;
/** A doubt added after the question ("…要收费 真的假的", "…是真的吗"): the question is what is asked. */
const DOUBT = /(?:真的假的|是不是真的|是真的吗|真的吗|对吧|是吧)/u;
/** A figure quoted, then the doubt: "…是8件对吧", "…15件，是吧？". */
const QUOTE_THEN_DOUBT = /\d\s*[件条个次项份篇起宗人期场批家户名%％]?[^，。？?！!\d]{0,6}?\s*[,，]?\s*(?:这个数字?|这个|这数)?\s*(?:对吧|是吧)[?？。!！~\s]*$/u;
/** "Do you know?" said after the question ("…开了几回新闻发布会嘛，晓得不嘛", "…知道不"). */
const DO_YOU_KNOW = /(?:你|您)?(?:晓得|知道|清楚)(?:不|吗|么|伐|不知道)(?:嘛|啊|呀|哦|撒)?/u;
/** A message that ends with a goodbye. */
const BYE_END = /(?:拜拜|再见|回见|88)[啊啦呀哈了!！。~\s]*$/u;
/** What is left of an acknowledgement ("好的", "嗯", "行", "ok"). */
const ACK = /^(?:好的?|好嘞|好咧|好滴|好哒|嗯+|哦+|行|中|ok|okay|那)?[,，。!！~\s]*$/iu;
/** Goodbyes after thanks ("好的谢谢 拜拜"): courtesy too; alone they are the goodbye (synonyms.yml). */
const BYE = /(?:拜拜|再见|回见|88)/u;
const CLOSING = new RegExp(`[,，。!！~\\s]*(?:(?:${THANKS.source}|${DOUBT.source}|${DO_YOU_KNOW.source}|${BYE.source})[啊啦呀哈了!！。?？~\\s]*)+$`, 'u');
/** Hurry said after the question ("…有几种渠道啊 急", "…在线等"): no part of it; a lone 急 only after a pause or a particle (应急, 紧急 are words). */
const URGENT_END = /[,，。!！~\s]*(?:(?:(?<=[,，。!！~\s啊呀呢吗哈嘛])|^)急|急急急?|很急|挺急的?|比较急|非常急|着急|在线等|坐等回复|求回复)[啊呀哈!！。~\s]*$/u;
const LEADING_THANKS = new RegExp(`^(?:${THANKS.source}[啊啦呀哈了,，!！。~\\s]*)+`, 'u');
const CORRECTION =
  /^(?:(?:哦|噢|啊|呃|嗯)[,，]?)?(?:不是|并不是|我不是)(?:问|要|说)?[^,，。;；!！?？]{1,12}[,，;；]\s*(?:而)?(?:是)?(?:问|要|想知道)?|^(?:(?:哦|噢|啊|呃|嗯)?(?:我)?(?:说错了|打错了|写错了|搞错了|弄错了|不对)[,，\s]*)不是[^,，。;；!！?？是]{1,12}?[,，;；\s]*(?:而)?是|^(?:(?:哦|噢|啊|呃|嗯)[,，]?)?不是(?:问|要|说)?(?![很太特别])[^,，。;；!！?？是的]{1,4}(?:而)?是(?![不否])(?:问|要|想知道)?/u;
/** A restated question: "我问的是南岗" / "换成2025年的" → what follows names the report or topic meant. */
export const RESTATED = /^(?:(?:不好意思|抱歉|对不起)[,，\s]*)?(?:(?:不好意思|抱歉|对不起|哦|啊|噢)?[,，\s]*(?:(?:我|刚才)?(?:说错了|打错了|搞错了|问错了)|不对|不对不对|错了|不是|不是[^，,。!！\s]{1,8}(?=[,，]))[,，。!！\s]*)*(?:我|我们)?(?:问的是|说的是|是问|是说|指的是|要问的是|想问的是|是想问|是要问|要的是)|^(?:那)?(?:换成|改成|换到|改为)/u;

/**
 * A question taken back halfway and asked again ("不予公开有多少……啊不是，我想问的是无法提供的"): the marker after a
 * pause — an interjection before 不是/不对, or 说错了/打错了/不对不对 — then what is asked instead. What comes before
 * is dropped; a year or a place named only there is kept (the restated question is of the same report).
 */
// (never "是不是…", "不是说…": the marker follows a pause and an interjection or a word of error)
const MID_CORRECTION = /(?:[,，。…\.!！?？~\s]+)(?:(?:啊|哦|噢|呃|嗯|额|诶|欸)[,，\s]*(?:不是不是|不对不对|不是|不对)|(?:我)?(?:说错了|打错了|搞错了|问错了|写错了)|不对不对|不是不是)[,，。!！…\s]+(?=\S{2})/u;
/** A figure corrected, not the question ("是3条，啊不对，好像是2条？"): the whole message is still what is asked. */
const FIGURE_CORRECTED = /^(?:我记得|好像|应该|大概|可能|也许|似乎)?(?:是|有)?\s*\d/u;
/** A year or a place in the part taken back (kept in front of the restated question when it names none). */
const KEPT_YEAR = /(?:19|20)\d{2}年度?/u;
const KEPT_PLACE = /\p{Script=Han}{1,8}?(?:自治县|自治州|街道|区|县|市|镇|乡|旗)(?:\p{Script=Han}{0,8}?(?:局|委员会|办公室|政府|办事处))?/u;
const PLACE_NAMED = /[区县市镇乡旗局]|街道/u;

function takenBack(text: string): string {
  const m = MID_CORRECTION.exec(text);
  if (!m || m.index === 0) return text;
  const before = text.slice(0, m.index);
  let after = text.slice(m.index + m[0].length).replace(RESTATED, '');
  if (!/\p{Script=Han}.*\p{Script=Han}/u.test(after) || FIGURE_CORRECTED.test(after)) return text;
  const place = PLACE_NAMED.test(after) ? undefined : KEPT_PLACE.exec(before)?.[0];
  const year = /\d{4}/.test(after) ? undefined : KEPT_YEAR.exec(before)?.[0];
  if (place || year) after = `${place ?? ''}${year ?? ''}${after}`;
  return after;
}

/** Saying one is done ("问完了", "没问题了", "明白了"). */
const DONE = /问完了|问好了|没有?(?:别的)?问题了|没别的了|知道了|明白了|清楚了|了解了|懂了/u;

/** Anything that asks: a question mark, a question word or particle. */
const QUESTIONISH = /[?？吗呢么]|多少|几|怎|如何|哪|什么|啥|谁|能否|可否|是否|有没有|能不能|可以|要不要|想知道|想问|请问/u;
/** The plain thanks a message of thanks and remarks is read as (an example of smalltalk.thanks). */
const THANKED = '谢谢';

/** The plain greeting a message of greetings alone is read as (an example of smalltalk.greeting). */
const GREETING = '您好';

/** Two Chinese characters or more, anywhere (a test: not an array of every character to count them). */
const TWO_HAN_CHARS = /\p{Script=Han}[^]*?\p{Script=Han}/u;

/** A contact detail named in a correction, then why it is wanted ("地址 我要坐公交去"): the detail is the question. */
const CORRECTED_FIELD = /^(地址|电话|邮编|邮箱|传真|网址|办公时间)[,，\s]*(?:我|俺|咱)?(?:要|想|准备|打算|得|好)[^?？]{0,16}$/u;

/** The detail named first after the correction, a story after it ("地址，俺奶说她耳背打电话听不清"): that detail, whatever use the story names. */
const FIELD_FIRST = /^(地址|电话|邮编|邮箱|传真|网址)(?=[,，。;；\s—–-])/u;

/** A contact detail corrected away ("不是电话，…"), and the other detail said by its use ("我要能发邮件的那个" → 邮箱). */
const CONTACT_FIELD_WORD = /电话|号码|地址|邮编|邮箱|传真|网址/;
const FIELD_BY_USE: readonly (readonly [RegExp, string])[] = [
  [/发邮件|电子邮件|邮件/, '邮箱'],
  [/寄信|邮寄|寄过去|寄东西/, '地址'],
  [/打电话|打过去/, '电话'],
  [/发传真/, '传真'],
  [/上网查|网上查|网页/, '网址'],
];
function fieldByUse(removed: string, core: string): string | undefined {
  if (!CONTACT_FIELD_WORD.test(removed)) return undefined;
  return FIELD_BY_USE.find(([re]) => re.test(core))?.[1];
}

/** What the restated question is not, said after it ("，不是遂溪", "而不是南岗的"). */
const NOT_THAT_END = /[,，]\s*(?:而)?不是[^，,。!！?？]{1,10}[。!！]?$/u;

export function stripCourtesy(text: string): string {
  text = takenBack(text);
  const corrected = text.replace(CORRECTION, '');
  const restated = RESTATED.test(corrected.replace(OPENING, ''));
  let core = corrected.replace(OPENING, '').replace(RESTATED, '').replace(LEADING_THANKS, '').replace(CLOSING, '').replace(URGENT_END, '').trim();
  // (a restated question that says what it is not, "我要问的是东港镇，不是遂溪": what it is — the other named only to be set aside)
  if (restated) core = core.replace(NOT_THAT_END, '').trim();
  if (corrected !== text) core = CORRECTED_FIELD.exec(core)?.[1] ?? FIELD_FIRST.exec(core)?.[1] ?? fieldByUse(text.slice(0, text.length - corrected.length), core) ?? core;
  // "好的，再见" / "好的谢谢 拜拜": a goodbye with only an acknowledgement before it is the goodbye
  if (BYE_END.test(text) && ACK.test(core)) return '再见';
  // an acknowledgement, then thanks ("好嘞，谢谢哈"): the thanks
  if (core !== text && THANKS.test(text) && ACK.test(core)) return THANKED;
  // thanks and a remark that asks nothing ("谢谢你，淮安的资料讲得很清楚"): the thanks
  if (LEADING_THANKS.test(text) && !QUESTIONISH.test(core)) return THANKED;
  // a remark that one is done, then thanks ("芦淞教育局的事问完了，谢谢你！"): the thanks
  if (core !== text && DONE.test(core) && !QUESTIONISH.test(core) && THANKS.test(text)) return THANKED;
  // "无法提供是8件对吧": a figure quoted to check keeps its 吧 ("是8件吧" asks whether it is right)
  if (QUOTE_THEN_DOUBT.test(text) && /\d/.test(core)) return `${core.replace(/[,，\s]*(?:这个数字?|这个|这数)$/u, '')}吧`;
  if (TWO_HAN_CHARS.test(core) || /\d/.test(core)) return core;
  // courtesy is all there is: say it plainly ("谢谢你啊，帮大忙了" → 谢谢)
  if (THANKS.test(text)) return '谢谢';
  // a greeting and nothing else ("在吗？", "在吗在吗", "喂 你好"): said plainly, as the greeting it is
  if (OPENING.test(text) && !core.replace(/[\p{P}\p{S}\s]/gu, '')) return GREETING;
  return text;
}
