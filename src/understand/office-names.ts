/**
 * The names an office goes by: its places and organ split apart ("株洲市芦淞区教育局" → 株洲市, 芦淞区, 教育局),
 * everyday and short forms (环保局, 湘西州, 沟赵办事处), and whether a short form abbreviates an organ. Read once per
 * loaded report by slots.ts, which finds these names in questions.
 */

// (the government's organs as one, "城口县人民政府机关", are the government)
export const GOVERNMENT = /^(人民政府办公室|人民政府办公厅|政府办公室|人民政府机关|人民政府|政府机关|政府|办公室|办公厅)$/;
// (a county of one character is named with its 县: 冠县, 沛县, 莘县)
// (a league, 盟, and a sumu, 苏木, are Inner Mongolia's prefecture and township: 阿拉善盟额济纳旗温图高勒苏木)
// (a district named for a county of one character keeps both levels: 梅州市梅县区 → 梅州市, 梅县区; 徐州市沛县 → 徐州市, 沛县)
/** A city's district of two characters (晋城市城区, 阳泉市郊区, 攀枝花市东区): a place only after its city's name. */
const CITY_DISTRICT_OF_TWO = /^[城郊矿东西]区$/;
// (that district in the places of an office's name, here and in splitOffice's reading of them)
// (a prefecture by its everyday name without 自治, "甘南州", "黔东南州": two or three characters and 州, first in the name)
const PLACES = /^(?:\p{Script=Han}县区?|(?<=[市州])[城郊矿东西]区|\p{Script=Han}{2,}?(?:自治州|自治县|街道|苏木|地区|[省市区县镇乡旗]|(?<=^\p{Script=Han}{2,4})盟|(?<=^\p{Script=Han}{2,3})州(?![市区县])))+/u;

/** An office of the government itself after 人民政府 ("人民政府新闻办公室", "人民政府研究室"): the office's own name. */
const GOVERNMENT_OWN_OFFICE = /^人民政府(\p{Script=Han}{2,10}(?:办公室|研究室|事务局|中心|局))$/u;
/** The government's name between a district's and one of its streets' or towns' ("滨江区人民政府长河街道办事处"). */
const GOVERNMENT_BETWEEN_PLACES = /(?<=[区县市旗])(?:人民政府|政府)(?=\p{Script=Han}{2,4}?(?:街道|苏木|[镇乡])(?:办事处|人民政府|政府)?$)/u;

/** A municipality's name before a zone's, without its 市 ("重庆两江新区"). */
const MUNICIPALITY_LEAD = /^(?:北京|上海|天津|重庆)(?=\p{Script=Han}{2,})/u;

/** A development or pilot zone, governed by a 管委会 (management committee). */
export const ZONE = /(综合实验区|开发区|高新区|新区|实验区|示范区|合作区)/;

/**
 * A city whose name ends in 镇 or 乡 ("景德镇市"): read as the town "景德镇" and then "市昌江区", it is put back
 * together ("景德镇市", "昌江区").
 */
function joinCityTowns(found: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < found.length; i++) {
    const p = found[i]!;
    const next = found[i + 1];
    if (/[镇乡]$/.test(p) && next && /^[市县]\p{Script=Han}{2,}/u.test(next)) {
      out.push(p + next[0], next.slice(1));
      i++;
    } else out.push(p);
  }
  return out;
}

/** "株洲市芦淞区教育局" → places [株洲市, 芦淞区], organ 教育局. */
export function splitOffice(full: string): { places: string[]; organ: string } {
  // a street's or a town's office under its district's government: "滨江区人民政府长河街道办事处" names 滨江区, 长河街道
  const office = full.replace(GOVERNMENT_BETWEEN_PLACES, '');
  const m = PLACES.exec(office);
  if (!m) return { places: [], organ: office };
  const found = joinCityTowns(m[0].match(/(?:^|(?<=[市州盟]))\p{Script=Han}县区?|(?<=[市州])[城郊矿东西]区|\p{Script=Han}{2,}?(?:自治州|自治县|街道|苏木|地区|[省市区县镇乡旗]|(?<=^\p{Script=Han}{2,4})盟|(?<=^\p{Script=Han}{2,3})州(?![市区县]))/gu) ?? []);
  // the places end where an organ's own words begin ("住房和城乡建设局", "城市管理局")
  const end = found.findIndex((p) => NOT_A_PLACE.test(p));
  const places = end < 0 ? found : found.slice(0, end);
  const length = places.reduce((n, p) => n + p.length, 0);
  return { places, organ: office.slice(length) };
}

/**
 * Words of organ names that end like a place (乡, 市, 区, 镇): 住房和城乡建设局, 城市管理局, 乡镇企业局, 园区管委会.
 * A place name holds 和 only as its first character (和平区, 和县).
 */
// (but 和 right before the level is a place's own: 兴和县, 太和县, 共和县, 平和县 — one character before it; and a street
// named for its road: 共和新路街道; two or more before it join two organ words: 绿化和市容管理局 has no place 绿化和市)
// (nor a zone committee's bureau after the zone: "…开发区管委会城市管理局" has no place 管委会城市)
// (a township's name may hold 和 after one character — 永和镇, or a name from Mongolian or Uyghur: 查和特乡, 布和镇)
const NOT_A_PLACE = /^(?:.{2,}|.(?!和\p{Script=Han}{0,3}(?:乡|镇|苏木)$))和(?![县市区旗]$)(?!\p{Script=Han}*路街道$)|^\p{Script=Han}{2,}和[县市区旗]$|^(?:城市|城乡|城镇|乡镇|社区|园区|景区)$|^(?:管委会|管理委员会)/u;

