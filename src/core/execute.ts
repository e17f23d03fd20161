/** Carrying out an intent on a report: templates, figures, sections, passages, the report list, help. */
import type { Intent } from '../answer/intents.js';
import {
  fillTemplate, joinSentences, leadMissing, renderLitigation, renderMetric, renderOverview, reportLabel, sectionPassages,
} from '../answer/render.js';
import { contentWords, passageIndex, searchPassages } from '../answer/retrieve.js';
import { SECTION_TITLES } from '../report/format.js';
import type { Report } from '../report/types.js';
import type { MetricQuery } from '../understand/metrics.js';
import type { Knowledge } from './knowledge.js';
import { defaultReport, listReports } from './select.js';
import { THRESHOLDS } from './thresholds.js';

export interface Exec {
  text: string;
  /** The report could not answer (figure not given, field missing). */
  missing?: boolean;
  metric?: MetricQuery;
}

function helpText(kn: Knowledge): string {
  const r = defaultReport(kn);
  const label = r ? reportLabel(r) : '';
  return [
    `我可以回答这些问题（数据来自${label ? `${label}` : ''}政府信息公开工作年度报告）：`,
    '· 怎么申请：如何申请政府信息公开？要带什么材料？多久答复？收费吗？不服怎么办？',
    '· 联系方式：电话是多少？地址在哪？邮编？年报在哪下载？',
    '· 报告数据：收到多少申请？不予公开的有多少？行政复议有几起？制发了多少规范性文件？',
    '· 报告内容：存在哪些问题？有哪些改进措施？有哪几年的报告？',
  ].join('\n');
}

function sectionText(r: Report, intent: Intent): Exec {
  const all = sectionPassages(r, intent.section!);
  if (!all.length) return { text: `${reportLabel(r)}报告中没有找到“${intent.section}、${SECTION_TITLES[intent.section!] ?? ''}”部分的内容。`, missing: true };
  let chosen = all;
  if (intent.handler === 'section' && intent.match) {
    const byHeading = all.filter((p) => p.heading && intent.match!.test(p.heading));
    const byText = all.filter((p) => intent.match!.test(p.text));
    chosen = byHeading.length ? byHeading : byText.length ? byText : [];
    if (!chosen.length) return { text: `${reportLabel(r)}报告中没有找到“${intent.title}”的相关内容。`, missing: true };
  }
  return { text: `${reportLabel(r)}报告“${intent.section}、${SECTION_TITLES[intent.section!]}”：${joinSentences(chosen.map((p) => p.text))}` };
}

/** Section 五 holds problems first, then improvements: split at the first sentence that starts the measures. */
function problemsOrMeasures(r: Report, want: 'problems' | 'improvements'): Exec {
  const all = sectionPassages(r, '五');
  if (!all.length) return { text: `${reportLabel(r)}报告中没有找到“五、存在的主要问题及改进情况”部分。`, missing: true };
  const isMeasure = (p: { text: string; heading?: string }) => /改进|措施|下一步|今后|针对上述|整改/.test(p.heading ?? '') || /^(（[一二三]）)?\s*(改进措施|下一步|针对上述|今后)/.test(p.text) || /改进措施/.test(p.text.slice(0, 12));
  let cut = all.findIndex(isMeasure);
  if (cut <= 0) cut = Math.ceil(all.length / 2);
  const part = want === 'problems' ? all.slice(0, cut) : all.slice(cut);
  const title = want === 'problems' ? '存在的主要问题' : '改进措施';
  return { text: `${reportLabel(r)}报告“${title}”：${joinSentences(part.map((p) => p.text))}` };
}

