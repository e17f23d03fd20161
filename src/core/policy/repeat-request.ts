/** Rule for asking again for information already answered ("已经答复了，现在又想申请同一份，还会再处理吗"). */
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/**
 * The same information asked for again after a reply: an answer told, then 又/再/重新 asking the same ("同一份", "同样的",
 * "一样的", "相同的"), or asking the same again outright ("再申请一次同样的").
 */
const ASKED_AGAIN = /(?:已经|已|都)(?:答复|回复|给了?答复|回了)[^。？?]{0,24}(?:又|再|重新)(?:想|要)?(?:申请|要|问)[^。？?]{0,8}(?:同一|同样|一样|相同|原来那)|(?:又|再|重新)(?:想|要)?申请(?:一次|一遍)?[^。？?]{0,4}(?:同一|同样|相同)(?:份|个|条|件|的|信息|文件)/;
/** The intent that tells what happens to a repeated request (intents/procedure.yml, 《条例》第三十六条第六项). */
const REPEAT = 'procedure.repeat';

export const repeatRequestAsked: Rule = {
  name: 'repeat-request-asked',
  doc: 'The same information asked for again after a reply ("已经答复了，现在又想申请同一份，他们还会再处理吗"): the rule on repeated requests (不予重复处理), not how to apply, which the story before it matches.',
  decide: (u, _state, kn) => {
    if (u.metric || !ASKED_AGAIN.test(u.norm)) return undefined;
    const intent = kn.byId.get(REPEAT);
    return intent && { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer) };
  },
};
