/**
 * The asker's own next step against an office ("我能去哪告他们", "能起诉他们吗", "不给我公开，我能咋办"):
 * the remedies (complaint, administrative review, lawsuit), not the count of table 四 that 起诉/复议 also
 * name, and not the figure of a result the story mentions ("答复说不掌握…我能去哪告他们").
 */
import { ASKING, CLAUSE_SPLIT, YEARS_REQUESTS } from '../patterns.js';
import { POLICY, THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** The intents that tell the remedies (intents/procedure.yml). */
const REMEDY_INTENTS: ReadonlySet<string> = new Set(['procedure.remedy', 'procedure.remedy-deadline']);
/** The office, its answer or disclosure named, or review and suit: the step is against the office. */
const OF_THE_OFFICE = /他们|你们|机关|答复|公开|复议|起诉|诉讼|打官司/;
/** The intent that tells all the remedies. */
const REMEDIES = 'procedure.remedy';

/**
 * The asker asks what they may do: a modal or a where/how word right before a remedy act
 * ("能起诉", "可以告", "去哪起诉", "怎么投诉", "找谁复议"), or after it ("想投诉，应该找谁"). 告 is read as
 * 起诉 (intents/synonyms.yml).
 */
const OWN_REMEDY = /(?:能|可以|可不可以|能不能|该|应该|怎么|如何|哪里?|哪儿|谁|上哪)(?:去|到|向|找)?(?:哪里?|哪儿|法院|上级)?(?:申请|提起|提出|提)?(?:起诉|复议|投诉|举报|申诉|维权|打官司|反映|讨(?:个)?说法|讨公道|说理)|(?:起诉|复议|投诉|举报|申诉|打官司)(?:的话)?[,，]?(?:应该|该|要|得|能|可以)?(?:去|向|到)?(?:找谁|找哪|向谁|去哪|到哪|哪里|哪儿|哪个部门|什么部门)|(?:不经|不走|绕过)复议|(?:去|到|上)法院(?:去)?(?:起诉|打官司)/;
/** Not content with a reply, a review or suit named right after ("答复不满意呢，复议呢", "对答复不服的话起诉呢"). */
const DISSATISFIED_THEN_REMEDY = /(?:不满意|不服|不认可|有意见)(?:呢|的话|咋办|怎么办)?[,，\s]?(?:那)?(?:能)?(?:复议|起诉|诉讼|打官司)(?:呢|吗|行吗|可以吗)?[?？]?$/;
/**
 * The asker says they will take the office to review or court ("我要去告你们", "我想起诉"): 投诉 is left out,
 * people complain of anything ("我要投诉我们小区物业", "我要投诉你这机器人").
 */
const WILL_SUE = /(?:要|想|准备|打算)(?:去)?(?:法院)?(?:起诉|复议|打官司)/;
/**
 * Refused, ignored or not accepted ("不服", "不满意", "有异议"), then what to do ("要是不给我公开，我能咋办"; 咋办 is read
 * as 怎么办) or whom to turn to ("两个多月了
 * 都没答复，我能找谁" — not after 不掌握, where whom to ask is the office that holds the information), or the time
 * passing with no reply ("要是过了时间也不答复我呢"), or a reply or the information that may never come, asked as what if ("要是他们一直拖着不回呢", "他们要是不给呢", "要是到期了他们一直不理我呢", "要是他们到期不理我呢", "要是到时候不给我公开呢", "要是他们说不公开呢" — 到期 read as 期限;
 * 拖 is read as 延长, intents/synonyms.yml).
 */
const REFUSED_THEN_WHAT = /(?:不给|不予|拒绝|被拒|拒了|不公开|不服|不满意?|不认可|有异议|觉得不对|觉得不合理|觉得有问题|不答复|不回复|未予?答复|未回复|没有?答复|没有?回复|没回音|不理|不掌握|一直不回|不回我|没回我|没人回|(?:超时|超期|逾期|过期)(?:了)?(?:还|也)?(?:不回|没回)).{0,48}(?:怎么办|咋办|能怎么|该怎么(?!答复|处理|告知|回复)|能做什么|有什么办法|走(?:什么|哪些|啥|哪条)(?:途径|路子|渠道|程序|路)|(?:什么|哪些|啥)(?:救济)?途径)|(?:不给|拒绝|被拒|不答复|不回复|没有?答复|没有?回复|没回音|一直不回|不回我|没回我|没人回|不理).{0,28}(?:能|可以|该|应该|要|得)(?:找谁|向谁反映|找哪个部门|找什么部门)|(?:过了|超过|超出)(?:时间|期限|时限|日子|\d+个?(?:工作日|天|日)).{0,4}(?:也|还)?(?:不答复|没答复|不回复|没回复|不理|没回|不回)|(?:超时|超期|逾期)(?:了)?.{0,3}(?:也|还)(?:是)?(?:不答复|没答复|不回复|没回复|不理|不回|没回)|(?:要是|如果|万一|假如|假若)(?:到期了?|期限(?:到)?了|过期了?|到时间了?|到时候了?|时间到了|期限到了|超时了?)?[,，]?(?:他们|你们|对方|机关)?(?:到期了?|过期了?|到时候了?|期限到了|超时了?)?(?:最后|最终|到最后|结果|审完|查完)?(?:说|讲|答复说|回复说)?(?:一直|还是|还|也|就是|总是|始终|迟迟)?(?:延长着|拖着)?(?:不答复|没答复|不回复|没回复|不理|不回|没回|不给(?:我)?(?:公开|看)?|不公开|拒绝(?:了)?)(?:我)?呢[?？。!！]*$/;
/** Where or to whom a review goes ("复议该向谁申请", "去哪个政府申请复议"): the review body (第二十四条). */
const REVIEW_WHERE = /复议.{0,6}(?:向谁|找谁|向哪|去哪|到哪|交给谁|哪个(?:机关|部门|政府|单位)|什么(?:机关|部门|单位))|(?:向谁|找谁|向哪|去哪|到哪|哪个(?:机关|部门|政府|单位)).{0,6}复议/;
/** The intent that names the review body (intents/procedure.yml). */
const REVIEW_BODY = 'procedure.review-body';
/** A count asked, or a past case ("起诉过吗", "有没有被起诉"): the figure, not the asker's step ("这种情况我该怎么办" is the asker's). */
/** The phone asked at the end of the message ("打哪个电话", "电话多少"). */
const PHONE_ASKED_LAST = /(?:打|拨)(?:哪个|什么|啥)(?:电话|号码|号)[?？。]*$|(?:电话|号码)(?:是)?(?:多少|几号)[?？。]*$/;
const CASES_ASKED = /多少|几[件起次个宗]|过吗|过没有|过你们|有没有被|被起诉|被复议|案件|数量|(?<!这种|这个|那种|这样的|此种|我这|我的)情况|有没有人|有人(?:去|把|来|因为)?[^，。？?]{0,12}(?:告|起诉|复议)[^，。？?]{0,6}吗/;

/** Which remedy comes first, asked of the asker's own case ("想起诉，是不是必须先申请行政复议", "能不能直接起诉",
 *  "不复议，直接去法院呢"). */
const FIRST_STEP_ASKED = /(?:必须|需要|要|得|一定要|非要|非得)先(?:去|搞个?|走个?|做个?|进行)?(?:申请)?(?:行政)?(?:复议|起诉)|复议前置|(?:能不能|可以|可不可以|能否|不能|不可以|没法)直接(?:去|向|到)?(?:法院)?(?:提起|提出)?(?:行政)?(?:起诉|告(?!诉|知)|打官司|诉讼)|^(?:那|那么)?(?:要是|如果)?(?:我)?(?:不(?:申请)?复议|不走复议|跳过复议)[,，]?(?:直接|就)?(?:去|到|上|找)?法院(?:起诉|告)?(?:呢|行吗|行不行|可以吗)[?？。!！]*$/;

/** What the asker may do now ("那我能咋办", "我该怎么办", "那怎么办"). */
const WHAT_NOW = /^(?:那|那么)?(?:我|我们)?(?:能|该|可以|应该)?(?:怎么办|咋办|怎么做|咋整|有什么办法)[?？。!！]*$/;
/** Results that withhold the information (table 三's rows). */
const ADVERSE_ROWS = /\b(?:refused|unable|rejected)/;

/** Money or pay withheld ("不给工资", "拖欠工钱", "欠薪"): a dispute of another matter. */
// (or "欠俺俩月工钱")
const MONEY_WITHHELD = /不给(?:我)?(?:发)?(?:工资|工钱|钱|补贴|补偿款|退款|报销)|拖欠|欠薪|讨薪|欠(?:我|俺|咱|我们|俺们)?[^，。？?]{0,4}(?:工资|工钱|血汗钱|货款|钱)/;
/** Disclosure named in the message ("信息公开", "申请", "答复", "政府信息"). */
const DISCLOSURE_NAMED = /信息|公开|申请|答复/;
/** A quarrel with a private person named (邻居, 房东, 物业, 亲戚, 开发商 …). */
const PRIVATE_DISPUTE = /邻居|隔壁|房东|租客|物业|亲戚|前夫|前妻|同事|开发商|合伙人|债主/;

/** No reply come ("到现在一个字都没回", "一直拖着不回我", "石沉大海"). */
const NO_REPLY_STORY = /没回|不回|没有?答复|不答复|没有?回复|没人回|没人理|拖着|一个字都没|杳无音信|石沉大海|没消息|没音信|没动静/;
/** Time gone by since ("三个月前…到现在", "一直", "好久"). */
const TIME_PASSED = /个月|多天|好久|至今|到现在|到今天|一直|这么久|半年|几周|多周/;
/** The time limit to reply, told first when no reply is the story (《条例》第三十三条). */
const REPLY_LIMIT_NOTE = '答复期限：能当场答复的当场答复；不能的，自收到申请之日起 20 个工作日内答复，需要延长的经负责人同意并告知申请人，延长不超过 20 个工作日（《条例》第三十三条）。超过期限仍不答复的，可以按下面的途径维权：\n';

/** The review's outcome still contested ("复议结果我还是不服呢", "对复议决定不满意"): the suit after a review. */
const REVIEW_DECISION_CONTESTED = /复议(?:的)?(?:结果|决定(?:书)?)[^，。？?]{0,8}(?:不服|不满意?|不认可|不接受|有异议)|(?:不服|不满意?|不认可|不接受)[^，。？?]{0,3}(?:行政)?复议(?:的)?(?:结果|决定)/;
/** The intent that tells the suit after a review (intents/procedure.yml, 《行政诉讼法》第四十五条). */
const AFTER_REVIEW = 'procedure.after-review';

export const reviewDecisionContested: Rule = {
  name: 'review-decision-contested',
  doc: 'The outcome of an administrative review still contested ("复议结果我还是不服呢"), no count asked: the suit within 15 days of the review decision, not the count of reviews that 复议 names.',
  decide: (u, _state, kn) => {
    if (!REVIEW_DECISION_CONTESTED.test(u.norm) || CASES_ASKED.test(u.norm)) return undefined;
    const intent = kn.byId.get(AFTER_REVIEW);
    return intent && { kind: 'intent', intent, confidence: THRESHOLDS.answer };
  },
};

export const remedyAsked: Rule = {
  name: 'remedy-asked',
  doc: 'The asker\'s own next step against an office ("我能去哪告他们", "不给我公开，我能咋办"), not a count of cases: the remedies, whatever row or case the story names.',
  decide: (u, state, kn) => {
    const d = remedyDecision(u, state, kn);
    // (no reply the story: the time limit to reply told first, "一直拖着不回我怎么办")
    return d?.kind === 'intent' && d.intent.id === REMEDIES && NO_REPLY_STORY.test(u.norm) ? { ...d, noteIfAnswered: REPLY_LIMIT_NOTE } : d;
  },
};

/** The remedies' decision, before the time-limit note (remedy-asked). */
function remedyDecision(...[u, state, kn]: Parameters<Rule['decide']>): ReturnType<Rule['decide']> {
  // (a year's requests asked after, "2023年的申请有没有超过期限还没答复的": the report's, replies-on-time-asked answers)
  if (u.slots.years.length && YEARS_REQUESTS.test(u.norm)) return undefined;
  // "那我能咋办" right after a refusal (a refused, unable or rejected row, or why something is withheld): the remedies
  if (u.followUp.is && WHAT_NOW.test(u.norm) && (ADVERSE_ROWS.test((state.metric?.rows ?? []).join(' ')) || state.intent === 'procedure.exempt') && kn.byId.has(REMEDIES)) {
    return { kind: 'intent', intent: kn.byId.get(REMEDIES)!, confidence: THRESHOLDS.clarify };
  }
  // (not content with the reply, a review or a suit named after it: "答复不满意呢，复议呢？")
  if (DISSATISFIED_THEN_REMEDY.test(u.norm) && kn.byId.has(REMEDIES)) return { kind: 'intent', intent: kn.byId.get(REMEDIES)!, confidence: THRESHOLDS.clarify };
  // a request long unanswered, told as a grievance with no question of its own: "三个月前寄了申请，到现在一个字都没回！"
  // (not how long they may take, asked of the story, "最多能拖多长时间": the time limit's rules answer)
  // (nor when the phone is what the story ends asking for, "…一直没动静，想打电话问问进度，打哪个号码": the phone)
  const overdue = NO_REPLY_STORY.test(u.norm) && TIME_PASSED.test(u.norm) && DISCLOSURE_NAMED.test(u.norm) && !u.metric && !u.quantity && !u.duration && !CASES_ASKED.test(u.norm) && !PHONE_ASKED_LAST.test(u.norm);
  // none of the patterns anywhere in the message: none in a clause of it either (the common case, decided
  // without splitting the message into clauses twice)
  if (!OWN_REMEDY.test(u.norm) && !WILL_SUE.test(u.norm) && !REFUSED_THEN_WHAT.test(u.norm) && !REVIEW_WHERE.test(u.norm) && !FIRST_STEP_ASKED.test(u.norm) && !overdue) return undefined;
  // (money withheld by someone else, no word of disclosure: "老板到现在不给工资，咋弄" is another matter)
  if (MONEY_WITHHELD.test(u.norm) && !DISCLOSURE_NAMED.test(u.norm)) return undefined;
  // (nor a quarrel with a private person, "我和隔壁邻居因为一棵树吵了两年…去法院告他能不能告赢": a civil suit, no office's act)
  if (PRIVATE_DISPUTE.test(u.norm) && !DISCLOSURE_NAMED.test(u.norm)) return undefined;
  // the last clause that asks: the story before it may name a result ("答复说不掌握") or a case
  const clauses = u.norm.split(CLAUSE_SPLIT).filter((c) => c.trim());
  let at = clauses.length - 1;
  while (at >= 0 && !ASKING.test(clauses[at])) at--;
  // a short asking clause goes on from the one before it ("想投诉，应该找谁")
  const asking = at < 0 ? u.norm : at > 0 && clauses[at].length <= POLICY.followUpMaxChars ? `${clauses[at - 1]}，${clauses[at]}` : clauses[at];
  if (CASES_ASKED.test(asking) || u.quantity && CASES_ASKED.test(u.norm)) return undefined;
  // (or the message ends saying so: "…这合法吗，我要去告你们！")
  const last = clauses.at(-1) ?? '';
  // (where a review goes, the review named in the clause before: "想申请行政复议，应该向哪个机关申请")
  const reviewWhere = REVIEW_WHERE.test(asking) || (at > 0 && REVIEW_WHERE.test(`${clauses[at - 1]}，${clauses[at]}`));
  if (!OWN_REMEDY.test(asking) && !reviewWhere && !FIRST_STEP_ASKED.test(asking) && !((OWN_REMEDY.test(last) || WILL_SUE.test(last)) && !CASES_ASKED.test(last)) && !REFUSED_THEN_WHAT.test(u.norm) && !overdue) return undefined;
  // where the review goes, asked in so many words: the review body, however the words ranked (asked in so many words,
  // it is as sure as a clear match: also when the clause is a second question of the message)
  const body = reviewWhere ? kn.byId.get(REVIEW_BODY) : undefined;
  if (body) return { kind: 'intent', intent: body, confidence: Math.max(u.candidates.find((c) => c.item === body)?.score ?? 0, THRESHOLDS.answer) };
  const best = u.candidates.find((c) => REMEDY_INTENTS.has(c.item.id));
  if (best && best.score >= POLICY.remedyPatternMin) return { kind: 'intent', intent: best.item, confidence: best.score };
  // the asking clause names the step in so many words ("想投诉，应该找谁"), though the ranking of its
  // question words ("应该找谁") left the remedies out: the remedies
  // — of the office or its answer (投诉 and 举报 alone are said of anything: "楼下噪音扰民能举报吗")
  // — or refused or ignored, then what to do, in so many words ("回复说不掌握…我接下来还能怎么办")
  const remedies = (OWN_REMEDY.test(asking) && OF_THE_OFFICE.test(u.norm)) || REFUSED_THEN_WHAT.test(u.norm) || overdue ? kn.byId.get(REMEDIES) : undefined;
  return remedies ? { kind: 'intent', intent: remedies, confidence: THRESHOLDS.clarify } : undefined;
}

/** The time to reply said to have run out ("到点了", "到期了", "过了期限", "超期了"). */
const DEADLINE_PASSED = /到点|到期|超期|逾期|超时|过期|过了(?:期限|时限|日子|时间)|(?:期限|时限|时间)(?:已经|都|早就?)?(?:到了|过了)/;
/** The asker's matter not done ("还没弄完", "还没答复", "还没出结果"). */
const NOT_DONE = /还(?:没|未)(?:有)?(?:办|弄|处理|搞|做)(?:完|好)|还(?:没|未)(?:有)?(?:答复|回复|回音|给答复|给结果|出结果)/;
/** A count asked ("还有几件没办完"): table 三's carried-over row. */
const COUNT_ASKED_HERE = /多少|几[件个条份起]|数量/;
/** The report's requests named ("结转到下年的…超期了没"): a question of the report, not the asker's own matter. */
const REPORT_MATTER = /结转|下年|次年|年底|年报|报告|表三/;

export const deadlinePassedOwnMatter: Rule = {
  name: 'deadline-passed-own-matter',
  doc: 'The time to reply run out and the asker\'s matter not done ("到点了还没弄完呢"), no count asked: the time limit and its extension, then the remedies — never table 三\'s carried-over row.',
  decide: (u, _state, kn) => {
    if (!DEADLINE_PASSED.test(u.norm) || !NOT_DONE.test(u.norm) || COUNT_ASKED_HERE.test(u.norm) || REPORT_MATTER.test(u.norm) || u.slots.years.length) return undefined;
    const intent = kn.byId.get(REMEDIES);
    return intent ? { kind: 'intent', intent, confidence: THRESHOLDS.answer, noteIfAnswered: REPLY_LIMIT_NOTE } : undefined;
  },
};
