/**
 * Fuzz: 10,000 generated hostile messages through the real core (default reports, default in-memory
 * store). Seeded, so a failure is reproducible: the failing inputs are printed JSON-escaped with their
 * stacks. Whatever comes in, reply() must not throw, must answer with a non-empty string that fits a
 * channel message (≤ 4096 characters, no broken surrogate pair), a boolean `fallback` and a confidence in
 * 0…1 — and must leave the knowledge base as it found it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createCore } from '../src/core/bot.js';
import type { Answer, Core } from '../src/core/types.js';
import { log, type LogLevel } from '../src/log.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const COUNT = 10_000;
const CHANNEL_LIMIT = 4096;

// ---------------------------------------------------------------- seeded PRNG (mulberry32)
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const int = (n: number) => Math.floor(rnd() * n);
const between = (lo: number, hi: number) => lo + int(hi - lo + 1);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const times = (n: number, f: () => string) => Array.from({ length: n }, f).join('');

// ---------------------------------------------------------------- material
/** Real questions, so that hostile variants reach the deep paths (figures, follow-ups, sections). */
const QUESTIONS: string[] = (() => {
  const out: string[] = [];
  for (const file of ['eval/heldout-nangang.jsonl', 'eval/heldout-multi.jsonl']) {
    for (const line of readFileSync(new URL(`../${file}`, import.meta.url), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { q?: string; turns?: { q: string }[] };
      for (const t of c.turns ?? [{ q: c.q ?? '' }]) if (t.q) out.push(t.q);
    }
  }
  out.push('政府信息公开咨询电话是多少', '2022年收到多少申请', '不予公开的有多少', '那沭阳县呢', '如何申请政府信息公开', '存在哪些问题');
  return out;
})();

/** Any code point of any plane except the surrogate range (so the string stays well-formed). */
function codePoint(): number {
  for (;;) {
    const r = rnd();
    const cp = r < 0.45 ? int(0x10000) : r < 0.6 ? 0x4e00 + int(0x5200) : 0x10000 + int(0x100000);
    if (cp < 0xd800 || cp > 0xdfff) return cp;
  }
}
const unicode = (n: number) => times(n, () => String.fromCodePoint(codePoint()));

const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\x7f', ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i))];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u034f'];
const SPACES = [' ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2003', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];
const EMOJI = [
  '😀', '😂', '🙏', '👍', '👎', '❤️', '🔥', '🎉', '🤔', '😡', '💩', '🏛️', '📞', '📮', '🇨🇳', '🏳️‍🌈', '👨‍👩‍👧‍👦', '👍🏽', '1️⃣', '#️⃣',
  '🧑🏻‍💻', '🫠', '🪪', '⚖️', '✅', '❌', '☎️', '🀄', '🈶', '🈚', '🉑', '©️', '™️', '🅰️',
];
const PUNCT = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', ...'，。？！、；：“”‘’（）【】《》〈〉「」『』…—～·￥％＃＠＆＊', '……', '——', '？？？', '!!!'];
const INJECTION = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<b>电话</b>', '</div><iframe src="javascript:alert(1)">', '&lt;&gt;&amp;&#x202e;',
  "' OR '1'='1", "'; DROP TABLE turns; --", 'SELECT * FROM users WHERE 1=1;', '1; EXEC xp_cmdshell(\'dir\')', 'UNION SELECT password FROM admin',
  '${process.exit(1)}', '{{constructor.constructor("return process")()}}', '#{7*7}', '<%= 7*7 %>', '`rm -rf /`', '$(reboot)', '; cat /etc/passwd',
  '../../../../etc/passwd', '..\\..\\windows\\win.ini', 'file:///etc/shadow', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  '{contact.phone}', '{office}{year}{fee}', '{contact.__proto__}', '{constructor}', '%s%s%s%n', '%d %x %p', '\\u0000', '\\x00', '\x00\x00\x00',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'Object.prototype.polluted=1',
  '(a+)+$', '(.*a){30}', '[[[[[[[[[[', '\\', '\\\\', '$&$1$`$\'', '/^(([a-z])+.)+[A-Z]([a-z])+$/', 'zmetric zmetric zmetric',
  'null', 'undefined', 'NaN', 'Infinity', '-0', 'true', '[object Object]', '\u0000null',
];
const STAFF = ['/reload', '/stats', '/unanswered', '/unanswered 99999', '/check', '/reports', '/help', '/统计', '/未答 -1', '/重载', '/帮助', '／reload', '／统计', '/reload@SomeBot', '/ reload', '//reload', '/RELOAD', '/constructor', '/__proto__', '/toString', '/', '／', '/unknown', '/stats; rm -rf /', `/${'a'.repeat(5000)}`];
const FULLWIDTH_DIGITS = '０１２３４５６７８９';
const CN_NUM = '零一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟两';

