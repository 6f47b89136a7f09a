/** @jest-environment node */
import { validateBind } from '@/member/bind'

describe('validateBind', () => {
  it.each([
    ['phone', { name: ' 王芳 ', phoneLast4: '1234' }, { ok: true, details: { name: '王芳', phoneLast4: '1234' } }],
    ['phone', { name: '', phoneLast4: '1234' }, { ok: false, message: '请输入姓名' }],
    ['phone', { name: '王芳', phoneLast4: '123' }, { ok: false, message: '请输入手机号后4位数字' }],
    ['phone', { name: '王芳', phoneLast4: '12a4' }, { ok: false, message: '请输入手机号后4位数字' }],
    ['phone', { name: '王芳' }, { ok: false, message: '请输入手机号后4位数字' }],
    ['invite', { inviteCode: ' AB 12 ' }, { ok: true, details: { inviteCode: 'AB12' } }],
    ['invite', { inviteCode: '   ' }, { ok: false, message: '请输入邀请码' }],
    ['invite', { name: '王芳', phoneLast4: '1234' }, { ok: false, message: '请输入邀请码' }]
  ])('%s %j → %j', (mode, input, result) => {
    expect(validateBind(mode as any, input)).toEqual(result)
  })
})
