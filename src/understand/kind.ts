/**
 * The kind of question, from its question words: a count ("多少件", "几个"), a duration ("多久"),
 * why ("为什么", "什么原因"), how, where, who, yes/no, compare. Several kinds can hold at once
 * ("为什么拒绝了几件" is why and count). The policy reads kinds; it never matches question words itself.
 */
import { BoundedMemo, READING_MEMO_MAX } from './memo.js';

export interface QuestionKinds {
  /** How many (a figure), not how long and not how much money. */
  count: boolean;
  /** How long / by when (a procedure's time limit). */
  duration: boolean;
  /** Why / for what reason. */
  why: boolean;
  how: boolean;
  where: boolean;
  who: boolean;
  yesNo: boolean;
  compare: boolean;
  /** Whether there were any ("部分公开的有吗", "有没有人告过你们", "有人跟他们打行政官司没"). */
  exists: boolean;
  /** How a total divides ("具体咋分的", "分别是", "明细"). */
  breakdown: boolean;
}

/** 几天 / 多久 / 期限: a time limit ("要等好久？" too, as 西南 speech asks 多久). */
// (not a time told in a story: "前几天", "这几天", "过几天", "隔几天" say when, not how long)
export const DURATION = /(?:要|得|需要|会)等好久(?=[?？吗呀啊哦]|$)|(?<![前这那过隔没])几天|多少天|几个?工作日|多少个?工作日|多长时间|多久|几个月|多少日|期限|时限|时间限制|时间要求|时间规定|规定时间|规定的时间/;
/** 几种 / 哪几类 / 几步 ask for kinds or steps, 多少钱 for money: none of them is a count in the report. */
const NOT_COUNT = /几种|几类|哪几|几步|几个方面|几点|多少钱|几块钱|多少费用/;
/** Items a channel published, by their volume ("发布量", "推送数量", "更新条数", "发布数", "发布期数"); the measure word captured. */
export const PUBLISHED_BY_NUMBER = /(?:发布|推送|更新|发文|发帖|转载|转发)(量|数量|总量|条数|期数|数)/;
/** Followers by their number ("订阅数", "关注量", "粉丝数"). */
export const FOLLOWERS_BY_NUMBER = /(?:订阅|关注|粉丝)(?:用户)?(?:数|量|人数|总数)/;
/** Times something was done, by their number ("督改次数", "培训次数"). */
export const TIMES_BY_NUMBER = /次数/;
// (or a volume named by its number, "政府网站发布量", "订阅数", "阅读量", "发布期数", "督改次数")
// (or a figure worked out, "予以公开率（予以公开÷新收）算一下": ÷ or 算一下 at the end asks what it comes to)
const COUNT = new RegExp(
  `÷|除以|(?:算一下|算算|算下|计算一下)(?=[？?。！!]*$)|多少|几[件个次条起项家人篇名所份宗]?|数量|数目|总数|几多|总?条数|总?件数|${PUBLISHED_BY_NUMBER.source}|${FOLLOWERS_BY_NUMBER.source}|(?:阅读|访问|浏览)(?:用户)?(?:量|数|人数)|期数|${TIMES_BY_NUMBER.source}`,
);
// (or "怎么到现在还没…", "咋还不…": why not yet; "怎么一件行政处罚都没有": why none)
// (or "怎么有…那么多", "咋会这么少": how come so many, so few)
const WHY = /为什么|为何|为啥|什么原因|啥原因|原因|理由|(?:怎么|咋)(?:才|只有?|就|仅)(?=[\d一二两三四五六七八九十几]|这么|那么)|依据是什么|凭什么|凭啥|什么道理|啥道理|咋回事|怎么回事|是什么情况|啥情况|什么情形|属于(?:什么|哪种|哪类|哪一类)(?:情况|情形)|(?:怎么|咋)(?:到现在|至今|一直|迟迟)?(?:还|都)(?:没|不)|(?:怎么|咋)(?:会)?有?[^，。？?]{0,12}(?:那么|这么)(?:多|少)|(?:怎么|咋)(?:会)?(?:都|全)?是\s*(?:0|零)(?![\d.])|(?:怎么|咋)(?:会)?一(?:件|个|次|条|起|份)[^，。？?]{0,10}(?:都|也)(?:没|不)|(?:怎么|咋)会没(?:有)?人|(?:报告|年报)[^，。？?]{0,4}(?:有没有|有)(?:解释|说明)(?:原因)?(?:吗)?/;
// (or the written "以何种形式", "通过何种途径": by what means)
const HOW = /怎么|怎样|如何|咋|步骤|流程|程序|办法|何种(?:形式|方式|途径|渠道|方法)/;
const WHERE = /哪里|哪儿|在哪|去哪|什么地方|位置|地址/;
const WHO = /谁|哪个部门|哪个单位|哪个科|什么人/;
// (or a yes/no with its other side after 还是, "申请人里有企业吗，还是全是个人申请的")
const YES_NO = /吗[?？。!]*$|吗[?？,，]\s*还是[^?？。!]*[?？。!]*$|能不能|可不可以|是不是|有没有|是否|对不对|行不行/;
// (or one kind among people or things, "申请人里有企业吗", "申请的人中有律师吗")
const EXISTS = /有吗|有没有|(?:人|者|方)(?:里|中|当中)(?:有|存在)\p{Script=Han}{1,6}吗|有过|有无|是否有|有没|没有过|过.{0,8}没有?[?？。!]*$|过吗[?？。!]*$|^有人.{1,12}没有?[?？。!]*$/u;
const BREAKDOWN = /(?:属于|是|归)哪(?:一)?(?:类|种)|什么类型|怎么分|咋分|如何分|分别|各(?:是|有|为|占)?(?:几|多少)|明细|构成|哪几种情况|哪些情况|具体是哪些|具体哪些/;
const COMPARE = /比较|对比|相比|哪个多|哪个少|哪年多|增加了|减少了|变化|一样吗|有什么不同|区别/;

/** Kinds kept by text (as many as the other readings of a text, memo.ts). */
const KINDS_MEMO_MAX = READING_MEMO_MAX;
const kindsMemo = new BoundedMemo<string, Readonly<QuestionKinds>>(KINDS_MEMO_MAX);

/**
 * The kinds of a question. A pure function of the text, asked of the message, its clauses and the last question
 * by rule after rule (ten regular expressions a call, ~2 % of an in-process reply, CPU profile): memoised, the
 * result frozen (shared by every caller).
 */
export function questionKinds(norm: string): Readonly<QuestionKinds> {
  let kinds = kindsMemo.get(norm);
  if (kinds === undefined) {
    kinds = Object.freeze(readKinds(norm));
    kindsMemo.set(norm, kinds);
  }
  return kinds;
}

function readKinds(norm: string): QuestionKinds {
  const duration = DURATION.test(norm);
  return {
    count: COUNT.test(norm) && !duration && !NOT_COUNT.test(norm),
    duration,
    why: WHY.test(norm),
    how: HOW.test(norm),
    where: WHERE.test(norm),
    who: WHO.test(norm),
    yesNo: YES_NO.test(norm),
    compare: COMPARE.test(norm),
    exists: EXISTS.test(norm),
    breakdown: BREAKDOWN.test(norm),
  };
}
