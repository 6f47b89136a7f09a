// The demo suggestion sheets 随手拍 of 第一养护中心党支部 (org-b1), one in every state, most with photos
// (real PNGs in the local cloud's storage, uploaded through the SDK like any function's upload):
//   赵永平 (m07)  护栏螺栓松动        submitted 5 days ago, not received: overdue (3 days)
//   孙丽娟 (m08)  冷补料受潮结块      received
//   (m09)         排水沟堵塞          handling, 孙建国's committee member m05 named
//   杨国栋 (m10)  隧道口照明灯不亮    answered, waiting for his confirmation (dispatched: his 陇南 village branch sees it)
//   石永福 (m12)  党小组会安排        reopened with a reason 16 days ago: overdue (15 days to answer)
//   (m13)         食堂饭菜价格        closed; hidden from peers
//   赵永平 (m07)  新设备操作培训      a photo still waiting for its content-security verdict (pending)
//   孙丽娟 (m08)  施工区警示不足      a photo judged risky: held (only she and the secretary see it)
// Built through the function's rules (the state table, moderationOf, suggestionIdOf) and written with
// doc(id).set: seeding twice leaves the same data.
import { addDays, cstYmd } from '@shared/core/time'
import type { Category, HistoryAction, PhotoVerdict, Status } from '@shared/voice/api'
import { suggestionIdOf } from '@shared/voice/ids'
import { moderationOf, photoCloudPath } from '@shared/voice/photos'
import { type VoiceEvent, transition } from '@shared/voice/rules'
import { type Database, getCloud } from '@server/cloud'
import type { SuggestionDoc, SuggestionHistoryDoc } from '@server/model'
import { makePng } from '@localcloud/storage/png'

const ORG = 'org-b1'
const SECRETARY = 'm03'
const HANDLER = 'm05'

interface Demo {
  key: string
  memberId: string
  homeOrgId?: string
  category: Category
  title: string
  content: string
  location: string | null
  hidden?: boolean
  daysAgo: number
  photos: PhotoVerdict[]
  /** The branch's and the author's steps after filing: [event, days after filing, by, note]. */
  steps: Array<[VoiceEvent, number, string, string | null]>
}

const ANSWER_LAMP = '已联系机电班更换隧道口 4 盏照明灯，并排查了线路。'

const DEMOS: Demo[] = [
  {
    key: 'guardrail',
    memberId: 'm07',
    category: 'safety',
    title: 'K12+300 护栏螺栓松动',
    content: '巡查时发现 K12+300 处波形护栏有 6 颗螺栓松动，护栏晃动，建议尽快紧固。',
    location: 'G316 K12+300',
    daysAgo: 5,
    photos: ['pass', 'pass'],
    steps: []
  },
  {
    key: 'coldmix',
    memberId: 'm08',
    category: 'production',
    title: '冷补料受潮结块',
    content: '料库里的冷补料有两袋受潮结块，影响坑槽修补质量，建议料库加装防潮垫。',
    location: '第一养护中心料库',
    daysAgo: 3,
    photos: ['pass'],
    steps: [['receive', 1, SECRETARY, null]]
  },
  {
    key: 'ditch',
    memberId: 'm09',
    category: 'masses',
    title: '沿线村民反映排水沟堵塞',
    content: '下河村村民反映路边排水沟被泥沙堵塞，雨天积水漫到村道，希望养护中心帮助清理。',
    location: 'G316 K18 下河村',
    daysAgo: 10,
    photos: ['pass', 'pass', 'pass'],
    steps: [
      ['receive', 1, SECRETARY, null],
      ['assign', 1, SECRETARY, HANDLER]
    ]
  },
  {
    key: 'lamp',
    memberId: 'm10',
    homeOrgId: 'org-v-longnan',
    category: 'safety',
    title: '隧道口照明灯不亮',
    content: '木寨岭隧道出口有 4 盏照明灯不亮，夜间车辆出洞看不清路面。',
    location: '木寨岭隧道出口',
    daysAgo: 8,
    photos: ['pass'],
    steps: [
      ['receive', 0, SECRETARY, null],
      ['answer', 2, SECRETARY, null]
    ]
  },
  {
    key: 'groupmeeting',
    memberId: 'm12',
    category: 'orgLife',
    title: '党小组会能否安排在轮休日',
    content: '桥隧组经常夜间作业，党小组会安排在周三下午很多人参加不了，建议安排在轮休日。',
    location: null,
    daysAgo: 20,
    photos: [],
    steps: [
      ['receive', 1, SECRETARY, null],
      ['answer', 3, 'm04', null],
      ['reopen', 4, 'm12', '调整后的时间还是和夜班冲突']
    ]
  },
  {
    key: 'canteen',
    memberId: 'm13',
    category: 'other',
    title: '食堂饭菜价格',
    content: '食堂部分菜品涨价较多，建议公示成本和价格。',
    location: '中心食堂',
    hidden: true,
    daysAgo: 30,
    photos: ['pass'],
    steps: [
      ['receive', 1, SECRETARY, null],
      ['assign', 1, SECRETARY, 'm04'],
      ['answer', 6, 'm04', null],
      ['confirm', 7, 'm13', null]
    ]
  },
  {
    key: 'training',
    memberId: 'm07',
    category: 'production',
    title: '新设备操作培训',
    content: '新到的综合养护车操作复杂，建议组织一次集中培训。',
    location: null,
    daysAgo: 0,
    photos: ['pending'],
    steps: []
  },
  {
    key: 'worksite',
    memberId: 'm08',
    category: 'safety',
    title: '施工区警示不足',
    content: '施工区前方 200 米没有设置警示标志，建议补设。',
    location: 'G316 K25',
    daysAgo: 1,
    photos: ['pass', 'risky'],
    steps: []
  }
]

