// The envelope, identity and validation behaviour every action shares.
import { defineFunction } from '@server/router'
import { v } from '@server/validate'
import { as, expectFail, expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('all')

const ACTIONS = ['whoami', 'bind', 'card', 'roster', 'createInvite', 'importRoster', 'setRoles', 'orgTree', 'saveOrg']

describe('member: envelope and identity', () => {
  it.each([
    ['no action', {}],
    ['unknown action', { action: 'dropTables' }],
    ['action not a string', { action: 42 }],
    ['prototype name as action', { action: 'constructor' }],
    ['toString as action', { action: 'toString' }]
  ])('%s → INVALID_INPUT', async (_label, event) => {
    expectFail(await cloud.call(event, as(P.b1Member)), 'INVALID_INPUT')
  })

  it.each(ACTIONS)('%s without an OPENID in the context → UNAUTHENTICATED (or INVALID_INPUT first)', async (action) => {
    const res = await cloud.call({ action }, '')
    expect(['UNAUTHENTICATED', 'INVALID_INPUT']).toContain(res.code)
  })

  it.each([
    'card',
    'roster',
    'createInvite',
    'importRoster',
    'setRoles',
    'orgTree',
    'saveOrg'
  ])('%s from a WeChat user who is not bound → NOT_BOUND (or INVALID_INPUT first)', async (action) => {
    const res = await cloud.call({ action }, 'wx-stranger')
    expect(['NOT_BOUND', 'INVALID_INPUT']).toContain(res.code)
  })

  it.each(['card', 'roster', 'orgTree'])('%s with no fields from a stranger → NOT_BOUND', async (action) => {
    expectFail(await cloud.call({ action }, 'wx-stranger'), 'NOT_BOUND')
  })

  it.each(ACTIONS)('%s refuses an event carrying an openid (identity comes from the context only)', async (action) => {
    const res = expectFail(await cloud.call({ action, openid: as(P.staff) }, as(P.b1Member)), 'INVALID_INPUT')
    expect(res.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'openid' })]))
  })

  it.each([['OPENID'], ['memberId'], ['_openid'], ['roles']])('whoami refuses the extra field %s', async (field) => {
    expectFail(await cloud.call({ action: 'whoami', [field]: as(P.staff) }, as(P.b1Member)), 'INVALID_INPUT')
  })

  it('ignores userInfo (WeChat injects it; it is never trusted)', async () => {
    const data = expectOk(await cloud.call({ action: 'whoami', userInfo: { openId: as(P.staff) } }, as(P.b1Member)))
    expect(data.member._id).toBe(P.b1Member)
  })

  it('a stranger cannot become someone by naming their openid', async () => {
    expect(expectOk(await cloud.call({ action: 'whoami', userInfo: { openId: as(P.staff) } }, 'wx-stranger'))).toEqual({ bound: false })
  })

  it('turns an unexpected exception into INTERNAL and logs it', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const main = defineFunction({
      name: 'test',
      actions: {
        boom: {
          schema: v.object({}),
          auth: 'none',
          handler: async () => {
            throw new TypeError('kaput')
          }
        }
      }
    })
    expect(await main({ action: 'boom' })).toEqual({ ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' })
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
  })

  it('answers a non-object event with INVALID_INPUT', async () => {
    const main = defineFunction({ name: 'test', actions: {} })
    for (const event of [null, 'x', [], 3]) expectFail(await main(event), 'INVALID_INPUT')
  })
})
