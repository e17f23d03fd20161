import { describe, expect, it } from 'vitest';
import { isEmptyText, normalize } from '../../src/understand/normalize.js';
import { cut } from '../../src/understand/segment.js';

describe('normalize', () => {
  it('資料 stays 资料 (material), not the Taiwan phrase table\'s 数据 (data)', () => {
    expect(normalize('申請資料使唔使俾錢')).toContain('资料');
  });
  it('a lone 么 stays 么 (mainland speech, "我么样办"), though the Taiwan table reads it as 幺; 麼 is still 么', () => {
    expect(normalize('我么样办')).toBe('我么样办');
    expect(normalize('這麼多')).toBe('这么多');
  });
  it('好多 asking a number at the end of a question ("一共收了好多申请啊") or right after a contact detail ("电话好多啊"), not "many" ("人好多啊")', () => {
    expect(normalize('芦淞教育局2023年一共收了好多信息公开申请啊')).toContain('一共收了多少信息公开申请');
    // (session 22: 西南官话 asks the number so, "中山路街道办事处电话好多嘛", "芦淞教育局办公室电话好多啊，我娃读书的事想问下")
    expect(normalize('办公室电话好多啊，我想问下')).toContain('电话多少');
    expect(normalize('窗口人好多啊，我想问下')).toContain('人好多');
  });
  it('folds full-width digits and letters', () => {
    expect(normalize('２０２２年收到多少件申请？？')).toBe('2022年收到多少件申请?');
  });
  it('converts traditional to simplified, phrase level', () => {
    expect(normalize('政府資訊公開怎麼申請')).toBe('政府信息公开怎么申请');
  });
  it('removes emoji, zero-width and bidi characters', () => {
    expect(normalize('电话\u200b多少😀\u202e')).toBe('电话多少');
  });
  it('joins spaced-out characters and reads a few English words', () => {
    expect(normalize('电 话 多 少')).toBe('电话多少');
    expect(normalize('how many申请in 2022')).toBe('多少申请 2022');
    expect(normalize('ＴＥＬ多少')).toBe('电话多少');
    // a whole English question: the glossary's words, function words dropped, Chinese words joined again
    expect(normalize('how many requests were refused in 2022')).toBe('多少申请不予公开 2022');
  });
  it('a pause between two long runs is a clause break; short words separated by spaces are joined', () => {
    expect(normalize('政府办不理我的信息公开申请 我能去哪投诉')).toBe('政府办不理我的信息公开申请，我能去哪投诉');
    expect(normalize('南岗区 政府办 电话')).toBe('南岗区政府办电话');
    expect(normalize('超过20个工作日都没人理我 咋办')).toBe('超过20个工作日都没人理我咋办');
  });
  it('the results of table 三 in English: granted in full, carried over to next year', () => {
    expect(normalize('how many were granted in full')).toContain('予以公开');
    expect(normalize('how many requests were carried over to next year')).toContain('结转下年度');
  });
  it('domain words typed in pinyin, and thanks in English', () => {
    expect(normalize('nangang 2022 shenqing 总数多少 thx')).toBe('nangang 2022 申请总数多少谢谢');
  });
  it('reads Chinese-numeral years', () => {
    expect(normalize('二〇二二年收到多少申请')).toBe('2022年收到多少申请');
  });
  it('cuts very long input', () => {
    expect(normalize('申'.repeat(100_000)).length).toBeLessThanOrEqual(2000);
  });
  it('knows when nothing readable is left', () => {
    expect(isEmptyText(normalize('😀😀！！'))).toBe(true);
    expect(isEmptyText(normalize('电话'))).toBe(false);
  });
});

describe('segment', () => {
  it('keeps domain terms whole', () => {
    expect(cut('依申请公开的行政规范性文件')).toEqual(expect.arrayContaining(['依申请公开', '行政规范性文件']));
  });
  it('keeps years whole', () => {
    expect(cut('2022年收到多少')).toContain('2022');
  });
});

describe('normalForm: south-western speech (session 11)', () => {
  it('好久 asking how long, 没得 as 没有, 好多 after 开了 asking how many', () => {
    expect(normalize('好久能答复')).toBe('多久能答复');
    expect(normalize('要好久?')).toBe('要多久?');
    expect(normalize('等了好久了')).toBe('等了好久了');
    expect(normalize('办结了没得?')).toBe('办结了没有?');
    expect(normalize('有没得结转的')).toBe('有没有结转的');
    expect(normalize('2021年到底开了好多场嘛?')).toBe('2021年到底开了多少场嘛?');
  });
});

describe('normalForm: yes/no asked with a closing 不, two questions run together (session 14)', () => {
  it('"…不?" is the question\'s 吗, not a negation of what it closes', () => {
    expect(normalize('能找南岗区政府办申请公开信息不?')).toBe('能找南岗区政府办申请公开信息吗?');
    expect(normalize('要交钱不')).toBe('要交钱吗');
    expect(normalize('=15,对不?')).toBe('=15,对吗?');
    // 不 as a word of its own stays
    expect(normalize('公开还是不?')).toBe('公开还是不?');
    expect(normalize('我也不?')).toBe('我也不?');
  });
  it('English for how a request is made: online is 网上, in person 当面', () => {
    expect(normalize('可以 online 申请吗?还是一定要 in person 去?')).toContain('网上');
    expect(normalize('可以 online 申请吗?还是一定要 in person 去?')).toContain('当面');
  });
  it('a question word then 还有/另外 starts the next question', () => {
    expect(normalize('电话多少还有就是申请交上去多久')).toBe('电话多少，还有就是申请交上去多久');
    expect(normalize('还有多少')).toBe('还有多少');
  });
});

describe('traditional characters: a government document stays 文件', () => {
  it('張家港市政府辦公室…市政府文件 → 张家港市政府办公室…市政府文件 (never 文档)', () => {
    expect(normalize('張家港市政府辦公室2022年公開了多少件市政府文件')).toBe('张家港市政府办公室2022年公开了多少件市政府文件');
    expect(normalize('請問資料在哪')).toBe('请问资料在哪');
  });
});
