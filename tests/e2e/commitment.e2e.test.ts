// Commitment cards 5+X (issue 11) in Chromium against the real local cloud (seeded demo): 何小军, the member of
// 第一养护中心党支部 (org-b1) without a card, fills the five sections (an item with neither a target nor a deadline
// is refused) and submits; the secretary 王建军 returns it from 承诺卡审核 with a comment on one item; 何小军 sees
// the comment, fixes the item and resubmits; 王建军 approves; the wall opened through the public link in a browser
// nobody signed in to shows the card and nothing private; 何小军 files the quarter's self-check; 王建军 accepts it;
// a period computed for org-b1 scores 何小军's 承诺卡自查 item instead of "no data".
import type { Page } from 'playwright-core'
import { DEFAULT_TEMPLATE_INPUT } from '@shared/commitment/template'
import { signInAs, setUpApp, text, visible } from './app'

jest.setTimeout(240_000) // a safety net for a loaded machine (npm test runs two journeys at once beside the other lanes), not a speed check

const app = setUpApp()

const cstYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()))

const WHAT = '做什么，例如：完成辖区桥梁季度巡查'
const TARGET = '例如：巡查 12 座桥梁，形成报告 4 份'

/** 何小军's five commitments: [section, what, target]; 争优措施's target is typed only after the refusal. */
const ITEMS: Array<[string, string, string]> = [
  ['goals', '完成辖区路段日常养护', '优良路率 90% 以上'],
  ['measures', '争当养护先锋', '推广冷补工艺 3 公里'],
  ['pledges', '汛期应急值守', '接到通知 1 小时内到岗'],
  ['study', '学习公路养护技术规范', '参加培训 4 次'],
  ['service', '帮助沿线村民', '走访 4 户']
]

async function openidOf(memberId: string): Promise<string> {
  const [binding] = app.cloud.engine.find('bindings', { memberId }, {}) as Array<{ _id: string }>
  return binding._id
}

/** Calls a function with a person's identity (as their phone would): the assessment set-up below. */
async function callAs(memberId: string, fn: string, event: object): Promise<any> {
  const reply = (await app.cloud.invoke(fn, event as Record<string, unknown>, {
    openid: await openidOf(memberId),
    source: 'wx_client'
  })) as any
  if (!reply.ok) throw new Error(`${JSON.stringify(event)} → ${reply.code} ${reply.message}`)
  return reply.data
}

/** The editor of a section's first item on 我的承诺卡. */
const editor = (page: Page, section: string) => visible(page, `.cm-my__section[data-section="${section}"] .cm-edit`).first()

