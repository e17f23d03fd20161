/** HTML of the /admin dashboard and its login form: server-rendered, inline SVG charts, no framework. */
import { barChartSvg, lineChartSvg } from '../../chart/svg.js';
import type { Report } from '../../report/types.js';
import type { Stats, UnansweredItem } from '../../store/types.js';
import { NO_INTENT } from '../../store/engine.js';
import { defaultTimeZone, shortTime } from '../../store/time.js';
import type { IntentChoice } from '../../staff/examples.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0;background:#f5f6f8;color:#222}
header{background:#1f4e9c;color:#fff;padding:12px 20px;display:flex;justify-content:space-between;align-items:center}
header h1{font-size:18px;margin:0}
main{max-width:1100px;margin:0 auto;padding:16px}
section{background:#fff;border-radius:8px;padding:16px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h2{font-size:16px;margin:0 0 12px}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;min-width:140px;background:#eef3fb;border-radius:6px;padding:10px}
.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:6px;text-align:left;font-size:14px}
.ok{background:#e7f6ea;border:1px solid #9bd3a6;padding:8px;border-radius:6px}.err{background:#fdecea;border:1px solid #f1a89f;padding:8px;border-radius:6px}
pre{white-space:pre-wrap;background:#fafafa;border:1px solid #eee;padding:8px;font-size:13px}
button{cursor:pointer}
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function renderLogin(note?: string): string {
  return page(
    '工作人员后台 · 登录',
    `<header><h1>政务公开问答机器人 · 工作人员后台</h1></header><main><section><h2>登录</h2>
${note ? `<p class="err">${esc(note)}</p>` : ''}
<form method="post" action="/admin/login"><label>工作人员令牌（ADMIN_TOKEN）：<input type="password" name="token" id="token" autocomplete="current-password" required></label>
<button type="submit" id="login">登录</button></form></section></main>`,
  );
}

export interface DashboardData {
  stats: Stats;
  unanswered: UnansweredItem[];
  intents: IntentChoice[];
  reports: Report[];
  csrf: string;
  notice?: string;
  error?: string;
}

const pct = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(1)}%`;

export function renderDashboard(d: DashboardData): string {
  const { stats } = d;
  const days = stats.days.map((x) => x.day.slice(5));
  const daily = lineChartSvg({
    width: 500,
    height: 260,
    legend: true,
    series: [
      { label: '问题数', points: stats.days.map((x, i) => ({ x: days[i]!, y: x.questions })) },
      { label: '已回答', points: stats.days.map((x, i) => ({ x: days[i]!, y: x.answered })) },
      { label: '未能回答', points: stats.days.map((x, i) => ({ x: days[i]!, y: x.fallback })) },
    ],
  });
  const top = stats.topIntents.slice(0, 8);
  const titles = new Map(d.intents.map((i) => [i.id, i.title]));
  const intents = top.length
    ? barChartSvg({
        width: 500,
        height: 260,
        series: [{ label: '次数', points: top.map((t) => ({ x: t.intent === NO_INTENT ? '未识别' : (titles.get(t.intent) ?? t.intent), y: t.count })) }],
      })
    : '<p>暂无数据。</p>';
  const options = d.intents.map((i) => `<option value="${esc(i.id)}">${esc(i.id)} — ${esc(i.title)}</option>`).join('');
  const rows = d.unanswered.length
    ? d.unanswered
        .map(
          (u, k) => `<tr><td>${esc(u.text)}</td><td>${u.count}</td><td>${esc(shortTime(u.lastSeen, defaultTimeZone()))}</td><td>
<form method="post" action="/admin/examples" class="add"><input type="hidden" name="csrf" value="${d.csrf}"><input type="hidden" name="text" value="${esc(u.text)}">
<select name="intent" aria-label="意图" id="intent-${k}">${options}</select> <button type="submit" id="add-${k}">添加为例句</button></form></td></tr>`,
        )
        .join('')
    : '<tr><td colspan="4">暂无未能回答的问题。</td></tr>';
  const reports = d.reports.map((r) => `<li>${esc(r.id)}：核对发现 ${r.findings.length} 条</li>`).join('');
  return page(
    '工作人员后台',
    `<header><h1>政务公开问答机器人 · 工作人员后台</h1><form method="post" action="/admin/logout"><button>退出</button></form></header><main>
${d.notice ? `<p class="ok" id="notice">${esc(d.notice)}</p>` : ''}${d.error ? `<p class="err" id="error">${esc(d.error)}</p>` : ''}
<section><h2>近 7 天</h2><div class="cards">
<div class="card">问题数<b id="total">${stats.days.reduce((a, x) => a + x.questions, 0)}</b></div>
<div class="card">回答率（全部记录）<b id="answered">${pct(stats.answeredPct)}</b></div>
<div class="card">未能回答率<b id="fallback">${pct(stats.fallbackPct)}</b></div>
<div class="card">评价 👍/👎<b>${stats.feedback.up} / ${stats.feedback.down}</b></div></div>
<div style="display:flex;flex-wrap:wrap;gap:16px;margin-top:12px"><figure style="margin:0"><figcaption>每日问答量</figcaption>${daily}</figure><figure style="margin:0"><figcaption>热门意图</figcaption>${intents}</figure></div></section>
<section id="unanswered"><h2>未能回答的问题</h2><p>选择应归入的意图，点“添加为例句”：例句写入 intents/*.yml，校验通过后立即生效，无需重启。</p>
<table><thead><tr><th>问题</th><th>次数</th><th>最近</th><th>操作</th></tr></thead><tbody>${rows}</tbody></table></section>
<section><h2>核对报告草稿</h2><p>上传明年的报告草稿（.docx .pdf .txt 等）：列出勾稽关系、年份、缺行等问题，并与上一年对比。草稿发布前市民看不到。</p>
<input type="file" id="draft-file"> <button id="draft-check">核对</button> <button id="draft-publish" disabled>发布</button>
<pre id="draft-result"></pre>
<h2>已加载报告</h2><ul>${reports || '<li>无</li>'}</ul></section>
<script>
const csrf=${JSON.stringify(d.csrf)};
const out=document.getElementById('draft-result');
document.getElementById('draft-check').onclick=async()=>{const f=document.getElementById('draft-file').files[0];if(!f){out.textContent='请先选择文件';return;}
out.textContent='核对中…';const r=await fetch('/admin/draft?name='+encodeURIComponent(f.name),{method:'POST',headers:{'content-type':'application/octet-stream','x-csrf':csrf},body:f});
const j=await r.json().catch(()=>({text:'上传失败（HTTP '+r.status+'）'}));out.textContent=j.text;document.getElementById('draft-publish').disabled=!j.ok;};
document.getElementById('draft-publish').onclick=async()=>{const r=await fetch('/admin/publish',{method:'POST',headers:{'x-csrf':csrf}});const j=await r.json();out.textContent=j.text;document.getElementById('draft-publish').disabled=true;};
</script></main>`,
  );
}
