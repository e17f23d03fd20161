/**
 * Text normalisation for understanding: full-width → half-width (NFKC), traditional → simplified
 * (opencc-js, phrase level), emoji / control / bidi characters removed, repeated punctuation folded,
 * white space collapsed, Latin lower-cased, very long input cut.
 */
import { Converter, Trie } from 'opencc-js/t2cn';
import { smallNumber } from './cn-number.js';
import { flattenTrie, leavesUnchanged, triesMadeBy } from './flat-trie.js';
import { BoundedMemo, READING_MEMO_MAX } from './memo.js';
import { typedInPinyin } from './pinyin-syllables.js';

// opencc-js's dictionaries in flat maps instead of tries of Maps (flat-trie.ts): ~4 MB of heap less
flattenTrie(Trie);

/** Only the first MAX_CHARS characters are read: a question is never that long. */
export const MAX_CHARS = 2000;

let chars: { value: (s: string) => string; tries: readonly object[] } | undefined;
let phrases: ((s: string) => string) | undefined;
/**
 * Traditional → simplified. Phrase conversion (資訊 → 信息) only runs when the text has traditional
 * characters: applied to simplified text it would rewrite mainland words too (新增 → 添加). Whether it
 * has any is asked of the character converter's dictionaries first, without converting (flat-trie.ts).
 */
function toSimplified(s: string): string {
  chars ??= triesMadeBy(() => Converter({ from: 'tw', to: 'cn' }) as (s: string) => string);
  if (leavesUnchanged(chars.tries, s) || chars.value(s) === s) return s;
  phrases ??= Converter({ from: 'twp', to: 'cn' }) as (s: string) => string;
  // (a few Taiwan phrases mean something else to a Hong Kong or mainland reader: 資料 is 资料, not 数据; 文件 a
  // government's document, not a computer's 文档)
  // (each kept phrase stands in as a private-use character while the phrases are converted, then comes back)
  const kept: string[] = [];
  const out = phrases(s.replace(KEPT_PHRASES, (p) => String.fromCharCode(KEPT_MARK + kept.push(KEPT[p] ?? p) - 1)));
  return kept.length ? out.replace(KEPT_MARKS, (c) => kept[c.charCodeAt(0) - KEPT_MARK] ?? c) : out;
}

/** Private-use characters standing for kept phrases during conversion (no text of a citizen holds them: removed as invisible otherwise). */
const KEPT_MARK = 0xe000;
const KEPT_MARKS = /[\ue000-\ue0ff]/g;

/** Traditional phrases converted by character only (the phrase table's regional word would change the meaning). */
// (and 么 kept as it is: the Taiwan table reads a lone 么 as 幺, but "我么样办", "么子" are mainland speech — 怎么样, 什么)
const KEPT: Readonly<Record<string, string>> = { 資料: '资料', 文件: '文件', 么: '么' };
const KEPT_PHRASES = new RegExp(Object.keys(KEPT).join('|'), 'g');

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u20e3]/gu;
/** Emoji that stand for a word of a contact question ("📞多少", "✉️发我"): read as that word before emoji are dropped. */
const EMOJI_WORDS: Readonly<Record<string, string>> = { '📞': '电话', '☎': '电话', '📱': '电话', '📧': '邮箱', '✉': '邮箱', '📨': '邮箱', '📩': '邮箱', '📍': '地址' };
const WORD_EMOJI = /(?:📞|☎|📱|📧|✉|📨|📩|📍)\uFE0F?/gu;
/**
 * Words in Hangul beside the Chinese ("不是电话 是地址 주소"), as a Korean-Chinese asker adds them: the Chinese says it;
 * read as a pause, like an emoji (no word of the bot's is written in Hangul).
 */
const HANGUL = /[\p{Script=Hangul}]+/gu;
const HANGUL_ANY = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;

