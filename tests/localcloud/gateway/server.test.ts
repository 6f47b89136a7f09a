import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_TIMEOUTS, type Gateway, startGateway } from '@localcloud/gateway/server'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let gw: Gateway
let staticRoot: string

const people = [{ openid: 'demo:m1', memberId: 'm1', name: '张三', orgId: 'b1', orgName: '一支部', roleLabel: '书记', group: '一支部' }]

async function post(p: string, body: unknown, cookie?: string) {
  const res = await fetch(gw.url + p, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
  return { status: res.status, body: await res.json(), cookie: res.headers.get('set-cookie') }
}

beforeAll(async () => {
  tc = await startTestCloud({ functionsRoot: path.resolve(__dirname, '../../fixtures/functions') })
  staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-h5-'))
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>同心</title>')
  fs.mkdirSync(path.join(staticRoot, 'js'))
  fs.writeFileSync(path.join(staticRoot, 'js/app.js'), 'console.log(1)')
  gw = await startGateway({ cloud: tc.local, scheduler: new Scheduler(tc.local), staticRoot, localMode: true, listPeople: () => people })
})
afterAll(async () => {
  await gw.close()
  await tc.close()
  fs.rmSync(staticRoot, { recursive: true, force: true })
})

describe('gateway', () => {
  it('listens on 127.0.0.1', () => {
    expect(gw.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('runs a function anonymously when nobody signed in', async () => {
    const r = await post('/cloud/echo', {})
    expect(r.status).toBe(200)
    expect(r.body.after).toBeUndefined()
  })

  it('signs in through /dev/login and runs functions as that person', async () => {
    const login = await post('/dev/login', { openid: 'demo:m1' })
    expect(login.body).toEqual({ ok: true, data: { openid: 'demo:m1' } })
    const cookie = login.cookie!.split(';')[0]
    const r = await post('/cloud/echo', { openid: 'forged' }, cookie)
    expect(r.body.after).toBe('demo:m1')
    const out = await post('/dev/logout', {}, cookie)
    expect(out.cookie).toMatch(/Max-Age=0/)
  })

  it('marks an OPENID as refusing subscribe messages (43101) and back, through /dev/subscribe-refusals', async () => {
    expect((await post('/dev/subscribe-refusals', { openid: 'demo:m1' })).body).toEqual({
      ok: true,
      data: { openid: 'demo:m1', refused: true }
    })
    expect(tc.local.outbox.isSubscribeRefused('demo:m1')).toBe(true)
    await post('/dev/subscribe-refusals', { openid: 'demo:m1', refused: false })
    expect(tc.local.outbox.isSubscribeRefused('demo:m1')).toBe(false)
    expect((await post('/dev/subscribe-refusals', { openid: 'a b' })).status).toBe(400)
  })

  it('lists the demo people', async () => {
    const r = await (await fetch(`${gw.url}/dev/people`)).json()
    expect(r).toEqual({ ok: true, data: { people } })
  })

  it.each([
    ['bad JSON', '/cloud/echo', '{not json', 400, 'INVALID_JSON'],
    ['a JSON array', '/cloud/echo', '[1,2]', 400, 'INVALID_EVENT'],
    ['an unknown function', '/cloud/nope', '{}', 404, 'FUNCTION_NOT_FOUND'],
    ['a function that throws', '/cloud/boom', '{}', 500, 'FUNCTION_ERROR'],
    ['a bad openid at sign-in', '/dev/login', '{"openid":"a b"}', 400, 'INVALID_OPENID']
  ])('answers %s with a clear error', async (_, p, body, status, code) => {
    const r = await post(p, body)
    expect(r.status).toBe(status)
    expect(r.body).toMatchObject({ ok: false, code, message: expect.any(String) })
  })

  it('refuses a body over 1 MB', async () => {
    const r = await post('/cloud/echo', { big: 'x'.repeat(1024 * 1024 + 10) })
    expect(r.status).toBe(413)
  })

  it('serves the H5 build, falling back to index.html', async () => {
    const js = await fetch(`${gw.url}/js/app.js`)
    expect(js.headers.get('content-type')).toMatch(/javascript/)
    const page = await fetch(`${gw.url}/some/route`)
    expect(await page.text()).toContain('<title>同心</title>')
    const outside = await fetch(`${gw.url}/../../etc/passwd`)
    expect(await outside.text()).toContain('<title>同心</title>')
  })

  it('shows the outbox as JSON and as a page', async () => {
    await tc.cloud.openapi.wxacode.getUnlimited({ scene: 'x=1' })
    const json = await (await fetch(`${gw.url}/dev/outbox`)).json()
    expect(json.data.entries[0]).toMatchObject({ api: 'wxacode.getUnlimited', ok: true })
    const html = await (await fetch(`${gw.url}/dev/outbox.html`)).text()
    expect(html).toContain('wxacode.getUnlimited')
  })

  it('the outbox page sets and lists the refusal dev setting (43101 to an OPENID)', async () => {
    const before = await (await fetch(`${gw.url}/dev/outbox.html`)).text()
    expect(before).toContain('拒收设置')
    expect(before).not.toContain('data-openid="demo:m42"')
    expect((await post('/dev/subscribe-refusals', { openid: 'demo:m42' })).body).toMatchObject({ ok: true, data: { refused: true } })
    expect(tc.local.outbox.subscribeRefusals()).toContain('demo:m42')
    expect(await (await fetch(`${gw.url}/dev/outbox.html`)).text()).toContain('data-openid="demo:m42"')
    await post('/dev/subscribe-refusals', { openid: 'demo:m42', refused: false })
    expect(tc.local.outbox.subscribeRefusals()).not.toContain('demo:m42')
    expect(await (await fetch(`${gw.url}/dev/outbox.html`)).text()).not.toContain('data-openid="demo:m42"')
  })

  it('lists timers and fires one by hand', async () => {
    const list = await (await fetch(`${gw.url}/dev/scheduler`)).json()
    expect(list.data.triggers).toEqual([expect.objectContaining({ fn: 'tick', trigger: 'everySecond' })])
    const r = await post('/dev/scheduler/tick/fire', {})
    expect(r.body).toMatchObject({ ok: true, data: { fn: 'tick', ok: true } })
    const missing = await post('/dev/scheduler/nope/fire', {})
    expect(missing.status).toBe(404)
  })
})

describe('gateway outside local mode', () => {
  it('refuses the dev sign-in', async () => {
    const strict = await startGateway({ cloud: tc.local, localMode: false })
    try {
      const res = await fetch(`${strict.url}/dev/login`, { method: 'POST', body: '{"openid":"demo:m1"}' })
      expect(res.status).toBe(403)
      expect((await fetch(`${strict.url}/dev/people`)).status).toBe(403)
    } finally {
      await strict.close()
    }
  })
})

/** A raw HTTP/1.1 request: the head, then `body` written without ending, answers what the server sends (or '' on close). */
function rawRequest(url: string, head: string, body = '', waitMs = 5000): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = net.connect(Number(port), hostname, () => socket.write(head + body))
    let text = ''
    const timer = setTimeout(() => {
      socket.destroy()
      resolve({ text, closed: false })
    }, waitMs)
    socket.on('data', (d) => {
      text += d.toString('utf8')
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ text, closed: true })
    })
  })
}

