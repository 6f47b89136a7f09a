// The commitment card's to-dos, read with `whoami` so the home screen needs one call (until the
// reminders of the political-birthday issue land): the member's own (card missing, draft, returned;
// self-check window open and not filed, or returned) and, for reviewers (the committee of an org), how
// many cards and self-checks wait. The stored cards, checks and templates are the commitment function's
// (lib/model.ts); the rules are shared/commitment's.
import type { CardTemplate, CardTodo } from '@shared/commitment/api'
import { defaultTemplate } from '@shared/commitment/template'
import { memberCardTodo } from '@shared/commitment/todo'
import { openWindowAnyYear } from '@shared/commitment/windows'
import { cardYearOf } from '@shared/commitment/year'
import { BRANCH_COMMITTEE_ROLES } from '@shared/member/roles'
import type { Database } from '@server/cloud'
import { findByIds, getOrNull } from '@server/db'
import type { MemberDoc } from '@server/model'

const total = (res: unknown) => (res as { total: number }).total

async function templateById(db: Database, id: string): Promise<CardTemplate> {
  return (id !== 'default' ? await getOrNull(db, 'commitmentTemplates', id) : null) ?? defaultTemplate(null)
}

export async function cardTodoOf(db: Database, member: MemberDoc, now: Date): Promise<CardTodo[]> {
  const year = cardYearOf(now)
  const card = await getOrNull(db, 'commitmentCards', `${member._id}:${year}`)
  // The open window: of this year's card, or in early January of last year's (Q4 crosses the year).
  const last = card ? null : await getOrNull(db, 'commitmentCards', `${member._id}:${year - 1}`)
  const windowCard = card ?? last
  let open: Parameters<typeof memberCardTodo>[0]['open'] = null
  if (windowCard) {
    const w = openWindowAnyYear((await templateById(db, windowCard.templateId)).checkWindow, now)
    const c = w && w.year === windowCard.year ? windowCard : w ? await getOrNull(db, 'commitmentCards', `${member._id}:${w.year}`) : null
    if (w && c) {
      const check = await getOrNull(db, 'commitmentChecks', `${c._id}:q${w.window.quarter}`)
      open = { year: w.year, window: w.window, approved: c.approvedVersion !== null, check: check?.status ?? null }
    }
  }
  const out = member.assessingOrgId ? memberCardTodo({ year, status: card?.status ?? null, open }) : []

  const reviewed = [...new Set((member.roles ?? []).filter((r) => BRANCH_COMMITTEE_ROLES.includes(r.role)).map((r) => r.orgId))]
  if (reviewed.length) {
    const _ = db.command
    const orgs = await findByIds(db, 'orgs', reviewed)
    for (const orgId of reviewed) {
      const cards = total(await db.collection('commitmentCards').where({ orgId, year, status: 'submitted' }).count())
      const checks = total(
        await db
          .collection('commitmentChecks')
          .where({ orgId, year: _.in([year, year - 1]), status: 'submitted' })
          .count()
      )
      const orgName = orgs.get(orgId)?.name ?? ''
      if (cards) out.push({ kind: 'reviewCards', year, orgId, orgName, count: cards })
      if (checks) out.push({ kind: 'reviewChecks', year, orgId, orgName, count: checks })
    }
  }
  return out
}