const ANSWERS: Record<string, string> = {
  lamp: ANSWER_LAMP,
  groupmeeting: '支委会研究后，桥隧组党小组会调整到每月第一个周四上午。',
  canteen: '已与食堂沟通，每周公示主要菜品成本和价格。'
}

const draftOf = (d: Demo) =>
  `demo${d.key}`
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 32)

/** Demo suggestion ids, by key (tests open them). */
export const demoSuggestionId = (key: string) => {
  const d = DEMOS.find((x) => x.key === key)
  if (!d) throw new Error(`no demo suggestion ${key}`)
  return suggestionIdOf(d.memberId, draftOf(d))
}

const COLORS: Array<[number, number, number]> = [
  [196, 40, 40],
  [40, 110, 180],
  [60, 140, 80],
  [200, 140, 30]
]

export async function seedDemoVoice(db: Database, now: Date): Promise<void> {
  const cloud = getCloud()
  for (const d of DEMOS) {
    const draftId = draftOf(d)
    const id = suggestionIdOf(d.memberId, draftId)
    const at = (days: number) => addDays(now, -d.daysAgo + days)
    const photos = []
    for (const [i, verdict] of d.photos.entries()) {
      const cloudPath = photoCloudPath(d.memberId, draftId, i, 'png')
      const png = makePng({ width: 640, height: 480, color: COLORS[(d.key.length + i) % COLORS.length] })
      const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: png })
      photos.push({ fileID, traceId: verdict === 'pending' ? `demo-waiting-${d.key}` : null, verdict })
    }
    let status: Status = 'submitted'
    const history: SuggestionHistoryDoc[] = [{ at: at(0), action: 'submit' as HistoryAction, by: d.memberId, note: null }]
    const moderation = moderationOf(
      'pass',
      photos.map((p) => p.verdict)
    )
    if (moderation !== 'pending' && photos.length)
      history.push({ at: at(0), action: 'moderated', by: null, note: moderation === 'passed' ? '通过' : '有照片未通过，不公开' })
    const doc: SuggestionDoc = {
      _id: id,
      memberId: d.memberId,
      orgId: ORG,
      homeOrgId: d.homeOrgId ?? ORG,
      year: cstYmd(at(0)).y,
      category: d.category,
      title: d.title,
      content: d.content,
      location: d.location,
      hiddenFromPeers: d.hidden ?? false,
      photos,
      textVerdict: 'pass',
      moderation,
      status,
      handlerId: null,
      answer: null,
      reopenReason: null,
      submittedAt: at(0),
      receivedAt: null,
      answeredAt: null,
      reopenedAt: null,
      closedAt: null,
      history
    }
    for (const [event, day, by, note] of d.steps) {
      const v = transition(status, event)
      if (!v.ok) throw new Error(`demo suggestion ${d.key}: ${event} in ${status}: ${v.message}`)
      status = v.next
      const when = at(day)
      if (event === 'receive') doc.receivedAt = when
      if (event === 'assign') doc.handlerId = note
      if (event === 'answer') {
        doc.answer = ANSWERS[d.key]
        doc.answeredAt = when
      }
      if (event === 'reopen') {
        doc.reopenReason = note
        doc.reopenedAt = when
      }
      if (event === 'confirm') doc.closedAt = when
      history.push({ at: when, action: event, by, note: event === 'assign' ? null : note })
    }
    doc.status = status
    const { _id, ...data } = doc
    await db.collection('suggestions').doc(_id).set({ data })
  }
}