describe('gateway against a hostile client', () => {
  it.each(['/%', '/%E0%A4%A', '/js/%ZZ'])('answers 400 to bad percent-encoding in a static path (%s)', async (p) => {
    const r = await fetch(gw.url + p)
    expect(r.status).toBe(400)
    expect((await r.json()).code).toBe('BAD_PATH')
  })

  it('does not serve a sibling folder whose name starts with the root’s name', async () => {
    const sibling = `${staticRoot}-private`
    fs.mkdirSync(sibling, { recursive: true })
    fs.writeFileSync(path.join(sibling, 'x'), 'SECRET')
    try {
      const r = await fetch(`${gw.url}/..%2f${path.basename(sibling)}%2fx`)
      expect(await r.text()).not.toContain('SECRET')
    } finally {
      fs.rmSync(sibling, { recursive: true, force: true })
    }
  })

  it('treats a session cookie with bad percent-encoding as no session (not a 500)', async () => {
    const r = await post('/cloud/echo', {}, 'tx_dev_openid=%E0%A4%A')
    expect(r.status).toBe(200)
    expect(r.body.after).toBeFalsy()
  })

  it('refuses a declared 50 MB body at once, without reading it', async () => {
    const head = `POST /cloud/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`
    const r = await rawRequest(gw.url, head, '{"a":"', 5000)
    expect(r.text).toMatch(/^HTTP\/1\.1 413/)
    expect(r.closed).toBe(true)
  })

  it('refuses a streamed body as soon as it passes 1 MB', async () => {
    const chunk = 'x'.repeat(1024 * 1024 + 100)
    const head = 'POST /cloud/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'
    // One chunk past the limit and no terminating chunk: the answer must not wait for an end that never comes.
    const r = await rawRequest(gw.url, head, `${chunk.length.toString(16)}\r\n${chunk}\r\n`, 5000)
    expect(r.text).toMatch(/^HTTP\/1\.1 413/)
  })
})

describe('gateway time-outs for slow clients', () => {
  it('closes a connection whose headers do not arrive in time', async () => {
    const slow = await startGateway({ cloud: tc.local, localMode: true, timeouts: { headersMs: 300, requestMs: 600 } })
    try {
      const started = Date.now()
      const r = await rawRequest(slow.url, 'POST /cloud/echo HTTP/1.1\r\nHost: x\r\n', '', 5000)
      expect(r.closed).toBe(true)
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      await slow.close()
    }
  })

  it('uses short defaults instead of Node’s 60 s / 300 s', () => {
    expect(gw.server.headersTimeout).toBe(DEFAULT_TIMEOUTS.headersMs)
    expect(gw.server.requestTimeout).toBe(DEFAULT_TIMEOUTS.requestMs)
    expect(DEFAULT_TIMEOUTS.headersMs).toBeLessThanOrEqual(10_000)
    expect(DEFAULT_TIMEOUTS.requestMs).toBeLessThanOrEqual(30_000)
  })
})