const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
function sprinkle(text: string, pool: readonly string[], rate: number): string {
  let out = '';
  for (const ch of text) {
    out += ch;
    if (rnd() < rate) out += pick(pool);
  }
  return out;
}
function randomJson(depth = 0): unknown {
  const r = int(depth > 2 ? 4 : 7);
  if (r === 0) return int(1e9) - 5e8;
  if (r === 1) return pick(QUESTIONS);
  if (r === 2) return rnd() < 0.5 ? null : rnd() < 0.5;
  if (r === 3) return unicode(between(0, 8));
  if (r === 4) return Array.from({ length: between(0, 4) }, () => randomJson(depth + 1));
  const o: Record<string, unknown> = {};
  for (let i = between(0, 4); i > 0; i--) o[pick(['user', 'text', 'q', '__proto__', 'constructor', 'answer', unicode(3)])] = randomJson(depth + 1);
  return o;
}

// ---------------------------------------------------------------- generators
type Gen = () => string;
const GENERATORS: Record<string, Gen> = {
  unicode: () => unicode(between(1, 200)),
  unicodeAstral: () => times(between(1, 60), () => String.fromCodePoint(0x10000 + int(0x100000))),
  control: () => (rnd() < 0.5 ? sprinkle(pick(QUESTIONS), CONTROL, 0.3) : times(between(1, 50), () => pick(CONTROL))),
  bidi: () => {
    const r = rnd();
    if (r < 0.3) return `\u202e${pick(QUESTIONS)}\u202c`;
    if (r < 0.6) return sprinkle(pick(QUESTIONS), [...BIDI, ...INVISIBLE], 0.4);
    return times(between(1, 40), () => pick([...BIDI, ...INVISIBLE]));
  },
  emojiOnly: () => times(between(1, 40), () => pick(EMOJI)),
  emojiQuestion: () => sprinkle(pick(QUESTIONS), EMOJI, 0.2),
  punctuationOnly: () => times(between(1, 120), () => pick(PUNCT)),
  injection: () => {
    const r = rnd();
    if (r < 0.4) return pick(INJECTION);
    if (r < 0.7) return `${pick(QUESTIONS)}${pick(INJECTION)}`;
    return `${pick(INJECTION)} ${pick(QUESTIONS)} ${pick(INJECTION)}`;
  },
  json: () => {
    const r = rnd();
    if (r < 0.2) return JSON.stringify({ user: 'x', text: pick(QUESTIONS) });
    if (r < 0.3) return `{"text": ${JSON.stringify(pick(QUESTIONS))}, "__proto__": {"staff": true}}`;
    if (r < 0.4) return '{"a":' + '['.repeat(between(10, 500)) + ']'.repeat(between(0, 500));
    return JSON.stringify(randomJson());
  },
  numbersOnly: () => {
    const r = rnd();
    if (r < 0.25) return String(int(10 ** between(1, 15)));
    if (r < 0.4) return times(between(1, 400), () => String(int(10)));
    if (r < 0.55) return times(between(1, 20), () => pick([...FULLWIDTH_DIGITS]));
    if (r < 0.7) return times(between(1, 12), () => pick([...CN_NUM]));
    return pick(['0', '-1', '3.14159', '1e308', '-1e-308', '9007199254740993', '0x1F', '1,000,000', '２０２２', '2022年', '20222022', '99999999999999999999999', '½', '⅔', '①②③', 'Ⅻ']);
  },
  empty: () => pick(['', ...SPACES, times(between(2, 200), () => pick(SPACES)), times(between(1, 30), () => pick(INVISIBLE)), '\u3000\u3000', '\n\n\n']),
  longChinese: () => {
    const r = rnd();
    const unit = r < 0.4 ? pick(QUESTIONS) : r < 0.7 ? '政府信息公开' : times(between(1, 8), () => String.fromCodePoint(0x4e00 + int(0x5200)));
    return unit.repeat(Math.max(1, Math.floor(between(2000, 20000) / unit.length)));
  },
  fullWidth: () => {
    const r = rnd();
    if (r < 0.4) return fullWidth(`${pick(QUESTIONS)} ABC abc 123 ?!`);
    if (r < 0.7) return `${pick(QUESTIONS)}ＴＥＬ：０４５１－８２７０５５４６？`;
    return fullWidth(times(between(1, 60), () => String.fromCharCode(0x21 + int(94))));
  },
  staffCommand: () => (rnd() < 0.8 ? pick(STAFF) : `${pick(STAFF)} ${pick([...INJECTION, ...QUESTIONS])}`),
  mutatedQuestion: () => {
    const q = [...pick(QUESTIONS)];
    for (let k = between(1, 6); k > 0; k--) {
      const at = int(q.length + 1);
      const op = int(4);
      if (op === 0) q.splice(at, 1);
      else if (op === 1) q.splice(at, 0, String.fromCodePoint(codePoint()));
      else if (op === 2) q.splice(at, 0, pick([...PUNCT, ...EMOJI, ...BIDI, ...CONTROL]));
      else q.splice(at, 0, ...pick(QUESTIONS));
    }
    return q.join('');
  },
  mixed: () => [pick(QUESTIONS), pick(INJECTION), pick(EMOJI), unicode(between(0, 10)), pick(PUNCT), pick(SPACES), pick(BIDI)].sort(() => rnd() - 0.5).join(''),
};