/** Chinese numerals in a year, e.g. 二〇二二 / 二零二二 → 2022. */
const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** English words citizens mix into questions → the Chinese word the bot knows. */
const GLOSSARY: Record<string, string> = {
  'how many': '多少', 'how much': '多少', 'how long': '多久', where: '哪里', when: '什么时候', how: '怎么', why: '为什么', 'why not': '为什么不',
  phone: '电话', tel: '电话', telephone: '电话', 'phone number': '电话', mobile: '电话', hotline: '热线电话',
  address: '地址', location: '地址', email: '邮箱', 'e mail': '邮箱', mail: '邮箱', website: '网址', web: '网址', url: '网址', site: '网址',
  postcode: '邮编', 'zip code': '邮编', zipcode: '邮编', zip: '邮编', fee: '费用', fees: '费用', cost: '费用', free: '免费',
  apply: '申请', application: '申请', applications: '申请', applicant: '申请人', applicants: '申请人', request: '申请', requests: '申请', report: '报告', contact: '联系方式',
  'information disclosure': '信息公开', 'government information': '政府信息', disclosure: '公开', receive: '收到', received: '收到', get: '收到', got: '收到',
  refused: '不予公开', rejected: '不予公开', denied: '不予公开', 'granted in full': '予以公开', 'fully granted': '予以公开', granted: '予以公开',
  'partially granted': '部分公开', 'granted in part': '部分公开', 'carried over to next year': '结转下年度', 'carried over to the next year': '结转下年度',
  'carried over from last year': '上年结转', 'carried over': '结转', 'administrative review': '行政复议', 'administrative reconsideration': '行政复议', reconsideration: '复议', 'administrative litigation': '行政诉讼', litigation: '诉讼', review: '复议', lawsuit: '行政诉讼', lawsuits: '行政诉讼', sued: '起诉',
  district: '区', county: '县', city: '市', government: '政府', office: '办公室', town: '镇', township: '乡', street: '街道',
  // domain words typed in pinyin
  shenqing: '申请', dianhua: '电话', dizhi: '地址', youbian: '邮编', gongkai: '公开', xinxi: '信息', fuyi: '复议', susong: '诉讼', nianbao: '年报',
  buyu: '不予', yuyi: '予以', wufa: '无法', tigong: '提供', bufen: '部分', chuli: '处理', shoufei: '收费', buzheng: '补正', dafu: '答复', zhudong: '主动', jiezhuan: '结转',
  xingzheng: '行政', shiyexing: '事业性', guifanxing: '规范性', wenjian: '文件', xianxing: '现行', youxiao: '有效', xuke: '许可', chufa: '处罚', qiangzhi: '强制',
  // the domain's words by their pinyin initials, as the young type them ("zfxxgk", "南岗区zfbgs dh多少", "sq总共jige")
  zfxxgk: '政府信息公开', ysqgk: '依申请公开', xxgk: '信息公开', zfbgs: '政府办公室', bfgk: '部分公开', xxk: '信息科', zf: '政府',
  sq: '申请', gk: '公开', dh: '电话', nb: '年报', fy: '复议', dz: '地址', yb: '邮编', jige: '几个', duoshao: '多少',
  thx: '谢谢', thanks: '谢谢', 'thank you': '谢谢',
  // the phone asked as a number to call ("I want to call 尧坝镇 … what's the number"); a count is "the number of"
  call: '打电话', 'the number': '号码', 'number of': '数量', 'the number of': '数量',
  // a program asked for ("write me a python script to scrape …"): the words of that task, which is not the bot's
  write: '写', code: '代码', script: '代码', scripts: '代码', scrape: '爬虫', crawl: '爬虫', crawler: '爬虫', scraper: '爬虫', program: '程序',
  // how a request is made
  online: '网上', 'in person': '当面', 'by mail': '邮寄', 'by post': '邮寄',
  bureau: '局', 'ecology and environment': '生态环境', environment: '环境', education: '教育', 'information processing fees': '信息处理费',
  // ("FOI questions": freedom-of-information, i.e. disclosure; "mailing address" is the address)
  foi: '信息公开', 'freedom of information': '信息公开', 'open government information': '政府信息公开', 'mailing address': '地址', 'postal address': '地址',
  'information processing fee': '信息处理费', 'processing fees': '处理费', 'processing fee': '处理费', collect: '收取', collected: '收取', charge: '收取', charged: '收取',
  // table 二's columns in English ("how many newly issued / abolished / still valid")
  'newly issued': '新制发', issued: '制发', abolished: '废止', repealed: '废止', 'still valid': '现行有效', 'currently valid': '现行有效', 'in force': '现行有效',
  // the time limit in English ("how many days until they reply? can they extend it?"); fax and its number
  'how many days': '多少天', reply: '答复', replies: '答复', respond: '答复', response: '答复', extend: '延长', extended: '延长', extension: '延长', fax: '传真',
  'policy documents': '政策文件', 'policy document': '政策文件', policies: '政策', policy: '政策', documents: '文件', document: '文件', check: '查',
  // how much of it was given ("fully公开的有几个", "partially公开的呢")
  fully: '全部', 'in full': '全部', partially: '部分', partly: '部分', 'in part': '部分',
  percentage: '百分比', percent: '百分比', ratio: '比例', proportion: '比例', share: '比例',
  gov: '政府', closed: '办结', concluded: '办结', completed: '办结', total: '总计', 'all closed': '全部办结',
  // who may apply, third parties, reasons and the longest wait ("can a company apply", "another company's trade secret",
  // "why did they fail to provide", "how long is the max")
  company: '企业', companies: '企业', enterprise: '企业', citizens: '公民', citizen: '公民', individual: '个人', 'trade secret': '商业秘密',
  'trade secrets': '商业秘密', 'business secret': '商业秘密', 'commercial secret': '商业秘密', privacy: '隐私', 'third party': '第三方',
  'fail to provide': '无法提供', 'failed to provide': '无法提供', 'unable to provide': '无法提供', reason: '原因', reasons: '原因',
  'more time': '延长', max: '最长', maximum: '最长', longest: '最长', cumulative: '累计', accumulative: '累计', info: '信息', information: '信息',
  'id card': '身份证', materials: '材料', touch: '涉及', touches: '涉及', involve: '涉及', involves: '涉及',
  // what was published and how much ("how many items did they disclose", "cases did they handle", "registered mail")
  disclosed: '公开', disclose: '公开', published: '发布', publish: '发布', items: '条', item: '条',
  'registered mail': '挂号信', 'total number of': '一共多少', 'total number': '总数', 'in total': '一共',
  // the office's channels and what it posts on them ("two WeChat accounts", "how many posts", "the annual report")
  'wechat official accounts': '微信公众号', 'wechat official account': '微信公众号', 'wechat accounts': '微信公众号', 'wechat account': '微信公众号',
  'official accounts': '公众号', 'official account': '公众号', wechat: '微信', weibo: '微博', accounts: '账号', account: '账号',
  posts: '条', post: '条', articles: '篇', 'annual report': '年报', 'new media': '新媒体', 'short videos': '短视频', 'short video': '短视频', videos: '视频', video: '视频',
  // (matters of other offices, asked in English: the out-of-scope answer reads them)
  visa: '签证', visas: '签证', passport: '护照', tourist: '旅游',
  'what can i do': '怎么办', 'what should i do': '怎么办', 'what can we do': '怎么办', 'go to court': '起诉', court: '法院',
};
/** A question word, then a space before more words ("予以gk了几个 bfgk呢"): the next question starts there, not the same word run on. */
// (after Chinese words, the next one a question of its own ending in 呢/吗 — "一共多少 applications?" reads 多少申请)
const ASKED_THEN_SPACE = /(?<=\p{Script=Han})(多少|几[件个条天次]|吗|呢)\s+(?=\p{Script=Han}[^，。？?！!\s]{0,10}[呢吗])/gu;
/** A word followed by itself in brackets ("依申请公开(依申请公开)"): the gloss of an abbreviation, once it is read. */
const SELF_GLOSS = /(\p{Script=Han}{2,8})\s*[(（]\1[)）]/gu;
/** English words that carry no topic, dropped after the glossary ("did the … receive" → "收到"). */
const ENGLISH_FUNCTION = /\b(the|a|an|of|in|on|for|to|is|are|was|were|did|do|does|you|your|we|our|it|its|by|with|at|and|or|please|can|could|i|me|my|there|this|that|year|what|whats|what's|they|them|their|s|questions?|enquiries|inquiries|number|tell|know|which|who|should|would|send|give|hi|hello|hey|if|say|says|said|need|needs|will|may|might|have|has|had|only|be|been|so|far|just|also|ask|asked)\b/g;
const ENGLISH = new RegExp(`\\b(${Object.keys(GLOSSARY).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '[\\s-]+')).join('|')})\\b`, 'g');

/** Recent results: examples are normalised twice at load, and citizens repeat questions (sized as the other readings' memos). */
const memo = new BoundedMemo<string, string>(READING_MEMO_MAX);

export function normalize(text: string): string {
  const key = String(text ?? '').slice(0, MAX_CHARS);
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const out = compute(key);
  memo.set(key, out);
  return out;
}

/** Puts known results back into the memo (the intents cache keeps the normal forms of the examples). */
export function primeNormalize(pairs: Iterable<[string, string]>): void {
  for (const [text, norm] of pairs) {
    if (memo.size >= READING_MEMO_MAX) return;
    memo.set(String(text).slice(0, MAX_CHARS), norm);
  }
}

/**
 * Characters on each side of a space for it to be a clause break rather than spaced-out characters or
 * words ("电 话 多 少", "南岗区 政府办 电话"): five, a short clause of its own.
 */
const CLAUSE_RUN_MIN = 5;
// (or a year opening the run after it: "…规范性文件有几件 2022年有没有收信息处理费")
const SPOKEN_CLAUSE_BREAK = new RegExp(`(\\p{Script=Han}{${CLAUSE_RUN_MIN}})\\s+(?=(?:\\d{2,4}年)?\\p{Script=Han}{${CLAUSE_RUN_MIN}})`, 'gu');

/** A question particle, then a space before more words ("大城街52号是你们那吗 邮编多少"): a clause break, however short. */
const PARTICLE_THEN_SPACE = /(?<=\p{Script=Han})(吗|吧)\s+(?=\p{Script=Han})/gu;
/** 来着 ending a question of recalling ("报告里写的是多少家来着？"). */
const RECALLING = /来着(?=[?？。!！,，]|$)/g;
/** A measure word typed by its sound before what it counts ("多少片文章" for 篇). */
const PIECE_FOR_ARTICLE = /(几|多少)片(?=文章|稿|报道|新闻|信息|推文)/g;

/** Any white space (\s: the same characters with and without the u flag). */
const SPACE = /\s/;

/** 哩 of 河南话 between words is 的 ("弄哩信息公开", "给公开哩有几件"); at the end it is 呢 and is left alone. */
const HENAN_DE = /(?<=\p{Script=Han})哩(?=\p{Script=Han})/gu;
/** 单 as the measure of requests counted ("一共收了几单", "多少单"): 件. */
const ORDERS_AS_CASES = /(几|多少)单(?=[？?吗呢啊呀，,。！!\s]|$)/g;

/** 好多 that asks a number (after 是/成/有/要, before a measure or at the end; after 一共/收了 … at the end of the question: "一共收了好多申请啊"), not "many". */
// (or right after a contact detail: "中山路街道办事处电话好多嘛？")
// (a particle then "晓得不": "公开了好多条信息嘛 晓得不")
const HOW_MANY_DIALECT = /(?<=是|成|有|要|在)好多(?=号|钱|天|岁|[了？?啊哦吗呢咯啰哟撒噻嘞]|$|[件个条次宗项][嘛吗呢啊哦咯啰哟撒噻嘞]*(?:[？?]|$))|(?<=(?:电话|号码|邮编|热线|座机|传真|网址|网站)(?:是|号是)?)好多(?=号|[嘛吗呢啊哦噻？?，,。\s]|$)|好多(?=天以内|天内|个工作日)|(?<=有)好多(?=人[^，。,！!？?]{0,12}(?:[？?]|[嘛吗呢哦](?:[？?，,。]|$)))|(?<=一共|总共|共|给了|收了|收到了?|接了|接到了?|受理了?|办了|办理了?|发了|发布了?|更新了?|上传了?|贴了|挂了|登了|印了|出版了|公开了?|开了|搞了|做了|整了|弄了|出了|推了|推送了|上报了?|报送了?|差了?|相差了?|报了|审发了?|制发了?|举办了|召开了|组织了)好多(?=[^，。,！!？?]{0,12}(?:[？?]|[啊哦吗呢呀嘛嘞咧噻咯啰哟](?:[？?，,。\s]|$|晓得|知道)|$))/g;
/** 好久 that asks how long ("好久能答复", "要好久"), not "a long time" ("等了好久了"). */
// (or after the latest it may be, "最迟好久要答复我嘛")
const HOW_LONG_DIALECT = /(?<=要|得|需要)好久(?=[？?啊哦呢嘛]|$|才|能)|(?<=最迟|最晚|最长|最多|最快)好久|好久(?=能|才能|可以|会|答复|回复|办|给(?:我|你|人)?(?:答复|回复|回|答|办))/g;
/** 没得 that asks or denies as 没有 ("办结了没得", "有没得"), south-western speech. */
const NOT_HAVE_DIALECT = /没得(?=[？?啊哦吗呢嘛]|$)|(?<=有)没得/g;

/**
 * A yes/no question asked as "A 不?" (northern and south-western speech: "能申请公开信息不？", "要交钱不",
 * "对不？"): the closing 不 is the question's 吗, not a negation of what comes before it (read as negation,
 * "公开信息不" became "不公开"). Not after 还是/也/都/就 … where 不 is a word of its own ("公开还是不").
 */
const YES_NO_DIALECT = /(?<=\p{Script=Han})(?<!还是|要么|[也都就并绝决偏可而又])不(?=[？?，,。！!]|$)/gu;

/**
 * Two questions run together without a stop ("电话多少还有就是申请交上去多久给回信"): a question word
 * followed by 还有/另外/然后 … starts the next question, kept as a comma so the clauses are read apart.
 */
const NEXT_QUESTION = /(多少|几[件个条天次]|吗|呢|什么|哪里|哪儿|怎么办)(?=还有就是|还有|另外|此外|再就是|然后)/g;

/**
 * "@助手 …", "@政务公开机器人 …": the bot addressed by name in a group, as a message pasted or passed on
 * with its mention (the channels strip their own mentions; this catches the rest): the name is no part of
 * the question. A name is up to 16 characters and ends at a space (WeChat puts U+2005 there).
 */
const LEADING_MENTION = /^(?:\s*@[^\s@]{1,16}\s+)+/u;

/**
 * A count of requests written in Chinese numerals ("是六件吗", "十五件"): in digits, as every count of a report is.
 * Only before 件 (三项 and 七家子镇 are words, 几十件 a guess), not 一 alone ("一件事") nor 两.
 */
const CN_COUNT = /(?<![一二三四五六七八九十百两几第例》法])(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九])(?=件)/g;
const cnCount = (m: string): string => String(smallNumber(m) ?? m);

