// The developer's pages: what the functions sent to WeChat (outbox) and the timer triggers.
import type { OutboxEntry } from '@localcloud/outbox/outbox'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ENTITIES[c])

export function outboxPage(entries: OutboxEntry[]): string {
  const rows = entries
    .map(
      (e) =>
        `<tr class="${e.ok ? 'ok' : 'fail'}"><td>${esc(e.at.toISOString())}</td><td>${esc(e.api)}</td><td>${esc(e.caller || '—')}</td>` +
        `<td>${e.ok ? 'ok' : esc(`${e.errcode} ${e.errmsg}`)}</td><td><pre>${esc(JSON.stringify(e.request, null, 1))}</pre></td></tr>`
    )
    .join('')
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Outbox · 同心本地云</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:16px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px;vertical-align:top;text-align:left}tr.fail{background:#fff1f0}pre{margin:0;white-space:pre-wrap}</style>
<h1>Outbox（订阅消息 / 小程序码）</h1><p>${entries.length} 条，最新在前。JSON: <a href="/dev/outbox">/dev/outbox</a></p>
<table><tr><th>时间 (UTC)</th><th>接口</th><th>调用者 OPENID</th><th>结果</th><th>请求</th></tr>${rows}</table></html>`
}
