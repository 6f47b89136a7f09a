// whoami is asked once per app session and dropped when it may have changed. Real transport (callCloud),
// `fetch` stubbed: the H5 path, as in the browser.
import { caller, forgetCaller, refreshCaller, rememberCaller, staleAfter } from '@/core/caller'
import { callCloud, CloudError } from '@/core/cloud'
import { devSession } from '@/core/devSession'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'

const fetchMock = jest.fn()
const reply = (data: unknown) => ({ status: 200, json: async () => ({ ok: true, data }) })
const bodies = () =>
  fetchMock.mock.calls.filter(([u]) => String(u).startsWith('/cloud/')).map(([u, i]) => `${u.slice(7)}.${JSON.parse(i.body).action}`)

beforeEach(() => {
  process.env.TARO_ENV = 'h5'
  fetchMock.mockReset()
  fetchMock.mockImplementation(async (url: string, init: RequestInit) => {
    if (String(url).startsWith('/dev/')) return reply({})
    const { action } = JSON.parse(String(init.body))
    return reply(action === 'whoami' ? whoMember() : {})
  })
  ;(globalThis as any).fetch = fetchMock
})

describe('caller: whoami once per app session', () => {
  it('asks once for every screen that wants it, even at the same time', async () => {
    const [a, b] = await Promise.all([caller(), caller()])
    await caller()
    expect(a).toEqual(whoMember())
    expect(b).toBe(a)
    expect(bodies()).toEqual(['member.whoami'])
  })

  it('keeps neither an unbound answer nor a failure', async () => {
    fetchMock.mockResolvedValueOnce(reply({ bound: false }))
    expect(await caller()).toEqual({ bound: false })
    fetchMock.mockResolvedValueOnce({ status: 200, json: async () => ({ ok: false, code: 'INTERNAL', message: '服务器开小差了' }) })
    await expect(caller()).rejects.toBeInstanceOf(CloudError)
    expect(await caller()).toEqual(whoMember())
    expect(bodies()).toEqual(['member.whoami', 'member.whoami', 'member.whoami'])
  })

  it.each([
    ['member', 'bind', true],
    ['member', 'setRoles', true],
    ['member', 'saveOrg', true],
    ['member', 'importRoster', true],
    ['assessment', 'publish', true],
    ['assessment', 'recordTalk', true],
    ['assessment', 'ackTalk', true],
    ['assessment', 'answerObjection', true],
    ['assessment', 'assignTalk', true],
    ['assessment', 'rate', false],
    ['assessment', 'fileObjection', false],
    ['checkin', 'checkin', false],
    ['checkin', 'createActivity', false]
  ] as const)('after %s.%s the next screen asks again: %s', async (fn, action, again) => {
    expect(staleAfter(fn, action)).toBe(again)
    await caller()
    await callCloud(fn, { action } as any)
    await caller()
    expect(bodies()).toEqual(['member.whoami', `${fn}.${action}`, ...(again ? ['member.whoami'] : [])])
  })

  it('a read never drops it', async () => {
    await caller()
    await callCloud('assessment', { action: 'listPeriods' })
    await caller()
    expect(bodies()).toEqual(['member.whoami', 'assessment.listPeriods'])
  })

  it('switching the demo identity (local mode) drops it', async () => {
    await caller()
    await devSession.login('o-sec')
    fetchMock.mockResolvedValueOnce(reply(whoSecretary()))
    expect((await caller()).member?.name).toBe('李书记')
    await devSession.logout()
    await caller()
    expect(bodies()).toEqual(['member.whoami', 'member.whoami', 'member.whoami'])
  })

  it('refresh asks again; remember and forget set and drop it without a call', async () => {
    await caller()
    await refreshCaller()
    rememberCaller(whoSecretary())
    expect((await caller()).member?.name).toBe('李书记')
    forgetCaller()
    await caller()
    expect(bodies()).toEqual(['member.whoami', 'member.whoami', 'member.whoami'])
  })
})