/** The five autonomous regions, called by their first words. */
const AUTONOMOUS_REGION = /^(广西|内蒙古|西藏|宁夏|新疆)(?:壮族|回族|维吾尔)?自治区$/;

/** A province-level region by a name shorter than its everyday one (内蒙 for 内蒙古), with an organ after it only. */
const SPOKEN_REGION: Record<string, string[]> = { 内蒙古: ['内蒙'] };
/** A league by its first character and 盟, as people say it ("锡盟" for 锡林郭勒盟, "阿盟" for 阿拉善盟). */
const LEAGUE = /^(\p{Script=Han})\p{Script=Han}{2,}盟$/u;
function leagueShort(place: string): string[] {
  const m = LEAGUE.exec(place);
  return m ? [`${m[1]}盟`] : [];
}

/** The kinds of zone a city's name can stand before without 市 ("天津东疆综合保税区", "青岛西海岸新区"). */
const ZONE_KIND = '(?:综合保税区|综保区|保税区|开发区|新区|高新区|实验区|示范区|投资区)';
/** A municipality named without 市 before a zone of it ("天津东疆综合保税区"). */
const MUNICIPALITY_BEFORE_ZONE = new RegExp(`^(?:北京|天津|上海|重庆)(?=\\p{Script=Han}{2,}${ZONE_KIND}$)`, 'u');
/** A zone named after its city without 市 ("青岛西海岸新区", "大连金普新区"): the zone's own name of two characters or more. */
const CITY_BEFORE_ZONE = new RegExp(`^\\p{Script=Han}{2}(\\p{Script=Han}{2,}${ZONE_KIND})$`, 'u');
/** The zone without the city before it ("青岛西海岸新区" → 西海岸新区), when it has a name of its own. */
export const cityless = (p: string): string | undefined => {
  const rest = CITY_BEFORE_ZONE.exec(p)?.[1];
  return rest && shortPlace(rest) !== rest && shortPlace(rest).length >= 2 ? rest : undefined;
};
/** A bonded zone goes by its short kind too ("东疆综合保税区" → 东疆综保区, 东疆保税区). */
const BONDED_ZONE = /综合保税区$/;

/** A street named for a city gate ("崇文门外街道", "德胜门内街道"): its first character and 外/内. */
const CITY_GATE_STREET = /^(\p{Script=Han})\p{Script=Han}门([外内])(?:街道|地区)?$/u;

/** A free-trade zone's area committee: its province, its city's area, the organ after 管理委员会 if any. */
const FREE_TRADE_AREA = /^中国[（(](\p{Script=Han}{2,3})[)）]自由贸易试验区(\p{Script=Han}{2,4}?)片区(?:管理委员会|管委会)(\p{Script=Han}*)$/u;

export const shortPlace = (p: string) => {
  // "平潭综合实验区" is called 平潭, "滨海新区" 滨海: the kind of zone goes with the 区
  // ("大理白族自治州" is called 大理: the people's name goes with 自治州)
  // (a province-level autonomous region by its everyday name: 广西壮族自治区 → 广西)
  const region = AUTONOMOUS_REGION.exec(p);
  if (region) return region[1]!;
  // (a place named for its people alone, "鄂温克族自治旗", is called by that name and its level: 鄂温克旗)
  if (p.replace(ETHNIC_AUTONOMOUS, '$1').length === 1 || PEOPLE_ALONE_AUTONOMOUS.test(p)) return p.replace(/族?自治([州县旗])$/, '$1');
  // (a zone of a municipality, its city said without 市: "天津东疆综合保税区" is called 东疆)
  const s = p.replace(ETHNIC_AUTONOMOUS, '$1').replace(ETHNIC_TOWNSHIP, '').replace(/(综合保税区|综保区|保税区|综合实验区|经济技术开发区|高新技术产业开发区|开发区|高新区|新区|实验区|示范区|自治州|自治县|街道|苏木|地区|[省市区县镇乡旗]|(?<=..)州)$/, '');
  // (the zone's own name after the municipality, two characters at least: "重庆高新技术产业开发区" stays 重庆)
  const zone = MUNICIPALITY_BEFORE_ZONE.test(p) ? s.replace(MUNICIPALITY_LEAD, '') : s;
  return zone.length >= 2 ? zone : s.length >= 2 ? s : p;
};

/**
 * Names a citizen may use for an office: "南岗区人民政府办公室" → 南岗区人民政府办公室, 南岗区政府, 南岗区, 南岗;
 * "株洲市芦淞区教育局" → 芦淞区教育局, 芦淞教育局 (and, as weaker names, see placeNames()).
 */
/** The one-character names of provinces and province-level cities (沪 for 上海). */
export const PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
  北京: ['京'], 天津: ['津'], 上海: ['沪'], 重庆: ['渝'], 河北: ['冀'], 山西: ['晋'], 辽宁: ['辽'], 吉林: ['吉'],
  黑龙江: ['黑'], 江苏: ['苏'], 浙江: ['浙'], 安徽: ['皖'], 福建: ['闽'], 江西: ['赣'], 山东: ['鲁'], 河南: ['豫'],
  湖北: ['鄂'], 湖南: ['湘'], 广东: ['粤'], 广西: ['桂'], 海南: ['琼'], 四川: ['川', '蜀'], 贵州: ['黔'], 云南: ['滇'],
  陕西: ['陕'], 甘肃: ['甘', '陇'], 青海: ['青'], 宁夏: ['宁'], 新疆: ['新'], 西藏: ['藏'], 内蒙古: ['蒙'],
};

