// Study (issue 13) in Chromium against the real local cloud (seeded demo): the secretary 王建军 adds an item to
// this month of 第一养护中心党支部's plan and pushes it as a task; 赵永平 files a study report from 我的学习 (a
// draft is saved as he types); 王建军 returns it with a reason from 学习审核; 赵永平 sees the reason, fixes it and
// files again; 王建军 accepts it; 赵永平's hours go up by the task's 学时; a period computed for org-b1 scores his
// 学习任务完成 item instead of "no data". Then a quarterly analysis decided 集中重学 creates the relearn task.
import type { Page } from 'playwright-core'
import { signInAs, setUpApp, text, visible } from './app'
import { openPushForm, thisMonth } from './studySteps'

jest.setTimeout(180_000)

const app = setUpApp()

const TITLE = '学习习近平总书记关于交通强国的重要论述（e2e）'
const INSIGHTS = '通过学习，深刻认识到交通强国建设对养护一线提出了更高要求，要在岗位上当好先锋。'

async function openidOf(memberId: string): Promise<string> {
  const [binding] = app.cloud.engine.find('bindings', { memberId }, {}) as Array<{ _id: string }>
  return binding._id
}

async function callAs(memberId: string, fn: string, event: object): Promise<any> {
  const reply = (await app.cloud.invoke(fn, event as Record<string, unknown>, {
    openid: await openidOf(memberId),
    source: 'wx_client'
  })) as any
  if (!reply.ok) throw new Error(`${JSON.stringify(event)} → ${reply.code} ${reply.message}`)
  return reply.data
}

const hoursOf = async (page: Page) => (await visible(page, '[data-figure="hours"]').first().textContent())!.trim()

describe('study in Chromium', () => {
  it('push → report → returned → refiled → accepted → hours and the assessment item', async () => {
    const { year } = thisMonth()

    // ---- 王建军 adds an item to this month and pushes it.
    const { page: sp, form } = await openPushForm(app, TITLE)
    await form.locator('textarea').first().fill('请认真学习原文并提交学习报告单')
    await form.getByText('布置', { exact: true }).click()
    await text(sp, '学习任务已布置').waitFor()

    // ---- 赵永平 files a report (a draft is saved as he types).
    const he = await app.phonePage()
    await signInAs(he, app.url, '赵永平')
    await text(he, '赵永平，您好').waitFor()
    await text(he, '我的学习', { exact: true }).click()
    await text(he, `${year}年我的学习`).waitFor()
    const before = await hoursOf(he)
    await visible(he, '[data-task]').filter({ hasText: TITLE }).first().click()
    await text(he, '请认真学习原文并提交学习报告单').waitFor()
    await visible(he, 'textarea[placeholder="学了什么（篇目、章节）"]').first().fill('交通强国建设纲要')
    await text(he, /草稿已保存/).waitFor()
    await visible(he, 'textarea[placeholder="有什么体会"]').first().fill(INSIGHTS)
    await visible(he, 'textarea[placeholder="工作和生活中准备怎么改"]').first().fill('每周主动参与一次路况巡查')
    await text(he, '提交学习报告', { exact: true }).click()
    await text(he, '已提交学习报告').waitFor()
    const reportUrl = he.url()

    // ---- 王建军 returns it with a reason.
    await sp.goto(`${app.url}/#/study/pages/reports/index`)
    await sp.reload()
    const mine = visible(sp, '[data-report]')
      .filter({ hasText: `赵永平 · ${TITLE}` })
      .first()
    await mine.waitFor()
    await mine.getByText('退回', { exact: true }).click()
    await mine.locator('input').first().fill('改进举措请写出具体做法和频次')
    await mine.getByText('确认退回', { exact: true }).click()
    await mine.getByText('已退回').waitFor()

    // ---- 赵永平 sees the reason, fixes it and files again.
    await he.goto(reportUrl)
    await he.reload()
    await text(he, '退回原因：改进举措请写出具体做法和频次').waitFor()
    await visible(he, 'textarea[placeholder="工作和生活中准备怎么改"]').first().fill('每周两次参与路况巡查，发现病害当天上报')
    await text(he, '重新提交', { exact: true }).click()
    await text(he, '已提交学习报告').waitFor()

    // ---- 王建军 accepts it.
    await sp.reload()
    const again = visible(sp, '[data-report]')
      .filter({ hasText: `赵永平 · ${TITLE}` })
      .first()
    await again.getByText('通过', { exact: true }).click()
    await again.getByText('已通过').waitFor()

    // ---- 赵永平's hours went up by the task's 2 学时.
    await he.goto(`${app.url}/#/study/pages/my/index`)
    await he.reload()
    await visible(he, '[data-task]').filter({ hasText: TITLE }).getByText('已通过').first().waitFor()
    const after = await hoursOf(he)
    expect(Number.parseFloat(after) - Number.parseFloat(before)).toBe(2)
    await app.shot(he, 'study-my')

    // ---- A period of this year for org-b1: 赵永平's 学习任务完成 is scored, not "no data".
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString()
    const { period } = await callAs('m03', 'assessment', {
      action: 'openPeriod',
      orgId: 'org-b1',
      name: `${year}年度学习检验`,
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
    await he.goto(`${app.url}/#/assessment/pages/my/index`)
    await text(he, '我的考评').waitFor()
    await text(he, '查看详情 ›').click()
    await text(he, '各方面得分与支部平均').waitFor()
    const item = visible(he, '.result__item[data-item="study-completion"]').first()
    await item.waitFor()
    expect((await item.locator('.result__item-score').textContent())!.trim()).toMatch(/^[\d.]+\/5$/)
  })

  it('a quarterly analysis decided 集中重学 creates the relearn task on the member’s list', async () => {
    // 马德明's analysis of the quarter was commented by his group (the demo): 王建军 decides it.
    const sp = await app.phonePage()
    await signInAs(sp, app.url, '王建军')
    await text(sp, '王建军，您好').waitFor()
    await sp.goto(`${app.url}/#/study/pages/analyses/index`)
    await sp.reload()
    const card = visible(sp, '[data-analysis]').filter({ hasText: '马德明' }).first()
    await card.getByText('马德明').click()
    await card.getByText('集中重学', { exact: true }).click()
    await card.locator('input').first().fill('对照问题重新学习')
    await card.getByText('评定为集中重学', { exact: true }).click()
    await card.getByText('支部评定：集中重学（对照问题重新学习）').waitFor()
    await app.putDown(sp)
    const m = await app.phonePage()
    await signInAs(m, app.url, '马德明')
    await text(m, '马德明，您好').waitFor()
    await m.goto(`${app.url}/#/study/pages/my/index`)
    await m.reload()
    await visible(m, '[data-task]').filter({ hasText: '党性分析集中重学' }).first().waitFor()
  })
})
