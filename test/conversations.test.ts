// Runs test/conversations.yml through the real bot: one vitest case per question or conversation.
// The check rules are those of ../shared/eval/score.mjs (see the header of conversations.yml).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCore } from '../src/core/bot.js';
import type { Answer, Core } from '../src/core/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type HasItem = string | string[];
interface Exp {
  has?: HasItem[];
  num?: number[];
  not?: string[];
  fallback?: boolean;
  intent?: string;
  maxlen?: number;
  either?: Exp[];
}
interface Turn extends Exp {
  q: string;
}
interface Case extends Partial<Turn> {
  turns?: Turn[];
}

const GROUPS: Record<string, string> = {
  nangang: 'data/reports',
  multi: 'test/fixtures/reports-multi',
};

const file = parse(readFileSync(resolve(ROOT, 'test/conversations.yml'), 'utf8')) as Record<string, Case[] | null>;

// ---- matching, as in score.mjs
const fold = (s: unknown): string =>
  String(s)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hasNumber(answer: string, n: number): boolean {
  // score.mjs puts the number into the pattern unescaped; escaping the "." of 4068.208 is stricter, never looser
  if (new RegExp(`(^|[^0-9.])${escape(String(n))}(?![0-9])`).test(answer)) return true;
  if (n === 0 && /零|无|没有|未/.test(answer)) return true;
  if (n > 0 && n <= 20 && Number.isInteger(n) && new RegExp(`(^|[^一二三四五六七八九十百])${CN[n]}(?![一二三四五六七八九十百])`).test(answer)) return true;
  return false;
}

export function check(exp: Exp, out: Answer): string[] {
  const why: string[] = [];
  const answer = fold(out.text ?? '');
  if (exp.either) {
    const subs = exp.either.map((e) => check({ maxlen: exp.maxlen, ...e }, out));
    if (!subs.some((s) => s.length === 0)) why.push(`none of either: ${subs.map((s) => s.join('; ')).join(' | ')}`);
    return why;
  }
  const wantFallback = exp.fallback ?? false;
  if (Boolean(out.fallback) !== wantFallback) why.push(`fallback=${Boolean(out.fallback)}, wanted ${wantFallback}`);
  for (const item of exp.has ?? []) {
    const alts = Array.isArray(item) ? item : [item];
    if (!alts.some((a) => answer.includes(fold(a)))) why.push(`missing ${alts.join('|')}`);
  }
  for (const n of exp.num ?? []) if (!hasNumber(answer, n)) why.push(`missing number ${n}`);
  for (const s of exp.not ?? []) if (answer.includes(fold(s))) why.push(`contains ${s}`);
  if (exp.intent !== undefined && !(out.intent ?? '').startsWith(exp.intent)) why.push(`intent ${out.intent}, wanted ${exp.intent}*`);
  const maxlen = exp.maxlen ?? 800;
  if (answer.length > maxlen) why.push(`answer ${answer.length} chars > ${maxlen}`);
  return why;
}

const label = (c: Case, i: number) => {
  const qs = c.turns ? c.turns.map((t) => t.q).join(' → ') : String(c.q);
  return `#${i + 1} ${qs}`;
};

for (const [group, cases] of Object.entries(file)) {
  const reportsDir = GROUPS[group];
  describe(`conversations: ${group}`, () => {
    it('is a known group with cases', () => {
      expect(reportsDir, `unknown group "${group}" in conversations.yml (known: ${Object.keys(GROUPS).join(', ')})`).toBeDefined();
      expect(Array.isArray(cases) && cases.length > 0).toBe(true);
    });
    if (!reportsDir || !Array.isArray(cases)) return;

    let core: Core;
    beforeAll(async () => {
      core = await createCore({ reportsDir: resolve(ROOT, reportsDir) });
    }, 120_000);
    afterAll(async () => {
      await core?.close();
    });

    cases.forEach((c, i) => {
      it(label(c, i), async () => {
        const turns: Turn[] = c.turns ?? [c as Turn];
        expect(turns.length > 0 && turns.every((t) => typeof t.q === 'string' && t.q.length > 0), 'every case needs q (or turns with q)').toBe(true);
        const user = `conv-${group}-${i + 1}`;
        const problems: string[] = [];
        for (const [k, t] of turns.entries()) {
          const out = await core.reply({ user, text: t.q, channel: 'console' });
          const why = check(t, out);
          if (why.length) problems.push(`turn ${k + 1} "${t.q}"\n  answer: ${out.text.replace(/\s+/g, ' ')}\n  problems: ${why.join('; ')}`);
        }
        expect(problems, problems.join('\n')).toEqual([]);
      }, 60_000);
    });
  });
}
