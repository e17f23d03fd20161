/**
 * Is a message, sent right after an answer, a verdict on it? 👍 / 有用 / 有帮助 / 赞 → true,
 * 👎 / 没用 / 没帮助 / 踩 → false, anything else (a new question, 谢谢, 好, 有用吗？) → null.
 * The whole message must be the verdict; politeness around it (谢谢, 了, 啊, !) is allowed.
 */
import { BoundedMemo, READING_MEMO_MAX } from './understand/memo.js';

const UP = new Set([
  '👍', '👌', '有用', '有帮助', '帮到', '帮到我', '赞', '点赞', '好评', '满意', '解决', '答得好', '回答得好',
  '+1', 'useful', 'helpful', 'thumbsup',
]);

const DOWN = new Set([
  '👎', '没用', '没有用', '无用', '没啥用', '没什么用', '没帮助', '没有帮助', '无帮助', '不有用', '不有帮助',
  '没帮到', '没有帮到', '帮不到', '帮不上', '踩', '差评', '不满意', '没解决', '没有解决', '未解决', '不对', '错',
  '不准确', '不准', '答非所问', '不是我要的', '看不懂', '-1', 'useless', 'nothelpful', 'notuseful', 'thumbsdown',
]);

/** Words of degree and politeness that do not change the verdict. */
const DEGREE = /^(?:非常|很|挺|真|太|蛮|特别|十分|相当|确实|真的|还是|还|比较|very|really|so)+/u;
const POLITE_END = /(?:谢谢你?|谢了|感谢|多谢|thanks|thankyou|thx|了|啊|呀|哦|喔|哈+|的|呢|吧|哟)+$/u;
const POLITE_START = /^(?:谢谢你?|感谢|多谢|嗯+|哦+|thanks|thankyou|thx)+/u;
/** 不太有用 / 不是很有帮助 / 不怎么满意 → 不 + positive */
const NOT = /^(?:不是很|不怎么|不太|不算|并不|没有?那么|不是|不)(?=.)/u;

function clean(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu, '') // skin tones, variation selectors
    .replace(/[\s,.!?;:~、，。！？；：～…“”"'「」()（）【】]+/gu, '');
}

function verdict(word: string): boolean | null {
  if (UP.has(word)) return true;
  if (DOWN.has(word)) return false;
  const rest = word.replace(NOT, '');
  if (rest !== word && UP.has(rest.replace(DEGREE, ''))) return false;
  return null;
}

/** Verdicts kept (as many as the readings of the questions, understand/memo.ts). */
const VERDICT_MEMO_MAX = READING_MEMO_MAX;
const verdicts = new BoundedMemo<string, boolean | null>(VERDICT_MEMO_MAX);

/** Memoised (a pure function of the text, asked of every message; citizens repeat questions). */
export function parseFeedback(text: string): boolean | null {
  let v = verdicts.get(text);
  if (v === undefined) {
    v = readFeedback(text);
    verdicts.set(text, v);
  }
  return v;
}

/** A verdict is at most this many characters once cleaned; a longer message is a question. */
const VERDICT_MAX_CHARS = 20;

/**
 * Whether the text holds more than VERDICT_MAX_CHARS common Chinese characters (U+4E00–U+9FA5): clean()
 * keeps every one of them as it is (NFKC and lower case leave them alone, and it removes only marks,
 * spaces and punctuation), so such a text is no verdict. Most questions are; counting is much cheaper
 * than cleaning them (NFKC, two regular expressions over the whole text).
 */
function tooManyHan(text: string): boolean {
  if (text.length <= VERDICT_MAX_CHARS) return false;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5 && ++han > VERDICT_MAX_CHARS) return true;
  }
  return false;
}

function readFeedback(text: string): boolean | null {
  if (tooManyHan(text)) return null;
  const all = clean(text);
  if (!all || all.length > VERDICT_MAX_CHARS) return null;
  const up = all.includes('👍');
  const down = all.includes('👎');
  if (up && down) return null;
  const word = all.replace(/👍|👎/gu, '').replace(POLITE_START, '').replace(POLITE_END, '').replace(DEGREE, '');
  if (!word) return up || down ? up : null;
  const said = verdict(word);
  // "赞👍" agrees; "👍 2022年的呢" is a new question
  return said !== null && (!(up || down) || said === up) ? said : null;
}
