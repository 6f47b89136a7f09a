// Contract: every update operator the SDK's db.command offers, on doc().update() and
// where().update(), through the real wx-server-sdk.
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
let db: any
let _: any

beforeAll(async () => {
  tc = await startTestCloud()
  db = tc.db
  _ = db.command
})
afterAll(() => tc.close())

const BASE = { n: 10, s: 'x', arr: [1, 2, 3], objs: [{ k: 2 }, { k: 1 }], a: { b: 1, c: 2 } }

describe('update operators', () => {
  let seq = 0
  it.each<[string, () => object, object]>([
    ['plain value', () => ({ s: 'y' }), { ...BASE, s: 'y' }],
    ['new field', () => ({ z: true }), { ...BASE, z: true }],
    ['plain object merges into a sub-document', () => ({ a: { c: 3, d: 4 } }), { ...BASE, a: { b: 1, c: 3, d: 4 } }],
    ['dotted path', () => ({ 'a.b': 5 }), { ...BASE, a: { b: 5, c: 2 } }],
    ['dotted path into an array element', () => ({ 'arr.1': 20 }), { ...BASE, arr: [1, 20, 3] }],
    ['set replaces a sub-document entirely', () => ({ a: _.set({ d: 4 }) }), { ...BASE, a: { d: 4 } }],
    ['remove (→ $unset)', () => ({ s: _.remove() }), (({ s, ...rest }) => rest)(BASE)],
    ['remove a nested field', () => ({ a: { b: _.remove() } }), { ...BASE, a: { c: 2 } }],
    ['inc', () => ({ n: _.inc(5) }), { ...BASE, n: 15 }],
    ['inc negative', () => ({ n: _.inc(-11) }), { ...BASE, n: -1 }],
    ['inc a missing field starts at 0', () => ({ m: _.inc(2) }), { ...BASE, m: 2 }],
    ['inc nested', () => ({ a: { b: _.inc(1) } }), { ...BASE, a: { b: 2, c: 2 } }],
    ['mul', () => ({ n: _.mul(3) }), { ...BASE, n: 30 }],
    ['min (lower wins)', () => ({ n: _.min(4) }), { ...BASE, n: 4 }],
    ['min (higher ignored)', () => ({ n: _.min(40) }), BASE],
    ['max (higher wins)', () => ({ n: _.max(40) }), { ...BASE, n: 40 }],
    ['max (lower ignored)', () => ({ n: _.max(4) }), BASE],
    ['rename', () => ({ n: _.rename('m') }), (({ n, ...rest }) => ({ ...rest, m: n }))(BASE)],
    ['push one', () => ({ arr: _.push(4) }), { ...BASE, arr: [1, 2, 3, 4] }],
    ['push many', () => ({ arr: _.push([4, 5]) }), { ...BASE, arr: [1, 2, 3, 4, 5] }],
    ['push to a missing field', () => ({ fresh: _.push(['a']) }), { ...BASE, fresh: ['a'] }],
    ['push each + position', () => ({ arr: _.push({ each: [8, 9], position: 1 }) }), { ...BASE, arr: [1, 8, 9, 2, 3] }],
    ['push each + slice', () => ({ arr: _.push({ each: [4, 5], slice: -2 }) }), { ...BASE, arr: [4, 5] }],
    ['push each + sort', () => ({ arr: _.push({ each: [0, 7], sort: -1 }) }), { ...BASE, arr: [7, 3, 2, 1, 0] }],
    [
      'push each + sort by field',
      () => ({ objs: _.push({ each: [{ k: 0 }], sort: { k: 1 } }) }),
      { ...BASE, objs: [{ k: 0 }, { k: 1 }, { k: 2 }] }
    ],
    [
      'push each + position + slice + sort',
      () => ({ arr: _.push({ each: [6, 0], position: 0, sort: 1, slice: 3 }) }),
      { ...BASE, arr: [0, 1, 2] }
    ],
    ['pop (last)', () => ({ arr: _.pop() }), { ...BASE, arr: [1, 2] }],
    ['shift (first)', () => ({ arr: _.shift() }), { ...BASE, arr: [2, 3] }],
    ['unshift one', () => ({ arr: _.unshift(0) }), { ...BASE, arr: [0, 1, 2, 3] }],
    ['unshift many', () => ({ arr: _.unshift([-1, 0]) }), { ...BASE, arr: [-1, 0, 1, 2, 3] }],
    ['addToSet existing', () => ({ arr: _.addToSet(2) }), BASE],
    ['addToSet new', () => ({ arr: _.addToSet(4) }), { ...BASE, arr: [1, 2, 3, 4] }],
    // addToSet passes its argument through as-is: the documented form is {$each} (push takes {each}).
    ['addToSet $each', () => ({ arr: _.addToSet({ $each: [3, 4, 5] }) }), { ...BASE, arr: [1, 2, 3, 4, 5] }],
    ['pull value', () => ({ arr: _.pull(2) }), { ...BASE, arr: [1, 3] }],
    ['pull by condition', () => ({ arr: _.pull(_.gte(2)) }), { ...BASE, arr: [1] }],
    ['pull sub-documents by condition', () => ({ objs: _.pull({ k: _.gt(1) }) }), { ...BASE, objs: [{ k: 1 }] }],
    ['pullAll', () => ({ arr: _.pullAll([1, 3, 9]) }), { ...BASE, arr: [2] }],
    ['bit', () => ({ n: _.bit({ or: 5 }) }), { ...BASE, n: 15 }],
    [
      'several operators at once',
      () => ({ n: _.inc(1), s: _.remove(), arr: _.push(4), a: { b: 0 } }),
      { n: 11, arr: [1, 2, 3, 4], objs: BASE.objs, a: { b: 0, c: 2 } }
    ]
  ])('doc().update %s', async (_name, data, expected) => {
    const id = `u${++seq}`
    const c = db.collection('upd')
    await c.add({ data: { _id: id, ...BASE } })
    const res = await c.doc(id).update({ data: data() })
    expect(res).toEqual({ stats: { updated: JSON.stringify(expected) === JSON.stringify(BASE) ? 0 : 1 }, errMsg: 'document.update:ok' })
    expect((await c.doc(id).get()).data).toEqual({ _id: id, ...expected })
  })

  it.each<[string, () => object, RegExp]>([
    ['an unknown update operator', () => ({ $foo: { n: 1 } }), /unknown update operator \$foo/],
    ['inc on a string', () => ({ s: _.inc(1) }), /Cannot apply \$inc to a value of non-numeric type/],
    ['mul on a sub-document', () => ({ a: _.mul(2) }), /Cannot apply \$mul/],
    ['push on a number', () => ({ n: _.push(1) }), /must be an array/],
    ['pull on a string', () => ({ s: _.pull('x') }), /must be an array/],
    ['addToSet on a nested number', () => ({ 'a.b': _.addToSet(1) }), /must be an array/],
    ['pop on a string', () => ({ s: _.pop() }), /must be an array/]
  ])('%s is refused and nothing is written', async (_name, data, message) => {
    const c = db.collection('upd_bad')
    await c.doc('b1').set({ data: BASE })
    await c.doc('b2').set({ data: BASE })
    const err = await c
      .where({ n: 10 })
      .update({ data: data() })
      .catch((e: any) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toBe(-502001)
    expect(err.errMsg).toMatch(/^collection\.update:fail -502001 database request fail\. /)
    expect(err.errMsg).toMatch(message)
    expect((await c.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'b1', ...BASE },
      { _id: 'b2', ...BASE }
    ])
  })

  it('a multi-document update that fails on its second document leaves the first untouched (all or nothing)', async () => {
    const c = db.collection('upd_atomic')
    await c.add({
      data: [
        { _id: 'a1', n: 1 },
        { _id: 'a2', n: 'two' }
      ]
    })
    await expect(c.where({}).update({ data: { n: _.inc(1) } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringMatching(/non-numeric/)
    })
    expect((await c.orderBy('_id', 'asc').get()).data).toEqual([
      { _id: 'a1', n: 1 },
      { _id: 'a2', n: 'two' }
    ])
  })

  it('doc().update() on a missing document updates nothing and creates nothing', async () => {
    const c = db.collection('upd_missing')
    expect(await c.doc('ghost').update({ data: { n: _.inc(1) } })).toEqual({ stats: { updated: 0 }, errMsg: 'document.update:ok' })
    expect(await c.count()).toEqual({ total: 0, errMsg: 'collection.count:ok' })
  })

  it('doc().update() refuses to change _id', async () => {
    const c = db.collection('upd_id')
    await c.add({ data: { _id: 'keep', n: 1 } })
    await expect(c.where({ _id: 'keep' }).update({ data: { _id: 'other' } })).rejects.toMatchObject({ errCode: expect.any(Number) })
    expect((await c.doc('keep').get()).data).toEqual({ _id: 'keep', n: 1 })
  })
})
