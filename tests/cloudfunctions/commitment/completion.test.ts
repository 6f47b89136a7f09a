// exportCompletion: the completion report as one xlsx sheet for committee staff; read back, its rows are
// `completion`'s rows. Read only; everyone else FORBIDDEN.
import { readSheet } from 'read-excel-file/node'
import { approvedCard, P, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()

describe('exportCompletion', () => {
  it('writes completion per branch as one sheet with Chinese headers; read back, it equals `completion`', async () => {
    const card = await approvedCard(cloud, P.b1Member)
    await approvedCard(cloud, P.b1Member2)
    const entries = card.items.map((x: any) => ({ itemId: x.id, progress: 'done', note: '', photos: [] }))
    const { check } = await cloud.ok({ action: 'submitCheck', year: 2026, quarter: 2, entries }, P.b1Member)
    await cloud.ok({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'accept' }, P.b1Secretary)

    const report = await cloud.ok({ action: 'completion' }, P.staff)
    const before = await cloud.snapshot()
    const file = await cloud.ok({ action: 'exportCompletion' }, P.staff)
    expect(await cloud.snapshot()).toEqual(before)
    expect(file).toMatchObject({
      fileName: '承诺完成情况_甘肃公路养护集团党委_2026年.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      rowCount: report.rows.length
    })
    const bytes = Buffer.from(file.base64, 'base64')
    expect(file.bytes).toBe(bytes.length)
    const [header, ...rows] = (await readSheet(bytes)) as unknown[][]
    expect(header).toEqual(['支部', '党员人数', '承诺卡通过', '通过率', '自查获认可', '自查认可率'])
    const pct = (n: number, of: number) => `${Math.round((n / of) * 100)}%`
    expect(rows).toEqual(
      report.rows.map((r: any) => [
        r.orgName,
        r.members,
        r.approved,
        pct(r.approved, r.members),
        r.checksAccepted,
        pct(r.checksAccepted, r.members)
      ])
    )
    expect(rows.find((r) => r[0] === '第一养护中心党支部')).toEqual(['第一养护中心党支部', 11, 2, '18%', 1, '9%'])
  })

  it('exports another year when asked', async () => {
    await approvedCard(cloud, P.b1Member)
    const file = await cloud.ok({ action: 'exportCompletion', year: 2025 }, P.staff)
    expect(file.fileName).toBe('承诺完成情况_甘肃公路养护集团党委_2025年.xlsx')
    const [, ...rows] = (await readSheet(Buffer.from(file.base64, 'base64'))) as unknown[][]
    expect(rows.every((r) => r[2] === 0)).toBe(true)
  })

  it.each([
    ['a secretary', P.b1Secretary],
    ['a member', P.b1Member]
  ])('refuses %s (FORBIDDEN, nothing written)', async (_l, who) => {
    await cloud.refused({ action: 'exportCompletion' }, who, 'FORBIDDEN')
  })

  it('refuses a year out of range', async () => {
    await cloud.refused({ action: 'exportCompletion', year: 1999 }, P.staff, 'INVALID_INPUT')
  })
})
