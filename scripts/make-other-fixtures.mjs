#!/usr/bin/env node
// Generates test/fixtures/reports-other/: four annual reports of offices the bot has never seen,
// each in a different file form and style (HTML page, Word .docx, 2019-format pipe text, tab/space
// markdown with typos), plus EXPECTED-other.md listing every figure. The figures of tables 三/四 are
// defined once below and checked against the consistency rules R1–R4 (report-format.md §2.5) before
// anything is written, so the fixtures are internally consistent by construction.
//
// Usage: node scripts/make-other-fixtures.mjs
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "reports-other");
mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- table 三 model
const COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
const ROWS30 = [
  ["new", "一、本年新收政府信息公开申请数量"],
  ["carry", "二、上年结转政府信息公开申请数量"],
  ["open", "（一）予以公开"],
  ["partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  ["nd1", "1.属于国家秘密", "（三）不予公开"],
  ["nd2", "2.其他法律行政法规禁止公开"],
  ["nd3", "3.危及“三安全一稳定”"],
  ["nd4", "4.保护第三方合法权益"],
  ["nd5", "5.属于三类内部事务信息"],
  ["nd6", "6.属于四类过程性信息"],
  ["nd7", "7.属于行政执法案卷"],
  ["nd8", "8.属于行政查询事项"],
  ["np1", "1.本机关不掌握相关政府信息", "（四）无法提供"],
  ["np2", "2.没有现成信息需要另行制作"],
  ["np3", "3.补正后申请内容仍不明确"],
  ["nh1", "1.信访举报投诉类申请", "（五）不予处理"],
  ["nh2", "2.重复申请"],
  ["nh3", "3.要求提供公开出版物"],
  ["nh4", "4.无正当理由大量反复申请"],
  ["nh5", "5.要求行政机关确认或重新出具已获取信息"],
  ["oth1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"],
  ["oth2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  ["oth3", "3.其他"],
  ["total", "（七）总计"],
  ["next", "四、结转下年度继续办理"],
];
const RESULT_KEYS30 = ROWS30.map((r) => r[0]).filter((k) => /^(open|partial|nd|np|nh|oth)/.test(k));

/** Fills in zeros, 总计 column, (七)总计 row and 结转下年度 (from R1), then checks R1–R3. */
function table3(sparse, { format = 30 } = {}) {
  const keys = format === 30 ? RESULT_KEYS30 : RESULT_KEYS30.filter((k) => !/^oth\d/.test(k)).concat("oth");
  const t = {};
  for (const k of ["new", "carry", ...keys]) t[k] = sparse[k] ?? [0, 0, 0, 0, 0, 0];
  t.total = COLS.map((_, c) => keys.reduce((s, k) => s + t[k][c], 0));
  t.next = COLS.map((_, c) => t.new[c] + t.carry[c] - t.total[c]);
  for (const k of Object.keys(t)) {
    if (t[k].length !== 6) throw new Error(`row ${k} needs 6 values`);
    t[k] = [...t[k], t[k].reduce((a, b) => a + b, 0)]; // R3
  }
  for (let c = 0; c < 7; c++) {
    if (t.next[c] < 0) throw new Error(`R1 broken in column ${c}: 结转下年 ${t.next[c]}`);
    if (t.new[c] + t.carry[c] !== t.total[c] + t.next[c]) throw new Error("R1");
  }
  if (sparse.expectNext !== undefined && t.next[6] !== sparse.expectNext) throw new Error(`结转下年 ${t.next[6]} ≠ ${sparse.expectNext}`);
  t.keys = keys;
  return t;
}
const sum = (t, prefix) => Object.keys(t).filter((k) => k.startsWith(prefix) && /\d$/.test(k)).reduce((s, k) => s + t[k][6], 0);
function table4(fy, zs, fh) {
  const rows = [fy, zs, fh].map((r) => [...r, r.reduce((a, b) => a + b, 0)]); // R4
  return rows.flat();
}

// ---------------------------------------------------------------- the four reports
const A = {
  office: "株洲市芦淞区教育局",
  short: "芦淞区教育局",
  year: 2023,
  file: "芦淞区教育局-2023.html",
  contact: { unit: "芦淞区教育局办公室", address: "株洲市芦淞区建设南路218号", postcode: "412000", phone: "0731-28213456", url: "http://www.lusong.gov.cn" },
  t2: { gz: [0, 0, 0], gf: [3, 2, 15], xk: 126, cf: 4, qz: 0, sf: 0 },
  t3: table3({
    new: [37, 2, 0, 1, 3, 0],
    carry: [2, 0, 0, 0, 0, 0],
    open: [18, 1, 0, 1, 1, 0],
    partial: [3, 0, 0, 0, 1, 0],
    nd4: [1, 0, 0, 0, 0, 0],
    nd6: [2, 0, 0, 0, 0, 0],
    np1: [7, 1, 0, 0, 1, 0],
    np2: [1, 0, 0, 0, 0, 0],
    np3: [1, 0, 0, 0, 0, 0],
    nh1: [2, 0, 0, 0, 0, 0],
    oth1: [1, 0, 0, 0, 0, 0],
    expectNext: 3,
  }),
  t4: table4([1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]),
  narrative: { 主动公开信息: "1286条", 政策解读: "23篇", 招生入学信息: "96条", 培训: "3次 140余人次" },
  fee: "未收取信息处理费 (0)",
};
const B = {
  office: "临朐县人民政府办公室",
  short: "临朐县",
  year: 2024,
  file: "临朐县人民政府办公室-2024.docx",
  contact: { unit: "临朐县人民政府办公室政务公开科", address: "临朐县民主路1号县政府办公楼326室", postcode: "262600", phone: "0536-3112345", email: "lqxzwgk@163.com", url: "http://www.linqu.gov.cn" },
  t2: { gz: [0, 0, 0], gf: [8, 3, 46], xk: 3521, cf: 217, qz: 12, sf: 356.42 },
  t3: table3({
    new: [96, 11, 0, 2, 5, 3],
    carry: [4, 1, 0, 0, 0, 0],
    open: [38, 5, 0, 1, 2, 1],
    partial: [9, 1, 0, 0, 1, 0],
    nd1: [1, 0, 0, 0, 0, 0],
    nd4: [3, 1, 0, 0, 0, 0],
    nd5: [2, 0, 0, 0, 0, 0],
    nd6: [4, 0, 0, 0, 1, 0],
    nd7: [1, 0, 0, 0, 0, 0],
    nd8: [2, 1, 0, 0, 0, 0],
    np1: [18, 2, 0, 1, 1, 1],
    np2: [3, 0, 0, 0, 0, 0],
    np3: [2, 0, 0, 0, 0, 0],
    nh1: [5, 0, 0, 0, 0, 0],
    nh2: [3, 0, 0, 0, 0, 0],
    nh3: [1, 0, 0, 0, 0, 0],
    nh5: [1, 0, 0, 0, 0, 0],
    oth1: [2, 1, 0, 0, 0, 0],
    oth2: [1, 0, 0, 0, 0, 0],
    oth3: [1, 0, 0, 0, 0, 1],
    expectNext: 4,
  }),
  t4: table4([3, 1, 0, 1], [1, 0, 1, 0], [1, 0, 0, 1]),
  narrative: { 主动公开政府信息: "5842条", 新闻发布会: "14场", 政府开放日: "6次", 政策解读: "68篇" },
  fee: "未收取信息处理费 (0)",
};
const C = {
  office: "绵阳市生态环境局",
  short: "绵阳市生态环境局",
  year: 2020,
  file: "绵阳市生态环境局-2020.txt",
  contact: { unit: "绵阳市生态环境局办公室", address: "绵阳市涪城区临园路东段68号", postcode: "621000", phone: "0816-2223344", url: "http://sthjj.my.gov.cn" },
  t2old: {
    gz: [0, 0, 0], gf: [2, 2, 11],
    xk: [14, "+2", 386], qt: [6, "0", 52],
    cf: [168, "-5", 93], qz: [9, "0", 7],
    sf: [0, "0"], cg: [11, "486.3"],
  },
  t3: table3(
    {
      new: [52, 9, 1, 3, 6, 1],
      carry: [3, 0, 0, 0, 1, 0],
      open: [24, 4, 1, 1, 3, 0],
      partial: [6, 2, 0, 1, 1, 0],
      nd4: [2, 1, 0, 0, 0, 0],
      nd6: [1, 0, 0, 0, 0, 0],
      nd7: [2, 0, 0, 0, 1, 0],
      np1: [11, 1, 0, 1, 1, 1],
      np2: [2, 0, 0, 0, 0, 0],
      nh1: [3, 0, 0, 0, 0, 0],
      nh2: [2, 0, 0, 0, 0, 0],
      oth: [1, 0, 0, 0, 0, 0],
      expectNext: 3,
    },
    { format: 19 },
  ),
  t4: table4([2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0]),
  narrative: { 主动公开信息: "2317条", 环境质量信息: "1460条", 建设项目环评审批信息: "214条", 监督性监测信息: "365条" },
  fee: "未收取任何费用 (0)",
};
const D = {
  office: "宜兴市丁蜀镇人民政府",
  short: "丁蜀镇",
  year: 2024,
  file: "丁蜀镇人民政府-2024.md",
  contact: { unit: "丁蜀镇党政办公室", address: "宜兴市丁蜀镇通蜀中路9号", postcode: "214221", phone: null, email: "dszxxgk@yixing.gov.cn", url: "http://www.yixing.gov.cn" },
  t2: { gz: [0, 0, 0], gf: [1, 0, 5], xk: 48, cf: 27, qz: 0, sf: 0 },
  t3: table3({
    new: [14, 1, 0, 0, 0, 0],
    carry: [1, 0, 0, 0, 0, 0],
    open: [6, 1, 0, 0, 0, 0],
    partial: [1, 0, 0, 0, 0, 0],
    nd5: [1, 0, 0, 0, 0, 0],
    np1: [4, 0, 0, 0, 0, 0],
    nh1: [1, 0, 0, 0, 0, 0],
    oth3: [1, 0, 0, 0, 0, 0],
    expectNext: 1,
  }),
  t4: table4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]),
  narrative: { 主动公开信息: "412条", 村务公开检查: "22个村（社区）", 培训: "2期" },
  fee: "收取信息处理费200元（1件）",
};

