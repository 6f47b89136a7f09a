// 我的考评 in one call (myPeriods): each period with what the caller does or gets there, decided on the server
// exactly as rateTargets and memberResult answer them one by one.
import { B1_ASSESSED, openB1, orgRateAll, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()
const mine = async (who: string) => (await cloud.ok({ action: 'myPeriods' }, who)).periods

describe('myPeriods', () => {
  it('gives a member their rating tasks while rating, none once closed, and their own result once published', async () => {
    const p = await openB1(cloud)
    const [rating] = await mine('m07')
    expect(rating.period._id).toBe(p._id)
    expect(rating.desk).toBe(false)
    expect(rating.targets).toEqual((await cloud.ok({ action: 'rateTargets', periodId: p._id }, 'm07')).targets)
    expect(rating.targets.filter((t: { source: string }) => t.source === 'self')).toHaveLength(1)
    expect(rating.result).toBeNull()

    await cloud.ok({ action: 'rate', periodId: p._id, source: 'self', memberId: 'm07', scores: scores('self') }, 'm07')
    expect((await mine('m07'))[0].targets.find((t: { source: string }) => t.source === 'self').mine).not.toBeNull()

    await orgRateAll(cloud, p._id, () => 0.9)
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    expect((await mine('m07'))[0]).toMatchObject({ targets: null, result: null })
    await cloud.ok({ action: 'compute', periodId: p._id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: p._id }, 'm03')
    const [published] = await mine('m07')
    expect(published.result).toEqual((await cloud.ok({ action: 'memberResult', periodId: p._id }, 'm07')).result)
    // the secretary sits on the committee: the desk is theirs
    expect((await mine('m03'))[0].desk).toBe(true)
  })

  it('after a close before every organisation rating, gives the committee only the organisation ratings', async () => {
    const p = await openB1(cloud)
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    const [closed] = await mine('m04')
    expect(closed.desk).toBe(true)
    expect(new Set(closed.targets.map((t: { source: string }) => t.source))).toEqual(new Set(['org']))
    expect(closed.targets).toHaveLength(B1_ASSESSED.length - 1)
    expect((await mine('m07'))[0].targets).toBeNull()
  })

  it('lists newest first and answers nothing private of others', async () => {
    const first = await openB1(cloud, { name: '2026年第三季度', from: '2026-07-01', to: '2026-09-30' })
    await cloud.ok({ action: 'closePeriod', periodId: first._id }, 'm03')
    await orgRateAll(cloud, first._id, () => 0.9)
    await cloud.ok({ action: 'compute', periodId: first._id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: first._id }, 'm03')
    const second = await openB1(cloud)
    const periods = await mine('m07')
    expect(periods.map((x: { period: { _id: string } }) => x.period._id)).toEqual([second._id, first._id])
    expect(JSON.stringify(periods)).not.toMatch(/raterKey|"rater"/)
  })
})
