// Converting between the SDK's wire format (canonical EJSON strings) and plain JS documents,
// and between documents and the text the store keeps on disk.
import { BSONRegExp, EJSON } from 'bson'
import { ejsonTree, NOT_PLAIN, parseEjson } from './plainJson'

export type Doc = Record<string, unknown>

/** Parses an EJSON string (or already-parsed value) from the SDK into plain JS values. */
export function fromWire(value: unknown, now: Date): unknown {
  const parsed = typeof value === 'string' ? parse(value) : value
  return normalise(parsed, now)
}

/** fromWire for what the SDK always sends as an object: a query, update data, a projection, an order. */
export function fromWireDoc(value: unknown, now: Date): Doc {
  return fromWire(value, now) as Doc
}

/** Regular expressions become RegExp; `db.serverDate({offset})` becomes the server's time. */
function normalise(value: unknown, now: Date): unknown {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date || value instanceof RegExp) return value
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (Array.isArray(value)) return value.map((v) => normalise(v, now))
  const obj = value as Doc
  const keys = Object.keys(obj)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const offset = Number((obj.$tcb_server_date as { offset?: unknown } | null)?.offset ?? 0)
    return new Date(now.getTime() + offset)
  }
  const out: Doc = {}
  for (const k of keys) out[k] = normalise(obj[k], now)
  return out
}

/** A document as the SDK expects to receive it: an EJSON string it will `EJSON.parse`. */
export function toWire(doc: Doc): string {
  return stringify(doc, false, true)
}

/** A field that is `undefined` does not exist (mingo's projections leave such keys behind; EJSON
 *  would turn them into null, which the cloud never answers for a missing field). */
function dropUndefined(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof RegExp) return value
  if (Array.isArray(value)) return value.map(dropUndefined)
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value
  const obj = value as Doc
  const out: Doc = {}
  for (const k of Object.keys(obj)) if (obj[k] !== undefined) out[k] = dropUndefined(obj[k])
  return out
}

/** Text kept in the store. Relaxed EJSON keeps plain values plain, so SQLite's json_extract can index them. */
export function toStored(doc: Doc): string {
  return stringify(doc, true)
}

export function fromStored(text: string): Doc {
  return parse(text) as Doc
}

/**
 * EJSON.stringify, by the plain-JSON fast path when the value allows (localcloud/store/plainJson.ts);
 * `omitUndefined` leaves undefined fields out in one pass, as dropUndefined does before bson.
 */
function stringify(doc: Doc, relaxed: boolean, omitUndefined = false): string {
  const tree = ejsonTree(doc, relaxed, omitUndefined)
  if (tree !== NOT_PLAIN) return JSON.stringify(tree)
  return EJSON.stringify((omitUndefined ? dropUndefined(doc) : doc) as Doc, { relaxed })
}

/** EJSON.parse relaxed, by the plain-JSON fast path when the text allows. */
function parse(text: string): unknown {
  const value = parseEjson(text)
  return value === NOT_PLAIN ? EJSON.parse(text, { relaxed: true }) : value
}
