// The checking rules of ../shared/eval/score.mjs (the project's scorer), copied so that tests and scripts
// can score question sets in-process without reading ../shared. Keep in step with score.mjs.
//
// exp keys (all optional, all must hold):
//   has:      [item, ...]   each item a string or a list of alternatives; one must appear in the answer
//   num:      [n, ...]      each number must appear as a whole number; 0 also matches 零 or a "none"
//                           phrase, never "not reported"; numbers up to 20 also match a Chinese numeral
//                           before a measure word
//   not:      [string, ...] none may appear in the answer
//   fallback: true|false    what the "fallback" field must be (default false)
//   either:   [exp, exp]    at least one of the sub-expectations holds
//   maxlen:   n             the answer is at most n characters long (default 800)

export const fold = (s) =>
  String(s)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const UNIT = '件个次人条起家项篇名期场位种户份';
const NONE = /零|(没有|无|未)(收到|发生|收取|产生|出现|此类|相关|任何|.{0,4}(申请|复议|诉讼|案件|情况))/;
const NOT_REPORTED = /未(列出|填写|列明|载明|给出|提供)|没有(列出|填写|列明|给出)|无法(给出|提供|回答)/;

export function hasNumber(answer, n) {
  if (new RegExp(`(^|[^0-9.])${n}(?![0-9]|\\.[0-9])`).test(answer)) return true;
  if (n === 0) return NONE.test(answer) && !NOT_REPORTED.test(answer);
  if (n <= 20) return new RegExp(`(^|[^一二三四五六七八九十百第])${CN[n]}(?=[${UNIT}])`).test(answer);
  return false;
}

/** Why an answer ({answer, fallback}) fails an expectation; empty when it passes. */
export function check(exp, out) {
  const why = [];
  const answer = fold(out.answer ?? '');
  const wantFallback = exp.fallback ?? false;
  if (exp.either) {
    const subs = exp.either.map((e) => check({ maxlen: exp.maxlen, ...e }, out));
    if (!subs.some((s) => s.length === 0)) why.push(`none of either: ${subs.map((s) => s.join('; ')).join(' | ')}`);
    return why;
  }
  if (Boolean(out.fallback) !== wantFallback) why.push(`fallback=${Boolean(out.fallback)}, wanted ${wantFallback}`);
  for (const item of exp.has ?? []) {
    const alts = Array.isArray(item) ? item : [item];
    if (!alts.some((a) => answer.includes(fold(a)))) why.push(`missing ${alts.join('|')}`);
  }
  for (const n of exp.num ?? []) if (!hasNumber(answer, n)) why.push(`missing number ${n}`);
  for (const s of exp.not ?? []) if (answer.includes(fold(s))) why.push(`contains ${s}`);
  const maxlen = exp.maxlen ?? 800;
  if (answer.length > maxlen) why.push(`answer ${answer.length} chars > ${maxlen}`);
  return why;
}
