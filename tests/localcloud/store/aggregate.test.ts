// Contract: every aggregate stage wx-server-sdk 4.0.2 can send, through the real SDK.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let db: any
let _: any
let $: any

const SALES = [
  { _id: 's1', item: 'tea', qty: 2, price: 10, tags: ['hot', 'leaf'], at: new Date('2024-01-01T00:00:00Z') },
  { _id: 's2', item: 'tea', qty: 1, price: 10, tags: ['hot'] },
  { _id: 's3', item: 'coffee', qty: 5, price: 20, tags: [] },
  { _id: 's4', item: 'juice', qty: 3, price: 15, tags: ['cold'] }
]
const ITEMS = [
  { _id: 'tea', origin: 'CN' },
  { _id: 'coffee', origin: 'ET' }
]

beforeAll(async () => {
  tc = await startTestCloud()
  db = tc.db
  _ = db.command
  $ = _.aggregate
  await db.collection('sales').add({ data: SALES })
  await db.collection('items').add({ data: ITEMS })
})
afterAll(() => tc.close())

const agg = () => db.collection('sales').aggregate()

describe('aggregate stages', () => {
  it.each<[string, () => any, unknown[]]>([
    [
      'match',
      () =>
        agg()
          .match({ qty: _.gte(3) })
          .sort({ _id: 1 }),
      [SALES[2], SALES[3]]
    ],
    ['match with a plain value', () => agg().match({ item: 'juice' }), [SALES[3]]],
    [
      'match after another stage',
      () =>
        agg()
          .sort({ qty: -1 })
          .match({ price: _.lt(20) })
          .project({ _id: 1 }),
      [{ _id: 's4' }, { _id: 's1' }, { _id: 's2' }]
    ],
    [
      'project (include, computed)',
      () =>
        agg()
          .match({ _id: 's1' })
          .project({ item: 1, total: $.multiply(['$qty', '$price']) }),
      [{ _id: 's1', item: 'tea', total: 20 }]
    ],
    ['project (exclude)', () => agg().match({ _id: 's2' }).project({ tags: 0, price: 0 }), [{ _id: 's2', item: 'tea', qty: 1 }]],
    [
      'addFields',
      () =>
        agg()
          .match({ _id: 's3' })
          .addFields({ total: $.multiply(['$qty', '$price']) }),
      [{ ...SALES[2], total: 100 }]
    ],
    [
      'sort on several fields',
      () => agg().sort({ price: -1, qty: 1 }).project({ _id: 1 }),
      [{ _id: 's3' }, { _id: 's4' }, { _id: 's2' }, { _id: 's1' }]
    ],
    ['skip + limit', () => agg().sort({ _id: 1 }).skip(1).limit(2).project({ _id: 1 }), [{ _id: 's2' }, { _id: 's3' }]],
    ['count', () => agg().match({ item: 'tea' }).count('n'), [{ n: 2 }]],
    [
      'group with accumulators',
      () =>
        agg()
          .group({ _id: '$item', qty: $.sum('$qty'), avg: $.avg('$price'), n: $.sum(1), first: $.first('$_id') })
          .sort({ _id: 1 }),
      [
        { _id: 'coffee', qty: 5, avg: 20, n: 1, first: 's3' },
        { _id: 'juice', qty: 3, avg: 15, n: 1, first: 's4' },
        { _id: 'tea', qty: 3, avg: 10, n: 2, first: 's1' }
      ]
    ],
    [
      'group all (_id null) with push/max/min',
      () =>
        agg()
          .sort({ _id: 1 })
          .group({ _id: null, ids: $.push('$_id'), max: $.max('$qty'), min: $.min('$qty') }),
      [{ _id: null, ids: ['s1', 's2', 's3', 's4'], max: 5, min: 1 }]
    ],
    [
      'bucket',
      () => agg().bucket({ groupBy: '$price', boundaries: [0, 15, 100], default: 'other', output: { n: $.sum(1), ids: $.push('$_id') } }),
      [
        { _id: 0, n: 2, ids: ['s1', 's2'] },
        { _id: 15, n: 2, ids: ['s3', 's4'] }
      ]
    ],
    // A value equal to a boundary falls in the bucket it starts; empty buckets are left out.
    [
      'bucket (boundary values, empty bucket)',
      () => agg().bucket({ groupBy: '$qty', boundaries: [1, 3, 5, 50, 100] }),
      [
        { _id: 1, count: 2 },
        { _id: 3, count: 1 },
        { _id: 5, count: 1 }
      ]
    ],
    [
      'bucket with a default below the range goes last',
      () => agg().bucket({ groupBy: '$qty', boundaries: [2, 4], default: -1 }),
      [
        { _id: 2, count: 2 },
        { _id: -1, count: 2 }
      ]
    ],
    [
      'bucketAuto',
      () => agg().bucketAuto({ groupBy: '$qty', buckets: 2 }),
      [
        { _id: { min: 1, max: 3 }, count: 2 },
        { _id: { min: 3, max: 5 }, count: 2 }
      ]
    ],
    [
      'lookup',
      () =>
        agg()
          .match({ _id: _.in(['s1', 's4']) })
          .sort({ _id: 1 })
          .lookup({ from: 'items', localField: 'item', foreignField: '_id', as: 'info' })
          .project({ info: 1 }),
      [
        { _id: 's1', info: [{ _id: 'tea', origin: 'CN' }] },
        { _id: 's4', info: [] }
      ]
    ],
    [
      'replaceRoot',
      () =>
        agg()
          .match({ _id: 's1' })
          .replaceRoot({ newRoot: { item: '$item', q: '$qty' } }),
      [{ item: 'tea', q: 2 }]
    ],
    [
      'sortByCount',
      () => agg().sortByCount('$item'),
      [{ _id: 'tea', count: 2 }, expect.objectContaining({ count: 1 }), expect.objectContaining({ count: 1 })]
    ],
    [
      'unwind',
      () => agg().match({ _id: 's1' }).unwind('$tags').project({ tags: 1 }),
      [
        { _id: 's1', tags: 'hot' },
        { _id: 's1', tags: 'leaf' }
      ]
    ],
    [
      'unwind with options',
      () =>
        agg()
          .match({ _id: _.in(['s1', 's3']) })
          .sort({ _id: 1 })
          .unwind({ path: '$tags', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true })
          .project({ tags: 1, i: 1 }),
      [
        { _id: 's1', tags: 'hot', i: 0 },
        { _id: 's1', tags: 'leaf', i: 1 },
        { _id: 's3', i: null }
      ]
    ],
    [
      'Dates come back as Dates',
      () =>
        agg()
          .match({ at: _.exists(true) })
          .project({ at: 1 }),
      [{ _id: 's1', at: new Date('2024-01-01T00:00:00Z') }]
    ],
    [
      'serverDate in a match',
      () =>
        agg()
          .match({ at: _.lt(db.serverDate()) })
          .project({ _id: 1 }),
      [{ _id: 's1' }]
    ]
  ])('%s → {list}', async (_name, build, list) => {
    expect(await build().end()).toEqual({ list, errMsg: 'collection.aggregate:ok' })
  })

  it('sample', async () => {
    const res = await agg().sample({ size: 2 }).end()
    expect(res.errMsg).toBe('collection.aggregate:ok')
    expect(res.list).toHaveLength(2)
    for (const doc of res.list) expect(SALES).toContainEqual(doc)
    // No distinctness check: like MongoDB's documented $sample, mingo may pick a document twice.
  })

  it('an empty pipeline answers every document', async () => {
    const res = await agg().end()
    expect(res.list).toHaveLength(SALES.length)
  })

  it('a stage with an unknown operator is refused', async () => {
    const err = await agg()
      .project({ x: { $nope: 1 } })
      .end()
      .catch((e: any) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toBe(-502001)
    expect(err.errMsg).toMatch(/^collection\.aggregate:fail -502001 database request fail\. /)
  })

  it('geoNear is refused with a clear error (geo is not supported by the local cloud)', async () => {
    const err = await agg()
      .geoNear({ near: new db.Geo.Point(113, 23), spherical: true, distanceField: 'd' })
      .end()
      .catch((e: any) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toBe(-502001)
    expect(err.errMsg).toMatch(/^collection\.aggregate:fail -502001 database request fail\. .*\$geoNear/)
  })

  it('an unknown stage sent on the wire is refused, not skipped', async () => {
    const { answerDbRequest } = require('@localcloud/seam/db-requester')
    const res = await answerDbRequest(tc.local.engine, 'database.aggregateDocuments', {
      collectionName: 'sales',
      stages: [{ stageKey: '$nope', stageValue: '{}' }]
    })
    expect(res).toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringMatching(/\$nope/) })
  })

  // wx-server-sdk 4.0.2 lists these on its Aggregate wrapper, but the @cloudbase/database it drives
  // has no such stage: the SDK itself throws before anything is sent.
  it.each(['facet', 'graphLookup', 'redact', 'out', 'collStats', 'indexStats'])('%s cannot be sent by the pinned SDK', (stage) => {
    expect(() => agg()[stage]({})).toThrow(/is not a function/)
  })
})
