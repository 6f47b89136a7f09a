// Runs pages of the BUILT mini-program (dist/weapp) in miniprogram-simulate (wcc 'official').
// The weapp transport's boundary, wx.cloud.callFunction, answers from a script; wx navigation
// APIs are recorded. Pages load as components (Page → Component shim), see TOOLCHAIN.md.
import * as fs from 'node:fs'
import * as path from 'node:path'

export const DIST = path.resolve(__dirname, '../../dist/weapp')

type Reply = { ok: true; data: unknown } | { ok: false; code: string; message: string }
export type CloudScript = Record<string, (data: any) => Reply | Promise<Reply>>

const g = global as any

export interface Wx {
  cloud: { init: jest.Mock; callFunction: jest.Mock }
  navigateTo: jest.Mock
  redirectTo: jest.Mock
  reLaunch: jest.Mock
}

let script: CloudScript = {}
/** The query the next mounted page is loaded with (its onLoad options), e.g. {id: 'm20'}. */
let nextQuery: Record<string, string> = {}
let app: any = null
/** Component ids by page route: a built page's JS registers its Page() only on first load. */
const loaded = new Map<string, string>()

/** Answer `wx.cloud.callFunction({name, data})` from `replies`, keyed "fn.action". */
export function answer(replies: CloudScript) {
  script = replies
}

export const ok = (data: unknown): Reply => ({ ok: true, data })
export const fail = (code: string, message: string): Reply => ({ ok: false, code, message })

function navStub(name: string) {
  return jest.fn((opts: any = {}) => {
    const res = { errMsg: `${name}:ok` }
    opts.success?.(res)
    opts.complete?.(res)
  })
}

/** Install the shims and launch dist/weapp/app.js once per test file. */
export function launchApp(): Wx {
  const simulate = require('miniprogram-simulate') // defines global.wx, Component, Behavior
  void simulate
  const wx = g.wx as Wx & Record<string, unknown>
  wx.cloud = {
    init: jest.fn(),
    callFunction: jest.fn(async ({ name, data }: { name: string; data: { action: string } }) => {
      const h = script[`${name}.${data.action}`]
      if (!h) throw { errMsg: `cloud.callFunction:fail no scripted reply for ${name}.${data.action}` }
      return { errMsg: 'cloud.callFunction:ok', result: await h(data) }
    })
  }
  wx.navigateTo = navStub('navigateTo')
  wx.redirectTo = navStub('redirectTo')
  wx.reLaunch = navStub('reLaunch')

  g.App = (cfg: any) => {
    app = cfg
  }
  g.getApp = () => app
  g.getCurrentPages = () => []
  // A page is loaded as a component: its lifecycle runs when it is attached / detached.
  g.Page = (cfg: any) => {
    g.Component({
      data: cfg.data,
      methods: cfg,
      lifetimes: {
        attached(this: any) {
          cfg.onLoad?.call(this, this.__query || nextQuery)
          cfg.onShow?.call(this)
          cfg.onReady?.call(this)
        },
        detached(this: any) {
          cfg.onUnload?.call(this)
        }
      }
    })
  }
  require(path.join(DIST, 'app.js'))
  if (!app) throw new Error('dist/weapp/app.js did not call App()')
  app.onLaunch?.call(app, { path: 'pages/login/index', query: {}, scene: 1001 })
  return wx
}

/** The set-up every test file shares: the app launched once before its tests (after `beforeLaunch`,
 * for wx APIs Taro copies when the app loads), handed to `onLaunch`; the pages a test mounted are
 * unmounted after it, and the app goes to the background and back (a fresh caller). */
export function setUpApp(onLaunch: (wx: Wx) => void, beforeLaunch?: () => void) {
  beforeAll(() => {
    beforeLaunch?.()
    onLaunch(launchApp())
  })
  afterEach(async () => {
    for (const page of [...mounted]) page.unmount()
    // The app keeps who is calling for its session (src/core/caller.ts) and asks again after it was in
    // the background: each test starts as a fresh session, as the user comes back to WeChat.
    app?.onHide?.call(app)
    app?.onShow?.call(app, { path: 'pages/login/index', query: {}, scene: 1001 })
    await new Promise((r) => setTimeout(r, 0))
  })
}

