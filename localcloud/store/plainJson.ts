// Fast paths for the EJSON the local cloud reads and writes on every request. bson's EJSON walks every value
// with a list of the objects above it (to name a cycle) and a codec lookup per key: about a tenth of an
// integration test's CPU. Documents here are almost always plain JSON values and Dates, so each function
// below answers exactly what bson's EJSON would for those, and NOT_PLAIN for anything else (the caller then
// asks bson). tests/localcloud/store/plainJson.test.ts compares them with bson value by value.
export const NOT_PLAIN = Symbol('not plain')
type Out = unknown | typeof NOT_PLAIN

const INT32_MIN = -0x80000000
const INT32_MAX = 0x7fffffff
const INT64_MIN = -(2 ** 63)
const INT64_MAX = 2 ** 63
/** bson's relaxed form writes a Date as an ISO string only in 1970…9999. */
const DATE_MIN = -1
const DATE_MAX = 253402318800000
/** Deeper than any document: a cycle, which bson reports. */
const MAX_DEPTH = 100

const isPlainObject = (v: object) => {
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/** bson's ISO form: milliseconds only when they are not zero. */
function isoOf(d: Date): string {
  const iso = d.toISOString()
  return d.getUTCMilliseconds() !== 0 ? iso : `${iso.slice(0, -5)}Z`
}

/**
 * A copy of `value` that JSON.stringify writes as EJSON would (relaxed or canonical), or NOT_PLAIN.
 * `omitUndefined`: a field that is undefined is left out (as ejson.ts's dropUndefined does) instead of null.
 */
export function ejsonTree(value: unknown, relaxed: boolean, omitUndefined = false, depth = 0): Out {
  if (value === null || value === undefined) return null
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (relaxed) return Number.isFinite(value) ? value : NOT_PLAIN
      if (Math.floor(value) === value) {
        if (value >= INT32_MIN && value <= INT32_MAX) return { $numberInt: value.toString() }
        if (value >= INT64_MIN && value <= INT64_MAX) return { $numberLong: value.toString() }
      }
      return { $numberDouble: value.toString() }
    case 'object': {
      if (depth > MAX_DEPTH) return NOT_PLAIN
      if (value instanceof Date) {
        const t = value.getTime()
        if (relaxed && t > DATE_MIN && t < DATE_MAX) return { $date: isoOf(value) }
        return Number.isNaN(t) ? NOT_PLAIN : { $date: { $numberLong: t.toString() } }
      }
      if (Array.isArray(value)) {
        const out: unknown[] = new Array(value.length)
        for (let i = 0; i < value.length; i++) {
          const v = ejsonTree(value[i], relaxed, omitUndefined, depth + 1)
          if (v === NOT_PLAIN) return NOT_PLAIN
          out[i] = v
        }
        return out
      }
      if (!isPlainObject(value) || '_bsontype' in value) return NOT_PLAIN
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(value)) {
        if (k === '__proto__') return NOT_PLAIN
        const field = (value as Record<string, unknown>)[k]
        if (field === undefined && omitUndefined) continue
        const v = ejsonTree(field, relaxed, omitUndefined, depth + 1)
        if (v === NOT_PLAIN) return NOT_PLAIN
        out[k] = v
      }
      return out
    }
    default:
      return NOT_PLAIN
  }
}

/** The type wrappers a relaxed EJSON.parse turns into plain values here. */
const SIMPLE: Record<string, (v: unknown) => unknown> = {
  $numberInt: (v) => (typeof v === 'string' ? Number.parseInt(v, 10) : NOT_PLAIN),
  $numberDouble: (v) => (typeof v === 'string' ? Number.parseFloat(v) : NOT_PLAIN),
  // Number() of an int64's digits rounds as bson's Long#toNumber does; `|| 0` as Long has no -0.
  $numberLong: (v) => {
    if (typeof v !== 'string' || !/^-?\d{1,19}$/.test(v)) return NOT_PLAIN
    const n = Number(v)
    return n >= INT64_MIN && n < INT64_MAX ? n || 0 : NOT_PLAIN
  },
  $date: (v) => {
    if (typeof v === 'string') return new Date(Date.parse(v))
    const ms = v !== null && typeof v === 'object' ? SIMPLE.$numberLong((v as Record<string, unknown>).$numberLong) : NOT_PLAIN
    return typeof ms === 'number' && Object.keys(v as object).length === 1 ? new Date(ms) : NOT_PLAIN
  }
}
/** Keys that make bson read an object as something else (its codecs, $undefined, DBRef, Code). */
const TYPED = new Set([
  '$oid',
  '$binary',
  '$uuid',
  '$symbol',
  '$numberDecimal',
  '$minKey',
  '$maxKey',
  '$regex',
  '$regularExpression',
  '$timestamp',
  '$undefined',
  '$code',
  '$scope',
  '$ref',
  '$id',
  '$db',
  '$dbPointer'
])

/** What `EJSON.parse(text, { relaxed: true })` answers, or NOT_PLAIN. */
export function parseEjson(text: string): Out {
  // JSON text escapes a NUL in a key, which bson refuses: bson says so itself.
  if (text.includes('\\u0000')) return NOT_PLAIN
  return revive(JSON.parse(text), 0)
}

function revive(value: unknown, depth: number): Out {
  if (value === null || typeof value !== 'object') return value
  if (depth > MAX_DEPTH) return NOT_PLAIN
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = revive(value[i], depth + 1)
      if (v === NOT_PLAIN) return NOT_PLAIN
      value[i] = v
    }
    return value
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  for (const k of keys) {
    if (k.charCodeAt(0) !== 36 /* $ */ || obj[k] === null) continue
    if (TYPED.has(k)) return NOT_PLAIN
    const simple = SIMPLE[k]
    if (simple) return keys.length === 1 ? simple(obj[k]) : NOT_PLAIN
  }
  for (const k of keys) {
    if (k === '__proto__') return NOT_PLAIN
    const v = revive(obj[k], depth + 1)
    if (v === NOT_PLAIN) return NOT_PLAIN
    obj[k] = v
  }
  return obj
}
