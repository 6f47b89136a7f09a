// The demo commitment cards 亮承诺 of 第一养护中心党支部 (org-b1) for the card year of `now`: an approved
// wall of 8 cards (secretary, deputy, committee member, both group leaders and three members), 2 cards
// returned with a reason and per-item comments (石永福, 朱春燕), and 何小军 (unbound) without a card — the
// branch has 11 members, so 8 + 2 + 1 (the issue's "3 missing" needs 13). Department X tasks (年度 to
// all, 季度 to the bridge group, 月度 to one member) and a 揭榜挂帅 challenge (3 places, 2 taken), on the
// cards of those they apply to. Self-checks for the last window that has opened: 5 accepted, 1 waiting,
// 1 returned. The wall's public link has a fixed token (DEMO_WALL_TOKEN) so the README can open it.
// Built through the function's rules (draftIssues + submitIssues, the state table, normaliseXItems,
// appliesTo) and written with doc(id).set: seeding twice leaves the same data.
import type { CardItem, CheckEntry, SelfCheck, XTask } from '@shared/commitment/api'
import { draftIssues, normaliseXItems, submitIssues } from '@shared/commitment/items'
import { type CardEvent, type CardState, transition } from '@shared/commitment/state'
import { appliesTo } from '@shared/commitment/tasks'
import { defaultTemplate } from '@shared/commitment/template'
import { currentOrLastWindow, quarterEnd } from '@shared/commitment/windows'
import { cardYearOf } from '@shared/commitment/year'
import type { Database } from '@server/cloud'
import type { CardDoc, CardVersionDoc, WallLinkDoc } from '@server/model'
import { demoMembers } from './demo'
import { putAll } from './put'

export const DEMO_WALL_TOKEN = 'demo-wall-org-b1-public-link'
const ORG = 'org-b1'
const DAY = 86_400_000

const APPROVED = ['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10']
const RETURNED = ['m12', 'm13']

/** Each member's five commitments: [what, target, month of the deadline or null]. */
const WORDS: Record<string, Array<[string, string, number | null]>> = {
  m03: [
    ['抓好支部班子建设', '全年召开支委会 12 次', 12],
    ['落实“三会一课”', '每季度讲党课 1 次', 12],
    ['带头联系困难职工', '结对帮扶 3 户', 10],
    ['学习党的二十大精神', '完成专题学习 8 次', 11],
    ['走访沿线群众', '收集意见建议 20 条', 9]
  ],
  m04: [
    ['抓好党员教育管理', '党员学习档案完整率 100%', 12],
    ['推进党建与养护融合', '形成融合案例 2 个', 10],
    ['做好党费收缴', '按月足额收缴', null],
    ['学习养护新技术', '参加培训 4 次', 11],
    ['开展志愿服务', '组织志愿服务 6 次', 12]
  ],
  m05: [
    ['完成路面养护任务', '坑槽修补 300 处', 11],
    ['推广冷补新工艺', '试点路段 5 公里', 9],
    ['安全生产零事故', '全年无安全事故', null],
    ['带学党章党规', '组织小组学习 12 次', 12],
    ['服务过往司乘', '设立便民服务点 1 个', 6]
  ],
  m06: [
    ['完成桥隧检查', '桥梁定检 36 座', 10],
    ['隧道病害整治', '整治病害 15 处', 11],
    ['承诺汛期值守', '汛期 24 小时响应', 9],
    ['学习桥梁检测规范', '通过岗位考试', 8],
    ['帮助新职工成长', '带徒 2 名', 12]
  ],
  m07: [
    ['路面日常巡查', '每日巡查不漏段', null],
    ['参与冬季除雪', '主线 2 小时内通行', 12],
    ['爱护养护机械', '设备完好率 98%', 12],
    ['学习《党章》', '撰写心得 4 篇', 11],
    ['参加社区服务', '志愿服务 24 小时', 12]
  ],
  m08: [
    ['做好桥梁保洁', '月度保洁 100%', null],
    ['提出合理化建议', '采纳建议 2 条', 10],
    ['遵守操作规程', '零违章', null],
    ['学习安全知识', '安全考试 90 分以上', 6],
    ['关心困难群众', '走访 4 次', 12]
  ],
  m09: [
    ['传帮带年轻党员', '结对 2 名青年党员', 12],
    ['讲好养路故事', '讲述 4 次', 11],
    ['坚持义务巡路', '每月 4 次', null],
    ['读红色经典', '读书 6 本', 12],
    ['调解邻里纠纷', '成功调解 3 起', 12]
  ],
  m10: [
    ['完成标线维护', '标线修复 20 公里', 10],
    ['节约养护材料', '材料损耗下降 5%', 12],
    ['按时参加组织生活', '出勤率 95% 以上', null],
    ['学习法律法规', '参加普法 2 次', 9],
    ['为家乡捐书', '捐书 50 册', 8]
  ],
  m12: [
    ['做好应急保通', '随叫随到', null],
    ['争当先锋', '争当先进个人', null],
    ['遵守纪律', '全年无违纪', null],
    ['学习理论', '每月 1 次', null],
    ['服务群众', '走访 6 次', 12]
  ],
  m13: [
    ['提高业务能力', '通过中级工考核', 11],
    ['积极参与创优', '争创先进班组', 12],
    ['严守工作纪律', '零迟到', null],
    ['学习党史', '学习笔记 1 本', 12],
    ['参加志愿服务', '不少于 4 次', 12]
  ]
}

