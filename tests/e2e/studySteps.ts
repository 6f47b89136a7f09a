// Steps the study journeys share: the secretary 王建军 adds an item titled `title` to this month of
// 第一养护中心党支部's 学习计划, saves the plan and opens the item's push form.
import type { Locator, Page } from 'playwright-core'
import { cstDate } from '@shared/core/time'
import { type App, signInAs, text, visible } from './app'

/** This CST year and month, as the pages show them. */
export function thisMonth(now = new Date()): { year: number; month: number } {
  const today = cstDate(now)
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }
}

/** Signs 王建军 in, adds the item to this month, saves, taps 布置为学习任务; answers his page and the push form. */
export async function openPushForm(app: App, title: string): Promise<{ page: Page; form: Locator }> {
  const { year, month } = thisMonth()
  const page = await app.phonePage()
  await signInAs(page, app.url, '王建军')
  await text(page, '王建军，您好').waitFor()
  await text(page, '学习计划', { exact: true }).click()
  await text(page, `${year}年学习计划`).waitFor()
  await visible(page, '.chips__chip')
    .filter({ hasText: new RegExp(`^${month}月$`) })
    .first()
    .click()
  await text(page, `+ 添加${month}月学习内容`).click()
  // The month's first added item (the demo's own item of the month is `m<month>`).
  const added = visible(page, `[data-item="m${month}-1"]`).first()
  await added.locator('input').first().fill(title)
  await text(page, '保存计划', { exact: true }).click()
  await text(page, '学习计划已保存').waitFor()
  await added.getByText('布置为学习任务').click()
  return { page, form: visible(page, '[data-push-form]').first() }
}
