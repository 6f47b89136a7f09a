// The member's own card: myCard (one call for the card screen), saveDraft (as they type; only the owner,
// at the rev they read), copyLastYear, submitCard (complete items, WeChat content security, a new
// immutable version). Nothing is written on a refusal.
import type { CardItem, CommitmentApi } from '@shared/commitment/api'
import { draftIssues, normaliseXItems, submitIssues } from '@shared/commitment/items'
import { transition } from '@shared/commitment/state'
import { openChallenges } from '@shared/commitment/tasks'
import { openWindow } from '@shared/commitment/windows'
import { cardYearOf, shiftDeadline, yearVerdict } from '@shared/commitment/year'
import { X_SECTION } from '@shared/commitment/api'
import { type Caller, requireCaller } from '@server/auth'
import { getOrNull } from '@server/db'
import { AppError, conflict, notFound } from '@server/errors'
import type { CardDoc, CardVersionDoc } from '@server/model'
import { action } from '@server/router'
import { v } from '@server/validate'
import { callerOrg, committeeOf, latestTemplate, loadOrg, templateOf } from './access'
import { cardIdOf, checksOf, stateError, tasksFor, tasksOfOrg, toCard, versionIdOf, versionsOf, withCardAt } from './common'
import { assertPublishable } from './moderation'
import { itemsSchema, rev, year } from './schemas'

function assertYear(y: number, now: Date): void {
  const verdict = yearVerdict(y, now)
  if (!verdict.ok) throw new AppError('CARD_YEAR_CLOSED', verdict.message)
}

function invalidItems(issues: Array<{ path: string; message: string }>): AppError {
  return new AppError('CARD_INVALID', `承诺卡填写有误：${issues[0].message}`, issues)
}

