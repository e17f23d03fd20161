/**
 * Characters typed for one another by their shape rather than their sound (形近字): a handwriting pad or a hurried
 * pick from the candidate list gives "教肓局" for 教育局, "己" for 已. Read as the same character where a loaded
 * office's name is matched with a slip (slots.ts soundsLike) — never to rewrite a word of a question.
 */
const PAIRS: readonly string[] = ['育肓', '已己巳', '未末', '侯候', '治冶', '戍戌戊', '徽微', '壁璧', '辩辨辫', '棉绵', '拨拔跋', '崇祟', '赢羸', '茶荼', '汩汨', '千干于', '土士', '日曰', '人入', '大太犬', '锡赐', '清请情晴', '陈阵', '秘泌', '建健', '贷货', '折拆析', '亳毫', '泸沪', '浙淅', '雎睢', '郓恽', '柘拓', '垌洞'];

const GROUP = new Map<string, string>();
for (const g of PAIRS) for (const c of g) GROUP.set(c, g);

/** Whether two characters are one another's shape-alike typo. */
export function shapeAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const g = GROUP.get(a);
  return !!g && g.includes(b);
}
