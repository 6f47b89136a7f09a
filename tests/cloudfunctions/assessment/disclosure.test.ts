// What members and reviewers read of a result when a peer/masses source has fewer than 3 raters: the
// source's score and per-item means would be one or two people's ratings, so they are withheld (null)
// with the count and a note; stored results keep them. And the audit log holds no peer/masses scores.
import { readSheet } from 'read-excel-file/node'
import { SOURCE_LABEL } from '@shared/assessment/api'
import { FEW_RATERS_NOTE } from '@shared/assessment/disclosure'
import { openB1, orgRateAll, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()

/** m07: 3 peers (m08, m09, m10), no masses. m08: 1 peer (m07), 1 masses code. m09: 2 peers. */
async function computed() {
  const { _id: id } = await openB1(cloud)
  for (const rater of ['m08', 'm09', 'm10'])
    await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm07', scores: scores('peer', (m) => m - 1) }, rater)
  await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer', (m) => m / 2) }, 'm07')
  for (const rater of ['m07', 'm08'])
    await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm09', scores: scores('peer') }, rater)
  const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: id, count: 1 }, 'm03')
  await cloud.ok({ action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm08', scores: scores('masses', () => 0) }] })
  await orgRateAll(cloud, id, () => 0.9)
  await cloud.ok({ action: 'closePeriod', periodId: id }, 'm03')
  const res = await cloud.ok({ action: 'compute', periodId: id }, 'm03')
  return { id, res }
}

const of = (results: any[], m: string) => results.find((r: any) => r.memberId === m)
const peerMeans = (r: any) => r.items.filter((i: any) => i.basis === 'rated').map((i: any) => i.sourceMeans.peer)
const massesMeans = (r: any) =>
  r.items.filter((i: any) => i.basis === 'rated' && 'masses' in i.sourceMeans).map((i: any) => i.sourceMeans.masses)

describe('a peer or masses source with fewer than 3 raters is not shown on its own', () => {
  it('compute, results and memberResult: score and per-item means null, the count and the note kept; 3 raters shown', async () => {
    const { id, res } = await computed()
    await cloud.ok({ action: 'publish', periodId: id }, 'm03')
    const reviewed = (await cloud.ok({ action: 'results', periodId: id }, 'm04')).results
    const own = (m: string) => cloud.ok({ action: 'memberResult', periodId: id }, m).then((x) => x.result)
    for (const m08 of [
      of(res.results, 'm08'),
      of(reviewed, 'm08'),
      await own('m08'),
      (await cloud.ok({ action: 'memberResult', periodId: id, memberId: 'm08' }, 'm03')).result
    ]) {
      expect(m08.sources.peer).toEqual({ score: null, max: 78, raters: 1, note: FEW_RATERS_NOTE })
      expect(m08.sources.masses).toEqual({ score: null, max: 28, raters: 1, note: FEW_RATERS_NOTE })
      expect(peerMeans(m08).every((x: unknown) => x === null)).toBe(true)
      expect(massesMeans(m08)).toEqual([null, null, null, null, null])
      expect(m08.sources.org.score).toEqual(expect.any(Number))
    }
    for (const m09 of [of(res.results, 'm09'), of(reviewed, 'm09'), await own('m09')]) {
      expect(m09.sources.peer).toEqual({ score: null, max: 78, raters: 2, note: FEW_RATERS_NOTE })
    }
    for (const m07 of [of(res.results, 'm07'), of(reviewed, 'm07'), await own('m07')]) {
      expect(m07.sources.peer).toEqual({ score: 64, max: 78, raters: 3 }) // 14 items, each max − 1
      expect(peerMeans(m07).every((x: unknown) => typeof x === 'number')).toBe(true)
    }
    // The computation is unchanged: the stored result keeps the means (the total uses them).
    const stored = (await cloud.all('results', { periodId: id })).find((r) => r.memberId === 'm08')
    expect(stored.sources.peer).toEqual({ score: 39, max: 78, raters: 1 })
    expect(stored.total).toBe(of(reviewed, 'm08').total)
  })

  it('the export holds no per-source figures (rank, name, total, flag, aspects, bonus, vetoes only)', async () => {
    const { id } = await computed()
    const file = await cloud.ok({ action: 'exportResults', periodId: id }, 'm03')
    const [header] = (await readSheet(Buffer.from(file.base64, 'base64'))) as unknown[][]
    expect(header.join('|')).not.toMatch(new RegExp(Object.values(SOURCE_LABEL).join('|')))
  })
})

describe('the audit log holds no peer/masses scores', () => {
  it('peer and masses entries say only that a rating of a member was created or changed; self/org keep before → after', async () => {
    const { _id: id } = await openB1(cloud)
    await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer') }, 'm07')
    await cloud.ok({ action: 'rate', periodId: id, source: 'peer', memberId: 'm08', scores: scores('peer', (m) => m - 1) }, 'm07')
    const { codes } = await cloud.ok({ action: 'issueMassesCodes', periodId: id, count: 1 }, 'm03')
    await cloud.ok({ action: 'massesRate', code: codes[0], ratings: [{ memberId: 'm08', scores: scores('masses') }] })
    await cloud.ok({ action: 'rate', periodId: id, source: 'self', memberId: 'm07', scores: scores('self') }, 'm07')
    const entries = (await cloud.ok({ action: 'auditLog', periodId: id }, 'm03')).entries.filter((e: any) => e.target.startsWith('rating:'))
    const anon = entries.filter((e: any) => e.by === 'peer' || e.by === 'masses')
    expect(anon.map((e: any) => [e.by, e.action, e.before, e.after])).toEqual([
      ['peer', 'rate', null, null],
      ['peer', 'changeRating', null, null],
      ['masses', 'rate', null, null]
    ])
    for (const e of anon) expect(e.target).toMatch(/:m08$/) // which member was rated stays visible
    expect(JSON.stringify(anon)).not.toMatch(/scores/)
    const self = entries.find((e: any) => e.by === 'm07')
    expect(self.after.scores).toEqual(scores('self'))
    // The rating itself keeps its scores.
    const stored = (await cloud.all('ratings', { periodId: id, memberId: 'm08' })).filter((r) => r.source === 'peer')
    expect(stored.map((r) => r.scores)).toEqual([scores('peer', (m) => m - 1)])
  })
})
