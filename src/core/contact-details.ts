/**
 * Contact details asked by name, read against what the report gives: the ones it does not give, said so
 * ("通讯地址和电子邮箱是什么" of a report that prints only a phone), and whether one detail is the same in
 * every year asked ("2022年报和2023年报上的联系电话变了没有").
 */
import type { Intent } from '../answer/intents.js';
import type { Contact, Report } from '../report/types.js';
import type { Knowledge } from './knowledge.js';
import { askedClauses, CONTACT_FIELD_NOUNS, HOURS_ASKED, NOT_WANTED } from './patterns.js';

/** The contact field an intent of contact.yml gives ("contact.phone" → phone), if it gives one. */
export function fieldOf(intentId: string): keyof Contact | undefined {
  return CONTACT_FIELD_NOUNS.some(([, id]) => id === intentId) || intentId === 'contact.department' ? (intentId.slice('contact.'.length) as keyof Contact) : undefined;
}

/** The details the asking clauses name by their nouns (not those said not to be wanted), as intent ids. */
function namedDetails(norm: string): string[] {
  const named = (text: string) => CONTACT_FIELD_NOUNS.filter(([re]) => re.test(text.replace(NOT_WANTED, ' '))).map(([, id]) => id);
  const asked = named(askedClauses(norm));
  // (the asking clause names no detail, "…有没有传真和电子邮箱，是多少": it asks of those the message named)
  return asked.length ? asked : named(norm);
}

/** A contact person asked ("联系人叫什么", "经办人姓名"). */
const PERSON_ASKED = /联系人|经办人/;

/**
 * The titles of the details asked by name that the report does not give ("办公地址", "电子邮箱"), as the
 * contact intents call them; [] when every detail asked is given (or none is named).
 */
export function detailsNotGiven(kn: Knowledge, r: Report, norm: string): string[] {
  const fields = namedDetails(norm)
    .filter((id) => !r.contact[fieldOf(id)!])
    .map((id) => kn.byId.get(id)?.title ?? id);
  // (office hours asked with them: reports print no hours — said so, not left unanswered)
  // (nor a contact person, unless the report names one: "是否载明信息科联系人的姓名")
  const person = PERSON_ASKED.test(askedClauses(norm)) && !r.contact.person ? ['联系人姓名'] : [];
  return [...fields, ...(HOURS_ASKED.test(askedClauses(norm)) ? ['办公时间'] : []), ...person];
}


/** One detail as compared: the same line printed with other spaces or dashes is the same. */
const comparable = (v: string): string => v.replace(/[\s\-－—–()（）:：,，、]/g, '');

/**
 * Whether one contact detail is the same in every report of an office (the intent's own field): "一样" with
 * the years, or "有变化" with each run of years and what they print (so the year it changed is told), or
 * what a report leaves out; undefined for an intent of no single field or reports of more than one office.
 */
export function sameOverYears(intent: Intent, reports: readonly Report[]): string | undefined {
  const field = fieldOf(intent.id);
  if (!field || reports.length < 2 || new Set(reports.map((r) => r.office)).size > 1) return undefined;
  const sorted = [...reports].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const years = (xs: readonly Report[]): string => xs.map((r) => `${r.year}年`).join('、');
  const without = sorted.filter((r) => !r.contact[field]);
  const title = intent.title;
  if (without.length) return without.length === sorted.length ? undefined : `（${years(without)}报告没有写明${title}，无法比较是否有变化。）`;
  // runs of years that print the same detail, in order
  const runs: Report[][] = [];
  for (const r of sorted) {
    const last = runs.at(-1);
    if (last && comparable(last[0]!.contact[field]!) === comparable(r.contact[field]!)) last.push(r);
    else runs.push([r]);
  }
  if (runs.length === 1) return `${years(sorted)}报告写的${title}一样，没有变化。`;
  return `${title}有变化：${runs.map((run) => `${years(run)}报告为 ${run[0]!.contact[field]}`).join('，')}。`;
}