/**
 * A district of two characters said with 区政府 after it ("西区区政府办公室" for 攀枝花市西区人民政府办公室): its name once —
 * only these (东区, 西区, 城区, 郊区, 矿区), as "环县县政府" is 环县's 县政府 and reads as it is.
 */
const LEVEL_TWICE = /(?<=[东西南北中城郊矿])(区)\1(?=(?:人民)?政府|委|办)/gu;
/** 补 for 补正, after a word that makes it the asker's step ("不补", "叫我补", "再补") or before how often ("补几次"). */
const MAKE_GOOD = /(?:(?<=不|没|没有|让我|叫我|要我|再|还得|还要)补|补(?=几次|一次|两次|多少次|几回))(?![正充贴助偿办交发缴齐全课习票位考录签种牌])/gu;
/** 哪能 after 在/去/从/到, or 上哪能, asks where one can ("这份年报原文在哪能看到", "去哪能查", "上哪能看到"): 哪里能, not 上海话's 哪能 (怎么). */
const WHERE_CAN = /(?:(?<=[在去从到])|上)哪能/g;
/** 咯 said for the aspect 了 right after a verb, before a how-many (Hunan speech, "办咯好多件", "收咯几件"): 了. */
const ASPECT_LO = /(?<=[办收接发给做搞整弄出推受理布])咯(?=好多|多少|几)/g;
/** 接到 typed for 街道 (both jiē dào) right after a place's name and before its office ("中心路接到办事处", "东风接到办"). */
const STREET_TYPED_AS_RECEIVED = /(?<=\p{Script=Han}{2})接到(?=办事处|办(?![理了过完好件成]))/gu;
/** A verb asked as "A没A" ("收没收", "交没交", "回没回"); 有没有 is asked so already. */
const VERB_NOT_VERB = /(?!有)(\p{Script=Han})没\1/gu;
/** 局 typed as "ju" right after characters, before what is asked of the bureau ("大数据ju的电话", "税务ju地址"). */
const BUREAU_IN_PINYIN = /(?<=\p{Script=Han})\s*ju(?=\s*(?:的|电话|地址|网站|邮箱|在哪|[?？,，。]|$))/gu;