/** The event data of each `wx.cloud.callFunction` of `action` so far, in order. */
export const cloudData = (action: string) =>
  (g.wx as Wx).cloud.callFunction.mock.calls
    .map(([a]) => a)
    .filter((a) => a.data.action === action)
    .map((a) => a.data)

/** Let React commit the state an event set before the next tap reads it (a user is slower than this). */
export const committed = () => new Promise((r) => setTimeout(r, 30))

export async function waitUntil<T>(probe: () => T | false | null | undefined, what: string, timeoutMs = 3000): Promise<T> {
  const start = Date.now()
  for (;;) {
    const v = probe()
    if (v) return v
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export interface MountedPage {
  root: HTMLElement
  text(): string
  findText(text: string): Promise<Element>
  tap(text: string): Promise<void>
  /** Fire a component event (e.g. 'agreeprivacyauthorization') on the node with this WXML id; returns its text. */
  fireById(id: string, event: string): Promise<string>
  input(className: string, value: string, index?: number): Promise<void>
  byClass(className: string): Element[]
  /** The page's onHide / onShow, as WeChat calls them when the mini-program goes to the background and back. */
  hide(): void
  show(): void
  unmount(): void
}

/** Pages mounted and not yet unmounted. */
const mounted = new Set<MountedPage>()

/** Load, render and attach one page of the build, e.g. 'pages/home/index', with its query (onLoad options). */
export function mountPage(route: string, query: Record<string, string> = {}): MountedPage {
  const simulate = require('miniprogram-simulate')
  const file = path.join(DIST, route)
  if (!fs.existsSync(`${file}.js`)) throw new Error(`page ${route} is not in dist/weapp`)
  let id = loaded.get(route)
  if (!id) {
    id = simulate.load(file, { compiler: 'official', rootPath: DIST }) as string
    loaded.set(route, id)
  }
  const comp = simulate.render(id)
  if (!comp) throw new Error(`page ${route} did not register (did its JS call Page()?)`)
  const root = document.createElement('div')
  document.body.appendChild(root)
  nextQuery = query
  try {
    comp.attach(root)
  } finally {
    nextQuery = {}
  }

  const elementsWithText = (text: string) =>
    Array.from(root.querySelectorAll('*')).filter(
      (e) => e.textContent?.trim() === text && !Array.from(e.children).some((c) => c.textContent?.trim() === text)
    )
  // wxss classes are prefixed with the component's tag name ("main--")
  const byClass = (className: string) => Array.from(root.querySelectorAll(`[class~="main--${className}"]`))
  const nodeOf = (el: Element) => {
    const sid = el.closest('[data-sid]')?.getAttribute('data-sid')
    if (!sid) throw new Error('element has no Taro node id')
    const node = comp.querySelector(`#${sid}`)
    if (!node) throw new Error(`no simulated node #${sid}`)
    return node
  }

  const page: MountedPage = {
    root,
    text: () => root.textContent ?? '',
    findText: (text) => waitUntil(() => elementsWithText(text)[0], `text "${text}"`),
    async tap(text) {
      const el = await waitUntil(() => elementsWithText(text)[0], `text "${text}" to tap`)
      nodeOf(el).dispatchEvent('tap')
      await new Promise((r) => setTimeout(r, 0))
    },
    async fireById(id, event) {
      const node = await waitUntil(() => comp.querySelector(`#${id}`), `node #${id}`)
      node.dispatchEvent(event)
      await new Promise((r) => setTimeout(r, 0))
      return node.dom?.textContent?.trim() ?? ''
    },
    async input(className, value, index = 0) {
      const el = await waitUntil(() => byClass(className)[index], `input .${className}[${index}]`)
      nodeOf(el).dispatchEvent('input', { detail: { value, cursor: value.length } })
      await new Promise((r) => setTimeout(r, 0))
    },
    byClass,
    hide: () => comp.instance.onHide?.call(comp.instance),
    show: () => comp.instance.onShow?.call(comp.instance),
    unmount() {
      mounted.delete(page)
      comp.detach()
      root.remove()
    }
  }
  mounted.add(page)
  return page
}

/** Bytes under dist/weapp, optionally skipping some top-level folders (subpackages). */
export function sizeOf(dir: string, skip: string[] = []): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue
    const p = path.join(dir, entry.name)
    total += entry.isDirectory() ? sizeOf(p) : fs.statSync(p).size
  }
  return total
}