/** A bureau's local branch: the parent bureau, the branch's place, its kind ("市场监督管理局" + "龙华" + "监管局"). */
const BRANCH = /^(\p{Script=Han}{2,}?局)(\p{Script=Han}{2,3}?)(监管局|分局|监管所|管理所)$/u;

/** Everyday names of departments ("环保局" for 生态环境局). */
const ORGAN_ALIASES: Record<string, string[]> = {
  生态环境局: ['环保局', '环境局', '生态环保局', '环境保护局', '生态局'],
  // (a banner's or county's ethnic affairs commission, "鄂温克民委")
  民族事务委员会: ['民委', '民族事务委'],
  生态环境厅: ['环保厅', '环境厅', '生态环保厅', '生态厅'],
  // (the name before 2018: "河南省环境保护厅")
  环境保护厅: ['环保厅'],
  环境保护局: ['环保局'],
  人力资源和社会保障局: ['人社局', '人力社保局'],
  人力资源社会保障局: ['人社局', '人力社保局'],
  人力资源和社会保障厅: ['人社厅'],
  人力资源社会保障厅: ['人社厅'],
  住房和城乡建设厅: ['住建厅'],
  交通运输厅: ['交通厅'],
  发展和改革局: ['发改局'],
  发展和改革委员会: ['发改委'],
  发展改革委员会: ['发改委'],
  国有资产监督管理委员会: ['国资委'],
  住房和城乡建设局: ['住建局'],
  市场监督管理局: ['市监局', '市场监管局'],
  文化和广电旅游体育局: ['文旅局', '文广旅体局', '文广旅局', '文旅体局'],
  文化广电旅游体育局: ['文旅局', '文广旅体局', '文广旅局', '文旅体局'],
  文化广电体育和旅游局: ['文旅局', '文广体旅局', '文广旅体局'],
  自然资源和规划局: ['自然资源局', '规划局'],
  自然资源局: ['国土局'],
  教育和体育局: ['教体局', '教育局'],
  卫生健康委员会: ['卫健委'],
  卫生健康委: ['卫健委'],
  卫生健康局: ['卫健局'],
  交通运输局: ['交通局'],
  农业农村局: ['农业局'],
  城市管理局: ['城管局'],
  文化广电和旅游局: ['文旅局'],
  文化和旅游局: ['文旅局'],
  应急管理局: ['应急局'],
  // (a region's or province's department, as its own people say it: "自治区应急厅")
  应急管理厅: ['应急厅'],
  林业和草原局: ['林草局'],
  广播电视局: ['广电局'],
  医疗保障局: ['医保局'],
  行政审批服务局: ['审批局'],
  退役军人事务局: ['退伍军人局', '退伍军人事务局', '退役局'],
  退役军人事务厅: ['退伍军人事务厅', '退伍军人厅', '退役军人厅'],
  地方志办公室: ['方志办', '史志办', '志办'],
  // (a bureau that calls itself in short, "铜陵市民促局", goes by its full name too)
  民营经济促进局: ['民促局'],
  民促局: ['民营经济促进局', '民营经济局'],
  乡村振兴局: ['乡振局', '振兴局'],
  经济和信息化局: ['经信局'],
  工业和信息化局: ['工信局'],
  工业和信息化厅: ['工信厅'],
  工业和信息化委员会: ['工信委'],
  经济和信息化厅: ['经信厅'],
  经济和信息化委员会: ['经信委'],
  农业农村厅: ['农业厅'],
  自然资源厅: ['国土厅'],
  文化和旅游厅: ['文旅厅'],
  外事办公室: ['外办', '外事办'],
  人民政府外事办公室: ['外办', '外事办'],
  // (Shanghai's districts: "普陀区绿化市容局", "绿容局")
  绿化和市容管理局: ['绿化市容局', '绿化市容管理局', '绿容局'],
  绿化市容局: ['绿容局', '绿化和市容管理局'],
  // (everyday short names of bureaus and offices any county may have: "网信局", "科技局", "人防办", "房管局")
  网络信息化局: ['网信局', '网信办'],
  网络安全和信息化委员会办公室: ['网信办'],
  民族宗教事务局: ['民宗局'],
  民族宗教事务委员会: ['民宗委'],
  科学技术局: ['科技局'],
  人民防空办公室: ['人防办'],
  住房保障和房产管理局: ['房管局'],
  政务服务和数据管理局: ['政数局'],
  城市管理和综合执法局: ['城管局', '城管执法局'],
  综合行政执法局: ['执法局', '综合执法局'],
  投资促进局: ['投促局'],
  粮食和物资储备局: ['粮储局', '粮食局'],
  残疾人联合会: ['残联'],
  妇女联合会: ['妇联'],
  科学技术协会: ['科协'],
  工商业联合会: ['工商联'],
  国防动员办公室: ['国动办'],
};

/** A bureau's everyday short name of two characters and 局 ("城管局", "住建局"): said without 局 after a place too. */
const SHORT_BUREAU = /^\p{Script=Han}{2}局$/u;

/** The everyday short names of organs ("政数局", "房管局", "城管执法局"), three characters or more: words as typed, never typos. */
export function everydayOrganNames(): string[] {
  return [...new Set(Object.values(ORGAN_ALIASES).flat())].filter((n) => n.length >= 3);
}

/** A bureau named for what it manages or serves, said without it ("大数据发展管理局" → 大数据局, "机关事务管理局" → 机关事务局). */
const MANAGING_BUREAU = /^(\p{Script=Han}{3,6}?)(?:发展)?(?:管理|服务)局$/u;

