/**
 * Rule reading-point-asked: where to read the published information in person, on paper ("有冇实体地方可以查阅", "喺边度可以睇
 * 纸质版", "线下哪里能查"): the report's own sentence naming its reading point (档案馆, 图书馆, 查阅点), else the
 * regulation's places (《条例》第二十五条) and that the report names none — never the office's address passed off as one.
 */
import { reportLabel } from '../../answer/render.js';
import { sentencesOf } from '../../answer/retrieve.js';
import { sectionSource } from '../prose-figures.js';
import { pickReport } from '../select.js';
import type { Rule } from './types.js';

/** Reading in person or on paper, asked ("实体地方可以查阅", "纸质版", "线下查阅", "查阅点", "阅览室"). */
const READ_IN_PERSON = /(?:查阅|查看|看|睇|翻阅|阅览|借阅|查)[^，。？?]{0,8}(?:纸质|实体|线下|现场)|(?:纸质|实体|线下)[^，。？?]{0,10}(?:查阅|查看|看|睇|翻阅|查)|查阅点|查阅场所|阅览室|查阅室/;
/** Where, asked ("哪里", "边度", "有没有…地方"). */
const WHERE_ASKED = /哪|边度|什么地方|啥地方|地方|地点|有没有|有冇|有无/;
/** The report's sentence naming a place to read it ("在市档案馆设有政府信息公开查阅点"). */
const POINT_SAID = /查阅点|查阅场所|查阅室|阅览室|(?:档案馆|图书馆|政务服务中心|便民服务中心)[^。；;]{0,20}(?:查阅|公开)/;
/** The regulation's places to read published information. */
const BY_LAW = '各级人民政府应当在国家档案馆、公共图书馆、政务服务场所设置政府信息查阅场所，行政机关还可以设立公共查阅室、资料索取点、信息公告栏等（《条例》第二十五条）。';

export const readingPointAsked: Rule = {
  name: 'reading-point-asked',
  doc: 'Where to read the published information in person or on paper ("喺边度可以睇纸质版"): the report\'s sentence naming its reading point, else the regulation\'s places (第二十五条) — not the office\'s address.',
  decide: (u, state, kn) => {
    if (!READ_IN_PERSON.test(u.norm) || !WHERE_ASKED.test(u.norm) || u.metric) return undefined;
    const r = pickReport(kn, u.slots, state).report;
    const said = r ? sentencesOf(r).find((x) => POINT_SAID.test(x.text)) : undefined;
    if (r && said) return { kind: 'passage', report: r, parts: { head: `据${reportLabel(r)}报告：`, lines: [said.text.trim(), BY_LAW], source: sectionSource(said.section), labelled: true } };
    if (!r) return undefined;
    return { kind: 'passage', report: r, parts: { head: '', lines: [BY_LAW, `${reportLabel(r)}报告没有写明本机关的查阅点，可向该机关询问。`], labelled: true } };
  },
};
