// Lists (mine, branch, peers, home org) show only what each may read; stats per category with overdue.
import { filed, passed, useVoiceCloud } from './helpers'

const cloud = useVoiceCloud()
const list = (who: string, ev: Record<string, unknown>) => cloud.ok({ action: 'list', ...ev }, who)
const ids = (r: any) => r.items.map((i: any) => i._id).sort()

describe('list', () => {
  it('mine: every own suggestion, also pending and hidden ones, newest first', async () => {
    // (passed() delivers every waiting verdict: what must stay pending is filed last.)
    await passed(cloud, 'm08', 0)
    const a = await passed(cloud, 'm07', 0, { hiddenFromPeers: true })
    const b = await filed(cloud, 'm07', 1)
    const r = await list('m07', { scope: 'mine' })
    expect(r.items.map((i: any) => i._id)).toEqual([b._id, a._id])
    expect(r.items[0]).toMatchObject({ moderation: 'pending', photoCount: 1 })
  })

  it('peers: passed and not hidden, never my own', async () => {
    const open = await passed(cloud, 'm07', 0)
    await passed(cloud, 'm07', 0, { hiddenFromPeers: true })
    const mine = await passed(cloud, 'm08', 0)
    await filed(cloud, 'm07', 1)
    await filed(cloud, 'm07', 0, { content: '请大家加微信' })
    const r = await list('m08', { scope: 'peers' })
    expect(ids(r)).toEqual([open._id])
    expect(ids(r)).not.toContain(mine._id)
    expect(r.orgId).toBe('org-b1')
  })

  it('branch: the secretary sees all; the deputy what passed; a peer may not list the branch', async () => {
    const passedOne = await passed(cloud, 'm07', 0, { hiddenFromPeers: true })
    await passed(cloud, 'm14', 0) // another branch
    const pending = await filed(cloud, 'm08', 1)
    expect(ids(await list('m03', { scope: 'branch' }))).toEqual([passedOne._id, pending._id].sort())
    expect(ids(await list('m04', { scope: 'branch' }))).toEqual([passedOne._id])
    await cloud.refused({ action: 'list', scope: 'branch' }, 'm08', 'FORBIDDEN')
    await cloud.refused({ action: 'list', scope: 'branch', orgId: 'org-b2' }, 'm03', 'FORBIDDEN')
  })

  it('branch: filtered by status', async () => {
    const a = await passed(cloud, 'm07', 0)
    await passed(cloud, 'm08', 0)
    await cloud.ok({ action: 'receive', id: a._id }, 'm03')
    expect(ids(await list('m03', { scope: 'branch', status: 'received' }))).toEqual([a._id])
  })

  it('home: the village branch sees its dispatched member’s passed suggestions, not the others', async () => {
    const dispatched = await passed(cloud, 'm10', 0)
    await passed(cloud, 'm07', 0)
    await filed(cloud, 'm10', 1) // pending
    const r = await list('m32', { scope: 'home' })
    expect(ids(r)).toEqual([dispatched._id])
    expect(r.orgs).toEqual([{ _id: 'org-v-longnan', name: expect.any(String) }])
  })

  it('refuses a bad scope and a bad status', async () => {
    await cloud.refused({ action: 'list', scope: 'all' }, 'm03', 'INVALID_INPUT')
    await cloud.refused({ action: 'list', scope: 'mine', status: 'lost' }, 'm03', 'INVALID_INPUT')
    await cloud.refused({ action: 'list', scope: 'peers', orgId: 'org-b2' }, 'm07', 'FORBIDDEN')
  })
})

describe('stats and overdue', () => {
  afterEach(() => jest.useRealTimers())

  it('counts per category for the committee and staff, not for members', async () => {
    const a = await passed(cloud, 'm07', 0, { category: 'safety' })
    await passed(cloud, 'm08', 0, { category: 'safety' })
    await passed(cloud, 'm09', 0, { category: 'masses' })
    await filed(cloud, 'm09', 0, { category: 'orgLife', content: '有人说加微信' })
    await cloud.ok({ action: 'receive', id: a._id }, 'm03')
    await cloud.ok({ action: 'answer', id: a._id, answer: '已处理' }, 'm03')
    await cloud.ok({ action: 'confirm', id: a._id }, 'm07')
    const r = await cloud.ok({ action: 'stats' }, 'm03')
    expect(r).toMatchObject({ orgId: 'org-b1', orgName: '第一养护中心党支部' })
    expect(r.rows.find((x: any) => x.category === 'safety')).toEqual({
      category: 'safety',
      total: 2,
      open: 1,
      closed: 1,
      overdue: 0,
      held: 0
    })
    expect(r.rows.find((x: any) => x.category === 'orgLife')).toMatchObject({ total: 1, held: 1 })
    expect(r.total).toMatchObject({ total: 4, open: 3, closed: 1 })
    await expect(cloud.ok({ action: 'stats', orgId: 'org-b1' }, 'm01')).resolves.toMatchObject({ total: { total: 4 } })
    await cloud.refused({ action: 'stats' }, 'm07', 'FORBIDDEN')
    await cloud.refused({ action: 'stats', orgId: 'org-b2' }, 'm03', 'FORBIDDEN')
  })

  it('marks a suggestion not received within 3 days, then one not answered within 15', async () => {
    const s = await passed(cloud, 'm07', 0)
    const t0 = Date.now()
    const at = (days: number) =>
      jest.useFakeTimers({
        doNotFake: ['setImmediate', 'setTimeout', 'clearTimeout', 'nextTick', 'queueMicrotask', 'setInterval', 'clearInterval'],
        now: t0 + days * 86400_000
      })
    at(3)
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm03')).overdue).toBe('receive')
    expect((await cloud.ok({ action: 'stats' }, 'm03')).total.overdue).toBe(1)
    await cloud.ok({ action: 'receive', id: s._id }, 'm03')
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm03')).overdue).toBe(null)
    at(15)
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm03')).overdue).toBe('answer')
    await cloud.ok({ action: 'answer', id: s._id, answer: '已处理' }, 'm03')
    expect((await cloud.ok({ action: 'get', id: s._id }, 'm03')).overdue).toBe(null)
  })
})
