import { answer, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})

const bindCalls = () => wx.cloud.callFunction.mock.calls.map(([a]) => a).filter((a) => a.data.action === 'bind')

describe('login page (weapp build)', () => {
  it('asks whoami through wx.cloud and relaunches a member to home', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/login/index')
    await waitUntil(() => wx.reLaunch.mock.calls.length > 0, 'reLaunch')
    expect(wx.reLaunch.mock.calls[0][0].url).toBe('/pages/home/index')
    expect(wx.cloud.callFunction.mock.calls[0][0]).toEqual({ name: 'member', data: { action: 'whoami' } })
    expect(page.text()).not.toContain('选择演示身份')
  })

  it.each([
    ['a secretary', whoSecretary],
    ['committee staff', whoStaff]
  ])('relaunches %s to home too (their tools first there), not to a roster', async (_n, who) => {
    answer({ 'member.whoami': () => ok(who()) })
    page = mountPage('pages/login/index')
    await waitUntil(() => wx.reLaunch.mock.calls.length > 0, 'reLaunch')
    expect(wx.reLaunch.mock.calls[0][0].url).toBe('/pages/home/index')
  })

  it('sent from a page (?to=, encoded as WeChat hands it), goes back there after sign-in', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/login/index', { to: encodeURIComponent('/assessment/pages/board/index?periodId=p0') })
    await waitUntil(() => wx.reLaunch.mock.calls.length > 0, 'reLaunch')
    expect(wx.reLaunch.mock.calls[0][0].url).toBe('/assessment/pages/board/index?periodId=p0')
  })

  it('binds an unbound WeChat user with name + last 4 phone digits', async () => {
    answer({ 'member.whoami': () => ok({ bound: false }), 'member.bind': () => ok(whoMember()) })
    page = mountPage('pages/login/index')
    await page.findText('绑定党员身份')
    await page.input('bind-form__input', '王芳', 0)
    await page.input('bind-form__input', '1234', 1)
    await page.tap('确认绑定')
    await waitUntil(() => wx.reLaunch.mock.calls.length > 0, 'reLaunch after bind')
    expect(bindCalls()).toEqual([{ name: 'member', data: { action: 'bind', name: '王芳', phoneLast4: '1234' } }])
    expect(wx.reLaunch.mock.calls[0][0].url).toBe('/pages/home/index')
  })

  it('binds with an invitation code', async () => {
    answer({ 'member.whoami': () => ok({ bound: false }), 'member.bind': () => ok(whoSecretary()) })
    page = mountPage('pages/login/index')
    await page.tap('邀请码')
    await waitUntil(() => page!.byClass('bind-form__input').length === 1, 'the single invite input')
    await page.input('bind-form__input', 'K7Q2-9XZ')
    await page.tap('确认绑定')
    await waitUntil(() => bindCalls().length > 0, 'bind call')
    expect(bindCalls()[0].data).toEqual({ action: 'bind', inviteCode: 'K7Q2-9XZ' })
  })

  it('shows the lock-out message from the server and stays on the form', async () => {
    answer({
      'member.whoami': () => ok({ bound: false }),
      'member.bind': () => fail('BIND_LOCKED', '尝试次数过多，该身份已锁定15分钟，请稍后再试')
    })
    page = mountPage('pages/login/index')
    await page.input('bind-form__input', '王芳', 0)
    await page.input('bind-form__input', '0000', 1)
    await page.tap('确认绑定')
    await page.findText('尝试次数过多，该身份已锁定15分钟，请稍后再试')
    expect(wx.reLaunch).not.toHaveBeenCalled()
  })

  it('shows a Chinese network message when the cloud cannot be reached, and retries', async () => {
    let n = 0
    answer({
      'member.whoami': () => {
        n += 1
        if (n <= 2) throw { errMsg: 'cloud.callFunction:fail request:fail' }
        return ok(whoMember())
      }
    })
    page = mountPage('pages/login/index')
    await page.findText('网络连接失败，请检查网络后重试')
    expect(n).toBe(2) // whoami is read-only: retried once automatically
    await page.tap('重试')
    await waitUntil(() => wx.reLaunch.mock.calls.length > 0, 'reLaunch after retry')
  })
})
