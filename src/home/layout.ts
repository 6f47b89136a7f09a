// What home shows whom, in which order: each role's own tools first. Committee staff: the committee's
// tools; a branch's secretary, deputy, committee members (and group leaders for activities): the
// branch's; then everyone's own things. Pure; table-tested.
import type { RoleGrant, RoleName } from '@shared/member/api'
import { isStaff } from '@shared/member/roles'
import { assessDeskNote } from '@/assessment/deskAccess'
import { ASSESS_ORG_PAGES } from '@/assessment/orgRoutes'
import { ASSESS_PAGES } from '@/assessment/routes'
import { COMMIT_PAGES } from '@/commitment/routes'
import { organiserOrgIds } from '@/checkin/view'
import { BIRTHDAY_PAGES } from '@/birthday/routes'
import { COMMITTEE_PLAN_PAGE, STUDY_PAGES } from '@/study/routes'
import { PAGES } from '@/core/session'
import { VOICE_PAGES } from '@/voice/routes'
import { CARE_PAGES } from '@/care/routes'

export interface Tile {
  title: string
  note: string
  url: string
}

export const TILES = {
  orgs: { title: '组织架构', note: '党委 · 新增修改', url: PAGES.orgs },
  import: { title: '导入名册', note: '表格批量导入', url: PAGES.import },
  ledger: { title: '签到台账', note: '各支部 · 出勤 · 导出', url: PAGES.ledger },
  assessOverview: { title: '考评总览', note: '各支部旗帜分布', url: ASSESS_ORG_PAGES.overview },
  rubric: { title: '考评细则', note: '方面 · 权重 · 分数线', url: ASSESS_ORG_PAGES.rubric },
  commitTemplate: { title: '承诺卡模板', note: '栏目 · 条数 · 自查时间', url: COMMIT_PAGES.template },
  commitCompletion: { title: '承诺完成情况', note: '各支部通过 · 自查', url: COMMIT_PAGES.completion },
  fiftyYears: { title: '光荣在党50年', note: '年度名单 · 日期未填', url: BIRTHDAY_PAGES.fiftyYears },
  careOccasions: { title: '谈话走访事项', note: '六必谈 · 五必访', url: CARE_PAGES.occasions },
  studyCommitteePlan: { title: '党委学习计划', note: '年度计划 · 下发各支部', url: COMMITTEE_PLAN_PAGE },
  studyCommitteeStats: { title: '各支部学习统计', note: '学时 · 完成率 · 党性分析', url: STUDY_PAGES.committeeStats },
  roster: { title: '支部花名册', note: '党员 · 邀请绑定', url: PAGES.roster },
  orgActivities: { title: '活动签到', note: '组织活动 · 签到屏 · 台账', url: PAGES.orgActivities },
  assessOrg: { title: '考评管理', note: '进度 · 组织评分 · 谈话', url: ASSESS_ORG_PAGES.periods },
  commitReview: { title: '承诺卡审核', note: '审核 · 自查 · 组织任务', url: COMMIT_PAGES.queue },
  birthdays: { title: '政治生日', note: '近期政治生日 · 七个一', url: BIRTHDAY_PAGES.upcoming },
  studyPlan: { title: '学习计划', note: '年度计划 · 布置任务', url: STUDY_PAGES.plan },
  studyReview: { title: '学习审核', note: '学习报告 · 党性分析', url: STUDY_PAGES.reports },
  studyStats: { title: '学习统计', note: '学时 · 完成率 · 导出', url: STUDY_PAGES.stats },
  card: { title: '我的身份卡', note: '亮身份', url: PAGES.card },
  checkin: { title: '签到', note: '扫码 · 签到码', url: PAGES.checkin },
  activities: { title: '我的活动', note: '出勤记录', url: PAGES.activities },
  assess: { title: '考评', note: '评分 · 结果 · 评比台', url: ASSESS_PAGES.my },
  commitment: { title: '我的承诺卡', note: '年度承诺 · 季度自查', url: COMMIT_PAGES.my },
  reminders: { title: '消息提醒', note: '微信提醒 · 开启 · 不再接收', url: BIRTHDAY_PAGES.reminders },
  study: { title: '我的学习', note: '学习任务 · 学时 · 党性分析', url: STUDY_PAGES.my },
  voiceBranch: { title: '党员建议', note: '受理 · 答复 · 统计', url: VOICE_PAGES.branch },
  care: { title: '同步关爱', note: '六必谈 · 五必访 · 提醒', url: CARE_PAGES.todo },
  voice: { title: '随手拍', note: '反映情况 · 提建议', url: VOICE_PAGES.mine }
} satisfies Record<string, Tile>

export type TileId = keyof typeof TILES

export interface HomeSection {
  id: 'committee' | 'branch' | 'mine'
  title: string
  tiles: TileId[]
}

/** Features later releases build: shown after my own tiles, visibly not yet available. */
export const COMING_SOON: string[] = []

const has = (roles: readonly RoleGrant[], names: readonly RoleName[]) => roles.some((g) => names.includes(g.role))

export function homeSections(roles: readonly RoleGrant[] | null | undefined): HomeSection[] {
  const r = roles ?? []
  const sections: HomeSection[] = []
  if (isStaff(r))
    sections.push({
      id: 'committee',
      title: '党委工作',
      tiles: [
        'orgs',
        'import',
        'ledger',
        'assessOverview',
        'rubric',
        'commitTemplate',
        'commitCompletion',
        'fiftyYears',
        'careOccasions',
        'studyCommitteePlan',
        'studyCommitteeStats'
      ]
    })
  const branch: TileId[] = []
  // The roster of a branch (its secretary, deputy); staff read rosters from the org tree's branches.
  if (has(r, ['secretary', 'deputy'])) branch.push('roster')
  if (organiserOrgIds(r).length) branch.push('orgActivities')
  if (assessDeskNote(r)) branch.push('assessOrg', 'commitReview')
  // The branch committee keeps its members' political birthdays (the birthday function's upcoming).
  if (has(r, ['secretary', 'deputy', 'committeeMember'])) branch.push('birthdays')
  // Study: the branch committee plans, pushes and reads the stats; group leaders review their group's reports.
  if (has(r, ['secretary', 'deputy', 'committeeMember'])) branch.push('studyPlan', 'studyReview', 'studyStats')
  else if (has(r, ['groupLeader'])) branch.push('studyReview')
  // The branch committee answers its members' suggestions (and reads its dispatched members').
  if (has(r, ['secretary', 'deputy', 'committeeMember'])) branch.push('voiceBranch')
  // The secretary's care to-dos (talks and visits the triggers ask for).
  if (has(r, ['secretary'])) branch.push('care')
  if (branch.length) sections.push({ id: 'branch', title: '支部工作', tiles: branch })
  sections.push({
    id: 'mine',
    title: '我的',
    tiles: ['card', 'checkin', 'activities', 'assess', 'commitment', 'study', 'voice', 'reminders']
  })
  return sections
}

/** A tile's note for these roles: 考评管理 says what the caller does there (the secretary manages, the rest rate). */
export function tileNote(id: TileId, roles: readonly RoleGrant[] | null | undefined): string {
  return (id === 'assessOrg' ? assessDeskNote(roles) : null) ?? TILES[id].note
}
