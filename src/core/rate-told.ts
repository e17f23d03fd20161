/**
 * A rate the text states in so many words ("…结转下年度办理27件,办结率96%"): asked by its name ("办结率是多少") of a
 * report whose tables give no figure, that clause — never a count of the same sentence given for a rate.
 */
import type { Report } from '../report/types.js';
import { PROSE_FIGURE_SECTIONS, sectionSource } from './prose-figures.js';

/** The rate named in a question: a word of one to four characters ending in 率 ("办结率", "按时办结率", "答复率"). */
const RATE_NAMED = /[\p{Script=Han}]{2,4}率/u;
/** Words before 率 that name no rate of the text's own (比率, 概率, 效率 are no figure a report states as a per cent). */
const NO_RATE_NAME = /^(?:比率|概率|效率|频率|占比率|百分率)$/;

/** The disclosure requests named ("依申请公开", "信息公开申请"). */
const REQUESTS_NAMED = /依申请|公开申请|申请公开/;

/** The sentence of the text that states the rate the question names, with a per cent; undefined if none. */
export function rateToldByName(r: Report, norm: string): { text: string; source: string } | undefined {
  const named = RATE_NAMED.exec(norm)?.[0];
  if (!named) return undefined;
  // the name as the text would say it: its last three to five characters (依申请公开的办结率 → 办结率, 按时办结率)
  for (const len of [5, 4, 3]) {
    if (named.length < len) continue;
    const name = named.slice(-len);
    if (NO_RATE_NAME.test(name.slice(-3)) || NO_RATE_NAME.test(name.slice(-2))) return undefined;
    const said = new RegExp(`${name}(?:为|是|达|达到)?\\s*\\d+(?:\\.\\d+)?\\s*[%％]`);
    const found: { text: string; source: string }[] = [];
    for (const p of r.passages) {
      if (!PROSE_FIGURE_SECTIONS.has(p.section)) continue;
      // (the whole sentence: what the rate is of comes before it, "…办结731件,结转下年度办理27件,办结率96%")
      for (const sentence of p.text.split(/[；;。]/).filter((c) => said.test(c))) found.push({ text: `${sentence.trim()}。`, source: sectionSource(p.section) });
    }
    // (two sentences state it, one of the requests and one of something else, "…依申请公开申请6条,…办结率100%" and
    // "…办理12345政府服务热线292件,办结率100%": the one of what the question names, the requests when it names them)
    const requests = REQUESTS_NAMED.test(norm) ? found.filter((f) => REQUESTS_NAMED.test(f.text)) : [];
    if (requests.length) return requests[0];
    if (found.length) return found[0];
  }
  return undefined;
}
