// Convenience checks before sending a bind request (the server is the authority). Pure; table-tested.

export type BindMode = 'phone' | 'invite'

export type BindDetails = { name: string; phoneLast4: string } | { inviteCode: string }

export type BindCheck = { ok: true; details: BindDetails } | { ok: false; message: string }

export function validateBind(mode: BindMode, input: { name?: string; phoneLast4?: string; inviteCode?: string }): BindCheck {
  if (mode === 'invite') {
    const inviteCode = (input.inviteCode ?? '').replace(/\s+/g, '')
    if (!inviteCode) return { ok: false, message: '请输入邀请码' }
    return { ok: true, details: { inviteCode } }
  }
  const name = (input.name ?? '').trim()
  const phoneLast4 = (input.phoneLast4 ?? '').trim()
  if (!name) return { ok: false, message: '请输入姓名' }
  if (!/^\d{4}$/.test(phoneLast4)) return { ok: false, message: '请输入手机号后4位数字' }
  return { ok: true, details: { name, phoneLast4 } }
}
