/*! disclosure-bot web widget: <script src="https://BOT/widget.js" defer></script> — no framework, no cookies. */
(function () {
  'use strict';
  if (window.__disclosureBot) return;
  window.__disclosureBot = true;
  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/\/widget\.js(\?.*)?$/, '') : '';
  var title = (script && script.getAttribute('data-title')) || '智能问答';
  var KEY = 'disclosure-bot-session';
  var session;
  try {
    session = sessionStorage.getItem(KEY);
    if (!session) sessionStorage.setItem(KEY, (session = newId()));
  } catch (e) {
    session = newId();
  }
  function newId() {
    return 's' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
  }

  var css =
    '.dbw{--dbw-c:#b5121b;font:18px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:#222}' +
    '.dbw *{box-sizing:border-box}' +
    '.dbw-open{position:fixed;right:20px;bottom:20px;z-index:2147483000;background:var(--dbw-c);color:#fff;border:0;border-radius:28px;padding:14px 22px;font:inherit;font-weight:bold;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    '.dbw-open:focus-visible,.dbw button:focus-visible,.dbw input:focus-visible,.dbw a:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}' +
    '.dbw-panel{margin:0;padding:0;border:0;position:fixed;right:20px;bottom:20px;z-index:2147483001;width:420px;max-width:calc(100vw - 24px);height:620px;max-height:calc(100vh - 40px);background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);display:flex;flex-direction:column;overflow:hidden}' +
    '.dbw-panel[hidden]{display:none}' +
    '.dbw-head{background:var(--dbw-c);color:#fff;display:flex;align-items:center;gap:8px;padding:10px 14px}' +
    '.dbw-head h2{font-size:1.1em;margin:0;padding:0;border:0;flex:1;color:#fff;letter-spacing:normal}' +
    '.dbw-head button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.6);border-radius:6px;font:inherit;font-size:.9em;padding:2px 10px;cursor:pointer}' +
    '.dbw-log{flex:1;overflow-y:auto;padding:12px;background:#f6f6f6}' +
    '.dbw-msg{margin:8px 0;padding:10px 12px;border-radius:10px;max-width:92%;white-space:pre-wrap;word-break:break-word}' +
    '.dbw-bot{background:#fff;border:1px solid #ddd}' +
    '.dbw-me{background:#fde8e8;margin-left:auto}' +
    '.dbw-msg a{color:#0b4f9c;text-decoration:underline}' +
    '.dbw-chips{display:flex;flex-wrap:wrap;gap:6px;margin:6px 0}' +
    '.dbw-chips p{width:100%;margin:0;padding:0;font-size:.85em;color:#555}' +
    '.dbw-chip{background:#fff;border:1px solid var(--dbw-c);color:var(--dbw-c);border-radius:16px;padding:4px 12px;font:inherit;font-size:.9em;cursor:pointer;text-align:left}' +
    '.dbw-vote{display:flex;gap:8px;align-items:center;margin-top:6px;font-size:.85em;color:#555}' +
    '.dbw-vote button{background:#fff;border:1px solid #bbb;border-radius:6px;font-size:1.1em;padding:0 8px;cursor:pointer}' +
    '.dbw-vote button[disabled]{opacity:.5;cursor:default}' +
    '.dbw-form{display:flex;gap:8px;padding:10px;border-top:1px solid #ddd}' +
    '.dbw-form input{flex:1;min-width:0;font:inherit;padding:8px 10px;border:1px solid #888;border-radius:8px}' +
    '.dbw-form button{font:inherit;background:var(--dbw-c);color:#fff;border:0;border-radius:8px;padding:0 16px;cursor:pointer}' +
    '.dbw-big{font-size:22px}' +
    '.dbw-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '@media (max-width:520px){.dbw-panel{right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}.dbw-open{right:12px;bottom:12px}}';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }

  // Links, e-mail addresses and phone numbers in an answer become clickable (text is never parsed as HTML).
  var LINK = /(https?:\/\/[^\s，。；、）)]+|www\.[^\s，。；、）)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\(?0\d{2,3}\)?[-\s]?)?\d{7,8}(?:-\d{1,4})?|1[3-9]\d{9}|12345)/g;
  function rich(node, text) {
    var last = 0;
    text.replace(LINK, function (m, _g, at) {
      if (at > last) node.appendChild(document.createTextNode(text.slice(last, at)));
      var href = /^https?:/.test(m) ? m : /^www\./.test(m) ? 'http://' + m : m.indexOf('@') > 0 ? 'mailto:' + m : 'tel:' + m.replace(/[^\d+]/g, '');
      var a = el('a', { href: href }, m);
      if (/^http/.test(href)) {
        a.target = '_blank';
        a.rel = 'noopener';
      }
      node.appendChild(a);
      last = at + m.length;
      return m;
    });
    if (last < text.length) node.appendChild(document.createTextNode(text.slice(last)));
  }

  var root = el('div', { class: 'dbw', lang: 'zh-CN' });
  var style = el('style');
  style.textContent = css;
  var opener = el('button', { class: 'dbw-open', type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' }, '💬 ' + title);
  var panel = el('div', { class: 'dbw-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'dbw-title', hidden: '' });
  var head = el('div', { class: 'dbw-head' });
  head.appendChild(el('h2', { id: 'dbw-title' }, title));
  var bigger = el('button', { type: 'button', 'aria-pressed': 'false', title: '放大字体' }, 'A+');
  var close = el('button', { type: 'button', 'aria-label': '关闭' + title }, '关闭');
  head.appendChild(bigger);
  head.appendChild(close);
  var log = el('div', { class: 'dbw-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', tabindex: '0', 'aria-label': '对话记录' });
  var form = el('form', { class: 'dbw-form' });
  var label = el('label', { for: 'dbw-input', class: 'dbw-sr' }, '输入您的问题');
  var input = el('input', { id: 'dbw-input', type: 'text', maxlength: '500', autocomplete: 'off', placeholder: '请输入您的问题，如：怎么申请政府信息公开' });
  var send = el('button', { type: 'submit' }, '发送');
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(head);
  panel.appendChild(log);
  panel.appendChild(form);
  root.appendChild(style);
  root.appendChild(opener);
  root.appendChild(panel);

  function scroll() {
    log.scrollTop = log.scrollHeight;
  }
  function say(who, text) {
    var m = el('div', { class: 'dbw-msg ' + (who === 'me' ? 'dbw-me' : 'dbw-bot') });
    m.appendChild(el('span', { class: 'dbw-sr' }, who === 'me' ? '我：' : '回答：'));
    rich(m, text);
    log.appendChild(m);
    scroll();
    return m;
  }
  function chips(caption, items, onPick) {
    if (!items || !items.length) return;
    var box = el('div', { class: 'dbw-chips', role: 'group', 'aria-label': caption });
    box.appendChild(el('p', null, caption));
    items.forEach(function (q, i) {
      var b = el('button', { type: 'button', class: 'dbw-chip' }, q);
      b.addEventListener('click', function () {
        onPick(q, i);
      });
      box.appendChild(b);
    });
    log.appendChild(box);
    scroll();
  }
  function vote(msgEl, turnId) {
    var box = el('div', { class: 'dbw-vote' });
    box.appendChild(el('span', null, '这个回答有帮助吗？'));
    var up = el('button', { type: 'button', 'aria-label': '有帮助' }, '👍');
    var down = el('button', { type: 'button', 'aria-label': '没有帮助' }, '👎');
    function cast(useful) {
      up.disabled = down.disabled = true;
      post('/api/feedback', { session: session, turnId: turnId, useful: useful }).then(function (r) {
        box.appendChild(el('span', { role: 'status' }, r.text || '感谢反馈'));
      });
    }
    up.addEventListener('click', function () {
      cast(true);
    });
    down.addEventListener('click', function () {
      cast(false);
    });
    box.appendChild(up);
    box.appendChild(down);
    msgEl.appendChild(box);
  }

  function post(path, body) {
    return fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(function (r) {
      return r.json().catch(function () {
        return {};
      });
    });
  }

  var busy = false;
  function ask(text, shown) {
    text = (text || '').trim();
    if (!text || busy) return;
    busy = true;
    send.disabled = true;
    say('me', shown || text);
    post('/api/ask', { session: session, text: text })
      .then(function (r) {
        var m = say('bot', r.answer || r.error || '抱歉，暂时无法回答，请稍后再试。');
        if (r.options && r.options.length) {
          chips('猜你想问：', r.options, function (q, i) {
            ask(String(i + 1), q);
          });
        } else if (r.turnId && !r.fallback) {
          vote(m, r.turnId);
        }
      })
      .catch(function () {
        say('bot', '网络连接出现问题，请稍后再试。');
      })
      .then(function () {
        busy = false;
        send.disabled = false;
      });
  }

  var started = false;
  function start() {
    if (started) return;
    started = true;
    fetch(base + '/api/hot')
      .then(function (r) {
        return r.json();
      })
      .then(function (r) {
        if (r.greeting) say('bot', r.greeting);
        chips('热点问题：', r.questions, function (q) {
          ask(q);
        });
      })
      .catch(function () {});
  }
  function show(open) {
    panel.hidden = !open;
    opener.hidden = open;
    opener.setAttribute('aria-expanded', String(open));
    if (open) {
      start();
      input.focus();
    } else opener.focus();
  }
  opener.addEventListener('click', function () {
    show(true);
  });
  close.addEventListener('click', function () {
    show(false);
  });
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') show(false);
  });
  bigger.addEventListener('click', function () {
    var on = root.classList.toggle('dbw-big');
    bigger.setAttribute('aria-pressed', String(on));
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var t = input.value;
    input.value = '';
    ask(t);
  });

  function mount() {
    document.body.appendChild(root);
    if (script && script.hasAttribute('data-open')) show(true);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
