// Secretary and committee-staff pages in Chromium against the real local cloud (seeded demo):
// an invitation code from the roster to a bound member, and a roster import with a bad row.
import { input, signInAs, setUpApp, text } from './app'

const app = setUpApp()

const HEADER = 'name,phone,partyStatus,employment,homeOrgId,activeOrgIds,assessingOrgId,groupId,joinedAt,fullAt'
const row = (name: string, phone: string) =>
  `${name},${phone},正式党员,合同制,第一养护中心党支部,第一养护中心党支部,第一养护中心党支部,路面养护党小组,2015-07-01,2016-07-01`

describe('org admin in Chromium', () => {
  it('the branch secretary generates an invitation code for 卓玛草, who binds with it on another phone', async () => {
    // 卓玛草 (m20) is unbound and does org life in 第二养护中心党支部, whose secretary is 高建平 (m14).
    const secretary = await app.phone()
    const page = secretary.page
    await signInAs(page, app.url, '高建平')
    await text(page, '支部花名册', { exact: true }).click()
    await text(page, '第二养护中心党支部').waitFor()
    await text(page, '卓玛草', { exact: true }).click()
    await text(page, '邀请绑定').waitFor()
    await text(page, '未绑定微信').waitFor()
    await text(page, '生成邀请码', { exact: true }).click()
    const codeEl = page.locator('.invite__code').filter({ visible: true }).first()
    await codeEl.waitFor()
    const shown = (await codeEl.textContent())!.trim()
    expect(shown).toMatch(/^[2-9A-HJ-NP-Z]{4} [2-9A-HJ-NP-Z]{4}$/)
    const code = shown.replace(/\s+/g, '')
    expect(code).toHaveLength(8)
    await text(page, /有效期至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/).waitFor()
    await text(page, '请成员在“绑定党员身份”页选择“邀请码”输入').waitFor()
    // Large and monospace, to read out or show across a table.
    const style = await codeEl.evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      family: getComputedStyle(el).fontFamily
    }))
    expect(style.size).toBeGreaterThanOrEqual(32)
    expect(style.family).toMatch(/monospace/)
    await page.locator('.invite').filter({ visible: true }).first().scrollIntoViewIfNeeded()
    await app.shot(page, 'invite-code')

    const member = await app.phone()
    await signInAs(member.page, app.url, '新微信用户（未绑定）')
    await text(member.page, '邀请码', { exact: true }).click()
    await input(member.page, '支部书记出示的一次性邀请码').fill(shown) // typed as read out, with the space
    await text(member.page, '确认绑定').click()
    await text(member.page, '卓玛草，您好').waitFor()
    await text(member.page, '我的身份卡').waitFor()

    // Back on the secretary's phone the roster now shows her bound.
    await page.goBack()
    await text(page, '卓玛草', { exact: true }).waitFor()
    await text(page, '搜索', { exact: true }).click()
    await page.locator('.roster__row').filter({ visible: true }).filter({ hasText: '卓玛草' }).filter({ hasNotText: '未绑定' }).waitFor()
  })

  it('committee staff imports two rows, sees the bad one reported and nothing imported, then imports good rows', async () => {
    const page = await app.phonePage()
    await signInAs(page, app.url, '周文斌')
    await text(page, '组织架构').waitFor()
    await text(page, '导入名册', { exact: true }).click()
    await text(page, '姓名,手机号,党员状态,用工类型,组织关系所在,参加组织生活,考核组织,党小组,入党日期,转正日期').waitFor() // the Chinese header shown; the English one still accepted
    const box = page.locator('textarea[placeholder="在此粘贴名册内容"]').filter({ visible: true }).first()
    await box.fill(`${HEADER}\n${row('新党员甲', '13909312001')}\n${row('新党员乙', '1390931200')}`)
    await text(page, '导入', { exact: true }).click()
    await text(page, /未导入任何数据/).waitFor()
    const bad = page.locator('.import__bad-row').filter({ visible: true })
    expect(await bad.count()).toBe(1)
    expect(await bad.first().textContent()).toMatch(/^第 2 行.*手机号/)
    await app.shot(page, 'import-bad-row')

    await box.fill(`${HEADER}\n${row('新党员甲', '13909312001')}\n${row('新党员乙', '13909312002')}`)
    await text(page, '导入', { exact: true }).click()
    await text(page, '导入成功：共 2 人').waitFor()
    expect(await bad.count()).toBe(0)
  })
})
