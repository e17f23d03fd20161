import { describe, expect, test } from 'vitest';
import { parseFeedback } from '../src/feedback.js';

describe('parseFeedback', () => {
  test.each([
    '👍', '👍🏻', '👍👍👍', '👌', '有用', '有用！', '很有用', '非常有帮助，谢谢！', '有帮助', '帮到我了', '赞', '点赞', '好评',
    '满意', '很满意', '解决了', '谢谢，有用', '有用的', 'Useful', '+1', '赞👍', '　有用　',
  ])('%s → true', (text) => expect(parseFeedback(text)).toBe(true));

  test.each([
    '👎', '👎🏽', '没用', '没用。', '没有用', '没啥用', '没帮助', '没有帮助', '没帮到', '踩', '差评', '不满意', '不太满意',
    '不太有用', '不是很有帮助', '答非所问', '不对', '错了', '没解决', '没有解决', 'useless', '-1', '踩👎',
  ])('%s → false', (text) => expect(parseFeedback(text)).toBe(false));

  test.each([
    '', '   ', '谢谢', '好的', '好', '你好', '有用吗？', '这个有用吗', '没用的东西都删了吧', '2022年收到多少件申请',
    '电话多少', '👍👎', '👍 那2021年呢', '赞👎', '1', '/stats', '有用没用我也不知道说不清楚啊', '对',
  ])('%j → null', (text) => expect(parseFeedback(text)).toBeNull());
});
