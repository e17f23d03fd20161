import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/core/knowledge.js';
import { addressChecked, phoneChecked } from '../../../src/core/policy/phone-check.js';
import { knowledge, slots, u } from './helpers.js';

let kn: Knowledge;
beforeAll(async () => {
  kn = await knowledge('test/fixtures/reports-other');
});
const text = (d: unknown) => JSON.stringify(d);
const luSong = slots({ offices: ['株洲市芦淞区教育局'] });

describe('phone-checked', () => {
  it('a quoted number that is not the report\'s: the report\'s phone, and not the quoted one', () => {
    const d = phoneChecked.decide(u({ norm: '芦淞区网站底下写的那个0731-28100000是教育局信息公开的电话吗', slots: luSong }), {}, kn);
    expect(text(d)).toContain('0731-28213456，不是 0731-28100000');
  });
  it('the report\'s own number, with or without the area code: yes', () => {
    expect(text(phoneChecked.decide(u({ norm: '芦淞区教育局的电话是28213456吗', slots: luSong }), {}, kn))).toContain('是的');
  });
  it('a report without a phone: it cannot be checked, never a yes', () => {
    const d = phoneChecked.decide(u({ norm: '丁蜀镇电话是0510-87000000吗', slots: slots({ offices: ['宜兴市丁蜀镇人民政府'] }) }), {}, kn);
    expect(text(d)).toContain('没有写明');
    expect(text(d)).not.toContain('是的');
  });
  it('an extension quoted: checked against the report\'s when it prints one, and told when the asker leaves it out', async () => {
    const pt = await knowledge('test/fixtures/reports-fresh95-newb');
    const stats = slots({ offices: ['上海市普陀区统计局'] });
    expect(text(phoneChecked.decide(u({ norm: '普陀区统计局的电话是021-52564588转2358吗', slots: stats }), {}, pt))).toContain('分机号不对');
    expect(text(phoneChecked.decide(u({ norm: '普陀区统计局的电话是021-52564588转2385吗', slots: stats }), {}, pt))).toContain('是的');
    expect(text(phoneChecked.decide(u({ norm: '普陀区统计局的电话是52564588吗', slots: stats }), {}, pt))).toContain('报告还写了分机号');
  });
  it('no number quoted, or a figure asked: no decision', () => {
    expect(phoneChecked.decide(u({ norm: '芦淞区教育局电话多少', slots: luSong }), {}, kn)).toBeUndefined();
  });
});

describe('address-checked', () => {
  it('the street of the address quoted with a number to check: the address as the report writes it', () => {
    const d = addressChecked.decide(u({ norm: '芦淞区教育局地址是建设南路一号还是二号来着', slots: luSong }), {}, kn);
    expect(text(d)).toContain('报告中写的地址是');
  });
  it('no street of the report\'s address, or no check asked: no decision', () => {
    expect(addressChecked.decide(u({ norm: '芦淞区教育局地址是人民路一号吗', slots: luSong }), {}, kn)).toBeUndefined();
    expect(addressChecked.decide(u({ norm: '芦淞区教育局怎么申请', slots: luSong }), {}, kn)).toBeUndefined();
  });
});

describe('address-checked: an earlier address quoted', () => {
  it('"以前在大成街，现在还在那吗": the newest report\'s address, and that the earlier report says otherwise', async () => {
    const years = await knowledge('test/fixtures/reports-years');
    const named = { years: [] as number[], offices: ['南岗区人民政府办公室'], unknownOffices: [], spans: [{ start: 3, end: 9 }] };
    const d = addressChecked.decide(u({ norm: '我记得南岗区政府办以前在大成街,现在还在那吗?', slots: named }), {}, years);
    const text = JSON.stringify(d);
    expect(text).toContain('2023年报告中写的地址是：哈尔滨市南岗区学府路 368 号');
    expect(text).toContain('2022年报告中写的是：哈尔滨市南岗区大成街 52 号');
    // a year named: that report's address question, not this rule's
    expect(JSON.stringify(addressChecked.decide(u({ norm: '2022年南岗区政府办以前在大成街,现在还在那吗?', slots: { ...named, years: [2022] } }), {}, years) ?? {})).not.toContain('地址已有变化');
  });
});


describe('address-checked: another street asked as where the office is', () => {
  it('"是不是在中山路那个政务服务中心": the report\'s address, not on that street, and what the report says of it', async () => {
    const nangang = await knowledge();
    const d = addressChecked.decide(u({ norm: '是不是在中山路那个政务服务中心' }), {}, nangang);
    expect(text(d)).toContain('大成街 52 号，不在中山路');
    expect(text(d)).toContain('中山路181号南岗区政务服务中心');
  });
  it('where asked ("在哪条街"), a sub-district (街道) or "顺道": no decision', async () => {
    const nangang = await knowledge();
    expect(addressChecked.decide(u({ norm: '你们信息科在哪条街上啊,门牌几号' }), {}, nangang)).toBeUndefined();
    expect(addressChecked.decide(u({ norm: '地址发我一下,我顺道过去,是在这边吗' }), {}, nangang)).toBeUndefined();
  });
});

describe('address-checked: an office named after its 街道', () => {
  it('"…街道办的电话和地址" names the office, it quotes no street; the street of the address still checks', async () => {
    const newa = await knowledge('test/fixtures/reports-fresh28-newa');
    const named = slots({ offices: ['萧山区蜀山街道办事处'], spans: [{ start: 0, end: 5 }] });
    expect(addressChecked.decide(u({ norm: '蜀山街道办的电话和地址', slots: named }), {}, newa)).toBeUndefined();
    expect(text(addressChecked.decide(u({ norm: '蜀山街道办地址是潘右路988号吗', slots: named }), {}, newa))).toContain('潘右路988号');
  });
});
