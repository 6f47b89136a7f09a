import Taro from '@tarojs/taro'
import { callCloud, CloudError, TRANSPORT_MESSAGES } from '@/core/cloud'
import { member } from '@/member/service'

type FetchArgs = [string, RequestInit]

function jsonResponse(body: unknown, status = 200) {
  return { status, ok: status < 400, json: async () => body } as unknown as Response
}

const fetchMock = jest.fn<Promise<Response>, FetchArgs>()

beforeEach(() => {
  fetchMock.mockReset()
  ;(globalThis as any).fetch = fetchMock
  process.env.TARO_ENV = 'h5'
})

afterAll(() => {
  process.env.TARO_ENV = 'h5'
})

async function caught(p: Promise<unknown>): Promise<CloudError> {
  try {
    await p
  } catch (e) {
    return e as CloudError
  }
  throw new Error('expected a rejection')
}

describe('callCloud over H5 (fetch POST /cloud/<fn>)', () => {
  it('posts the event as JSON to the same origin and returns data', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ ok: true, data: { bound: false } }))
    await expect(member.whoami()).resolves.toEqual({ bound: false })
    expect(fetchMock).toHaveBeenCalledTimes(1)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/cloud/member')
    expect(init.method).toBe('POST')
    expect(init.credentials).toBe('same-origin')
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json')
    expect(JSON.parse(String(init.body))).toEqual({ action: 'whoami' })
  })

  it('sends the helpers’ arguments with their action', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ ok: true, data: { bound: true } }))
    await member.bind({ name: '王芳', phoneLast4: '1234' })
    await member.roster({ orgId: 'b1', search: '张' })
    expect(fetchMock.mock.calls.map(([, i]) => JSON.parse(String(i.body)))).toEqual([
      { action: 'bind', name: '王芳', phoneLast4: '1234' },
      { action: 'roster', orgId: 'b1', search: '张' }
    ])
  })

  it('turns {ok:false} into a CloudError with the server code and Chinese message, without retry', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ ok: false, code: 'BIND_LOCKED', message: '尝试次数过多，请15分钟后再试' }, 429))
    const e = await caught(member.whoami())
    expect(e).toBeInstanceOf(CloudError)
    expect(e.code).toBe('BIND_LOCKED')
    expect(e.message).toBe('尝试次数过多，请15分钟后再试')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('keeps details of a failure (e.g. bad import rows)', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({ ok: false, code: 'INVALID_INPUT', message: '有 1 行数据错误', details: [{ row: 2, reason: 'x' }] })
    )
    const e = await caught(member.importRoster({ csv: 'a' }))
    expect(e.details).toEqual([{ row: 2, reason: 'x' }])
  })

  it.each([
    [
      'not JSON',
      {
        status: 502,
        ok: false,
        json: async () => {
          throw new SyntaxError('x')
        }
      }
    ],
    ['not an envelope', jsonResponse({ hello: 1 })],
    ['null', jsonResponse(null)]
  ])('a reply that is %s becomes BAD_REPLY', async (_n, res) => {
    fetchMock.mockResolvedValue(res as Response)
    const e = await caught(member.bind({ inviteCode: 'X' }))
    expect(e.code).toBe('BAD_REPLY')
    expect(e.message).toBe(TRANSPORT_MESSAGES.BAD_REPLY)
  })

  it.each([
    'whoami',
    'card',
    'roster',
    'orgTree'
  ] as const)('retries the read-only action %s once after a network failure', async (action) => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(jsonResponse({ ok: true, data: 'second' }))
    await expect(callCloud('member', { action } as any)).resolves.toBe('second')
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('gives up after the single retry with a Chinese NETWORK message', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const e = await caught(member.card())
    expect(e.code).toBe('NETWORK')
    expect(e.message).toBe('网络连接失败，请检查网络后重试')
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it.each([
    ['bind', () => member.bind({ inviteCode: 'ABC' })],
    ['createInvite', () => member.createInvite('m1')],
    ['setRoles', () => member.setRoles('m1', [])],
    ['saveOrg', () => member.saveOrg({ name: 'x', kind: 'branch', parentId: null })],
    ['importRoster', () => member.importRoster({ csv: 'a' })]
  ])('never retries the writing action %s', async (_a, call) => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const e = await caught(call())
    expect(e.code).toBe('NETWORK')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('aborts after the time-out with TIMEOUT (and retries a read once)', async () => {
    const signals: AbortSignal[] = []
    fetchMock.mockImplementation((_url, init) => {
      signals.push(init.signal as AbortSignal)
      return new Promise<Response>((_res, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
      })
    })
    const e = await caught(callCloud('member', { action: 'whoami' }, { timeoutMs: 20 }))
    expect(e.code).toBe('TIMEOUT')
    expect(e.message).toBe('服务器响应超时，请稍后重试')
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(signals.every((s) => s.aborted)).toBe(true)
  })

  it('times out even when fetch ignores the abort signal, and does not retry a write', async () => {
    fetchMock.mockImplementation(() => new Promise<Response>(() => {}))
    const e = await caught(callCloud('member', { action: 'bind', inviteCode: 'A' }, { timeoutMs: 20 }))
    expect(e.code).toBe('TIMEOUT')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })
})

describe('callCloud over weapp (Taro.cloud.callFunction)', () => {
  const callFunction = jest.fn()
  let savedCloud: unknown

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    callFunction.mockReset()
    savedCloud = (Taro as any).cloud
    ;(Taro as any).cloud = { callFunction }
  })

  afterEach(() => {
    ;(Taro as any).cloud = savedCloud
  })

  it('calls the function by name with the event as data and unwraps result', async () => {
    callFunction.mockResolvedValue({ result: { ok: true, data: { bound: true } }, errMsg: 'cloud.callFunction:ok' })
    await expect(member.whoami()).resolves.toEqual({ bound: true })
    expect(callFunction).toHaveBeenCalledWith({ name: 'member', data: { action: 'whoami' } })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('maps a server failure to CloudError', async () => {
    callFunction.mockResolvedValue({ result: { ok: false, code: 'BIND_MISMATCH', message: '姓名或手机号后4位不正确' } })
    const e = await caught(member.bind({ name: '王芳', phoneLast4: '0000' }))
    expect([e.code, e.message]).toEqual(['BIND_MISMATCH', '姓名或手机号后4位不正确'])
  })

  it.each([
    ['a network error', 'NETWORK', { errMsg: 'cloud.callFunction:fail request:fail' }],
    ['the platform time-out', 'TIMEOUT', { errCode: -504003, errMsg: 'cloud.callFunction:fail timeout' }]
  ])('maps %s to %s and retries a read once', async (_n, code, err) => {
    callFunction.mockRejectedValue(err)
    const e = await caught(member.roster())
    expect(e.code).toBe(code)
    expect(callFunction).toHaveBeenCalledTimes(2)
  })

  it('applies its own time-out too', async () => {
    callFunction.mockImplementation(() => new Promise(() => {}))
    const e = await caught(callCloud('member', { action: 'bind', inviteCode: 'A' }, { timeoutMs: 20 }))
    expect(e.code).toBe('TIMEOUT')
    expect(callFunction).toHaveBeenCalledTimes(1)
  })
})
