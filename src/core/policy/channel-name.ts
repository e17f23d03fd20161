/**
 * Rule channel-name-asked: the name of one of the office's channels asked ("微信公众号叫啥", "年报里提到的政府网站
 * 叫什么", "公众号叫个啥名字，我想关注"): the sentence of the report that names it ("微信公众号“惟民建城”",
 * "静海公众信息网更新…"). Never the bot's own name (你叫什么名字), never a template that only says the report
 * gives no web address. Without such a sentence the other rules decide.
 */
import { reportLabel } from '../../answer/render.js';
import { pickReport } from '../select.js';
import { sectionSource } from '../prose-figures.js';
import type { Report } from '../../report/types.js';
import type { Rule } from './types.js';

/** A name asked ("叫什么", "叫个啥名字", "名称是什么", "什么名字", "搜什么"). */
const NAME_ASKED = /叫(?:个)?(?:什么|啥|啥子|么子|哪个)|(?:名字|名称)(?:是|叫)?(?:什么|啥|哪个|多少)?[?？吗呢]*(?:$|[,，。])|(?:什么|啥)名(?:字|称|儿)?|搜(?:什么|啥)|账号是(?:什么|啥)/;

/** A name in quotes or title marks ("“惟民建城”", "《庆阳外事》"). */
const QUOTED_NAME = /[“"「《]([^”"」》]{2,16})[”"」》]/g;

/** Kinds of channel, each with the words that name it in a question and in a report. */
const CHANNELS: readonly { asked: RegExp; told: RegExp; named: RegExp }[] = [
  // (an official WeChat account: 公众号, 订阅号, 服务号 — named in quotes after the word)
  { asked: /公众号|订阅号|服务号|微信号|微信/, told: /公众号|订阅号|服务号|微信/, named: QUOTED_NAME },
  { asked: /微博/, told: /微博/, named: QUOTED_NAME },
  { asked: /抖音|视频号|快手/, told: /抖音|视频号|快手/, named: QUOTED_NAME },
  { asked: /客户端|app|小程序/i, told: /客户端|APP|App|app|小程序/, named: QUOTED_NAME },
  // (a website: quoted, or a proper name ending in 网, "静海公众信息网", "原州区政府网")
  { asked: /网站|网(?=叫|名|是)|门户/, told: /网站|网|门户/, named: /[“"「《]([^”"」》]{2,20})[”"」》]|((?:\p{Script=Han}|·){2,14}?(?:信息|政务|政府|公众|服务)\p{Script=Han}{0,4}网)(?![站络格点上页])/gu },
];

/** Characters around a channel word within which its name is told ("微信公众号“惟民建城”", "通过“庆阳外事”微信订阅号"). */
const NAME_NEAR_CHARS = 16;
/** Sentences quoted at most: a name is told once or twice. */
const MAX_LINES = 2;

/** A body named just before a channel's name ("南岗公安分局“南岗警事”", "市建设局政府门户网站"). */
const BODY_BEFORE = /\p{Script=Han}{1,8}?(?:分局|局|委员会|委|中心|公司|医院|学校|法院|检察院|派出所)/gu;

/** Whether a channel named after `before` is another body's: a body named there that is not the report's office. */
function anotherBodys(r: Report, before: string): boolean {
  return [...before.matchAll(BODY_BEFORE)].some((m) => !r.office.includes(m[0].replace(/^(?:市|区|县|省|旗|州)/, '')));
}

/** Sentences of the report that name a channel of the kind asked, with the name found. */
function namingSentences(r: Report, channel: (typeof CHANNELS)[number]): { text: string; section: string }[] {
  const out: { text: string; section: string }[] = [];
  for (const p of r.passages) {
    for (const s of p.text.split(/(?<=[。；;])/)) {
      const text = s.trim();
      if (!channel.told.test(text)) continue;
      const names = [...text.matchAll(channel.named)].filter((m) => {
        const at = m.index!;
        const near = text.slice(Math.max(0, at - NAME_NEAR_CHARS), at + m[0].length + NAME_NEAR_CHARS);
        // (the office's own channel, never another body's the report counts: "新增南岗公安分局“南岗警事”微信订阅号")
        return channel.told.test(near) && !anotherBodys(r, text.slice(Math.max(0, at - NAME_NEAR_CHARS), at));
      });
      if (names.length && !out.some((o) => o.text === text)) out.push({ text, section: p.section });
    }
  }
  return out;
}

export const channelNameAsked: Rule = {
  name: 'channel-name-asked',
  doc: 'The name of one of the office\'s channels asked ("微信公众号叫啥", "年报里提到的政府网站叫什么"): the sentence of the report that names it (a quoted name, or a site named …网), never the bot\'s own name or the template that says no web address is given.',
  decide: (u, state, kn) => {
    if (!NAME_ASKED.test(u.norm)) return undefined;
    const channel = CHANNELS.find((c) => c.asked.test(u.norm));
    if (!channel) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    if (!r) return undefined;
    const found = namingSentences(r, channel).slice(0, MAX_LINES);
    if (!found.length) return undefined;
    return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: found.map((f) => f.text), source: sectionSource(found[0]!.section), labelled: true } };
  },
};
