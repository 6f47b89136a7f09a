// Index keys: how a document's indexed values become the text the store's index tables hold.
// Follows MongoDB: a missing field indexes as null; an array in a single-field index yields one
// key per element (multikey), so `where({tags: 'a'})` finds documents whose `tags` contain 'a'.
import type { IndexSpec } from '../../cloudfunctions/shared/collections'
import type { Doc } from './ejson'

export function getPath(doc: Doc, path: string): unknown {
  let cur: any = doc
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = cur[part]
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
    for (const k of Object.keys(value).sort()) out[k] = keyValue((value as any)[k])
    return out
  }
  return value
}

/** Every key this document contributes to the index (deduplicated). */
export function indexKeys(doc: Doc, index: IndexSpec): string[] {
  if (index.fields.length === 1) {
    const v = getPath(doc, index.fields[0])
    if (Array.isArray(v)) return v.length ? [...new Set(v.map(keyOf))] : [keyOf(null)]
    return [keyOf(v)]
  }
  return [keyOf(index.fields.map((f) => getPath(doc, f) ?? null))]
}

export function indexName(index: IndexSpec): string {
  return index.fields.join('_').replace(/[^A-Za-z0-9_]/g, '_') + (index.unique ? '_unique' : '')
}