const RETURN_NOTES: Record<string, { reason: string; item: string; comment: string }> = {
  m12: { reason: '“争优措施”没有可衡量的目标，学习计划请写明内容', item: 'measures-1', comment: '请写明具体措施和完成标准' },
  m13: { reason: '承诺内容较笼统，请结合岗位细化', item: 'goals-1', comment: '请写明考核等级和时间' }
}

/** The card's state after `events` from no card, through the state table (throws on a refused step). */
function walk(events: CardEvent[]) {
  let state: CardState = 'none'
  for (const e of events) {
    const v = transition(state, e)
    if (!v.ok) throw new Error(v.message)
    state = v.next
  }
  return state as Exclude<CardState, 'none'>
}

function sectionItems(memberId: string, year: number): CardItem[] {
  const sections = defaultTemplate(null).sections
  return WORDS[memberId].map(([what, target, month], i) => ({
    id: `${sections[i].id}-1`,
    section: sections[i].id,
    what,
    target,
    deadline: month ? `${year}-${String(month).padStart(2, '0')}-${month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31}` : null
  }))
}

function demoTasks(year: number, now: Date): XTask[] {
  const at = (d: number) => new Date(Math.min(now.getTime() - d * DAY, Date.UTC(year, 11, 31))).toISOString()
  const base = { orgId: ORG, year, limit: null, takers: [] as string[], createdBy: 'm03' }
  return [
    {
      ...base,
      _id: 'tdemob1year0001',
      kind: 'assigned',
      scope: 'year',
      title: '全年养护里程目标分解',
      target: '负责路段优良路率 90% 以上',
      deadline: `${year}-12-31`,
      assignees: 'all',
      createdAt: at(60)
    },
    {
      ...base,
      _id: 'tdemob1quarter01',
      kind: 'assigned',
      scope: 'quarter',
      title: '桥隧汛后专项检查',
      target: '完成 12 座桥梁汛后检查',
      deadline: `${year}-10-31`,
      assignees: ['m04', 'm06', 'm08'],
      createdAt: at(50)
    },
    {
      ...base,
      _id: 'tdemob1month001',
      kind: 'assigned',
      scope: 'month',
      title: '本月除雪物资盘点',
      target: '盘点入库并上报清单',
      deadline: `${year}-12-20`,
      assignees: ['m07'],
      createdAt: at(40)
    },
    {
      ...base,
      _id: 'tdemob1challenge1',
      kind: 'challenge',
      scope: 'year',
      title: '揭榜挂帅：隧道照明节能改造',
      target: '年底前完成 2 座隧道改造，节电 15%',
      deadline: `${year}-12-31`,
      assignees: [],
      limit: 3,
      takers: ['m05', 'm07'],
      createdAt: at(45)
    }
  ]
}

