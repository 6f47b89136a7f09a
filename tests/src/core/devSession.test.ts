import { devSession } from '@/core/devSession'

const fetchMock = jest.fn()
beforeEach(() => {
  fetchMock.mockReset()
  ;(globalThis as any).fetch = fetchMock
})
const reply = (body: unknown, status = 200) => ({ status, json: async () => body })

describe('devSession (local mode only)', () => {
  it('lists the demo people from GET /dev/people', async () => {
    const people = [{ openid: 'o1', memberId: 'm1', name: '王芳', orgId: 'b1', orgName: '一支部', roleLabel: '书记', group: '一支部' }]
    fetchMock.mockResolvedValue(reply({ ok: true, data: { people } }))
    await expect(devSession.people()).resolves.toEqual(people)
    expect(fetchMock.mock.calls[0][0]).toBe('/dev/people')
  })

  it('signs in with POST /dev/login {openid}, sending cookies', async () => {
    fetchMock.mockResolvedValue(reply({ ok: true, data: {} }))
    await devSession.login('o-42')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/dev/login')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect(JSON.parse(init.body)).toEqual({ openid: 'o-42' })
  })

  it.each([
    [
      'a failure envelope',
      () => Promise.resolve(reply({ ok: false, code: 'NOT_FOUND', message: '没有这个演示用户' })),
      'NOT_FOUND',
      '没有这个演示用户'
    ],
    [
      'a 404 page (no local cloud)',
      () =>
        Promise.resolve({
          status: 404,
          json: async () => {
            throw new Error('html')
          }
        }),
      'BAD_REPLY',
      '本地演示服务未启用'
    ],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'NETWORK', '网络连接失败，请检查网络后重试']
  ])('reports %s as %s', async (_n, impl, code, message) => {
    fetchMock.mockImplementation(impl)
    await expect(devSession.logout()).rejects.toMatchObject({ code, message })
  })
})
