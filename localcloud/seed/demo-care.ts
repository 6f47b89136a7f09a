// The care demo (同步关爱) of 第一养护中心党支部 (org-b1): 王建军 (m03, secretary) flagged 石永福 (m12, a
// dispatched member far from home) for hardship a week ago and nobody has visited yet — a to-do on his
// home; the committee member m05 talked with 杨国栋 (m10) when his post changed, and visited 孙丽娟
// (m08) in hospital. Written with doc(id).set over fixed ids: seeding twice leaves the same data.
import { addDays, cstDate } from '@shared/core/time'
import { DEFAULT_OCCASIONS } from '@shared/care/occasions'
import type { Database } from '@server/cloud'

const occasion = (id: string) => {
  const o = DEFAULT_OCCASIONS.find((x) => x.id === id)
  if (!o) throw new Error(`no occasion ${id}`)
  return o
}

export async function seedDemoCare(db: Database, now: Date): Promise<void> {
  await db
    .collection('careFlags')
    .doc('m12')
    .set({ data: { hardship: true, note: '家在定西，爱人住院，两个孩子上学', since: addDays(now, -7), by: 'm03' } })
  const records = [
    {
      id: 'demo-care-m10-post',
      memberId: 'm10',
      occasionId: 'talk-post',
      days: -20,
      place: '养护站会议室',
      content: '调到隧道班组后的工作和生活安排，了解家乡党组织的联系情况',
      followUp: '一个月后再谈一次'
    },
    {
      id: 'demo-care-m08-ill',
      memberId: 'm08',
      occasionId: 'visit-ill',
      days: -40,
      place: '市第一人民医院',
      content: '看望住院治疗的孙丽娟，送去慰问品，协调班组代班',
      followUp: null
    }
  ]
  for (const r of records) {
    const o = occasion(r.occasionId)
    await db
      .collection('careRecords')
      .doc(r.id)
      .set({
        data: {
          memberId: r.memberId,
          orgId: 'org-b1',
          kind: o.kind,
          occasionId: o.id,
          occasionName: o.name,
          date: cstDate(addDays(now, r.days)),
          place: r.place,
          content: r.content,
          followUp: r.followUp,
          by: 'm05',
          at: addDays(now, r.days)
        }
      })
  }
}
