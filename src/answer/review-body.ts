/**
 * Which body hears an administrative review of an office's disclosure decisions (《行政复议法》第二十四条,
 * in force 2024-01-01): county-level and higher local governments review the acts of their own working
 * departments and of the next lower government. Read from the office's name only; where the name does not
 * tell (a 管委会, a 示范区 bureau, a name without its place), the rule is said without naming a body.
 */

/** A government itself ("淮安市洪泽区人民政府", "宜兴市丁蜀镇人民政府"): reviewed by the next higher government. */
const GOVERNMENT = /人民政府$/;
/** A working body of a government named in full ("上海市人民政府办公厅", "湛江市人民政府地方志办公室"). */
const BODY_OF_GOVERNMENT = /^(.+?人民政府)./;
/** Zones and committees whose setting-up government the name does not say. */
const ZONE = /实验区|示范区|开发区|高新区|新区|管委会|管理委员会|园区/;
/** A 街道办事处 is an agency of the district (county-level city) government that set it up. */
const SUB_DISTRICT = /街道办事处|街道办$/;
/** The places a department's name starts with ("株洲市芦淞区", "绵阳市", "桃江县", "宣州区": 州 inside a name is no place of its own). */
const PLACES = /^((?:[^省市县区旗盟]{1,6}?(?:省|自治区|自治州|市|盟|县|区|旗))+)/;
/** The last place of a run of places ("淮安市洪泽区" → "淮安市" is the higher one). */
const LAST_PLACE = /[^省市县区旗盟镇乡]{1,6}(?:省|自治区|自治州|市|盟|县|区|旗|镇|乡)$/;

/** The sentence naming the review body of `office`, or the rule itself where the name does not tell. */
export function reviewBody(office: string): string {
  const name = office.trim();
  if (GOVERNMENT.test(name)) {
    const places = name.replace(GOVERNMENT, '');
    const higher = places.replace(LAST_PLACE, '');
    const named = higher && higher !== places && PLACES.test(higher) ? `（${higher}人民政府）` : '';
    return `${name}作出的，向上一级人民政府${named}申请`;
  }
  if (!ZONE.test(name)) {
    const body = BODY_OF_GOVERNMENT.exec(name)?.[1];
    if (body) return `${name}是${body}的工作部门，向${body}申请`;
    if (SUB_DISTRICT.test(name)) {
      // (the district named before it, "北京市西城区金融街街道办事处": that district's government set it up)
      const district = PLACES.exec(name)?.[1];
      if (district && /[区县市旗]$/.test(district) && district !== name && !/^[区县市旗]/.test(name.slice(district.length))) return `${name}是${district}人民政府的派出机关，向${district}人民政府申请`;
      return `${name}是区（县级市）人民政府的派出机关，向设立它的区（县级市）人民政府申请`;
    }
    const places = PLACES.exec(name)?.[1];
    if (places) return `${name}是${places}人民政府的工作部门，向${places}人民政府申请`;
  }
  return `对县级以上地方人民政府工作部门作出的，向本级人民政府申请；对下一级人民政府作出的，向上一级人民政府申请`;
}
