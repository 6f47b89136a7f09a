// The queries nearly every request sends: plain equalities on top-level fields ({_id: 'x'},
// {orgId: 'o', year: 2026}, {memberId: {$in: [...]}}), nine in ten of the integration tests' queries.
// They are tested here directly. mingo builds a Query for each query and copies its operator tables (some
// 300 entries) into it, which costs more than the matching; anything that is not a plain equality still
// goes to mingo. MongoDB's rule for these: the field equals one of the values, or is an array holding one.
// tests/localcloud/store/equality.test.ts holds this and mingo to the same answers.
import type { Doc } from './ejson'

type Scalar = string | number | boolean

/** Values equal only to themselves: no null (it also matches a missing field), NaN, Date or document. */
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v))

/**
 * The values a condition requires a field to equal (a value, `{$eq: v}` or `{$in: [...]}`) when each one
 * passes `isValue`, or null for any other condition. Also how the engine picks an index (engine.ts).
 */
export function equalityValues<T>(condition: unknown, isValue: (v: unknown) => v is T): T[] | null {
  if (isValue(condition)) return [condition]
  if (condition === null || typeof condition !== 'object' || Object.getPrototypeOf(condition) !== Object.prototype) return null
  const keys = Object.keys(condition)
  if (keys.length !== 1) return null
  const value = (condition as Doc)[keys[0]]
  if (keys[0] === '$eq' && isValue(value)) return [value]
  if (keys[0] === '$in' && Array.isArray(value) && value.every(isValue)) return value
  return null
}

/** The test of a query made of plain equalities on top-level fields, or null for any other query. */
export function equalityTest(query: Doc): ((doc: Doc) => boolean) | null {
  const conditions: Array<[string, Scalar[]]> = []
  for (const [field, condition] of Object.entries(query)) {
    // Operators ($or, $and, …) and paths into documents or arrays (a.b) are mingo's.
    if (field === '' || field.startsWith('$') || field.includes('.')) return null
    const values = equalityValues(condition, isScalar)
    if (values === null) return null
    conditions.push([field, values])
  }
  return (doc) =>
    conditions.every(([field, values]) => {
      const value = Object.hasOwn(doc, field) ? doc[field] : undefined
      return Array.isArray(value) ? value.some((v) => values.includes(v)) : values.includes(value as Scalar)
    })
}
