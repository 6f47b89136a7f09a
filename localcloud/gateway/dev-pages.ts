// The developer's pages: what the functions sent to WeChat (outbox) and the timer triggers.
import type { OutboxEntry } from '@localcloud/outbox/outbox'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ENTITIES[c])

/** The refusal dev setting (subscribeMessage.send answers 43101 to these OPENIDs), as a small form. */
function refusalsSection(refused: string[]): string {
  const items = refused
    .map((o) => `<li><code>${esc(o)}</code> <button type="button" data-openid="${esc(o)}" data-refused="false">取消拒收</button></li>`)
    .join('')
  return `<h2>拒收设置（模拟微信 43101）</h2>
<p>向这些 OPENID 发送订阅消息时，如同用户已拒收（errCode 43101），其授权次数清零。演示身份的 OPENID 形如 <code>demo:m08</code>。</p>
<form id="refuse"><input name="openid" placeholder="OPENID，如 demo:m08" required pattern="[A-Za-z0-9:_-]{1,64}"> <button>设为拒收</button></form>
<ul id="refused">${items || '<li>（无）</li>'}</ul>
<script>
async function setRefused(openid, refused) {
  const r = await fetch('/dev/subscribe-refusals', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid, refused }) })
  if (r.ok) location.reload(); else alert((await r.json()).message || '设置失败')
}
document.getElementById('refuse').addEventListener('submit', (e) => { e.preventDefault(); setRefused(e.target.openid.value.trim(), true) })
for (const b of document.querySelectorAll('#refused button')) b.addEventListener('click', () => setRefused(b.dataset.openid, false))
</script>`
}

export function outboxPage(entries: OutboxEntry[], refused: string[] = []): string {
  const rows = entries
    .map(
      (e) =>
        `<tr class="${e.ok ? 'ok' : 'fail'}"><td>${esc(e.at.toISOString())}</td><td>${esc(e.api)}</td><td>${esc(e.caller || '—')}</td>` +
        `<td>${e.ok ? 'ok' : esc(`${e.errcode} ${e.errmsg}`)}</td><td><pre>${esc(JSON.stringify(e.request, null, 1))}</pre></td></tr>`
    )
    .join('')
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Outbox · 同心本地云</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:16px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}tr.fail{background:#fff1f0}pre{margin:0;white-space:pre-wrap;word-break:break-all}</style>
<h1>Outbox（订阅消息 / 小程序码）</h1><p>${entries.length} 条，最新在前。JSON: <a href="/dev/outbox">/dev/outbox</a></p>
${refusalsSection(refused)}
<h2>已发送</h2>
<table><tr><th>时间 (UTC)</th><th>接口</th><th>调用者 OPENID</th><th>结果</th><th>请求</th></tr>${rows}</table></html>`
}
