// MongoDB semantics for the local cloud, by mingo: matching, updating, sorting, projecting and
// aggregating. Anything mingo does not know is refused with a clear error, never ignored.
import { Aggregator, Query, update } from 'mingo'
import type { Doc } from './ejson'
import { equalityTest } from './equality'
import { StoreError, storeErrors } from './errors'
import { getPath } from './keys'

type Modifier = Parameters<typeof update<Doc>>[1]

const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$currentDate',
  '$bit'
])

export interface Shape {
  order?: Record<string, 1 | -1>
  offset?: number
  limit?: number
  projection?: Doc
}

export interface Matcher {
  test(doc: Doc): boolean
}

/** Compiles a query; an unknown operator throws a StoreError instead of being ignored. */
export function compileQuery(query: Doc): Matcher {
  const q = query ?? {}
  const plain = equalityTest(q)
  return plain ? { test: plain } : guard(() => new Query(q))
}

export function checkUpdate(modifier: Doc): void {
  const keys = Object.keys(modifier)
  if (keys.length === 0) throw storeErrors.invalidParam('update data must not be empty')
  for (const key of keys) {
    if (!UPDATE_OPERATORS.has(key)) throw storeErrors.badOperator(`unknown update operator ${key}`)
  }
  // A dry run on an empty document surfaces malformed operator arguments before anything is written.
  guard(() => update({}, clone(modifier) as Modifier))
}

/** Applies an update in place; returns whether anything changed. */
export function applyUpdate(doc: Doc, modifier: Doc): boolean {
  checkTargetTypes(doc, modifier)
  return guard(() => update(doc, modifier as Modifier, undefined, undefined, { cloneMode: 'deep' })).length > 0
}

const NUMERIC_TARGET = ['$inc', '$mul']
const ARRAY_TARGET = ['$push', '$addToSet', '$pop', '$pull', '$pullAll']

/** MongoDB refuses $inc on a string or $push on a number; mingo would silently leave the field alone. */
function checkTargetTypes(doc: Doc, modifier: Doc): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!fields || typeof fields !== 'object') continue
    for (const path of Object.keys(fields)) {
      const value = getPath(doc, path)
      if (value === undefined || value === null) continue
      if (NUMERIC_TARGET.includes(op) && typeof value !== 'number') {
        throw storeErrors.badOperator(
          `Cannot apply ${op} to a value of non-numeric type: field '${path}' of _id ${JSON.stringify(doc._id)} is ${typeName(value)}`
        )
      }
      if (ARRAY_TARGET.includes(op) && !Array.isArray(value)) {
        throw storeErrors.badOperator(
          `${op}: the field '${path}' must be an array but is of type ${typeName(value)} in _id ${JSON.stringify(doc._id)}`
        )
      }
    }
  }
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'array' : value instanceof Date ? 'date' : typeof value
}

export function shape(docs: Doc[], s: Shape): Doc[] {
  // Nothing to project or sort (three pages in four): the page is the slice mingo's skip and limit cut.
  const offset = s.offset ?? 0
  const plainPage =
    isEmpty(s.projection) &&
    isEmpty(s.order) &&
    Number.isInteger(offset) &&
    offset >= 0 &&
    (s.limit === undefined || (Number.isInteger(s.limit) && s.limit > 0))
  if (plainPage) return docs.slice(offset, s.limit === undefined ? undefined : offset + s.limit)
  return guard(() => {
    // A Query's own find: mingo's find() merges the operator tables twice more on the way to the same cursor.
    let cursor = new Query({}).find(docs, isEmpty(s.projection) ? undefined : s.projection)
    if (!isEmpty(s.order)) cursor = cursor.sort(s.order as Record<string, 1 | -1>)
    if (s.offset) cursor = cursor.skip(s.offset)
    if (s.limit !== undefined) cursor = cursor.limit(s.limit)
    return cursor.all() as Doc[]
  })
}

export function aggregate(docs: Iterable<Doc>, pipeline: Doc[], resolve: (name: string) => Doc[]): Doc[] {
  return guard(() => new Aggregator(pipeline.flatMap(rewriteStage), { collectionResolver: resolve }).run([...docs]) as Doc[])
}

/** mingo's $bucket puts a value equal to a boundary into the bucket below it and answers empty
 *  buckets; MongoDB's lower bound is inclusive and empty buckets are left out. So $bucket runs as
 *  the equivalent $group on the bucket's index, sorted, with the index mapped back to its key. */
function rewriteStage(stage: Doc): Doc[] {
  if (!('$bucket' in stage)) return [stage]
  const { groupBy, boundaries, default: fallback, output } = (stage.$bucket ?? {}) as Doc
  if (!Array.isArray(boundaries) || boundaries.length < 2) throw storeErrors.badOperator('$bucket: must specify at least two boundaries')
  const branches = boundaries.slice(0, -1).map((lower, i) => ({
    case: { $and: [{ $gte: [groupBy, { $literal: lower }] }, { $lt: [groupBy, { $literal: boundaries[i + 1] }] }] },
    // biome-ignore lint/suspicious/noThenProperty: MongoDB's $switch branch syntax ({case, then}); the object is a query, never awaited
    then: i
  }))
  const keys = [...boundaries.slice(0, -1), fallback]
  const bucket = { $switch: { branches, ...(fallback === undefined ? {} : { default: boundaries.length - 1 }) } }
  return [
    { $group: { _id: bucket, ...(output ?? { count: { $sum: 1 } }) } },
    { $sort: { _id: 1 } },
    { $addFields: { _id: { $arrayElemAt: [{ $literal: keys }, '$_id'] } } }
  ]
}

const isEmpty = (o: object | undefined) => o === undefined || Object.keys(o).length === 0

export function clone<T>(value: T): T {
  return structuredClone(value)
}

function guard<T>(fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof StoreError) throw e
    throw storeErrors.badOperator(e instanceof Error ? e.message : String(e))
  }
}