// ---------------------------------------------------------------- shared text helpers
const T4_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
function t3Summary(t) {
  return {
    新收: t.new[6], 上年结转: t.carry[6], 予以公开: t.open[6], 部分公开: t.partial[6],
    不予公开: sum(t, "nd"), 无法提供: sum(t, "np"), 不予处理: sum(t, "nh"),
    其他处理: t.oth ? t.oth[6] : sum(t, "oth"), 总计: t.total[6], 结转下年: t.next[6],
  };
}

// ---------------------------------------------------------------- A: HTML page
function htmlReport(r) {
  const t = r.t3;
  const s = t3Summary(t);
  const z = (v, blank) => (v === 0 && blank ? "" : String(v)); // empty cell means 0
  const cells = (k) =>
    t[k]
      .map((v, c) => {
        if (k === "open" && c === 6) return "<td></td>"; // blank 总计 cell: must be computed
        return `<td>${z(v, c > 0 && c < 6)}</td>`;
      })
      .join("");
  const res = ROWS30.filter(([k]) => RESULT_KEYS30.includes(k) || k === "total");
  let body = "";
  body += `<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>\n`;
  body += `<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>\n`;
  body += `<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>\n`;
  body += `<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>${cells("new")}</tr>\n`;
  body += `<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${cells("carry")}</tr>\n`;
  res.forEach(([k, label, group], i) => {
    let head = i === 0 ? `<td rowspan="${res.length}">三、本年度<br>办理结果</td>` : "";
    if (group) head += `<td rowspan="${{ "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3 }[group]}">${group}</td><td>${label}</td>`;
    else if (/^（/.test(label)) head += `<td colspan="2">${label}</td>`;
    else head += `<td>${label}</td>`;
    body += `<tr>${head}${cells(k)}</tr>\n`;
  });
  body += `<tr><td colspan="3">四、结转下年度继续办理</td>${cells("next")}</tr>\n`;
  const t4 = r.t4.map((v) => `<td>${v}</td>`).join("");
  const c = r.contact;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>株洲市芦淞区教育局2023年政府信息公开工作年度报告_政府信息公开年报_株洲市芦淞区人民政府</title>
<meta name="SiteName" content="株洲市芦淞区人民政府">
<meta name="ColumnName" content="政府信息公开年报">
<link rel="stylesheet" href="/css/xxgk.css">
<script src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?abc123"; })();</script>
</head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/zwfw/">政务服务</a> | 无障碍浏览 | 长者模式</div>
<div class="header"><img src="/images/logo.png" alt="株洲市芦淞区人民政府"><form action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul><li>首页</li><li>走进芦淞</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a> &gt; 部门年报</div>
<div class="xxgk-meta"><table><tr><td>索引号：</td><td>4302030007/2024-00311</td><td>发布机构：</td><td>芦淞区教育局</td></tr><tr><td>发文日期：</td><td>2024-01-26</td><td>主题分类：</td><td>政务公开</td></tr></table></div>
<div class="article">
<h1 class="article-title">株洲市芦淞区教育局2023年政府信息公开工作年度报告</h1>
<div class="article-info">来源：芦淞区教育局 &nbsp; 发布时间：2024-01-26 10:12 &nbsp; 浏览次数：<span id="hits">1375</span> &nbsp; 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor" id="zoom">
<p>　　本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。本报告电子版可在株洲市芦淞区人民政府门户网站（${c.url}）政府信息公开年报栏目查阅下载。如对本报告有疑问，请与${c.unit}联系（地址：${c.address}；邮编：${c.postcode}；电话：${c.phone}）。</p>
<p><strong>一、总体情况</strong></p>
<p>　　2023年，芦淞区教育局坚持以公开为常态、不公开为例外，围绕教育改革发展和群众关切，扎实推进政府信息公开工作。</p>
<p>　　（一）主动公开。全年通过区政府门户网站教育专栏主动公开政府信息1286条，其中招生入学信息96条，发布政策解读23篇，及时公开义务教育招生方案、学位预警、学校收费标准、教育经费使用等信息。</p>
<p>　　（二）依申请公开。全年新收政府信息公开申请${s.新收}件，上年结转${s.上年结转}件，已办结${s.总计}件，其中予以公开${s.予以公开}件，部分公开${s.部分公开}件，不予公开${s.不予公开}件，无法提供${s.无法提供}件，不予处理${s.不予处理}件，其他处理${s.其他处理}件，结转下年度继续办理${s.结转下年}件。</p>
<p>　　（三）政府信息管理。严格落实信息发布“三审三校”制度，对教育领域规范性文件进行清理，废止行政规范性文件2件。</p>
<p>　　（四）平台建设。优化“芦淞教育”微信公众号，开设“招生服务”“家校共育”栏目，全年推送信息410余条。</p>
<p>　　（五）监督保障。组织政务公开业务培训3次，培训140余人次，将政务公开纳入局属学校年度考核。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table border="1" cellspacing="0" cellpadding="0" class="MsoNormalTable">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td></td><td></td><td></td></tr>
<tr><td>行政规范性文件</td><td>${r.t2.gf[0]}</td><td>${r.t2.gf[1]}</td><td>${r.t2.gf[2]}</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">${r.t2.xk}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">${r.t2.cf}</td></tr>
<tr><td>行政强制</td><td colspan="3">&nbsp;</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
<table border="1" cellspacing="0" cellpadding="0" class="MsoNormalTable">
${body}</table>
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<table border="1" cellspacing="0" cellpadding="0" class="MsoNormalTable">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${[...T4_HEAD, ...T4_HEAD, ...T4_HEAD].map((h) => `<td>${h}</td>`).join("")}</tr>
<tr>${t4}</tr>
</table>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>　　（一）存在的问题。一是政策解读形式比较单一，以文字解读为主，图解、视频等群众喜闻乐见的形式运用不多。二是局属学校信息公开工作人员多为兼职，业务水平参差不齐。</p>
<p>　　（二）改进措施。一是丰富解读形式，2024年计划对重要教育政策采用图解、短视频等方式解读。二是加强队伍建设，每学期至少组织一次局属学校信息公开专题培训。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>　　本年度未收取信息处理费。本机关无其他需要报告的事项。</p>
<p style="text-align:right">株洲市芦淞区教育局<br>2024年1月26日</p>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/xxgknb/2023/1.html">株洲市芦淞区教育局2022年政府信息公开工作年度报告</a></li><li><a href="/zwgk/xxgknb/2023/2.html">芦淞区卫生健康局2023年政府信息公开工作年度报告</a></li></ul></div>
</div>
<div class="footer">主办：株洲市芦淞区人民政府办公室 承办：芦淞区政务服务和大数据中心<br>网站标识码：4302030007 湘ICP备05008451号 湘公网安备 43020302000123号<br>联系电话：0731-28100000（网站运维，非政府信息公开咨询）</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------- B: docx
function docxReport(r) {
  const t = r.t3;
  const s = t3Summary(t);
  const c = r.contact;
  const P = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, font: "仿宋_GB2312", size: 32, ...opts })], ...(opts.para ?? {}) });
  const H = (text) => new Paragraph({ children: [new TextRun({ text, font: "黑体", size: 32 })] });
  const cell = (text, o = {}) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: String(text), size: 21 })] })],
      columnSpan: o.cs,
      rowSpan: o.rs,
    });
  const row = (cells) => new TableRow({ children: cells });
  const table = (rows) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });

  const t2 = table([
    row([cell("第二十条第（一）项", { cs: 4 })]),
    row(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"].map((x) => cell(x))),
    row([cell("规章"), ...r.t2.gz.map((v) => cell(v))]),
    row([cell("行政规范性文件"), ...r.t2.gf.map((v) => cell(v))]),
    row([cell("第二十条第（五）项", { cs: 4 })]),
    row([cell("信息内容"), cell("本年处理决定数量", { cs: 3 })]),
    row([cell("行政许可"), cell(r.t2.xk, { cs: 3 })]),
    row([cell("第二十条第（六）项", { cs: 4 })]),
    row([cell("信息内容"), cell("本年处理决定数量", { cs: 3 })]),
    row([cell("行政处罚"), cell(r.t2.cf, { cs: 3 })]),
    row([cell("行政强制"), cell(r.t2.qz, { cs: 3 })]),
    row([cell("第二十条第（八）项", { cs: 4 })]),
    row([cell("信息内容"), cell("本年收费金额（单位：万元）", { cs: 3 })]),
    row([cell("行政事业性收费"), cell(r.t2.sf, { cs: 3 })]),
  ]);

  const num = (k) => t[k].map((v) => cell(v));
  const res = ROWS30.filter(([k]) => RESULT_KEYS30.includes(k) || k === "total");
  const t3rows = [
    row([cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", { cs: 3, rs: 3 }), cell("申请人情况", { cs: 7 })]),
    row([cell("自然人", { rs: 2 }), cell("法人或其他组织", { cs: 5 }), cell("总计", { rs: 2 })]),
    row(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((x) => cell(x))),
    row([cell("一、本年新收政府信息公开申请数量", { cs: 3 }), ...num("new")]),
    row([cell("二、上年结转政府信息公开申请数量", { cs: 3 }), ...num("carry")]),
  ];
  res.forEach(([k, label, group], i) => {
    const head = i === 0 ? [cell("三、本年度办理结果", { rs: res.length })] : [];
    if (group) head.push(cell(group, { rs: { "（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3 }[group] }), cell(label));
    else if (/^（/.test(label)) head.push(cell(label, { cs: 2 }));
    else head.push(cell(label));
    t3rows.push(row([...head, ...num(k)]));
  });
  t3rows.push(row([cell("四、结转下年度继续办理", { cs: 3 }), ...num("next")]));

  const t4 = table([
    row([cell("行政复议", { cs: 5, rs: 2 }), cell("行政诉讼", { cs: 10 })]),
    row([cell("未经复议直接起诉", { cs: 5 }), cell("复议后起诉", { cs: 5 })]),
    row([...T4_HEAD, ...T4_HEAD, ...T4_HEAD].map((h) => cell(h))),
    row(r.t4.map((v) => cell(v))),
  ]);

  const doc = new Document({
    creator: "临朐县人民政府办公室",
    title: "临朐县人民政府办公室2024年政府信息公开工作年度报告",
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: "临朐县人民政府办公室2024年政府信息公开工作年度报告", font: "方正小标宋简体", size: 44 })] }),
          P("　　根据《中华人民共和国政府信息公开条例》第五十条和国办公开办函〔2021〕30号文件要求，临朐县人民政府办公室编制本报告。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。本报告电子版可在临朐县人民政府门户网站（http://www.linqu.gov.cn）“政府信息公开年报”栏目下载。对本报告如有疑问，请与临朐县人民政府办公室政务公开科联系。"),
          P(`　　联系电话：${c.phone}`),
          P(`　　通讯地址：${c.address}`),
          P(`　　邮政编码：${c.postcode}`),
          P(`　　电子邮箱：${c.email}`),
          H("一、总体情况"),
          P("　　2024年，县政府办公室认真贯彻落实《条例》，围绕县委、县政府中心工作，持续深化政务公开，全年通过县政府门户网站主动公开政府信息5842条，召开新闻发布会14场，发布政策解读68篇，举办“政府开放日”活动6次。"),
          P(`　　（一）依申请公开。全年共收到政府信息公开申请${s.新收}件，上年结转${s.上年结转}件；全年办结${s.总计}件，其中予以公开${s.予以公开}件，部分公开${s.部分公开}件，不予公开${s.不予公开}件，无法提供${s.无法提供}件，不予处理${s.不予处理}件，其他处理${s.其他处理}件；结转下年度继续办理${s.结转下年}件。`),
          P("　　（二）政府信息管理。完成县政府规范性文件清理，废止行政规范性文件3件，现行有效行政规范性文件46件在门户网站集中公开。"),
          P("　　（三）平台建设。完成县政府门户网站集约化改版，开设“惠企政策直达”专栏。"),
          P("　　（四）监督保障。将政务公开纳入全县综合考核，开展业务培训4期。"),
          H("二、主动公开政府信息情况"),
          t2,
          H("三、收到和处理政府信息公开申请情况"),
          table(t3rows),
          H("四、政府信息公开行政复议、行政诉讼情况"),
          t4,
          H("五、存在的主要问题及改进情况"),
          P("　　存在的问题：一是部分乡镇（街道）主动公开内容更新不够及时；二是依申请公开答复文书规范性有待提高。"),
          P("　　改进情况：一是建立主动公开月度通报制度，对更新不及时的单位进行督办；二是制定依申请公开答复文书范本，开展案例培训。"),
          H("六、其他需要报告的事项"),
          P("　　2024年度，本机关未收取信息处理费。全年办理人大代表建议、政协提案共87件，办理结果均已公开。"),
          P("临朐县人民政府办公室", { para: { alignment: AlignmentType.RIGHT } }),
          P("2025年1月20日", { para: { alignment: AlignmentType.RIGHT } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------- C: 2019 format, pipe text (web copy)
function pipeReport(r) {
  const t = r.t3;
  const s = t3Summary(t);
  const c = r.contact;
  const o = r.t2old;
  const L = (...cells) => `| ${cells.join(" | ")} | ||`;
  const lines = [];
  lines.push(L("第二十条第（一）项"));
  lines.push(L("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
  lines.push(L("规章", ...o.gz));
  lines.push(L("规范性文件", ...o.gf));
  lines.push(L("第二十条第（五）项"));
  lines.push(L("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
  lines.push(L("行政许可", ...o.xk));
  lines.push(L("其他对外管理服务事项", ...o.qt));
  lines.push(L("第二十条第（六）项"));
  lines.push(L("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"));
  lines.push(L("行政处罚", ...o.cf));
  lines.push(L("行政强制", ...o.qz));
  lines.push(L("第二十条第（八）项"));
  lines.push(L("信息内容", "上一年项目数量", "本年增/减"));
  lines.push(L("行政事业性收费项目", ...o.sf));
  lines.push(L("第二十条第（九）项"));
  lines.push(L("信息内容", "采购项目数量", "采购总金额"));
  lines.push(L("政府集中采购", o.cg[0], o.cg[1] + "万元"));
  const t2 = lines.join("\n");

  const l3 = [];
  l3.push(L("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
  l3.push(L("自然人", "法人或其他组织", "总计"));
  l3.push(L("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
  l3.push(L("一、本年新收政府信息公开申请数量", ...t.new));
  l3.push(L("二、上年结转政府信息公开申请数量", ...t.carry));
  const res = ROWS30.filter(([k]) => RESULT_KEYS30.includes(k) && !/^oth/.test(k));
  res.forEach(([k, label, group], i) => {
    const head = [];
    if (i === 0) head.push("三、本年度办理结果");
    if (group) head.push(group);
    head.push(label);
    l3.push(L(...head, ...t[k]));
  });
  l3.push(L("（六）其他处理", ...t.oth));
  l3.push(L("（七）总计", ...t.total));
  l3.push(L("四、结转下年度继续办理", ...t.next));

  const t4 = [
    L("行政复议", "行政诉讼"),
    L("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"),
    L("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
    L(...r.t4),
  ].join("\n");

  return `绵阳市生态环境局2020年政府信息公开工作年度报告
发布时间：2021-01-29 15:40　来源：绵阳市生态环境局　浏览次数：862
【字体：大 中 小】　打印本页

　　本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式（试行）〉的通知》（国办公开办函〔2019〕60号）要求，由绵阳市生态环境局编制。报告所列数据统计期限自2020年1月1日起至2020年12月31日止。本报告在绵阳市生态环境局网站（${c.url}）公开。如对本报告有任何疑问，请联系：${c.unit}，地址：${c.address}，邮编：${c.postcode}，电话：${c.phone}。

一、总体情况

　　2020年，我局以生态环境信息公开为抓手，全年主动公开政府信息2317条，其中环境质量信息1460条、建设项目环评审批信息214条、重点排污单位监督性监测信息365条。全年共收到政府信息公开申请${s.新收}件，办结${s.总计}件，结转下年度${s.结转下年}件。

　　（一）主动公开情况。按月公开全市空气质量、地表水水质状况，实时公开重点排污单位自动监测数据。
　　（二）依申请公开情况。严格按照《条例》规定的时限和程序答复申请人，未发生逾期答复情况。
　　（三）政府信息管理。对局网站历史信息开展全面清理，清理过期失效信息153条。
　　（四）平台建设。完成局网站适老化改造，开通“生态绵阳”政务微博。
　　（五）监督保障。将信息公开工作纳入局机关目标考核，全年开展培训2次。

二、主动公开政府信息情况

${t2}

三、收到和处理政府信息公开申请情况

${l3.join("\n")}

四、政府信息公开行政复议、行政诉讼情况

${t4}

五、存在的主要问题及改进情况

　　2020年我局政府信息公开工作虽取得一定成效，但仍存在一些不足：一是基层生态环境分局信息公开工作力量不足，二是部分环境信息公开的时效性不强。2021年，我局将加强对各分局的业务指导，建立环境信息公开时限台账，确保信息按时公开。

六、其他需要报告的事项

　　本年度我局在政府信息公开工作中未收取任何费用。

绵阳市生态环境局
2021年1月29日

【关闭窗口】　【打印本页】
主办单位：绵阳市生态环境局　　蜀ICP备10201234号
`;
}

// ---------------------------------------------------------------- D: markdown with tab/space tables and typos
function mdReport(r) {
  const t = r.t3;
  const s = t3Summary(t);
  const c = r.contact;
  const g = r.t2;
  const tab = (...x) => x.join("\t");
  const label = {
    nd1: "1、属于国家秘密", nd2: "2、其他法律行政法规禁止公开", nd3: "3、危及“三安全一稳定”", nd4: "4、保护第三方合法权益",
    nd5: "5、属于三类内容事务信息", nd6: "6、属于四类过程性信息", nd7: "7、属于行政执法案卷", nd8: "8、属于行政查询事项",
    np1: "1、本机关不掌握相关政府信息", np2: "2、没有现成信息需要另行制作", np3: "3、补正后申请内容仍不明确",
    nh1: "1、信访举报投诉类申请", nh2: "2、重复申请", nh3: "3、要求提供公开出版物", nh4: "4、无正当理由大量反复申请", nh5: "5、要求行政机关确认或重新出具已获取信息",
    oth1: "1、申请人无正当理由逾期不补正，行政机关不在处理其政府信息公开申请",
    oth2: "2、申请人逾期未按收费通知要求缴纳费用，行政机关不在处理其政府信息公开申请",
    oth3: "3、其他",
  };
  const group = { nd1: "（三）不予公开", np1: "（四）无法提供", nh1: "（五）不予处理", oth1: "（六）其他处理" };
  const l3 = [];
  l3.push(tab("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"));
  l3.push(tab("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
  l3.push(tab("", "", "", "", "商业 企业", "科研机构", "社会组织", "法律服务机构", "其他", ""));
  l3.push(tab("一、本年新收政府信息公开申请数量", "", "", ...t.new));
  l3.push(tab("二、上年结转政府信息公开申请数量", "", "", ...t.carry));
  l3.push(tab("三、本年度办 理结果", "（一）予以公开", "", ...t.open));
  l3.push(tab("", "（二）部分公开（区分处理的，只计这一情况，不计其他情况）", "", ...t.partial));
  for (const k of RESULT_KEYS30.filter((k) => /\d$/.test(k))) l3.push(tab("", group[k] ?? "", label[k], ...t[k]));
  l3.push(tab("", "（七）总计", "", ...t.total));
  l3.push(tab("四、结转下年度继续办理", "", "", ...t.next));
  const sp = (...x) => x.join("    ");
  return `# 宜兴市丁蜀镇人民政府2024年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在宜兴市人民政府门户网站（${c.url}）“政府信息公开年报”栏目查阅或下载。如对报告有疑问，请与${c.unit}联系（地址：${c.address}，邮编：${c.postcode}，电子邮箱：${c.email}）。

## 一、总体情况

2024年，丁蜀镇认真贯彻落实《条例》，以群众需求为导向，持续推进基层政务公开标准化规范化建设。

1、主动公开。全年在宜兴市政府门户网站丁蜀镇专栏主动公开政府信息412条，内容涵盖财政预决算、征地拆迁、惠民补贴、安全生产等领域。

2、依申请公开。全年新收政府信息公开申请${s.新收}件，上年结转${s.上年结转}件，全部按期答复，其中予以公开${s.予以公开}件，部分公开${s.部分公开}件，不予公开${s.不予公开}件，无法提供${s.无法提供}件，不予处理${s.不予处理}件，其他处理${s.其他处理}件，结转下年度继续办理${s.结转下年}件。

3、政府信息管理。对22个村（社区）村务公开栏开展专项检查，督促整改问题9个。

4、平台建设。规范使用镇政务公开专栏，推进村（社区）公开栏标准化。

5、监督保障。举办政务公开业务培训2期，将政务公开纳入村（社区）年度考核。

## 二、主动公开政府信息情况

第二十条 第（一）项
${sp("信息内容", "本年制发件数", "本年废止件数", "现行有效件数 (历史累计)")}
${sp("规章", ...g.gz)}
${sp("行政规范性文件", ...g.gf)}
第二十条 第（五）项
${sp("信息内容", "本年处理决定数量")}
${sp("行政许可", g.xk)}
第二十条 第（六）项
${sp("信息内容", "本年处理决定数量")}
${sp("行政处罚", g.cf)}
${sp("行政强制", g.qz)}
第二十条 第（八）项
${sp("信息内容", "本年收费金额（单位：万元）")}
${sp("行政事业性收费", g.sf)}

## 三、收到和处理政府信息公开申请情况

${l3.join("\n")}

## 四、政府信息公开行政复议、行政诉讼情况

${sp("行政复议", "", "", "", "", "行政诉讼")}
${sp("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")}
${sp("", "", "", "", "", ...T4_HEAD, ...T4_HEAD)}
${sp(...r.t4)}

## 五、存在的主要问题及改进情况

（一）存在的问题

1、部分村（社区）公开内容不够全面，更新不够及时，公开栏存在“重形式、轻内容”现象。
2、政策解读以转载为主，原创解读较少。

（二）改进措施

1、建立村（社区）公开事项清单，每季度开展一次督查。
2、围绕群众关注的征地补偿、惠民政策开展原创解读，提高解读质量。

## 六、其他需要报告的事项

本年度，我镇依据《政府信息公开信息处理费管理办法》收取信息处理费1件，共计200元。无其他需要报告的事项。

宜兴市丁蜀镇人民政府
2025年1月15日
`;
}

// ---------------------------------------------------------------- EXPECTED-other.md
function expected() {
  const cols = (row) => row.join("/");
  const t3md = (t) => {
    const s = t3Summary(t);
    const parts = (p) => Object.keys(t).filter((k) => k.startsWith(p) && /\d$/.test(k) && t[k][6]).map((k) => `${ROWS30.find((r) => r[0] === k)[1]} ${t[k][6]}`).join(", ");
    return [
      `- table 3 (columns 自然人/商业企业/科研机构/社会公益组织/法律服务机构/其他/总计):`,
      `  - 新收 ${cols(t.new)}；上年结转 ${cols(t.carry)}`,
      `  - 予以公开 ${cols(t.open)}；部分公开 ${cols(t.partial)}`,
      `  - 不予公开 ${s.不予公开} (${parts("nd") || "—"})`,
      `  - 无法提供 ${s.无法提供} (${parts("np") || "—"})`,
      `  - 不予处理 ${s.不予处理} (${parts("nh") || "—"})`,
      t.oth ? `  - 其他处理 ${s.其他处理} (single row, 2019 format: ${cols(t.oth)})` : `  - 其他处理 ${s.其他处理} (${parts("oth") || "—"})`,
      `  - 总计 ${cols(t.total)}；结转下年度 ${cols(t.next)}`,
      `  - check R1: ${t.new[6]}+${t.carry[6]} = ${t.new[6] + t.carry[6]} = ${t.total[6]}+${t.next[6]} ✓ (every column checked by the generator)`,
    ].join("\n");
  };
  const t4md = (v) => `- table 4: 复议 ${v.slice(0, 5).join("/")}；直接起诉 ${v.slice(5, 10).join("/")}；复议后起诉 ${v.slice(10).join("/")}`;
  const contact = (c) => `- contact: ${c.unit}；地址 ${c.address}；邮编 ${c.postcode}；电话 ${c.phone ?? "**none given**"}${c.email ? `；邮箱 ${c.email}` : ""}；下载 ${c.url}`;
  const one = (r, t2line, extra) =>
    [`### ${r.file} — ${r.office} ${r.year}`, contact(r.contact), t2line, t3md(r.t3), t4md(r.t4), `- 一 narrative: ${Object.entries(r.narrative).map(([k, v]) => `${k} ${v}`).join("；")}`, `- 六: ${r.fee}`, extra].filter(Boolean).join("\n");
  const t2new = (g) => `- table 2: 规章 ${g.gz.join("/")}；行政规范性文件 制发${g.gf[0]} 废止${g.gf[1]} 现行有效${g.gf[2]}；行政许可 ${g.xk}；行政处罚 ${g.cf}；行政强制 ${g.qz}；行政事业性收费 ${g.sf} 万元`;
  const o = C.t2old;
  return `# Expected figures of the reports-other fixtures

Generated by \`scripts/make-other-fixtures.mjs\` (figures checked against R1–R4 before writing). Four offices the bot
has never seen, each in a different form. Two offices have 2024 (临朐县, 丁蜀镇); 2023 and 2020 are unique.
Table 4 order: 复议 (维持, 纠正, 其他, 尚未审结, 总计) | 直接起诉 (same 5) | 复议后起诉 (same 5).

| file | office / year | form |
|---|---|---|
| ${A.file} | ${A.office} ${A.year} | government web page: top bar/nav/breadcrumb/meta table/footer (footer has a 网站运维 phone 0731-28100000 that is NOT the disclosure contact); report in \`div.TRS_Editor\`; tables with rowspan/colspan; zero cells of the 法人 columns empty; 规章 row and 行政强制 cell empty (= 0); **予以公开 总计 cell blank (must be computed = ${A.t3.open[6]})** |
| ${B.file} | ${B.office} ${B.year} | Word document made with \`docx\`: merged cells (rowSpan/columnSpan) as in the official template; contact as separate lines "联系电话：/通讯地址：/邮政编码：/电子邮箱："; table 四 with a full data row |
| ${C.file} | ${C.office} ${C.year} | web text copy, 2019 format (国办公开办函〔2019〕60号): pipe tables with junk "\\| \\|\\|"; table 二 old columns + (九) 政府集中采购; table 三 (六)其他处理 a single row; merged cells appear once |
| ${D.file} | ${D.office} ${D.year} | markdown; table 二 and 四 space-separated, table 三 tab-separated; "1、" numbering, "社会组织", "商业 企业", "三、本年度办 理结果", "三类内容事务信息", "不在处理", "情况" for 情形, "第二十条 第（一）项", "现行有效件数 (历史累计)"; 五 as 问题 then 改进措施; 六 信息处理费 200 元; **no phone number anywhere** |

${one(A, t2new(A.t2))}
- 一(二) prose repeats table 三 (新收 ${A.t3.new[6]}, 结转 ${A.t3.carry[6]}, 办结 ${A.t3.total[6]}, …)
- 五: 问题 政策解读形式单一（以文字为主）、局属学校人员兼职; 改进 图解/短视频解读、每学期培训

${one(B, t2new(B.t2))}
- 六 also: 人大代表建议、政协提案 87件
- 五: 问题 乡镇（街道）主动公开更新不及时、答复文书规范性; 改进 月度通报制度、答复文书范本

${one(C, `- table 2 (2019 format): 规章 新制作/新公开/对外公开总数 ${o.gz.join("/")}；规范性文件 ${o.gf.join("/")}；行政许可 上一年项目${o.xk[0]} 增减${o.xk[1]} 处理决定${o.xk[2]}；其他对外管理服务事项 ${o.qt.join("/")}；行政处罚 上一年项目${o.cf[0]} 增减${o.cf[1]} 处理决定${o.cf[2]}；行政强制 ${o.qz.join("/")}；行政事业性收费项目 ${o.sf.join("/")}；政府集中采购 项目${o.cg[0]} 总金额${o.cg[1]}万元`)}
- 一 also: 清理过期失效信息 153条；培训 2次
- 五: 问题 分局力量不足、时效性不强; 改进 业务指导、公开时限台账

${one(D, t2new(D.t2))}
- 一 also: 督促整改问题 9个
- 五: 问题 村（社区）公开不全面、更新不及时；解读以转载为主; 改进 公开事项清单每季度督查、原创解读
`;
}

writeFileSync(join(OUT, A.file), htmlReport(A));
writeFileSync(join(OUT, B.file), await docxReport(B));
writeFileSync(join(OUT, C.file), pipeReport(C));
writeFileSync(join(OUT, D.file), mdReport(D));
writeFileSync(join(OUT, "EXPECTED-other.md"), expected());
console.log(`wrote ${OUT}`);
