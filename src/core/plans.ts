/**
 * Things a report only plans ("拟在中山路181号…建设政务公开专区"): how the plan is worded, how the answer says so, and the
 * next step the report tells of it ("现已向区政府申请专项资金，待资金批复后，即刻组织施工") when whether it is done is asked.
 */
import type { Report } from '../report/types.js';

/** A plan in the report's words, not a thing done ("拟在", "计划", "将于", "筹建", "正在建设"). */
export const PLANNED = /拟(?:在|于|建|设|将)|计划(?:在|于|建|设)|将(?:于|在)|筹建|正在建设|建设中|尚未建成|待建/;
/** How the answer says the report only plans it, in the report's own word of the plan ("拟在", "计划在", "筹建"). */
export const onlyPlanned = (word: string) => `报告写的是计划（“${word}…”），没有写明是否建成、何时开放；去之前请先打电话确认。`;
/** How a plan stands, asked ("盖好没有", "建成了吗", "完工了没", "进展到哪一步了", "卡在哪儿了"): read by rare-term-passage too. */
export const DONE_ASKED = /建好|建成|建起来|盖好|盖完|修好|完工|竣工|投用|投入使用|开放了?(?:吗|没|不)|弄好|搞好|好了没|进展|进度|卡在|落实了|完成了?没|到哪一?步|怎么样了/;
/** The next sentence told is read only when this short (a step of the plan, not a paragraph). */
const NEXT_STEP_MAX_CHARS = 80;

/** The sentence right after `line` in its passage, when it is short: the plan's next step as the report tells it. */
export function nextStepTold(r: Report, line: string): string | undefined {
  const quoted = line.trim();
  const i = r.passages.findIndex((p) => p.text.includes(quoted) || quoted.includes(p.text.trim()));
  if (i < 0) return undefined;
  const p = r.passages[i]!;
  // (the sentence after it in the same passage, or the next passage of the same section)
  const after = p.text.slice(p.text.indexOf(quoted) >= 0 ? p.text.indexOf(quoted) + quoted.length : p.text.length);
  const own = /^\s*([^。；;]{4,}[。；;])/.exec(after)?.[1]?.trim();
  const nextPassage = r.passages[i + 1];
  const next = own ?? (nextPassage && nextPassage.section === p.section ? /^\s*([^。；;]{4,}[。；;]?)/.exec(nextPassage.text)?.[1]?.trim() : undefined);
  // (an item of a list that starts afresh, "三是…", is another matter)
  return next && next.length <= NEXT_STEP_MAX_CHARS && !/^[一二三四五六七八九十]是/.test(next) ? next : undefined;
}