export const myCard = action({
  schema: v.object({ year: v.optional(year()) }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['myCard']['res']> {
    const caller = await requireCaller(db, openid)
    const y = input.year ?? cardYearOf(now)
    const id = cardIdOf(caller.memberId, y)
    const card = await getOrNull(db, 'commitmentCards', id)
    const org = await loadOrg(db, card?.orgId ?? caller.member.assessingOrgId)
    const committeeId = await committeeOf(db, org)
    const template = card ? await templateOf(db, card.templateId, committeeId) : await latestTemplate(db, committeeId)
    const tasks = await tasksOfOrg(db, org._id, y)
    const [versions, checks, lastYear] = await Promise.all([
      card ? versionsOf(db, id) : [],
      card ? checksOf(db, id) : [],
      getOrNull(db, 'commitmentCards', cardIdOf(caller.memberId, y - 1))
    ])
    return {
      year: y,
      template,
      card: card ? toCard(card) : null,
      tasks: tasksFor(tasks, caller.memberId),
      challenges: openChallenges(tasks, caller.memberId),
      versions,
      window: openWindow(y, template.checkWindow, now),
      checks,
      lastYear: !!lastYear,
      orgId: org._id,
      orgName: org.name
    }
  }
})

export const saveDraft = action({
  schema: v.object({ year: year(), items: itemsSchema, rev: rev() }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['saveDraft']['res']> {
    const caller = await requireCaller(db, openid)
    assertYear(input.year, now)
    const id = cardIdOf(caller.memberId, input.year)
    const stored = await getOrNull(db, 'commitmentCards', id)
    const org = stored ? await loadOrg(db, stored.orgId) : await callerOrg(db, caller)
    const committeeId = await committeeOf(db, org)
    const template = stored ? await templateOf(db, stored.templateId, committeeId) : await latestTemplate(db, committeeId)
    const tasks = tasksFor(await tasksOfOrg(db, org._id, input.year), caller.memberId)
    const issues = draftIssues(input.items as CardItem[], template, input.year, tasks)
    if (issues.length) throw invalidItems(issues)
    const items = normaliseXItems(input.items as CardItem[], tasks)
    const at = now.toISOString()
    const card = await withCardAt(db, id, input.rev, async (t, current) => {
      const verdict = transition(current?.status ?? 'none', 'save')
      if (!verdict.ok) throw stateError(verdict.message)
      const next: CardDoc = current
        ? { ...current, items, status: verdict.next, rev: current.rev + 1, updatedAt: at }
        : newCard({ id, caller, orgId: org._id, year: input.year, templateId: template._id, status: verdict.next, items, at })
      const { _id, ...data } = next
      await t.collection('commitmentCards').doc(id).set({ data })
      return next
    })
    return { card: toCard(card) }
  }
})

/** A member's first version of a year's card: rev 1, nothing submitted or approved yet. */
function newCard(c: {
  id: string
  caller: Caller
  orgId: string
  year: number
  templateId: string
  status: CardDoc['status']
  items: CardDoc['items']
  at: string
}): CardDoc {
  return {
    _id: c.id,
    memberId: c.caller.memberId,
    memberName: c.caller.member.name,
    orgId: c.orgId,
    year: c.year,
    templateId: c.templateId,
    status: c.status,
    items: c.items,
    rev: 1,
    approvedVersion: null,
    lastVersion: 0,
    returnNote: null,
    withdrawn: null,
    updatedAt: c.at,
    approvedItems: null,
    approvedAt: null
  }
}

export const copyLastYear = action({
  schema: v.object({ year: year() }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['copyLastYear']['res']> {
    const caller = await requireCaller(db, openid)
    assertYear(input.year, now)
    const last = await getOrNull(db, 'commitmentCards', cardIdOf(caller.memberId, input.year - 1))
    if (!last) throw notFound(`没有找到 ${input.year - 1} 年的承诺卡`)
    const id = cardIdOf(caller.memberId, input.year)
    if (await getOrNull(db, 'commitmentCards', id)) throw conflict(`${input.year} 年的承诺卡已经开始填写，不能再复制去年的`)
    const org = await callerOrg(db, caller)
    const template = await latestTemplate(db, await committeeOf(db, org))
    const sections = new Set(template.sections.map((s) => s.id))
    // Last year's approved items (else its working copy), X items left out (they were last year's tasks).
    const items = (last.approvedItems ?? last.items)
      .filter((x) => x.section !== X_SECTION && sections.has(x.section))
      .map((x) => ({ id: x.id, section: x.section, what: x.what, target: x.target, deadline: shiftDeadline(x.deadline, input.year) }))
    const at = now.toISOString()
    const card = await withCardAt(db, id, 0, async (t) => {
      const next = newCard({ id, caller, orgId: org._id, year: input.year, templateId: template._id, status: 'draft', items, at })
      const { _id, ...data } = next
      await t.collection('commitmentCards').doc(id).set({ data })
      return next
    })
    return { card: toCard(card) }
  }
})

export const submitCard = action({
  schema: v.object({ year: year(), rev: rev() }),
  async handler(input, { db, openid, now }): Promise<CommitmentApi['submitCard']['res']> {
    const caller = await requireCaller(db, openid)
    assertYear(input.year, now)
    const id = cardIdOf(caller.memberId, input.year)
    const stored = await getOrNull(db, 'commitmentCards', id)
    if (!stored) throw stateError('还没有填写承诺卡')
    if (stored.rev !== input.rev) throw conflict('承诺卡刚被修改，请刷新后重试', { rev: stored.rev })
    const verdict = transition(stored.status, 'submit')
    if (!verdict.ok) throw stateError(verdict.message)
    const org = await loadOrg(db, stored.orgId)
    const template = await templateOf(db, stored.templateId, await committeeOf(db, org))
    const tasks = tasksFor(await tasksOfOrg(db, org._id, input.year), caller.memberId)
    const issues = [...draftIssues(stored.items, template, input.year, tasks), ...submitIssues(stored.items, template)]
    if (issues.length) throw invalidItems(issues)
    const items = normaliseXItems(stored.items, tasks)
    await assertPublishable(openid, items)
    const at = now.toISOString()
    const card = await withCardAt(db, id, input.rev, async (t, current) => {
      const cur = current as CardDoc
      const version = cur.lastVersion + 1
      const next: CardDoc = { ...cur, items, status: verdict.next, rev: cur.rev + 1, lastVersion: version, returnNote: null, updatedAt: at }
      const doc: Omit<CardVersionDoc, '_id'> = {
        cardId: id,
        memberId: cur.memberId,
        orgId: cur.orgId,
        version,
        items,
        submittedAt: at,
        decision: null,
        decidedAt: null,
        decidedBy: null,
        decidedByName: null,
        returnNote: null
      }
      await t.collection('commitmentVersions').doc(versionIdOf(id, version)).set({ data: doc })
      const { _id, ...data } = next
      await t.collection('commitmentCards').doc(id).set({ data })
      return next
    })
    return { card: toCard(card) }
  }
})
