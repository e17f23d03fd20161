/**
 * The clause of a listing sentence that answers one how-many ("县长信箱办结了几封信" of "受理办结县长信箱信件26件,回应…留言76条,
 * 通过…发布信息113条"): the other clauses answer other questions, and a reader checking one figure is misled by three.
 */
import { COUNT_ATTACHED, countFit, type CountAsked } from './retrieve.js';

/** A sentence telling this many counts, each in a clause of its own, is a list of answers to as many questions. */
const LIST_SENTENCE_COUNTS = 3;
/** Dates in the text, which count nothing. */
const DATES = /(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?|\d{1,2}\s*月\s*\d{1,2}\s*日/g;
/** A clause leaning on the one before ("其中…", "分别…") or counting in brackets: not one to stand alone. */
const LEANS_ON_BEFORE = /^(?:其中|分别|包括|含)|[(（]/;

/** Words every count of the domain has ("申请", "信息", "公开"): they tell no clause from another. */
const PLAIN_NOUNS = /^(?:申请|信息|公开|政府|政务|政府信息|信息公开|政府信息公开|主动公开|依申请公开|发布|工作)$/;
/** A part asked of a whole ("收到的申请里头,向区政府提的"): the sentence whole, its parts beside the whole. */
const PART_OF_WHOLE = /里头|里面|其中|当中|中间|之中|中的/;

/** The one clause of a listing sentence whose count fits the thing asked best, alone; undefined when none stands out. */
export function clauseOfCount(line: string, asked: CountAsked, question = ''): string | undefined {
  if (PART_OF_WHOLE.test(question)) return undefined;
  const clauses = line.split(/(?<=[,，;；])/).map((c) => c.trim()).filter(Boolean);
  const counted = clauses.filter((c) => /\d/.test(c.replace(DATES, '')));
  if (counted.length < LIST_SENTENCE_COUNTS) return undefined;
  const fits = counted.map((c) => countFit(c, asked));
  const best = Math.max(...fits);
  if (best < COUNT_ATTACHED || fits.filter((f) => f === best).length !== 1) return undefined;
  const clause = counted[fits.indexOf(best)]!;
  if (LEANS_ON_BEFORE.test(clause)) return undefined;
  // (the clause must hold a word of the thing itself, not only the domain's: "撤回了几件" fits "受理…申请30件" by 申请
  // alone, while the sentence's "撤销3件" is the one meant — the sentence whole then)
  const telling = asked.nouns.filter((n) => n.length >= 2 && !PLAIN_NOUNS.test(n));
  if (!telling.some((n) => clause.includes(n))) return undefined;
  return clause.replace(/[,，;；。]$/, '');
}