export function narrative(r: Report, norm: string, needNumber: boolean, coverage = THRESHOLDS.coverage, requireRare = false): Exec | undefined {
  const words = contentWords(norm);
  if (!words.length) return undefined;
  let hits = searchPassages(passageIndex(r), words, { needNumber });
  // "发了几篇": among equally good passages, one that counts in 篇
  // the unit asked for: 几篇 → 篇, 几个人 → 人, 几个功能区 → 个
  const asked = /(?:几|多少)(个)?([篇条家场次件人项期名所]?)/.exec(norm);
  const unit = asked ? asked[2] || asked[1] : undefined;
  if (unit && hits.length > 1) {
    const counted = new RegExp(`\\d+\\s*(?:余|多)?\\s*${unit}`);
    const best = hits[0]!.coverage;
    const withUnit = hits.filter((h) => h.coverage >= best - 0.15 && counted.test(h.passage.text));
    if (withUnit.length) hits = [...withUnit, ...hits.filter((h) => !withUnit.includes(h))];
  }
  const top = hits[0];
  // a passage answers only through a real word of the question (not 大 in 大数据), and generic words alone don't do;
  // a rare word of the question plus a count in the unit asked for ("4个功能区" for 几个功能区) is strong evidence
  const counted = !!unit && top?.rare && new RegExp(`\\d+\\s*(?:余|多)?\\s*${unit}`).test(top.passage.text);
  const need = counted ? coverage - 0.1 : coverage;
  if (!top || !top.word || top.coverage < need || (requireRare && !top.rare && top.coverage < 0.9)) return undefined;
  const sec = top.passage.section;
  const where = SECTION_TITLES[sec] ? `${sec}、${SECTION_TITLES[sec]}` : '报告开头';
  return { text: `据${reportLabel(r)}报告：${top.passage.text.trim()}\n（来源：${where}）` };
}

export function execute(kn: Knowledge, intent: Intent, r: Report | undefined, norm: string, metric: MetricQuery | undefined): Exec {
  switch (intent.handler) {
    case 'help':
      return { text: helpText(kn) };
    case 'reports':
      return { text: kn.reports.length ? `我有以下年度报告：${listReports(kn)}。提问时可以说明年份或单位，例如“${r?.year ?? ''}年收到多少申请”。` : '目前没有加载任何年度报告。' };
  }
  if (!r && intent.handler) return { text: '目前没有加载任何年度报告，请联系工作人员。', missing: true };
  if (!r) return { text: fillTemplate(intent.answer ?? '', undefined) ?? '目前没有加载任何年度报告，请联系工作人员。' };
  switch (intent.handler) {
    case 'figures': {
      if (metric) return { ...renderMetric(r, metric), metric };
      const n = narrative(r, norm, true);
      if (n) return n;
      return { text: `${reportLabel(r)}报告中没有找到您问的这项数据。`, missing: true };
    }
    case 'overview':
      return renderOverview(r);
    case 'litigation':
      return renderLitigation(r);
    case 'problems':
    case 'improvements':
      return problemsOrMeasures(r, intent.handler);
    case 'section':
      return sectionText(r, intent);
  }
  const text = fillTemplate(intent.answer ?? '', r);
  if (text !== null && intent.topic === 'contact' && leadMissing(intent.answer ?? '', r)) {
    // "丁蜀镇的电话": say that the report gives none, then what it does give
    return { text: `${reportLabel(r)}报告中没有写明${intent.title}。${text ? `报告中的联系信息：\n${text}` : ''}`, missing: true };
  }
  if (text === null) {
    const hint = intent.topic === 'contact' ? '各机关的联系方式可在其政府信息公开指南中查到（《条例》第十二条）。' : '';
    return { text: `${reportLabel(r)}报告中没有写明“${intent.title}”。${hint}`, missing: true };
  }
  return { text };
}

/** Intents whose answer does not depend on which report is chosen. */
export function reportFree(intent: Intent): boolean {
  if (intent.handler === 'help' || intent.handler === 'reports') return true;
  if (intent.handler) return false;
  return !/\{(?!office\}|year\})/.test(intent.answer ?? '') || intent.topic === 'procedure' || intent.topic === 'smalltalk';
}
