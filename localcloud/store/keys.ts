// Index keys: how a document's indexed values become the text the store's index tables hold.
// Follows MongoDB: a missing field indexes as null; an array in a single-field index yields one
// key per element (multikey), so `where({tags: 'a'})` finds documents whose `tags` contain 'a'.
import type { IndexSpec } from '@server/collections'
import type { Doc } from './ejson'

export function getPath(doc: Doc, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Doc)[part]
  }
  return cur
}

export function keyOf(value: unknown): string {
  return JSON.stringify(keyValue(value))
}

function keyValue(value: unknown): unknown {
  if (value === undefined) return null
  if (value instanceof Date) return { $date: value.getTime() }
  if (value instanceof RegExp) return { $regex: String(value) }
  if (Array.isArray(value)) return value.map(keyValue)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value).sort()) out[k] = keyValue((value as Doc)[k])
    return out
  }
  return value
}

/** Every key this document contributes to the index (deduplicated). */
export function indexKeys(doc: Doc, index: IndexSpec): string[] {
  if (index.fields.length === 1) {
    // Like MongoDB, a path that crosses an array reaches into each element ('items.sku' on
    // items: [{sku:'A'}, {sku:'B'}] keys 'A' and 'B'), and an array at the end keys each element.
    const keys = pathValues(doc, index.fields[0].split('.'), 0).flatMap((v) => (Array.isArray(v) ? v.map(keyOf) : [keyOf(v)]))
    return keys.length ? [...new Set(keys)] : [keyOf(null)]
  }
  return [keyOf(index.fields.map((f) => getPath(doc, f) ?? null))]
}

/** Every value `parts` reaches from `cur`, descending into arrays of sub-documents. */
function pathValues(cur: unknown, parts: string[], i: number): unknown[] {
  if (i === parts.length) return [cur]
  if (Array.isArray(cur)) {
    const out = cur.flatMap((el) => (el !== null && typeof el === 'object' && !Array.isArray(el) ? pathValues(el, parts, i) : []))
    if (/^\d+$/.test(parts[i]) && Number(parts[i]) < cur.length) out.push(...pathValues(cur[Number(parts[i])], parts, i + 1))
    return out
  }
  if (cur === null || typeof cur !== 'object' || cur instanceof Date) return [undefined]
  return pathValues((cur as Doc)[parts[i]], parts, i + 1)
}

export function indexName(index: IndexSpec): string {
  return index.fields.join('_').replace(/[^A-Za-z0-9_]/g, '_') + (index.unique ? '_unique' : '')
}
