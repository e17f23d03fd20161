/**
 * The lean jieba dictionary (lean-dict.ts): what the base keeps, the placeholder that keeps the full
 * total, and the promise that the bot's material is cut exactly as with the full dictionary.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { afterAll, describe, expect, it } from 'vitest';
import { fullDictionary, leanBase, makeBase, materialWords, PLACEHOLDER } from '../../src/understand/lean-dict.js';
import { addMaterial, cut, cutExact, DOMAIN_TERMS, NEWER_WORDS } from '../../src/understand/segment.js';

const tmp = mkdtempSync(join(tmpdir(), 'lean-dict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REPORT = join(import.meta.dirname, '../fixtures/reports/南岗区人民政府办公室-2022.txt');
const material = readFileSync(REPORT, 'utf8').split(/\n+/).filter((l) => l.trim());

describe('the base', () => {
  it('keeps the top words (ties in file order), every single character and words cut into characters; the placeholder carries the rest', () => {
    const dict = ['甲 100 n', '乙丙 50 n', '丙丁 40 n', '丁戊 40 n', '戊己 1 n', '己庚 1 n'].join('\n');
    const base = makeBase(dict, 2, (w) => (w === '己庚' ? ['己', '庚'] : [w]));
    expect(base.text.trim().split('\n')).toEqual(['甲 100 n', '乙丙 50 n', '丙丁 40 n', '己庚 1 n', `${PLACEHOLDER} 41 x`]);
    expect(base).toMatchObject({ total: 232, kept: 191 });
  });

  it('is read back from its file as it was made', () => {
    const dir = join(tmp, 'base');
    const made = leanBase([dir]);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(leanBase([dir])).toEqual(made);
    // the placeholder keeps the full dictionary's total
    const ph = made.text.trim().split('\n').pop()!.split(' ');
    expect(ph[0]).toBe(PLACEHOLDER);
    expect(made.kept + Number(ph[1])).toBe(made.total);
  }, 30_000);
});

describe('material', () => {
  const dir = join(tmp, 'material');
  const base = leanBase([join(tmp, 'base')]);

  it('is cut exactly as with the full dictionary, with and without guessing unknown words', () => {
    const words = materialWords(material, () => base, [dir]);
    expect(words.length).toBeGreaterThan(10);
    let kept = base.kept;
    for (const l of words) kept += Number(l.split(' ')[1]);
    // loaded the way segment.ts does: the base, then the material words and the placeholder's new frequency
    const lean = Jieba.withDict(Buffer.from(base.text));
    lean.loadDict(Buffer.from([...words, `${PLACEHOLDER} ${base.total - kept} x`].join('\n')));
    const full = Jieba.withDict(fullDictionary());
    for (const t of material) {
      expect(lean.cut(t, true)).toEqual(full.cut(t, true));
      expect(lean.cut(t, false)).toEqual(full.cut(t, false));
    }
    // a question's own rare word is where they may differ: the lean dictionary does not know 通讯录
    expect(full.cut('通讯录', false)).toEqual(['通讯录']);
    expect(lean.cut('通讯录', false)).not.toEqual(['通讯录']);
  }, 30_000);

  it('its words are read back from their file; a file that is not one is made again', () => {
    const again = materialWords(material, () => base, [dir]);
    expect(again).toEqual(materialWords(material, () => base, []));
    const file = readdirSync(dir).find((f) => f.startsWith('material-'))!;
    writeFileSync(join(dir, file), 'junk\n');
    expect(materialWords(material, () => base, [dir])).toEqual(again);
    expect(readFileSync(join(dir, file), 'utf8').startsWith('# material\n')).toBe(true);
  }, 30_000);

  it('a file read is marked recently used (the least recently used files are pruned first)', () => {
    const file = join(dir, readdirSync(dir).find((f) => f.startsWith('material-'))!);
    utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
    materialWords(material, () => base, [dir]);
    expect(statSync(file).mtime.getFullYear()).toBeGreaterThan(2000);
  });

  it('segment.ts: after addMaterial the material is cut as by the full dictionary (with the same domain terms)', () => {
    addMaterial(material);
    const full = Jieba.withDict(fullDictionary());
    full.loadDict(Buffer.from([...DOMAIN_TERMS, ...NEWER_WORDS].map((w) => `${w} 200000 n`).join('\n')));
    for (const t of material.slice(0, 40)) {
      expect(cutExact(t)).toEqual(full.cut(t, false));
      expect(cut(t)).toEqual(full.cut(t, true).map((w) => w.trim()).filter((w) => w && /[\p{L}\p{N}]/u.test(w)));
    }
  }, 30_000);
});