export async function seedDemoCommitment(db: Database, now: Date): Promise<{ cards: number; tasks: number; checks: number }> {
  const year = cardYearOf(now)
  const template = defaultTemplate(null)
  const members = new Map(demoMembers(now).map((m) => [m._id, m]))
  const tasks = demoTasks(year, now)
  const iso = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY).toISOString()
  const cards: CardDoc[] = []
  const versions: CardVersionDoc[] = []
  for (const memberId of [...APPROVED, ...RETURNED]) {
    const mine = tasks.filter((t) => appliesTo(t, memberId))
    const x = mine.map(
      (t): CardItem => ({ id: `x-${t._id}`.slice(0, 24), section: 'x', what: '', target: '', deadline: null, taskId: t._id })
    )
    const items = normaliseXItems([...sectionItems(memberId, year), ...x], mine)
    const problems = draftIssues(items, template, year, mine)
    const returned = RETURNED.includes(memberId)
    // Every demo card was submitted, so it passes the submission rules (a returned one was sent back by a reviewer).
    if (problems.length || submitIssues(items, template).length) {
      throw new Error(`demo card of ${memberId} breaks the rules: ${JSON.stringify([...problems, ...submitIssues(items, template)])}`)
    }
    const status = walk(['save', 'submit', returned ? 'return' : 'approve'])
    const cardId = `${memberId}:${year}`
    const decidedBy = memberId === 'm03' ? 'm04' : 'm03'
    const note = returned
      ? {
          reason: RETURN_NOTES[memberId].reason,
          itemComments: { [RETURN_NOTES[memberId].item]: RETURN_NOTES[memberId].comment },
          by: decidedBy,
          byName: members.get(decidedBy)?.name ?? '',
          at: iso(20)
        }
      : null
    versions.push({
      _id: `${cardId}:v1`,
      cardId,
      memberId,
      orgId: ORG,
      version: 1,
      items,
      submittedAt: iso(30),
      decision: returned ? 'returned' : 'approved',
      decidedAt: iso(20),
      decidedBy,
      decidedByName: members.get(decidedBy)?.name ?? '',
      returnNote: note
    })
    cards.push({
      _id: cardId,
      memberId,
      memberName: members.get(memberId)?.name ?? memberId,
      orgId: ORG,
      year,
      templateId: template._id,
      status,
      items,
      rev: 3,
      approvedVersion: returned ? null : 1,
      lastVersion: 1,
      returnNote: note,
      withdrawn: null,
      updatedAt: iso(20),
      approvedItems: returned ? null : items,
      approvedAt: returned ? null : iso(20)
    })
  }

  // Self-checks of the last window that has opened: 5 accepted, 1 waiting for review, 1 returned.
  const window = currentOrLastWindow(year, template.checkWindow, now)
  const checks: SelfCheck[] = []
  if (window) {
    const plan: Array<[string, SelfCheck['status']]> = [
      ['m03', 'accepted'],
      ['m04', 'accepted'],
      ['m05', 'accepted'],
      ['m06', 'accepted'],
      ['m07', 'accepted'],
      ['m08', 'submitted'],
      ['m09', 'returned']
    ]
    for (const [memberId, status] of plan) {
      const card = cards.find((c) => c.memberId === memberId) as CardDoc
      const dueBy = quarterEnd(year, window.quarter)
      const entries: CheckEntry[] = (card.approvedItems ?? []).map((x, i) => ({
        itemId: x.id,
        progress: x.deadline && x.deadline <= dueBy ? 'done' : i % 2 ? 'doing' : 'notStarted',
        note: x.deadline && x.deadline <= dueBy ? '已按期完成' : '按计划推进中',
        photos: []
      }))
      checks.push({
        _id: `${card._id}:q${window.quarter}`,
        cardId: card._id,
        memberId,
        orgId: ORG,
        year,
        quarter: window.quarter,
        version: 1,
        entries,
        status,
        returnReason: status === 'returned' ? '请补充“读红色经典”的进度说明' : null,
        submittedAt: iso(5),
        reviewedAt: status === 'submitted' ? null : iso(3),
        reviewedBy: status === 'submitted' ? null : 'm03',
        rev: status === 'submitted' ? 1 : 2
      })
    }
  }

  const link: WallLinkDoc = { _id: ORG, token: DEMO_WALL_TOKEN, createdBy: 'm03', createdAt: iso(20) }
  await putAll(db, 'commitmentTasks', tasks)
  await putAll(db, 'commitmentCards', cards)
  await putAll(db, 'commitmentVersions', versions)
  await putAll(db, 'commitmentChecks', checks)
  await putAll(db, 'commitmentWallLinks', [link])
  return { cards: cards.length, tasks: tasks.length, checks: checks.length }
}