/** Everyday names of an organ: those listed, and a managing bureau's short one. */
export function organAliases(organ: string): string[] {
  // (a long department's name by its first two characters and its level, as staff say it: 营商环境建设厅 → 营商厅, 交通运输局 → 交通局)
  const headAndLevel = /^\p{Script=Han}{5,}[厅局]$/u.test(organ) && !/[和与及]/.test(organ.slice(0, 3)) ? [`${organ.slice(0, 2)}${organ.at(-1)}`] : [];
  const listed = [...(ORGAN_ALIASES[organ] ?? []), ...headAndLevel.filter((x) => !(ORGAN_ALIASES[organ] ?? []).includes(x))];
  const stem = MANAGING_BUREAU.exec(organ)?.[1];
  if (!stem) return listed;
  const short = [`${stem}局`, `${stem}管理局`].filter((x) => x !== organ && !listed.includes(x));
  return short.length ? [...listed, ...short] : listed;
}

/** A banner of Inner Mongolia by its everyday short name: its first character and its last before 旗 ("乌拉特后旗" → 乌后旗). */
function bannerShort(place: string): string | undefined {
  // (not an autonomous banner, "鄂温克族自治旗": shortPlace names it)
  const m = /自治旗$/.test(place) ? null : /^(\p{Script=Han}{3,})旗$/u.exec(place);
  return m ? `${m[1]![0]}${m[1]!.at(-1)}旗` : undefined;
}

/** A zone's committee ("苏银产业园管理委员会"): the zone itself names it ("苏银产业园"). */
const ZONE_COMMITTEE = /^(\p{Script=Han}{2,12}?(?:产业园|工业园|科技园|园区|开发区|高新区|新区|保税区|综保区|实验区|试验区|示范区|合作区))(?:管理委员会|管委会)$/u;

/** A zone with the town it is, named in brackets ("张家港市冶金工业园(锦丰镇)"): the zone and the town. */
const ZONE_WITH_TOWN = /^(\p{Script=Han}{2,16}?(?:园|园区|开发区|经开区|高新区|新区|管理区|度假区))[（(](\p{Script=Han}{2,6}?(?:镇|乡|街道))[)）]$/u;
/** A zone's general office ("临沂高新区党政办公室", "…开发区综合办公室"): the zone's name. */
const ZONE_GENERAL_OFFICE = /^(\p{Script=Han}{2,12}?(?:高新区|经开区|开发区|新区|园区|实验区|试验区|示范区|合作区|保税区|综保区))(?:党政办公室|党政办|党政综合办公室|综合办公室|办公室)$/u;
/** A development zone named by its place and its kind ("大汶河旅游开发区"; not 经济技术开发区, said 经开区). */
const KIND_OF_DEVELOPMENT_ZONE = /^(\p{Script=Han}{2,6}?)(?:旅游|工业|农业|文化|生态|商贸|物流)开发区$/u;
/** A park named by its place and its kind ("精河工业园区", "某某产业园区"). */
const KIND_OF_PARK = /^(\p{Script=Han}{2,6}?)(工业|产业|科技|物流|农业|文化)园区$/u;

/** A management committee's two names, short and full. */
const COMMITTEE_SHORT = /管委会$/;
const COMMITTEE_FULL = /管理委员会$/;

/** An office named as a zone with its other level in brackets ("浒墅关经开区（镇）", "xx开发区(街道)"). */
const BRACKETED_LEVEL = /^(.+?(?:经开区|经济开发区|开发区|高新区|新区|园区|管理区))[（(](镇|乡|街道)[)）]$/;
/** The zone's word at the end of its name ("经开区", "高新区"): what is left is the place. */
const ZONE_WORD_END = /(?:经开区|经济开发区|开发区|高新区|新区|园区|管理区)$/;