describe('commitment cards in Chromium', () => {
  it('a member fills, is returned, fixes, is approved, shows on the public wall, self-checks; the assessment scores it', async () => {
    const year = cstYear()

    // ---- Set-up written straight to the store, as the assessment e2e reads its set-up from it.
    // The self-check window depends on today's CST date: by default only the quarter's last 15 days to the 15th of
    // the next month, and a committee's saved template may set both numbers only within 1–28 days (saveTemplate
    // refuses more), which still leaves days in every quarter outside any window. So the committee's template is
    // written directly with a window of 92 days before each quarter's end (a whole quarter: some window is open on
    // any date). Cards keep the template they start with, so this is written before 何小军 starts his card.
    await app.cloud.engine.insert('commitmentTemplates', [
      {
        _id: 'org-committee:v1',
        committeeId: 'org-committee',
        version: 1,
        ...JSON.parse(JSON.stringify(DEFAULT_TEMPLATE_INPUT)),
        checkWindow: { daysBeforeQuarterEnd: 92, dayOfNextMonth: 28 },
        savedAt: new Date().toISOString(),
        savedBy: 's01'
      }
    ])
    // 何小军 is the branch's member without a card, and the demo leaves him unbound (the binding demo). Binding is
    // not this journey: he is bound here as the demo binds the others, so the sign-in page lists him.
    await app.cloud.engine.insert('bindings', [{ _id: 'demo:m11', memberId: 'm11', via: 'seed', boundAt: new Date() }])
    const [member] = app.cloud.engine.find('members', { _id: 'm11' }, {}) as Array<{ phone: string }>
    expect(member.phone).toMatch(/^1\d{10}$/)

    // ---- 何小军 fills his card.
    const he = await app.phonePage()
    await signInAs(he, app.url, '何小军')
    await text(he, '何小军，您好').waitFor()
    await text(he, '我的承诺卡', { exact: true }).click()
    await text(he, `${year}年 我的承诺卡`).waitFor()
    await text(he, '未填写', { exact: true }).waitFor()
    // The branch's year task 全年养护里程目标分解 (assigned to all) is on the card as an X item.
    await visible(he, '.cm-my__section[data-section="x"]').getByText('全年养护里程目标分解').first().waitFor()
    for (const [section, what, target] of ITEMS) {
      const item = editor(he, section)
      await item.locator(`input[placeholder="${WHAT}"]`).fill(what)
      if (section !== 'measures') await item.locator(`input[placeholder="${TARGET}"]`).fill(target)
    }
    // 争优措施 has neither a target nor a deadline: an empty slogan is refused, naming the item.
    await text(he, '提交审核', { exact: true }).click()
    const slogan = '请填写可衡量的目标或选择完成时限（至少一项），空口号不能提交'
    await text(he, `「争优措施」第 1 项：${slogan}`).waitFor()
    await editor(he, 'measures').getByText(slogan).waitFor()
    await app.shot(he, 'commit-slogan-refused')
    await editor(he, 'measures').locator(`input[placeholder="${TARGET}"]`).fill(ITEMS[1][2])
    await text(he, '提交审核', { exact: true }).click()
    await text(he, '已提交，等待支部审核').waitFor()

    // ---- 王建军 returns it with a comment on 服务群众.
    const sp = await app.phonePage()
    await signInAs(sp, app.url, '王建军')
    await text(sp, '王建军，您好').waitFor()
    await text(sp, '承诺卡审核', { exact: true }).click()
    await text(sp, `${year}年承诺卡审核`).waitFor()
    await visible(sp, '.cm-queue__row[data-member="m11"]').getByText('待审核').first().waitFor()
    await visible(sp, '.cm-queue__row[data-member="m11"]').first().click()
    await text(sp, `何小军 · ${year}年承诺卡`).waitFor()
    const reviewUrl = sp.url()
    await visible(sp, '.cm-review__item[data-comment="service-1"] input[placeholder="需要修改的地方"]')
      .first()
      .fill('请写明走访对象和次数安排')
    await visible(sp, 'textarea[placeholder="请说明需要修改的地方"]').first().fill('服务群众一项请细化')
    await text(sp, '退回修改', { exact: true }).click()
    await text(sp, '已退回，党员修改后会重新提交').waitFor()

    // ---- 何小军 sees the reason and the comment, fixes the item and resubmits.
    await he.reload()
    await text(he, '退回原因（王建军）').waitFor()
    await text(he, '服务群众一项请细化').waitFor()
    await editor(he, 'service').getByText('审核意见：请写明走访对象和次数安排').waitFor()
    await app.shot(he, 'commit-returned')
    await editor(he, 'service').locator(`input[placeholder="${TARGET}"]`).fill('每季度走访沿线困难村民 2 户')
    await text(he, '重新提交审核', { exact: true }).click()
    await text(he, '已提交，等待支部审核').waitFor()

    // ---- 王建军 approves the second version.
    await sp.goto(reviewUrl)
    await sp.reload()
    await text(sp, '第 2 版').waitFor()
    await text(sp, '每季度走访沿线困难村民 2 户').waitFor()
    await text(sp, '通过', { exact: true }).click()
    await text(sp, '已通过，将在亮承诺墙展示').waitFor()

    // ---- The public link, opened on a phone where nobody is signed in.
    await sp.goto(`${app.url}/#/commitment/pages/queue/index`)
    await text(sp, '亮承诺墙与公开二维码 ›').click()
    await text(sp, '生成公开二维码', { exact: true }).click()
    const qr = visible(sp, '.cm-wallpage__qr').first()
    await qr.waitFor()
    const publicUrl = (await qr.getAttribute('data-url'))!
    expect(publicUrl).toMatch(new RegExp(`^${app.url}/#/commitment/pages/public/index\\?token=`))
    const masses = await app.phonePage()
    await masses.goto(publicUrl)
    await text(masses, `${year}年 亮身份 · 亮目标 · 亮承诺`).waitFor()
    await text(masses, '共 9 名党员').waitFor() // the demo's 8 approved cards and his
    const card = visible(masses, '.cm-wall__card').filter({ hasText: '何小军' }).first()
    await card.getByText('每季度走访沿线困难村民 2 户').waitFor()
    await card.getByText('全年养护里程目标分解').waitFor()
    expect((await card.locator('.cm-wall__post').textContent())!.trim()).toBe('党员')
    const page = (await masses.locator('body').textContent())!
    for (const secret of [member.phone, member.phone.slice(-4), '石门村', '陇南', 'm11', '请写明走访对象和次数安排', '服务群众一项请细化'])
      expect(page).not.toContain(secret)
    expect(masses.url()).not.toContain('login')
    await app.shot(masses, 'commit-public-wall')

    // ---- 何小军 files the quarter's self-check.
    await he.reload()
    await text(he, '已通过，在亮承诺墙展示；修改后须重新审核').waitFor()
    await text(he, '填写季度自查', { exact: true }).click()
    await text(he, '逐项填写完成情况，提交后报支部审核').waitFor()
    const items = visible(he, '.cm-check__item')
    await items.first().waitFor()
    const n = await items.count()
    expect(n).toBe(6) // five sections and the X item
    for (let i = 0; i < n; i++) await items.nth(i).getByText('已完成', { exact: true }).click()
    await text(he, '提交自查', { exact: true }).click()
    await text(he, '已提交自查').waitFor()

    // ---- 王建军 accepts it.
    await sp.goto(reviewUrl)
    await sp.reload()
    await text(sp, '季度自查').waitFor()
    const check = visible(sp, '.cm-review__check').filter({ hasText: '待审核' }).first()
    await check.getByText('认可', { exact: true }).click()
    await text(sp, '已认可').waitFor()

    // ---- A period of this year for org-b1, set up through the function as 王建军 (and his deputy, who rates
    // him), as the assessment e2e does: organisation ratings for all, close, compute, publish.
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString()
    const { period } = await callAs('m03', 'assessment', {
      action: 'openPeriod',
      orgId: 'org-b1',
      name: `${year}年度承诺卡检验`,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      ratingDeadline: inAWeek
    })
    const { rubric } = await callAs('m03', 'assessment', { action: 'rateTargets', periodId: period._id })
    const scores = Object.fromEntries(
      rubric.aspects
        .flatMap((a: any) => a.items)
        .filter((i: any) => i.scoring === 'rated')
        .map((i: any) => [i.id, i.max])
    )
    for (const id of period.memberIds as string[])
      await callAs(id === 'm03' ? 'm04' : 'm03', 'assessment', {
        action: 'rate',
        periodId: period._id,
        source: 'org',
        memberId: id,
        scores
      })
    await callAs('m03', 'assessment', { action: 'closePeriod', periodId: period._id })
    await callAs('m03', 'assessment', { action: 'compute', periodId: period._id })
    await callAs('m03', 'assessment', { action: 'publish', periodId: period._id })

    // ---- 何小军's result: 承诺卡自查 scored (all six items accepted as done), not "no data".
    await he.goto(`${app.url}/#/assessment/pages/my/index`)
    await text(he, '我的考评').waitFor()
    await text(he, '查看详情 ›').click()
    await text(he, '各方面得分与支部平均').waitFor()
    const item = visible(he, '.result__item[data-item="card-self-check"]').first()
    await item.waitFor()
    expect((await item.locator('.result__item-score').textContent())!.trim()).toBe('6/6')
    expect(await item.textContent()).not.toContain('本期无相关数据')
    await item.scrollIntoViewIfNeeded()
    await app.shot(he, 'commit-assessment-item')
  })
})
