/**
 * Rule own-record-wrong: a record about the asker that is wrong, and whether it can be put right ("审计厅给我提供的信息里，关于我
 * 本人的记录写错了，我能要求他们改过来吗"): the correction of one's own information (《条例》第四十一条) — not what an
 * application must contain, nor the office's contact block, that 提供 or 要求 read.
 */
import { THRESHOLDS } from '../thresholds.js';
import type { Rule } from './types.js';

/** The intent of correcting one's own information (intents/procedure.yml). */
const CORRECT_RECORD = 'procedure.correct-record';
/** The asker's own information ("关于我的记录", "我本人的信息", "我的个人情况"). */
const OWN_RECORD = /(?:关于我|我本人|本人|我的|我家的|我自己的)(?:的)?(?:个人)?(?:记录|信息|情况|资料|档案|登记|数据)|(?:记录|信息|资料|档案|登记)[^，。？?]{0,6}(?:关于我|我本人|本人)/;
/** Said to be wrong ("写错了", "有误", "不准确", "登记错了"). */
const WRONG = /写错|填错|登记错|记错|搞错|弄错|错了|有误|有错|不准确|不对|不符/;
/** Put right, asked ("改过来", "更正", "修改", "纠正"). */
const PUT_RIGHT = /改|更正|纠正|订正/;

export const ownRecordWrong: Rule = {
  name: 'own-record-wrong',
  doc: 'A record about the asker said to be wrong and its correction asked ("关于我本人的记录写错了，我能要求他们改过来吗"): the correction of one\'s own information (《条例》第四十一条), not the contents of an application.',
  decide: (u, _state, kn) => {
    if (u.metric || !OWN_RECORD.test(u.norm) || !WRONG.test(u.norm) || !PUT_RIGHT.test(u.norm)) return undefined;
    const intent = kn.byId.get(CORRECT_RECORD);
    return intent ? { kind: 'intent', intent, confidence: Math.max(u.candidates.find((c) => c.item === intent)?.score ?? 0, THRESHOLDS.answer) } : undefined;
  },
};