export function officeNames(office: string): string[] {
  const names = new Set<string>([office]);
  // a zone that is a town too, its level in brackets ("浒墅关经开区（镇）"): the town's name, the zone's and the place's
  // ("浒墅关镇", "浒墅关镇政府", "浒墅关经开区", "浒墅关"), and its 党政办
  const dual = BRACKETED_LEVEL.exec(office.replace(/\s+/g, ''));
  if (dual) {
    const [, zoneName, level] = dual as unknown as [string, string, string];
    const stem = zoneName.replace(ZONE_WORD_END, '');
    names.add(zoneName);
    for (const n of [`${stem}${level}`, `${stem}${level}政府`, `${stem}${level}人民政府`, `${stem}${level}党政办`, `${stem}党政办`]) names.add(n);
    if (stem.length >= 2) names.add(stem);
    return [...names];
  }
  // (a zone with the town it is named in brackets, "张家港市冶金工业园(锦丰镇)": the town too — "锦丰镇", "锦丰镇政府", "锦丰")
  const withTown = ZONE_WITH_TOWN.exec(office.replace(/\s+/g, ''));
  if (withTown) {
    const [, zonePart, town] = withTown as unknown as [string, string, string];
    names.add(zonePart);
    for (const n of [town, `${town}政府`, `${town}人民政府`]) names.add(n);
    const stem = town.replace(/(?:镇|乡|街道)$/, '');
    if (stem.length >= 2) names.add(stem);
  }
  const zone = ZONE_COMMITTEE.exec(office)?.[1];
  if (zone) names.add(zone);
  // (a zone's general office, "临沂高新区党政办公室": its committee too, the zone's own government — "临沂高新区管委会")
  const office0 = ZONE_GENERAL_OFFICE.exec(office)?.[1];
  if (office0) for (const organ of ['管委会', '管理委员会']) names.add(`${office0}${organ}`);
  // (a park by its place and 园区 or its kind and 园, as people say it: "精河园区", "精河工业园" for 精河工业园区)
  const park = zone ? KIND_OF_PARK.exec(zone) : null;
  if (park) for (const n of [`${park[1]}园区`, `${park[1]}${park[2]}园`]) names.add(n);
  // (a development zone without its kind, "大汶河开发区" for 大汶河旅游开发区)
  const devZone = zone ? KIND_OF_DEVELOPMENT_ZONE.exec(zone) : null;
  if (devZone) names.add(`${devZone[1]}开发区`);
  // (a committee by either form of its name, "…管委会" or "…管理委员会")
  if (COMMITTEE_SHORT.test(office)) names.add(office.replace(COMMITTEE_SHORT, '管理委员会'));
  else if (COMMITTEE_FULL.test(office)) names.add(office.replace(COMMITTEE_FULL, '管委会'));
  // a free-trade zone's area committee ("中国(福建)自由贸易试验区福州片区管理委员会"): by its city's area, with or without 自贸
  // ("福州片区管委会", "福州自贸片区管委会", "福建自贸区福州片区管委会", "福州自贸区管委会")
  const ftz = FREE_TRADE_AREA.exec(office.replace(/\s+/g, ''));
  if (ftz) {
    const [, province, area, rest] = ftz as unknown as [string, string, string, string];
    for (const head of [`${area}片区`, `${area}自贸片区`, `${area}自贸区`, `${province}自贸区${area}片区`, `自贸试验区${area}片区`, `中国(${province})自贸试验区${area}片区`, `中国（${province}）自贸试验区${area}片区`])
      for (const organ of ['管理委员会', '管委会', '管委']) names.add(`${head}${organ}${rest}`);
    // (the area itself, its committee left out, "雄安片区2022年发了多少条": the committee is its government)
    if (!rest) for (const head of [`${area}片区`, `${area}自贸片区`, `${area}自贸区`, `${province}自贸区${area}片区`]) names.add(head);
  }
  const { places, organ } = splitOffice(office);
  const last = places.at(-1);
  if (last) {
    const all = places.join('');
    // (a district of two characters, 城区/东区, is no name alone, nor shortened: "城区" is any town's centre)
    const tiny = CITY_DISTRICT_OF_TWO.test(last);
    if (GOVERNMENT.test(organ) || !organ) {
      // (an autonomous region by its everyday name and 区, as its people say it: "新疆区政府办公厅", "广西区政府")
      const regionSpoken = AUTONOMOUS_REGION.test(last) ? [`${shortPlace(last)}区`] : [];
      for (const p of [all, last, ...regionSpoken]) {
        if (!(tiny && p === last)) names.add(p);
        if (!tiny) names.add(shortPlace(p));
        const banner = bannerShort(p);
        if (banner) for (const n of [banner, `${banner}政府`, `${banner}人民政府`]) names.add(n);
        names.add(`${p}政府`);
        names.add(`${p}人民政府`);
        const office2 = /办公[室厅]$/.exec(organ)?.[0];
        if (office2) {
          // 办公厅 as 办公室: "上海市政府办公厅", "上海市府办公厅", "上海市政府办", "市府办"
          names.add(`${p}政府办`);
          names.add(`${p}政府${office2}`);
          names.add(`${p}${office2}`);
          names.add(`${p}府${office2}`);
          names.add(`${p}府办`);
        }
      }
      // a province-level place by its one-character name, with the government's short word only
      // ("沪府办", "京府办": the character alone is too common a word to name a place)
      const abbr = places.length === 1 ? PROVINCE_ABBREVIATIONS[shortPlace(last)] : undefined;
      if (abbr && /办公[室厅]$/.test(organ)) for (const a of abbr) names.add(`${a}府办`);
    } else {
      // (an office, 办公室, also goes by 办: 地方志办公室 → 地方志办)
      const short = /..办公室$/.test(organ) ? [organ.replace(/办公室$/, '办')] : [];
      // (and a region by the shorter name people use, "内蒙市监局")
      const spoken = SPOKEN_REGION[shortPlace(last)] ?? leagueShort(last);
      // (a zone by its own name, its city left out: "西海岸新区自然资源局" for 青岛西海岸新区自然资源局)
      const zone = cityless(last);
      const zoneNames = zone ? [zone, shortPlace(zone)] : [];
      // (a bureau's three-character short name said without 局 after its place, as people do: "杭州城管", "杭州住建")
      // (only a true abbreviation, not the organ's own opening words: 粮食 of 粮食和物资储备局 would read "广东省粮食同物资储备局" as
      // a place's 粮食 and another organ after it)
      const bare = organAliases(organ).filter((a) => SHORT_BUREAU.test(a) && !organ.startsWith(a.slice(0, 2))).map((a) => a.slice(0, 2));
      // (a government's own office named with the government said short or left out: "黔东南州政府新闻办", "黔东南州新闻办" for
      // 黔东南州人民政府新闻办公室)
      const own = GOVERNMENT_OWN_OFFICE.exec(organ)?.[1];
      const ownNames = own ? [`政府${own}`, own, ...(/办公室$/.test(own) ? [`政府${own.replace(/办公室$/, '办')}`, own.replace(/办公室$/, '办')] : [])] : [];
      for (const o of [organ, ...(organAliases(organ)), ...short, ...ownNames]) for (const p of [all, last, shortPlace(last), ...spoken, ...zoneNames]) names.add(`${p}${o}`);
      for (const o of bare) for (const p of [all, last, shortPlace(last)]) if (shortPlace(p).length >= 2) names.add(`${p}${o}`);
    }
  }
  // a bureau's local branch is called by the branch's place ("深圳市市场监督管理局龙华监管局" → 龙华监管局, 龙华局,
  // 龙华市场监管局, 龙华市监局, 龙华市场监管; "…公安局南山分局" → 南山分局)
  // (a branch whose place the split read as one with its parent, "生态环境局沙河市" + 分局: read together)
  const branch = BRANCH.exec(organ) ?? (last && /局/.test(last) ? BRANCH.exec(`${last}${organ}`) : null);
  if (branch) {
    const [, parent, branchPlace, suffix] = branch as unknown as [string, string, string, string];
    // (its place said without its level too, "沙河分局", "沙河环境分局" for …生态环境局沙河市分局)
    const short = shortPlace(branchPlace);
    for (const place of new Set([branchPlace, ...(short.length >= 2 ? [short] : [])])) {
      for (const n of [`${place}${suffix}`, `${place}局`, `${place}${parent}`, `${place}${parent.replace(/局$/, '')}${suffix}`]) names.add(n);
      for (const a of organAliases(parent)) {
        names.add(`${place}${a}`);
        if (a.length >= 5) names.add(`${place}${a.replace(/局$/, '')}`);
        names.add(`${place}${a.replace(/局$/, '')}${suffix}`);
      }
    }
  }
  // a street's office is called by the street's name: 长河街道办事处 → 长河街道, 长河街道办, 长河
  if (last?.endsWith('街道') && /^(?:办事处|街道办事处)$/.test(organ)) for (const n of [last, `${last}办`, `${last}办事处`, shortPlace(last)]) names.add(n);
  // (or a street's office named without 街道, under a zone: "郑州高新区沟赵办事处" → 沟赵办事处, 沟赵街道, 沟赵街道办, 沟赵)
  const streetOffice = STREET_OFFICE_BARE.exec(organ)?.[1];
  if (streetOffice && !NOT_A_STREET.test(streetOffice)) for (const n of [organ, `${streetOffice}街道`, `${streetOffice}街道办`, `${streetOffice}街道办事处`, `${streetOffice}办`, streetOffice]) names.add(n);
  // a zone's 管委会 is its government: the zone's own name names it ("银川经济技术开发区")
  if (last && ZONE.test(last) && /^(?:管理委员会|管委会)$/.test(organ)) for (const p of [places.join(''), last]) names.add(p);
  // (a special zone by its name without 特别, as people say it: "深汕合作区" for 深汕特别合作区)
  // (or by its own name alone, "深汕": a special zone's name is its own, no town's)
  if (last && /^(?:管理委员会|管委会)$/.test(organ) && /.{2}特别合作区$/.test(last)) for (const n of [last.replace('特别合作区', '合作区'), last.replace('特别合作区', '')]) names.add(n);
  // (and the 管委会's office is called by the zone, "两江新区办公室", "两江新区管委会办公室"; a zone of a municipality
  // is named without it, "重庆两江新区" → 两江新区)
  if (last && ZONE.test(last) && /^(?:管理委员会|管委会)(?:办公室|办公厅)$/.test(organ)) {
    const bare = last.replace(MUNICIPALITY_LEAD, '');
    for (const p of new Set([places.join(''), last, bare])) for (const o of ['办公室', '管委会办公室', '管委会办', '管委会']) names.add(`${p}${o}`);
  }
  // a zone committee's bureau is called by the zone and the bureau ("台商投资区行政审批服务局", "台商投资区审批局" for
  // 泉州台商投资区管理委员会行政审批服务局)
  const committeeBureau = /^(?:管理委员会|管委会)(\p{Script=Han}{2,})$/u.exec(organ)?.[1];
  if (last && committeeBureau && !/^办公[室厅]$/.test(committeeBureau)) {
    const zone = cityless(last);
    // (a zone with no name of its own but its city's goes by its short kind, and the short forms below shorten the rest:
    // "郑州高新区城管局", "高新区城管局" for 郑州高新技术产业开发区管委会城市管理局)
    const kindOnly = CITY_BEFORE_ZONE.exec(last)?.[1];
    const bareKind = kindOnly && SHORT_FORM_OF[kindOnly] ? [SHORT_FORM_OF[kindOnly]!] : [];
    for (const p of new Set([places.join(''), last, ...(zone ? [zone] : []), ...bareKind])) {
      for (const o of [committeeBureau, ...(organAliases(committeeBureau))]) names.add(`${p}${o}`);
    }
  }
  // everyday short forms of long names: 经开区, 高新区, 管委会, 大理州 (for 大理白族自治州)
  for (const n of [...names]) {
    // (or one written without its peoples, "湘西自治州": 湘西州)
    const short = n.replace(SHORT_FORMS, (w) => SHORT_FORM_OF[w] ?? w).replace(ETHNIC_AUTONOMOUS, '$1').replace(ETHNIC_TOWNSHIP, '').replace(AUTONOMOUS_WITHOUT_PEOPLES, '$1$2');
    // (a place named for its people alone loses no name: "鄂温克族自治旗政府" is no "旗政府")
    if (short !== n && !/^[州县旗乡镇]/.test(short)) names.add(short);
    // (a national zone without its 国家: "贵阳高新区" for 贵阳国家高新技术产业开发区)
    const local = short.replace(NATIONAL_ZONE, '');
    if (local !== short && local.length >= 4) names.add(local);
  }
  // a street named for a city gate by the gate's first character and 外/内 ("崇外街道" for 崇文门外街道, "德外" for 德胜门外)
  const gate = last ? CITY_GATE_STREET.exec(last) : null;
  if (gate) for (const n of [`${gate[1]}${gate[2]}`, `${gate[1]}${gate[2]}街道`, `${gate[1]}${gate[2]}街道办`, `${gate[1]}${gate[2]}街道办事处`]) names.add(n);
  // a district of three or more characters by its first one and 区 ("昆区" for 昆都仑区, "沙区" for 沙依巴克区), as
  // people there call it — never a word of its own (新区, 城区, 小区)
  // (not a zone: "天津港保税区" is no 天区)
  const district = last && /^\p{Script=Han}{3,}区$/u.test(last) && !ZONE_KIND_ALONE.test(last) ? `${last[0]}区` : undefined;
  if (district && !DISTRICT_WORDS.has(district) && (GOVERNMENT.test(organ) || !organ)) for (const n of [district, `${district}政府`, `${district}人民政府`]) names.add(n);
  // a township with its county or district before it, the city left out ("黔江区中塘镇", "黔江中塘镇" for 重庆市黔江区中塘镇人民政府)
  const county = places.length >= 3 && last && /(?:镇|乡|街道|苏木)$/.test(last) ? places[places.length - 2]! : undefined;
  if (county && last && (GOVERNMENT.test(organ) || !organ)) for (const c of new Set([county, shortPlace(county)])) if (c.length >= 2) for (const n of [`${c}${last}`, `${c}${last}政府`]) names.add(n);
  // the upper place said without its level before the lower one ("甘州北街街道" for 甘州区北街街道, "哈尔滨南岗区")
  const upper = places.length >= 2 ? places[0]! : undefined;
  const upperShort = upper && shortPlace(upper);
  if (upper && upperShort && upperShort !== upper) {
    for (const n of [...names]) if (n.startsWith(upper) && n.length - upper.length >= UPPER_LEFT_MIN) names.add(`${upperShort}${n.slice(upper.length)}`);
  }
  // (a banner named for its people said without 旗 before an organ, "鄂温克民委" for 鄂温克族自治旗民族事务委员会: a name of
  // three characters or more, never a word of its own)
  for (const n of [...names]) {
    const banner = /^(\p{Script=Han}{3,4})旗(?=\p{Script=Han}{2,})/u.exec(n);
    if (banner && organ && !GOVERNMENT.test(organ) && PEOPLE_NAMES.has(banner[1]!)) names.add(`${banner[1]}${n.slice(banner[0].length)}`);
  }
  // a city by its everyday short name ("呼市经开区" for 呼和浩特经济技术开发区, "哈市" for 哈尔滨市)
  for (const n of [...names]) {
    for (const [city, short] of CITY_SHORT) {
      const rest = n.startsWith(`${city}市`) ? n.slice(city.length + 1) : n.startsWith(city) ? n.slice(city.length) : undefined;
      if (rest && rest.length >= 2) names.add(`${short}${rest}`);
    }
  }
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

/** A street's office named by the street's own name and 办事处 alone ("沟赵办事处"). */
const STREET_OFFICE_BARE = /^(\p{Script=Han}{2,3})办事处$/u;
/** Offices named 办事处 that are no street's ("驻京办事处", "城乡工作办事处", "联络办事处"). */
const NOT_A_STREET = /^驻|工作$|联络|代表|外事|侨务|扶贫/;

/** Characters a name keeps after its upper place for that place to go short: the lower place's own name and level (北街街道, 南岗区). */
const UPPER_LEFT_MIN = 3;

/** First character + 区 that are words of their own, never a district's short name. */
const DISTRICT_WORDS: ReadonlySet<string> = new Set(['新区', '东区', '西区', '南区', '北区', '市区', '城区', '郊区', '景区', '园区', '社区', '小区', '山区', '老区', '矿区', '林区', '灾区', '牧区', '特区', '边区', '湾区', '港区', '厂区', '校区', '片区', '街区', '辖区', '本区', '全区', '我区', '该区', '各区', '分区', '学区', '商区', '营区', '库区', '专区', '开区', '高区', '经区', '中区', '上区', '下区', '一区', '二区', '三区']);

/** Cities people call by a short name of their own (its first character and 市). */
const CITY_SHORT: readonly [string, string][] = [['呼和浩特', '呼市'], ['哈尔滨', '哈市'], ['乌鲁木齐', '乌市'], ['齐齐哈尔', '齐市']];

/** 国家 / 国家级 before a zone's kind ("贵阳国家高新区"): people leave it out. */
const NATIONAL_ZONE = /国家级?(?=高新区|经开区|高新技术|经济技术|级)/;

/** Long words of office names and the short forms people use. */
export const SHORT_FORM_OF: Readonly<Record<string, string>> = {
  经济技术开发区: '经开区',
  经济开发区: '经开区',
  高新技术产业开发区: '高新区',
  // (the older "新技术开发区" goes by 高新区 too: "东湖高新区" for 武汉东湖新技术开发区)
  新技术开发区: '高新区',
  管理委员会: '管委会',
};
const SHORT_FORMS = new RegExp(Object.keys(SHORT_FORM_OF).join('|'), 'g');
/** An autonomous prefecture, county or banner by its place and level alone: 大理白族自治州 → 大理州, 长阳土家族自治县 → 长阳县. */
/** The names of China's peoples, as they stand before 自治州/县/旗 or a township's 乡/镇. */
/** China's peoples by name, without 族 (鄂伦春, 鄂温克). */
const PEOPLES = '藏|彝|苗|土家|布依|侗|白|哈尼|壮|傣|景颇|傈僳|朝鲜|蒙古|回|哈萨克|柯尔克孜|羌|黎|瑶|畲|满|纳西|拉祜|佤|仫佬|毛南|仡佬|水|土|撒拉|保安|东乡|裕固|达斡尔|鄂温克|鄂伦春|锡伯|塔吉克|维吾尔|独龙|怒|普米|阿昌|德昂|基诺|京|俄罗斯|门巴|珞巴|赫哲|乌孜别克|塔塔尔|高山|布朗|各';
/** The peoples' names, each as a word ("鄂温克"). */
const PEOPLE_NAMES: ReadonlySet<string> = new Set(PEOPLES.split('|'));
const ETHNIC_NAMES = `(?:(?:${PEOPLES})族)+`;
/** A place named for its people alone, 族 left out as in its official name ("鄂伦春自治旗"): called by that name and its level, 鄂伦春旗. */
const PEOPLE_ALONE_AUTONOMOUS = new RegExp(`^(?:${PEOPLES})自治([州县旗])$`, 'u');
const ETHNIC_AUTONOMOUS = new RegExp(`${ETHNIC_NAMES}自治([州县旗])`, 'gu');
/** A place's 自治州/县/旗 written with no people before it ("湘西自治州"): the place and its level, 湘西州. */
const AUTONOMOUS_WITHOUT_PEOPLES = /^(\p{Script=Han}{2,4}?)自治([州县旗])/u;
/** The peoples named before 自治 ("布依族苗族" of 关岭布依族苗族自治县). */
const ETHNIC_PEOPLES = new RegExp(`${ETHNIC_NAMES}(?=自治)`, 'gu');
/** An ethnic township by its place and level alone: 木座藏族乡 → 木座乡. */
const ETHNIC_TOWNSHIP = new RegExp(`${ETHNIC_NAMES}(?=[乡镇区])`, 'gu');

/**
 * A province's department by its organ alone ("工信厅", "工业和信息化厅" for 云南省工业和信息化厅): one to a province, so
 * the name is as weak as a place's. Not a bureau's (局): every county has an 教育局.
 */
export function departmentNames(office: string): string[] {
  const { places, organ } = splitOffice(office);
  if (!places.length) return [];
  // (a government's committee too, by its everyday name: "国资委", "发改委" — one to a city or county, so as weak as
  // its place; not a zone's 管委会, nor a village's or a neighbourhood's 村民委员会)
  const committee = COMMITTEE.exec(organ)?.[1];
  if (committee && !NOT_A_DEPARTMENT_COMMITTEE.test(committee)) return [committee, ...organAliases(committee)];
  if (!/.{2,}厅$/.test(organ) || /办公厅$/.test(organ)) return [];
  return [organ, ...(organAliases(organ))];
}

/** A government's committee, with or without the government named before it ("政府国有资产监督管理委员会"). */
// (or by the short 委 it calls itself by, "卫生健康委")
const COMMITTEE = /^(?:人民)?(?:政府)?(\p{Script=Han}{2,}(?:委员会|(?<!管)委))$/u;
/** Committees that are no department of a government: a zone's, a village's, a neighbourhood's. */
const NOT_A_DEPARTMENT_COMMITTEE = /^(?:管理委员会|管委会|村民委员会|居民委员会|\p{Script=Han}*(?:开发区|园区|新区|产业园)管理委员会)$/u;

/** Place names of a department's report ("芦淞区" for 株洲市芦淞区教育局): they name it when no other report is meant. */
export function placeNames(office: string): string[] {
  const { places, organ } = splitOffice(office);
  if (!places.length || GOVERNMENT.test(organ) || !organ) return [];
  const last = places.at(-1)!;
  // (an autonomous county by its place and level, "关岭县" for 关岭布依族苗族自治县)
  // (or with 自治 kept, its peoples left out: "关岭自治县")
  const leveled = last.replace(ETHNIC_AUTONOMOUS, '$1');
  const autonomous = last.replace(ETHNIC_PEOPLES, '');
  const bonded = BONDED_ZONE.test(last) ? [`${shortPlace(last)}综保区`, `${shortPlace(last)}保税区`] : [];
  const zone = cityless(last);
  if (zone) bonded.push(zone, shortPlace(zone));
  return [...new Set([places.join(''), last, shortPlace(last), ...bonded, ...(leveled !== last && leveled.length >= 3 ? [leveled, autonomous] : [])])].filter((n) => n.length >= 2);
}

/**
 * An everyday short form of an organ: its characters in order, the same last character ("退役军人局" for
 * 退役军人事务局, "司法局" for 司法局), at least two characters. "教育局" is not 退役军人事务局.
 */
export function abbreviates(short: string, organ: string): boolean {
  // 办 is how 办公室 is said ("方志办" for 地方志办公室)
  // (and 委 how 委员会 is said: "民宗委" for 民族宗教事务委员会)
  const end = organ.endsWith('办公室') && short.endsWith('办') ? '办' : organ.endsWith('委员会') && short.endsWith('委') ? '委' : organ.at(-1);
  if (short.length < 2 || short.at(-1) !== end) return false;
  let i = 0;
  for (const ch of organ) if (ch === short[i]) i++;
  return i === short.length;
}

/** The kinds of zone said alone for the one zone of that kind ("保税区", "经开区"; not 新区 or 园区, words of other things too). */
export const ZONE_KIND_ALONE = /(综合保税区|保税区|综保区|经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新区)$/;
/** A name that already ends in its level ("淮安市": "淮安市区" is the city's urban area, not another place). */
export const LEVEL_END = /(?:街道|苏木|镇|乡|县|区|市|州|旗|省)$/;