/** A few 100 KB texts, placed among the others. */
const HUGE: (() => string)[] = [
  () => unicode(100_000),
  () => '政府信息公开申请多少件'.repeat(10_000),
  () => times(100_000, () => pick(PUNCT)).slice(0, 100_000),
  () => sprinkle(pick(QUESTIONS).repeat(6_000), [...BIDI, ...CONTROL, ...EMOJI], 0.05).slice(0, 100_000),
  () => JSON.stringify(Array.from({ length: 4_000 }, () => randomJson())).slice(0, 100_000).padEnd(100_000, '}'),
];

/** Users: a rotating set, some with hostile ids (never staff: `staff` is left unset or false). */
const USERS = [...Array.from({ length: 40 }, (_, i) => `fuzz:${i}`), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'tg:\u202e1', 'wx:😀', `long:${'u'.repeat(1000)}`];

interface Case {
  kind: string;
  user: string;
  text: string;
}
function cases(): Case[] {
  const names = Object.keys(GENERATORS);
  const out: Case[] = [];
  const hugeAt = new Set(HUGE.map((_, k) => Math.floor(((k + 1) * COUNT) / (HUGE.length + 1))));
  let h = 0;
  for (let i = 0; i < COUNT; i++) {
    const user = pick(USERS);
    if (hugeAt.has(i)) {
      out.push({ kind: 'huge', user, text: HUGE[h++]!() });
      continue;
    }
    const kind = names[i % names.length]!;
    out.push({ kind, user, text: GENERATORS[kind]!() });
  }
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problems(a: Answer | undefined): string[] {
  if (!a || typeof a !== 'object') return ['reply is not an object'];
  const why: string[] = [];
  if (typeof a.text !== 'string') why.push(`text is ${typeof a.text}`);
  else {
    if (!a.text.trim()) why.push('empty text');
    if (a.text.length > CHANNEL_LIMIT) why.push(`text ${a.text.length} chars > ${CHANNEL_LIMIT}`);
    if (LONE_SURROGATE.test(a.text)) why.push('text has a lone surrogate (a cut astral character)');
  }
  if (typeof a.fallback !== 'boolean') why.push(`fallback is ${typeof a.fallback}`);
  if (typeof a.confidence !== 'number' || !Number.isFinite(a.confidence) || a.confidence < 0 || a.confidence > 1) why.push(`confidence ${String(a.confidence)}`);
  return why;
}

const show = (s: string) => {
  const j = JSON.stringify(s);
  return j.length > 300 ? `${j.slice(0, 300)}…(${s.length} chars)` : j;
};

describe('fuzz: hostile messages through the real core', () => {
  let core: Core;
  let level: LogLevel;

  beforeAll(async () => {
    level = log.level as LogLevel;
    log.level = 'silent'; // refused staff commands are logged as warnings: thousands of lines otherwise
    core = await createCore();
  });
  afterAll(async () => {
    log.level = level;
    await core?.close();
  });

  test(`${COUNT.toLocaleString('en-US')} generated messages (seed ${SEED}): no exception, sane answers, knowledge base unchanged`, async () => {
    const before = JSON.stringify(core.reports());
    const errorsBefore = JSON.stringify(core.loadErrors());
    expect(core.reports().length).toBeGreaterThan(0);

    const all = cases();
    expect(all.length).toBe(COUNT);
    const failures: string[] = [];
    const reasons = new Map<string, number>();
    const count = (why: string) => reasons.set(why, (reasons.get(why) ?? 0) + 1);
    const kinds = new Map<string, number>();
    for (const [i, c] of all.entries()) {
      kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
      let a: Answer | undefined;
      try {
        a = await core.reply({ user: c.user, text: c.text, channel: i % 3 === 0 ? 'telegram' : i % 3 === 1 ? 'wechat' : 'batch', ...(i % 2 ? { staff: false } : {}) });
      } catch (e) {
        failures.push(`#${i} [${c.kind}] user=${show(c.user)} text=${show(c.text)}\n  threw: ${(e as Error)?.stack ?? String(e)}`);
        count(`threw ${(e as Error)?.message?.slice(0, 80) ?? String(e)}`);
        continue;
      }
      const why = problems(a);
      for (const w of why) count(w.replace(/-?\d+(\.\d+)?/g, 'N'));
      if (why.length) failures.push(`#${i} [${c.kind}] user=${show(c.user)} text=${show(c.text)}\n  ${why.join('; ')}\n  answer=${show(String(a?.text))}`);
    }
    const summary = [...reasons].map(([w, n]) => `${w} ×${n}`).join('; ');
    expect(failures.slice(0, 10).join('\n\n'), `${failures.length} of ${COUNT} messages failed (seed ${SEED}): ${summary}`).toBe('');
    expect(kinds.get('huge')).toBe(HUGE.length);
    expect(kinds.get('staffCommand')).toBeGreaterThan(100);

    // the knowledge base is read-only to citizens
    expect(JSON.stringify(core.reports())).toBe(before);
    expect(JSON.stringify(core.loadErrors())).toBe(errorsBefore);
    // and nothing leaked onto Object.prototype
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).staff).toBeUndefined();

    // the core still answers normally afterwards
    const ok = await core.reply({ user: 'fuzz:after', text: '政府信息公开咨询电话是多少？', channel: 'batch' });
    expect(ok.fallback).toBe(false);
    expect(ok.text).toContain('82705546');
  }, 180_000);
});
