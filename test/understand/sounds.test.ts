/**
 * The typo pass's sounds kept on disk (sounds.ts): the files hold exactly what pinyin-pro returns, a
 * process that finds them never loads pinyin-pro, and a broken file is made again.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Sounds } from '../../src/understand/sounds.js';
import { TypoIndex } from '../../src/understand/typos.js';

const tmp = mkdtempSync(join(tmpdir(), 'sounds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TERMS = ['申请', '公开', '提供', '地址', '银行', '行政复议', '重庆市', '长沙', '芦淞教育局', '不予公开'];

describe('sounds kept on disk', () => {
  const dir = join(tmp, 'a');
  const direct = new Sounds([]); // cache off: pinyin-pro itself
  const kept = new Sounds([dir]);

  it('term syllables read back from the file equal pinyin-pro’s, word readings included (银行 yin hang)', () => {
    const first = kept.syllables(TERMS);
    expect(first).toEqual(direct.syllables(TERMS));
    expect(first[TERMS.indexOf('银行')]).toEqual(['yin', 'hang']);
    expect(readdirSync(dir).filter((f) => f.startsWith('terms-'))).toHaveLength(1);
    expect(new Sounds([dir]).syllables(TERMS)).toEqual(first);
  });

  it('the readings table gives pinyin-pro’s readings for every Han character, and halves of rare ones', () => {
    const fresh = new Sounds([dir]); // reads the table the first instance wrote
    let checked = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      const lone = cp >= 0xd800 && cp <= 0xdfff;
      if (!lone && !/^\p{Script=Han}$/u.test(ch)) continue;
      expect(fresh.readings(ch), ch).toEqual(direct.readings(ch));
      checked++;
    }
    for (const ch of ['𠀀', '𪚥']) expect(fresh.readings(ch)).toEqual(direct.readings(ch));
    expect(checked).toBeGreaterThan(20_000);
    expect(fresh.readings('长')).toEqual(['chang', 'zhang']);
  });

  it('a broken terms file is made again', () => {
    const broken = join(tmp, 'b');
    new Sounds([broken]).syllables(TERMS);
    const file = readdirSync(broken).find((f) => f.startsWith('terms-'))!;
    writeFileSync(join(broken, file), '[["x"]');
    expect(new Sounds([broken]).syllables(TERMS)).toEqual(direct.syllables(TERMS));
    writeFileSync(join(broken, file), '[["x"]]'); // one list for ten terms: not this list's file
    expect(new Sounds([broken]).syllables(TERMS)).toEqual(direct.syllables(TERMS));
  });

  it('typo corrections are the same from the files as from pinyin-pro', () => {
    const fromFiles = new TypoIndex(TERMS, { sounds: new Sounds([dir]) });
    const fromLib = new TypoIndex(TERMS, { sounds: new Sounds([]) });
    for (const q of ['我想申清公凯信息', '提共材料', '地只在哪', '陆松教育局电话多少', '行政附议有几起', '银航', '你们是事业单位']) {
      expect(fromFiles.correct(q)).toEqual(fromLib.correct(q));
    }
    expect(fromFiles.correct('我想申清公凯信息').text).toBe('我想申请公开信息');
  });

  it('a process that finds the files never loads pinyin-pro (the compiled module)', () => {
    const dist = new URL('../../dist/understand/sounds.js', import.meta.url).href;
    const code = `const { Sounds, pinyinLoads } = await import(${JSON.stringify(dist)});
      const s = new Sounds([${JSON.stringify(dir)}]);
      const syl = s.syllables(${JSON.stringify(TERMS)});
      const r = s.readings('长');
      console.log(JSON.stringify({ loads: pinyinLoads(), syl: syl[4], r }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ loads: 0, syl: ['yin', 'hang'], r: ['chang', 'zhang'] });
  });
});
