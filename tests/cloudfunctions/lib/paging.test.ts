import { eachLimited, forEachPage } from '@server/paging'

describe('eachLimited', () => {
  it.each([
    [0, 3],
    [1, 3],
    [10, 3],
    [10, 20]
  ])('runs %i items with at most %i in flight, each once', async (n, limit) => {
    let inFlight = 0
    let peak = 0
    const seen: number[] = []
    await eachLimited(
      Array.from({ length: n }, (_, i) => i),
      limit,
      async (i) => {
        inFlight++
        peak = Math.max(peak, inFlight)
        await new Promise((r) => setTimeout(r, 1))
        seen.push(i)
        inFlight--
      }
    )
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i))
    expect(peak).toBeLessThanOrEqual(limit)
  })

  it('rejects with the first error', async () => {
    await expect(
      eachLimited([1, 2, 3], 2, async (i) => {
        if (i === 2) throw new Error('boom')
      })
    ).rejects.toThrow('boom')
  })
})

describe('forEachPage', () => {
  /** A fake database over sorted ids that records every where it is asked. */
  function fakeDb(ids: string[]) {
    const wheres: any[] = []
    const db: any = {
      command: { gt: (x: string) => ({ $gt: x }) },
      collection: () => ({
        where: (w: any) => {
          wheres.push(w)
          let limit = 0
          const q: any = {
            orderBy: () => q,
            limit: (n: number) => {
              limit = n
              return q
            },
            field: () => q,
            get: async () => ({
              data: ids
                .filter((id) => !w._id || id > w._id.$gt)
                .slice(0, limit)
                .map((_id) => ({ _id }))
            })
          }
          return q
        }
      })
    }
    return { db, wheres }
  }

  it.each([
    [0, 3, 1],
    [2, 3, 1],
    [3, 3, 2],
    [7, 3, 3]
  ])('%i docs in pages of %i: %i queries, keyset on _id beside the where', async (n, size, queries) => {
    const ids = Array.from({ length: n }, (_, i) => `m${i}`)
    const { db, wheres } = fakeDb(ids)
    const got: string[] = []
    const pages = await forEachPage(
      db,
      'members',
      { assessingOrgId: 'b1' },
      { name: true },
      async (docs) => void got.push(...docs.map((d) => d._id)),
      size
    )
    expect(got).toEqual(ids)
    expect(pages).toBe(queries)
    expect(wheres[0]).toEqual({ assessingOrgId: 'b1' })
    if (wheres[1]) expect(wheres[1]).toEqual({ assessingOrgId: 'b1', _id: { $gt: ids[size - 1] } })
  })
})