/** Staff shorthand for the requests received and closed, figures after one character ("依申请 收13 结13"): said in full. */
const RECEIVED_SHORT = /(?<=申请|^|\s|[，,:：])收(\d+)(?=\s|[，,。;；]|结|$)/g;
const CLOSED_SHORT = /(?<=\d件?\s?)结(\d+)(?=\s|[，,。;；]|$)/g;

/** A range of numbered groups after NFKC ("(一)到(六)"). */
/** The bot addressed with a place, "你这儿能查些啥", "您这里可以问什么": the bot itself ("你能查些啥"), as the help examples ask it. */
const YOU_HERE = /(?<=^|[，,。\s])(你们?|您)(?:这儿|这里|这边)(?=能|可以|都能|都可以)/gu;
/** The report's own year named by the report ("报告那年新增了几个", "年报当年"): that year, as 那年 and 当年 say it alone. */
const REPORT_YEAR_SAID = /(?:年度报告|年报|报告)(?=(?:那|当)一?年)/gu;
/** Money charged of the asker ("会不会收我钱", "收俺的钱"): 收钱, the fee's everyday word. */
const CHARGED_ME = /收(?:我|咱|俺|我们|咱们)(?:的)?钱/g;
/** Not a cent charged ("一分钱没收我的", "分文不取"): no fee charged, as the fee's examples say it (not 没收, confiscated). */
const NOT_A_CENT = /(?:一分钱|一分|一毛钱|分文)(?:都|也)?(?:没|没有|不)(?:收|要|取)(?:我的?|钱)?/g;
/** What the asker can do, asked after a setback told ("要是他们不给我公开，我能干啥"): what to do about it, 怎么办 (not the bot's help). */
const WHAT_CAN_I_DO = /(?<=(?:不给|不予|拒绝|没答复|不答复|不回|没回|不理|驳回)[^，。？?]{0,16}[，,]\s*)(?:那)?(?:我|俺|咱)(?:能|可以|该|应该|还能)(?:干|做)(?:什么|啥|些什么|点什么)/g;
/** How many people do the work, asked as a guess ("政务公开就一个人在干啊", "只有两个人负责吗"): how many do it. */
const PEOPLE_GUESSED = /(?:是不是|难道)?(?:就|只有|只|才)(?:一|两|二|三|1|2|3)个人(?=在?(?:干|做|负责|管|搞|弄|忙))/g;
/** The report said to say something itself ("年报里自己说…", "报告本身写"): what the report says, as the askers' usual words put it. */
const REPORT_ITSELF_SAYS = /(?<=(?:报告|年报)(?:里|中|上|里面)?)(?:自己|自个儿|本身)(?=说|提到|讲)/g;
/** Adding up said as going through the items ("逐个加一遍", "挨个加一下"): 加起来, as every sum rule reads it. */
const ADDED_ONE_BY_ONE = /(?:逐个|挨个|逐项|一个个|一项项|一个一个)(?:地)?加(?:一遍|一下|一加|起来)?|加一遍/g;
/** What the bot can answer asked with a lone 答 ("你都能答些啥"): 回答, as the help examples ask it (not "没答上来"). */
const CAN_ANSWER = /(?<=能|可以)答(?=(?:些|点|哪些|什么|啥))/g;
/** Cantonese words the rules read in the normal form (the classifier has its own in intents/synonyms.yml): 加埋 (added
 *  up), 几多 (how many), 咗 (the aspect 了), 同埋 (and). */
const CANTONESE: Readonly<Record<string, string>> = { 加埋一齐: '加起来', 加埋: '加起来', 几多: '多少', 咗: '了', 同埋: '和' };
const CANTONESE_WORDS = new RegExp(Object.keys(CANTONESE).join('|'), 'g');
/** 同 joining two channels, as Cantonese says 和 ("微博同微信公众号"). */
const CHANNEL_AND = /(?<=微博|微信|网站|公众号|抖音|头条|号)同(?=微博|微信|网站|公众号|抖音|头条|政务|新浪|官方)/g;
const GROUP_RANGE = /\(([一二三四五六七])\)\s*(?:到|至|~|～|-|—)\s*\(([一二三四五六七])\)/g;
const GROUP_NUMERALS = '一二三四五六七';
function expandGroups(whole: string, a: string, b: string): string {
  const [from, to] = [GROUP_NUMERALS.indexOf(a), GROUP_NUMERALS.indexOf(b)];
  return to > from ? [...GROUP_NUMERALS.slice(from, to + 1)].map((c) => `(${c})`).join('、') : whole;
}

function compute(input: string): string {
  let s = input;
  s = s.normalize('NFKC');
  if (s.includes('@')) s = s.replace(LEADING_MENTION, '');
  s = s.replace(INVISIBLE, '');
  s = s.replace(WORD_EMOJI, (e) => EMOJI_WORDS[e.replace(/\uFE0F/g, '')] ?? ' ');
  s = s.replace(EMOJI, ' ');
  if (HANGUL_ANY.test(s) && HAN.test(s)) s = s.replace(HANGUL, ' ');
  // WeChat stickers sent as text: [微笑] [抱拳] [捂脸]
  s = s.replace(/\[[\p{Script=Han}A-Za-z]{1,4}\]/gu, ' ');
  if (HAN.test(s)) s = toSimplified(s);
  // a range of table 三's numbered groups ("（一）到（六）"): each of them, as staff would list them
  if (/\)\s*(?:到|至|~|～|-|—)\s*\(/.test(s)) s = s.replace(GROUP_RANGE, expandGroups);
  // (requests counted in 宗, as Guangdong's reports do, "办了多少宗": counted in 件)
  s = s.replace(/(多少|几)宗(?![教族旨])/g, '$1件');
  // (or requests in 起, as cases are counted, "收到了几起政府信息公开申请": 件 too)
  if (s.includes('起')) s = s.replace(/(多少|几)起(?=[^，。？?,]{0,10}申请)/g, '$1件');
  s = s.replace(/[二][〇零][一二三四五六七八九〇零]{2}(?=年)/g, (m) => [...m].map((c) => CN_DIGIT[c] ?? c).join(''));
  if (/[二三四五六七八九十]/.test(s)) s = s.replace(CN_COUNT, cnCount);
  s = s.toLowerCase();
  // 好多 asking how many, as in south-western speech ("电话是好多号", "邮编改成好多了", "好多天以内"): 多少
  if (s.includes('咯')) s = s.replace(ASPECT_LO, '了');
  s = s.replace(HOW_MANY_DIALECT, '多少');
  s = s.replace(HENAN_DE, '的').replace(ORDERS_AS_CASES, '$1件');
  if (s.includes('好久')) s = s.replace(HOW_LONG_DIALECT, '多久');
  if (s.includes('没得')) s = s.replace(NOT_HAVE_DIALECT, '没有');
  if (s.includes('不')) s = s.replace(YES_NO_DIALECT, '吗');
  s = s.replace(NEXT_QUESTION, '$1，');
  // 补 said for 补正 ("叫我补几次", "不补会怎样")
  if (s.includes('补')) s = s.replace(MAKE_GOOD, '补正');
  if (s.includes('哪能')) s = s.replace(WHERE_CAN, '哪里能');
  if (s.includes('这')) s = s.replace(YOU_HERE, '$1');
  if (s.includes('分')) s = s.replace(NOT_A_CENT, '没收费');
  if (s.includes('钱')) s = s.replace(CHARGED_ME, '收钱');
  if (s.includes('个人')) s = s.replace(PEOPLE_GUESSED, '有几个人');
  if (s.includes('加')) s = s.replace(ADDED_ONE_BY_ONE, '加起来');
  if (s.includes('答')) s = s.replace(CAN_ANSWER, '回答');
  if (/[埋咗多]/.test(s)) s = s.replace(CANTONESE_WORDS, (w) => CANTONESE[w] ?? w);
  if (s.includes('同')) s = s.replace(CHANNEL_AND, '和');
  if (s.includes('我') || s.includes('俺') || s.includes('咱')) s = s.replace(WHAT_CAN_I_DO, '我该怎么办');
  if (s.includes('报')) s = s.replace(REPORT_YEAR_SAID, '').replace(REPORT_ITSELF_SAYS, '');
  // a verb asked as "A没A" ("收没收过费", "给没给公开"): 有没有 A, as the examples ask it
  if (s.includes('没')) s = s.replace(VERB_NOT_VERB, '有没有$1');
  // a two-character district before its 区政府 ("西区区政府办公室": 西区's 区政府) — once
  s = s.replace(LEVEL_TWICE, '$1');
  // (staff shorthand, "收13 结13": 收到13件, 办结13件)
  if (/收\d/.test(s)) s = s.replace(RECEIVED_SHORT, '收到$1件').replace(CLOSED_SHORT, '办结$1件');
  // (街道 typed as its sound-alike 接到 before its office: "中心路接到办事处在哪")
  if (s.includes('接到办')) s = s.replace(STREET_TYPED_AS_RECEIVED, '街道');
  // 局 typed in pinyin after an organ's name ("大数据ju的电话")
  if (s.includes('ju')) s = s.replace(BUREAU_IN_PINYIN, '局');
  // (an ampersand joining two questions, "南岗区多久回复申请 & 不满意的话能去哪投诉": a clause break — not two details
  // named, "座机 & 地址 一起发我")
  if (s.includes('&')) s = s.replace(/\s*&\s*(?=\p{Script=Han}{4,})/gu, '，');
  // spaced-out characters ("电 话 多 少") and a few English words mixed into Chinese questions
  // a space between two long runs of characters is where a voice message or a WeChat typist paused: a
  // clause break ("政府办不理我的信息公开申请 我能去哪投诉"), kept as a comma
  // (both need a space: most questions have none, and each pattern is tried at every position)
  if (SPACE.test(s)) {
    s = s.replace(SPOKEN_CLAUSE_BREAK, '$1，').replace(PARTICLE_THEN_SPACE, '$1，');
    s = s.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
  }
  // (a question typed in pinyin keeps its words: "you", "an" and "me" are syllables there, read by pinyin-sentence.ts)
  if (/[a-z]{2,}/.test(s) && !typedInPinyin(s)) s = s.replace(ENGLISH, (w) => GLOSSARY[w.replace(/[\s-]+/g, ' ')] ?? w).replace(ENGLISH_FUNCTION, ' ').replace(ASKED_THEN_SPACE, '$1，').replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
  // (a word glossed in brackets by itself, "ysqgk(依申请公开)" read as "依申请公开(依申请公开)": said once)
  if (s.includes('(') || s.includes('（')) s = s.replace(SELF_GLOSS, '$1');
  // fold runs of the same punctuation / filler: "？？？" → "?", "!!!" → "!", "。。" → "。"
  s = s.replace(/([!?。,.、~…;:\-_=*#])\1+/g, '$1').replace(/[~～]+/g, '');
  if (s.includes('片')) s = s.replace(PIECE_FOR_ARTICLE, '$1篇');
  // (来着 of recalling, "是多少家来着": says nothing, and jieba would glue it to the measure word, 家来)
  if (s.includes('来着')) s = s.replace(RECALLING, '');
  s = s.replace(/\s+/g, ' ').trim();
  return s;
}

/** True when nothing readable is left (only emoji, punctuation, symbols). */
export function isEmptyText(normalized: string): boolean {
  return !/[\p{L}\p{N}]/u.test(normalized);
}
